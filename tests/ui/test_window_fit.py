"""Walking through the window as a journalist: the panes fit the window, and what is drawn
beside them stays in its place. Each test states what a user would check by eye."""
from __future__ import annotations

from PySide6.QtCore import QPoint

from compareapp.core.result import SHARED
from compareapp.ui.pane_area import PANE_COMFORTABLE_WIDTH, PANE_MIN_WIDTH
from ui_factory import make_result, settle


def long_result(words: str = ""):
    """Two long reports whose every tenth sentence is shared, b's 40 sentences later."""
    a_text = " ".join(f"Alpha {i} said a thing here{words}." for i in range(150))
    b_text = " ".join(f"Beta {i} said a thing here{words}." for i in range(40)) + " " + a_text
    return make_result({"a.txt": a_text, "b.txt": b_text},
                       [(SHARED, [f"a.txt#{i}", f"b.txt#{i + 40}"]) for i in range(0, 150, 10)])


def fully_on_screen(window, doc_id: str) -> bool:
    area, pane = window.panes, window.panes.panes[doc_id]
    left = pane.mapTo(area.viewport(), QPoint(0, 0)).x()
    return left >= 0 and left + pane.width() <= area.viewport().width()


def test_two_panes_fit_side_by_side_in_a_1024_px_window(window, result, qtbot):
    window.set_result(result)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: fully_on_screen(window, "a.txt") and fully_on_screen(window, "b.txt"))
    for doc_id in ("a.txt", "b.txt"):
        assert window.panes.panes[doc_id].width() >= PANE_MIN_WIDTH - 20  # less its scroll bar
    # the sidebars gave way but are still there to read
    assert window.sources.isVisible() and window.sources.width() >= 160
    assert window.quotes_dock.isVisible() and window.quotes_dock.width() >= 220


def test_a_wide_window_shows_whole_panes_at_a_comfortable_width(window, result):
    window.set_result(result)
    settle()
    shown = [d for d in window.panes.panes if fully_on_screen(window, d)]
    assert len(shown) >= 2
    assert all(window.panes.panes[d].parentWidget().width() >= PANE_COMFORTABLE_WIDTH for d in shown)
    # a pane that does not fit is off to the side, not half shown beside the others
    for doc_id in window.panes.panes:
        if doc_id not in shown:
            assert not window.panes.pane_on_screen(doc_id)


def test_link_bands_are_drawn_beside_the_texts_never_up_beside_the_headers(window, qtbot):
    window.set_result(long_result())
    window.set_sync_scroll(False)
    a = window.panes.panes["a.txt"]
    a.scroll_to_sentence("a.txt#20")
    a.verticalScrollBar().setValue(a.verticalScrollBar().value() + 8)  # a passage runs off the top
    band = window.panes.bands[0]
    text_top = band.text_rect().top()
    assert text_top > 20  # the headers sit above the texts
    assert any(b.left_top < text_top or b.right_top < text_top for b in band.bands())
    image = band.grab().toImage()
    ground = window.colours["window"].rgb()
    above = {image.pixel(x, y) for x in range(image.width()) for y in range(text_top - 1)}
    assert above == {ground}, "a band spills up beside the source names"


def test_source_rows_elide_in_a_narrow_list_instead_of_scrolling_sideways(window):
    texts = {f"{i:03d}_323b5822bf7abea{i}-reuters-wire.txt": "Rain fell on the city." for i in range(3)}
    window.set_result(make_result(texts, groups=[]))
    window.splitter.setSizes([170, 1200])
    settle()
    view = window.sources.view
    assert not view.horizontalScrollBar().isVisible()
    assert view.visualRect(view.model().index(0, 0)).width() <= view.viewport().width()


def test_pane_header_counts_wrap_between_chips_never_inside_one(window, result):
    window.set_result(result)
    header = window.panes.headers["a.txt"].text()
    assert "only&nbsp;here" in header and "only here" not in header
