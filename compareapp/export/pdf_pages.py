"""Pages of the PDF report: header, footer with "page N of M", a cursor that
breaks pages, simple tables, and the two kinds of PDF annotation we write."""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas

from .common import ANNOTATION_COLORS, STATUS_COLORS, ReportView, hex_rgb
from .pdf_text import BOLD, FONT, Line, Run, draw_line, fit_line, register_fonts, text_width, wrap

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 42.0, 52.0, 44.0
GREY = "#5f6368"
# The painted colour is what prints and what every viewer shows; the annotation
# over it is mostly for the comment list, so it is drawn very lightly (viewers
# such as poppler always paint highlights from /QuadPoints, multiplying colours).
HIGHLIGHT_OPACITY = 0.12
# Viewers draw a note's icon at their own size, about 20-24 pt whatever its /Rect
# (poppler 24): icons are stacked this far apart and a block is never shorter.
ICON_STEP = 24.0


class _Highlight(pdfdoc.HighlightAnnotation):
    permitted = pdfdoc.HighlightAnnotation.permitted + ("CA",)


@dataclass
class Cell:
    runs: list[Run]
    bg: str | None = None
    align: str = "left"


@dataclass
class PageWriter:
    out: object  # a binary file
    view: ReportView
    size_name: str = "A4"
    page: int = 0
    landscape: bool = False
    y: float = 0.0
    highlights: int = 0
    note_annotations: set = field(default_factory=set)
    _title: tuple[float, Line] | None = None

    def __post_init__(self) -> None:
        register_fonts()
        self.stamp = _pdf_date(self.view.exported_at)
        self.c = canvas.Canvas(self.out, pagesize=self._size(), initialFontName=FONT,
                               initialFontSize=9, pageCompression=1)
        self.c.setTitle(f"Comparison report: {self.view.title}")
        self.c.setAuthor("compareapp")
        self.c.setCreator(f"compareapp {self.view.version}")
        self.c.setSubject(f"{len(self.view.sources)} sources compared, exported {self.view.exported_at}")

    # --- geometry ---------------------------------------------------------------
    def _size(self):
        base = A4 if self.size_name == "A4" else letter
        return landscape(base) if self.landscape else base

    @property
    def width(self) -> float:
        return self._size()[0]

    @property
    def height(self) -> float:
        return self._size()[1]

    @property
    def left(self) -> float:
        return MARGIN_X

    @property
    def right(self) -> float:
        return self.width - MARGIN_X

    @property
    def top(self) -> float:
        return self.height - MARGIN_TOP

    @property
    def bottom(self) -> float:
        return MARGIN_BOTTOM

    # --- pages -------------------------------------------------------------------
    def new_page(self, landscape_page: bool | None = None) -> None:
        if self.page:
            self.c.showPage()
        if landscape_page is not None:
            self.landscape = landscape_page
        self.c.setPageSize(self._size())
        self.page += 1
        self._furniture()
        self.y = self.top

    def need(self, height: float) -> bool:
        """Start a new page unless ``height`` fits; True when it did."""
        if self.y - height < self.bottom:
            self.new_page()
            return True
        return False

    def _furniture(self) -> None:
        c, v = self.c, self.view
        if self._title is None or self._title[0] != self.width:  # the same on every page of a width
            self._title = (self.width, fit_line([Run(v.title, bold=True, color=GREY)], self.width / 2, 8))
        draw_line(c, self._title[1], self.left, self.height - 30, 8)
        c.setFillColorRGB(*hex_rgb(GREY))
        c.setFont(FONT, 7.5)
        c.drawRightString(self.right, self.height - 30, f"compareapp {v.version} · exported {v.exported_at}")
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.setLineWidth(0.5)
        c.line(self.left, self.height - 35, self.right, self.height - 35)
        # the legend on every page, so a single forwarded page still reads
        x = self.left
        c.setFont(FONT, 7)
        for status, label in (("shared", "shared"), ("reworded", "reworded"), ("unique", "own")):
            c.setFillColorRGB(*hex_rgb(STATUS_COLORS[status]))
            c.rect(x, 24, 9, 7, stroke=0, fill=1)
            c.setFillColorRGB(*hex_rgb(GREY))
            c.drawString(x + 12, 25, label)
            x += 18 + text_width(label, FONT, 7)
        c.setFont(BOLD, 7)
        c.drawString(x + 4, 25, "changed words")
        label = f"page {self.page} of "
        lx = self.right - text_width(label, FONT, 7.5) - 16
        c.setFont(FONT, 7.5)
        c.setFillColorRGB(*hex_rgb(GREY))
        c.drawString(lx, 25, label)
        c.saveState()
        c.translate(lx + text_width(label, FONT, 7.5), 25)
        c.doForm("pagecount")  # filled in at the end, once the total is known
        c.restoreState()

    def finish(self) -> None:
        c = self.c
        c.showPage()
        c.beginForm("pagecount")
        c.setFont(FONT, 7.5)
        c.setFillColorRGB(*hex_rgb(GREY))
        c.drawString(0, 0, str(self.page))
        c.endForm()
        c.beginForm("no-appearance", 0, 0, 1, 1)
        c.endForm()
        c.save()

    def bookmark(self, title: str) -> None:
        """An entry in the viewer's outline (sidebar) pointing at the current page."""
        key = f"section-{self.page}-{len(title)}-{id(title)}"
        self.c.bookmarkPage(key)
        self.c.addOutlineEntry(title, key, level=0)

    # --- text --------------------------------------------------------------------
    def lines(self, runs: list[Run], width: float, size: float) -> list[Line]:
        return wrap(runs, width, size)

    def draw_lines(self, lines: list[Line], x: float, y_top: float, size: float, leading: float,
                   align: str = "left", width: float = 0.0) -> float:
        """Draw lines from ``y_top`` down; returns the y below the last line."""
        y = y_top
        for line in lines:
            y -= leading
            dx = (width - line.width) if align == "right" else \
                ((width - line.width) / 2 if align == "center" else line.dx)
            draw_line(self.c, line, x + dx, y + (leading - size) * 0.5 + size * 0.22, size)
        return y

    def paragraph(self, runs: list[Run], size: float = 9.0, leading: float | None = None,
                  x: float | None = None, width: float | None = None, space_after: float = 4.0) -> None:
        leading = leading or size * 1.35
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        lines = wrap(runs, width, size)
        for line in lines:
            self.need(leading)
            self.y = self.draw_lines([line], x, self.y, size, leading)
        self.y -= space_after

    def heading(self, text: str, size: float = 13.0, space_before: float = 8.0) -> None:
        self.need(size * 1.4 + space_before + 40)  # never a heading alone at a page's foot
        self.y -= space_before
        self.paragraph([Run(text, bold=True)], size=size, space_after=4)

    # --- annotations -----------------------------------------------------------------
    def highlight(self, boxes: list[tuple[float, float, float, float]], status: str, contents: str) -> None:
        """One /Highlight annotation over several line boxes (x0, y0, x1, y1)."""
        quads: list[float] = []
        for x0, y0, x1, y1 in boxes:
            quads += [x0, y1, x1, y1, x0, y0, x1, y0]  # TL, TR, BL, BR as Acrobat writes them
        rect = [min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes)]
        ap = pdfdoc.PDFDictionary({"N": pdfdoc.PDFObjectReference(pdfdoc.xObjectName("no-appearance"))})
        annot = _Highlight(rect, contents, quads, list(hex_rgb(ANNOTATION_COLORS[status])),
                           T=pdfdoc.PDFString(f"compareapp: {status}"), CA=HIGHLIGHT_OPACITY, AP=ap,
                           **({"M": pdfdoc.PDFString(self.stamp)} if self.stamp else {}))
        self.c._addAnnotation(annot, None, 1)
        self.highlights += 1

    def note_icon(self, note, x: float, y_top: float, color: str) -> None:
        """A /Text (sticky note) annotation carrying the user's note."""
        if note.id in self.note_annotations:
            return
        verdict = f"[{note.verdict}] " if note.verdict else ""
        self.c.textAnnotation(verdict + (note.text or ""), Rect=[x, y_top - 12, x + 12, y_top],
                              Color=list(hex_rgb(color)), T=pdfdoc.PDFString(note.verdict or "note"),
                              Name="/Comment",
                              **({"M": pdfdoc.PDFString(self.stamp)} if self.stamp else {}))
        self.note_annotations.add(note.id)

    # --- tables --------------------------------------------------------------------------
    def table(self, widths: list[float], header: list[Cell] | None, rows: list[list[Cell]],
              size: float = 8.0, pad: float = 3.0, on_row=None, rules: list[bool] | None = None) -> None:
        """Rows of wrapped cells; the header repeats after a page break.
        ``on_row(i, y_top, y_bottom)`` lets a caller attach annotations to a row."""
        leading = size * 1.3

        def layout(row):
            wrapped = [wrap(cell.runs, w - 2 * pad, size) for cell, w in zip(row, widths)]
            return wrapped, max(len(w) for w in wrapped) * leading + 2 * pad

        head = layout(header) if header else None

        def draw(row, wrapped, h, rule=True):
            x = self.left
            for cell, w, lines in zip(row, widths, wrapped):
                if cell.bg:
                    self.c.setFillColorRGB(*hex_rgb(cell.bg))
                    self.c.rect(x, self.y - h, w, h, stroke=0, fill=1)
                self.draw_lines(lines, x + pad, self.y - pad, size, leading, cell.align, w - 2 * pad)
                x += w
            if rule:
                self.c.setStrokeColorRGB(0.8, 0.8, 0.8)
                self.c.setLineWidth(0.4)
                self.c.line(self.left, self.y - h, self.left + sum(widths), self.y - h)
            self.y -= h

        if head:
            self.need(head[1] + 20)
            draw(header, *head)
        for i, row in enumerate(rows):
            wrapped, h = layout(row)
            if self.need(h) and head:
                draw(header, *head)
            y_top = self.y
            draw(row, wrapped, h, rules[i] if rules else True)
            if on_row:
                on_row(i, y_top, self.y)


def _pdf_date(iso: str) -> str | None:
    """An ISO 8601 time as a PDF date string (D:YYYYMMDDHHmmSSZ), for comment lists."""
    from datetime import datetime, timezone

    try:
        t = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if t.tzinfo is not None:
        t = t.astimezone(timezone.utc)
    return t.strftime("D:%Y%m%d%H%M%SZ")

