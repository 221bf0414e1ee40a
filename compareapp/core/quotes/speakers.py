"""One person, one name across all sources.

Full names (two words or more) are clustered by surname spelling (rapidfuzz
ratio from ``EngineSettings.speaker_name_similarity``, on the names as written
or on a transliteration key that makes romanisation variants one: kh/h, zh/z,
ts/c, y/i, accents, doubled letters) when their first names agree (same word,
an initial, or a close spelling): "Volodymyr Zelensky" and
"Volodymyr Zelenskyy" merge, "Hunter Biden" and "Joe Biden" do not. A lone
surname joins the single full-name cluster it fits; when several people share
it, the one named in the same document wins, and otherwise it stays as
written rather than be guessed. The canonical form is the fullest spelling,
the most frequent among equally full ones.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from .lexicon import NAME_PARTICLES

_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _split(name: str) -> tuple[list[str], str]:
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words = words[:-1]
    # lowercase particles belong to the surname: "Ursula von der Leyen" / "von der Leyen"
    k = len(words) - 1
    while k > 0 and words[k - 1] in NAME_PARTICLES:
        k -= 1
    return words[:k], " ".join(words[k:]) if words else ""


# Romanisations of one Cyrillic (or other) spelling differ in a few letter groups:
# х kh/h, ж zh/z, ц ts/tz/c, ш sh/sch, щ shch, ч ch/tch, й and и y/i/ii/j, я ya/ia/ja,
# в v/w, кс ks/x, ф f/ph; written with or without accents and doubled letters.
_ROMANISATION = (("shch", "sc"), ("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("zh", "z"), ("ts", "c"),
                 ("tz", "c"), ("cz", "c"), ("sh", "s"), ("ch", "c"), ("ph", "f"), ("ck", "k"), ("w", "v"),
                 ("x", "ks"), ("y", "i"))
_J_BEFORE_VOWEL_RE = re.compile(r"j(?=[aeiou])")
_DOUBLE_RE = re.compile(r"(.)\1+")


@lru_cache(maxsize=4096)
def transliteration_key(word: str) -> str:
    """One spelling for a name's romanisations: Oleinik, Oliynyk and Oliinyk ->
    "oleinik", "olinik", "olinik"; Abdrakhmanov and Abdrahmanov -> "abdrahmanov"."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    w = _J_BEFORE_VOWEL_RE.sub("i", w)
    for a, b in _ROMANISATION:
        w = w.replace(a, b)
    return _DOUBLE_RE.sub(r"\1", w)


def _close(a: str, b: str, threshold: float) -> bool:
    """Two spellings of one name: close as written, or once their romanisation
    variants are made one (Vadim Oleinik / Vadym Oliynyk)."""
    a, b = a.lower().strip("."), b.lower().strip(".")
    return a == b or fuzz.ratio(a, b) >= threshold \
        or fuzz.ratio(transliteration_key(a), transliteration_key(b)) >= threshold


def _surname_fits(single: str, surname: str, threshold: float) -> bool:
    """A lone word for a surname, with or without its particles ("Leyen", "von der Leyen")."""
    return _close(single, surname, threshold) or _close(single, surname.split()[-1], threshold)


def _first_names_agree(a: list[str], b: list[str], threshold: float) -> bool:
    if not a or not b:
        return True
    x, y = a[0].lower().strip("."), b[0].lower().strip(".")
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    # transliterated first names drift more than surnames (Alexei / Alexey)
    return _close(x, y, threshold - 10)


class SpeakerNames:
    """Collects names as written in each document, then answers canonical names."""

    def __init__(self, threshold: float = 85.0):
        self.threshold = threshold
        self.seen: Counter[str] = Counter()
        self.by_doc: dict[str, set[str]] = {}
        self._clusters: list[dict] | None = None

    def add(self, doc_id: str, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        self.seen[name] += 1
        self.by_doc.setdefault(doc_id, set()).add(name)
        self._clusters = None

    def _build(self) -> list[dict]:
        clusters: list[dict] = []
        full = sorted((n for n in self.seen if len(n.split()) >= 2), key=lambda n: -self.seen[n])
        for name in full:
            first, surname = _split(name)
            for c in clusters:
                if _close(surname, c["surname"], self.threshold) and \
                        _first_names_agree(first, c["first"], self.threshold):
                    c["names"].add(name)
                    if not c["first"]:
                        c["first"] = first
                    break
            else:
                clusters.append({"surname": surname, "first": first, "names": {name}})
        # lone surnames: only join full names; among themselves, merge spellings
        singles = sorted((n for n in self.seen if len(n.split()) == 1), key=lambda n: -self.seen[n])
        for name in singles:
            fits = [c for c in clusters if c["first"] and _surname_fits(name, c["surname"], self.threshold)]
            if len(fits) == 1:
                fits[0]["names"].add(name)
                continue
            if fits:
                continue  # several people share it: decided per document in canonical()
            # family name first ("President Xi" after "Xi Jinping"): an exact first word
            heads = [c for c in clusters if c["first"] and any(n.split()[0] == name for n in c["names"])]
            if len(heads) == 1:
                heads[0]["names"].add(name)
                continue
            for c in clusters:
                if not c["first"] and _surname_fits(name, c["surname"], self.threshold):
                    c["names"].add(name)
                    break
            else:
                clusters.append({"surname": name, "first": [], "names": {name}})
        for c in clusters:
            c["canonical"] = self._fullest(c["names"])
        return clusters

    def _fullest(self, names: set[str]) -> str:
        words = max(len(n.split()) for n in names)
        fullest = [n for n in names if len(n.split()) == words]
        if len(fullest) == 1:
            return fullest[0]
        # equally full spellings: the most frequent spelling of the surname wins, then of the whole
        surnames = Counter()
        for n in names:
            surnames[_split(n)[1]] += self.seen[n]
        return max(fullest, key=lambda n: (surnames[_split(n)[1]], self.seen[n], n))

    def canonical(self, name: str | None, doc_id: str | None = None) -> str | None:
        if not name:
            return name
        name = " ".join(name.split())
        if self._clusters is None:
            self._clusters = self._build()
        for c in self._clusters:
            if name in c["names"]:
                return c["canonical"]
        if len(name.split()) == 1:
            fits = [c for c in self._clusters if c["first"] and _surname_fits(name, c["surname"], self.threshold)]
            if doc_id is not None:
                local = [c for c in fits if c["names"] & self.by_doc.get(doc_id, set())]
                if len(local) == 1:
                    return local[0]["canonical"]
        return name
