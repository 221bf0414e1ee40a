"""The window on the five sample reports in seeds/, through the real engine.

Tests that need links or quotations skip while the engine returns none, and
run for real once it does. Expected counterparts come from the hand-made
gold file (tests/data/seeds-alignment.json), not from the engine's output.
"""
from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt

from compareapp.core.pipeline import compare_folder
from compareapp.core.result import SHARED

from ui_factory import DATA, SEEDS


@pytest.fixture(scope="module")
def seeds_result():
    return compare_folder(str(SEEDS))


def need_links(result):
    if not result.links:
        pytest.skip("engine not landed")


def gold_sentence(result, doc_prefix: str, snippet: str) -> str:
    doc = next(d for d in result.documents if d.id.startswith(doc_prefix))
    at = doc.text.index(snippet)
    return doc.sentence_at(at).id


def test_open_seeds_through_the_worker_lists_five_sources(window, qtbot):
    with qtbot.waitSignal(window.comparisonFinished, timeout=60000):
        window.open_folder(str(SEEDS))
    assert len(window.sources.ticked()) == 5
    assert len(window.panes.panes) == 5
    assert window.sources.problems() == []
    assert window.store.load().recent_folders[0] == str(SEEDS)
    assert not window.progress.isVisible()


def test_untick_one_source_and_statuses_change(window, qtbot, seeds_result):
    need_links(seeds_result)
    window.set_result(seeds_result)
    ids = [d.id for d in seeds_result.documents]
    before = {s.id: window.current_result().status(s.id)
              for d in seeds_result.documents for s in d.sentences}
    with qtbot.waitSignal(window.resultChanged):
        window.sources.set_ticked(ids[0], False)
    view = window.current_result()
    assert ids[0] not in window.panes.panes
    changed = [sid for sid, st in before.items()
               if not sid.startswith(ids[0]) and view.status(sid) != st]
    assert changed, "dropping a source should leave some passages without their counterpart"
    sid = changed[0]
    pane = window.panes.panes[view.sentence(sid).doc_id]
    s = view.sentence(sid)
    assert pane.format_at(s.start).background().color() == window.colours.status(view.status(sid))


def test_click_ceasefire_sentence_selects_its_counterparts(window, qtbot, seeds_result):
    need_links(seeds_result)
    gold = json.loads((DATA / "seeds-alignment.json").read_text(encoding="utf-8"))
    group = next(g for g in gold["groups"] if g["id"] == "ceasefire-quote")
    members = {m["doc"]: gold_sentence(seeds_result, m["doc"], m["snippet"]) for m in group["members"]}
    window.set_result(seeds_result)
    clicked = members.pop("000")
    pane = window.panes.panes[seeds_result.sentence(clicked).doc_id]
    s = seeds_result.sentence(clicked)
    pane.scroll_to_sentence(clicked)
    cur = pane.textCursor()
    cur.setPosition(s.start + 3)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cur).center())
    assert window.selection.sentence == clicked
    for sid in members.values():
        assert sid in window.selection.counterparts
        other = window.panes.panes[seeds_result.sentence(sid).doc_id]
        assert other.is_sentence_visible(sid)
        span = (seeds_result.sentence(sid).start, seeds_result.sentence(sid).end)
        assert span in other.layer_spans("selected")
        assert other.layer_format("selected").background().color() == window.colours["selected"]
    assert "%" in window.sentence_tooltip(clicked)


def test_quotation_sidebar_shows_ceasefire_group(window, seeds_result):
    if not seeds_result.quote_groups:
        pytest.skip("quotations not landed")
    window.set_result(seeds_result)
    items = [i for i in window.quotes.group_items() if "achieve a ceasefire" in i.text(0)]
    assert len(items) == 1
    assert items[0].childCount() == 3 and items[0].text(1) == "4"
    window.quotes.tree.setCurrentItem(items[0])
    lit = [d for d, p in window.panes.panes.items() if p.layer_spans("quote")]
    assert len(lit) == 4


def test_f7_walks_differences_in_reading_order(window, qtbot, seeds_result):
    need_links(seeds_result)
    window.set_result(seeds_result)
    doc_id = next(iter(window.panes.panes))
    pane = window.panes.panes[doc_id]
    pane.setFocus()
    qtbot.waitUntil(lambda: window.focused_doc == doc_id)
    expected = [d.sentence_ids[0] for d in window.current_differences()]
    assert expected
    seen = []
    for _ in range(len(expected)):
        qtbot.keyClick(pane, Qt.Key.Key_F7)
        seen.append(window.selection.sentence)
        assert pane.is_sentence_visible(seen[-1])
    assert seen == expected
    order = [seeds_result.sentence(s).index for s in seen]
    assert order == sorted(order)
    assert all(window.current_result().status(s) != SHARED for s in seen)


def test_folder_with_a_broken_file_shows_its_reason(window, qtbot, tmp_path):
    for src in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(src, tmp_path / src.name)
    (tmp_path / "broken.pdf").write_bytes(b"this is not a pdf at all")
    with qtbot.waitSignal(window.comparisonFinished, timeout=60000):
        window.open_folder(str(tmp_path))
    problems = window.full_result.problems
    assert [p.name for p in problems] == ["broken.pdf"]
    rows = window.sources.problems()
    assert rows == [f"broken.pdf\n⚠ {problems[0].reason}"] and problems[0].reason
    assert len(window.sources.ticked()) == 2


def test_changed_file_offers_reload_and_keeps_selection(window, qtbot, tmp_path):
    for src in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(src, tmp_path / src.name)
    with qtbot.waitSignal(window.comparisonFinished, timeout=60000):
        window.open_folder(str(tmp_path))
    qtbot.waitUntil(lambda: len(window.watcher.files()) == 2)  # watches follow the result
    first = window.current_result().documents[0].sentences[1].id
    window.select_sentence(first)
    target = tmp_path / sorted(p.name for p in tmp_path.iterdir())[1]
    target.write_text(target.read_text(encoding="utf-8") + "\n\nA new closing line.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: not window.change_bar.isHidden(), timeout=10000)
    with qtbot.waitSignal(window.comparisonFinished, timeout=60000):
        window.reload()
    assert window.selection.sentence == first
    assert "A new closing line." in window.current_result().documents[1].text
