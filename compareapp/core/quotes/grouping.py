"""Grouping quotation units of different sources that render the same statement.

Two full units are compared by IDF-weighted overlap of their content words
(Dice) blended with rapidfuzz's ratio of their wording: the first survives
reworded verbs ("achieve"/"secure"), the second rewards the same frame of
words; alone, the ratio would join different statements that share a frame.
A fragment (partial quotation) joins a full statement only when every content
word of it is there AND either it carries most of the statement's weight, or
the sentence it is quoted in shares words with the rest of that statement:
"lasting peace" inside a sentence about a meeting of leaders joins the
statement about a leadership meeting, not any statement that mentions peace.

Counterparts (counterparts.py: one speaker, sentences the alignment links)
may group below the usual bar when the wordings drifted (context_pairs).

Candidates come from an inverted index on the rarest content words of each
wording (and of each fragment, looking both ways), so the cost grows with the
matches, not with all pairs. Merging is greedy by decreasing score and never
puts two different statements of one document together; only real repeats of
a document share a group.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..progress import check
from ..align.normalize import CJK, CJK_RE, cjk_pairs

STOPWORDS = frozenset("""a an the and or but if then than that this these those there here of in on
at to for from by with without about into onto over under as is are was were be been being am do
does did doing have has had having will would shall should must can could may might it its it's
they them their we us our you your he him his she her i me my not no nor so too very just also
all any both each few more most other some such only own same s t don now what which who whom
whose when where why how up down out off again further once because while during before after
above below between through until against per via""".split())
_WORD_RE = re.compile(rf"[^\W_{CJK}]+|[{CJK}]+", re.UNICODE)


def words_of(text: str) -> list[str]:
    """Words; a run of Han or kana (no spaces between words) as its character
    pairs, as the alignment reads it (align.normalize)."""
    out = []
    for w in _WORD_RE.findall(text.lower()):
        out.extend(cjk_pairs(w) if CJK_RE.match(w) else (w,))
    return out


def stem(word: str) -> str:
    """Crude but language-light: a word's first six letters (leaders ~ leadership)."""
    return word[:6]


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words_of(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())}


def wording_key(text: str) -> str:
    return " ".join(words_of(text))


@dataclass
class Unit:
    index: int
    doc_id: str
    quotation: int  # index of its quotation, global
    start: int
    end: int
    text: str
    partial: bool
    context: str  # the words of its sentence outside the quotation marks (for fragments)
    stems: set[str] = field(default_factory=set)
    context_stems: set[str] = field(default_factory=set)
    key: str = ""

    def __post_init__(self) -> None:
        self.stems = content_stems(self.text)
        self.context_stems = content_stems(self.context) - self.stems
        self.key = wording_key(self.text)


class Idf:
    def __init__(self, texts):
        df: Counter[str] = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(content_stems(t))
        self.n, self.df = n, df

    def __call__(self, s: str) -> float:
        return math.log((self.n + 1) / (self.df.get(s, 0) + 1)) + 1.0

    def weight(self, stems) -> float:
        return sum(self(s) for s in stems)


def _near_identical(a: Unit, b: Unit, settings) -> bool:
    return fuzz.ratio(a.key, b.key) >= 100 * settings.quote_repeat_similarity


def full_similarity(a: Unit, b: Unit, idf: Idf, wording_weight: float = 0.4) -> float:
    wa, wb = idf.weight(a.stems), idf.weight(b.stems)
    dice = 2 * idf.weight(a.stems & b.stems) / (wa + wb) if wa + wb else 0.0
    return (1 - wording_weight) * dice + wording_weight * fuzz.ratio(a.key, b.key) / 100.0


def fragment_inside(p: Unit, u: Unit, settings) -> bool:
    """Every content word of fragment p is in full unit u, or p stands in u
    near-identically spelled (quote_repeat_similarity)."""
    if p.stems and p.stems <= u.stems:
        return True
    return len(p.key) >= 4 and fuzz.partial_ratio(p.key, u.key) >= 100 * settings.quote_repeat_similarity


def fragment_support(p: Unit, u: Unit, idf: Idf, settings) -> float:
    """How well a fragment p fits inside full unit u (0 when some word is missing,
    unless its words stand in u near-identically spelled: quote_repeat_similarity).
    A fragment that carries most of the statement's weight is that statement
    ("a player who can change a game" of "We need a player who can change a
    game"); a smaller one needs the words of its own sentence to bring the rest."""
    if not fragment_inside(p, u, settings):
        return 0.0
    rest = u.stems - p.stems
    if not rest:
        return 1.0
    if len(p.stems) >= settings.quote_fragment_cover_words \
            and idf.weight(p.stems & u.stems) >= settings.quote_fragment_cover * idf.weight(u.stems):
        return 1.0
    return idf.weight(p.context_stems & rest) / idf.weight(rest)


