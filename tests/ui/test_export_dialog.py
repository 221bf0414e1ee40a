"""File ▸ Export: the name and folder it proposes, the format it follows, what it
remembers, and that it asks before replacing a file."""
from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from compareapp.ui import export_path
from compareapp.ui.export_path import export_directory, export_file_name, proposed_export_path
from ui_factory import make_result

TODAY = date.today().isoformat()


@pytest.fixture
def documents(tmp_path, monkeypatch):
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(export_path, "documents_dir", lambda: str(docs))
    return docs


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "kyiv talks"
    folder.mkdir()
    return folder


def test_the_name_says_what_was_compared_and_when():
    assert export_file_name("kyiv-talks", "pdf", date(2025, 7, 21)) == "kyiv-talks-comparison-2025-07-21.pdf"
    assert export_file_name("kyiv-talks", "html", date(2025, 7, 21)) == "kyiv-talks-comparison-2025-07-21.html"
    assert export_file_name('a: "b"?', "json", date(2025, 7, 21)) == "a-b-comparison-2025-07-21.json"
    assert export_file_name(None, "pdf", date(2025, 7, 21)) == "comparison-2025-07-21.pdf"


def test_the_folder_is_the_last_one_exported_to_else_documents_never_the_reports(tmp_path, documents, reports):
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    assert export_directory(str(elsewhere), [str(reports)]) == str(elsewhere)
    assert export_directory("", [str(reports)]) == str(documents)
    assert export_directory(str(tmp_path / "gone"), [str(reports)]) == str(documents)
    (reports / "sub").mkdir()
    for inside in (reports, reports / "sub"):  # last time the user chose the reports folder: not by default
        assert export_directory(str(inside), [str(reports)]) == str(documents)
    # Documents itself among the compared folders: home
    assert export_directory("", [str(documents)]) == os.path.expanduser("~")


def test_files_compared_without_a_folder(tmp_path, documents):
    result = make_result()
    docs = tuple(replace(d, path=str(tmp_path / "drop" / d.id)) for d in result.documents)
    path = proposed_export_path(replace(result, documents=docs), "", "pdf", date(2025, 7, 21))
    assert path == str(documents / "drop-comparison-2025-07-21.pdf")


def _run_dialog(window, qtbot, act):
    """Open File ▸ Export, let ``act(dialog, name_edit, type_combo)`` work in it, then return."""
    done = []

    def poke():
        dialog = getattr(window, "_export_file_dialog", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poke)
            return
        try:
            act(dialog, dialog.findChild(QLineEdit, "fileNameEdit"), dialog.findChild(QComboBox, "fileTypeCombo"))
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poke)
    window.export_dialog()
    assert done


def _choose_type(combo: QComboBox, label: str) -> None:
    i = next(k for k in range(combo.count()) if combo.itemText(k).startswith(label))
    combo.setCurrentIndex(i)
    combo.activated.emit(i)  # what a click on the list sends
    combo.textActivated.emit(combo.itemText(i))


def test_export_proposes_a_dated_name_in_documents_and_follows_the_format(window, qtbot, prefs_store, documents,
                                                                         reports):
    window.set_result(replace(make_result(), folder=str(reports)))
    seen = {}

    def act(dialog, edit, combo):
        seen["first"] = dialog.selectedFiles()[0]
        _choose_type(combo, "Web page")
        seen["html"] = dialog.selectedFiles()[0]
        dialog.accept()

    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        _run_dialog(window, qtbot, act)
    assert seen["first"] == str(documents / f"kyiv talks-comparison-{TODAY}.pdf")
    assert seen["html"] == str(documents / f"kyiv talks-comparison-{TODAY}.html")
    assert (documents / f"kyiv talks-comparison-{TODAY}.html").stat().st_size > 0
    assert os.listdir(reports) == []  # nothing written into the reports folder
    # remembered in the preferences file: the next export proposes the same folder and format
    saved = json.loads(prefs_store.path.read_text(encoding="utf-8"))
    assert saved["last_export_dir"] == str(documents) and saved["last_export_format"] == "html"


def test_export_proposes_the_folder_last_exported_to(window, qtbot, prefs_store, tmp_path, documents, reports):
    elsewhere = tmp_path / "desk"
    elsewhere.mkdir()
    window.prefs = replace(window.prefs, last_export_dir=str(elsewhere), last_export_format="json")
    window.set_result(replace(make_result(), folder=str(reports)))
    seen = []
    _run_dialog(window, qtbot, lambda dialog, edit, combo: seen.append(dialog.selectedFiles()[0]))
    assert seen == [str(elsewhere / f"kyiv talks-comparison-{TODAY}.json")]


def test_a_name_typed_without_extension_gets_the_chosen_formats(window, qtbot, documents, reports):
    window.set_result(replace(make_result(), folder=str(reports)))

    def act(dialog, edit, combo):
        _choose_type(combo, "JSON")
        edit.setText("for the desk")
        dialog.accept()

    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        _run_dialog(window, qtbot, act)
    assert json.loads((documents / "for the desk.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_export_asks_before_replacing_a_file(window, qtbot, documents, reports, answer):
    window.set_result(replace(make_result(), folder=str(reports)))
    existing = documents / f"kyiv talks-comparison-{TODAY}.pdf"
    existing.write_bytes(b"yesterday's report")
    asked = []

    def answer_question():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_question)
            return
        asked.append(box.text())
        box.button(answer).click()

    def act(dialog, edit, combo):
        QTimer.singleShot(0, answer_question)
        dialog.accept()

    if answer == QMessageBox.StandardButton.Yes:
        with qtbot.waitSignal(window.exportFinished, timeout=30000):
            _run_dialog(window, qtbot, act)
    else:
        _run_dialog(window, qtbot, act)
        window.wait_for_jobs(5000)
    assert asked and existing.name in asked[0]
    if answer == QMessageBox.StandardButton.Yes:
        assert existing.read_bytes().startswith(b"%PDF")  # replaced, not refused as "already exists"
    else:
        assert existing.read_bytes() == b"yesterday's report"
