"""Quotation units of different reports that the rest of the comparison already
pairs: quoted in sentences the alignment links (a direct link, or one passage
group) and put in the same speaker's mouth. Grouping takes such a pair as
evidence that two drifted wordings render one statement (grouping.context_pairs)."""
from __future__ import annotations

from collections import defaultdict

from .grouping import Unit


def counterpart_pairs(units: list[Unit], speakers: list[str | None], documents, alignment) -> list[tuple[int, int]]:
    """(i, j) unit indexes, i < j, of counterparts; none without an alignment."""
    if alignment is None:
        return []
    docs = {d.id: d for d in documents}
    by_sentence: dict[str, list[int]] = defaultdict(list)
    for u in units:
        sentence = docs[u.doc_id].sentence_at(u.start)
        if sentence is not None:
            by_sentence[sentence.id].append(u.index)
    pairs: set[tuple[int, int]] = set()

    def add(sa: str, sb: str) -> None:
        for i in by_sentence.get(sa, ()):
            for j in by_sentence.get(sb, ()):
                if units[i].doc_id != units[j].doc_id and speakers[i] and speakers[i] == speakers[j]:
                    pairs.add((min(i, j), max(i, j)))

    for link in alignment.links:
        add(link.a, link.b)
    for group in alignment.groups:
        members = [m for m in group.members if m in by_sentence]
        for x, sa in enumerate(members):
            for sb in members[x + 1:]:
                add(sa, sb)
    return sorted(pairs)
