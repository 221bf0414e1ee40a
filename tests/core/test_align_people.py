"""The same person named in two sentences is who, not what: a link needs shared
content beyond the person's name, title and apposition."""
import pytest

from compareapp import compare_texts
from compareapp.core.align.people import who_terms
from compareapp.core.align.normalize import terms


@pytest.mark.parametrize("text, who", [
    ("The mayor's spokeswoman, Ilse Brandt, said the bridge would reopen.", "mayor spokeswoman Ilse Brandt"),
    ("Fire chief Tomas Lind closed the road on Sunday.", "Fire chief Tomas Lind"),
    ("Jonas Berg, the airline's chief pilot, was not on board.", "Jonas Berg airline chief pilot"),
])
def test_who_a_sentence_names(text, who):
    assert who_terms(text) == frozenset(terms(who))


@pytest.mark.parametrize("text", [
    "After the company's results, Jane Doe said profits rose.",  # not an apposition of hers
    "Lindqvist Shipping closed its yard in Bergen.",  # a capitalised run with no title: may be a firm
    "The storm closed the port on Sunday.",
])
def test_no_titled_person(text):
    assert who_terms(text) == frozenset()


def test_a_word_used_outside_the_naming_is_content():
    # "port" names his job and is also what was closed
    assert "port" not in who_terms("Port director Tomas Lind closed the port on Sunday.")


A = """Storms closed the northern ferry routes for a second day on Monday.
The harbour authority's spokesman, Anders Voll, said the crossings would resume when the wind dropped below gale force.
About 2,000 passengers were waiting in the terminal overnight.
Engineers were checking the ramps for damage."""
B = """Ferry crossings in the north were cancelled again on Monday because of storms.
The harbour authority's spokesman, Anders Voll, was seen leaving a meeting with the operators in the evening.
Some 2,000 travellers spent the night in the terminal.
The operators expect to publish a new timetable on Wednesday."""


def test_one_person_doing_two_things_does_not_link():
    r = compare_texts({"a.txt": A, "b.txt": B})
    a = next(s for s in r.document("a.txt").sentences if "Voll" in s.text)
    b = next(s for s in r.document("b.txt").sentences if "Voll" in s.text)
    assert b.id not in [k.other(a.id) for k in r.links_of(a.id)]
    # the rest of the reports still pair up
    assert len(r.links) >= 2


def test_one_person_doing_the_same_thing_links():
    a = A
    b = B.replace("was seen leaving a meeting with the operators in the evening",
                  "said crossings would resume once the wind dropped below gale force")
    r = compare_texts({"a.txt": a, "b.txt": b})
    s = next(x for x in r.document("a.txt").sentences if "Voll" in x.text)
    assert [r.sentence(k.other(s.id)).text[:30] for k in r.links_of(s.id)] == [
        "The harbour authority's spokes"]
