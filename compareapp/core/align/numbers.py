"""Figures that differ between counterparts ("at least one" vs "three").

A quantity is a numeral in digits or words, with an optional scale
("1.2 million", "thirty-five thousand") and an optional hedge ("at least",
"more than", "nearly"), or a vague amount ("dozens", "tens of thousands").
Two quantities agree when their values are equal ("10" and "ten") or when one
falls within the range of a vague one. Hedges are part of what is shown but
not of the value: "at least one" and "three" disagree, as a reader sees it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..result import NumberDiscrepancy, WordChange
from .normalize import ABBREVIATED_AMOUNT_RE, NUMBER_WORDS, SCALES, SCALES_OF_LETTERS, number_value, unify
_CURRENCY_SIGNS = "$€£¥₴₽₹"

_HEDGE = (r"(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to|over|under|"
          r"nearly|almost|about|around|roughly|some|approximately|an\s+estimated|as\s+many\s+as)")
_NUM_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_NUMERAL = (rf"(?:\d+(?:[.,]\d+)*|(?:{_NUM_WORD})(?:[\s\-](?:{_NUM_WORD}))?)"
            rf"(?:\s+(?:{_SCALE}))*")
_VAGUE = (r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|"
          r"hundreds\s+of\s+millions|dozens|scores|hundreds|thousands|millions|billions|"
          r"a\s+dozen|a\s+few|several|a\s+handful)")
_QUANTITY_RE = re.compile(rf"\b(?:{_HEDGE}\s+)?(?:(?P<vague>{_VAGUE})|(?P<num>{_NUMERAL}))\b",
                          re.IGNORECASE)

# Ranges a reader would accept for vague amounts (low, high).
_VAGUE_RANGES = {
    "a few": (2, 5), "a handful": (2, 6), "several": (3, 9), "a dozen": (12, 12),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2e3, 9999),
    "tens of thousands": (2e4, 99_999), "hundreds of thousands": (2e5, 999_999),
    "millions": (2e6, 9.99e6), "tens of millions": (2e7, 9.99e7),
    "hundreds of millions": (2e8, 9.99e8), "billions": (2e9, 9.99e9),
}


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    low: float
    high: float
    vague: bool = False  # "dozens", "tens of thousands": an estimate, not a count

    def agrees(self, other: "Quantity") -> bool:
        return self.low <= other.high and other.low <= self.high


def _numeral_value(text: str) -> float | None:
    parts = re.split(r"[\s\-]+", unify(text).strip())
    value: float | None = None
    for part in parts:
        if part in SCALES:
            value = (value if value is not None else 1.0) * SCALES[part]
            continue
        v = number_value(part)
        if v is None:
            return None
        value = v if value is None else value + v  # "twenty five"
    return value


def quantities(text: str) -> list[Quantity]:
    out = []
    # "€48m", "$5bn": the same quantity as "48 million euros"
    for m in ABBREVIATED_AMOUNT_RE.finditer(text):
        k = 1 if m.group(1) else 3 if m.group(3) else 5
        value = _numeral_value(f"{m.group(k)} {SCALES_OF_LETTERS[m.group(k + 1).lower()]}")
        if value is not None:
            out.append(Quantity(m.start(), m.end(), m.group(), value, value))
    taken = [(q.start, q.end) for q in out]
    for m in _QUANTITY_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group("vague"):
            key = re.sub(r"\s+", " ", m.group("vague").lower())
            low, high = _VAGUE_RANGES[key]
        else:
            value = _numeral_value(m.group("num"))
            if value is None:
                continue
            low = high = value
        out.append(Quantity(m.start(), m.end(), m.group(), float(low), float(high),
                            vague=bool(m.group("vague"))))
    out.sort(key=lambda q: q.start)
    return [_with_currency_sign(text, q) for q in out]


def _with_currency_sign(text: str, q: Quantity) -> Quantity:
    """'£30m', not '30m': the sign in front says what is counted, and a fact-checker
    reading "30m vs 35m" cannot see that one is in pounds and one in euros."""
    start = q.start
    if start >= 1 and text[start - 1] in _CURRENCY_SIGNS:
        start -= 1
    elif start >= 2 and text[start - 1] == " " and text[start - 2] in _CURRENCY_SIGNS:
        start -= 2
    if start == q.start:
        return q
    return replace(q, start=start, text=text[start:q.end])


def _overlaps(q: Quantity, start: int, end: int) -> bool:
    if start == end:
        return q.start <= start <= q.end
    return q.start < end and start < q.end


_COUNTED_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# A change whose text is at most this many characters longer than the figures
# in it is a swap of figures ("at least one person" -> "three people").
TIGHT_CHANGE_CHARS = 16
# How many words after a figure may name what it counts ("ten Ukrainian regions").
COUNTED_WORDS = 3


def _counted(text: str, q: Quantity) -> set[str]:
    """Rough stems of the words right after a figure: what it counts."""
    words = _COUNTED_WORD_RE.findall(text[q.end:q.end + 60])[:COUNTED_WORDS]
    return {w.lower().rstrip("s")[:6] for w in words if len(w) > 2}


def number_discrepancies(a_text: str, b_text: str, changes: tuple[WordChange, ...],
                         a_offset: int = 0, b_offset: int = 0, a_quantities=None,
                         b_quantities=None) -> tuple[NumberDiscrepancy, ...]:
    """Quantities of a and b that a word change swaps for one that does not agree.

    ``changes`` are the word changes between the two texts with the same
    offsets; ``*_quantities`` may pass ``quantities(text)`` already computed.
    """
    a_qs = quantities(a_text) if a_quantities is None else a_quantities
    b_qs = quantities(b_text) if b_quantities is None else b_quantities
    if not a_qs or not b_qs:
        return ()
    # Figures found on both sides agree; drop them first so that moved figures do not count.
    a_left = list(a_qs)
    b_left = []
    for q in b_qs:
        twin = next((p for p in a_left if p.agrees(q)), None)
        if twin is not None:
            a_left.remove(twin)
        else:
            b_left.append(q)
    out = []
    used_a, used_b = set(), set()
    for c in changes:
        a_s, a_e, b_s, b_e = c.a_start - a_offset, c.a_end - a_offset, c.b_start - b_offset, c.b_end - b_offset
        qa = [q for q in a_left if q not in used_a and _overlaps(q, a_s, a_e)]
        qb = [q for q in b_left if q not in used_b and _overlaps(q, b_s, b_e)]
        tight = (a_e - a_s) - sum(p.end - p.start for p in qa) <= TIGHT_CHANGE_CHARS and \
            (b_e - b_s) - sum(q.end - q.start for q in qb) <= TIGHT_CHANGE_CHARS
        for p, q in zip(qa, qb):
            # In a change of little more than the figures, they replace each other.
            # In a long rewritten run they must count the same thing, or one must
            # be a vague estimate ("tens of thousands"), which rewrites tend to put
            # in place of a precise count; two precise figures of different things
            # ("ten regions", "six others") are different facts, not a conflict.
            if not (tight or p.vague or q.vague or _counted(a_text, p) & _counted(b_text, q)):
                continue
            used_a.add(p)
            used_b.add(q)
            out.append(NumberDiscrepancy(p.text, q.text, p.start + a_offset, p.end + a_offset,
                                         q.start + b_offset, q.end + b_offset))
    rest_a = [q for q in a_left if q not in used_a]
    rest_b = [q for q in b_left if q not in used_b]
    # One figure each side left unexplained, and both count the same thing
    # ("ten regions" vs "12 regions"): a discrepancy. Figures of different things
    # ("ten regions" vs "six others") are not, however alone they are.
    if (len(rest_a) == 1 and len(rest_b) == 1
            and _counted(a_text, rest_a[0]) & _counted(b_text, rest_b[0])):
        p, q = rest_a[0], rest_b[0]
        out.append(NumberDiscrepancy(p.text, q.text, p.start + a_offset, p.end + a_offset,
                                     q.start + b_offset, q.end + b_offset))
    return tuple(out)
