"""Changed words between two pieces of text, as absolute offsets on both sides.

diff-match-patch diffs characters; run on characters it reports "should" vs
"must" as scattered letters. So, as ``diff_linesToChars`` does for lines, each
distinct word token is mapped to one private character, the encoded strings
are diffed, the diff is cleaned up semantically (which merges small equal runs
between edits into one readable change) and mapped back to word offsets.

The minimal diff itself comes from rapidfuzz's longest common subsequence
(C++, bit-parallel): the same kind of minimal insert/delete script that
diff_main's bisection finds, up to ties, but 20-50 times faster on reworded
sentences, which matters with thousands of links. diff-match-patch's
``diff_cleanupMerge`` and ``diff_cleanupSemantic`` then shape it.
"""
from __future__ import annotations

import re

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from ..result import WordChange
from .normalize import CJK

# Words (with inner apostrophes/hyphens/dots/commas, as in the word counter)
# or any other single non-space character (punctuation). Spacing is not a
# token: it never makes a change, and leaving it out halves what is diffed.
# A Han or kana character is a token of its own: Chinese and Japanese write
# no spaces, and a changed word there is a character or two, not the clause.
_TOKEN_RE = re.compile(rf"[^\W_{CJK}]+(?:[’'\-.,][^\W_{CJK}]+)*|\S", re.UNICODE)
# Pairs longer than this many tokens on both sides multiplied (a "sentence"
# of tens of thousands of words: a file without punctuation) are shown as one
# change rather than diffed word by word, which would take seconds.
MAX_DIFF_CELLS = 400_000_000
_HAS_WORD_RE = re.compile(r"[^\W_]", re.UNICODE)
# Typographic variants that a reader does not see as a change of wording.
_UNIFY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                        "’": "'", "‚": "'", "`": "'", "–": "-", "—": "-", "‐": "-",
                        "‑": "-", "−": "-", "\u00a0": " "})


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, comparison key) of each token; the key ignores case and typography."""
    folded = text.translate(_UNIFY).lower()
    if len(folded) == len(text):  # the usual case: keys are slices of the folded text
        return [(m.start(), m.end(), folded[m.start():m.end()]) for m in _TOKEN_RE.finditer(text)]
    # a few characters change length when lowercased ("İ"): fold token by token
    return [(m.start(), m.end(), m.group().translate(_UNIFY).lower())
            for m in _TOKEN_RE.finditer(text)]


def _encode(tokens, table: dict[str, str]) -> str:
    chars = []
    for _, _, key in tokens:
        ch = table.get(key)
        if ch is None:
            code = len(table) + 1
            if code >= 0xD800:  # skip the surrogate block, keep every char a valid code point
                code += 0x800
            ch = chr(code)
            table[key] = ch
        chars.append(ch)
    return "".join(chars)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so that it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lcs_diff(a: str, b: str) -> list[tuple[int, str]]:
    """A diff in diff-match-patch's form [(op, text)] from an LCS alignment."""
    diffs: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in Indel.opcodes(a, b):
        if tag == "equal":
            diffs.append((0, a[i1:i2]))
            continue
        if i2 > i1:
            diffs.append((-1, a[i1:i2]))
        if j2 > j1:
            diffs.append((1, b[j1:j2]))
    return diffs


