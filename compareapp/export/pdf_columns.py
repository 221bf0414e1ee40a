"""The reports side by side in the PDF, passages lined up: a sentence and its
counterparts in the other columns start on the same row (see synopsis.py)."""
from __future__ import annotations

from dataclasses import replace

from ..core.progress import check, report
from .common import ReportView, verdict_color
from .pdf_blocks import Block, draw_block_text, draw_source_heading, make_block
from .pdf_pages import GREY, ICON_STEP, PageWriter
from .pdf_text import Run, draw_line, fit_line
from .synopsis import chunks, synoptic_bands

GAP = 12.0
MIN_ROOM = 40.0  # less room than this at a page's foot: a band starts on the next page


def _height(blocks: list[Block]) -> float:
    return sum(b.gap_before + b.stacked_height for b in blocks)


def draw_columns(w: PageWriter, view: ReportView, progress, cancel) -> None:
    parts = chunks(view.reports)
    done = 0
    for ci, chunk in enumerate(parts):
        report(progress, 0.05 + 0.8 * ci / len(parts), f"reports {done + 1}–{done + len(chunk)}")
        check(cancel)
        _chunk(w, chunk, cancel)
        done += len(chunk)


def _chunk(w: PageWriter, chunk, cancel) -> None:
    w.new_page(landscape_page=True)
    w.bookmark("Side by side: " + ", ".join(src.label for src, _ in chunk))
    col_w = (w.right - w.left - GAP * (len(chunk) - 1)) / len(chunk)
    xs = [w.left + k * (col_w + GAP) + 4 for k in range(len(chunk))]
    width = col_w - 4
    # each column keeps a strip on its right for the note icons
    blocks = [[make_block(r, col_w - 24, col_w - 30, 7.6, 6.4) for r in rows] for _, rows in chunk]
    y0, lows = w.y, []
    for (src, _), x in zip(chunk, xs):
        w.y = y0
        draw_source_heading(w, src, x, width, compact=True)
        lows.append(w.y)
    w.y = min(lows)

    def next_page() -> None:
        w.new_page(landscape_page=True)
        for (src, _), x in zip(chunk, xs):  # a label may be in any script: laid out like all text
            draw_line(w.c, fit_line([Run(f"{src.label} (continued)", bold=True, color=GREY)], width, 7.5),
                      x, w.y - 9, 7.5)
        w.y -= 16

    for r, (row, level) in enumerate(synoptic_bands([rows for _, rows in chunk])):
        if r % 20 == 0:
            check(cancel)
        cells = [[blocks[c][i] for i in idx] for c, idx in enumerate(row)]
        # the row's cells start level: one gap above the row instead of each first block's own
        gap = max(cell[0].gap_before for cell in cells if cell)
        cells = [[replace(cell[0], gap_before=0.0)] + cell[1:] if cell else cell for cell in cells]
        h = gap + max(_height(cell) for cell in cells)
        # A row levelling a passage's copies moves whole to the next page, or its
        # counterparts would part; a band between such rows flows on from here:
        # moved whole it left up to half a page blank above it.
        if w.y - h < w.bottom and (level and h <= w.top - w.bottom - 20 or w.y - gap - w.bottom < MIN_ROOM):
            next_page()
        w.c.setStrokeColorRGB(0.9, 0.9, 0.9)
        w.c.setLineWidth(0.4)
        w.c.line(w.left, w.y - gap / 2, w.right, w.y - gap / 2)
        if w.y - h < w.bottom:
            w.y -= gap
            _flow(w, cells, xs, width, next_page)
            continue
        row_top, y_top = w.y, w.y - gap
        for cell, x in zip(cells, xs):
            w.y = y_top
            _fill_column(w, cell, 0, x, width)
        w.y = row_top - h


def _flow(w: PageWriter, cells: list[list[Block]], xs, width: float, next_page) -> None:
    pos = [0] * len(cells)
    while True:
        y_top, lows = w.y, []
        for c, x in enumerate(xs):
            w.y = y_top
            pos[c] = _fill_column(w, cells[c], pos[c], x, width)
            lows.append(w.y)
        if all(p >= len(cell) for p, cell in zip(pos, cells)):
            w.y = min(lows)
            return
        next_page()


def _fill_column(w: PageWriter, blocks: list[Block], start: int, x: float, width: float) -> int:
    """Draw blocks from ``start`` down the column while they fit; returns the next index."""
    i = start
    while i < len(blocks):
        b = blocks[i]
        need = b.gap_before + b.stacked_height
        if w.y - need < w.bottom and (b.lines or b.note_lines):  # icons alone never wait for a page
            # a block longer than a whole page is cut where the page ends; any other waits for the next page
            if i == start and need > w.top - w.bottom - 20:
                room = w.y - w.bottom
                if b.lines:
                    lines = b.lines[:max(1, int(room // b.leading))]
                    draw_block_text(w, b, x, w.y, lines)
                    blocks[i] = replace(b, lines=b.lines[len(lines):], gap_before=0.0)
                else:  # only margin notes left, more than a page of them: they must progress too
                    k = max(1, int(room // b.note_leading))
                    w.draw_lines(b.note_lines[:k], x + 6, w.y, b.note_size, b.note_leading)
                    blocks[i] = replace(b, note_lines=b.note_lines[k:], gap_before=0.0)
            return i
        w.y -= b.gap_before
        top = w.y
        draw_block_text(w, b, x, w.y, b.lines)
        w.y -= b.text_height
        if b.note_lines:
            w.y -= 1
            w.y = w.draw_lines(b.note_lines, x + 6, w.y, b.note_size, b.note_leading) - 1
        # icons beside the sentence, in the strip kept free on the column's right, one under another
        for k, note in enumerate(b.row.notes):
            w.note_icon(note, x + width - 16, top - ICON_STEP * k, verdict_color(note.verdict))
        w.y = min(w.y, top - b.icons_height)
        i += 1
    return i

