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

from ..model import CJK_CHARS
from .vocabulary import CURRENCIES, SYMBOLS, join_phrases, stem_table

_UNIFY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                        "’": "'", "‚": "'", "`": "'", "–": "-", "—": "-", "‐": "-",
                        "‑": "-", "−": "-"})
# Chinese and Japanese write no spaces: a run of Han or kana is a whole
# clause, not a word. Such runs are cut into overlapping character pairs, the
# usual index terms for these scripts (most words are two characters), so two
# reports that share words share terms. CJK is kept out of the word class.
CJK = CJK_CHARS  # the same letters the word counter counts one by one (model.count_words)
_WORD_RE = re.compile(rf"[^\W_{CJK}]+(?:['\-.,][^\W_{CJK}]+)*|[{CJK}]+", re.UNICODE)
CJK_RE = re.compile(rf"[{CJK}]")


def cjk_pairs(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]
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


# Amounts abbreviated as news copy does: "€48m", "$5bn", "£41m", "48m euros",
# "3bn": the letter is the scale word. "m" and "k" only next to a currency
# ("a 100m sprint" is a distance); "bn" and "mln" always.
SCALES_OF_LETTERS = {"m": "million", "mn": "million", "mln": "million", "k": "thousand",
                  "b": "billion", "bn": "billion", "tn": "trillion"}
_CURRENCY_WORDS = "|".join(sorted(CURRENCIES, key=len, reverse=True))
ABBREVIATED_AMOUNT_RE = re.compile(
    rf"(?:(?<=[$€£¥])|(?<=[$€£¥]\s))(\d+(?:[.,]\d+)*)\s?(mln|mn|bn|tn|m|k|b)\b"
    rf"|\b(\d+(?:[.,]\d+)*)(mln|mn|bn|tn|m|k|b)(?=\s+(?:{_CURRENCY_WORDS})s?\b)"
    rf"|\b(\d+(?:[.,]\d+)*)(bn|mln)\b", re.IGNORECASE)


def _spell_scale(m: re.Match) -> str:
    number = m.group(1) or m.group(3) or m.group(5)
    letters = (m.group(2) or m.group(4) or m.group(6)).lower()
    return f"{number} {SCALES_OF_LETTERS[letters]}"


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


_HAS_DIGIT_LETTER_RE = re.compile(r"\d\s?(?:mln|mn|bn|tn|m|k|b)\b")
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


_CURRENCY_TERMS: frozenset[str] | None = None


def figure_kinds(seq: list[str]) -> dict[str, str | None]:
    """What each figure term of a term sequence (``terms``) counts, as a reader sorts
    figures: "money" (a currency next to it: "€48m", "45 million euros"),
    "year" (a whole number 1800-2100: "built in 2018"), else the term after it
    ("150 firefighters" -> the firefighters' term), else None (unknown)."""
    global _CURRENCY_TERMS
    if _CURRENCY_TERMS is None:
        _CURRENCY_TERMS = frozenset(_term(w) for w in CURRENCIES)
    kinds: dict[str, str | None] = {}
    last = len(seq) - 1
    for k, t in enumerate(seq):
        if t[0] != "#" or t in kinds:
            continue
        before = seq[k - 1] if k else ""
        after = seq[k + 1] if k < last else ""
        value = float(t[1:])
        if before in _CURRENCY_TERMS or after in _CURRENCY_TERMS:
            kinds[t] = "money"
        elif value.is_integer() and 1800 <= value <= 2100:
            kinds[t] = "year"
        elif after and after[0] != "#":
            kinds[t] = after
        else:
            kinds[t] = None
    return kinds


def terms(text: str) -> list[str]:
    """The informative terms of a text, in order (repeats kept).

    A run of numerals and scales becomes one figure: "two thousand", "2,000"
    and "2000" are the same term, as are "1.2 million" and "1,200,000";
    "thirty-seven" is 37. "%" reads as "percent". Everyday news synonyms
    ("killed"/"died", "step down"/"resign") become one term and attribution
    verbs and hedges are dropped (vocabulary.py).
    """
    text = unify(text)
    if _HAS_DIGIT_LETTER_RE.search(text):
        text = ABBREVIATED_AMOUNT_RE.sub(_spell_scale, text)
    text = text.translate(SYMBOLS).replace("per cent", "percent")
    dropped = _vocabulary()[1]
    words: list[str] = []
    cjk: list[str] = []
    for m in _WORD_RE.finditer(text):
        if CJK_RE.match(m.group()):
            cjk.extend(cjk_pairs(m.group()))
            continue
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
    return out + cjk


# A statement and its negation: "unable to turn down the offer" / "turned down
# the offer". After "not", "never", "unable to", "failed to" ... the first
# content term is what is denied (the verb); "no", "unless", "without",
# "neither" ... deny more loosely, up to the end of the clause.
_NEGATION_RE = re.compile(
    r"(?:\b(?P<narrow>not|never|cannot|unable to|failed to|fails to|fail to)|(?P<nt>n't)"
    r"|\b(?:no|nor|neither|unless|without|no longer))\b(?P<rest>[^,;:.!?\"()]*)")
_NEGATION_HINTS = ("no", "n't", "never", "unable", "fail", "unless", "without", "neither")


def negated_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(terms a sentence plainly denies, terms anywhere in a negated clause)."""
    low = unify(text)
    if not any(h in low for h in _NEGATION_HINTS):
        return frozenset(), frozenset()
    narrow: set[str] = set()
    broad: set[str] = set()
    for m in _NEGATION_RE.finditer(low):
        clause = terms(m.group("rest"))
        broad.update(clause)
        if m.group("narrow") or m.group("nt"):
            narrow.update(clause[:1])
    return frozenset(narrow), frozenset(broad)
