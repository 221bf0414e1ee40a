"""Changed words between two pieces of text, as absolute offsets on both sides.

diff-match-patch diffs characters; run on characters it reports "should" vs
"must" as scattered letters. So, as ``diff_linesToChars`` does for lines, each
distinct word token is mapped to one private character, the encoded strings
are diffed, the diff is cleaned up semantically (which merges small equal runs
between edits into one readable change) and mapped back to word offsets.
"""
from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from ..result import WordChange

# Words (with inner apostrophes/hyphens/dots/commas, as in the word counter),
# whitespace runs, or any other single character (punctuation).
_TOKEN_RE = re.compile(r"[^\W_]+(?:[’'\-.,][^\W_]+)*|\s+|.", re.UNICODE | re.DOTALL)
_HAS_WORD_RE = re.compile(r"[^\W_]", re.UNICODE)
# Typographic variants that a reader does not see as a change of wording.
_UNIFY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                        "’": "'", "‚": "'", "`": "'", "–": "-", "—": "-", "‐": "-",
                        "‑": "-", "−": "-", "\u00a0": " "})


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, comparison key) of each token; the key ignores case and typography."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        key = " " if tok.isspace() else tok.translate(_UNIFY).lower()
        out.append((m.start(), m.end(), key))
    return out


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


def word_changes(a_text: str, b_text: str, a_offset: int = 0,
                 b_offset: int = 0) -> tuple[WordChange, ...]:
    """The runs of words that differ between a_text and b_text.

    Offsets in the result are ``a_offset``/``b_offset`` plus positions in the
    given texts, so a sentence's ``start`` gives offsets into its document.
    Changes that touch only punctuation or spacing are left out: a reader
    looks for changed words. An insertion has an empty span on side a (at the
    place where the words would go), a deletion an empty span on side b.
    """
    a_tokens, b_tokens = _tokens(a_text), _tokens(b_text)
    table: dict[str, str] = {}
    a_enc, b_enc = _encode(a_tokens, table), _encode(b_tokens, table)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # token strings are short; an exact diff is cheap and deterministic
    diffs = dmp.diff_main(a_enc, b_enc, False)
    dmp.diff_cleanupSemantic(diffs)

    changes: list[WordChange] = []
    ai = bi = 0  # token positions
    pending: list[int] | None = None  # [a_tok_start, a_tok_end, b_tok_start, b_tok_end]

    def flush() -> None:
        if pending is None:
            return
        a0, a1, b0, b1 = pending
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

    for op, data in diffs:
        n = len(data)
        if op == 0:
            flush()
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
    flush()
    return tuple(changes)


def word_similarity(a_text: str, b_text: str) -> float:
    """Share of words (0..1) the two texts have in common in the same order.

    2 * common words / (words of a + words of b), counted from the same word
    diff, without the semantic clean-up: used to tell near-identical wording
    ("shared") from the same content in other words ("reworded").
    """
    a_tokens = [t for t in _tokens(a_text) if _HAS_WORD_RE.search(t[2])]
    b_tokens = [t for t in _tokens(b_text) if _HAS_WORD_RE.search(t[2])]
    if not a_tokens and not b_tokens:
        return 1.0
    table: dict[str, str] = {}
    a_enc, b_enc = _encode(a_tokens, table), _encode(b_tokens, table)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    common = sum(len(data) for op, data in dmp.diff_main(a_enc, b_enc, False) if op == 0)
    return 2.0 * common / (len(a_tokens) + len(b_tokens))