def pair_score(a: Unit, b: Unit, idf: Idf, settings) -> float:
    if a.partial and b.partial:
        ratio = fuzz.ratio(a.key, b.key) / 100.0
        return ratio if ratio >= settings.quote_fragment_similarity else 0.0
    if a.partial or b.partial:
        p, u = (a, b) if a.partial else (b, a)
        support = fragment_support(p, u, idf, settings)
        # scale so that the partial threshold maps onto the group threshold
        return settings.quote_group_threshold * support / settings.quote_fragment_support \
            if support > 0 else 0.0
    return full_similarity(a, b, idf, settings.quote_wording_weight)


def context_pairs(units: list[Unit], bucket_of: list[int], idf: Idf, settings,
                  counterparts, found: set[tuple[int, int]]) -> list[tuple[float, int, int]]:
    """Pairs (score, bucket, bucket) of counterparts (units of different reports
    that one speaker says in sentences the alignment links) that score under the
    group threshold: a reworded statement ("We had to cool them for hours." /
    "Our crews had to cool the stacks for hours") from quote_context_threshold
    when each is the other's closest wording in the other report and they share
    two content words and keep half the words of the shorter in order, so that
    two statements of one speaker on one topic ("The bridge will reopen on
    Monday" / "The bridge is safe for traffic") stay apart; a fragment whose
    words are all in the statement, when no other counterpart statement of that
    report holds them."""
    full_of: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        if not u.partial:
            full_of[u.doc_id].append(u)
    best: dict[tuple[int, str], int] = {}

    def closest(a: Unit, doc: str) -> int:
        key = (a.index, doc)
        if key not in best:
            best[key] = max(full_of[doc], key=lambda x: (full_similarity(a, x, idf, settings.quote_wording_weight),
                                                         -x.index)).index
        return best[key]

    holders: dict[tuple[int, str], list[int]] = defaultdict(list)  # fragment, report -> statements holding it
    for i, j in counterparts:
        a, b = units[i], units[j]
        if a.partial != b.partial:
            p, u = (a, b) if a.partial else (b, a)
            if fragment_inside(p, u, settings):
                holders[(p.index, u.doc_id)].append(u.index)
    out = []
    for i, j in counterparts:
        a, b = units[i], units[j]
        bi, bj = sorted((bucket_of[i], bucket_of[j]))
        if bi == bj or (bi, bj) in found or a.partial and b.partial:
            continue
        if a.partial or b.partial:
            p, u = (a, b) if a.partial else (b, a)
            if holders.get((p.index, u.doc_id)) == [u.index]:
                out.append((settings.quote_context_threshold, bi, bj))
            continue
        score = full_similarity(a, b, idf, settings.quote_wording_weight)
        if settings.quote_context_threshold <= score < settings.quote_group_threshold \
                and len(a.stems & b.stems) >= 2 and common_order(a.key, b.key) >= settings.quote_context_order \
                and closest(a, b.doc_id) == b.index and closest(b, a.doc_id) == a.index:
            out.append((score, bi, bj))
    return out


def common_order(a: str, b: str) -> float:
    """Share of the shorter wording's words that the other has in the same order
    (longest common subsequence): "he is brave and he scores … what we have"."""
    x, y = a.split(), b.split()
    if not x or not y:
        return 0.0
    if len(x) > len(y):
        x, y = y, x
    row = [0] * (len(y) + 1)
    for wx in x:
        prev = 0
        for k, wy in enumerate(y, start=1):
            cur = row[k]
            row[k] = prev + 1 if wx == wy else max(row[k], row[k - 1])
            prev = cur
    return row[-1] / len(x)


