"""Link values whose changed words and figures are worked out when first read.

A folder of 200 reports has tens of thousands of links; diffing every pair
word by word up front would take most of the comparison time, while the
window shows the changes of one selected passage at a time. So a link is made
with its ids, score and kind (cheap: an LCS ratio of the words), and its
``changes`` and ``numbers`` are computed on first access and then kept. The
value is still immutable from the outside: the same link always answers the
same, and equality, hashing, ``to_dict`` and ``asdict`` see every field.
"""
from __future__ import annotations

import threading

from ..result import REWORDED, SHARED, Link, NumberDiscrepancy, WordChange
from ..settings import EngineSettings
from .numbers import number_discrepancies, quantities
from .wordchanges import WordDiffer
from .wording import content_similarity


class LinkMaker:
    """Makes the links of one alignment; shares tokenisation and diff caches."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        self.differ = WordDiffer()
        self._quantities: dict[str, list] = {}
        self.lock = threading.Lock()  # the caches may be read from the window's thread

    def similarity(self, a_text: str, b_text: str) -> float:
        """How near-identical the wording is (0..1): the share of words in common
        in the same order, or of content words when a report cut the attribution
        or changed only inflections (wording.content_similarity)."""
        plain = self.differ.similarity(a_text, b_text)
        if plain >= self.settings.shared_threshold:
            return plain
        return max(plain, content_similarity(a_text, b_text))

    def details(self, a, b) -> tuple[tuple[WordChange, ...], tuple[NumberDiscrepancy, ...]]:
        with self.lock:
            changes = self.differ.changes(a.text, b.text, a.start, b.start)
            if not changes:
                return (), ()
            for text in (a.text, b.text):
                if text not in self._quantities:
                    self._quantities[text] = quantities(text)
            numbers = number_discrepancies(a.text, b.text, changes, a.start, b.start,
                                           self._quantities[a.text], self._quantities[b.text])
            return changes, numbers

    def link(self, a, b, score: float) -> Link:
        """A link between two sentence items (sid, text, start)."""
        kind = SHARED if self.similarity(a.text, b.text) >= self.settings.shared_threshold else REWORDED
        return LazyLink(a.sid, b.sid, min(1.0, score), kind, source=_Source(self, a, b))


class _Source:
    __slots__ = ("maker", "a", "b")

    def __init__(self, maker: LinkMaker, a, b) -> None:
        self.maker, self.a, self.b = maker, a, b


class LazyLink(Link):
    """A Link whose changes and numbers come from its sentences on first read."""

    def __init__(self, a: str, b: str, score: float, kind: str,
                 changes: tuple[WordChange, ...] = (), numbers: tuple[NumberDiscrepancy, ...] = (),
                 source: _Source | None = None) -> None:
        # Link's own signature still works (dataclasses.replace calls it)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "_source", source)
        object.__setattr__(self, "_details", None if source else (tuple(changes), tuple(numbers)))

    def _fields(self) -> tuple:
        return (self.a, self.b, self.score, self.kind, self.changes, self.numbers)

    def __eq__(self, other) -> bool:
        if isinstance(other, Link):
            return self._fields() == (other.a, other.b, other.score, other.kind, other.changes,
                                      other.numbers)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def _get(self) -> tuple[tuple[WordChange, ...], tuple[NumberDiscrepancy, ...]]:
        got = self.__dict__["_details"]
        if got is None:
            src = self.__dict__["_source"]
            got = src.maker.details(src.a, src.b)
            object.__setattr__(self, "_details", got)
        return got

    @property
    def changes(self) -> tuple[WordChange, ...]:  # type: ignore[override]
        return self._get()[0]

    @property
    def numbers(self) -> tuple[NumberDiscrepancy, ...]:  # type: ignore[override]
        return self._get()[1]

    def __reduce__(self):
        # pickles (worker processes, caches) as a plain Link with everything computed
        return (Link, (self.a, self.b, self.score, self.kind, self.changes, self.numbers))
