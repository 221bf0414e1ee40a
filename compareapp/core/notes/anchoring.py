"""Anchoring notes to text by content, and finding that text again.

An anchor is the exact text a note was made on plus a little context before
and after it, as a W3C TextQuoteSelector is. When reports are edited, renamed
or replaced by a newer version, ``reanchor`` looks the text up again: exactly
first, then with rapidfuzz (a sentence reworded slightly still matches), and
moves the note to the sentence, passage group or quotation group that now
holds it. A note whose text is gone is kept and marked detached, never dropped.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from rapidfuzz import fuzz, process

from ..model import Document, Sentence
from ..result import ComparisonResult
from .codec import new_note_id, now_iso
from .model import Note, TextAnchor

CONTEXT = 32  # characters of context kept on each side, as annotation tools do
# A reworded sentence still counts as the same place from this similarity (0..100).
SENTENCE_MATCH = 75.0
# A shorter span (a quotation) found inside longer text needs to be this close.
SPAN_MATCH = 80.0
MIN_SPAN_FUZZY = 20  # shorter texts match by accident too easily to be found fuzzily
HEAD_CHARS = 600  # the start of a document, to recognise it under another name
HEAD_MATCH = 70.0
MAX_ANCHORS = 12
NEAR_CHARS = 3000  # how far from its last place an edited sentence is first looked for
NEAR_MATCH = 90.0  # ... and how close it must be there to stop looking  # a passage in forty sources needs no forty anchors to be found


@dataclass(frozen=True)
class Found:
    doc_id: str
    start: int
    end: int
    score: float  # 0..100


def anchor_at(doc: Document, start: int, end: int) -> TextAnchor:
    text = doc.text
    return TextAnchor(doc_id=doc.id, exact=text[start:end],
                      prefix=text[max(0, start - CONTEXT):start],
                      suffix=text[end:end + CONTEXT], start=start)


def fingerprint(doc: Document) -> dict[str, str]:
    """What a notes file remembers of a document to recognise it if renamed."""
    return {"sha256": doc.sha256 or "", "head": doc.text[:HEAD_CHARS]}


# --- building notes --------------------------------------------------------

def _spread(items: list, limit: int = MAX_ANCHORS) -> list:
    """At most ``limit`` items, one per document first, so every source can find it."""
    seen, first, rest = set(), [], []
    for item in items:
        (rest if item.doc_id in seen else first).append(item)
        seen.add(item.doc_id)
    return (first + rest)[:limit]


def new_note(result: ComparisonResult, target: str, target_id: str, text: str = "",
             verdict: str | None = None) -> Note:
    """A note on a sentence, passage group, quotation group or whole source."""
    stamp = now_iso()
    anchors: list[TextAnchor] = []
    doc_id: str | None = None
    if target == "sentence":
        s = result.sentence(target_id)
        doc_id = s.doc_id
        anchors = [anchor_at(result.document(s.doc_id), s.start, s.end)]
    elif target == "group":
        group = next((g for g in result.groups if g.id == target_id), None)
        if group is None:
            raise KeyError(f"no passage group {target_id}")
        members = [result.sentence(m) for m in group.members]
        anchors = [anchor_at(result.document(s.doc_id), s.start, s.end) for s in _spread(members)]
    elif target == "quote_group":
        quotes = [q for q in result.quotes if q.cluster == target_id]
        if not quotes:
            raise KeyError(f"no quotation group {target_id}")
        anchors = [anchor_at(result.document(q.doc_id), q.start, q.end) for q in _spread(quotes)]
    elif target == "source":
        result.document(target_id)  # KeyError for an unknown source
        doc_id = target_id
    else:
        raise ValueError(f"unknown note target {target!r}")
    return Note(id=new_note_id(), target=target, target_id=target_id, text=text,
                verdict=verdict or None, anchors=tuple(anchors), doc_id=doc_id,
                created=stamp, modified=stamp)


# --- finding documents and text again -------------------------------------

def map_documents(known: Mapping[str, Mapping[str, str]],
                  documents: Iterable[Document]) -> dict[str, str]:
    """Old document id -> current id, for documents renamed since notes were saved.

    Same bytes (sha256) first, then a similar opening (an edited and renamed
    report); only documents whose id the notes file did not know are candidates,
    so a note never moves to another report that merely shares the passage.
    """
    docs = list(documents)
    current = {d.id for d in docs}
    fresh = [d for d in docs if d.id not in known]
    mapping = {old: old for old in known if old in current}
    for old, fp in known.items():
        if old in current:
            continue
        same = [d for d in fresh if fp.get("sha256") and d.sha256 == fp.get("sha256")
                and d.id not in mapping.values()]
        if same:
            mapping[old] = same[0].id
            continue
        head = fp.get("head") or ""
        best, best_score = None, HEAD_MATCH
        for d in fresh:
            if d.id in mapping.values() or not head:
                continue
            score = fuzz.ratio(head, d.text[:HEAD_CHARS])
            if score >= best_score:
                best, best_score = d, score
        if best is not None:
            mapping[old] = best.id
    return mapping


def _context_score(anchor: TextAnchor, text: str, start: int, end: int) -> float:
    before = text[max(0, start - len(anchor.prefix)):start]
    after = text[end:end + len(anchor.suffix)]
    parts = [fuzz.ratio(anchor.prefix, before) if anchor.prefix else None,
             fuzz.ratio(anchor.suffix, after) if anchor.suffix else None]
    parts = [p for p in parts if p is not None]
    return sum(parts) / len(parts) if parts else 0.0


def _best(anchor: TextAnchor, text: str, spans: list[tuple[int, int, float]]) -> tuple[int, int, float]:
    """Among candidate spans, the closest text; context then position break ties."""
    def key(span):
        s, e, score = span
        near = -abs(s - anchor.start) if anchor.start >= 0 else 0
        return (round(score, 1), _context_score(anchor, text, s, e), near)
    return max(spans, key=key)


def sentence_spans(doc: Document) -> tuple[list[tuple[int, int]], list[str]]:
    """Candidate places for a sentence's text: each sentence, and each sentence with
    the next one of its paragraph (a sentence split in two, or two merged)."""
    spans = []
    sents = doc.sentences
    for i, s in enumerate(sents):
        spans.append((s.start, s.end))
        if i + 1 < len(sents) and sents[i + 1].paragraph == s.paragraph:
            spans.append((s.start, sents[i + 1].end))
    return spans, [doc.text[a:b] for a, b in spans]


def locate(anchor: TextAnchor, doc: Document, cache: dict | None = None) -> Found | None:
    """Where the anchored text is in ``doc`` now, or None if it is gone.

    ``cache`` (any dict kept across calls on unchanged documents) saves
    rebuilding each document's candidate spans for every note.
    """
    text, exact = doc.text, anchor.exact
    if not exact.strip():
        return None
    hits, pos = [], text.find(exact)
    while pos >= 0:
        hits.append((pos, pos + len(exact), 100.0))
        pos = text.find(exact, pos + 1)
    if hits:
        s, e, score = _best(anchor, text, hits)
        return Found(doc.id, s, e, score)
    if len(exact.strip()) < MIN_SPAN_FUZZY:
        return None
    if cache is None:
        cache = {}
    if doc.id not in cache:
        cache[doc.id] = sentence_spans(doc)
    span_list, span_texts = cache[doc.id]
    # A sentence edited a little, or split in two / merged with its neighbour;
    # process.extract runs the comparisons in C, and skips hopeless ones by length.
    # Near where it was last seen first: a close match there is the answer in
    # most edits and saves comparing with every sentence of a long report.
    spans: list[tuple[int, int, float]] = []
    if anchor.start >= 0 and len(text) > 2 * NEAR_CHARS:
        near = [i for i, (a, b) in enumerate(span_list) if abs(a - anchor.start) <= NEAR_CHARS]
        matches = process.extract(exact, [span_texts[i] for i in near], scorer=fuzz.ratio,
                                  score_cutoff=NEAR_MATCH, limit=None)
        spans = [(*span_list[near[i]], score) for _, score, i in matches]
    if not spans:
        matches = process.extract(exact, span_texts, scorer=fuzz.ratio,
                                  score_cutoff=SENTENCE_MATCH, limit=None)
        spans = [(*span_list[i], score) for _, score, i in matches]
    if not spans:
        # A span smaller than a sentence (a quotation): the best window in the text.
        al = fuzz.partial_ratio_alignment(exact, text, score_cutoff=SPAN_MATCH)
        if al is not None and al.dest_end > al.dest_start:
            spans.append((al.dest_start, al.dest_end, al.score))
    if not spans:
        return None
    s, e, score = _best(anchor, text, spans)
    return Found(doc.id, s, e, score)


def _sentence_for(doc: Document, start: int, end: int) -> Sentence | None:
    """The sentence holding most of the span."""
    best, best_overlap = None, 0
    for s in doc.sentences:
        if s.end <= start:
            continue
        if s.start >= end:
            break
        overlap = min(s.end, end) - max(s.start, start)
        if overlap > best_overlap:
            best, best_overlap = s, overlap
    return best


def sentence_ids_of(note: Note, result: ComparisonResult) -> list[str]:
    """The sentences a (re-anchored) note sits on now; empty when detached or a source note."""
    return _anchored_sentences(note.anchors, result)


def _anchored_sentences(anchors, result: ComparisonResult) -> list[str]:
    out = []
    for a in anchors:
        if a.start < 0:
            continue
        try:
            doc = result.document(a.doc_id)
        except KeyError:
            continue
        s = _sentence_for(doc, a.start, a.start + max(1, len(a.exact)))
        if s is not None and s.id not in out:
            out.append(s.id)
    return out


def reanchor(notes: Iterable[Note], result: ComparisonResult,
             known: Mapping[str, Mapping[str, str]] | None = None) -> tuple[Note, ...]:
    """The notes placed on ``result``'s documents; unfound ones kept, detached.

    ``known`` holds the fingerprints of the documents the notes were saved
    with (see ``fingerprint``), so that a renamed report is recognised.
    """
    docs = {d.id: d for d in result.documents}
    known = dict(known or {})
    mapping = map_documents(known, result.documents)
    fresh = [d for d in result.documents if d.id not in known] if known else list(docs.values())
    cache: dict = {}
    return tuple(_reanchor_one(n, result, docs, mapping, fresh, cache) for n in notes)


def place_on_view(notes: Iterable[Note], view: ComparisonResult,
                  known: Mapping[str, Mapping[str, str]] | None = None) -> tuple[Note, ...]:
    """The notes as a view over some of the sources (the others unticked) shows
    them, for display only: on the view's passages and quotations, but a note
    whose text the view does not hold is kept as it is, never detached: its
    report is still there, only not shown. Never to be saved: passage and
    quotation ids are the view's own."""
    notes = tuple(notes)
    placed = reanchor(notes, view, known)
    return tuple(n if p.detached and not n.detached else p for n, p in zip(notes, placed))


