"""The annotated PDF report.

Written with reportlab: it embeds (subsets) TrueType fonts, so Cyrillic,
Greek, accents and curly quotes render in any viewer; its canvas lets us lay
out lines ourselves and so know each line's box; and it writes real PDF
annotations (/Highlight with QuadPoints and /Text), which Acrobat, Preview and
Okular list as comments and which survive forwarding.

Each sentence is its own block: its lines are painted in its status colour and
the margin beside it names the other sources that carry it. One /Highlight
annotation per highlighted sentence (a sentence longer than a page gets one
per page) and one /Text annotation per note.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.progress import CancelToken, ProgressCallback, check, report
from .common import (ANNOTATION_COLORS, NOTE_COLOR, NUMBER_COLOR, STATUS_COLORS, ReportView, SentenceRow,
                     SourceRow, hex_rgb, verdict_color)
from .pdf_cover import draw_cover, draw_notes, draw_quotes, marked_runs
from .pdf_pages import GREY, PageWriter
from .pdf_text import Line, Run, wrap

MARGIN_NOTE_CHARS = 280


@dataclass
class _Block:
    row: SentenceRow
    lines: list[Line]
    note_lines: list[Line]
    size: float
    leading: float
    note_size: float
    note_leading: float
    gap_before: float

    @property
    def text_height(self) -> float:
        return len(self.lines) * self.leading


def write_pdf(view: ReportView, out, progress: ProgressCallback | None = None,
              cancel: CancelToken | None = None) -> PageWriter:
    w = PageWriter(out, view, size_name=view.options.page_size)
    report(progress, 0.02, "first page")
    draw_cover(w, view)
    check(cancel)
    if view.show_reports and view.reports:
        if view.options.layout == "columns" and len(view.reports) > 1:
            from .pdf_columns import draw_columns

            draw_columns(w, view, progress, cancel)
        else:
            for i, (src, rows) in enumerate(view.reports):
                report(progress, 0.05 + 0.8 * i / len(view.reports), f"report {i + 1}/{len(view.reports)}")
                check(cancel)
                _sequential(w, src, rows)
    if view.show_quotes:
        report(progress, 0.86, "quotations")
        draw_quotes(w, view)
    check(cancel)
    report(progress, 0.93, "notes")
    draw_notes(w, view)
    check(cancel)
    report(progress, 0.97, "writing the file")
    w.finish()
    return w


# --- pieces shared by both layouts ------------------------------------------------------
def _sentence_runs(row: SentenceRow, heading: bool) -> list[Run]:
    base = Run("", bold=heading, color="#000000" if row.status or heading else GREY)
    marks = [(m.start, m.end, m.kind) for m in row.marks] if row.highlighted else \
        [(m.start, m.end, m.kind) for m in row.marks if m.kind == "number"]
    return marked_runs(row.text, marks, base)


def _margin_runs(row: SentenceRow) -> list[Run]:
    runs: list[Run] = []
    if row.highlighted and row.margin:
        runs.append(Run(row.margin, color="#333333"))
    for n in row.numbers:
        runs.append(Run(("\n" if runs else "") + "≠ " + n, color=NUMBER_COLOR, bold=True))
    for note in row.notes:
        text = note.text if len(note.text) <= MARGIN_NOTE_CHARS else note.text[:MARGIN_NOTE_CHARS - 1] + "…"
        runs.append(Run(("\n" if runs else "") + "✎ ", color=NOTE_COLOR, bold=True))
        if note.verdict:
            runs.append(Run(note.verdict.upper() + " ", color=verdict_color(note.verdict), bold=True))
        runs.append(Run(text, color="#333333"))
    return runs


def _block(row: SentenceRow, text_w: float, note_w: float, size: float, note_size: float) -> _Block:
    heading = row.heading
    s = size * 1.12 if heading else size
    margin = _margin_runs(row)
    return _Block(row, wrap(_sentence_runs(row, heading), text_w, s),
                  wrap(margin, note_w, note_size) if margin else [], s, s * 1.38, note_size,
                  note_size * 1.3, (size * 0.7 if row.new_paragraph else 0.0) + 1.6)


def _draw_text(w: PageWriter, b: _Block, x: float, y_top: float, lines: list[Line]) -> None:
    """Paint the status colour behind each line, draw the text, annotate."""
    row = b.row
    boxes = []
    y = y_top
    for line in lines:
        box = (x - 2, y - b.leading, x + max(line.width, 4) + 2, y)
        if row.highlighted and row.status:
            w.c.setFillColorRGB(*hex_rgb(STATUS_COLORS[row.status]))
            w.c.rect(box[0], box[1], box[2] - box[0], b.leading, stroke=0, fill=1)
        boxes.append(box)
        y -= b.leading
    if row.highlighted and row.status:
        w.c.setFillColorRGB(*hex_rgb(ANNOTATION_COLORS[row.status]))
        w.c.rect(x - 4, y, 1.6, y_top - y, stroke=0, fill=1)
    w.draw_lines(lines, x, y_top, b.size, b.leading)
    if row.highlighted and row.status and boxes:
        w.highlight(boxes, row.status, row.comment)


def _source_heading(w: PageWriter, src: SourceRow, x: float, width: float, compact: bool = False) -> None:
    size = 10 if compact else 14
    d = src.doc
    title = d.name if d.name.startswith(src.label) else f"{src.label} · {d.name}"
    w.paragraph([Run(title, bold=True)], size=size, x=x, width=width, space_after=1)
    facts = [d.meta.outlet, d.meta.date, f"{src.words} words",
             f"shared {round(100 * src.shares['shared'])}%", f"reworded {round(100 * src.shares['reworded'])}%",
             f"own {round(100 * src.shares['unique'])}%"]
    if src.closest and not compact:
        facts.append(f"closest to {src.closest}")
    w.paragraph([Run(" · ".join(f for f in facts if f), color=GREY)], size=7 if compact else 8, x=x,
                width=width, space_after=2)
    # a stacked bar of the shares, the report's profile at a glance
    bx, total = x, 0.0
    for status in ("shared", "reworded", "unique"):
        part = width * src.shares[status]
        w.c.setFillColorRGB(*hex_rgb(ANNOTATION_COLORS[status]))
        w.c.rect(bx, w.y - 3, part, 3, stroke=0, fill=1)
        bx += part
        total += part
    w.y -= 8
    for note in src.notes:
        y_top = w.y
        w.paragraph([Run("✎ ", bold=True, color=NOTE_COLOR)]
                    + ([Run(note.verdict.upper() + " ", bold=True, color=verdict_color(note.verdict))] if note.verdict else [])
                    + [Run(note.text)], size=8, x=x, width=width - 16, space_after=2)
        w.note_icon(note, x + width - 12, y_top, verdict_color(note.verdict))
    w.y -= 4


# --- one report after another ---------------------------------------------------------------
def _sequential(w: PageWriter, src: SourceRow, rows: list[SentenceRow]) -> None:
    w.new_page(landscape_page=False)
    w.bookmark(src.doc.name if src.doc.name.startswith(src.label) else f"{src.label} · {src.doc.name}")
    width = w.right - w.left
    text_w, gap = width * 0.64, 12.0
    note_x, note_w = w.left + text_w + gap, width - text_w - gap
    _source_heading(w, src, w.left + 4, width - 4)
    for row in rows:
        b = _block(row, text_w - 4, note_w, 9.0, 7.0)
        note_h = len(b.note_lines) * b.note_leading
        w.y -= b.gap_before
        need = max(b.text_height, note_h)
        if w.y - need < w.bottom and need <= w.top - w.bottom:
            w.new_page()
        lines, first = b.lines, True
        while lines:  # more than once only for a sentence longer than a page
            part = lines[:max(1, int((w.y - w.bottom) // b.leading))]
            y_top = w.y
            _draw_text(w, b, w.left + 4, y_top, part)
            w.y = y_top - len(part) * b.leading
            if first and b.note_lines:
                _draw_margin(w, b, note_x, y_top, note_w)
                w.y = min(w.y, y_top - note_h - 2)
            lines, first = lines[len(part):], False
            if lines:
                w.new_page()


def _draw_margin(w: PageWriter, b: _Block, x: float, y_top: float, width: float) -> None:
    row = b.row
    h = len(b.note_lines) * b.note_leading
    color = ANNOTATION_COLORS[row.status] if row.highlighted and row.status else NOTE_COLOR
    w.c.setFillColorRGB(*hex_rgb(color))
    w.c.rect(x - 4, y_top - h, 1.2, h, stroke=0, fill=1)
    w.draw_lines(b.note_lines, x, y_top - (b.leading - b.note_leading) / 2, b.note_size, b.note_leading)
    for k, note in enumerate(row.notes):
        w.note_icon(note, x + width + 2, y_top - 13 * k, verdict_color(note.verdict))
