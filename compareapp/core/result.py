"""The comparison result: immutable values that the window, the exports and the
command line all read. ``ComparisonResult.to_json()`` is exactly what
``compareapp compare FOLDER --json`` prints.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping

from .model import Document, LoadProblem, Sentence

SHARED, REWORDED, UNIQUE = "shared", "reworded", "unique"
STATUSES = (SHARED, REWORDED, UNIQUE)


@dataclass(frozen=True)
class WordChange:
    """One changed run of words between two linked sentences.

    Offsets are absolute into each document's text; an insertion has an empty
    span on side a (a_start == a_end), a deletion an empty span on side b.
    """

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str

    def to_dict(self) -> dict[str, Any]:
        return {"a_start": self.a_start, "a_end": self.a_end, "b_start": self.b_start,
                "b_end": self.b_end, "a_text": self.a_text, "b_text": self.b_text}


@dataclass(frozen=True)
class NumberDiscrepancy:
    """Counterparts that give different figures ("at least one" vs "three")."""

    a_text: str
    b_text: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int

    def to_dict(self) -> dict[str, Any]:
        return {"a_text": self.a_text, "b_text": self.b_text, "a_start": self.a_start,
                "a_end": self.a_end, "b_start": self.b_start, "b_end": self.b_end}


@dataclass(frozen=True)
class Link:
    """Two sentences of different documents that carry the same content."""

    a: str  # sentence id
    b: str  # sentence id
    score: float  # 0..1, how close
    kind: str  # SHARED or REWORDED
    changes: tuple[WordChange, ...] = ()
    numbers: tuple[NumberDiscrepancy, ...] = ()

    def other(self, sentence_id: str) -> str:
        return self.b if sentence_id == self.a else self.a

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "score": round(self.score, 4), "kind": self.kind,
                "changes": [c.to_dict() for c in self.changes],
                "numbers": [n.to_dict() for n in self.numbers]}


@dataclass(frozen=True)
class PassageGroup:
    """Sentences of several documents that the window shows as one passage."""

    id: str
    kind: str  # SHARED when every member pair is near-identical, else REWORDED
    members: tuple[str, ...]  # sentence ids, in document order then sentence order

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "members": list(self.members)}


@dataclass(frozen=True)
class SourceStats:
    """Share of a source's compared words by status."""

    words: int = 0
    shared_words: int = 0
    reworded_words: int = 0
    unique_words: int = 0
    closest: str | None = None  # id of the document that holds most of this one
    closest_score: float = 0.0

    def share(self, status: str) -> float:
        if not self.words:
            return 0.0
        return {SHARED: self.shared_words, REWORDED: self.reworded_words,
                UNIQUE: self.unique_words}[status] / self.words

    def to_dict(self) -> dict[str, Any]:
        return {"words": self.words, "shared_words": self.shared_words,
                "reworded_words": self.reworded_words, "unique_words": self.unique_words,
                "shared": round(self.share(SHARED), 4), "reworded": round(self.share(REWORDED), 4),
                "unique": round(self.share(UNIQUE), 4), "closest": self.closest,
                "closest_score": round(self.closest_score, 4)}


@dataclass(frozen=True)
class SimilarityMatrix:
    """values[i][j]: share of document i's compared words that have a counterpart in j."""

    doc_ids: tuple[str, ...] = ()
    values: tuple[tuple[float, ...], ...] = ()

    def get(self, a: str, b: str) -> float:
        i, j = self.doc_ids.index(a), self.doc_ids.index(b)
        return self.values[i][j]

    def to_dict(self) -> dict[str, Any]:
        return {"docs": list(self.doc_ids),
                "values": [[round(v, 4) for v in row] for row in self.values]}


@dataclass(frozen=True)
class Alignment:
    """What the aligner computes for one set of documents."""

    links: tuple[Link, ...] = ()
    groups: tuple[PassageGroup, ...] = ()
    status: Mapping[str, str] = field(default_factory=dict)  # sentence id -> status
    stats: Mapping[str, SourceStats] = field(default_factory=dict)  # doc id -> stats
    matrix: SimilarityMatrix = field(default_factory=SimilarityMatrix)
    order_by_date: tuple[str, ...] = ()  # doc ids, oldest first, undated last


@dataclass(frozen=True)
class Quote:
    """One sentence-level unit of a direct quotation."""

    id: str
    doc_id: str
    start: int  # offsets of the quoted words, without the quotation marks
    end: int
    text: str
    speaker: str | None  # canonical name, None when unattributed
    role: str | None = None  # "Kremlin spokesman"
    cluster: str | None = None  # QuoteGroup.id
    partial: bool = False  # a fragment quoted inside reported speech
    flags: tuple[str, ...] = ()
    speaker_as_written: str | None = None  # the mention in this document

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "doc": self.doc_id, "start": self.start, "end": self.end,
                "text": self.text, "speaker": self.speaker, "role": self.role,
                "cluster": self.cluster, "partial": self.partial, "flags": list(self.flags),
                "speaker_as_written": self.speaker_as_written}


@dataclass(frozen=True)
class QuoteVariant:
    """One wording of a statement, with the sources that carry it."""

    text: str
    quote_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    changes: tuple[WordChange, ...] = ()  # against the group's main wording (a = main)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "quotes": list(self.quote_ids), "docs": list(self.doc_ids),
                "changes": [c.to_dict() for c in self.changes]}


