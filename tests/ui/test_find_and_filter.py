"""Find and the Show filter over more sources than fit side by side."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from compareapp.core.result import REWORDED, SHARED
from compareapp.ui.menus import _set_filter


def test_find_counts_matches_in_ticked_sources_that_are_not_shown(window, result, qtbot):
    """With more reports than panes, a name only a folded-away report mentions read '0 found'."""
    window.apply_preferences(replace(window.prefs, max_panes=2))
    window.set_result(result)
    assert "c.txt" not in window.panes.panes
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_edit, "trains")  # only c.txt: "Trains stopped."
    assert window.find_count.text() == "0 found · 1 more in sources not shown"
    assert "c.txt: 1" in window.find_count.toolTip()
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert "c.txt" in window.statusBar().currentMessage()
    window.find_edit.clear()
    qtbot.keyClicks(window.find_edit, "rain")  # a and b shown, and "Trains" in c
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    assert window.find_count.text() == "1 of 2 · 2 more in sources not shown"


def test_show_filter_fades_the_bands_it_leaves_out(window, result):
    window.set_result(result)
    band = window.panes.bands[0]
    assert band.faded_kinds == set()
    _set_filter(window, "reworded")
    assert band.faded_kinds == {SHARED}
    _set_filter(window, "unique")
    assert band.faded_kinds == {SHARED, REWORDED}  # no band joins a passage only one source has
    _set_filter(window, "all")
    assert band.faded_kinds == set()


def test_the_filter_still_applies_after_unticking_a_source(window, result, qtbot):
    window.set_result(result)
    _set_filter(window, "unique")
    with qtbot.waitSignal(window.resultChanged):
        window.sources.set_ticked("c.txt", False)
    assert window.filter_combo.currentData() == "unique"
    assert window.panes.panes["a.txt"].layer_spans("dim")
    assert window.panes.bands[0].faded_kinds == {SHARED, REWORDED}
