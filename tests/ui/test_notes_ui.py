"""The notes dock in a window: add, edit, undo/redo, jump, filters, reload (pytest-qt)."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from compareapp.core.notes.store import BESIDE_NAME
from compareapp.core.reading import document_from_text
from compareapp.core.result import Alignment, ComparisonResult, PassageGroup
from compareapp.ui.notes_editor import NoteEditorDialog
from compareapp.ui.notes_panel import install_notes

REPORT_A = ("Drones hit an oil depot near Bryansk overnight, officials said.\n"
            "The governor said three people were injured in the attack.\n"
            "No further details were given by the ministry.\n")
REPORT_B = ("An oil depot near Bryansk was hit by drones, according to officials.\n"
            "Three people were injured, the governor said on Telegram.\n")


class FakeWindow(QMainWindow):
    """The notes contract of the main window, and nothing else."""
    resultChanged = Signal(object)
    sentenceSelected = Signal(str)

    def __init__(self):
        super().__init__()
        self.result = None
        self.revealed: list[str] = []
        self.marks: set[str] = set()
        self.resultChanged.connect(lambda r: setattr(self, "result", r))

    def current_result(self):
        return self.result

    def reveal_sentence(self, sentence_id):
        self.revealed.append(sentence_id)

    def set_note_marks(self, ids):
        self.marks = set(ids)

    def notes_for_export(self):
        return ()


def make_result(folder, texts):
    docs = tuple(document_from_text(n, t, path=str(folder / n)) for n, t in texts.items())
    members = tuple(f"{d.id}#1" for d in docs)
    return ComparisonResult(documents=docs, alignment=Alignment(groups=(PassageGroup("g1", "reworded", members),)),
                            folder=str(folder), selected=tuple(d.id for d in docs))


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "story"
    f.mkdir()
    (f / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (f / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return f


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "appdata"


def open_window(qtbot, data_dir, result=None):
    w = FakeWindow()
    qtbot.addWidget(w)
    install_notes(w, data_dir=data_dir)
    if result is not None:
        w.resultChanged.emit(result)
    return w


def saved_texts(window):
    path = window.notes_controller.store.path
    return [n["text"] for n in json.loads(path.read_text(encoding="utf-8"))["notes"]]


def rows(window):
    tree = window.notes_panel.tree
    # as displayed, with the panel's line wrapping undone
    return [[" ".join(tree.topLevelItem(i).text(c).split()) for c in range(3)]
            for i in range(tree.topLevelItemCount())]


def test_install_adds_dock_menus_and_undo_shortcuts(qtbot, data_dir):
    w = open_window(qtbot, data_dir)
    menus = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert "Edit" in menus and "Notes" in menus
    assert w.notes_undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in w.notes_redo_action.shortcuts()
    assert w.notes_dock.widget() is w.notes_panel
    assert w.notes_for_export() == ()
    assert not w.notes_beside_action.isEnabled()  # no folder yet


def test_add_undo_redo_is_saved_each_time(qtbot, folder, data_dir):
    result = make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B})
    w = open_window(qtbot, data_dir, result)
    w.sentenceSelected.emit("a.txt#1")
    note = w.notes_panel.add_note("sentence", "matches the governor's post", "verified")
    assert rows(w) == [["a.txt: “The governor said three people were injured in the attack.”",
                        "verified", "matches the governor's post"]]
    assert w.marks == {"a.txt#1"}
    assert saved_texts(w) == ["matches the governor's post"]
    assert [n.id for n in w.notes_for_export()] == [note.id]

    w.notes_undo_action.trigger()
    assert rows(w) == [] and w.marks == set() and saved_texts(w) == []
    w.notes_redo_action.trigger()
    assert [r[2] for r in rows(w)] == ["matches the governor's post"]
    assert saved_texts(w) == ["matches the governor's post"] and w.marks == {"a.txt#1"}


def test_edit_and_verdict_changes_undo_in_order(qtbot, folder, data_dir):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    w.sentenceSelected.emit("b.txt#1")
    note = w.notes_panel.add_note("group", "both say three", None)
    c = w.notes_controller
    c.set_verdict(note.id, "disputed")
    c.edit(note.id, text="the AP says four", verdict="my own tag")
    assert rows(w)[0][1:] == ["my own tag", "the AP says four"]
    assert "my own tag" in c.tags()
    w.notes_undo_action.trigger()
    assert rows(w)[0][1:] == ["disputed", "both say three"]
    w.notes_undo_action.trigger()
    assert rows(w)[0][1:] == ["", "both say three"]
    c.delete(note.id)
    assert rows(w) == []
    w.notes_undo_action.trigger()
    assert rows(w)[0][1:] == ["", "both say three"]
    assert saved_texts(w) == ["both say three"]


def test_clicking_a_note_jumps_to_its_place(qtbot, folder, data_dir):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    w.sentenceSelected.emit("a.txt#2")
    w.notes_panel.add_note("sentence", "ask the ministry", "needs checking")
    w.notes_panel.add_note("source", "state outlet", None)
    tree = w.notes_panel.tree
    w.show()
    qtbot.waitExposed(w)
    assert [r[2] for r in rows(w)] == ["state outlet", "ask the ministry"]  # reading order
    rect = tree.visualItemRect(tree.topLevelItem(1))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.revealed == ["a.txt#2"]
    rect = tree.visualItemRect(tree.topLevelItem(0))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.revealed == ["a.txt#2", "a.txt#0"]  # a source note opens at its beginning
    assert w.marks == {"a.txt#2"}  # a source note marks no passage


def test_filters_by_verdict_source_and_detached(qtbot, folder, data_dir):
    result = make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B})
    w = open_window(qtbot, data_dir, result)
    p = w.notes_panel
    w.sentenceSelected.emit("a.txt#0")
    p.add_note("sentence", "on a", "verified")
    w.sentenceSelected.emit("b.txt#0")
    p.add_note("sentence", "on b", "disputed")
    p.verdict_filter.setCurrentIndex(p.verdict_filter.findData("disputed"))
    assert [r[2] for r in rows(w)] == ["on b"]
    p.verdict_filter.setCurrentIndex(0)
    p.source_filter.setCurrentIndex(p.source_filter.findData("a.txt"))
    assert [r[2] for r in rows(w)] == ["on a"]
    p.source_filter.setCurrentIndex(0)
    # b's first sentence is rewritten: its note detaches, and is kept.
    edited = REPORT_B.replace("An oil depot near Bryansk was hit by drones, according to officials.",
                              "Moscow did not comment.")
    w.resultChanged.emit(make_result(folder, {"a.txt": REPORT_A, "b.txt": edited}))
    p.state_filter.setCurrentIndex(p.state_filter.findData("detached"))
    assert [r[2] for r in rows(w)] == ["on b"] and rows(w)[0][0].startswith("⚠ detached")
    p.state_filter.setCurrentIndex(p.state_filter.findData("attached"))
    assert [r[2] for r in rows(w)] == ["on a"]
    assert "detached" in p.message_label.text()


def test_notes_come_back_in_a_new_window_and_follow_edits(qtbot, folder, data_dir):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    w.sentenceSelected.emit("a.txt#1")
    w.notes_panel.add_note("sentence", "checked", "verified")
    w.close()
    edited = "Update: casualty figures revised.\n" + REPORT_A.replace("three people", "four people")
    (folder / "a.txt").write_text(edited, encoding="utf-8")
    again = open_window(qtbot, data_dir, make_result(folder, {"a.txt": edited, "b.txt": REPORT_B}))
    (note,) = again.notes_controller.notes()
    assert (note.text, note.verdict, note.detached, note.target_id) == ("checked", "verified", False, "a.txt#2")
    assert again.marks == {"a.txt#2"}


def test_group_or_quote_note_without_one_gives_a_message(qtbot, folder, data_dir):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    w.sentenceSelected.emit("a.txt#2")
    assert w.notes_panel.add_note("group", "x") is None
    assert "counterpart" in w.notes_panel.message_label.text()
    assert w.notes_panel.add_note("quote_group", "x") is None
    assert "quotation" in w.notes_panel.message_label.text()
    assert w.notes_controller.notes() == ()


def test_damaged_notes_file_is_reported_in_the_panel(qtbot, folder, data_dir):
    result = make_result(folder, {"a.txt": REPORT_A})
    w = open_window(qtbot, data_dir, result)
    w.sentenceSelected.emit("a.txt#0")
    w.notes_panel.add_note("sentence", "first", None)
    w.notes_controller.store.path.write_text("{broken", encoding="utf-8")
    w.close()
    again = open_window(qtbot, data_dir, result)
    assert "set aside" in again.notes_panel.message_label.text()
    assert again.notes_controller.notes() == ()  # the first save had no previous version


def test_save_beside_the_reports_toggle(qtbot, folder, data_dir):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    w.sentenceSelected.emit("a.txt#0")
    w.notes_panel.add_note("sentence", "kept with the reports", None)
    assert not (folder / BESIDE_NAME).exists()
    w.notes_beside_action.setChecked(True)
    assert (folder / BESIDE_NAME).exists()
    assert saved_texts(w) == ["kept with the reports"]
    w.notes_beside_action.setChecked(False)
    assert not (folder / BESIDE_NAME).exists() and saved_texts(w) == ["kept with the reports"]


def test_import_merges_and_is_undoable(qtbot, folder, data_dir, tmp_path):
    result = make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B})
    colleague = open_window(qtbot, tmp_path / "colleague-data", result)
    colleague.sentenceSelected.emit("b.txt#1")
    colleague.notes_panel.add_note("sentence", "from Anna", "verified")
    colleague.notes_controller.export_to(str(tmp_path / "anna.json"))
    w = open_window(qtbot, data_dir, result)
    w.sentenceSelected.emit("a.txt#0")
    w.notes_panel.add_note("sentence", "mine", None)
    summary = w.notes_controller.import_from(str(tmp_path / "anna.json"))
    assert "1 new" in summary
    assert sorted(r[2] for r in rows(w)) == ["from Anna", "mine"]
    w.notes_undo_action.trigger()
    assert [r[2] for r in rows(w)] == ["mine"]


def test_editor_dialog_offers_verdicts_and_own_tags(qtbot):
    d = NoteEditorDialog("a.txt: “text”", "old", "verified", ["copied"])
    qtbot.addWidget(d)
    items = [d.verdict_box.itemText(i) for i in range(d.verdict_box.count())]
    assert items[1:] == ["verified", "disputed", "needs checking", "copied"]
    d.text_edit.setPlainText("  new text ")
    d.verdict_box.setCurrentText("seen on TV")
    assert (d.text(), d.verdict()) == ("new text", "seen on TV")
    d.verdict_box.setCurrentIndex(0)
    assert d.verdict() is None


def test_quotation_note_on_the_group_picked_in_the_quotation_list(qtbot, folder, data_dir):
    from compareapp.core.result import Quote

    base = make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B})
    quotes = []
    for d in base.documents:
        start = d.text.index("three people" if d.id == "a.txt" else "Three people")
        quotes.append(Quote(f"{d.id}@q", d.id, start, start + 12, d.text[start:start + 12], "governor",
                            cluster="qg9"))
    w = open_window(qtbot, data_dir, replace(base, quotes=tuple(quotes)))
    w.notes_panel.set_selected_quotes(["b.txt@q"])
    note = w.notes_panel.add_note("quote_group", "figure agrees", "verified")
    assert (note.target, note.target_id, len(note.anchors)) == ("quote_group", "qg9", 2)
    assert w.marks == {"a.txt#1", "b.txt#1"}
    assert rows(w)[0][0] == "Quotation: “three people”"


def test_two_windows_on_one_folder_see_each_others_notes(qtbot, folder, data_dir):
    result = make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B})
    one = open_window(qtbot, data_dir, result)
    two = open_window(qtbot, data_dir, result)
    one.sentenceSelected.emit("a.txt#0")
    one.notes_panel.add_note("sentence", "from window one", None)
    qtbot.waitUntil(lambda: [r[2] for r in rows(two)] == ["from window one"], timeout=5000)
    two.sentenceSelected.emit("b.txt#0")
    two.notes_panel.add_note("sentence", "from window two", None)
    qtbot.waitUntil(lambda: len(rows(one)) == 2, timeout=5000)
    assert sorted(saved_texts(one)) == ["from window one", "from window two"]


def test_add_and_edit_through_the_editor_dialog(qtbot, folder, data_dir, monkeypatch):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    answers = iter([("first look", "needs checking"), ("confirmed by phone", "verified")])
    shown = []

    def fake_exec(dialog):
        text, verdict = next(answers)
        shown.append(dialog.windowTitle())
        dialog.text_edit.setPlainText(text)
        dialog.verdict_box.setCurrentText(verdict)
        return NoteEditorDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteEditorDialog, "exec", fake_exec)
    w.sentenceSelected.emit("b.txt#1")
    w.notes_panel.add_actions["group"].trigger()  # Notes ▸ Note on its passage…
    assert rows(w)[0][1:] == ["needs checking", "first look"]
    assert rows(w)[0][0].startswith("Passage in 2 sources")
    w.notes_panel.tree.setCurrentItem(w.notes_panel.tree.topLevelItem(0))
    w.notes_panel.edit_button.click()
    assert rows(w)[0][1:] == ["verified", "confirmed by phone"] and shown == ["Add note", "Edit note"]
    w.notes_panel.delete_button.click()
    assert rows(w) == []
    w.notes_undo_action.trigger()
    w.notes_undo_action.trigger()
    assert rows(w)[0][1:] == ["needs checking", "first look"]


def test_cancelled_editor_adds_nothing(qtbot, folder, data_dir, monkeypatch):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A}))
    monkeypatch.setattr(NoteEditorDialog, "exec", lambda d: NoteEditorDialog.DialogCode.Rejected)
    w.sentenceSelected.emit("a.txt#0")
    assert w.notes_panel.add_note("sentence") is None
    assert w.notes_controller.notes() == () and not w.notes_controller.undo_stack.canUndo()


def test_export_and_import_from_the_notes_menu(qtbot, folder, data_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    w.sentenceSelected.emit("a.txt#0")
    w.notes_panel.add_note("sentence", "for the desk", "verified")
    notes_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Notes")
    by_text = {a.text().replace("&", ""): a for a in notes_menu.actions()}
    out = tmp_path / "handover.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Notes (*.json)"))
    by_text["Export notes…"].trigger()
    assert json.loads(out.read_text(encoding="utf-8"))["notes"][0]["text"] == "for the desk"
    broken = tmp_path / "from-anna.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), "Notes (*.json)"))
    by_text["Import notes…"].trigger()
    assert "from-anna.json" in w.notes_panel.message_label.text()
    assert [r[2] for r in rows(w)] == ["for the desk"]


def test_a_detached_note_can_be_attached_to_the_selected_sentence(qtbot, folder, data_dir):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    w.sentenceSelected.emit("a.txt#2")
    note = w.notes_panel.add_note("sentence", "ministry silent", "needs checking")
    rewritten = REPORT_A.replace("No further details were given by the ministry.",
                                 "The ministry declined to comment when asked.")
    w.resultChanged.emit(make_result(folder, {"a.txt": rewritten, "b.txt": REPORT_B}))
    assert w.notes_controller.note(note.id).detached
    w.sentenceSelected.emit("a.txt#2")
    w.notes_panel.attach_to_selected(note.id)
    moved = w.notes_controller.note(note.id)
    assert (moved.detached, moved.target_id, moved.text) == (False, "a.txt#2", "ministry silent")
    assert moved.anchors[0].exact == "The ministry declined to comment when asked."
    assert w.marks == {"a.txt#2"}
    w.notes_undo_action.trigger()
    assert w.notes_controller.note(note.id).detached and w.marks == set()


def test_undo_after_a_rerun_places_the_note_on_the_new_text(qtbot, folder, data_dir):
    w = open_window(qtbot, data_dir, make_result(folder, {"a.txt": REPORT_A, "b.txt": REPORT_B}))
    w.sentenceSelected.emit("a.txt#1")
    note = w.notes_panel.add_note("sentence", "first", None)
    w.notes_controller.edit(note.id, text="second")
    updated = "Correction appended above.\n" + REPORT_A
    w.resultChanged.emit(make_result(folder, {"a.txt": updated, "b.txt": REPORT_B}))
    assert w.marks == {"a.txt#2"}
    w.notes_undo_action.trigger()  # back to "first", made when the sentence was a.txt#1
    back = w.notes_controller.note(note.id)
    assert (back.text, back.target_id) == ("first", "a.txt#2") and w.marks == {"a.txt#2"}