def sources_of(note: Note) -> list[str]:
    """The documents a note is on: its source, or where its anchors were last found."""
    if note.target == "source":
        return [note.doc_id or note.target_id]
    if note.doc_id:
        return [note.doc_id]
    return list(dict.fromkeys(a.doc_id for a in note.anchors if a.start >= 0))


def _doc_for(doc_id: str | None, docs, mapping) -> Document | None:
    if doc_id is None:
        return None
    if doc_id in docs:
        return docs[doc_id]
    new = mapping.get(doc_id)
    return docs.get(new) if new else None


def _find(anchor: TextAnchor, docs, mapping, fresh, cache) -> Found | None:
    doc = _doc_for(anchor.doc_id, docs, mapping)
    if doc is not None:
        found = locate(anchor, doc, cache)
        if found is not None or doc.id == anchor.doc_id:
            return found  # a report still there under its name keeps its notes
    # Its report is gone under that name (or the report taken for it does not
    # hold the text): look in the reports new to this folder, keep the closest.
    found = [f for f in (locate(anchor, d, cache) for d in fresh if d is not doc) if f is not None]
    return max(found, key=lambda f: f.score) if found else None


def _moved(anchor: TextAnchor, doc: Document, f: Found) -> TextAnchor:
    if f.score >= 100.0 and f.doc_id == anchor.doc_id:
        return replace(anchor, start=f.start)
    # Follow the report as it is edited: the anchor now quotes today's text.
    return anchor_at(doc, f.start, f.end)


