"""The side-by-side PDF, read back for where each sentence lands: counterparts
on one line whatever order the sources are in, and no half-empty pages."""
from __future__ import annotations

import io
from dataclasses import replace

import pypdf

from compareapp.core.result import Alignment, ComparisonResult, PassageGroup, SourceStats
from compareapp.export import ExportOptions
from compareapp.export.common import build_view
from compareapp.export.pdf import write_pdf
from compareapp.export.pdf_pages import MARGIN_BOTTOM

from .conftest import make_doc


def synthetic(columns: dict[str, list[str]]) -> ComparisonResult:
    """Reports whose sentences are passage names ("p3") or own sentences (""):
    each passage sentence reads "Passage p3 as doc a tells it." so it can be found."""
    docs, members, status = [], {}, {}
    for doc_id, spec in columns.items():
        texts = []
        for i, p in enumerate(spec):
            texts.append(f"Passage {p} as doc {doc_id} tells it." if p else f"Own remark {i} of doc {doc_id}.")
        doc = make_doc(doc_id, [texts])
        docs.append(doc)
        for s, p in zip(doc.sentences, spec):
            status[s.id] = "reworded" if p else "unique"
            if p:
                members.setdefault(p, []).append(s.id)
    groups = tuple(PassageGroup(p, "reworded", tuple(m)) for p, m in members.items())
    stats = {d.id: SourceStats(d.words, 0, d.words // 2, d.words - d.words // 2, None, 0.0) for d in docs}
    return ComparisonResult(tuple(docs), Alignment(groups=groups, status=status, stats=stats))


def columns_pdf(result: ComparisonResult, order: list[str]) -> pypdf.PdfReader:
    view = build_view(result, ExportOptions(layout="columns", exported_at="2025-07-22T09:00:00+00:00"))
    by_id = {src.doc.id: (src, rows) for src, rows in view.reports}
    view = replace(view, reports=[by_id[i] for i in order])  # the order the user ticked them in
    out = io.BytesIO()
    write_pdf(view, out)
    return pypdf.PdfReader(io.BytesIO(out.getvalue()))


def text_positions(page) -> list[tuple[str, float, float]]:
    """(text, x, y) of each piece of text the page draws."""
    found = []

    def visit(text, cm, tm, *_):
        if text.strip():
            found.append((text, cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_text=visit)
    return found


def where(reader: pypdf.PdfReader, words: str) -> tuple[int, float]:
    for n, page in enumerate(reader.pages):
        for text, _, y in text_positions(page):
            if words in text:
                return n, round(y, 1)
    raise AssertionError(f"{words!r} not in the PDF")


def test_counterparts_start_on_one_line_whatever_the_order_of_the_sources():
    # p1 moved to the end of b: only p1 loses its shared line, in either order
    result = synthetic({"a": ["p1", "", "p2", "p3", "", "p4", "p5", "p6"], "b": ["p2", "p3", "p4", "", "p5", "p6", "p1"]})
    for order in (["a", "b"], ["b", "a"]):
        reader = columns_pdf(result, order)
        for p in ("p2", "p3", "p4", "p5", "p6"):
            assert where(reader, f"Passage {p} as doc a") == where(reader, f"Passage {p} as doc b"), (order, p)


def test_a_long_run_of_own_sentences_continues_at_the_foot_of_the_page():
    # a tall shared passage, then a column of own sentences too long for what is
    # left of the page: they start right below it instead of on the next page
    result = synthetic({"a": ["p1"] + [""] * 30 + ["p2"], "b": ["p1", "p2"]})
    long_text = " ".join(["a long shared opening"] * 60) + "."
    docs = list(result.documents)
    docs[0] = make_doc("a", [[f"Passage p1 as doc a {long_text}"] + [s.text for s in docs[0].sentences[1:]]])
    result = replace(result, documents=tuple(docs))
    reader = columns_pdf(result, ["a", "b"])
    first = reader.pages[1]
    assert "Own remark 1 of doc a" in first.extract_text()
    lowest = min(y for text, _, y in text_positions(first) if "Own remark" in text)
    assert lowest < MARGIN_BOTTOM + 40  # the page is filled down to its foot
