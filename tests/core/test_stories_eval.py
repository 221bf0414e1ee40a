"""The stories of tests/data/stories/ (reports written for this purpose, gold
annotated before the engine first ran on them) stay at least where
benchmarks/stories_eval.py measured them: a regression guard for alignment and
quotations on whole folders beside the samples. The engine has since been
improved with the misses of the first two in view, so they are no longer held
out; the benchmark's docstring records which figures were measured blind.
Floors sit a little below the measured figures; raise them when the engine
improves."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("stories_eval", ROOT / "benchmarks" / "stories_eval.py")
stories_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(stories_eval)

# story: (alignment floors, quotation floors); counts are "at least n of the gold's".
# Quotation floors raised after the quotation rules of 7a5af93..2a93662 (measured:
# fire 1.000 on every quotation figure; transfer 1.000 but grouping recall 0.789).
# Alignment floors raised after the alignment rules of 1dcdff4..ae71c31 (measured:
# fire recall 0.785, precision 1.000, F1 0.880, 7/7, 25/25, 2/2; transfer recall
# 0.735, precision 0.983, F1 0.841, 11/11, 23/23, 14/14).
FLOORS = {
    "pavlodar-plant-fire": (
        dict(recall=0.76, precision=0.97, f1=0.85, distinct_kept=7, unique_ok=25, shared_ok=2),
        dict(recall=0.96, precision=0.96, speaker=0.96, group_recall=0.9, group_precision=0.95),
    ),
    "brasov-mayor-verdict": (
        dict(recall=0.87, precision=0.97, f1=0.92, distinct_kept=8, unique_ok=12, shared_ok=20),
        dict(recall=0.96, precision=0.96, speaker=0.96, group_recall=0.95, group_precision=0.95),
    ),
    "hrytsenko-transfer": (
        dict(recall=0.71, precision=0.95, f1=0.81, distinct_kept=11, unique_ok=23, shared_ok=14),
        dict(recall=0.96, precision=0.96, speaker=0.96, group_recall=0.73, group_precision=0.95),
    ),
}


@pytest.fixture(scope="module")
def scored():
    return {folder.name: stories_eval.evaluate(folder) for folder in stories_eval.story_dirs()}


def test_every_story_has_floors_and_well_formed_gold():
    folders = stories_eval.story_dirs()
    assert sorted(f.name for f in folders) == sorted(FLOORS)
    for folder in folders:
        alignment, quotes = stories_eval.load_gold(folder)
        names = set(alignment["docs"].values())
        assert names == {p.name for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html", ".docx")}
        assert 4 <= len(names) <= 5, folder.name
        assert {q["doc"] for q in quotes["quotes"]} <= names
        for unit in quotes["quotes"]:
            assert unit["cluster"] in quotes["clusters"]
            assert unit["speaker"] is None or unit["speaker"] in quotes["speakers"]


@pytest.mark.parametrize("story", sorted(FLOORS))
def test_story_alignment_stays_above_its_floor(scored, story):
    alignment, _, _ = scored[story]
    assert not [m for m in alignment["misses"] if m.startswith("snippet not found")], alignment["misses"]
    floors, _ = FLOORS[story]
    got = {k: alignment[k] for k in floors}
    assert all(got[k] >= floor for k, floor in floors.items()), (got, floors)


@pytest.mark.parametrize("story", sorted(FLOORS))
def test_story_quotations_stay_above_their_floor(scored, story):
    _, quotes, _ = scored[story]
    floors = FLOORS[story][1]
    got = {k: quotes[k] for k in floors}
    assert all(got[k] >= floor for k, floor in floors.items()), (got, floors)


def test_scorer_notices_a_wrong_result():
    """The scorer can fail: a result with no passage groups, no speakers and no
    quote groups must sink recall, speaker accuracy and grouping."""
    folder = stories_eval.STORIES / "pavlodar-plant-fire"
    gold_alignment, gold_quotes = stories_eval.load_gold(folder)
    result = json.loads(json.dumps(stories_eval.run_engine(folder)))
    result["groups"] = []
    for q in result["quotes"]:
        q["speaker"], q["cluster"] = "Nobody", None
    alignment = stories_eval.score_alignment(gold_alignment, result)
    quotes = stories_eval.score_quotes(gold_quotes, result)
    assert alignment["recall"] == 0 and alignment["f1"] == 0
    assert quotes["speaker"] < 0.1 and quotes["group_recall"] == 0
