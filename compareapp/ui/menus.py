"""Menus, toolbar and shortcuts of the main window (every command is keyboard reachable)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar


def _action(window, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)]
        unique: list[QKeySequence] = []
        for key in keys:  # the same key twice on one action makes Qt call it ambiguous and do nothing
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        action.setShortcuts(unique)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work wherever the focus is
    return action


def build_menus(window) -> None:
    w = window
    bar = w.menuBar()
    a = w.actions_by_name = {}

    file_menu = bar.addMenu("&File")
    a["open"] = _action(w, "&Open Folder…", w.open_folder_dialog, QKeySequence.StandardKey.Open,
                        "Open a folder of reports")
    file_menu.addAction(a["open"])
    w.recent_menu = file_menu.addMenu("Open &Recent")
    w.rebuild_recent_menu()
    a["reload"] = _action(w, "Re&load", w.reload, QKeySequence("Ctrl+R"), "Read the folder again")
    file_menu.addAction(a["reload"])
    file_menu.addSeparator()
    a["export"] = _action(w, "&Export…", w.export_dialog, QKeySequence("Ctrl+E"),
                          "Export an annotated PDF, HTML or JSON report")
    file_menu.addAction(a["export"])
    file_menu.addSeparator()
    a["quit"] = _action(w, "&Quit", w.close, QKeySequence.StandardKey.Quit)
    file_menu.addAction(a["quit"])

    edit_menu = bar.addMenu("&Edit")
    a["find"] = _action(w, "&Find…", w.show_find, QKeySequence.StandardKey.Find, "Find in the ticked sources")
    edit_menu.addAction(a["find"])
    a["prefs"] = _action(w, "&Preferences…", lambda: open_preferences(w),
                         QKeySequence("Ctrl+,"), "Thresholds, palette, font")
    edit_menu.addAction(a["prefs"])

    view_menu = bar.addMenu("&View")
    a["next"] = _action(w, "&Next Difference", lambda: w.step_difference(True), QKeySequence("F7"),
                        "Next reworded or unique passage (F7)")
    a["prev"] = _action(w, "&Previous Difference", lambda: w.step_difference(False),
                        QKeySequence("Shift+F7"), "Previous reworded or unique passage (Shift+F7)")
    view_menu.addAction(a["next"])
    view_menu.addAction(a["prev"])
    view_menu.addSeparator()
    group = QActionGroup(w)
    filter_menu = view_menu.addMenu("&Show")
    for key, label in (("all", "&Everything"), ("reworded", "&Reworded only"),
                       ("unique", "&Only-here only")):
        act = QAction(label, w, checkable=True)
        act.setChecked(key == "all")
        act.triggered.connect(lambda _=False, k=key: _set_filter(w, k))
        group.addAction(act)
        filter_menu.addAction(act)
        a[f"filter_{key}"] = act
    a["sync"] = QAction("&Synchronised Scrolling", w, checkable=True)
    a["sync"].setChecked(w.prefs.sync_scroll)
    a["sync"].setShortcut(QKeySequence("Ctrl+Shift+S"))
    a["sync"].toggled.connect(w.set_sync_scroll)
    view_menu.addAction(a["sync"])
    view_menu.addSeparator()
    a["zoom_in"] = _action(w, "Zoom &In", lambda: w.zoom(1),
                           [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"),
                            QKeySequence(QKeySequence.StandardKey.ZoomIn)])
    a["zoom_out"] = _action(w, "Zoom &Out", lambda: w.zoom(-1),
                            [QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)])
    view_menu.addAction(a["zoom_in"])
    view_menu.addAction(a["zoom_out"])
    view_menu.addSeparator()
    a["similarity"] = _action(w, "Similarity &Overview…", lambda: open_similarity(w),
                              QKeySequence("Ctrl+M"), "Which sources are closest to which")
    view_menu.addAction(a["similarity"])

    tools = QToolBar("Main")
    tools.setObjectName("main-toolbar")
    tools.setAccessibleName("Main toolbar")
    tools.setMovable(False)
    for key in ("open", "export"):
        tools.addAction(a[key])
    tools.addSeparator()
    a["prev"].setIconText("◀ Previous")
    a["next"].setIconText("Next ▶")
    tools.addAction(a["prev"])
    tools.addAction(a["next"])
    tools.addSeparator()
    tools.addWidget(QLabel(" Show: "))
    w.filter_combo = QComboBox()
    w.filter_combo.setAccessibleName("Which passages to emphasise")
    for key, label in (("all", "Everything"), ("reworded", "Reworded only"), ("unique", "Only-here only")):
        w.filter_combo.addItem(label, key)
    w.filter_combo.currentIndexChanged.connect(
        lambda i: _set_filter(w, w.filter_combo.itemData(i)))
    tools.addWidget(w.filter_combo)
    tools.addSeparator()
    tools.addAction(a["sync"])
    tools.addAction(a["similarity"])
    a["similarity"].setIconText("Similarity")
    w.addToolBar(tools)


def _set_filter(window, key: str) -> None:
    window.set_filter(key)
    window.actions_by_name[f"filter_{key}"].setChecked(True)
    i = window.filter_combo.findData(key)
    if i >= 0 and window.filter_combo.currentIndex() != i:
        window.filter_combo.setCurrentIndex(i)


def open_preferences(window) -> None:
    from .dialogs import PreferencesDialog

    dialog = PreferencesDialog(window.prefs, window)
    if dialog.exec():
        window.apply_preferences(dialog.value())
    dialog.deleteLater()


def open_similarity(window) -> None:
    from .dialogs import SimilarityDialog

    if window.view_result is None:
        window.statusBar().showMessage("Open a folder first.", 5000)
        return
    dialog = SimilarityDialog(window.view_result, window.colours, window, window.sources.order())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.similarity_dialog = dialog
