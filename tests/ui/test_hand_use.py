"""Defects found by using the window by hand: each test fails on the code before its fix."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from compareapp.preferences import Preferences
from ui_factory import settle


def test_preferences_ok_without_changes_keeps_every_engine_setting(qtbot):
    """Speaker name similarity is 85 (a percentage): a 0..1 spin box clamped it to 1 on OK."""
    from compareapp.ui.dialogs import PreferencesDialog

    prefs = Preferences()
    dialog = PreferencesDialog(prefs)
    try:
        assert dialog.value().engine == prefs.engine
    finally:
        dialog.deleteLater()


def test_preferences_dialog_fits_a_laptop_screen_with_appearance_first(qtbot):
    from compareapp.ui.dialogs import PreferencesDialog

    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 700
    # the palette is within reach without scrolling through thirty thresholds
    top_of_palette = dialog.palette.mapTo(dialog, dialog.palette.rect().topLeft()).y()
    assert top_of_palette < 200
    dialog.close()


def test_no_two_shortcuts_collide(window):
    """Ctrl+- was bound twice to Zoom Out: Qt reported an ambiguous shortcut and did nothing."""
    seen: dict[str, str] = {}
    for action in window.actions():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} on both {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()


def test_ctrl_minus_zooms_out(window, qtbot):
    window.activateWindow()
    before = window.prefs.font_size
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert window.prefs.font_size == before - 1
