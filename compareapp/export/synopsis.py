"""Lining reports up side by side: which sentences share a row.

A passage group carried by several columns is *levelled* (its copies start on
one row) when that is consistent with every column's reading order. When
reports order things differently not every group can be levelled; the set is
chosen for the whole chunk at once, groups that cross the fewest others first,
so one passage moved to the end of a report costs that one passage its row,
whichever column it is in and whatever order the sources are shown in. (A
greedy walk led by the first column let a passage moved *there* drag every
other column's counterparts onto rows of their own.) Before each levelled
row, the columns carrying that passage put what they have before it in one
band, side by side; the other columns go on with their own sentences beside
that band and beside the levelled row, as far as those are tall, so a column
waits only for the passages it shares. Sentences that are not levelled (own
ones, copies that could not be) still name their counterparts in the margin.
"""
from __future__ import annotations

from itertools import combinations

from .common import SentenceRow

MAX_COLUMNS = 4  # more sources side by side would leave a few words per line
MAX_WAIT = 24  # lines a levelled passage may keep another column blank: about half a page of columns
LINE_CHARS = 55  # characters to a line of a column, roughly: heights are estimated, not measured


def chunks(items: list) -> list[list]:
    """Sources in balanced sets of at most MAX_COLUMNS: 5 -> 3 + 2, not 4 + 1."""
    n = len(items)
    if not n:
        return []
    per = -(-n // -(-n // MAX_COLUMNS))
    return [items[i:i + per] for i in range(0, n, per)]


def _crosses(a: dict[int, int], b: dict[int, int]) -> bool:
    """True when two groups come in opposite orders in two of the columns carrying both."""
    signs = {p < b[c] for c, p in a.items() if c in b}
    return len(signs) > 1


def _acyclic(chosen: dict[str, dict[int, int]], k: int) -> bool:
    """Whether the chosen copies fit one order that every column's reading order agrees with."""
    succ: dict[str, set[str]] = {g: set() for g in chosen}
    indegree = dict.fromkeys(chosen, 0)
    for c in range(k):
        seq = sorted((pos[c], g) for g, pos in chosen.items() if c in pos)
        for (_, a), (_, b) in zip(seq, seq[1:]):
            if b not in succ[a]:
                succ[a].add(b)
                indegree[b] += 1
    ready = [g for g, d in indegree.items() if not d]
    seen = 0
    while ready:
        g = ready.pop()
        seen += 1
        for h in succ[g]:
            indegree[h] -= 1
            if not indegree[h]:
                ready.append(h)
    return seen == len(chosen)


def levelled_groups(columns: list[list[SentenceRow]]) -> list[tuple[str, dict[int, int]]]:
    """The groups whose copies share a row, in row order, each with the columns
    it is levelled in and where its (first) copy is in each of them."""
    k = len(columns)
    first: dict[str, dict[int, int]] = {}
    for c, rows in enumerate(columns):
        for i, r in enumerate(rows):
            if r.group:
                first.setdefault(r.group, {}).setdefault(c, i)
    across = {g: pos for g, pos in first.items() if len(pos) > 1}
    names = sorted(across)
    crossing = dict.fromkeys(names, 0)
    for x, g in enumerate(names):
        for h in names[x + 1:]:
            if _crosses(across[g], across[h]):
                crossing[g] += 1
                crossing[h] += 1
    # fewest crossings first, then the group carried by most columns, then the earliest
    candidates = sorted(names, key=lambda g: (crossing[g], -len(across[g]), sum(across[g].values()), g))
    chosen = {g: across[g] for g in candidates if not crossing[g]}
    if not _acyclic(chosen, k):  # no two cross, yet three or more go round in a circle through the columns
        chosen = {}
    rejected = []
    for g in candidates:
        if g not in chosen:
            if _acyclic({**chosen, g: across[g]}, k):
                chosen[g] = across[g]
            else:
                rejected.append(g)
    # a passage moved in one report still lines up across the others
    for g in rejected:
        subsets = [dict(sub) for n in range(len(across[g]) - 1, 1, -1)
                   for sub in combinations(sorted(across[g].items()), n)]
        subsets.sort(key=lambda sub: (-len(sub), sum(sub.values()), sorted(sub.values())))
        for sub in subsets:
            if _acyclic({**chosen, g: sub}, k):
                chosen[g] = sub
                break
    # row order: repeatedly a group next in all its columns, the one needing the least skipping first
    cursor, order = [0] * k, []
    nexts = [sorted((pos[c], g) for g, pos in chosen.items() if c in pos) for c in range(k)]
    while len(order) < len(chosen):
        heads = {seq[0][1] for seq in nexts if seq}
        ready = [g for g in heads if all(nexts[c][0][1] == g for c in chosen[g])]
        g = min(ready, key=lambda g: (sum(p - cursor[c] for c, p in chosen[g].items()), g))
        order.append((g, chosen[g]))
        for c, p in chosen[g].items():
            nexts[c].pop(0)
            cursor[c] = p
    return order


def synoptic_rows(columns: list[list[SentenceRow]]) -> list[list[list[int]]]:
    """Rows of sentence indices, one list per column; every sentence exactly once, in order."""
    return [row for row, _ in synoptic_bands(columns)]


def synoptic_bands(columns: list[list[SentenceRow]]) -> list[tuple[list[list[int]], bool]]:
    """The rows of ``synoptic_rows``, each with whether it levels a passage's copies
    (a page break must not split those; a band between them may flow on).

    Levelling a passage makes its columns wait for the one with most to say
    before it. Where that wait would leave a column blank for more than
    MAX_WAIT lines, the passage is not levelled (its copies still name each
    other in the margin): one report's long stretch of its own must not push
    the others' next pages down."""
    order = levelled_groups(columns)
    while True:
        rows, waits = _layout(columns, order)
        worst = max(waits.items(), key=lambda kv: (kv[1], kv[0]), default=None)
        if worst is None or worst[1][0] <= MAX_WAIT:
            return rows
        (g, (_, column)) = worst
        # without the column kept waiting; still levelled across the others if two remain
        order = [(h, {c: p for c, p in pos.items() if c != column} if h == g else pos) for h, pos in order]
        order = [(h, pos) for h, pos in order if len(pos) > 1]


def _lines(row: SentenceRow) -> int:
    """A rough height, the same for every renderer: wrapped lines plus its margin note's."""
    return 1 + len(row.text) // LINE_CHARS + (1 if row.margin or row.notes or row.numbers else 0)


def _layout(columns: list[list[SentenceRow]], order):
    """Rows for levelling ``order``, and for each levelled passage the most lines it keeps
    one of its columns blank, with that column."""
    k = len(columns)
    stops = [sorted(pos[c] for _, pos in order if c in pos) + [len(columns[c])] for c in range(k)]
    cursor = [0] * k
    out: list[tuple[list[list[int]], bool]] = []
    waits: dict[str, tuple[int, int]] = {}
    y, ends = 0, [0] * k  # lines down the page: so far, and where each column's text ends

    def emit(row: list[list[int]], h: list[int], level: bool) -> None:
        nonlocal y
        if any(row):
            out.append((row, level))
            for c in range(k):
                if row[c]:
                    ends[c] = y + h[c]
            y += max(h)

    def take(c: int, upto: int, room: float = float("inf"), group: str | None = None) -> tuple[list[int], int]:
        got, h = [], 0
        while cursor[c] < upto and (group is None or columns[c][cursor[c]].group == group):
            step = _lines(columns[c][cursor[c]])
            if h + step > room:
                break
            got.append(cursor[c])
            h += step
            cursor[c] += 1
        return got, h

    def fill(row: list[list[int]], h: list[int], involved, room: int) -> None:
        # the other columns go on with their own sentences beside, as far as the row is tall
        for c in range(k):
            if c not in involved:
                row[c], h[c] = take(c, next(s for s in stops[c] if s >= cursor[c]), room)

    for g, pos in order + [(None, None)]:
        involved = list(pos) if pos else list(range(k))
        band, h = [[] for _ in range(k)], [0] * k
        for c in involved:  # what each of the passage's columns has before it
            band[c], h[c] = take(c, pos[c] if pos else len(columns[c]))
        tall = max(h[c] for c in involved)
        fill(band, h, involved, tall)
        emit(band, h, False)
        if pos:
            # how long the passage's columns stood blank before it, rows of other passages included
            waits[g] = max((y - ends[c], c) for c in involved)
            row, h = [[] for _ in range(k)], [0] * k
            for c in involved:
                row[c], h[c] = take(c, len(columns[c]), group=g)
            fill(row, h, involved, max(h))
            emit(row, h, True)
    return out, waits
