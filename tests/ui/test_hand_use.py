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


def test_find_marks_the_current_match_apart_from_the_others(window, result, qtbot):
    window.set_result(result)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_edit, "rain")
    assert all(p.layer_spans("find_current") == [] for p in window.panes.panes.values())
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    doc_id, a, b = window.matches[0]
    assert window.panes.panes[doc_id].layer_spans("find_current") == [(a, b)]
    current = window.panes.panes[doc_id].layer_format("find_current").background().color()
    assert current != window.panes.panes[doc_id].layer_format("find").background().color()
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Return)
    doc2, a2, b2 = window.matches[1]
    marked = [(d, s) for d, p in window.panes.panes.items() for s in p.layer_spans("find_current")]
    assert marked == [(doc2, (a2, b2))]
    assert window.find_count.text() == f"2 of {len(window.matches)}"


def test_legend_wraps_in_a_narrow_window_instead_of_being_cut(window):
    legend = window.legend
    assert legend.heightForWidth(380) > legend.heightForWidth(2000)


def test_source_rows_keep_two_lines_in_a_narrow_list(window, result, qtbot):
    """A narrow list wrapped 'date · 314 words' into a third line under the share bar."""
    window.set_result(result)
    window.splitter.setSizes([120, 1200])
    settle()
    view = window.sources.view
    index = view.model().index(0, 0)
    narrow = view.visualRect(index).height()
    window.splitter.setSizes([400, 900])
    settle()
    assert view.visualRect(index).height() == narrow
    assert not view.wordWrap()


def test_similarity_headers_elide_in_the_middle_and_name_the_source_on_hover(window, result, qtbot):
    """Narrow columns showed '3b65216b296f4e8': the start and the end of the name cut off."""
    from compareapp.ui.dialogs import SimilarityDialog

    window.set_result(result)
    dialog = SimilarityDialog(result, window.colours, window)
    try:
        names = [d.name for d in result.documents]
        header = dialog.table.horizontalHeader()
        assert header.textElideMode() == Qt.TextElideMode.ElideMiddle
        tips = [dialog.table.horizontalHeaderItem(c).toolTip() for c in range(dialog.table.columnCount())]
        assert tips == names
    finally:
        dialog.close()
        dialog.deleteLater()
        settle()


def test_closest_source_table_names_each_source_whole(window, result, qtbot):
    """The source was a row header cut off without an ellipsis ('Hrytsenko leaves Avanhar')."""
    from compareapp.ui.dialogs import SimilarityDialog

    window.set_result(result)
    dialog = SimilarityDialog(result, window.colours, window)
    try:
        table = dialog.closest
        assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["Source", "Closest source", "Share"]
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == [d.name for d in result.documents]
        assert all(table.item(r, 0).toolTip() == table.item(r, 0).text() for r in range(table.rowCount()))
        assert not table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideMiddle
    finally:
        dialog.close()
        dialog.deleteLater()
        settle()


def test_note_filters_show_their_whole_label_in_the_narrow_notes_panel(window, qtbot):
    window.notes_dock.raise_()
    settle()
    panel = window.notes_panel
    for box in (panel.verdict_filter, panel.source_filter, panel.state_filter):
        for i in range(box.count()):
            text_width = box.fontMetrics().horizontalAdvance(box.itemText(i))
            if box is not panel.source_filter or i == 0:  # file names may elide; "All sources" not
                assert text_width + 24 <= box.width(), box.itemText(i)


def test_note_target_line_does_not_double_the_quotation_marks():
    """A note on “Everything should be done,” read ““Everything should be done…””."""
    from compareapp.core.notes.model import Note, TextAnchor
    from compareapp.ui.notes_controller import describe_target

    said = Note(id="n1", target="sentence", target_id="a.txt#3", doc_id="a.txt",
                anchors=(TextAnchor("a.txt", "“The Russian side should stop hiding.”"),))
    assert describe_target(said, None) == "a.txt: “The Russian side should stop hiding.”"
    plain = Note(id="n2", target="group", target_id="g1",
                 anchors=(TextAnchor("a.txt", "Talks resume."), TextAnchor("b.txt", "Talks resume.")))
    assert describe_target(plain, None) == "Passage in 2 sources: “Talks resume.”"
