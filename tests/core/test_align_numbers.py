"""Figures that differ between counterparts, as a fact-checker reads them."""
import pytest

from compareapp.core.align.numbers import number_discrepancies
from compareapp.core.align.normalize import terms
from compareapp.core.align.wordchanges import word_changes


def _discrepancies(a, b):
    return [(n.a_text, n.b_text) for n in number_discrepancies(a, b, word_changes(a, b))]


@pytest.mark.parametrize("a, b, expected", [
    ("The strike killed at least one person in the port.", "The strike killed three people in the port.",
     [("at least one", "three")]),
    ("More than 1.2 million people have been killed or wounded.",
     "Tens of thousands of people have been killed or wounded.",
     [("More than 1.2 million", "Tens of thousands")]),
    ("Drones hit 10 regions overnight.", "Drones hit ten regions overnight.", []),
    ("The fire destroyed thirty-seven homes.", "The fire destroyed 37 homes.", []),
    ("A 50-day deadline was set.", "A 60-day deadline was set.", [("50", "60")]),
    ("Dozens were injured in the blast.", "Forty were injured in the blast.", []),
    ("Dozens were injured in the blast.", "Three were injured in the blast.", [("Dozens", "Three")]),
    # figures left over on each side that count different things are not a discrepancy
    ("Missiles struck ten regions and killed a guard in the port city.",
     "In the port city a guard was killed and six others were injured by the missiles.", []),
    # a vague estimate put in place of a precise count is
    ("Since the invasion, more than 1.2 million people have been killed or wounded in the war.",
     "The war has led to tens of thousands of deaths since the invasion.",
     [("more than 1.2 million", "tens of thousands")]),
    # ... and figures of the same thing are, even when the sentences are reordered
    ("Missiles struck ten regions overnight, officials said.",
     "Officials said that overnight twelve regions were struck by missiles.", [("ten", "twelve")]),
])
def test_differing_figures(a, b, expected):
    assert _discrepancies(a, b) == expected


def test_offsets_point_at_the_figures():
    a, b = "Police said 12 people were held.", "Police said 15 people were held."
    (n,) = number_discrepancies(a, b, word_changes(a, b, 100, 200), 100, 200)
    assert a[n.a_start - 100:n.a_end - 100] == "12" and b[n.b_start - 200:n.b_end - 200] == "15"


def test_figures_are_one_term_however_written():
    assert terms("two thousand") == terms("2,000") == terms("2000")
    assert terms("1.2 million") == terms("1,200,000")
    assert terms("64%") == terms("64 per cent")
