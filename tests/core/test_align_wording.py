"""Near-identical wording ("shared") as a reader sees it: the same content words
up to inflection, with or without an attribution one report cut."""
import pytest

from compareapp import compare_texts
from compareapp.core.align.wording import content_similarity


@pytest.mark.parametrize("a, b", [
    # the attribution cut by one report
    ("The bridge will stay closed until the inspection is finished, the city council said.",
     "The bridge will stay closed until the inspection is finished."),
    ('"We will rebuild the school," the mayor said on Monday.', '"We will rebuild the school."'),
    ("The bridge will stay closed until the inspection is finished, according to the council.",
     "The bridge will stay closed until the inspection is finished."),
    # tense, a possessive for a pronoun
    ("Lind's lease on the harbour warehouse ran until 2030.", "His lease on the harbour warehouse runs until 2030."),
    ("The ferry company didn't cancel the crossings.", "The ferry company did not cancel the crossings."),
])
def test_near_identical(a, b):
    assert content_similarity(a, b) >= 0.85
    # inside two reports, the pair links and is classed shared
    r = compare_texts({"a.txt": f"Storms hit the coast overnight.\n\n{a}\n\nRepairs will take weeks.",
                       "b.txt": f"Storms struck the coast in the night.\n\n{b}\n\nRepairs are expected to take weeks."})
    (sa,) = [s for s in r.document("a.txt").sentences if s.text.strip() == a]
    (link,) = r.links_of(sa.id)
    assert r.sentence(link.other(sa.id)).text.strip() == b and link.kind == "shared"


@pytest.mark.parametrize("a, b", [
    ("The minister will attend the summit in Oslo.", "The minister will not attend the summit in Oslo."),
    ("Two people were killed in the blast at the depot.", "Two people died in the blast at the depot."),  # a synonym is a rewording
    # two different attributions are not one wording
    ('"The school will reopen in May," the mayor said.', '"The school will reopen in May," the head teacher said.'),
])
def test_not_near_identical(a, b):
    assert content_similarity(a, b) < 0.85
