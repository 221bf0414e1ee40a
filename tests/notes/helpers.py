"""Small documents and results for the notes tests (no Qt, no engine thresholds)."""
from __future__ import annotations

from compareapp.core.model import Document
from compareapp.core.reading import document_from_text
from compareapp.core.result import Alignment, ComparisonResult, PassageGroup, Quote

REPORT_A = (
    "Ukraine says drones hit an oil depot near Bryansk overnight.\n"
    "The regional governor said three people were injured and two houses damaged.\n"
    "\"We will respond to every attack,\" the defence minister said on Monday.\n"
    "Officials gave no further details about the strike.\n"
)
REPORT_B = (
    "Drones struck an oil depot in the Bryansk region overnight, Ukraine said.\n"
    "Three people were injured, the regional governor said.\n"
    "\"We will respond to every attack,\" the minister told reporters.\n"
)


def result_of(texts: dict[str, str], groups=(), quotes=()) -> ComparisonResult:
    docs = tuple(document_from_text(name, text) for name, text in texts.items())
    return ComparisonResult(documents=docs, alignment=Alignment(groups=tuple(groups)),
                            quotes=tuple(quotes), selected=tuple(d.id for d in docs))


def sentence_id(result: ComparisonResult, doc_id: str, needle: str) -> str:
    doc = result.document(doc_id)
    return next(s.id for s in doc.sentences if needle in s.text)


def quote_in(doc: Document, needle: str, qid: str, cluster: str) -> Quote:
    start = doc.text.index(needle)
    return Quote(id=qid, doc_id=doc.id, start=start, end=start + len(needle), text=needle,
                 speaker="defence minister", cluster=cluster)


def grouped_result(texts: dict[str, str], group_id: str = "g1", quote_cluster: str = "q1"):
    """Both reports with their governor sentences grouped and the minister quoted in each."""
    plain = result_of(texts)
    members = tuple(sentence_id(plain, d.id, "governor") for d in plain.documents)
    quotes = [quote_in(d, "We will respond to every attack,", f"{quote_cluster}-{i}", quote_cluster)
              for i, d in enumerate(plain.documents) if "We will respond" in d.text]
    return result_of(texts, [PassageGroup(group_id, "reworded", members)], quotes)
