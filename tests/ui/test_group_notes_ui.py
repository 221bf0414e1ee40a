"""A note on a passage in the window: it stays on the passage when sources are
unticked and ticked again and the comparison numbers its groups afresh."""
from __future__ import annotations

import pytest

from compareapp.core.reading import document_from_text
from compareapp.core.result import Alignment, ComparisonResult, PassageGroup
from test_notes_ui import REPORT_A, REPORT_B, open_window, rows

REPORT_C = ("A fuel depot near Bryansk burned after a drone strike, officials said.\n"
            "The governor said three people were injured.\n")
TEXTS = {"a.txt": REPORT_A, "b.txt": REPORT_B, "c.txt": REPORT_C}
DEPOT = {"a.txt#0", "b.txt#0", "c.txt#0"}


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "story"
    f.mkdir()
    for name, text in TEXTS.items():
        (f / name).write_text(text, encoding="utf-8")
    return f


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "appdata"


def compared(folder, groups: dict[str, int], ticked=tuple(TEXTS), texts=TEXTS):
    """Groups by id -> sentence index, over the ticked reports (as the window's view is)."""
    docs = tuple(document_from_text(n, t, path=str(folder / n)) for n, t in texts.items())
    built = tuple(PassageGroup(gid, "reworded", tuple(f"{d}#{i}" for d in ticked)) for gid, i in groups.items()
                  if len(ticked) > 1)
    return ComparisonResult(documents=docs, alignment=Alignment(groups=built), folder=str(folder),
                            selected=tuple(ticked))


def test_a_passage_note_follows_its_passage_through_unticking_and_renumbering(qtbot, folder, data_dir):
    w = open_window(qtbot, data_dir, compared(folder, {"g1": 0, "g2": 1}))
    w.sentenceSelected.emit("b.txt#1")
    note = w.notes_panel.add_note("group", "three injured: check the hospital", "needs checking")
    assert note.target_id == "g2" and w.marks == {"a.txt#1", "b.txt#1", "c.txt#1"}

    # c.txt unticked: the injured passage is numbered g1 now, and g2 is the depot passage
    w.resultChanged.emit(compared(folder, {"g1": 1, "g2": 0}, ticked=("a.txt", "b.txt")))
    placed = w.notes_controller.note(note.id)
    assert (placed.target_id, placed.detached) == ("g1", False)
    assert {"a.txt#1", "b.txt#1"} <= w.marks and not w.marks & DEPOT  # never the depot sentences

    # only a.txt left: no passage groups at all; the note stays on a.txt's sentence
    w.resultChanged.emit(compared(folder, {"g1": 0}, ticked=("a.txt",)))
    placed = w.notes_controller.note(note.id)
    assert placed.target_id == "" and not placed.detached
    assert "a.txt#1" in w.marks and not w.marks & DEPOT

    # all ticked again, numbered once more
    w.resultChanged.emit(compared(folder, {"g5": 1, "g6": 0}))
    placed = w.notes_controller.note(note.id)
    assert placed.target_id == "g5" and w.marks == {"a.txt#1", "b.txt#1", "c.txt#1"}

    # the passage edited out of every report: detached, still listed with its text
    cut = {n: "\n".join(line for line in t.splitlines() if "injured" not in line) + "\n" for n, t in TEXTS.items()}
    w.resultChanged.emit(compared(folder, {"g7": 0}, texts=cut))
    placed = w.notes_controller.note(note.id)
    assert placed.detached and w.marks == set()
    assert any("three injured: check the hospital" in " ".join(r) for r in rows(w))
