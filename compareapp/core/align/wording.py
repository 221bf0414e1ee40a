"""When two counterparts are worded near-identically ("shared"), as a reader sees it.

Plain word overlap (wordchanges.WordDiffer.similarity) calls a sentence
reworded when a report cut its attribution ("..., the prime minister's office
said.") or changed only a tense or a possessive ("Smith's contract ran until
2028" / "His contract runs until 2028"). A reader calls both the same
wording. So the wording is also compared on its content words: the
attribution clause at the end is cut, function words are left out (but not
negations: "will attend" / "will not attend" differ), and each word is
reduced to its base form (light suffix stripping, common irregular verbs).
Synonyms are NOT joined: "killed" / "died" is a rewording.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Indel

from .normalize import STOPWORDS, stem, unify

_NEGATIONS = frozenset("not no never nor cannot without".split())
_FUNCTION_WORDS = frozenset(w for w in STOPWORDS if not w.endswith("n't")) - _NEGATIONS

_REPORTING = r"(?:said|says|told\s+[^,]{1,40}|added|adds|reported|announced|stated|confirmed|noted)"
# ", the prime minister's office said." / ", said Jane Doe." / ", according to police."
_WHEN = r"(?:\s+(?:on|in|at|last|this|late|early)\s+[^,;:\"”“]{1,25}?)?"
_ATTRIBUTION_TAIL_RE = re.compile(
    rf",[\"”’']?\s+(?:(?:[^,;:\"”“]{{1,60}}?\s+{_REPORTING}{_WHEN})|{_REPORTING}\s+[^,;:\"”“]{{1,60}}?"
    rf"|according\s+to\s+[^,;:\"”“]{{1,60}}?)\s*[.!]?\s*$")
_WORD_RE = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*", re.UNICODE)
# Past forms that suffix stripping cannot bring back to their verb.
_IRREGULAR = {past: verb for verb, pasts in (
    ("be", "was were been"), ("have", "had has"), ("do", "did does done"), ("go", "went gone"),
    ("run", "ran"), ("take", "took taken"), ("make", "made"), ("come", "came"),
    ("give", "gave given"), ("get", "got gotten"), ("hold", "held"), ("leave", "left"),
    ("meet", "met"), ("pay", "paid"), ("sell", "sold"), ("buy", "bought"), ("tell", "told"),
    ("find", "found"), ("keep", "kept"), ("lead", "led"), ("win", "won"), ("lose", "lost"),
    ("rise", "rose risen"), ("fall", "fell fallen"), ("begin", "began begun"), ("see", "saw seen"),
    ("speak", "spoke spoken"), ("write", "wrote written"), ("build", "built"), ("bring", "brought"),
    ("fight", "fought"), ("think", "thought"), ("stand", "stood"), ("strike", "struck"),
    ("send", "sent"), ("spend", "spent"), ("feel", "felt"), ("flee", "fled"), ("drive", "drove driven"),
    ("fly", "flew flown"), ("grow", "grew grown"), ("know", "knew known"), ("throw", "threw thrown"),
    ("choose", "chose chosen"), ("break", "broke broken"), ("steal", "stole stolen"),
    ("sink", "sank sunk"), ("seek", "sought"), ("catch", "caught"), ("become", "became"),
    ("shake", "shook shaken"), ("wear", "wore worn"), ("hide", "hid hidden"), ("bear", "bore borne"),
    ("swear", "swore sworn"), ("lay", "laid"), ("sit", "sat"), ("hear", "heard"), ("mean", "meant"),
    ("deal", "dealt"), ("sweep", "swept"), ("teach", "taught"), ("forbid", "forbade forbidden"),
) for past in pasts.split()}


def _base(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("n't"):
        return "not"
    if 3 < len(word) <= 5 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]  # runs, cuts (stem leaves short words whole)
    return stem(word)


@lru_cache(maxsize=1 << 15)
def content_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentence's content words in order, as bases: whole, and without an
    attribution tail (the same when it has none)."""
    low = unify(text).strip()
    cut = _ATTRIBUTION_TAIL_RE.search(low)
    whole = tuple(_base(w) for w in _WORD_RE.findall(low) if w not in _FUNCTION_WORDS)
    if not cut or cut.start() == 0:
        return whole, whole
    return whole, tuple(_base(w) for w in _WORD_RE.findall(low[:cut.start()]) if w not in _FUNCTION_WORDS)


def content_similarity(a_text: str, b_text: str) -> float:
    """Share of content words (0..1) in common in the same order (see content_words).

    An attribution tail is left out when only one of the two has one: a report
    that cut it says the same; two different attributions are not the same wording.
    """
    (a, a_cut), (b, b_cut) = content_words(a_text), content_words(b_text)
    if (a_cut == a) != (b_cut == b):
        a, b = a_cut, b_cut
    if not a or not b:
        return 0.0
    if sorted(w for w in a if w in _NEGATIONS) != sorted(w for w in b if w in _NEGATIONS):
        return 0.0  # one says it is not so
    return Indel.normalized_similarity(a, b)
