"""The quotation finder against the hand-annotated seeds (tests/data/seeds-quotes.json).

Our own scorer of the metric the project is held to: every annotated unit is
matched one-to-one to a found unit of the same report whose words contain it
(or that it contains, for at least half of its length); recall and precision
count matches, speaker accuracy counts matched units whose speaker is the
annotated person (by canonical name, an alias, or the same surname), and
grouping compares the pairs of units of different reports put in one group
(pairs of clusters annotated as only "related" are not judged).
"""
import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest

from compareapp.core.quotes import find_quotes
from compareapp.core.reading import load_folder
from compareapp.core.settings import EngineSettings

ROOT = Path(__file__).resolve().parents[2]
_TYPO = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_TYPO).lower()
    return " ".join(text.split()).strip(" ,.;:\"'")


def _same_words(gold: str, found: str) -> bool:
    return bool(gold) and (gold in found or (found and found in gold and 2 * len(found) >= len(gold)))


def _speaker_ok(gold_unit, found_speaker, people) -> bool:
    if not found_speaker:
        return False
    accepted = {gold_unit["speaker"], *gold_unit.get("also_accept", [])}
    said = _norm(found_speaker)
    for person in accepted:
        forms = [person, *people.get(person, [])]
        if said in {_norm(f) for f in forms}:
            return True
        if said.split()[-1] in {_norm(f).split()[-1] for f in forms}:
            return True
    return False


def score(gold, quotes):
    units = gold["quotes"]
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for gi, g in enumerate(units):
        want = _norm(g["text"])
        for qi, q in enumerate(quotes):
            if qi not in taken and q.doc_id.endswith(g["doc"]) and _same_words(want, _norm(q.text)):
                matched[gi] = qi
                taken.add(qi)
                break
    speakers = sum(1 for gi, qi in matched.items()
                   if _speaker_ok(units[gi], quotes[qi].speaker, gold["speakers"]))
    related = {frozenset((a, b)) for a, c in gold["clusters"].items() for b in c.get("related", [])}
    same_gold, same_found = set(), set()
    for a, b in itertools.combinations(sorted(matched), 2):
        ga, gb = units[a], units[b]
        if ga["doc"] == gb["doc"] or frozenset((ga["cluster"], gb["cluster"])) in related:
            continue
        if ga["cluster"] == gb["cluster"]:
            same_gold.add((a, b))
        qa, qb = quotes[matched[a]], quotes[matched[b]]
        if qa.cluster is not None and qa.cluster == qb.cluster:
            same_found.add((a, b))
    both = len(same_gold & same_found)
    return {
        "recall": len(matched) / len(units),
        "precision": len(taken) / len(quotes) if quotes else 0.0,
        "speaker": speakers / len(units),
        "group_recall": both / len(same_gold) if same_gold else 1.0,
        "group_precision": both / len(same_found) if same_found else 1.0,
    }


@pytest.fixture(scope="module")
def seeds_result():
    load = load_folder(str(ROOT / "seeds"))
    return find_quotes(load.documents, EngineSettings())


def test_seed_quotations_meet_the_bar(seeds_result):
    gold = json.loads((ROOT / "tests/data/seeds-quotes.json").read_text(encoding="utf-8"))
    quotes, _ = seeds_result
    got = score(gold, quotes)
    assert got["recall"] >= 0.95, got
    assert got["precision"] >= 0.95, got
    assert got["speaker"] >= 0.9, got
    assert got["group_recall"] >= 0.9, got
    assert got["group_precision"] >= 0.9, got


def test_scorer_notices_a_wrong_result(seeds_result):
    """The scorer can fail: dropping groups and speakers must sink the figures."""
    from dataclasses import replace

    gold = json.loads((ROOT / "tests/data/seeds-quotes.json").read_text(encoding="utf-8"))
    quotes, _ = seeds_result
    broken = [replace(q, speaker=None, cluster=None) for q in quotes[::2]]
    got = score(gold, broken)
    assert got["recall"] < 0.6 and got["speaker"] < 0.6 and got["group_recall"] < 0.5


def test_seed_groups_carry_variants_and_flags(seeds_result):
    quotes, groups = seeds_result
    by_id = {g.id: g for g in groups}
    for q in quotes:
        assert q.cluster in by_id
        assert q.id in {i for v in by_id[q.cluster].variants for i in v.quote_ids}
    for g in groups:
        assert sum(len(v.quote_ids) for v in g.variants) == sum(1 for q in quotes if q.cluster == g.id)
        counts = [len(v.quote_ids) for v in g.variants]
        full = [v for v in g.variants if not all(next(q for q in quotes if q.id == i).partial
                                                   for i in v.quote_ids)]
        if full:
            assert len(full[0].quote_ids) == max(len(v.quote_ids) for v in full)
        assert counts
        for v in g.variants[1:]:
            if v in full:
                assert v.changes, f"{v.text!r} differs from {g.variants[0].text!r} with no changes"
