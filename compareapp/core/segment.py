"""Paragraphs and sentences with offsets. (Interim splitter: to be replaced by the
full news-aware splitter of the foundation issue; the signatures stay.)"""
from __future__ import annotations

import re

_PARA_RE = re.compile(r"[^\n]+")
_SENT_END_RE = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line run, whitespace trimmed."""
    out = []
    for m in _PARA_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence inside text[start:end], absolute offsets."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans, pos = [], 0
    for m in _SENT_END_RE.finditer(chunk):
        cut = m.start()
        # keep closing quotes with the sentence they end
        while cut < len(chunk) and chunk[cut] in "\"”’)":
            cut += 1
        spans.append((start + pos, start + cut))
        pos = m.end()
    if pos < len(chunk):
        spans.append((start + pos, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]
