"""Hand-built results so the window's tests do not depend on the engine's quality."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from compareapp.core.model import LoadProblem
from compareapp.core.reading import document_from_text
from compareapp.core.result import (REWORDED, SHARED, UNIQUE, Alignment, ComparisonResult, Link,
                                    NumberDiscrepancy, PassageGroup, Quote, QuoteGroup,
                                    QuoteVariant, SimilarityMatrix, SourceStats, WordChange)

TEXTS = {
    "a.txt": "Rain fell on the city. Three people were hurt in the storm. "
             "The mayor said “We will rebuild.” Officials counted the damage.",
    "b.txt": "Officials counted the damage. Rain fell on the city. "
             "Five people were injured in the storm. A school was closed.",
    "c.txt": "Rain fell on the city. Three people were hurt in the storm. "
             "The mayor said “We shall rebuild.” Trains stopped.",
}
# passage groups: (kind, members)
GROUPS = [
    (SHARED, ["a.txt#0", "b.txt#1", "c.txt#0"]),
    (REWORDED, ["a.txt#1", "b.txt#2", "c.txt#1"]),
    (SHARED, ["a.txt#3", "b.txt#0"]),
    (REWORDED, ["a.txt#2", "c.txt#2"]),
]


def _word_span(text: str, word: str, base: int) -> tuple[int, int]:
    i = text.index(word)
    return base + i, base + i + len(word)


def make_result(texts=None, groups=None, problems=()) -> ComparisonResult:
    texts = TEXTS if texts is None else texts
    groups = GROUPS if groups is None else groups
    docs = tuple(document_from_text(name, text) for name, text in texts.items())
    sent = {s.id: s for d in docs for s in d.sentences}
    links, pgroups, status = [], [], {}
    for gi, (kind, members) in enumerate(groups):
        pgroups.append(PassageGroup(f"g{gi}", kind, tuple(members)))
        for i, a in enumerate(members):
            status[a] = kind
            for b in members[i + 1:]:
                sa, sb = sent[a], sent[b]
                changes, numbers = (), ()
                if kind == REWORDED:
                    # mark the first word that differs, as the engine's word diff would
                    wa, wb = sa.text.split(), sb.text.split()
                    k = next((k for k, (x, y) in enumerate(zip(wa, wb)) if x != y), None)
                    if k is not None:
                        a0, a1 = _word_span(sa.text, wa[k], sa.start)
                        b0, b1 = _word_span(sb.text, wb[k], sb.start)
                        changes = (WordChange(a0, a1, b0, b1, wa[k], wb[k]),)
                        if wa[k].lower() in ("three", "five") and wb[k].lower() in ("three", "five"):
                            numbers = (NumberDiscrepancy(wa[k], wb[k], a0, a1, b0, b1),)
                links.append(Link(a, b, 0.97 if kind == SHARED else 0.72, kind, changes, numbers))
    stats = {}
    for d in docs:
        words = {SHARED: 0, REWORDED: 0, UNIQUE: 0}
        for s in d.sentences:
            words[status.get(s.id, UNIQUE)] += s.words
        stats[d.id] = SourceStats(sum(words.values()), words[SHARED], words[REWORDED], words[UNIQUE])
    ids = tuple(d.id for d in docs)
    matrix = SimilarityMatrix(ids, tuple(tuple(0.0 if a == b else 0.5 for b in ids) for a in ids))
    quotes, qgroups = _quotes(docs)
    return ComparisonResult(docs, Alignment(tuple(links), tuple(pgroups), status, stats, matrix, ids),
                            quotes, qgroups, tuple(problems), folder=None, selected=ids)


def _quotes(docs):
    quotes, by_text = [], {}
    for d in docs:
        if "“" in d.text:
            start = d.text.index("“") + 1
            end = d.text.index("”")
            q = Quote(f"{d.id}@q0", d.id, start, end, d.text[start:end], "The Mayor",
                      cluster="qg0", flags=("wording differs",))
            quotes.append(q)
            by_text.setdefault(q.text, []).append(q)
    variants = tuple(QuoteVariant(text, tuple(q.id for q in qs), tuple(q.doc_id for q in qs))
                     for text, qs in by_text.items())
    group = QuoteGroup("qg0", ("The Mayor",), variants, tuple(q.doc_id for q in quotes),
                       ("wording differs",))
    return tuple(quotes), (group,)


def settle() -> None:
    """Run deferred deletes so closed windows really are gone."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def problem(path: str, name: str, reason: str) -> LoadProblem:
    return LoadProblem(path, name, reason)


ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data"
