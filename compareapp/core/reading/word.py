"""Word files (.docx) -> (text, metadata).

The body is read in document order, paragraphs and tables interleaved, with
content controls opened. Headers, footers, footnotes and comments live in
other parts of the file and never enter the text: a running "Page 2" or the
paper's name must not be compared as reporting.

A table is read as layout (its paragraphs as prose) or as data (a line per
row, ``| Kharkiv | 12 | 40 |``) by the rules in tables.py, which web pages share.
"""
from __future__ import annotations

import io

from ..model import DocumentMeta
from .formats import Unreadable, _real_title
from .tables import is_layout, row_lines


def _clean_line(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


class _Reader:
    def __init__(self):
        from docx.oxml.ns import qn

        self.p, self.tbl, self.tr, self.tc = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
        self.r, self.t, self.link = qn("w:r"), qn("w:t"), qn("w:hyperlink")
        self.tc_pr, self.v_merge, self.val = qn("w:tcPr"), qn("w:vMerge"), qn("w:val")
        # run content python-docx renders itself (tab, line break ...): see text()
        self.special = {qn(f"w:{tag}") for tag in ("br", "cr", "noBreakHyphen", "ptab", "tab")}
        # wrappers whose children are paragraphs and tables again
        self.wrappers = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")}
        self.first_p = None  # the paragraph element the first line came from

    def blocks(self, container):
        """Paragraph and table elements of a body or cell, in document order."""
        for child in container.iterchildren():
            if child.tag in (self.p, self.tbl):
                yield child
            elif child.tag in self.wrappers:
                yield from self.blocks(child)

    def lines(self, container, flat: bool = False) -> list[str]:
        """The lines a body or cell gives: its paragraphs, and its tables read
        as layout or as rows; ``flat``: a table's cells as lines, for a table
        inside a cell of a row."""
        out: list[str] = []
        for block in self.blocks(container):
            if block.tag == self.p:
                line = _clean_line(self.text(block))
                if line:
                    if self.first_p is None:
                        self.first_p = block
                    out.append(line)
            elif flat:
                out.extend(line for row in self.cells(block) for tc in row if tc is not None
                           for line in self.lines(tc, flat=True))
            else:
                out.extend(self.table(block))
        return out

    def text(self, p) -> str:
        """python-docx's paragraph text, ``p.text``, without its XPath query per
        paragraph and per run (two thirds of the reading time of a table):
        runs of plain text are joined here, any other run is left to python-docx."""
        parts = []
        for child in p.iterchildren(self.r, self.link):
            if child.tag != self.r or any(e.tag in self.special for e in child.iterchildren()):
                parts.append(child.text)
            else:
                parts.extend(t.text or "" for t in child.iterchildren(self.t))
        return "".join(parts)

    def cells(self, tbl):
        """The cells of a table, row by row; a vertically merged cell shows its
        text once, in its first row (None below)."""
        return [[None if self.merged_above(tc) else tc for tc in tr.iterchildren(self.tc)]
                for tr in tbl.iterchildren(self.tr)]

    def merged_above(self, tc) -> bool:
        """<w:vMerge/> or <w:vMerge w:val="continue"/>: the cell continues the one above."""
        pr = tc.find(self.tc_pr)
        merge = pr.find(self.v_merge) if pr is not None else None
        return merge is not None and merge.get(self.val, "continue") == "continue"

    def table(self, tbl) -> list[str]:
        grid = self.cells(tbl)
        rows = [[[] if tc is None else self.lines(tc, flat=True) for tc in row] for row in grid]
        if is_layout(rows):
            return [line for row in grid for tc in row if tc is not None for line in self.lines(tc)]
        return row_lines(rows)


def read_docx(data: bytes) -> tuple[str, DocumentMeta]:
    """The text of a Word file, one paragraph or table row per line; the title
    from its properties or the Title style of its first paragraph."""
    import docx
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        title = document.core_properties.title
        reader = _Reader()
        lines = reader.lines(document.element.body)
        styled_title = None
        # a style lookup walks the style sheet: only the first paragraph needs one
        if reader.first_p is not None and lines and lines[0] == _clean_line(reader.text(reader.first_p)):
            style = Paragraph(reader.first_p, document).style
            if style is not None and style.name in ("Title", "Heading 1"):
                styled_title = lines[0]
    except Exception:  # noqa: BLE001 - zip, XML and package errors all mean the same to a user
        raise Unreadable("Word file is damaged") from None
    if not lines:
        raise Unreadable("Word file has no text")
    return "\n".join(lines), DocumentMeta(title=_real_title(title) or styled_title)
