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

from ..core.progress import CancelToken, ProgressCallback, check, report
from .common import ReportView, SentenceRow, SourceRow
from .pdf_blocks import draw_block_text, draw_margin, draw_source_heading, make_block
from .pdf_cover import draw_cover, draw_notes, draw_quotes
from .pdf_pages import PageWriter

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


# --- one report after another ---------------------------------------------------------------
def _sequential(w: PageWriter, src: SourceRow, rows: list[SentenceRow]) -> None:
    w.new_page(landscape_page=False)
    w.bookmark(src.doc.name if src.doc.name.startswith(src.label) else f"{src.label} · {src.doc.name}")
    width = w.right - w.left
    text_w, gap = width * 0.64, 12.0
    note_x, note_w = w.left + text_w + gap, width - text_w - gap
    draw_source_heading(w, src, w.left + 4, width - 4)
    for row in rows:
        b = make_block(row, text_w - 4, note_w, 9.0, 7.0)
        note_h = len(b.note_lines) * b.note_leading
        w.y -= b.gap_before
        need = max(b.text_height, note_h, b.icons_height)
        if w.y - need < w.bottom and need <= w.top - w.bottom:
            w.new_page()
        lines, first = b.lines, True
        while lines:  # more than once only for a sentence longer than a page
            part = lines[:max(1, int((w.y - w.bottom) // b.leading))]
            y_top = w.y
            draw_block_text(w, b, w.left + 4, y_top, part)
            w.y = y_top - len(part) * b.leading
            if first and b.note_lines:
                draw_margin(w, b, note_x, y_top, note_w)
                w.y = min(w.y, y_top - note_h - 2, y_top - b.icons_height)
            lines, first = lines[len(part):], False
            if lines:
                w.new_page()