def _reanchor_one(note: Note, result, docs, mapping, fresh, cache) -> Note:
    if note.target == "source" or not note.anchors:
        doc = _doc_for(note.doc_id or note.target_id, docs, mapping)
        if doc is None:
            return replace(note, detached=True)
        target_id = doc.id if note.target == "source" else note.target_id
        return replace(note, doc_id=doc.id, target_id=target_id, detached=False)
    anchors, placed = [], []
    for a in note.anchors:
        f = _find(a, docs, mapping, fresh, cache)
        if f is None:
            anchors.append(replace(a, start=-1))
            continue
        doc = docs[f.doc_id]
        moved = _moved(a, doc, f)
        anchors.append(moved)
        placed.append((doc, f))
    if not placed:
        # a passage or quotation id from an older comparison may name another one now
        ids = {"target_id": ""} if note.target in ("group", "quote_group") else {}
        return replace(note, anchors=tuple(anchors), detached=True, **ids)
    changes: dict = {"anchors": tuple(anchors), "detached": False}
    first_doc, first = placed[0]
    if note.target == "sentence":
        s = _sentence_for(first_doc, first.start, first.end)
        if s is not None:
            changes.update(target_id=s.id, doc_id=s.doc_id)
    elif note.target == "group":
        changes.update(_follow_group(result, placed, anchors))
    elif note.target == "quote_group":
        clusters = Counter()
        for doc, f in placed:
            for q in result.quotes:
                if q.doc_id == doc.id and q.cluster and q.start < f.end and f.start < q.end:
                    clusters[q.cluster] += 1
        # no quotation group holds its words now: name none rather than an old id
        # that another quotation may carry in this comparison
        changes["target_id"] = clusters.most_common(1)[0][0] if clusters else ""
    return replace(note, **changes)


