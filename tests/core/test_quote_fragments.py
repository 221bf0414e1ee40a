"""A fragment (a partial quotation) joins the full statement it comes from in
another report: when it carries most of the statement's weight, whatever its
own sentence says; when it is short, only if its sentence brings the rest of
the statement. Reports are written for these tests."""
import pytest

from compareapp.core.quotes import find_quotes
from compareapp.core.reading import document_from_text
from compareapp.core.settings import EngineSettings


def _groups(texts):
    docs = tuple(document_from_text(f"{chr(97 + i)}.txt", t) for i, t in enumerate(texts))
    quotes, _ = find_quotes(docs, EngineSettings())
    return quotes


def _cluster(quotes, doc, snippet):
    [q] = [q for q in quotes if q.doc_id == doc and snippet in q.text]
    return q.cluster


CASES = [
    ("most of the statement, another sentence around it",
     "“We want a keeper who can win a match by himself,” coach Ana Ruiz said on Monday.",
     "Ruiz told a radio station that the club had found “a keeper who can win a match by himself.”",
     "a keeper who", True),
    ("the statement without its subject, a name around it",
     "“Stefan was our first target all summer,” chairman Lee Park said.",
     "Park said the striker “was our first target all summer” and thanked the board.",
     "was our first target", True),
    ("found through the fragment's own rare words",
     "“The mill passed its last hygiene audit in April with no serious objections,” owner Jo Tamm said.",
     "Tamm said the mill had passed its audit in April “with no serious objections.”",
     "with no serious objections", True),
    ("two common words in a sentence about something else",
     "“Our nurses are exhausted and the wards need more money,” union leader Eva Holt said.",
     "Fans were “exhausted” after the long final, the club said.",
     "exhausted", False),
    ("three words of a longer statement, sentence about something else",
     "“The council will build new homes, new schools and new roads in the north by 2030,” mayor Ian Cole said.",
     "The developer promised “new schools” for the estate, a spokesman said.",
     "new schools", False),
]


@pytest.mark.parametrize("full,fragment_report,snippet,joined", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fragment_joins_the_statement_it_comes_from(full, fragment_report, snippet, joined):
    quotes = _groups([full, fragment_report])
    fragment = [q for q in quotes if q.doc_id == "b.txt" and snippet in q.text]
    assert fragment and fragment[0].partial
    [statement] = [q for q in quotes if q.doc_id == "a.txt"]
    assert (fragment[0].cluster == statement.cluster) is joined
