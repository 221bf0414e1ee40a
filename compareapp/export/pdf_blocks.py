"""Sentence blocks of the PDF report, shared by both layouts (one report after
another, and side by side): a sentence's wrapped lines with its status colour,
its margin note, and a source's heading."""
from __future__ import annotations

from dataclasses import dataclass

from .common import (ANNOTATION_COLORS, NOTE_COLOR, NUMBER_COLOR, STATUS_COLORS, SentenceRow, SourceRow,
                     hex_rgb, verdict_color)
from .pdf_cover import marked_runs
from .pdf_pages import GREY, ICON_STEP, PageWriter
from .pdf_text import Line, Run, wrap

MARGIN_NOTE_CHARS = 280


@dataclass
class Block:
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

    @property
    def icons_height(self) -> float:
        return ICON_STEP * len(self.row.notes)

    @property
    def stacked_height(self) -> float:
        """Text with its margin note under it (the side-by-side layout), at least as tall as its icons."""
        note_h = len(self.note_lines) * self.note_leading
        return max(self.text_height + (note_h + 2 if note_h else 0), self.icons_height)


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


def make_block(row: SentenceRow, text_w: float, note_w: float, size: float, note_size: float) -> Block:
    heading = row.heading
    s = size * 1.12 if heading else size
    margin = _margin_runs(row)
    return Block(row, wrap(_sentence_runs(row, heading), text_w, s),
                  wrap(margin, note_w, note_size) if margin else [], s, s * 1.38, note_size,
                  note_size * 1.3, (size * 0.7 if row.new_paragraph else 0.0) + 1.6)


def draw_block_text(w: PageWriter, b: Block, x: float, y_top: float, lines: list[Line]) -> None:
    """Paint the status colour behind each line, draw the text, annotate."""
    row = b.row
    boxes = []
    y = y_top
    for line in lines:
        box = (x + line.dx - 2, y - b.leading, x + line.dx + max(line.width, 4) + 2, y)
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


def draw_source_heading(w: PageWriter, src: SourceRow, x: float, width: float, compact: bool = False) -> None:
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
                    + [Run(note.text)], size=8, x=x, width=width - 20, space_after=2)
        w.note_icon(note, x + width - 16, y_top, verdict_color(note.verdict))
        w.y = min(w.y, y_top - ICON_STEP)  # the next note's icon below this one's
    w.y -= 4


def draw_margin(w: PageWriter, b: Block, x: float, y_top: float, width: float) -> None:
    row = b.row
    h = len(b.note_lines) * b.note_leading
    color = ANNOTATION_COLORS[row.status] if row.highlighted and row.status else NOTE_COLOR
    w.c.setFillColorRGB(*hex_rgb(color))
    w.c.rect(x - 4, y_top - h, 1.2, h, stroke=0, fill=1)
    w.draw_lines(b.note_lines, x, y_top - (b.leading - b.note_leading) / 2, b.note_size, b.note_leading)
    for k, note in enumerate(row.notes):
        w.note_icon(note, x + width + 2, y_top - ICON_STEP * k, verdict_color(note.verdict))
