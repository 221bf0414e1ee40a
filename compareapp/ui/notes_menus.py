"""The notes' menu entries: Undo/Redo in the Edit menu, and a Notes menu with
adding, export/import alone and "Save notes beside the reports"."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu

from ..core.notes.codec import NotesFileError
from .notes_controller import NotesController


def _menu_named(window, name: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and menu.title().replace("&", "").strip().lower() == name:
            return menu
    return None


def install_notes_menus(window, panel, controller: NotesController, dock: QDockWidget) -> None:
    stack = controller.undo_stack
    undo = stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    edit = _menu_named(window, "edit")
    if edit is None:
        edit = QMenu("&Edit", window)
        bar = window.menuBar()
        actions = bar.actions()
        # Edit goes after File when there is one.
        bar.insertMenu(actions[1] if len(actions) > 1 else None, edit) if actions else bar.addMenu(edit)
    first = edit.actions()[0] if edit.actions() else None
    edit.insertAction(first, undo)
    edit.insertAction(first, redo)
    if first is not None:
        edit.insertSeparator(first)

    notes = QMenu("&Notes", window)
    for action in panel.add_actions.values():
        notes.addAction(action)
    panel.add_actions["sentence"].setShortcut(QKeySequence("Ctrl+Alt+N"))
    notes.addSeparator()
    export = notes.addAction("&Export notes…")
    export.triggered.connect(lambda: _export(window, controller, panel))
    imp = notes.addAction("&Import notes…")
    imp.triggered.connect(lambda: _import(window, controller, panel))
    notes.addSeparator()
    beside = notes.addAction("Save notes &beside the reports")
    beside.setCheckable(True)
    beside.setToolTip("Write the notes into the reports' folder as .compareapp-notes.json "
                      "instead of the app's own data folder")
    beside.toggled.connect(controller.set_beside)

    def sync_beside():
        beside.blockSignals(True)
        beside.setEnabled(controller.store is not None)
        beside.setChecked(bool(controller.store and controller.store.beside))
        beside.blockSignals(False)

    controller.notesChanged.connect(sync_beside)
    sync_beside()
    notes.addSeparator()
    notes.addAction(dock.toggleViewAction())
    help_menu = _menu_named(window, "help")
    bar = window.menuBar()
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), notes)
    else:
        bar.addMenu(notes)
    window.notes_undo_action, window.notes_redo_action = undo, redo
    window.notes_beside_action = beside


def _export(window, controller: NotesController, panel) -> None:
    folder = controller.store.folder if controller.store else os.path.expanduser("~")
    path, _ = QFileDialog.getSaveFileName(window, "Export notes", os.path.join(str(folder), "notes.json"),
                                          "Notes (*.json)")
    if not path:
        return
    try:
        controller.export_to(path)
    except OSError as exc:
        panel.show_message(f"{os.path.basename(path)}: could not be written ({exc})")
        return
    window.statusBar().showMessage(f"{len(controller.notes())} note(s) exported to {path}", 8000)


def _import(window, controller: NotesController, panel) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Import notes", "", "Notes (*.json)")
    if not path:
        return
    try:
        summary = controller.import_from(path)
    except NotesFileError as exc:
        panel.show_message(str(exc))
        return
    window.statusBar().showMessage(summary, 10000)
