"""Quoted words that nobody says: a name given to something, or the writer's own
scare quotes.

News style puts names and nicknames in quotation marks: a powder known as
“black mass”, a player known to his team-mates as “Misha”, a depot locals call
“the Barn”, the so-called “peace plan”. A naming construction right before the
marks (known as, nicknamed, dubbed, so-called, referred to as, a passive
"is called") makes the quoted words a name, whatever they say. "X called it
“…”" and "what X call(s) “…”" also name when the quoted words are shaped like a
name ("the Battery", "Misha"); otherwise they are X's characterisation ("what
critics called “a rigged contract”", "called the arrests “deeply troubling”")
and stay a partial quotation of X.

A scare quote is a word or two in lower case that the writer sets off inside
a sentence which reports nobody's speech: "after a long “transition”". Kept
apart from a fragment of reported speech ("the company was “cooperating
fully”", "hailed the deal as “historic”") by the sentence itself: it has no
reporting verb and no verb of characterising.
"""
from __future__ import annotations

import re

from .extract import Quotation
from .lexicon import FINITE_VERBS, PARTICIPLES

_NAMING_RE = re.compile(
    r"(?:\bknown(?:\s+(?:locally|widely|simply|affectionately|informally|colloquially))?"
    r"(?:\s+to\s+[^,;:.!?“”\"]{1,40}?)?\s+as"
    r"|\bnicknamed|\bso-called|\bself-styled|\breferred\s+to\s+as|\b(?:re)?named"
    r"|\bdubbed(?:\s+(?:it|him|her|them|this|that))?(?:\s+as)?"
    r"|\b(?:is|are|was|were|be|been|being|also|often|sometimes|commonly|widely|locally)\s+"
    r"(?:called|termed|labell?ed))\s*$", re.IGNORECASE)
# "what locals call", "which residents call", "fans called him": naming when a name follows
_CALL_RE = re.compile(r"\b(?:call|calls|called|calling|termed)(?:\s+(?:it|him|her|them|this|that))?\s*$",
                      re.IGNORECASE)
_SMALL = frozenset("the a an of and in on at for to de la le von van".split())
# Verbs by which someone characterises a thing in quoted words ("hailed the deal as
# “historic”", "accused ministers of “spinning”", "is called “reckless” by critics"),
# and words that introduce written words ("placards reading “…”"): with one of them,
# or a reporting verb, a short quoted word is someone's, not the writer's scare quote.
_INTRODUCING = frozenset("""call calls called calling describe describes described describing term terms
termed brand brands branded label labels labelled labeled dub dubs dubbed hail hails hailed praise praises
praised laud lauds lauded welcome welcomes welcomed condemn condemns condemned denounce denounces denounced
slam slams slammed criticise criticises criticised criticize criticizes criticized dismiss dismisses dismissed
reject rejects rejected defend defends defended deride derides derided blast blasts blasted decry decries
decried accuse accuses accused thank thanks thanked reading bearing headlined""".split())
_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")


def name_shaped(quoted: str, max_words: int) -> bool:
    """"the Battery", "Misha", "Iron Lady": a few words, every one but small ones capitalised."""
    words = _WORD_RE.findall(quoted)
    if not words or len(words) > max_words:
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and all(w[:1].isupper() for w in content) and quoted.strip()[-1:] not in "?!"


def is_name(text: str, q: Quotation, para_lo: int, max_words: int) -> bool:
    """Is the quotation a name given by a naming construction just before its marks?"""
    if q.close_mark is None or q.continues:
        return False
    quoted = text[q.start:q.end]
    if len(quoted.split()) > max_words:
        return False
    before = text[max(para_lo, q.open_mark - 80):q.open_mark]
    if not before.strip() or not (before.rstrip()[-1:].isalnum()):
        return False  # "…, she said: “…”": a mark after punctuation opens speech
    naming = _NAMING_RE.search(before)
    if naming and not re.match(r"[\s,.”\"’']*by\b", text[q.close_mark + 1:q.close_mark + 8]):
        return True  # "is called “reckless” by critics" is the critics' word
    return bool(_CALL_RE.search(before)) and name_shaped(quoted, max_words)


def is_scare_quote(text: str, q: Quotation, sentence: tuple[int, int], outside: list[tuple[int, int]],
                   max_words: int) -> bool:
    """A few lower-case words set off in a sentence that reports nobody's speech
    (whoever its subject is: "The team has endured a painful “reset”")."""
    if not q.partial or q.close_mark is None:
        return False
    quoted = text[q.start:q.end].strip()
    words = quoted.split()
    if not words or len(words) > max_words or not quoted[:1].islower():
        return False
    lo, _ = sentence
    if ":" in text[lo:q.open_mark]:
        return False  # "The banner: “…”" introduces words
    for a, b in outside:
        for w in _WORD_RE.findall(text, a, b):
            low = w.lower()
            if low in FINITE_VERBS or low in PARTICIPLES or low in _INTRODUCING:
                return False
    return True
