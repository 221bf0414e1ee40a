"""Lining reports up side by side: which sentences share a row.

A passage group carried by several columns is *levelled* (its copies start on
one row) when that is consistent with every column's reading order. When
reports order things differently not every group can be levelled; the set is
chosen for the whole chunk at once, groups that cross the fewest others first,
so one passage moved to the end of a report costs that one passage its row,
whichever column it is in and whatever order the sources are shown in. (A
greedy walk led by the first column let a passage moved *there* drag every
other column's counterparts onto rows of their own.) Between two levelled
rows, each column's other sentences (its own, and copies that could not be
levelled) share one band, side by side; their margin notes still name the
counterparts.
"""
from __future__ import annotations

from itertools import combinations

from .common import SentenceRow

MAX_COLUMNS = 4  # more sources side by side would leave a few words per line


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
    (a page break must not split those; a band between them may flow on)."""
    k = len(columns)
    order = levelled_groups(columns)
    stops = [sorted(pos[c] for _, pos in order if c in pos) + [len(columns[c])] for c in range(k)]
    cursor = [0] * k
    out: list[tuple[list[list[int]], bool]] = []

    def band() -> None:
        # every column's sentences up to its next levelled copy
        row = []
        for c in range(k):
            stop = next(s for s in stops[c] if s >= cursor[c])
            row.append(list(range(cursor[c], stop)))
            cursor[c] = stop
        if any(row):
            out.append((row, False))

    for g, pos in order:
        band()
        row = [[] for _ in range(k)]
        for c, p in pos.items():
            if p == cursor[c]:
                while cursor[c] < len(columns[c]) and columns[c][cursor[c]].group == g:
                    row[c].append(cursor[c])
                    cursor[c] += 1
        out.append((row, True))
    band()
    return out
