"""The main window on hand-built results: what a user sees and does."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication

from compareapp.core.result import REWORDED, SHARED, UNIQUE
from compareapp.ui.palette import colours

from ui_factory import make_result, problem, settle


def click_sentence(qtbot, pane, sentence_id: str) -> None:
    s = pane.result.sentence(sentence_id)
    pane.scroll_to_sentence(sentence_id)
    cur = pane.textCursor()
    cur.setPosition(s.start + 2)
    rect = pane.cursorRect(cur)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def bg(pane, offset: int):
    return pane.format_at(offset).background().color().name()


def test_sources_listed_with_problem_files_and_their_reason(window, result):
    from dataclasses import replace

    bad = problem("/x/broken.pdf", "broken.pdf", "PDF has no text layer: scanned?")
    window.set_result(replace(result, problems=(bad,)))
    assert window.sources.ticked() == ["a.txt", "b.txt", "c.txt"]
    assert list(window.panes.panes) == ["a.txt", "b.txt", "c.txt"]
    rows = window.sources.problems()
    assert rows == ["broken.pdf\n⚠ PDF has no text layer: scanned?"]
    last = window.sources.model.item(window.sources.model.rowCount() - 1)
    assert not last.isEnabled() and not last.isCheckable()  # greyed, never compared
    assert "could not be read" in window.sources.summary.text()


def test_sentences_are_coloured_by_status_with_changed_words_and_numbers_marked(window, result):
    window.set_result(result)
    c = colours(window.prefs.palette)
    a, b = window.panes.panes["a.txt"], window.panes.panes["b.txt"]
    assert bg(a, result.sentence("a.txt#0").start) == c["shared"].name()
    assert bg(a, result.sentence("a.txt#1").start + 8) == c["reworded"].name()
    unique = result.sentence("b.txt#3")
    assert bg(b, unique.start) == c["unique"].name()
    assert b.format_at(unique.start).underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    # "Three" (a) against "Five" (b and c's Three): the figure gets a wavy underline and a tooltip
    three = result.document("a.txt").text.index("Three")
    fmt = a.format_at(three)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert "Five" in fmt.toolTip() and "b.txt" in fmt.toolTip()


def test_click_selects_counterparts_in_every_pane_with_scores_in_tooltip(window, qtbot):
    # b's counterpart sits far down, so it must be scrolled into view
    filler = " ".join(f"Filler sentence number {i} about nothing." for i in range(120))
    texts = {"a.txt": "Rain fell on the city. Three people were hurt.",
             "b.txt": filler + " Rain fell on the city. Five people were injured."}
    nb = 120
    res = make_result(texts, [(SHARED, ["a.txt#0", f"b.txt#{nb}"]),
                              (REWORDED, ["a.txt#1", f"b.txt#{nb + 1}"])])
    window.set_result(res)
    b = window.panes.panes["b.txt"]
    assert not b.is_sentence_visible(f"b.txt#{nb + 1}")
    with qtbot.waitSignal(window.sentenceSelected) as sig:
        click_sentence(qtbot, window.panes.panes["a.txt"], "a.txt#1")
    assert sig.args == ["a.txt#1"]
    assert window.selection.sentence == "a.txt#1"
    assert window.selection.counterparts == [f"b.txt#{nb + 1}"]
    assert b.is_sentence_visible(f"b.txt#{nb + 1}")
    target = res.sentence(f"b.txt#{nb + 1}")
    assert b.layer_spans("selected") == [(target.start, target.end)]
    assert b.layer_format("selected").background().color() == window.colours["selected"]
    tip = window.sentence_tooltip("a.txt#1")
    assert tip.startswith("Reworded") and "72%" in tip and "b.txt" in tip
    # the bands between the panes emphasise the selected passage
    assert window.panes.bands[0].selected_keys == {"g1"}


def test_unticking_a_source_drops_its_pane_and_changes_statuses(window, result, qtbot):
    window.set_result(result)
    a = window.panes.panes["a.txt"]
    quote_sentence = result.sentence("a.txt#2")  # reworded only against c
    assert bg(a, quote_sentence.start + 3) == window.colours["reworded"].name()
    with qtbot.waitSignal(window.resultChanged):
        window.sources.set_ticked("c.txt", False)
    assert list(window.panes.panes) == ["a.txt", "b.txt"]
    assert window.current_result().selected == ("a.txt", "b.txt")
    a = window.panes.panes["a.txt"]
    assert window.current_result().status("a.txt#2") == UNIQUE
    assert bg(a, quote_sentence.start + 3) == window.colours["unique"].name()


def test_f7_walks_through_the_differences_in_order_and_wraps(window, result, qtbot):
    window.set_result(result)
    b = window.panes.panes["b.txt"]
    b.setFocus()
    qtbot.waitUntil(lambda: window.focused_doc == "b.txt")
    seen = []
    for _ in range(3):
        qtbot.keyClick(b, Qt.Key.Key_F7)
        seen.append(window.selection.sentence)
    assert seen == ["b.txt#2", "b.txt#3", "b.txt#2"]  # reworded, then only-here, then round
    qtbot.keyClick(b, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.selection.sentence == "b.txt#3"
    window.set_filter("unique")
    window.selection.clear()
    window.diff_index = None
    qtbot.keyClick(b, Qt.Key.Key_F7)
    assert window.selection.sentence == "b.txt#3"
    dimmed = b.layer_spans("dim")
    assert (result.sentence("b.txt#0").start, result.sentence("b.txt#0").end) in dimmed
    assert all(s[0] != result.sentence("b.txt#3").start for s in dimmed)


def test_quotation_sidebar_groups_wordings_and_lights_up_units(window, result):
    window.set_result(result)
    groups = window.quotes.group_items()
    assert len(groups) == 1
    g = groups[0]
    assert "The Mayor" in g.text(0) and g.text(1) == "2" and "⚑ wording differs" in g.text(0)
    assert g.childCount() == 2  # “We will rebuild.” and “We shall rebuild.”
    window.quotes.tree.setCurrentItem(g)
    a_quote = next(q for q in result.quotes if q.doc_id == "a.txt")
    assert window.panes.panes["a.txt"].layer_spans("quote") == [(a_quote.start, a_quote.end)]
    assert window.panes.panes["b.txt"].layer_spans("quote") == []
    window.quotes.flagged_only.setChecked(True)
    assert len(window.quotes.group_items()) == 1


def test_find_zoom_and_sync_scroll(window, result, qtbot):
    window.set_result(result)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_edit, "rain")
    assert len(window.matches) == 4  # "Trains" too: find matches inside words
    assert len(window.panes.panes["b.txt"].layer_spans("find")) == 1
    size = window.prefs.font_size
    window.actions_by_name["zoom_in"].trigger()
    assert window.prefs.font_size == size + 1
    assert window.panes.panes["a.txt"].font().pointSizeF() == size + 1
    window.actions_by_name["sync"].setChecked(False)
    assert window.panes.sync_scroll is False and window.store.load().sync_scroll is False


def test_sync_scroll_keeps_linked_passages_facing(window, qtbot):
    a_text = " ".join(f"Alpha {i} said a thing here." for i in range(150))
    b_text = " ".join(f"Beta {i} said a thing here." for i in range(40)) + " " + a_text
    res = make_result({"a.txt": a_text, "b.txt": b_text},
                      [(SHARED, [f"a.txt#{i}", f"b.txt#{i + 40}"]) for i in range(0, 150, 10)])
    window.set_result(res)
    a, b = window.panes.panes["a.txt"], window.panes.panes["b.txt"]
    a.scroll_to_sentence("a.txt#100")
    qtbot.waitUntil(lambda: b.is_sentence_visible("b.txt#140"))
    assert b.verticalScrollBar().value() > a.verticalScrollBar().value()


def test_link_bands_only_for_visible_passages_and_cross_when_moved(window, result):
    window.set_result(result)
    band = window.panes.bands[0]  # between a and b
    keys = [bd.key for bd in band.bands()]
    assert set(keys) == {"g0", "g1", "g2"}
    moved = next(bd for bd in band.bands() if bd.key == "g2")  # a's last, b's first sentence
    assert moved.left_top > moved.right_top


def test_a_view_update_does_not_cancel_a_running_comparison(window, qtbot):
    import time

    got = []

    def slow(progress, cancel):
        time.sleep(0.3)
        return "compared"

    window.start_job(slow, "compare", got.append)
    window.start_job(lambda p, c: "view", "view", got.append, kind="view")
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == ["view", "compared"]
    assert not window.busy()


def test_notes_hooks(window, result, qtbot):
    with qtbot.waitSignal(window.resultChanged):
        window.set_result(result)
    window.set_note_marks({"b.txt#3"})
    s = result.sentence("b.txt#3")
    assert window.panes.panes["b.txt"].layer_spans("note") == [(s.start, s.end)]
    with qtbot.waitSignal(window.sentenceSelected):
        window.reveal_sentence("c.txt#1")
    assert window.selection.sentence == "c.txt#1"
    assert set(window.selection.counterparts) == {"a.txt#1", "b.txt#2"}
    assert tuple(window.notes_for_export()) == () or window.notes_for_export is not None


def test_similarity_overview_and_preferences_dialog(window, result):
    from compareapp.ui.dialogs import PreferencesDialog, SimilarityDialog

    window.set_result(result)
    window.actions_by_name["similarity"].trigger()
    dialog = window.similarity_dialog
    assert isinstance(dialog, SimilarityDialog)
    assert dialog.table.rowCount() == 3 and dialog.table.item(0, 1).text() == "50%"
    dialog.close()
    prefs = PreferencesDialog(window.prefs, window)
    prefs.engine_widgets["link_threshold"].setValue(0.6)
    prefs.palette.setCurrentText("dark")
    value = prefs.value()
    prefs.deleteLater()
    assert value.engine.link_threshold == 0.6 and value.palette == "dark"
    window.apply_preferences(value)
    assert window.store.load().palette == "dark"
    assert bg(window.panes.panes["a.txt"], 0) == colours("dark")["shared"].name()


def test_geometry_and_splitter_are_restored(qtbot, prefs_store):
    from compareapp.ui.main_window import MainWindow

    w = MainWindow(prefs_store, notes_data_dir=str(prefs_store.path.parent / 'notes'))
    # as narrow as the window goes: the offscreen screen is narrow and Qt clamps a
    # restored width to it, so only then do both windows get the same width
    w.resize(w.minimumSizeHint().width(), 650)
    w.show()
    w.splitter.setSizes([300, 500, 200])
    sizes = w.splitter.sizes()
    width = w.width()
    w.close()
    w.deleteLater()
    settle()
    w2 = MainWindow(prefs_store, notes_data_dir=str(prefs_store.path.parent / 'notes'))
    w2.show()
    assert (w2.width(), w2.height()) == (width, 650)
    assert w2.splitter.sizes() == sizes
    w2.close()
    w2.deleteLater()
    settle()


def test_damaged_preferences_open_with_defaults_and_say_so(qtbot, prefs_store):
    from compareapp.ui.main_window import MainWindow

    prefs_store.path.parent.mkdir(parents=True)
    prefs_store.path.write_text("{{{", encoding="utf-8")
    w = MainWindow(prefs_store, notes_data_dir=str(prefs_store.path.parent / 'notes'))
    assert "damaged" in w.statusBar().currentMessage()
    w.close()
    w.deleteLater()
    settle()


def test_no_top_level_widget_leaks(qtbot, prefs_store, result):
    from compareapp.ui.main_window import MainWindow

    before = {id(w) for w in QApplication.topLevelWidgets()}
    w = MainWindow(prefs_store, notes_data_dir=str(prefs_store.path.parent / 'notes'))
    w.show()
    w.set_result(result)
    w.actions_by_name["similarity"].trigger()
    w.close()
    w.deleteLater()
    settle()
    leaked = [x for x in QApplication.topLevelWidgets() if id(x) not in before]
    assert leaked == []


def test_keyboard_enter_selects_like_a_click(window, result, qtbot):
    window.set_result(result)
    a = window.panes.panes["a.txt"]
    cur = a.textCursor()
    cur.setPosition(result.sentence("a.txt#1").start + 1)
    a.setTextCursor(cur)
    qtbot.keyClick(a, Qt.Key.Key_Return)
    assert window.selection.sentence == "a.txt#1"
    for w in (window.sources.view, window.quotes.tree, a):
        assert w.accessibleName()


def test_unticking_a_source_takes_its_wordings_out_of_the_quotations(window, result, qtbot):
    window.set_result(result)
    with qtbot.waitSignal(window.resultChanged):
        window.sources.set_ticked("c.txt", False)
    g = window.quotes.group_items()[0]
    assert g.text(1) == "1" and g.childCount() == 1  # only a's “We will rebuild.” is left
    assert "will" in g.child(0).text(0)


def test_nothing_ticked_says_so(window, result, qtbot):
    window.set_result(result)
    for doc_id in ("a.txt", "b.txt", "c.txt"):
        window.sources.set_ticked(doc_id, False)
    qtbot.waitUntil(lambda: not window.panes.panes and window.current_result().selected == ())
    assert "No source is ticked" in window.panes.widget().text()


def test_clicking_a_band_selects_its_passage(window, result, qtbot):
    window.set_result(result)
    band = window.panes.bands[0]
    target = next(b for b in band.bands() if b.key == "g0")
    y = (target.left_top + target.left_bottom) / 2
    qtbot.mouseClick(band, Qt.MouseButton.LeftButton, pos=QPoint(2, int(y)))
    assert window.selection.sentence == "a.txt#0"
    assert set(window.selection.counterparts) == {"b.txt#1", "c.txt#0"}


def test_find_steps_with_f3_and_closes_with_escape(window, result, qtbot):
    window.set_result(result)
    window.show_find()
    qtbot.keyClicks(window.find_edit, "city")
    qtbot.keyClick(window.find_edit, Qt.Key.Key_F3)
    assert window.match_index == 0 and window.find_count.text() == "1 of 3"
    qtbot.keyClick(window.find_edit, Qt.Key.Key_F3)
    assert window.match_index == 1
    qtbot.keyClick(window.find_edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.panes.panes["a.txt"].layer_spans("find") == []
