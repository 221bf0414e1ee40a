"""Immutable values for documents as read from a folder.

Everything the engine returns is a frozen dataclass holding tuples, so the
window can hand the same objects to several widgets (and threads) without
anyone changing them behind its back. Offsets are character offsets into
``Document.text``: the text exactly as the user reads it in the panes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

# A word for counting purposes: letters or digits, with inner apostrophes,
# hyphens, dots or commas (don't, face-to-face, U.S., 1.2, 10,000).
WORD_RE = re.compile(r"[^\W_]+(?:[’'\-.,][^\W_]+)*", re.UNICODE)


# Chinese and Japanese put no spaces between words, so a run of Han or Kana
# would count as one "word" however long the sentence: word counters for these
# scripts count each character instead (Word's "East Asian characters"), and
# so do we, so that a Chinese report's share of shared words means something.
# Korean separates words with spaces: Hangul counts as Latin does.
# The letters of those scripts (Han, Hiragana, Katakana; not their punctuation
# such as 「」 or the ・ separator), as a regex class body: the aligner reads
# the same set as character pairs (align.normalize).
CJK_CHARS = ("\u3005\u3007\u3021-\u3029\u3038-\u303b\u3041-\u3096\u309d-\u309f"
             "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
             "\uf900-\ufaff\uff66-\uff9d\U00020000-\U0003134f")
_CJK_RE = re.compile(f"[{CJK_CHARS}]")


def count_words(text: str) -> int:
    """Words as a word counter counts them: each Han or Kana character one,
    the rest by WORD_RE (so '5G网络' is 1 + 2)."""
    cjk = len(_CJK_RE.findall(text))
    if cjk:
        text = _CJK_RE.sub(" ", text)
    return cjk + sum(1 for _ in WORD_RE.finditer(text))


@dataclass(frozen=True)
class DocumentMeta:
    """What the text itself says about where it comes from. Every field may be None."""

    title: str | None = None
    outlet: str | None = None
    place: str | None = None  # dateline place, e.g. "KYIV"
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    byline: str | None = None


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    # "body", "heading" (a single line without a final stop), "list-item" or
    # "table-row" (one row of a table, "| Kharkiv | 12 | 40 |", one sentence)
    kind: str = "body"
    boilerplate: bool = False


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``text == document.text[start:end]`` always holds."""

    id: str  # f"{doc_id}#{index}", unique in a comparison
    doc_id: str
    index: int  # position in the document, 0-based
    start: int
    end: int
    text: str
    paragraph: int  # Paragraph.index
    boilerplate: bool = False  # page furniture: shown, never compared

    @cached_property
    def words(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True)
class Document:
    id: str  # path relative to the opened folder (or the name given to compare_texts)
    name: str  # display name: the title or, failing that, the file name
    text: str  # the text the user reads; all offsets point into it
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    path: str | None = None  # absolute path of the source file, None for in-memory texts
    format: str = "txt"  # txt, md, html, docx, pdf
    encoding: str | None = None  # detected encoding for byte formats read as text
    sha256: str | None = None  # of the file's bytes (or of the text), for notes and duplicates

    @cached_property
    def words(self) -> int:
        """Words the user would count: those of the non-boilerplate sentences."""
        return sum(s.words for s in self.sentences if not s.boilerplate)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence covering a character offset, or None between sentences."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be used, with a reason a journalist understands."""

    path: str  # absolute path
    name: str  # relative to the opened folder
    reason: str  # e.g. "not text (binary)", "PDF has no text layer: scanned?"

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass(frozen=True)
class FolderLoad:
    """The outcome of reading a folder: the usable documents and the problems."""

    folder: str | None
    documents: tuple[Document, ...] = ()
    problems: tuple[LoadProblem, ...] = ()
