"""Common news phrases read as the word they stand for."""
import pytest

from compareapp import compare_texts
from compareapp.core.align.normalize import terms


@pytest.mark.parametrize("a, b", [
    ("her debut", "her first match"),
    ("her debut", "her first game"),
    ("his debut", "his first appearance"),
    ("above the relegation zone", "above the drop zone"),
    ("in the relegation places", "in the relegation zone"),
])
def test_same_term(a, b):
    assert set(terms(a)) == set(terms(b))


def test_first_game_links_to_debut_in_reports():
    a = """The teenager signed for Harlow Rovers on Monday after a medical.
She could make her debut on Saturday.
Tickets for the match have sold out."""
    b = """Harlow Rovers completed the signing of the teenager on Monday after a medical.
She is expected to play her first game for the club on Saturday.
The match is sold out."""
    r = compare_texts({"a.txt": a, "b.txt": b})
    s = next(x for x in r.document("a.txt").sentences if "debut" in x.text)
    assert [r.sentence(k.other(s.id)).text[:20] for k in r.links_of(s.id)] == ["She is expected to p"]
