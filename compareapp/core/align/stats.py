"""Statuses, per-source figures, the similarity matrix and the order by date.

All of it follows from the links alone, so that ticking sources on and off
(``restrict``) recomputes it without any new similarity work.
"""
from __future__ import annotations

from ..model import Document
from ..result import REWORDED, SHARED, UNIQUE, Link, SimilarityMatrix, SourceStats


def statuses(documents: tuple[Document, ...], links: tuple[Link, ...]) -> dict[str, str]:
    """shared if any link of a sentence is near-identical, reworded if any link, else unique."""
    best: dict[str, str] = {}
    for link in links:
        for s in (link.a, link.b):
            if best.get(s) != SHARED:
                best[s] = SHARED if link.kind == SHARED else REWORDED
    out = {}
    for d in documents:
        for s in d.sentences:
            if not s.boilerplate:
                out[s.id] = best.get(s.id, UNIQUE)
    return out


def matrix_and_stats(documents: tuple[Document, ...], links: tuple[Link, ...],
                     status: dict[str, str]) -> tuple[SimilarityMatrix, dict[str, SourceStats]]:
    ids = tuple(sorted(d.id for d in documents))
    rank = {d: k for k, d in enumerate(ids)}
    doc_of = {s.id: d.id for d in documents for s in d.sentences}
    words = {s.id: s.words for d in documents for s in d.sentences if not s.boilerplate}
    # sentence -> documents where it has a counterpart
    reach: dict[str, set[str]] = {}
    for link in links:
        reach.setdefault(link.a, set()).add(doc_of[link.b])
        reach.setdefault(link.b, set()).add(doc_of[link.a])
    n = len(ids)
    covered = [[0] * n for _ in range(n)]
    totals = [0] * n
    by_status = [{SHARED: 0, REWORDED: 0, UNIQUE: 0} for _ in range(n)]
    for d in documents:
        i = rank[d.id]
        for s in d.sentences:
            if s.boilerplate:
                continue
            w = words[s.id]
            totals[i] += w
            by_status[i][status.get(s.id, UNIQUE)] += w
            for other in reach.get(s.id, ()):
                covered[i][rank[other]] += w
    values = tuple(tuple(1.0 if i == j else (covered[i][j] / totals[i] if totals[i] else 0.0)
                         for j in range(n)) for i in range(n))
    stats = {}
    for i, doc_id in enumerate(ids):
        # the closest source holds most of this one; ties go to the earlier id
        closest, closest_score = None, 0.0
        for j, other in enumerate(ids):
            if j != i and values[i][j] > closest_score:
                closest, closest_score = other, values[i][j]
        stats[doc_id] = SourceStats(words=totals[i], shared_words=by_status[i][SHARED],
                                    reworded_words=by_status[i][REWORDED],
                                    unique_words=by_status[i][UNIQUE], closest=closest,
                                    closest_score=closest_score)
    return SimilarityMatrix(ids, values), stats


def order_by_date(documents: tuple[Document, ...]) -> tuple[str, ...]:
    """Oldest first; undated last; ties by id."""
    return tuple(d.id for d in sorted(documents, key=lambda d: (d.meta.date is None,
                                                                d.meta.date or "", d.id)))
