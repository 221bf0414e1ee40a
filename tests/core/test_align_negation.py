"""A sentence that plainly denies what another says reports another fact."""
import pytest

from compareapp import compare_texts
from compareapp.core.align.normalize import negated_terms
from compareapp.core.align.similarity import build_items, score_pair
from compareapp.core.settings import EngineSettings


def _score(a, b):
    items, w = build_items([[("a", a, 0, 1)], [("b", b, 0, 1)]])
    return score_pair(items[0], items[1], w, EngineSettings()).cosine


def test_what_a_sentence_denies():
    assert negated_terms("The council was unable to approve the budget.")[0] == {"approve"}
    assert negated_terms("The port didn't reopen on Monday.")[0] == {"open"}
    # "unless", "no", "without": a looser negation of the clause, no plain denial
    plain, loose = negated_terms("Drivers will strike unless the talks resume.")
    assert plain == frozenset() and "resume" in loose


@pytest.mark.parametrize("denied, affirmed, b", [
    ("The council was unable to approve the new budget for the harbour.",
     "The council was able to approve the new budget for the harbour.",
     "The council approved the new budget for the harbour."),
    ("The ferry company did not cancel the Tuesday crossings to the island.",
     "The ferry company did cancel the Tuesday crossings to the island.",
     "The ferry company cancelled the Tuesday crossings to the island."),
])
def test_a_denial_weighs_against_a_link(denied, affirmed, b):
    assert _score(denied, b) <= 0.5 * _score(affirmed, b) + 1e-9


@pytest.mark.parametrize("a, b", [
    ("Drivers will strike next week unless the pay talks resume.",
     "Drivers will strike next week if pay negotiations do not restart."),
    ("The minister would not comment on the report.", "The minister did not comment on the report."),
])
def test_both_negated_is_no_contradiction(a, b):
    r = compare_texts({"a.txt": a, "b.txt": b})
    assert r.links


REPORT_A = """The harbour board met on Monday to discuss the ferry contract.
Board members were unable to approve the new timetable for the island ferry.
A second vote is planned for next month."""
REPORT_B = """The harbour board discussed the ferry contract on Monday.
Last year the board approved a new timetable for the island ferry within a week.
This time members could not approve the timetable.
Another vote will take place next month."""


def test_the_denial_links_to_the_denial_not_to_the_affirmation():
    r = compare_texts({"a.txt": REPORT_A, "b.txt": REPORT_B})
    a = next(s for s in r.document("a.txt").sentences if "unable" in s.text)
    assert [r.sentence(k.other(a.id)).text[:20] for k in r.links_of(a.id)] == ["This time members co"]