def _follow_group(result, placed, anchors: list[TextAnchor]) -> dict:
    """A passage note follows its passage by text: to the group most of its found
    text is in now (group ids are numbered afresh by every comparison), with an
    anchor on each of that group's members, so a source added or a counterpart
    reworded beyond recognition is covered too, and none outside it. Anchors not
    found stay for a source that is only unticked, unless the passage has another
    sentence there now. Its text still there but in no group (the other sources
    unticked): the note stays on that text and names no group."""
    groups = Counter()
    for doc, f in placed:
        s = _sentence_for(doc, f.start, f.end)
        g = result.group_of(s.id) if s is not None else None
        if g is not None:
            groups[g.id] += 1
    if not groups:
        return {"target_id": ""}
    group_id = groups.most_common(1)[0][0]
    group = next(g for g in result.groups if g.id == group_id)
    members = set(group.members)
    compared = set(result.selected or (d.id for d in result.documents))
    # anchors found outside the group (on a sentence another comparison grouped with it) would mark
    # text the passage no longer holds; should that sentence join the passage again, it gets one back
    found = [a for a in anchors if a.start >= 0 and a.doc_id in compared
             and set(_anchored_sentences([a], result)) <= members]
    covered = set(_anchored_sentences(found, result))
    added = []
    for m in group.members:
        if m not in covered:
            s = result.sentence(m)
            added.append(anchor_at(result.document(s.doc_id), s.start, s.end))
    here = {a.doc_id for a in found + added}
    # kept for a source unticked for now, or gone: it may come back
    waiting = [a for a in anchors if (a.start < 0 or a.doc_id not in compared) and a.doc_id not in here]
    return {"target_id": group_id, "anchors": tuple(_spread(found + added + waiting))}
