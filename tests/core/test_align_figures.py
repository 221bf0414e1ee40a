"""Differing figures between counterparts: one quantity reported differently is
a discrepancy the link shows, not a reason to leave the sentences apart."""
import pytest

from compareapp import compare_texts
from compareapp.core.align.normalize import figure_kinds, terms
from compareapp.core.align.numbers import number_discrepancies
from compareapp.core.align.similarity import build_items, differing_figures
from compareapp.core.align.wordchanges import word_changes
from compareapp.core.settings import EngineSettings


@pytest.mark.parametrize("short, long", [
    ("€48m", "48 million euros"),
    ("£3.5bn", "3.5 billion pounds"),
    ("$20k", "20,000 dollars"),
    ("12m dollars", "12 million dollars"),
    ("2bn", "two billion"),
])
def test_abbreviated_amounts_are_the_same_quantity(short, long):
    assert sorted(terms(f"The bid was {short}.")) == sorted(terms(f"The bid was {long}."))
    a, b = f"The bid was {short}.", f"The bid was {long}."
    assert number_discrepancies(a, b, word_changes(a, b)) == ()


def test_a_letter_after_a_number_is_a_scale_only_next_to_money():
    assert "#100" not in terms("She won the 100m sprint.")  # a distance, not a sum
    assert "#100000000" in terms("She signed for €100m.")


def test_abbreviated_amount_that_differs_is_shown():
    a, b = "The club paid €30m for the goalkeeper.", "The club paid 28 million euros for the goalkeeper."
    assert [(n.a_text, n.b_text) for n in number_discrepancies(a, b, word_changes(a, b))] == [
        ("€30m", "28 million")]  # the sign stays with the figure: pounds and euros must not read alike


def test_a_figure_keeps_its_currency_sign():
    a, b = "The club paid £30m for the striker.", "The club paid €35m for the striker."
    found = number_discrepancies(a, b, word_changes(a, b))
    assert [(n.a_text, n.b_text) for n in found] == [("£30m", "€35m")]
    assert a[found[0].a_start:found[0].a_end] == "£30m"


def test_what_a_figure_counts():
    assert figure_kinds(terms("The bridge, finished in 1998, carries 40,000 cars a day.")) == {
        "#1998": "year", "#40000": "car"}
    assert set(figure_kinds(terms("He earns £2m, about 2.3 million euros.")).values()) == {"money"}
    assert figure_kinds(terms("The toll rose to nine.")) == {"#9": None}


def _items(a, b):
    items, _ = build_items([[("a", a, 0, 1)], [("b", b, 0, 1)]])
    return items


@pytest.mark.parametrize("a, b, paired", [
    ("About 60 volunteers searched the forest.", "More than 70 volunteers searched the forest.", True),
    ("The mill, founded in 1921, closed.", "The mill, set up in 1922, closed.", True),
    ("The town paid €4m for the land.", "The town paid £3.6m for the land.", True),
    # an unknown kind pairs with the one figure left on the other side
    ("The death toll rose to nine.", "Eight miners died in the collapse.", True),
    # far apart: another fact, not a discrepancy
    ("About 60 volunteers searched the forest.", "About 600 volunteers searched the forest.", False),
    ("The mill, founded in 1921, closed.", "The mill, founded in 1957, closed.", False),
    # other things counted
    ("About 60 volunteers searched the forest.", "About 70 dogs searched the forest.", False),
])
def test_one_quantity_reported_differently(a, b, paired):
    x, y = _items(a, b)
    pa, pb, rest = differing_figures(x, y, EngineSettings())
    assert bool(pa) == paired and rest == (not paired)


def test_a_corrected_count_pairs_though_the_update_adds_another_count():
    # the update's "three ... acquitted" counts something else; six/five is the correction
    x, y = _items("Six of the eight defendants were convicted.",
                  "Five of the eight defendants were convicted and three were acquitted.")
    pa, pb, rest = differing_figures(x, y, EngineSettings())
    assert (pa, pb) == (["#6"], ["#5"]) and not rest


REPORT_A = """Heavy snow closed the mountain pass on Sunday, stranding hundreds of drivers.
About 60 volunteers searched the slopes above the village for two missing hikers.
The regional road agency said the pass would stay shut until Wednesday.
Schools in the valley were closed for a second day."""
REPORT_B = """Drivers were stranded on Sunday after heavy snow blocked the mountain pass.
More than 80 volunteers combed the slopes above the village, looking for two hikers.
Schools across the valley stayed closed for another day.
The pass will remain closed until Wednesday, the regional road agency said."""


def test_counterparts_with_a_differing_count_link_and_show_it():
    r = compare_texts({"a.txt": REPORT_A, "b.txt": REPORT_B})
    a = next(s for s in r.document("a.txt").sentences if "volunteers" in s.text)
    b = next(s for s in r.document("b.txt").sentences if "volunteers" in s.text)
    (link,) = [k for k in r.links_of(a.id) if k.other(a.id) == b.id]
    assert [(n.a_text, n.b_text) for n in link.numbers] == [("About 60", "More than 80")]
