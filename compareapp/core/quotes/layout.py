"""Where things are in one report: paragraphs, sentence starts that do not cut
quotations, and the stretches of text outside quotation marks."""
from __future__ import annotations

import re
from bisect import bisect_right

from .extract import Quotation, is_abbreviation, paragraph_spans

_QUOTE_CHARS = "“”„«»\"‘’'"
_BOUNDARY_RE = re.compile(r"[.!?…]+[’'\"”)]*\s+")


class ReportLayout:
    def __init__(self, document, quotations: list[Quotation]):
        self.text = document.text
        self.paragraphs = paragraph_spans(document)
        self._para_starts = [lo for lo, _ in self.paragraphs]
        self.quotations = quotations
        self.inside = sorted(self._inside_spans())
        self._inside_starts = [a for a, _ in self.inside]
        self.boundaries: dict[int, list[int]] = {}
        for pi, (lo, hi) in enumerate(self.paragraphs):
            self.boundaries[pi] = self._sentence_starts(lo, hi)

    def _inside_spans(self) -> list[tuple[int, int]]:
        out = []
        for q in self.quotations:
            end = q.close_mark if q.close_mark is not None else self.paragraphs[q.paragraph][1]
            out.append((q.open_mark, end + 1))
        return out

    def _is_inside(self, pos: int) -> bool:
        i = bisect_right(self._inside_starts, pos) - 1
        return i >= 0 and self.inside[i][0] <= pos < self.inside[i][1]

    def _sentence_starts(self, lo: int, hi: int) -> list[int]:
        text, starts = self.text, [lo]
        for m in _BOUNDARY_RE.finditer(text, lo, hi):
            nxt = m.end()
            if nxt >= hi or not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in _QUOTE_CHARS):
                continue
            dot = m.start()
            if text[dot] == "." and is_abbreviation(text, dot):
                continue
            # a boundary inside a quotation is the quotation's own business
            tail = m.group().rstrip()
            close_at = dot + len(tail) - 1
            if self._is_inside(dot) and not (tail[-1] in _QUOTE_CHARS and not self._is_inside(close_at + 1)
                                             and self._closes_quote(close_at)):
                continue
            starts.append(nxt)
        return starts

    def _closes_quote(self, pos: int) -> bool:
        return any(q.close_mark == pos for q in self.quotations)

    def sentence_span(self, paragraph: int, pos: int) -> tuple[int, int]:
        starts = self.boundaries[paragraph]  # sorted, starts[0] is the paragraph start
        i = bisect_right(starts, pos)
        lo = starts[i - 1] if i > 0 else starts[0]
        hi = starts[i] if i < len(starts) else self.paragraphs[paragraph][1]
        return lo, hi

    def _outside_segments(self, lo: int, hi: int) -> list[tuple[int, int]]:
        segs, pos = [], lo
        first = max(0, bisect_right(self._inside_starts, lo) - 1)
        for a, b in self.inside[first:]:
            if a >= hi:
                break
            if b <= lo:
                continue
            if a > pos:
                segs.append((pos, a))
            pos = max(pos, b)
        if pos < hi:
            segs.append((pos, hi))
        return segs

    def _paragraph_at(self, pos: int) -> int:
        return max(0, bisect_right(self._para_starts, pos) - 1)
