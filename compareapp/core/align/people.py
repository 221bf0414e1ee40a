"""Who a sentence names, as opposed to what it reports.

"The winger's agent, Pieter de Graaf, said ..." and "Hrytsenko's agent,
Pieter de Graaf, earns ..." name the same man and report different things.
A person's name, title and apposition are rare words, so on word overlap
alone they make two such sentences look alike. The terms of those spans are
the sentence's *who* terms; they do not count as shared content when two
sentences must share more than a chance word (min_shared_terms).

A person is named with a title ("Avanhard president Vadym Oliynyk",
quotes/mentions.name_runs) or with a phrase set off by commas that says who
they are ("The winger's agent, Pieter de Graaf,"; "Marat Dzhunusov, the
company's chief executive,"). A capitalised run with neither ("Northfield
United", "Leon Barros") may be a club, a place or a person, and is left as
content.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..quotes.lexicon import TITLES
from ..quotes.mentions import is_title, name_runs
from .normalize import terms

# "The winger's agent, Pieter de Graaf," : a title phrase set off before the name
_APPOSED_BEFORE_RE = re.compile(r"((?:[\w’'\-]+\s+){0,3}[\w’'\-]+),\s*$")
# "Marat Dzhunusov, the company's chief executive," : after it
_APPOSED_AFTER_RE = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+([\w’'\- ]{2,50}?)\s*[,;.]")
# "the winger's agent", "the company's chief executive": someone's role
_POSSESSIVE_RE = re.compile(r"(?:(?:the|a|an|his|her|its|their)\s+)?[\w\-]+[’']s?\s+(?:[\w\-]+\s+)?[\w\-]+",
                            re.IGNORECASE)


def _describes(phrase: str) -> bool:
    """A phrase set off by commas next to a name that says who the person is:
    a title ("the prime minister") or someone's something ("the winger's agent")."""
    return is_title(phrase.split()[-1]) or bool(_POSSESSIVE_RE.fullmatch(phrase))


# Cheap test for a sentence that may name a titled person: a capitalised word
# next to a comma (an apposition), or a title before a capitalised word. Most
# sentences have neither and skip the name reading.
_NAME = r"[A-Z][\w’'\-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w’'\-]+)+"
_APPOSITION_RE = re.compile(rf",\s+{_NAME},|{_NAME},\s+(?:the|a|an|his|her|its|their)\s")
_BEFORE_CAPITAL_RE = re.compile(r"([A-Za-z][\w\-.]*)\s+[A-Z]")


def _may_name_someone(text: str) -> bool:
    if _APPOSITION_RE.search(text):
        return True
    return any(w.lower() in TITLES or w.lower().rstrip("s") in TITLES
               for w in _BEFORE_CAPITAL_RE.findall(text))


@lru_cache(maxsize=1 << 15)
def who_terms(text: str) -> frozenset[str]:
    """Terms that occur in the sentence only inside the naming of a person."""
    if not _may_name_someone(text):
        return frozenset()
    spans = []
    for m in name_runs(text, 0, len(text)):
        if m.kind != "person":
            continue
        a, b = m.start, m.end
        titled = bool(m.role)
        before = _APPOSED_BEFORE_RE.search(text, max(0, a - 60), a)
        if before and _describes(before.group(1)):
            a, titled = before.start(1), True
        after = _APPOSED_AFTER_RE.match(text, b)
        if after and _describes(after.group(1)):
            b, titled = after.end(1), True
        if titled:
            spans.append((a, b))
    if not spans:
        return frozenset()
    inside: set[str] = set()
    rest, last = [], 0
    for a, b in spans:
        inside.update(terms(text[a:b]))
        rest.append(text[last:a])
        last = b
    rest.append(text[last:])
    return frozenset(inside.difference(terms(" ".join(rest))))