def group_units(units: list[Unit], idf: Idf, settings, cancel=None, counterparts=()) -> list[list[int]]:
    """Clusters of unit indexes; each unit is in exactly one cluster.

    Full units with the same wording start as one bucket (a statement quoted
    word for word by 200 reports is compared once); fragments stay single, as
    each is judged with its own sentence.
    """
    buckets: list[list[int]] = []
    by_key: dict[str, int] = {}
    for u in units:
        if u.partial or not u.key:
            buckets.append([u.index])
            continue
        b = by_key.get(u.key)
        if b is None:
            by_key[u.key] = len(buckets)
            buckets.append([u.index])
        else:
            buckets[b].append(u.index)
    reps = [units[b[0]] for b in buckets]

    index: dict[str, list[int]] = defaultdict(list)
    for bi, rep in enumerate(reps):
        for st in rep.stems:
            index[st].append(bi)
    pairs: list[tuple[float, int, int]] = []

    def consider(bi: int, bj: int) -> None:
        rep, other = reps[bi], reps[bj]
        if other.doc_id == rep.doc_id and len(buckets[bi]) == 1 and len(buckets[bj]) == 1 \
                and not _same_doc_repeat(rep, other, idf, settings):
            return
        score = pair_score(rep, other, idf, settings)
        if score >= settings.quote_group_threshold:
            pairs.append((score, bi, bj))

    rare = [sorted(rep.stems, key=lambda st: (len(index[st]), st))[:settings.quote_lookup_terms] for rep in reps]
    for bi, rep in enumerate(reps):
        if bi % 256 == 0:
            check(cancel)
        seen: set[int] = set()
        for st in rare[bi]:
            postings = index[st]  # ascending
            for bj in postings[bisect_right(postings, bi):]:
                if bj not in seen:
                    seen.add(bj)
                    consider(bi, bj)
        if rep.partial:
            # a fragment's rare words ("serious remarks") need not be among the rarest of
            # the statement holding it: look back through them too
            seen = set()
            for st in rare[bi]:
                postings = index[st]
                for bj in postings[:bisect_left(postings, bi)]:
                    if bj not in seen and rep.stems.isdisjoint(rare[bj]):  # else found from bj
                        seen.add(bj)
                        consider(bj, bi)
    if counterparts:
        bucket_of = [0] * len(units)
        for bi, b in enumerate(buckets):
            for k in b:
                bucket_of[k] = bi
        pairs.extend(context_pairs(units, bucket_of, idf, settings, counterparts, {(a, b) for _, a, b in pairs}))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))

    cluster_of = list(range(len(buckets)))  # bucket -> cluster
    cluster_buckets: dict[int, list[int]] = {i: [i] for i in range(len(buckets))}
    docs: dict[int, dict[str, list[int]]] = {}  # cluster -> report -> units
    for i, b in enumerate(buckets):
        d: dict[str, list[int]] = {}
        for k in b:
            d.setdefault(units[k].doc_id, []).append(k)
        docs[i] = d
    has_full = {i: not reps[i].partial for i in range(len(buckets))}
    for _, bi, bj in pairs:
        ci, cj = cluster_of[bi], cluster_of[bj]
        if ci == cj:
            continue
        if has_full[ci] and has_full[cj] and (reps[bi].partial or reps[bj].partial):
            continue  # a fragment never bridges two full statements
        if not _compatible(docs[ci], docs[cj], units, idf, settings):
            continue
        if len(cluster_buckets[ci]) < len(cluster_buckets[cj]):
            ci, cj = cj, ci
        for b in cluster_buckets[cj]:
            cluster_of[b] = ci
        cluster_buckets[ci].extend(cluster_buckets.pop(cj))
        for doc, ks in docs.pop(cj).items():
            docs[ci].setdefault(doc, []).extend(ks)
        has_full[ci] = has_full[ci] or has_full.pop(cj)
    clusters = [sorted(k for b in bs for k in buckets[b]) for bs in cluster_buckets.values()]
    return sorted(clusters, key=lambda m: m[0])


def _same_doc_repeat(a: Unit, b: Unit, idf: Idf, settings) -> bool:
    if a.partial and not b.partial or b.partial and not a.partial:
        p, u = (a, b) if a.partial else (b, a)
        return p.quotation != u.quotation and \
            fragment_support(p, u, idf, settings) >= settings.quote_fragment_support
    return a.quotation != b.quotation and _near_identical(a, b, settings)


def _compatible(a: dict[str, list[int]], b: dict[str, list[int]], units, idf, settings) -> bool:
    """Two clusters may merge unless a report has different statements in them."""
    if len(a) > len(b):
        a, b = b, a
    for doc, xs in a.items():
        ys = b.get(doc)
        if not ys:
            continue
        for x in xs:
            for y in ys:
                if not _same_doc_repeat(units[x], units[y], idf, settings):
                    return False
    return True
