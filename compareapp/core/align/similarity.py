"""Informativeness-weighted similarity between sentences, and candidate pairs.

Each compared sentence becomes a set of terms (see normalize.py) weighted by
inverse sentence frequency in THIS folder: a word every report repeats in
every paragraph ("Zelenskyy", "Russia") says little about which sentence is
which; a name, a figure or a rare word says a lot. Similarity is the cosine
of the weight vectors (weights squared emphasise rare terms); containment
(how much of one sentence's weight the other holds) serves merges/splits.

Candidate pairs come from an inverted index of each sentence's rarest terms
(prefix filtering, as in set-similarity joins): the cost follows the number
of pairs that really share informative words, not the square of the folder.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass

from ..progress import CancelToken, ProgressCallback, check, report
from ..settings import EngineSettings
from .normalize import figure_kinds, negated_terms, terms
from .people import who_terms
from .vocabulary import OPPOSITES

_POLAR = frozenset(t for pair in OPPOSITES for t in pair)


@dataclass
class Item:
    """One compared sentence as the aligner sees it."""

    sid: str
    doc: int  # rank of its document among the sorted document ids
    pos: int  # position among the compared sentences of its document
    text: str
    start: int
    words: int
    terms: frozenset[str]
    mass: float = 0.0  # sum of term weights
    norm: float = 0.0  # sqrt of the sum of squared weights
    figures: frozenset[str] = frozenset()  # its number terms ("#12")
    kinds: dict | None = None  # figure term -> what it counts (normalize.figure_kinds)
    polar: frozenset[str] = frozenset()  # its terms that have an opposite (up/down, buy/sell)
    who: frozenset[str] = frozenset()  # terms only naming a person (people.who_terms)
    negated: frozenset[str] = frozenset()  # terms it plainly denies (normalize.negated_terms)
    unsaid: frozenset[str] = frozenset()  # terms anywhere in a negated clause


@dataclass(frozen=True)
class PairScore:
    cosine: float
    contain_a: float  # share of a's weight found in b
    contain_b: float
    shared_terms: int  # terms in common, less those that only name a person
    contrary: bool = False  # opposite terms or a denial (opposite_factor applied)


def build_items(per_doc: list[list[tuple[str, str, int, int]]],
                pseudo_sentences: int = 20) -> tuple[list[Item], dict[str, float]]:
    """Items for (sid, text, start, words) lists per document, and term weights.

    ``pseudo_sentences`` are imaginary sentences that contain none of the
    terms: a folder of three short sentences says little about which words
    are rare, so its weights stay close to uniform, while in a folder of
    hundreds of sentences they follow the folder.
    """
    items = []
    for d, sentences in enumerate(per_doc):
        for pos, (sid, text, start, words) in enumerate(sentences):
            seq = terms(text)
            it = Item(sid, d, pos, text, start, words, frozenset(seq))
            if any(t[0] == "#" for t in seq):
                it.kinds = figure_kinds(seq)
            it.who = who_terms(text)
            it.negated, it.unsaid = negated_terms(text)
            items.append(it)
    df: dict[str, int] = {}
    for it in items:
        for t in it.terms:
            df[t] = df.get(t, 0) + 1
    n = len(items) + pseudo_sentences
    # log(1 + n/df): a term in one sentence of 80 weighs ~4.4, in half of them ~1.1.
    weight = {t: math.log(1.0 + n / c) for t, c in df.items()}
    for it in items:
        it.figures = frozenset(t for t in it.terms if t[0] == "#")
        it.polar = it.terms & _POLAR
        ws = [weight[t] for t in it.terms]
        it.mass = math.fsum(ws)
        it.norm = math.sqrt(math.fsum(w * w for w in ws))
    return items, weight


def _comparable(x: float, y: float, kind: str | None, settings: EngineSettings) -> bool:
    """Two figures close enough to be one quantity reported differently."""
    if kind == "year":
        return abs(x - y) <= settings.figure_discrepancy_years
    low, high = (x, y) if x <= y else (y, x)
    return low > 0 and high <= low * settings.figure_discrepancy_ratio


def differing_figures(a: Item, b: Item, settings: EngineSettings) -> tuple[list[str], list[str], bool]:
    """(a's figures, b's figures) that are one quantity reported differently, and
    whether figures the other lacks are left on both sides beyond those.

    A figure of a that b lacks and one of b that a lacks are one fact with a
    discrepancy (which the link shows) when they count the same kind of thing
    (normalize.figure_kinds: "150 firefighters" / "140 firefighters", "€48m" /
    "£41m", "built in 2018" / "opened in 2019") and are of a size
    (figure_discrepancy_ratio, _years); then a last figure each side whose kind
    is unknown ("rose to eight" / "killed seven workers") when of a size.
    """
    fa = a.figures - b.terms
    if not fa:
        return [], [], False
    fb = b.figures - a.terms
    if not fb:
        return [], [], False
    ka, kb = a.kinds, b.kinds
    left_b = sorted(fb) if len(fb) > 1 else list(fb)
    pa, pb, left_a = [], [], []
    for t in (sorted(fa) if len(fa) > 1 else fa):
        kind = ka[t]
        if kind is not None:
            x = float(t[1:])
            for u in left_b:
                if kb[u] == kind and _comparable(x, float(u[1:]), kind, settings):
                    pa.append(t)
                    pb.append(u)
                    left_b.remove(u)
                    break
            else:
                left_a.append(t)
        else:
            left_a.append(t)
    if len(left_a) == 1 and len(left_b) == 1 and (ka[left_a[0]] is None or kb[left_b[0]] is None) \
            and _comparable(float(left_a[0][1:]), float(left_b[0][1:]), None, settings):
        pa.append(left_a.pop())
        pb.append(left_b.pop())
    else:
        # "Six of the eight defendants were convicted" / "Five of the eight were
        # convicted and three were acquitted": one figure of unknown kind each
        # side is the changed count; the other ("three ... acquitted") counts
        # something else and stays a figure the other lacks
        ua = [t for t in left_a if ka[t] is None]
        ub = [u for u in left_b if kb[u] is None]
        if len(ua) == 1 and len(ub) == 1 and _comparable(float(ua[0][1:]), float(ub[0][1:]), None, settings):
            pa.append(ua[0])
            pb.append(ub[0])
            left_a.remove(ua[0])
            left_b.remove(ub[0])
    return pa, pb, bool(left_a and left_b)


def _opposed(a: Item, b: Item) -> bool:
    """One carries a term and the other its opposite, and neither carries both
    ("rose" / "fell", "approved" / "rejected"): another event."""
    for t in a.polar - b.terms:
        for u in b.polar - a.terms:
            if frozenset((t, u)) in OPPOSITES:
                return True
    return False


def _denied(a: Item, b: Item, common: frozenset[str]) -> bool:
    """One plainly denies what the other says ("unable to turn down the offer" /
    "turned down the offer"); a term the other also negates, however loosely
    ("unless talks resume" / "if talks do not resume"), is no contradiction."""
    return bool(common & ((a.negated - b.unsaid) | (b.negated - a.unsaid)))


def score_pair(a: Item, b: Item, weight: dict[str, float], settings: EngineSettings) -> PairScore:
    """Cosine and containments of two items, with contrary content weighed in:

    - one quantity reported differently (differing_figures) is neither shared
      nor contrary: both figures leave the comparison, and the pair is
      multiplied by differing_figure_factor;
    - other figures each side lacks: another fact, or a changed figure the
      reports do not frame alike (figure_mismatch_factor);
    - opposite terms (opposite_factor).
    """
    common = a.terms & b.terms
    if not common or not a.norm or not b.norm:
        return PairScore(0.0, 0.0, 0.0, 0)
    # fsum: exactly rounded whatever the (hash-seeded) order of the set, so
    # scores are identical from one process to the next
    ws = [weight[t] for t in common]
    s1 = math.fsum(ws)
    s2 = math.fsum(w * w for w in ws)
    a_norm, b_norm, a_mass, b_mass = a.norm, b.norm, a.mass, b.mass
    factor = 1.0
    if a.figures and b.figures:
        pa, pb, rest = differing_figures(a, b, settings)
        if pa:
            a_norm = math.sqrt(max(1e-12, a_norm * a_norm - math.fsum(weight[t] ** 2 for t in pa)))
            b_norm = math.sqrt(max(1e-12, b_norm * b_norm - math.fsum(weight[t] ** 2 for t in pb)))
            a_mass -= math.fsum(weight[t] for t in pa)
            b_mass -= math.fsum(weight[t] for t in pb)
            factor *= settings.differing_figure_factor
        if rest:
            factor *= settings.figure_mismatch_factor
    contrary = a.polar and b.polar and _opposed(a, b) or (a.negated or b.negated) and _denied(a, b, common)
    if contrary:
        factor *= settings.opposite_factor
    cosine = s2 / (a_norm * b_norm) * factor
    # terms that only name a person ("the winger's agent, Pieter de Graaf")
    # say who, not what: they do not count as shared content (min_shared_terms)
    shared = len(common - a.who - b.who) if (a.who or b.who) else len(common)
    return PairScore(cosine, s1 / a_mass, s1 / b_mass, shared, bool(contrary))


def joint_gain(a: Item, b: Item, piece: Item, weight: dict[str, float]) -> float:
    """How much closer a is to b and ``piece`` read as one text than to b alone
    (plain cosines): what a second piece adds to a merged sentence's match."""
    if not a.norm or not b.norm:
        return 0.0
    both = b.terms | piece.terms
    dot_b = math.fsum(weight[t] ** 2 for t in a.terms & b.terms)
    dot_both = math.fsum(weight[t] ** 2 for t in a.terms & both)
    norm_both = math.sqrt(math.fsum(weight[t] ** 2 for t in both))
    return dot_both / (a.norm * norm_both) - dot_b / (a.norm * b.norm)


