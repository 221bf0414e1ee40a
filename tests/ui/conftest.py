"""Fixtures for the window's tests: a hand-built result, a private preferences file, a window."""
from __future__ import annotations

import pytest

from compareapp.preferences import PreferencesStore
from ui_factory import make_result, settle


@pytest.fixture
def result():
    return make_result()


@pytest.fixture
def prefs_store(tmp_path):
    return PreferencesStore(tmp_path / "config" / "preferences.json")


@pytest.fixture
def window(qtbot, prefs_store, tmp_path):
    from compareapp.ui.main_window import MainWindow

    w = MainWindow(prefs_store, notes_data_dir=str(tmp_path / "notes"))
    w.resize(1400, 850)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.cancel_job()
    w.close()
    w.deleteLater()
    settle()
    # every test using the window leaves nothing behind: no window, no dialog
    from PySide6.QtWidgets import QApplication, QDialog

    left = [x for x in QApplication.topLevelWidgets() if isinstance(x, (MainWindow, QDialog))]
    assert left == [], f"top-level widgets leaked: {left}"
