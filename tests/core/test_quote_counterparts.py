"""Reworded renderings of one statement group below the usual bar when the rest
of the comparison pairs them: quoted by the same speaker in sentences the
alignment links, each the other's closest wording, sharing two content words
and half the shorter wording's words in order. Two statements of one speaker
on one topic stay apart. Reports are written for these tests."""
import pytest

from compareapp.core.pipeline import compare_texts, restrict_comparison
from compareapp.core.quotes import find_quotes
from compareapp.core.reading import document_from_text
from compareapp.core.settings import EngineSettings

WAREHOUSE = (
    "Fire crews fought the blaze at the Northgate warehouse for nine hours on Sunday. Fire chief Dana Reyes "
    "said the roof collapsed early in the night. “We had to soak the pallets for hours,” Reyes said. Nobody "
    "was hurt, the city said.",
    "A blaze at the Northgate warehouse kept fire crews busy for nine hours on Sunday. The roof fell in early "
    "in the night, fire chief Dana Reyes said. “Our teams had to keep soaking the burning pallets with foam for "
    "hours before anyone could go in,” Reyes told reporters. Nobody was injured, according to the city.",
)

CASES = [
    ("drifted wording, linked sentences, one speaker", WAREHOUSE, "We had to soak", "Our teams had", True),
    ("drifted wording, two speakers",
     (WAREHOUSE[0], WAREHOUSE[1].replace("Reyes told reporters", "deputy chief Omar Lutz told reporters")),
     "We had to soak", "Our teams had", False),
    ("one speaker, one topic, other statement",
     ("Finance Minister Ola Berg presented the budget on Tuesday. Berg said spending on schools would rise. "
      "“The economy will grow by two percent this year,” Berg said. The opposition called the budget weak.",
      "Finance Minister Ola Berg unveiled the budget on Tuesday. Spending on schools will go up, Berg said. "
      "“The economy is in better shape than a year ago,” Berg said. The opposition said the budget was weak."),
     "The economy will", "The economy is", False),
    ("one speaker, one topic word shared",
     ("Transport Minister Eva Lind visited the Kessel bridge on Friday after the flood. “The bridge will "
      "reopen on Monday,” Lind said. Repairs cost 2 million euros.",
      "Transport Minister Eva Lind inspected the Kessel bridge on Friday after the flood. “The bridge is safe "
      "for traffic,” Lind said. The repairs cost 2 million euros."),
     "The bridge will", "The bridge is", False),
    ("one speaker, one frame, other claim",
     ("Prime Minister Rui Costa spoke in parliament on Wednesday. “We have no plans to raise taxes,” Costa "
      "told lawmakers. The debate lasted four hours.",
      "Prime Minister Rui Costa addressed parliament on Wednesday. “We have no plans to cut spending,” Costa "
      "told lawmakers. The debate went on for four hours."),
     "We have no plans to raise", "We have no plans to cut", False),
    ("fragment in a linked sentence, one speaker",
     ("Rovers signed striker Leo Brandt from Ostmark on Friday. “He is strong, he is calm and he finishes "
      "chances — just what this squad lacked,” coach Mia Ford said of the new striker. Brandt joins on a "
      "three-year deal.",
      "Rovers have signed striker Leo Brandt from Ostmark. Coach Mia Ford said the new striker was “just what "
      "this squad lacked.” Brandt signs a three-year deal."),
     "He is strong", "just what this squad", True),
]


def _cluster(result, doc, snippet):
    [q] = [q for q in result.quotes if q.doc_id == doc and q.text.startswith(snippet)]
    return q.cluster


@pytest.mark.parametrize("texts,a,b,together", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_counterparts_group_only_when_the_comparison_pairs_them(texts, a, b, together):
    result = compare_texts({"a.txt": texts[0], "b.txt": texts[1]})
    assert (_cluster(result, "a.txt", a) == _cluster(result, "b.txt", b)) is together


def test_without_an_alignment_the_usual_bar_holds():
    docs = tuple(document_from_text(n, t) for n, t in zip(("a.txt", "b.txt"), WAREHOUSE))
    quotes, _ = find_quotes(docs, EngineSettings())
    assert len({q.cluster for q in quotes}) == 2


def test_a_restricted_comparison_keeps_the_grouping():
    third = "Firefighters were still at the Northgate warehouse on Monday morning, the city said."
    result = compare_texts({"a.txt": WAREHOUSE[0], "b.txt": WAREHOUSE[1], "c.txt": third})
    restricted = restrict_comparison(result, ("a.txt", "b.txt"))
    assert _cluster(restricted, "a.txt", "We had to soak") == _cluster(restricted, "b.txt", "Our teams had")
