"""The notes file: round trip, atomic saves, damaged files, two windows, moved folders."""
import json
import os
import time
from pathlib import Path
from dataclasses import replace

import pytest

from compareapp.core.notes.anchoring import new_note, reanchor
from compareapp.core.notes.codec import touched
from compareapp.core.notes.store import BESIDE_NAME, NotesStore

from .helpers import REPORT_A, REPORT_B, grouped_result, result_of, sentence_id


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "reports"
    f.mkdir()
    (f / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (f / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return f


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "appdata"


@pytest.fixture
def result():
    return grouped_result({"a.txt": REPORT_A, "b.txt": REPORT_B})


def _some_notes(result):
    return [new_note(result, "sentence", sentence_id(result, "a.txt", "governor"), "three injured: checked", "verified"),
            new_note(result, "group", "g1", "figures differ?", "needs checking"),
            new_note(result, "quote_group", "q1", "same words in both", "disputed"),
            new_note(result, "source", "b.txt", "rewrite of a.txt", "copied (my tag)")]


def test_round_trip_keeps_every_field_and_writes_nothing_in_the_folder(folder, data_dir, result):
    notes = _some_notes(result)
    store = NotesStore(folder, data_dir)
    store.save(notes, result.documents)
    assert store.path.parent == data_dir / "notes"
    assert sorted(os.listdir(folder)) == ["a.txt", "b.txt"]
    loaded = NotesStore(folder, data_dir).load(result.documents)
    assert list(loaded) == notes


def test_detached_notes_survive_save_and_load(folder, data_dir, result):
    notes = _some_notes(result)
    gone = result_of({"a.txt": "Something else entirely was reported today by the agency.\n"})
    placed = reanchor(notes, gone)
    assert [n.detached for n in placed] == [True, True, True, True]
    NotesStore(folder, data_dir).save(placed)
    loaded = NotesStore(folder, data_dir).load()
    assert list(loaded) == list(placed)
    assert [n.text for n in loaded] == [n.text for n in notes]


def test_beside_the_reports_only_when_chosen_and_back(folder, data_dir, result):
    notes = _some_notes(result)
    store = NotesStore(folder, data_dir)
    store.save(notes)
    store.move(True, notes)
    assert (folder / BESIDE_NAME).exists() and not store.app_path.exists()
    # A new window on the folder finds the choice by the file being there.
    again = NotesStore(folder, data_dir)
    assert again.beside and list(again.load()) == notes
    again.move(False, notes)
    assert sorted(os.listdir(folder)) == ["a.txt", "b.txt"]
    assert list(NotesStore(folder, data_dir).load()) == notes


def test_previous_version_is_kept_as_bak(folder, data_dir, result):
    first, second = _some_notes(result)[:2]
    store = NotesStore(folder, data_dir)
    store.save([first])
    store.save([first, second])
    bak = json.loads(store.backup_path(store.path).read_text(encoding="utf-8"))
    assert [n["id"] for n in bak["notes"]] == [first.id]


@pytest.mark.parametrize("crash_on", ["backup", "notes file"])
def test_crash_between_write_and_rename_loses_nothing_saved_before(folder, data_dir, result, monkeypatch,
                                                                   crash_on):
    notes = _some_notes(result)
    store = NotesStore(folder, data_dir)
    store.save(notes[:2])
    real_replace = os.replace

    def crash(src, dst):
        is_backup = str(dst).endswith(".bak")
        if is_backup == (crash_on == "backup"):
            raise OSError("simulated power cut before rename")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.save(notes)
    monkeypatch.undo()
    assert list(NotesStore(folder, data_dir).load()) == notes[:2]
    assert not [p for p in store.notes_dir.iterdir() if p.name.endswith(".tmp")]
    # The window still holds every note and the next save succeeds.
    store.save(notes)
    assert list(NotesStore(folder, data_dir).load()) == notes


def test_damaged_file_is_set_aside_and_the_previous_version_used(folder, data_dir, result):
    notes = _some_notes(result)
    store = NotesStore(folder, data_dir)
    store.save(notes[:1])
    store.save(notes)
    store.path.write_bytes(b'{"format": "compareapp-notes", "notes": [{"id": "x", "tar')
    fresh = NotesStore(folder, data_dir)
    loaded = fresh.load()
    assert list(loaded) == notes[:1]  # the .bak
    assert any("set aside" in m for m in fresh.messages)
    assert list(store.notes_dir.glob("*.damaged-*"))
    fresh.save(list(loaded) + [notes[1]])
    assert len(NotesStore(folder, data_dir).load()) == 2


def test_damaged_file_without_backup_gives_an_empty_store_and_a_message(folder, data_dir):
    store = NotesStore(folder, data_dir)
    store.app_path.parent.mkdir(parents=True)
    store.app_path.write_bytes(b"\x00\xffnot json")
    assert store.load() == ()
    assert any(store.app_path.name in m and "set aside" in m for m in store.messages)


def test_one_malformed_note_is_skipped_not_the_whole_file(folder, data_dir, result):
    notes = _some_notes(result)
    store = NotesStore(folder, data_dir)
    store.save(notes)
    data = json.loads(store.path.read_text(encoding="utf-8"))
    data["notes"][1]["target"] = "nonsense"
    store.path.write_text(json.dumps(data), encoding="utf-8")
    fresh = NotesStore(folder, data_dir)
    assert len(fresh.load()) == 3 and any("skipped" in m for m in fresh.messages)


def test_two_windows_adding_notes_keep_both(folder, data_dir, result):
    one, two = NotesStore(folder, data_dir), NotesStore(folder, data_dir)
    one.load(), two.load()
    a, b, c, _ = _some_notes(result)
    one.save([a])
    merged = two.save([b])
    assert {n.id for n in merged} == {a.id, b.id}
    merged = one.save([a, c])
    assert {n.id for n in NotesStore(folder, data_dir).load()} == {a.id, b.id, c.id}
    assert {n.id for n in merged} == {a.id, b.id, c.id}


def test_two_windows_deleting_and_editing(folder, data_dir, result):
    a, b, c, _ = _some_notes(result)
    one = NotesStore(folder, data_dir)
    one.save([a, b, c])
    two = NotesStore(folder, data_dir)
    two.load()
    one.save([a, c])  # window one deletes b
    edited_c = touched(c, text="edited in window two")
    merged = two.save([a, b, edited_c])  # window two never touched b: the deletion stands
    assert {n.id for n in merged} == {a.id, c.id}
    assert next(n for n in merged if n.id == c.id).text == "edited in window two"
    # Window one edits a later than window two deletes it? the later action wins.
    two.save([c for c in merged if c.id != a.id])
    edited_a = touched(a, text="kept: edited after the deletion")
    final = one.save([edited_a, edited_c])
    assert next(n for n in final if n.id == a.id).text == "kept: edited after the deletion"


def test_undo_of_a_delete_restores_the_note(folder, data_dir, result):
    a, b = _some_notes(result)[:2]
    store = NotesStore(folder, data_dir)
    store.save([a, b])
    store.save([a])
    store.save([a, b])  # the note comes back unchanged, with its old modification time
    assert {n.id for n in NotesStore(folder, data_dir).load()} == {a.id, b.id}


def test_notes_follow_a_moved_folder_by_the_content_of_its_files(folder, data_dir, result, tmp_path):
    notes = _some_notes(result)
    NotesStore(folder, data_dir).save(notes, result.documents)
    moved = tmp_path / "moved-reports"
    folder.rename(moved)
    store = NotesStore(moved, data_dir)
    assert list(store.load(result.documents)) == notes
    assert any("carried over" in m for m in store.messages)
    store.save(notes, result.documents)
    assert store.app_path.exists()


def test_unrelated_folder_does_not_take_other_notes(folder, data_dir, result, tmp_path):
    NotesStore(folder, data_dir).save(_some_notes(result), result.documents)
    other = result_of({"x.txt": "An unrelated report about the weather in Lviv.\n"})
    assert NotesStore(tmp_path / "elsewhere", data_dir).load(other.documents) == ()


WRITER = r"""
import sys, time
from compareapp.core.notes.model import Note
from compareapp.core.notes.codec import now_iso
from compareapp.core.notes.store import NotesStore
folder, data_dir, who, start_at = sys.argv[1:5]
store = NotesStore(folder, data_dir)
notes = list(store.load())
time.sleep(max(0.0, float(start_at) - time.time()))  # both start saving together
for i in range(40):
    stamp = now_iso()
    notes.append(Note(id=f"{who}-{i}", target="source", target_id="a.txt", text=f"{who} {i}",
                      created=stamp, modified=stamp))
    notes = list(store.save(notes))
"""


def test_two_processes_saving_at_once_lose_nothing(folder, data_dir, tmp_path):
    import subprocess
    import sys

    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    start_at = str(time.time() + 1.0)
    procs = [subprocess.Popen([sys.executable, str(script), str(folder), str(data_dir), who, start_at],
                              env=env) for who in ("left", "right")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    ids = {n.id for n in NotesStore(folder, data_dir).load()}
    assert ids == {f"{who}-{i}" for who in ("left", "right") for i in range(40)}


def test_fingerprints_kept_for_reports_notes_point_at(folder, data_dir, result):
    note = new_note(result, "source", "b.txt", "agency copy")
    store = NotesStore(folder, data_dir)
    store.save([note], result.documents)
    only_a = result_of({"a.txt": REPORT_A})
    store.save([note], only_a.documents)
    assert set(store.known_documents) == {"a.txt", "b.txt"}
    store.save([], only_a.documents)
    assert set(store.known_documents) == {"a.txt"}


def test_notes_for_result_places_saved_notes_without_writing(folder, data_dir, result):
    from compareapp.core.notes.store import notes_for_result

    notes = _some_notes(result)
    NotesStore(folder, data_dir).save(notes, result.documents)
    before = sorted(p.name for p in (data_dir / "notes").iterdir())
    renamed = result_of({"a-renamed.txt": REPORT_A, "b.txt": REPORT_B})
    placed = notes_for_result(replace(renamed, folder=str(folder)), data_dir)
    assert [n.id for n in placed] == [n.id for n in notes]
    assert placed[0].doc_id == "a-renamed.txt" and not placed[0].detached
    assert sorted(p.name for p in (data_dir / "notes").iterdir()) == before


def test_opening_a_folder_without_notes_writes_nothing(folder, data_dir, result):
    store = NotesStore(folder, data_dir)
    assert store.load(result.documents) == ()
    assert not data_dir.exists()
    assert sorted(os.listdir(folder)) == ["a.txt", "b.txt"]


def test_sync_shows_another_windows_notes_without_losing_unsaved_ones(folder, data_dir, result):
    a, b, c, _ = _some_notes(result)
    one, two = NotesStore(folder, data_dir), NotesStore(folder, data_dir)
    one.load(), two.load()
    one.save([a])
    seen = two.sync([c])  # c: made in window two, its save failed (say)
    assert {n.id for n in seen} == {a.id, c.id}
    two.save(seen)
    one.save([a, b])
    assert {n.id for n in NotesStore(folder, data_dir).load()} == {a.id, b.id, c.id}