def scored_pairs(items: list[Item], weight: dict[str, float], settings: EngineSettings,
                 keep_from: float, progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None) -> dict[tuple[int, int], PairScore]:
    """Scores of the pairs (i, j), i < j, of sentences of different documents worth a look.

    Each sentence is indexed by its rarest terms covering ``index_weight_share``
    of its weight. For each sentence, the dot products over those terms with
    every later sentence of another document are accumulated from the posting
    lists; only pairs whose rare shared terms alone reach a cosine of
    ``candidate_prefilter`` are scored exactly, and those scoring ``keep_from`` or more
    are returned. Items must be ordered by document.
    """
    index_share, max_postings = settings.index_weight_share, settings.index_max_postings
    prefilter = settings.candidate_prefilter
    prefix: list[list[str]] = []
    postings: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        if i % 512 == 0:
            check(cancel)
        # rarest first; ties by the term itself so the index never depends on input order
        ranked = sorted(it.terms, key=lambda t: (-weight[t], t))
        covered, goal, chosen = 0.0, index_share * it.mass, []
        for t in ranked:
            chosen.append(t)
            postings.setdefault(t, []).append(i)
            covered += weight[t]
            if covered >= goal:
                break
        prefix.append(chosen)
    # first index of the next document, so a probe skips its own document at once
    next_doc = [0] * len(items)
    end = len(items)
    for i in range(len(items) - 1, -1, -1):
        if i + 1 < len(items) and items[i + 1].doc != items[i].doc:
            end = i + 1
        next_doc[i] = end
    squared = {t: w * w for t, w in weight.items()}
    out: dict[tuple[int, int], PairScore] = {}
    n = len(items)
    for i, it in enumerate(items):
        if i % 256 == 0:
            check(cancel)
            report(progress, i / max(1, n), "comparing sentences")
        acc: dict[int, float] = {}
        first = next_doc[i]
        for t in prefix[i]:
            plist = postings[t]
            if len(plist) > max_postings:
                continue
            w2 = squared[t]
            for j in plist[bisect_left(plist, first):]:
                acc[j] = acc.get(j, 0.0) + w2
        bar = prefilter * it.norm
        for j, dot in acc.items():
            other = items[j]
            if dot >= bar * other.norm:
                s = score_pair(it, other, weight, settings)
                if s.cosine >= keep_from:
                    out[(i, j)] = s
    return out
