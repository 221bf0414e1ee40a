"""The panes keep the reader's place: through zoom, a palette change, unticking a source,
and synchronised scrolling switched back on."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt

from compareapp.core.result import SHARED
from ui_factory import make_result, settle

from test_window_fit import long_result


def top_sentence(pane) -> str:
    return pane.sentence_at_point(QPoint(30, 4))


def test_turning_synchronised_scrolling_back_on_lines_the_panes_up_at_once(window, qtbot):
    window.set_result(long_result())
    a, b = window.panes.panes["a.txt"], window.panes.panes["b.txt"]
    window.actions_by_name["sync"].setChecked(False)
    a.scroll_to_sentence("a.txt#100")
    settle()
    assert not b.is_sentence_visible("b.txt#140")
    window.actions_by_name["sync"].setChecked(True)
    assert b.is_sentence_visible("b.txt#140")  # without waiting for the next scroll


def test_zooming_keeps_the_sentence_being_read_at_the_top(window, qtbot):
    # sentences of two or three lines, as in a report: the top line belongs to one of them
    window.set_result(long_result(", and the thing was long enough to fill the width of a pane"))
    window.set_sync_scroll(False)
    a = window.panes.panes["a.txt"]
    a.scroll_to_sentence("a.txt#60")
    reading = top_sentence(a)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.prefs.font_size > 11
    assert top_sentence(a) == reading
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert top_sentence(a) == reading


def test_changing_the_palette_keeps_the_selection_and_the_reading_place(window, qtbot):
    window.set_result(long_result())
    window.set_sync_scroll(False)
    a = window.panes.panes["a.txt"]
    a.scroll_to_sentence("a.txt#70")
    reading = top_sentence(a)
    window.select_sentence("a.txt#70")
    with qtbot.waitSignal(window.resultChanged):
        window.apply_preferences(replace(window.prefs, palette="dark"))
    a = window.panes.panes["a.txt"]
    assert window.selection.sentence == "a.txt#70"
    assert a.layer_spans("selected")
    assert top_sentence(a) == reading


def test_unticking_a_source_keeps_the_others_reading_place(window, result, qtbot):
    big = long_result()
    texts = {d.name: d.text for d in big.documents} | {"c.txt": "Trains stopped. Rain fell."}
    res = make_result(texts, [(SHARED, [f"a.txt#{i}", f"b.txt#{i + 40}"]) for i in range(0, 150, 10)])
    window.set_result(res)
    window.set_sync_scroll(False)
    a = window.panes.panes["a.txt"]
    a.scroll_to_sentence("a.txt#90")
    reading = top_sentence(a)
    with qtbot.waitSignal(window.resultChanged, timeout=10000):
        window.sources.set_ticked("c.txt", False)
    assert top_sentence(window.panes.panes["a.txt"]) == reading