class WordDiffer:
    """Word diffs for many pairs of one folder, each sentence tokenised once.

    One token table serves the whole folder, so a sentence is encoded once
    however many counterparts it has, and pairs whose encoded forms were
    already diffed (wire copy that several outlets print unchanged) reuse the
    result. Not thread-safe: make one per alignment.
    """

    def __init__(self) -> None:
        self._table: dict[str, str] = {}
        self._tokens: dict[str, list] = {}  # text -> tokens
        self._sentences: dict[str, tuple[list, str]] = {}  # text -> tokens, encoded
        self._words: dict[str, list[str]] = {}  # text -> comparison keys of its words
        self._diffs: dict[tuple[str, str], tuple] = {}
        self._dmp = diff_match_patch()

    def _sentence(self, text: str) -> tuple[list, str]:
        got = self._sentences.get(text)
        if got is None:
            tokens = self._tokenized(text)
            got = self._sentences[text] = (tokens, _encode(tokens, self._table))
        return got

    def _tokenized(self, text: str) -> list:
        got = self._tokens.get(text)
        if got is None:
            got = self._tokens[text] = _tokens(text)
        return got

    def words(self, text: str) -> list[str]:
        got = self._words.get(text)
        if got is None:
            got = self._words[text] = [key for _, _, key in self._tokenized(text)
                                       if _HAS_WORD_RE.match(key)]
        return got

    def similarity(self, a_text: str, b_text: str) -> float:
        """Share of words (0..1) in common in the same order: 2 * LCS / (words a + words b)."""
        a, b = self.words(a_text), self.words(b_text)
        if not a and not b:
            return 1.0
        return Indel.normalized_similarity(a, b)

    def _spans(self, a_enc: str, b_enc: str) -> tuple:
        key = (a_enc, b_enc)
        got = self._diffs.get(key)
        if got is not None:
            return got
        if len(a_enc) * len(b_enc) > MAX_DIFF_CELLS:
            return ((0, len(a_enc), 0, len(b_enc)),)
        diffs = _lcs_diff(a_enc, b_enc)
        self._dmp.diff_cleanupMerge(diffs)
        self._dmp.diff_cleanupSemantic(diffs)
        spans = []
        ai = bi = 0
        pending = None  # [a_tok_start, a_tok_end, b_tok_start, b_tok_end]
        for op, data in diffs:
            n = len(data)
            if op == 0:
                if pending is not None:
                    spans.append(tuple(pending))
                pending = None
                ai += n
                bi += n
                continue
            if pending is None:
                pending = [ai, ai, bi, bi]
            if op < 0:
                ai += n
                pending[1] = ai
            else:
                bi += n
                pending[3] = bi
        if pending is not None:
            spans.append(tuple(pending))
        got = self._diffs[key] = tuple(spans)
        return got

    def changes(self, a_text: str, b_text: str, a_offset: int = 0,
                b_offset: int = 0) -> tuple[WordChange, ...]:
        """The word changes between two texts; see word_changes."""
        if len(self._table) > 500_000:  # keep every token's char below chr's limit
            self.__init__()
        a_tokens, a_enc = self._sentence(a_text)
        b_tokens, b_enc = self._sentence(b_text)
        if a_enc == b_enc:
            return ()
        spans = self._spans(a_enc, b_enc)
        changes = []
        for a0, a1, b0, b1 in spans:
            a_s = a_tokens[a0][0] if a0 < len(a_tokens) else len(a_text)
            a_e = a_tokens[a1 - 1][1] if a1 > a0 else a_s
            b_s = b_tokens[b0][0] if b0 < len(b_tokens) else len(b_text)
            b_e = b_tokens[b1 - 1][1] if b1 > b0 else b_s
            a_s, a_e = _trim(a_text, a_s, a_e)
            b_s, b_e = _trim(b_text, b_s, b_e)
            a_part, b_part = a_text[a_s:a_e], b_text[b_s:b_e]
            if _HAS_WORD_RE.search(a_part) or _HAS_WORD_RE.search(b_part):
                changes.append(WordChange(a_s + a_offset, a_e + a_offset, b_s + b_offset,
                                          b_e + b_offset, a_part, b_part))
        return tuple(changes)


def word_changes(a_text: str, b_text: str, a_offset: int = 0,
                 b_offset: int = 0) -> tuple[WordChange, ...]:
    """The runs of words that differ between a_text and b_text.

    Offsets in the result are ``a_offset``/``b_offset`` plus positions in the
    given texts, so a sentence's ``start`` gives offsets into its document.
    Changes that touch only punctuation or spacing are left out: a reader
    looks for changed words. An insertion has an empty span on side a (at the
    place where the words would go), a deletion an empty span on side b.
    """
    return WordDiffer().changes(a_text, b_text, a_offset, b_offset)


def word_similarity(a_text: str, b_text: str) -> float:
    """Share of words (0..1) the two texts have in common in the same order.

    2 * common words / (words of a + words of b), from the longest common
    subsequence of words (case and typography ignored): used to tell
    near-identical wording ("shared") from the same content in other words.
    """
    return WordDiffer().similarity(a_text, b_text)
