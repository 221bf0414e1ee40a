"""The quotation sidebar as a fact-checker uses it: from a sentence to its quotations and
back, and every quotation readable in full."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from compareapp.core.result import Quote, QuoteGroup, QuoteVariant
from ui_factory import make_result, settle

from test_window import click_sentence

LONG = ("We will rebuild every school, every clinic and every bridge that the storm took from us, "
        "and we will not rest until the last family is back under its own roof")


def click_row(qtbot, tree, item) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def lit_quotes(window) -> dict[str, list]:
    return {d: p.layer_spans("quote") for d, p in window.panes.panes.items() if p.layer_spans("quote")}


def test_clicking_a_sentence_selects_the_quotation_group_it_contains(window, result, qtbot):
    window.set_result(result)
    tree = window.quotes.tree
    click_sentence(qtbot, window.panes.panes["a.txt"], "a.txt#2")  # The mayor said “We will rebuild.”
    assert window.selection.sentence == "a.txt#2"
    assert window.quotes.selected_group_ids() == ["qg0"]
    assert tree.currentItem() is window.quotes.group_items()[0]
    # the panes keep showing the clicked passage, not the quotation's units
    assert window.panes.panes["a.txt"].layer_spans("selected")
    assert lit_quotes(window) == {}
    # a sentence without a quotation leaves nothing selected in the sidebar
    click_sentence(qtbot, window.panes.panes["a.txt"], "a.txt#0")
    assert window.quotes.selected_group_ids() == []


def test_clicking_the_group_a_sentence_lit_lights_its_units_in_the_panes(window, result, qtbot):
    window.set_result(result)
    click_sentence(qtbot, window.panes.panes["a.txt"], "a.txt#2")
    click_row(qtbot, window.quotes.tree, window.quotes.group_items()[0])
    a_quote = next(q for q in result.quotes if q.doc_id == "a.txt")
    c_quote = next(q for q in result.quotes if q.doc_id == "c.txt")
    assert lit_quotes(window) == {"a.txt": [(a_quote.start, a_quote.end)],
                                  "c.txt": [(c_quote.start, c_quote.end)]}


def test_a_sentence_holding_two_quotations_selects_both_groups(window, result, qtbot):
    s = result.sentence("a.txt#2")
    second = Quote("a.txt@q1", "a.txt", s.start, s.start + 9, s.text[:9], "The Mayor", cluster="qg1")
    res = replace(result, quotes=result.quotes + (second,),
                  quote_groups=result.quote_groups + (QuoteGroup(
                      "qg1", ("The Mayor",), (QuoteVariant(second.text, (second.id,), ("a.txt",)),),
                      ("a.txt",), ("only in one source",)),))
    window.set_result(res)
    click_sentence(qtbot, window.panes.panes["a.txt"], "a.txt#2")
    assert sorted(window.quotes.selected_group_ids()) == ["qg0", "qg1"]
    # F7 and the other ways of selecting a sentence keep the sidebar in step too
    window.select_sentence("a.txt#0")
    assert window.quotes.selected_group_ids() == []


def long_quote_result():
    texts = {"a.txt": f"The mayor said “{LONG}.” Officials counted the damage.",
             "b.txt": f"The mayor said: “{LONG.replace('every bridge', 'each bridge')}.” Trains stopped."}
    return make_result(texts, groups=[])


def test_group_row_tooltip_has_the_whole_quotation_the_speaker_and_the_sources(window):
    window.set_result(long_quote_result())
    item = window.quotes.group_items()[0]
    tip = item.toolTip(0)
    assert LONG in tip and "The Mayor" in tip and "a.txt" in tip and "b.txt" in tip
    assert tip.startswith("<p>")  # rich text: Qt wraps it instead of one screen-wide line
    for i in range(item.childCount()):
        child_tip = item.child(i).toolTip(0)
        assert "The Mayor" in child_tip and "rebuild every school" in child_tip


def test_expanded_group_shows_each_wording_whole_and_wrapped(window, qtbot):
    res = long_quote_result()
    window.set_result(res)
    window.resizeDocks([window.quotes_dock], [260], Qt.Orientation.Horizontal)
    settle()
    tree = window.quotes.tree
    group = window.quotes.group_items()[0]
    group.setExpanded(True)
    qtbot.waitUntil(lambda: tree.visualItemRect(group.child(0)).height() > 0)
    settle()
    delegate = tree.itemDelegate()
    fm = QFontMetrics(tree.font())
    for i in range(group.childCount()):
        child = group.child(i)
        wording = res.quote_groups[0].variants[i].text
        assert f"“{wording}”" in child.text(0)  # the whole wording, no ellipsis
        rect = tree.visualItemRect(child)
        index = tree.indexFromItem(child, 0)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
        needed = fm.boundingRect(QRect(0, 0, rect.width() - 12, 10_000), Qt.TextFlag.TextWordWrap,
                                 child.text(0)).height()
        assert rect.height() >= needed, "the wrapped wording is cut off"
        assert rect.height() > 3 * fm.lineSpacing()
    # the group row stays compact: two lines
    assert tree.visualItemRect(group).height() < 3 * fm.lineSpacing()


def test_a_statement_put_in_different_mouths_says_which_source_names_whom(window):
    from compareapp import compare_texts

    a = "Coach Ana Ruiz spoke after the match. “We were the better team today,” Ruiz said."
    b = "The sporting director, Tom Hale, was pleased. “We were the better team today,” Hale said."
    window.set_result(compare_texts({"a.txt": a, "b.txt": b}))
    tree = window.quotes.tree
    group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if "speaker differs" in tree.topLevelItem(i).text(0))
    assert "Ana Ruiz in a.txt; Tom Hale in b.txt" in group.toolTip(0)
    wording = group.child(0).text(0)
    assert "Ana Ruiz in a.txt" in wording and "Tom Hale in b.txt" in wording
