"""Word files: body in document order, tables read as layout or as rows, no headers or footers."""
from __future__ import annotations

import pytest

docx = pytest.importorskip("docx")

from compareapp.core.pipeline import compare_loaded  # noqa: E402
from compareapp.core.reading import load_folder, read_file  # noqa: E402

LEAD = "KYIV — Russian strikes killed 15 people overnight, regional officials said on Monday."


def _table(d, rows):
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def _read(tmp_path, d, name="report.docx"):
    d.save(tmp_path / name)
    doc = read_file(str(tmp_path / name), str(tmp_path))
    assert doc.format == "docx", doc
    return doc


def _rows(doc):
    """(kind, compared, text) of every paragraph."""
    return [(p.kind, not p.boilerplate, doc.text[p.start:p.end]) for p in doc.paragraphs]


def test_a_data_table_gives_one_line_per_row_in_document_order(tmp_path):
    d = docx.Document()
    d.add_heading("Strikes on Kharkiv", level=1)
    d.add_paragraph(LEAD)
    _table(d, [["Region", "Killed", "Injured"], ["Kharkiv", "12", "40"], ["Odesa", "3", ""], ["", "15", "40"]])
    d.add_paragraph("Rescue work continued into the evening.")
    doc = _read(tmp_path, d)
    assert doc.text.splitlines() == [
        "Strikes on Kharkiv", LEAD,
        "| Region | Killed | Injured |", "| Kharkiv | 12 | 40 |", "| Odesa | 3 | |", "| | 15 | 40 |",
        "Rescue work continued into the evening."]
    assert _rows(doc)[2:6] == [
        ("table-row", True, "| Region | Killed | Injured |"), ("table-row", True, "| Kharkiv | 12 | 40 |"),
        ("table-row", True, "| Odesa | 3 | |"),
        ("table-row", False, "| | 15 | 40 |")]  # figures without a label: shown, not compared
    # a row is one sentence, whatever full stops its cells hold
    row_sentences = [s.text for s in doc.sentences if s.text.startswith("|")]
    assert row_sentences == doc.text.splitlines()[2:6]
    assert doc.meta.title == "Strikes on Kharkiv" and doc.meta.place == "KYIV"


def test_a_table_row_of_prose_is_compared_and_its_figures_checked(tmp_path):
    """Two outlets carry the same table with one differing figure: the rows link
    and the figure shows as differing, as in prose."""
    for name, killed in (("a.docx", "12"), ("b.docx", "14")):
        d = docx.Document()
        d.add_paragraph(LEAD)
        _table(d, [["Region", "Killed", "Note"],
                   ["Kharkiv region", killed, "Strike on a residential block near the station"]])
        d.save(tmp_path / name)
    result = compare_loaded(load_folder(str(tmp_path)))
    a, b = result.documents
    row_a = next(s for s in a.sentences if "Kharkiv region" in s.text)
    row_b = next(s for s in b.sentences if "Kharkiv region" in s.text)
    link = next(link for link in result.alignment.links if {link.a, link.b} == {row_a.id, row_b.id})
    assert link.numbers  # 12 against 14


def test_a_layout_table_reads_as_ordinary_paragraphs(tmp_path):
    d = docx.Document()
    d.add_paragraph("Headline outside the frame")
    frame = _table(d, [["KYIV — Ukraine has offered new talks with Russia. The Kremlin did not respond.",
                        "Analysis"]])
    frame.cell(0, 0).add_paragraph("Officials in Moscow said they would study the offer. Talks could start soon.")
    one_column = _table(d, [["“We are ready,” Zelenskyy said."], ["Fighting continued in the east."]])
    assert one_column is not None
    doc = _read(tmp_path, d)
    assert doc.text.splitlines() == [
        "Headline outside the frame",
        "KYIV — Ukraine has offered new talks with Russia. The Kremlin did not respond.",
        "Officials in Moscow said they would study the offer. Talks could start soon.",
        "Analysis", "“We are ready,” Zelenskyy said.", "Fighting continued in the east."]
    assert "table-row" not in {p.kind for p in doc.paragraphs}
    assert [s.text for s in doc.sentences][1:4] == ["KYIV —", "Ukraine has offered new talks with Russia.",
                                                    "The Kremlin did not respond."]


def test_merged_and_nested_cells(tmp_path):
    d = docx.Document()
    d.add_paragraph(LEAD)
    table = _table(d, [["Casualties", "", ""], ["Donetsk", "Kramatorsk", "5"], ["", "Sloviansk", "2"]])
    table.cell(0, 0).merge(table.cell(0, 2))  # a title row across the table
    table.cell(1, 0).merge(table.cell(2, 0))  # a region over two rows
    table.cell(0, 0).text = "Casualties by town"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "city"
    inner.cell(0, 1).text = "centre"
    table.cell(2, 2).add_paragraph("provisional")
    doc = _read(tmp_path, d)
    assert doc.text.splitlines()[1:] == [
        "Casualties by town",  # one filled cell: plain text, a heading here
        "| Donetsk | Kramatorsk / city / centre | 5 |",
        "| | Sloviansk | 2 / provisional |"]  # the merged region is shown once
    assert doc.paragraphs[1].kind == "heading"


def test_headers_and_footers_never_enter_the_text(tmp_path):
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "The Daily Example — Monday edition"
    section.footer.paragraphs[0].text = "Page 1 of 2 · © The Daily Example"
    header_table = section.header.add_table(1, 2, docx.shared.Inches(4))
    header_table.cell(0, 0).text = "Running header table"
    d.add_paragraph(LEAD)
    doc = _read(tmp_path, d)
    assert doc.text == LEAD


def test_content_controls_are_read(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_paragraph(LEAD)
    d.element.body.insert(1, parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Officials gave no other details.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    doc = _read(tmp_path, d)
    assert doc.text.splitlines() == [LEAD, "Officials gave no other details."]


def test_a_file_without_tables_reads_as_before(tmp_path):
    """Notes are anchored by offsets: a plain Word file must keep the same text."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_heading("Ukraine offers talks", level=1)
    for line in (LEAD, "", "“We are ready,”\u00a0Zelenskyy  said.", "Talks could start next week."):
        d.add_paragraph(line)
    mixed = d.add_paragraph("Figures:")
    mixed.add_run().add_tab()
    mixed.add_run("12 dead")
    mixed.add_run().add_break()
    mixed.add_run("40 hurt, see ")
    mixed._p.append(parse_xml(f'<w:hyperlink {nsdecls("w")}><w:r><w:t>the map</w:t></w:r></w:hyperlink>'))
    mixed.add_run(".")
    doc = _read(tmp_path, d)
    assert "Figures: 12 dead 40 hurt, see the map." in doc.text
    expected = [" ".join(p.text.replace("\u00a0", " ").split()) for p in docx.Document(tmp_path / "report.docx").paragraphs]
    assert doc.text == "\n".join(line for line in expected if line)
    assert doc.meta.title == "Ukraine offers talks"


def test_markdown_table_rows_are_read_the_same_way():
    from compareapp.core.reading import document_from_text

    text = ("Strikes on Kharkiv\n" + LEAD + "\n| Region | Killed |\n|:---|---:|\n| Kharkiv | 12 |\n"
            "| Share | Email |\nRescue work continued into the evening.")
    doc = document_from_text("a.md", text)
    assert _rows(doc)[2:6] == [("table-row", True, "| Region | Killed |"), ("table-row", False, "|:---|---:|"),
                               ("table-row", True, "| Kharkiv | 12 |"),
                               ("table-row", False, "| Share | Email |")]  # page furniture in cells
