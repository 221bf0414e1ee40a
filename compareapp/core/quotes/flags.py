"""What a fact-checker must see about each statement, and its wording variants.

Flags (exact strings, shown in the window and exported):
- "wording differs across sources": full quotations of one statement differ
  in words (on the group, and on every unit not in the main wording);
- "speaker differs across sources": the statement is put in different mouths;
- "only in one source": no other report quotes it;
- "fused": one quotation joins statements that other reports quote apart, or
  adds sentences nobody else quotes to ones they do;
- "partial": a fragment quoted inside reported speech.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..align.wordchanges import word_changes
from ..result import QuoteGroup, QuoteVariant
from .grouping import Unit

WORDING, SPEAKER, ONLY_ONE, FUSED, PARTIAL = (
    "wording differs across sources", "speaker differs across sources", "only in one source",
    "fused", "partial")


@dataclass
class UnitPlace:
    """Where a unit sits, for telling a fused quotation from quotations quoted apart."""

    paragraph: int
    quotation_start: int  # opening mark of its quotation
    quotation_end: int  # closing mark (or paragraph end)
    continues_previous: bool  # its quotation continues the previous paragraph's


def _display(text: str) -> str:
    return text.rstrip(" ,;:")


def fused_quotations(units: list[Unit], places: list[UnitPlace], cluster_of: dict[int, int],
                     doc_text: dict[str, str], apart_words: int = 6) -> set[int]:
    """Quotation indexes (Unit.quotation) that are fused."""
    docs_of: dict[int, set[str]] = {}
    for u in units:
        docs_of.setdefault(cluster_of[u.index], set()).add(u.doc_id)
    by_quotation: dict[int, list[Unit]] = {}
    for u in units:
        by_quotation.setdefault(u.quotation, []).append(u)
    by_cluster_doc: dict[tuple[int, str], list[Unit]] = {}
    for u in units:
        by_cluster_doc.setdefault((cluster_of[u.index], u.doc_id), []).append(u)
    fused: set[int] = set()
    for qi, members in by_quotation.items():
        full = [u for u in members if not u.partial]
        if len(full) < 2:
            continue
        clusters = [cluster_of[u.index] for u in full]
        shared = [c for c in clusters if len(docs_of[c]) > 1]
        alone = [c for c in clusters if len(docs_of[c]) == 1]
        if shared and alone:
            fused.add(qi)
            continue
        distinct = sorted(set(shared))
        doc = full[0].doc_id
        for a in range(len(distinct)):
            for b in range(a + 1, len(distinct)):
                if _apart_elsewhere(distinct[a], distinct[b], doc, docs_of, by_cluster_doc,
                                    places, doc_text, apart_words):
                    fused.add(qi)
    return fused


def _apart_elsewhere(ca: int, cb: int, doc: str, docs_of, by_cluster_doc, places, doc_text,
                     apart_words: int) -> bool:
    for other in (docs_of[ca] & docs_of[cb]) - {doc}:
        for x in by_cluster_doc[(ca, other)]:
            for y in by_cluster_doc[(cb, other)]:
                if x.quotation == y.quotation:
                    return False
                first, second = (x, y) if x.start < y.start else (y, x)
                pf, ps = places[first.index], places[second.index]
                if pf.paragraph != ps.paragraph:
                    if ps.continues_previous and ps.paragraph == pf.paragraph + 1:
                        continue
                    return True
                between = doc_text[other][pf.quotation_end + 1:ps.quotation_start]
                if len(between.split()) > apart_words:
                    return True
    return False


def build_groups(units: list[Unit], clusters: list[list[int]], speakers: list[str | None],
                 quote_ids: list[str], doc_order: dict[str, int], fused: set[int]):
    """(QuoteGroup list, flags per unit index, cluster id per unit index)."""
    groups: list[QuoteGroup] = []
    unit_flags: dict[int, list[str]] = {u.index: [] for u in units}
    unit_cluster: dict[int, str] = {}
    for n, members in enumerate(clusters, start=1):
        gid = f"qg{n}"
        us = [units[i] for i in members]
        doc_ids = tuple(sorted({u.doc_id for u in us}, key=lambda d: doc_order[d]))
        names = Counter(speakers[u.index] for u in us if speakers[u.index])
        group_speakers = tuple(sorted(names, key=lambda s: (-names[s], s)))
        by_key: dict[str, list[Unit]] = {}
        for u in us:
            by_key.setdefault(u.key, []).append(u)
        ordered = sorted(by_key.values(), key=lambda vs: (all(v.partial for v in vs), -len(vs),
                                                           doc_order[vs[0].doc_id], vs[0].start))
        main = ordered[0][0]
        variants = []
        for vs in ordered:
            first = vs[0]
            changes = ()
            if first is not main and not first.partial and not main.partial:
                changes = word_changes(main.text, first.text, main.start, first.start)
            variants.append(QuoteVariant(_display(first.text), tuple(quote_ids[v.index] for v in vs),
                                         tuple(sorted({v.doc_id for v in vs}, key=lambda d: doc_order[d])),
                                         changes))
        full_keys = {u.key for u in us if not u.partial}
        flags = []
        if len(full_keys) > 1:
            flags.append(WORDING)
        if len(names) > 1:
            flags.append(SPEAKER)
        if len(doc_ids) == 1:
            flags.append(ONLY_ONE)
        if any(u.quotation in fused for u in us):
            flags.append(FUSED)
        if any(u.partial for u in us):
            flags.append(PARTIAL)
        groups.append(QuoteGroup(gid, group_speakers, tuple(variants), doc_ids, tuple(flags)))
        for u in us:
            unit_cluster[u.index] = gid
            f = unit_flags[u.index]
            if WORDING in flags and not u.partial and u.key != main.key:
                f.append(WORDING)
            if SPEAKER in flags:
                f.append(SPEAKER)
            if ONLY_ONE in flags:
                f.append(ONLY_ONE)
            if u.quotation in fused:
                f.append(FUSED)
            if u.partial:
                f.append(PARTIAL)
    return groups, unit_flags, unit_cluster
