"""Geometry the window needs, kept free of Qt so it can be tested on its own.

The views paint; this module answers "which passages join these two panes",
"which of them are visible", "where should the other pane scroll to" and
"where is the next difference". Positions are plain floats (pixels in a
pane's content coordinates); spans are ``(top, bottom)`` pairs.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from .result import REWORDED, SHARED, UNIQUE, ComparisonResult

Span = tuple[float, float]


@dataclass(frozen=True)
class PanePair:
    """Passages that join two neighbouring panes: sentence ids on each side."""

    key: str  # group id, or "link:a|b" when the engine gave links but no group
    kind: str  # SHARED or REWORDED
    left: tuple[str, ...]
    right: tuple[str, ...]


@dataclass(frozen=True)
class Band:
    """One band to paint between two panes, in viewport coordinates."""

    key: str
    kind: str
    left_top: float
    left_bottom: float
    right_top: float
    right_bottom: float


@dataclass(frozen=True)
class Difference:
    """A run of consecutive sentences of one document with the same non-shared status."""

    doc_id: str
    status: str  # REWORDED or UNIQUE
    sentence_ids: tuple[str, ...]


def pairs_between(result: ComparisonResult, left_doc: str, right_doc: str) -> list[PanePair]:
    """Passages present in both documents, ordered by their position on the left.

    Groups are preferred (what the window shows as one passage); links that
    belong to no group still get a band so nothing the engine found is hidden.
    """
    return pairs_for(result, [(left_doc, right_doc)])[(left_doc, right_doc)]


def pairs_for(result: ComparisonResult,
              doc_pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], list[PanePair]]:
    """``pairs_between`` for many (left, right) pairs in one pass over groups and links."""
    wanted = set(doc_pairs)
    docs = {d for pair in doc_pairs for d in pair}
    out: dict[tuple[str, str], list[PanePair]] = {pair: [] for pair in doc_pairs}
    # walk only the shown documents' sentences: a folder of hundreds of reports has
    # far more links than the few panes on screen need
    shown = [s.id for d in result.documents if d.id in docs for s in d.sentences]
    doc_of = {s.id: d.id for d in result.documents if d.id in docs for s in d.sentences}
    seen_groups: set[str] = set()
    for sid in shown:
        g = result.group_of(sid)
        if g is None or g.id in seen_groups:
            continue
        seen_groups.add(g.id)
        by_doc: dict[str, list[str]] = {}
        for m in g.members:
            if m in doc_of:
                by_doc.setdefault(doc_of[m], []).append(m)
        if len(by_doc) < 2:
            continue
        for left, lm in by_doc.items():
            for right, rm in by_doc.items():
                if (left, right) in wanted:
                    out[(left, right)].append(PanePair(g.id, g.kind, tuple(lm), tuple(rm)))
    seen_links: set[tuple[str, str]] = set()
    for sid in shown:
        for link in result.links_of(sid):
            if (link.a, link.b) in seen_links:
                continue
            seen_links.add((link.a, link.b))
            da, db = doc_of.get(link.a), doc_of.get(link.b)
            if da is None or db is None:
                continue
            if result.group_of(link.a) is not None and result.group_of(link.b) is not None:
                continue  # both ends belong to passages that have their own bands
            if (da, db) in wanted:
                out[(da, db)].append(PanePair(f"link:{link.a}|{link.b}", link.kind, (link.a,), (link.b,)))
            if (db, da) in wanted:
                out[(db, da)].append(PanePair(f"link:{link.b}|{link.a}", link.kind, (link.b,), (link.a,)))
    index = {s.id: s.index for d in result.documents if d.id in docs for s in d.sentences}
    for pairs in out.values():
        pairs.sort(key=lambda p: min(index[s] for s in p.left))
    return out


def union_span(ids: Iterable[str], spans: Mapping[str, Span]) -> Span | None:
    got = [spans[i] for i in ids if i in spans]
    if not got:
        return None
    return min(t for t, _ in got), max(b for _, b in got)


def visible_bands(pairs: Sequence[PanePair], left_spans: Mapping[str, Span],
                  right_spans: Mapping[str, Span], left_scroll: float, right_scroll: float,
                  height: float) -> list[Band]:
    """Bands to draw for a viewport ``height`` high, given each pane's scroll offset.

    A band is drawn when either end can be seen (so a passage that moved far
    away still shows where it went); bands entirely above or below both
    viewports are skipped.
    """
    bands: list[Band] = []
    for p in pairs:
        ls, rs = union_span(p.left, left_spans), union_span(p.right, right_spans)
        if ls is None or rs is None:
            continue
        lt, lb = ls[0] - left_scroll, ls[1] - left_scroll
        rt, rb = rs[0] - right_scroll, rs[1] - right_scroll
        if (lb < 0 and rb < 0) or (lt > height and rt > height):
            continue
        bands.append(Band(p.key, p.kind, lt, lb, rt, rb))
    return bands


def sentences_in_range(ordered: Sequence[tuple[str, float, float]], top: float,
                       bottom: float) -> list[str]:
    """Ids of sentences (given as ``(id, top, bottom)`` sorted by top) overlapping [top, bottom]."""
    tops = [t for _, t, _ in ordered]
    hi = bisect_right(tops, bottom)
    # a long sentence starting above the range may still reach into it
    lo = bisect_left(tops, top)
    while lo > 0 and ordered[lo - 1][2] > top:
        lo -= 1
    return [sid for sid, t, b in ordered[lo:hi] if b >= top]


def scroll_anchors(pairs: Sequence[PanePair], src_spans: Mapping[str, Span],
                   dst_spans: Mapping[str, Span], src_is_left: bool) -> list[tuple[float, float]]:
    """(source y, destination y) of each linked passage's top, kept monotonic.

    Moved passages would make the mapping fold back on itself; keeping the
    longest run that increases on both sides (greedy) gives a mapping that
    only ever scrolls forward, as Meld's synchronised scrolling does.
    """
    raw = []
    for p in pairs:
        s_ids, d_ids = (p.left, p.right) if src_is_left else (p.right, p.left)
        s, d = union_span(s_ids, src_spans), union_span(d_ids, dst_spans)
        if s is not None and d is not None:
            raw.append((s[0], d[0]))
    raw.sort()
    anchors: list[tuple[float, float]] = []
    for s, d in raw:
        if not anchors or (s > anchors[-1][0] and d > anchors[-1][1]):
            anchors.append((s, d))
    return anchors


def sync_scroll(src_value: float, anchors: Sequence[tuple[float, float]],
                src_max: float, dst_max: float) -> float:
    """Where the destination pane should scroll so linked passages face each other.

    Piecewise-linear between anchors, with the document starts and ends as
    implicit anchors; clamped to the destination's scroll range.
    """
    if src_max <= 0:
        return 0.0
    points = [(0.0, 0.0)] + [a for a in anchors if 0 < a[0] < src_max and 0 < a[1] < dst_max]
    points.append((src_max, dst_max))
    xs = [p[0] for p in points]
    i = max(1, min(len(points) - 1, bisect_right(xs, src_value)))
    (x0, y0), (x1, y1) = points[i - 1], points[i]
    y = y0 if x1 == x0 else y0 + (src_value - x0) * (y1 - y0) / (x1 - x0)
    return max(0.0, min(dst_max, y))


def differences(result: ComparisonResult, doc_id: str,
                statuses: Sequence[str] = (REWORDED, UNIQUE)) -> list[Difference]:
    """The document's differences in reading order: runs of reworded or unique sentences."""
    out: list[Difference] = []
    run: list[str] = []
    run_status: str | None = None
    for s in result.document(doc_id).sentences:
        st = result.status(s.id)
        if st in statuses and st == run_status:
            run.append(s.id)
            continue
        if run:
            out.append(Difference(doc_id, run_status, tuple(run)))
        run, run_status = ([s.id], st) if st in statuses else ([], None)
    if run:
        out.append(Difference(doc_id, run_status, tuple(run)))
    return out


