"""Passage groups from links, without chains of weak links gluing unrelated text.

A plain union of links (connected components) puts A and C in one group as
soon as A~B and B~C, however weak. Here groups are built from the strongest
link down (average-linkage clustering restricted to the link graph): two
groups join only when
- the mean link score over all their cross-report member pairs, counting 0
  for pairs without a link, reaches group_min_support, and
- each report's members of the joined group stay one run of adjacent
  sentences of at most group_max_run (a merge/split), never two distant ones.
"""
from __future__ import annotations

from ..result import REWORDED, SHARED, Link, PassageGroup
from ..settings import EngineSettings


def build_groups(links: tuple[Link, ...], place: dict[str, tuple[str, int]],
                 settings: EngineSettings) -> tuple[PassageGroup, ...]:
    """``place`` gives each compared sentence id its (document id, position)."""
    score: dict[frozenset[str], float] = {}
    kind: dict[frozenset[str], str] = {}
    for link in links:
        key = frozenset((link.a, link.b))
        score[key] = link.score
        kind[key] = link.kind
    parent: dict[str, str] = {}
    members: dict[str, list[str]] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        for s in (link.a, link.b):
            if s not in parent:
                parent[s] = s
                members[s] = [s]

    def can_join(ga: list[str], gb: list[str]) -> bool:
        runs: dict[str, list[int]] = {}
        for s in ga + gb:
            doc, pos = place[s]
            runs.setdefault(doc, []).append(pos)
        for positions in runs.values():
            if len(positions) > settings.group_max_run:
                return False
            if max(positions) - min(positions) + 1 != len(positions):
                return False
        total = pairs = 0
        for x in ga:
            for y in gb:
                if place[x][0] == place[y][0]:
                    continue
                pairs += 1
                total += score.get(frozenset((x, y)), 0.0)
        return pairs > 0 and total / pairs >= settings.group_min_support

    for link in sorted(links, key=lambda k: (-k.score, k.a, k.b)):
        ra, rb = find(link.a), find(link.b)
        if ra == rb or not can_join(members[ra], members[rb]):
            continue
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        parent[gone] = keep
        members[keep].extend(members.pop(gone))

    groups = []
    for root, ms in members.items():
        ordered = sorted(ms, key=lambda s: place[s])
        docs = {place[s][0] for s in ordered}
        if len(docs) < 2:
            continue
        all_shared = all(kind.get(frozenset((x, y))) == SHARED
                         for i, x in enumerate(ordered) for y in ordered[i + 1:]
                         if place[x][0] != place[y][0])
        groups.append((ordered, SHARED if all_shared else REWORDED))
    groups.sort(key=lambda g: place[g[0][0]])
    return tuple(PassageGroup(f"g{n}", k, tuple(ms)) for n, (ms, k) in enumerate(groups))
