"""Publication lines (outlet, author, date, reading time between separators)
are page furniture: shown, never compared, and their date and byline are read."""
import pytest

from compareapp import compare_texts
from compareapp.core.reading import document_from_text
from compareapp.core.reading.metadata import publication_line


@pytest.mark.parametrize("line, expected", [
    ("Harbour Gazette | 4 March 2027", ("2027-03-04", None, "Harbour Gazette")),
    ("Coastwire | March 4, 2027, 17:05 CET", ("2027-03-04", None, "Coastwire")),
    ("**The Ferry Review** · 4 March 2027 · 4 min read", ("2027-03-04", None, "The Ferry Review")),
    ("*By Lena Holm, Harbour Gazette | 4 March 2027*", ("2027-03-04", "Lena Holm", None)),
    ("Coastwire • Business • 2027-03-04", ("2027-03-04", None, "Coastwire")),
    ("Updated 4 March 2027 · Harbour Gazette", ("2027-03-04", None, None)),  # outlet only when it leads
    ("4 March 2027 | Harbour Gazette", ("2027-03-04", None, None)),  # a trailing label may be a section
])
def test_publication_lines(line, expected):
    assert publication_line(line) == expected


@pytest.mark.parametrize("line", [
    "The ferry sailed on 4 March 2027 | the storm had passed.",  # a sentence, not labels
    "Scores | 3-1 | Saturday",  # no date
    "Ferries resumed. | 4 March 2027",
    "Harbour Gazette",
])
def test_not_publication_lines(line):
    assert publication_line(line) is None


def test_publication_lines_are_not_compared_and_give_the_date():
    a = "Ferries resume after storm\n\nHarbour Gazette | 4 March 2027\n\nFerries sailed again on Thursday after two days of storms."
    b = "Storm over, ferries sail\n\nCoastwire | 4 March 2027, 17:05 CET\n\nFerry crossings resumed on Thursday after the storms."
    doc = document_from_text("a.txt", a)
    line = next(s for s in doc.sentences if "Gazette" in s.text)
    assert line.boilerplate and doc.meta.date == "2027-03-04"
    assert doc.meta.outlet == "Harbour Gazette"  # the source list shows who published it
    r = compare_texts({"a.txt": a, "b.txt": b})
    for link in r.links:
        assert "2027" not in r.sentence(link.a).text + r.sentence(link.b).text