def step_difference(diffs: Sequence[Difference], current_index: int | None,
                    forward: bool = True) -> int | None:
    """Index of the next (or previous) difference, wrapping round; None when there is none."""
    if not diffs:
        return None
    if current_index is None:
        return 0 if forward else len(diffs) - 1
    return (current_index + (1 if forward else -1)) % len(diffs)


def difference_at(diffs: Sequence[Difference], sentence_index: Mapping[str, int],
                  after: int, forward: bool = True) -> int | None:
    """The first difference starting after (or before) a sentence position."""
    if not diffs:
        return None
    starts = [sentence_index[d.sentence_ids[0]] for d in diffs]
    if forward:
        i = bisect_right(starts, after)
        return i % len(diffs)
    i = bisect_left(starts, after) - 1
    return i % len(diffs)


def status_counts(result: ComparisonResult, doc_id: str) -> dict[str, int]:
    counts = {SHARED: 0, REWORDED: 0, UNIQUE: 0}
    for s in result.document(doc_id).sentences:
        st = result.status(s.id)
        if st in counts:
            counts[st] += 1
    return counts


def utf16_offsets(text: str) -> list[int] | None:
    """Qt counts UTF-16 code units, Python code points: a map when they differ, else None."""
    if not text or max(text) < "\U00010000":
        return None
    out, pos = [], 0
    for c in text:
        out.append(pos)
        pos += 2 if ord(c) >= 0x10000 else 1
    out.append(pos)
    return out


def to_qt_offset(offsets: list[int] | None, offset: int) -> int:
    if offsets is None:
        return offset
    return offsets[max(0, min(offset, len(offsets) - 1))]


def from_qt_offset(offsets: list[int] | None, qt_offset: int) -> int:
    if offsets is None:
        return qt_offset
    return max(0, bisect_right(offsets, qt_offset) - 1)
