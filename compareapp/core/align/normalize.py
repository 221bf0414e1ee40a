"""From a sentence to the terms that similarity is computed on.

A reader does not see a difference between “quotes” and "quotes", between an
em dash and a hyphen, between "Talks" and "talks", between "ten" and "10", or
between "negotiations" and "negotiating". So terms are lowercased, typography
is unified, number words become digits, and words are cut to a short stem.
Function words are dropped: they say nothing about what a sentence reports.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .vocabulary import SYMBOLS, join_phrases, stem_table

_UNIFY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                        "’": "'", "‚": "'", "`": "'", "–": "-", "—": "-", "‐": "-",
                        "‑": "-", "−": "-"})
_WORD_RE = re.compile(r"[^\W_]+(?:['\-.,][^\W_]+)*", re.UNICODE)
_DIGITS_RE = re.compile(r"^\d+(?:[.,]\d+)*$")

# Words a sentence of any topic uses; they never make two sentences counterparts.
STOPWORDS = frozenset("""
a an the and or but nor so yet if then than that this these those there here of in on at to
for from by with without into onto over under about after before between during against
through across among around as is are was were be been being am do does did done have has had
having will would shall should can could may might must it its it's he she they we i you him
her them us me his hers their theirs our ours your my mine who whom whose which what when where
why how not no also just only very more most less least such other another any some each every
all both either neither own same too up down out off again further once s t don't didn't
doesn't isn't aren't wasn't weren't won't can't said says say saying told tells according
while since until because although though however amid upon within per via one's
""".split())

# Number words, so that "ten" and "10" are the same term.
_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
NUMBER_WORDS = {**_UNITS, **_TENS}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "mln": 1_000_000,
          "billion": 1_000_000_000, "bn": 1_000_000_000, "trillion": 1_000_000_000_000}

# Terms are cut to this many characters after a light suffix strip: cheap
# stemming that joins negotiations/negotiating, Ukraine/Ukrainian,
# official/officials without a dictionary. Six keeps most distinct words apart.
STEM_LENGTH = 6


def unify(text: str) -> str:
    """Lowercase with unified quotes, apostrophes and dashes (NFKC first)."""
    return unicodedata.normalize("NFKC", text).translate(_UNIFY).lower()


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4:
        if word.endswith("ies"):
            word = word[:-3] + "y"
        elif word.endswith("sses"):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    return word[:STEM_LENGTH]


@lru_cache(maxsize=1 << 16)
def number_value(word: str) -> float | None:
    """The value of a numeral written in digits or as a single number word."""
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if _DIGITS_RE.match(word):
        digits = word.replace(",", "")
        if word.count(",") and "." not in word and all(len(g) == 3 for g in word.split(",")[1:]):
            return float(digits)
        try:
            return float(word.replace(",", "."))
        except ValueError:
            return None
    return None


def _number_term(value: float) -> str:
    return "#" + (str(int(value)) if value == int(value) else repr(round(value, 6)))


_VOCABULARY: tuple | None = None  # built on first use: stem() is defined above


def _vocabulary() -> tuple[dict[str, str], frozenset[str]]:
    """(stem -> synonym group name, dropped words) of vocabulary.py."""
    global _VOCABULARY
    if _VOCABULARY is None:
        _VOCABULARY = stem_table(stem)
    return _VOCABULARY


@lru_cache(maxsize=1 << 16)
def _term(word: str) -> str:
    canon = _vocabulary()[0]
    if not word.isascii():
        # Hrubý / Hruby, Erdoğan / Erdogan: English copy often drops the accents
        word = "".join(c for c in unicodedata.normalize("NFKD", word)
                       if not unicodedata.combining(c)) or word
    s = stem(word)
    return canon.get(s, s)


def terms(text: str) -> list[str]:
    """The informative terms of a text, in order (repeats kept).

    A run of numerals and scales becomes one figure: "two thousand", "2,000"
    and "2000" are the same term, as are "1.2 million" and "1,200,000";
    "thirty-seven" is 37. "%" reads as "percent". Everyday news synonyms
    ("killed"/"died", "step down"/"resign") become one term and attribution
    verbs and hedges are dropped (vocabulary.py).
    """
    text = unify(text).translate(SYMBOLS).replace("per cent", "percent")
    dropped = _vocabulary()[1]
    words: list[str] = []
    for m in _WORD_RE.finditer(text):
        # face-to-face, Russia-Ukraine: the parts carry the meaning
        words.extend(w for w in m.group().split("-") if w)
    words = join_phrases(words)
    out: list[str] = []
    value: float | None = None  # the figure being read
    for word in words:
        v = number_value(word)
        if v is not None:
            if value is not None and word in NUMBER_WORDS and value >= 20 and value % 10 == 0 and v < 10:
                value += v  # "thirty seven"
            else:
                if value is not None:
                    out.append(_number_term(value))
                value = v
            continue
        if word in SCALES:
            value = (value if value is not None else 1.0) * SCALES[word]
            continue
        if value is not None:
            out.append(_number_term(value))
            value = None
        if word not in STOPWORDS and word not in dropped:
            out.append(_term(word))
    if value is not None:
        out.append(_number_term(value))
    return out
