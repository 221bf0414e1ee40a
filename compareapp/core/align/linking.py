"""Which scored pairs become links.

Per pair of reports, a sentence's counterpart is its best-scoring sentence in
the other report, and the link is kept when the choice is mutual: a union of
one-sided best matches is what lets every weakly related sentence attach to
something. Four exceptions are deliberate:
- merges and splits: when B says in one sentence what A says in two adjacent
  ones, each piece of A is mostly contained in that sentence of B, which is
  the best match of only one of them; a piece that sits next to the best one
  is linked too when it is contained (merge_containment), or half contained
  (merge_piece_containment) and B's sentence matches the two pieces read
  together clearly better than the best one alone (merge_joint_gain);
- repeats: a link at or above strong_threshold is kept whatever is best;
- two one-sentence texts: a sentence that is the other plus a claim of its
  own is not linked (isolated_added_claim); in reports it is;
- context: between weak_link_threshold and link_threshold a mutual best is
  kept only with context: a neighbouring pair (the sentence before or after on each side)
  also scores at least weak_link_threshold. Paraphrases that share few words
  usually sit where the two reports run in parallel; a lone weak mutual best
  is more often a topical coincidence between two sentences nobody else carries.
"""
from __future__ import annotations

from typing import Callable

from ..settings import EngineSettings
from .similarity import Item, PairScore, joint_gain


def _qualifies(a: Item, b: Item, s: PairScore, settings: EngineSettings,
               word_similarity: Callable[[str, str], float]) -> bool:
    """Enough evidence at all: score above threshold and more than one chance word."""
    if s.cosine < min(settings.merge_min_score, settings.weak_link_threshold):
        return False
    if s.shared_terms >= settings.min_shared_terms:
        return True
    # one shared term: only when the sentences are worded alike (short lines, headlines)
    return word_similarity(a.text, b.text) >= settings.shared_threshold


def _adds_a_claim(s: PairScore, settings: EngineSettings) -> bool:
    """One sentence is the other plus a claim of its own ("X" / "X, and Y")."""
    inner, outer = max(s.contain_a, s.contain_b), min(s.contain_a, s.contain_b)
    return inner >= settings.isolated_subset_containment and outer < settings.isolated_added_claim


def select_links(items: list[Item], scored: dict[tuple[int, int], PairScore],
                 settings: EngineSettings, word_similarity: Callable[[str, str], float],
                 weight: dict[str, float]) -> list[tuple[int, int, float]]:
    """(i, j, score) with i < j for the pairs that are links.

    ``word_similarity(a_text, b_text)`` tells near-identical wording (0..1);
    ``weight`` are the term weights of the folder.
    """
    # best[(i, other doc)] = (score, j) over qualified pairs
    best: dict[tuple[int, int], tuple[float, int]] = {}
    qualified: dict[tuple[int, int], PairScore] = {}
    for (i, j), s in scored.items():
        a, b = items[i], items[j]
        if not _qualifies(a, b, s, settings, word_similarity):
            continue
        qualified[(i, j)] = s
        for x, y in ((i, j), (j, i)):
            key = (x, items[y].doc)
            cur = best.get(key)
            # ties go to the earlier sentence id so the choice never depends on input order
            if cur is None or s.cosine > cur[0] or (s.cosine == cur[0] and items[y].sid < items[cur[1]].sid):
                best[key] = (s.cosine, y)

    at = {(it.doc, it.pos): k for k, it in enumerate(items)}
    size: dict[int, int] = {}
    for it in items:
        size[it.doc] = size.get(it.doc, 0) + 1

    def bar(a: Item, b: Item) -> float:
        # Being the mutual best among many sentences is strong evidence; between
        # two one-sentence texts it is no evidence at all, so the bar rises
        # towards isolated_link_threshold as the shorter report gets shorter.
        n = min(size[a.doc], size[b.doc])
        return settings.link_threshold + (settings.isolated_link_threshold - settings.link_threshold) / n

    def context(i: int, j: int) -> bool:
        a, b = items[i], items[j]
        for da in (-1, 1):
            x = at.get((a.doc, a.pos + da))
            if x is None:
                continue
            for db in (-1, 1):
                y = at.get((b.doc, b.pos + db))
                if y is None:
                    continue
                near = scored.get((x, y) if x < y else (y, x))
                if near is not None and near.cosine >= settings.weak_link_threshold:
                    return True
        return False

    def piece(whole: Item, part: Item, other_part: Item, contained: float, contrary: bool) -> bool:
        """part is one piece of a merge that whole carries, other_part its best piece."""
        if abs(other_part.pos - part.pos) > settings.merge_max_gap or contrary:
            return False  # too far, or it says the contrary of the whole
        if contained >= settings.merge_containment:
            return True
        return (contained >= settings.merge_piece_containment
                and joint_gain(whole, other_part, part, weight) >= settings.merge_joint_gain)

    links = []
    for (i, j), s in qualified.items():
        a, b = items[i], items[j]
        bi = best[(i, b.doc)][1]
        bj = best[(j, a.doc)][1]
        keep = False
        if bi == j and bj == i:  # mutual best
            keep = s.cosine >= bar(a, b) or (
                s.cosine >= settings.weak_link_threshold and context(i, j))
            if keep and size[a.doc] == 1 and size[b.doc] == 1:
                keep = not _adds_a_claim(s, settings)
        elif s.cosine >= settings.strong_threshold:
            keep = True  # a repeated sentence
        elif bj == i and bi != j:
            # b's best is a, a's best is another sentence b2 of b's report:
            # b may be one piece of a merge that a carries whole.
            keep = piece(a, b, items[bi], s.contain_b, s.contrary)
        elif bi == j and bj != i:
            keep = piece(b, a, items[bj], s.contain_a, s.contrary)
        if keep:
            links.append((i, j, s.cosine))
    links.sort()
    return links
