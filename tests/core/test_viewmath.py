"""Sync-scroll maths, visible bands and difference stepping, without Qt."""
from compareapp.core.reading import document_from_text
from compareapp.core.result import (REWORDED, SHARED, UNIQUE, Alignment, ComparisonResult, Link,
                                    PassageGroup)
from compareapp.core import viewmath as vm


def _result():
    a = document_from_text("a.txt", "One fact here. Two own words. Three shared line. Four alone.")
    b = document_from_text("b.txt", "Three shared line. One fact there. Extra bit.")
    groups = (PassageGroup("g1", REWORDED, ("a.txt#0", "b.txt#1")),
              PassageGroup("g2", SHARED, ("a.txt#2", "b.txt#0")))
    links = (Link("a.txt#0", "b.txt#1", 0.7, REWORDED), Link("a.txt#2", "b.txt#0", 0.98, SHARED))
    status = {"a.txt#0": REWORDED, "b.txt#1": REWORDED, "a.txt#2": SHARED, "b.txt#0": SHARED}
    return ComparisonResult((a, b), Alignment(links, groups, status))


def test_pairs_between_follow_left_order_and_keep_crossings():
    pairs = vm.pairs_between(_result(), "a.txt", "b.txt")
    assert [(p.key, p.left, p.right) for p in pairs] == [
        ("g1", ("a.txt#0",), ("b.txt#1",)), ("g2", ("a.txt#2",), ("b.txt#0",))]
    # seen from the other side the same passages pair up the other way round
    back = vm.pairs_between(_result(), "b.txt", "a.txt")
    assert [p.left for p in back] == [("b.txt#0",), ("b.txt#1",)]


def test_ungrouped_links_still_get_a_band():
    r = _result()
    bare = ComparisonResult(r.documents, Alignment(r.links, (), r.alignment.status))
    pairs = vm.pairs_between(bare, "a.txt", "b.txt")
    assert [p.kind for p in pairs] == [REWORDED, SHARED]


def test_only_bands_with_a_visible_end_are_returned():
    pairs = vm.pairs_between(_result(), "a.txt", "b.txt")
    left = {"a.txt#0": (0, 20), "a.txt#2": (500, 520)}
    right = {"b.txt#1": (600, 620), "b.txt#0": (900, 920)}
    bands = vm.visible_bands(pairs, left, right, 0, 0, 300)
    assert [b.key for b in bands] == ["g1"]  # its left end is on screen, the right below
    assert bands[0].right_top == 600
    bands = vm.visible_bands(pairs, left, right, 450, 500, 300)
    assert [b.key for b in bands] == ["g1", "g2"]  # g1 by its right end, g2 by its left
    assert bands[1].left_top == 50 and bands[1].right_top == 400
    assert vm.visible_bands(pairs, left, right, 2000, 2000, 300) == []


def test_sentences_in_range_includes_long_sentence_starting_above():
    ordered = [("s0", 0, 100), ("s1", 100, 120), ("s2", 120, 300), ("s3", 300, 320)]
    assert vm.sentences_in_range(ordered, 110, 130) == ["s1", "s2"]
    assert vm.sentences_in_range(ordered, 200, 250) == ["s2"]
    assert vm.sentences_in_range(ordered, 400, 500) == []


def test_sync_scroll_interpolates_between_linked_passages_and_clamps():
    anchors = [(100.0, 300.0), (200.0, 350.0)]
    assert vm.sync_scroll(100, anchors, 1000, 1000) == 300
    assert vm.sync_scroll(150, anchors, 1000, 1000) == 325
    assert vm.sync_scroll(0, anchors, 1000, 1000) == 0
    assert vm.sync_scroll(1000, anchors, 1000, 400) == 400
    assert vm.sync_scroll(50, [], 100, 200) == 100  # no anchors: proportional


def test_scroll_anchors_drop_moved_passages_to_stay_monotonic():
    pairs = vm.pairs_between(_result(), "a.txt", "b.txt")
    left = {"a.txt#0": (0, 20), "a.txt#2": (500, 520)}
    right = {"b.txt#1": (600, 620), "b.txt#0": (10, 30)}
    anchors = vm.scroll_anchors(pairs, left, right, src_is_left=True)
    assert anchors == [(0, 600)]  # the moved passage would make the pane scroll backwards


def test_differences_are_runs_in_reading_order_and_stepping_wraps():
    r = _result()
    diffs = vm.differences(r, "a.txt")
    assert [(d.status, d.sentence_ids) for d in diffs] == [
        (REWORDED, ("a.txt#0",)), (UNIQUE, ("a.txt#1",)), (UNIQUE, ("a.txt#3",))]
    assert vm.step_difference(diffs, None) == 0
    assert vm.step_difference(diffs, 2) == 0
    assert vm.step_difference(diffs, 0, forward=False) == 2
    index = {s.id: s.index for s in r.document("a.txt").sentences}
    assert vm.difference_at(diffs, index, 1) == 2  # after sentence 1 comes the run at 3
    assert vm.difference_at(diffs, index, 3, forward=False) == 1
    assert vm.differences(r, "a.txt", (UNIQUE,))[0].sentence_ids == ("a.txt#1",)


def test_utf16_offsets_map_astral_characters():
    assert vm.utf16_offsets("plain") is None
    offs = vm.utf16_offsets("a😀b")
    assert vm.to_qt_offset(offs, 2) == 3
    assert vm.from_qt_offset(offs, 3) == 2
    assert vm.status_counts(_result(), "b.txt") == {SHARED: 1, REWORDED: 1, UNIQUE: 1}
