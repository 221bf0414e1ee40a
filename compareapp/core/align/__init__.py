"""Aligning sentences across 2..N documents: links, passage groups, statuses, figures.

Steps (each in its own module):
1. normalize.py  – sentence -> informative terms (case, typography, numbers, stems)
2. similarity.py – folder IDF weights, candidate pairs from an index of rare terms, cosine
3. linking.py    – mutual best counterparts per pair of reports, plus merge/split pieces
4. links.py, wordchanges.py, numbers.py – links; their changed words and differing
   figures are computed when first read (see links.py)
5. grouping.py   – passage groups by constrained average linkage over the links
6. stats.py      – statuses, per-source shares, similarity matrix, order by date

Everything after step 4 depends on the links only, so ``restrict`` can show
any subset of sources without new similarity work. Documents are processed in
the order of their ids and ties are broken by ids: the result does not depend
on the order in which documents are given.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Document
from ..progress import CancelToken, ProgressCallback, check, report, scaled
from ..result import Alignment, ComparisonResult, Link
from ..settings import EngineSettings
from .grouping import build_groups
from .linking import select_links
from .links import LinkMaker
from .similarity import build_items, scored_pairs
from .stats import matrix_and_stats, order_by_date, statuses
from .wordchanges import word_changes

__all__ = ["align_documents", "restrict", "word_changes"]


def _places(documents) -> dict[str, tuple[str, int]]:
    """Compared sentence id -> (document id, position among the compared sentences)."""
    out = {}
    for d in documents:
        pos = 0
        for s in d.sentences:
            if not s.boilerplate:
                out[s.id] = (d.id, pos)
                pos += 1
    return out


def _finish(documents, links: tuple[Link, ...], settings: EngineSettings) -> Alignment:
    groups = build_groups(links, _places(documents), settings)
    status = statuses(documents, links)
    matrix, stats = matrix_and_stats(documents, links, status)
    return Alignment(links=links, groups=groups, status=status, stats=stats, matrix=matrix,
                     order_by_date=order_by_date(documents))


def align_documents(documents: tuple[Document, ...], settings: EngineSettings,
                    progress: ProgressCallback | None = None,
                    cancel: CancelToken | None = None) -> Alignment:
    docs = tuple(sorted(documents, key=lambda d: d.id))
    per_doc = [[(s.id, s.text, s.start, s.words) for s in d.sentences if not s.boilerplate]
               for d in docs]
    report(progress, 0.0, "weighing words")
    items, weight = build_items(per_doc)
    check(cancel)
    scored = scored_pairs(items, weight, settings,
                          min(settings.merge_min_score, settings.weak_link_threshold),
                          scaled(progress, 0.0, 0.5), cancel)
    check(cancel)
    maker = LinkMaker(settings)
    chosen = select_links(items, scored, settings, maker.similarity, weight)
    links = []
    for k, (i, j, score) in enumerate(chosen):
        if k % 256 == 0:
            check(cancel)
            report(progress, 0.6 + 0.35 * k / max(1, len(chosen)), "linking counterparts")
        links.append(maker.link(items[i], items[j], score))
    links.sort(key=lambda link: (link.a, link.b))
    check(cancel)
    report(progress, 0.95, "grouping passages")
    alignment = _finish(docs, tuple(links), settings)
    report(progress, 1.0, "aligned")
    return alignment


def restrict(result: ComparisonResult, doc_ids: tuple[str, ...]) -> ComparisonResult:
    """The comparison over a subset of its documents, from the links already found."""
    wanted = set(doc_ids)
    docs = tuple(sorted((d for d in result.documents if d.id in wanted), key=lambda d: d.id))
    doc_of = {s.id: d.id for d in docs for s in d.sentences}
    links = tuple(link for link in result.alignment.links
                  if link.a in doc_of and link.b in doc_of)
    settings = EngineSettings.from_dict(dict(result.settings))
    return replace(result, alignment=_finish(docs, links, settings), selected=tuple(doc_ids))