@dataclass(frozen=True)
class QuoteGroup:
    id: str
    speakers: tuple[str, ...]  # every canonical speaker named for it; more than one = flag
    variants: tuple[QuoteVariant, ...]  # the most common wording first
    doc_ids: tuple[str, ...]
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "speakers": list(self.speakers),
                "variants": [v.to_dict() for v in self.variants], "docs": list(self.doc_ids),
                "flags": list(self.flags)}


@dataclass(frozen=True)
class ComparisonResult:
    documents: tuple[Document, ...]
    alignment: Alignment = field(default_factory=Alignment)
    quotes: tuple[Quote, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    problems: tuple[LoadProblem, ...] = ()
    folder: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)  # what shaped this result
    # Documents the alignment considered (a subset after pipeline.restrict_comparison); all when empty.
    selected: tuple[str, ...] = ()

    # --- lookups -----------------------------------------------------------
    @cached_property
    def _sentences(self) -> dict[str, Sentence]:
        return {s.id: s for d in self.documents for s in d.sentences}

    @cached_property
    def _documents(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def _links_by_sentence(self) -> dict[str, list[Link]]:
        out: dict[str, list[Link]] = {}
        for link in self.alignment.links:
            out.setdefault(link.a, []).append(link)
            out.setdefault(link.b, []).append(link)
        return out

    @cached_property
    def _quotes_by_id(self) -> dict[str, Quote]:
        return {q.id: q for q in self.quotes}

    @cached_property
    def _group_by_sentence(self) -> dict[str, PassageGroup]:
        return {m: g for g in self.alignment.groups for m in g.members}

    @property
    def links(self) -> tuple[Link, ...]:
        return self.alignment.links

    @property
    def groups(self) -> tuple[PassageGroup, ...]:
        return self.alignment.groups

    def document(self, doc_id: str) -> Document:
        return self._documents[doc_id]

    def sentence(self, sentence_id: str) -> Sentence:
        return self._sentences[sentence_id]

    def status(self, sentence_id: str) -> str | None:
        """shared / reworded / unique; None for boilerplate (never compared)."""
        s = self._sentences[sentence_id]
        if s.boilerplate:
            return None
        return self.alignment.status.get(sentence_id, UNIQUE)

    def links_of(self, sentence_id: str) -> list[Link]:
        return self._links_by_sentence.get(sentence_id, [])

    def group_of(self, sentence_id: str) -> PassageGroup | None:
        return self._group_by_sentence.get(sentence_id)

    def counterparts(self, sentence_id: str) -> list[str]:
        """Sentence ids in other documents shown with this one (its passage group)."""
        g = self.group_of(sentence_id)
        doc = self._sentences[sentence_id].doc_id
        if g is None:
            return [link.other(sentence_id) for link in self.links_of(sentence_id)]
        return [m for m in g.members if self._sentences[m].doc_id != doc]

    def stats(self, doc_id: str) -> SourceStats:
        return self.alignment.stats.get(doc_id, SourceStats())

    def quotes_of(self, doc_id: str) -> list[Quote]:
        return [q for q in self.quotes if q.doc_id == doc_id]

    def who_says(self, quote_ids) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
        """(speaker, the documents that give them) for some quotations, in order of
        first appearance: where sources put one statement in different mouths, the
        fact-checker must see which source names whom."""
        out: dict[str | None, list[str]] = {}
        for qid in quote_ids:
            q = self._quotes_by_id.get(qid)
            if q is not None and q.doc_id not in out.setdefault(q.speaker, []):
                out[q.speaker].append(q.doc_id)
        return tuple((speaker, tuple(docs)) for speaker, docs in out.items())

    # --- JSON --------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        from .. import __version__

        documents = []
        for d in self.documents:
            documents.append({
                "id": d.id, "path": d.path, "name": d.name, "format": d.format,
                "encoding": d.encoding, "title": d.meta.title, "outlet": d.meta.outlet,
                "place": d.meta.place, "date": d.meta.date, "byline": d.meta.byline,
                "words": d.words, "stats": self.stats(d.id).to_dict(),
                "paragraphs": [{"index": p.index, "start": p.start, "end": p.end, "kind": p.kind,
                                "boilerplate": p.boilerplate} for p in d.paragraphs],
                "sentences": [{"id": s.id, "text": s.text, "start": s.start, "end": s.end,
                               "paragraph": s.paragraph, "status": self.status(s.id),
                               "boilerplate": s.boilerplate} for s in d.sentences],
            })
        return {
            "version": __version__,
            "folder": self.folder,
            "settings": dict(self.settings),
            "documents": documents,
            "problems": [{"path": p.path, "name": p.name, "reason": p.reason} for p in self.problems],
            "groups": [g.to_dict() for g in self.alignment.groups],
            "links": [link.to_dict() for link in self.alignment.links],
            "matrix": self.alignment.matrix.to_dict(),
            "order_by_date": list(self.alignment.order_by_date),
            "quotes": [q.to_dict() for q in self.quotes],
            "quote_groups": [g.to_dict() for g in self.quote_groups],
        }

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
