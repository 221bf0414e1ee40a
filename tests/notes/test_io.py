"""Notes exported alone to hand to a colleague, and imported back (merging)."""
import json

import pytest

from compareapp.core.notes.anchoring import new_note, reanchor
from compareapp.core.notes.codec import NotesFileError, touched
from compareapp.core.notes.io import export_notes, import_notes, merge_notes

from .helpers import REPORT_A, REPORT_B, result_of, sentence_id


def _notes(result):
    return [new_note(result, "sentence", sentence_id(result, "a.txt", "governor"), "checked", "verified"),
            new_note(result, "source", "b.txt", "agency copy", "copied")]


def test_export_then_import_gives_the_same_notes(tmp_path):
    r = result_of({"a.txt": REPORT_A, "b.txt": REPORT_B})
    notes = _notes(r)
    path = export_notes(notes, tmp_path / "for-anna.json", r.documents, folder="/x")
    got = import_notes(path)
    assert list(got.notes) == notes and set(got.documents) == {"a.txt", "b.txt"}
    assert got.problems == ()


def test_imported_notes_find_their_place_in_the_colleagues_renamed_files(tmp_path):
    r = result_of({"a.txt": REPORT_A, "b.txt": REPORT_B})
    got = import_notes(export_notes(_notes(r), tmp_path / "n.json", r.documents))
    mine = result_of({"reuters.txt": REPORT_A, "ap.txt": REPORT_B})
    placed = reanchor(got.notes, mine, got.documents)
    assert [n.doc_id for n in placed] == ["reuters.txt", "ap.txt"]
    assert not any(n.detached for n in placed)


def test_import_merges_by_id_and_later_edit(tmp_path):
    r = result_of({"a.txt": REPORT_A, "b.txt": REPORT_B})
    a, b = _notes(r)
    mine = [a, touched(b, text="my newer text")]
    theirs = [touched(a, text="their newer text"), b,
              new_note(r, "source", "a.txt", "their own note")]
    out = merge_notes(mine, theirs)
    assert (out.added, out.updated, out.unchanged) == (1, 1, 1)
    texts = {n.id: n.text for n in out.notes}
    assert texts[a.id] == "their newer text" and texts[b.id] == "my newer text"
    assert len(out.notes) == 3


@pytest.mark.parametrize("content", [b"not json at all", b'{"format": "something-else"}', b"[]"])
def test_a_bad_file_gives_a_message_naming_it(tmp_path, content):
    path = tmp_path / "broken-notes.json"
    path.write_bytes(content)
    with pytest.raises(NotesFileError, match="broken-notes.json"):
        import_notes(path)


def test_missing_file_gives_a_message_naming_it(tmp_path):
    with pytest.raises(NotesFileError, match="nowhere.json"):
        import_notes(tmp_path / "nowhere.json")


def test_export_is_plain_readable_json(tmp_path):
    r = result_of({"a.txt": REPORT_A, "b.txt": REPORT_B})
    path = export_notes(_notes(r)[:1], tmp_path / "n.json", r.documents)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["notes"][0]["verdict"] == "verified"
    assert data["notes"][0]["anchors"][0]["exact"].startswith("The regional governor")
