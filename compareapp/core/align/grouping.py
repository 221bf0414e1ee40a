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
    root: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    positions: dict[str, dict[str, list[int]]] = {}  # group -> doc -> positions
    between: dict[str, dict[str, float]] = {}  # group -> other group -> sum of link scores
    for link in links:
        for s in (link.a, link.b):
            if s not in root:
                root[s] = s
                members[s] = [s]
                doc, pos = place[s]
                positions[s] = {doc: [pos]}
                between[s] = {}
        a, b = link.a, link.b
        between[a][b] = between[a].get(b, 0.0) + link.score
        between[b][a] = between[b].get(a, 0.0) + link.score

    def find(x: str) -> str:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    def can_join(ga: str, gb: str) -> bool:
        pa, pb = positions[ga], positions[gb]
        same_doc_pairs = 0
        for doc, pos_b in pb.items():
            pos_a = pa.get(doc)
            if pos_a is None:
                continue
            same_doc_pairs += len(pos_a) * len(pos_b)
            joined = pos_a + pos_b
            if len(joined) > settings.group_max_run or max(joined) - min(joined) + 1 != len(joined):
                return False
        cross = len(members[ga]) * len(members[gb]) - same_doc_pairs
        return cross > 0 and between[ga].get(gb, 0.0) / cross >= settings.group_min_support

    for link in sorted(links, key=lambda k: (-k.score, k.a, k.b)):
        ra, rb = find(link.a), find(link.b)
        if ra == rb or not can_join(ra, rb):
            continue
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        root[gone] = keep
        members[keep].extend(members.pop(gone))
        for doc, pos in positions.pop(gone).items():
            positions[keep].setdefault(doc, []).extend(pos)
        for other, total in between.pop(gone).items():
            if other == keep:
                continue
            between[keep][other] = between[keep].get(other, 0.0) + total
            row = between[other]
            row[keep] = row.get(keep, 0.0) + row.pop(gone)
        between[keep].pop(gone, None)

    # a group is SHARED when every cross-report pair of members has a SHARED link
    shared_links: dict[str, int] = {}
    for link in links:
        if link.kind == SHARED and find(link.a) == find(link.b):
            g = find(link.a)
            shared_links[g] = shared_links.get(g, 0) + 1
    groups = []
    for g, ms in members.items():
        docs = positions[g]
        if len(docs) < 2:
            continue
        cross = (len(ms) ** 2 - sum(len(p) ** 2 for p in docs.values())) // 2
        kind = SHARED if shared_links.get(g, 0) == cross else REWORDED
        groups.append((sorted(ms, key=lambda s: place[s]), kind))
    groups.sort(key=lambda g: place[g[0][0]])
    return tuple(PassageGroup(f"g{n}", k, tuple(ms)) for n, (ms, k) in enumerate(groups))
