"""Notes in the real main window: a folder opened, a note added, undone, redone,
the window closed and reopened: the note is there (pytest-qt)."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from compareapp.core.notes.store import DATA_DIR_ENV
from compareapp.preferences import PreferencesStore

REPORT_A = ("Drones hit an oil depot near Bryansk overnight, officials said.\n"
            "The governor said three people were injured in the attack.\n"
            "No further details were given by the ministry.\n")
REPORT_B = ("An oil depot near Bryansk was hit by drones overnight, officials said.\n"
            "Three people were injured in the attack, the governor said.\n")


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "story"
    f.mkdir()
    (f / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (f / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return f


def open_main_window(qtbot, tmp_path, folder):
    from compareapp.ui.main_window import MainWindow

    w = MainWindow(PreferencesStore(tmp_path / "config" / "preferences.json"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    failures = []
    w.comparisonFailed.connect(failures.append)
    with qtbot.waitSignal(w.comparisonFinished, timeout=30000):
        w.open_folder(str(folder))
    assert w.current_result() is not None, failures
    return w


def test_note_added_undone_redone_and_back_after_reopening(qtbot, tmp_path, folder, monkeypatch):
    data_dir = tmp_path / "appdata"
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))  # never the real user data directory
    w = open_main_window(qtbot, tmp_path, folder)
    panel, controller = w.notes_panel, w.notes_controller
    sentence = next(s.id for s in w.current_result().document("a.txt").sentences if "governor" in s.text)
    w.sentenceSelected.emit(sentence)
    note = panel.add_note("sentence", "checked against the governor's post", "verified")
    assert sentence in w.note_ids  # the panes mark it
    assert [n.id for n in w.notes_for_export()] == [note.id]
    edit_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Edit")
    assert edit_menu.actions()[:2] == [w.notes_undo_action, w.notes_redo_action]
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert controller.notes() == () and sentence not in w.note_ids
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [n.text for n in controller.notes()] == ["checked against the governor's post"]
    assert list(data_dir.joinpath("notes").glob("*.json"))
    assert not (folder / ".compareapp-notes.json").exists()
    w.close()

    again = open_main_window(qtbot, tmp_path, folder)
    (back,) = again.notes_controller.notes()
    assert (back.id, back.verdict, back.detached, back.target_id) == (note.id, "verified", False, sentence)
    assert sentence in again.note_ids
    rows = again.notes_panel.tree.topLevelItemCount()
    assert rows == 1
    # ... and it goes into the exports.
    out = tmp_path / "report.json"
    with qtbot.waitSignal(again.exportFinished, timeout=30000):
        again.export_to(str(out))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert "checked against the governor's post" in json.dumps(exported["notes"], ensure_ascii=False)
    assert "verified" in json.dumps(exported["notes"])
    again.close()
