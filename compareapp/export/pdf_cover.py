"""The PDF's first page (provenance, sources, similarity matrix, legend), the
quotation table and the list of notes: the parts laid out as tables."""
from __future__ import annotations

from ..core.result import REWORDED, SHARED, UNIQUE
from .common import (ANNOTATION_COLORS, NOTE_COLOR, NUMBER_COLOR, STATUS_COLORS, STATUS_LABELS, settings_text,
                     ReportView, readable_time, verdict_color)
from .pdf_fonts import undrawable_scripts
from .pdf_pages import GREY, ICON_STEP, Cell, PageWriter
from .pdf_text import BOLD, Run, text_width

MAX_MATRIX = 14  # sources beyond this make cells too small: the table lists the closest source instead


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def matrix_color(value: float) -> str:
    """White to the shared blue, by the share of words held in common."""
    r0, g0, b0 = 255, 255, 255
    r1, g1, b1 = 0x3b, 0x82, 0xc4
    t = max(0.0, min(1.0, value))
    return "#%02x%02x%02x" % (round(r0 + (r1 - r0) * t), round(g0 + (g1 - g0) * t), round(b0 + (b1 - b0) * t))


def draw_cover(w: PageWriter, v: ReportView) -> None:
    w.new_page(landscape_page=False)
    w.bookmark("Overview")
    n = len(v.sources)
    w.paragraph([Run(f"Comparison of {n} report{'s' if n != 1 else ''}", bold=True)], size=18, space_after=2)
    w.paragraph([Run(v.title, color=GREY)], size=11, space_after=8)
    opts = v.options
    facts = [
        ("Folder", v.folder or "(texts given in memory)"),
        ("Exported", v.exported_at),
        ("App", f"compareapp {v.version}"),
        ("Settings", settings_text(v)),
        ("Highlighted", ", ".join(opts.highlighted_statuses)),
        ("Contents", "quotations only" if opts.quotes_only and not opts.notes_only
         else "notes only" if opts.notes_only and not opts.quotes_only
         else "quotations and notes" if opts.quotes_only else f"reports ({opts.layout}), quotations, notes"),
    ]
    scripts = undrawable_scripts(view_texts(v))
    if scripts:  # said here once, rather than leaving the reader to wonder at empty boxes
        # "TrueType": a CFF font (Noto CJK as Linux distributions ship it) may be installed, but
        # reportlab cannot embed it; the one exporting then knows what kind of font to add
        facts.append(("Not drawn", f"{', '.join(scripts)}: no TrueType font installed on this computer has "
                      f"{'these letters' if len(scripts) > 1 else 'its letters'}, so they show as empty boxes; "
                      "the text itself is in the file, for copying and search."))
    w.table([78, w.right - w.left - 78], None,
            [[Cell([Run(k, bold=True, color=GREY)]),
              Cell([Run(val, mono=k == "Settings", color=NUMBER_COLOR if k == "Not drawn" else "#000000")])]
             for k, val in facts],
            size=8)
    if v.glance:
        w.heading("At a glance", size=12)
        for line in v.glance:
            w.paragraph([Run("•  " + line)], size=8.5, space_after=1)
    w.heading("Sources", size=12)
    # label columns as wide as the longest label (within reason): a narrow one
    # broke "sportswire-v1" into "sportsw / ire-v1"
    label_w = min(110.0, max([text_width(s.label, BOLD, 7.5) + 8 for s in v.sources] + [40.0]))
    widths = [label_w, 150, 80, 58, 40, 42, 54, 36, 14]
    widths[1] += (w.right - w.left) - sum(widths)
    header = [Cell([Run(t, bold=True)], bg="#eeeeee", align=a) for t, a in (
        ("Label", "left"), ("Title / file", "left"), ("Outlet", "left"), ("Date", "left"), ("Words", "right"),
        ("Shared", "right"), ("Reworded", "right"), ("Own", "right"), ("", "left"))]
    rows = []
    for s in v.sources:
        name = s.doc.name if s.doc.name == s.doc.id else f"{s.doc.name}\n{s.doc.id}"
        rows.append([Cell([Run(s.label, bold=True)]), Cell([Run(name)]), Cell([Run(s.doc.meta.outlet or "—")]),
                     Cell([Run(s.doc.meta.date or "—")]), Cell([Run(str(s.words))], align="right"),
                     Cell([Run(_pct(s.shares[SHARED]))], bg=STATUS_COLORS[SHARED], align="right"),
                     Cell([Run(_pct(s.shares[REWORDED]))], bg=STATUS_COLORS[REWORDED], align="right"),
                     Cell([Run(_pct(s.shares[UNIQUE]))], bg=STATUS_COLORS[UNIQUE], align="right"),
                     Cell([Run("✎" if s.notes else "", color=NOTE_COLOR)])])
    w.table(widths, header, rows, size=7.5)
    if v.matrix and 1 < n <= MAX_MATRIX:
        w.heading("How much of each source is found in the others", size=12)
        w.paragraph([Run("Row source’s compared words that have a counterpart in the column source.",
                         color=GREY)], size=7.5)
        head_w = max(60.0, label_w)
        cw = min(max(42.0, label_w), (w.right - w.left - head_w) / n)
        header = [Cell([Run("")])] + [Cell([Run(s.label, bold=True)], bg="#eeeeee", align="center") for s in v.sources]
        rows = []
        for s, values in zip(v.sources, v.matrix):
            row = [Cell([Run(s.label, bold=True)], bg="#eeeeee")]
            for val in values:
                if val is None:
                    row.append(Cell([Run("—", color=GREY)], align="center"))
                else:
                    row.append(Cell([Run(_pct(val), color="#ffffff" if val > 0.55 else "#000000")],
                                    bg=matrix_color(val), align="center"))
            rows.append(row)
        w.table([head_w] + [cw] * n, header, rows, size=7.5)
    elif n > MAX_MATRIX:
        w.paragraph([Run(f"The {n}×{n} similarity matrix is too large for a page; the JSON export holds it.",
                         color=GREY)], size=7.5)
    if v.figures:
        draw_figures(w, v)
    draw_legend(w)
    if v.problems:
        w.heading("Files not compared", size=11)
        for p in v.problems:
            w.paragraph([Run("• " + p)], size=8, space_after=1)


def view_texts(v: ReportView):
    """Every text of the view that the PDF may draw, for the check of fonts before the first page."""
    yield v.title
    yield v.folder
    yield from v.glance
    yield from v.problems
    for s in v.sources:
        yield from (s.doc.name, s.doc.id, s.doc.meta.outlet or "", s.doc.meta.date or "", s.label)
        yield from (n.text or "" for n in s.notes)
    for _, rows in v.reports:
        for r in rows:
            yield r.text
            yield r.margin
            yield from r.numbers
            yield from (n.text or "" for n in r.notes)
    for q in v.quotes:
        yield from q.speakers
        yield from q.flags
        yield from (var.text for var in q.variants)
        yield from (n.text or "" for n in q.notes)
    for f in v.figures:
        yield from (f.figure_a, f.figure_b, f.sentence_a)
    for n in v.notes:
        yield n.where
        yield n.note.text or ""


MAX_FIGURES = 30


def draw_figures(w: PageWriter, v: ReportView) -> None:
    w.heading("Figures that differ between sources", size=12)
    widths = [70.0, 120.0, 0.0]
    widths[2] = (w.right - w.left) - sum(widths)
    header = [Cell([Run(t, bold=True)], bg="#eeeeee") for t in ("Sources", "Figures", "Passage")]
    rows = []
    for f in v.figures[:MAX_FIGURES]:
        excerpt = f.sentence_a if len(f.sentence_a) <= 160 else f.sentence_a[:159] + "…"
        rows.append([Cell([Run(f"{f.label_a} ↔ {f.label_b}")]),
                     Cell([Run(f"“{f.figure_a}”", bold=True, color=NUMBER_COLOR), Run(" vs "),
                           Run(f"“{f.figure_b}”", bold=True, color=NUMBER_COLOR)]),
                     Cell([Run(excerpt, color="#333333")])])
    w.table(widths, header, rows, size=7.5)
    if len(v.figures) > MAX_FIGURES:
        w.paragraph([Run(f"and {len(v.figures) - MAX_FIGURES} more, marked in red in the reports.", color=GREY)],
                    size=7.5)


def draw_legend(w: PageWriter) -> None:
    w.heading("Legend", size=12)
    for status in (SHARED, REWORDED, UNIQUE):
        w.need(14)
        w.c.setFillColorRGB(*_rgb(STATUS_COLORS[status]))
        w.c.rect(w.left, w.y - 10, 26, 9, stroke=0, fill=1)
        w.c.setFillColorRGB(*_rgb(ANNOTATION_COLORS[status]))
        w.c.rect(w.left, w.y - 10, 2, 9, stroke=0, fill=1)
        w.paragraph([Run(STATUS_LABELS[status])], size=8, x=w.left + 34, space_after=1.5)
    w.paragraph([Run("Changed words", bold=True, underline=True),
                 Run(" of a shared or reworded passage (the words no other source has) are bold and underlined, "
                     "unless it is reworded throughout; "),
                 Run("figures that differ", bold=True, underline=True, color=NUMBER_COLOR),
                 Run(" between counterparts are red. The note in the margin names the other sources that carry a "
                     "passage. ✎ marks the user’s notes and verdicts. Every highlight and note is also a PDF "
                     "comment (see your viewer’s comment list).")], size=8, space_after=2)


def _rgb(color: str):
    from .common import hex_rgb

    return hex_rgb(color)


def draw_quotes(w: PageWriter, v: ReportView) -> None:
    w.new_page(landscape_page=False)
    w.bookmark("Quotations")
    w.heading("Quotations", size=14, space_before=0)
    if not v.quotes:
        w.paragraph([Run("No direct quotation was found in these sources.", color=GREY)], size=9)
        return
    w.paragraph([Run("Each statement with its speaker, every wording found (A, B, …) followed by the sources "
                     "that carry it. Words that differ from the most common wording (A) are bold and underlined.", color=GREY)],
                size=7.5)
    widths = [112.0, 0.0, 80.0]
    widths[1] = (w.right - w.left) - sum(widths)
    header = [Cell([Run(t, bold=True)], bg="#eeeeee") for t in ("Speaker", "Wording", "Sources")]
    rows = []
    for gi, q in enumerate(v.quotes):  # one row per statement, its wordings one under another
        bg = "#ffffff" if gi % 2 == 0 else "#f6f6f6"
        speaker = [Run(", ".join(q.speakers) or "unattributed", bold=True)]
        if q.flags:
            speaker.append(Run("\n" + ", ".join(q.flags), color=ANNOTATION_COLORS[REWORDED]))
        wording: list[Run] = []
        for vi, var in enumerate(q.variants):
            if vi:
                wording.append(Run("\n"))
            if len(q.variants) > 1:
                wording.append(Run(f"{chr(65 + vi) if vi < 26 else '·'}  ", bold=True, color=GREY))
            wording += marked_runs(f"“{var.text}”", [(m.start + 1, m.end + 1, m.kind) for m in var.marks])
            wording.append(Run("  — " + ", ".join(var.labels), color=GREY))
        for note in q.notes:  # under the wordings it is about: the speaker column is too narrow to read it
            wording.append(Run("\n✎ ", bold=True, color=NOTE_COLOR))
            if note.verdict:
                wording.append(Run(note.verdict.upper() + " ", bold=True, color=verdict_color(note.verdict)))
            text = note.text if len(note.text) <= 280 else note.text[:279] + "…"
            wording.append(Run(text, color="#333333"))
        rows.append([Cell(speaker, bg=bg), Cell(wording, bg=bg), Cell([Run(", ".join(q.labels))], bg=bg)])

    def on_row(i, y_top, y_bottom):
        for k, note in enumerate(v.quotes[i].notes):
            w.note_icon(note, w.right + 4, y_top - ICON_STEP * k, verdict_color(note.verdict))

    w.table(widths, header, rows, size=8, on_row=on_row)


def marked_runs(text: str, marks, base: Run | None = None) -> list[Run]:
    """Runs of ``text`` with changed words bold+underlined and differing figures red."""
    base = base or Run("")
    out, pos = [], 0
    for start, end, kind in marks:
        if start > pos:
            out.append(Run(text[pos:start], bold=base.bold, color=base.color))
        color = NUMBER_COLOR if kind == "number" else base.color
        out.append(Run(text[start:end], bold=True, underline=True, color=color))
        pos = end
    if pos < len(text):
        out.append(Run(text[pos:], bold=base.bold, color=base.color))
    return out


def draw_notes(w: PageWriter, v: ReportView) -> None:
    if not v.notes:
        if v.options.notes_only:
            w.new_page(landscape_page=False)
            w.heading("Notes and verdicts", size=14, space_before=0)
            w.paragraph([Run("No notes were written on these sources.", color=GREY)], size=9)
        return
    w.new_page(landscape_page=False)
    w.bookmark("Notes and verdicts")
    w.heading("Notes and verdicts", size=14, space_before=0)
    for row in v.notes:
        n = row.note
        runs = []
        if n.verdict:
            runs.append(Run(n.verdict.upper() + "  ", bold=True, color=verdict_color(n.verdict)))
        runs.append(Run(row.where, color=GREY))
        w.need(30)
        y_top = w.y
        w.paragraph(runs, size=8, width=w.right - w.left - 18, space_after=1)
        w.paragraph([Run(n.text or "(no comment)")], size=9, width=w.right - w.left - 18, space_after=1)
        dates = " · ".join(x for x in (f"written {readable_time(n.created)}" if n.created else "",
                                       f"changed {readable_time(n.modified)}"
                                       if n.modified and readable_time(n.modified) != readable_time(n.created) else "")
                           if x)
        if dates:
            w.paragraph([Run(dates, color=GREY)], size=7, space_after=0)
        w.note_icon(n, w.right - 12, y_top, verdict_color(n.verdict))
        w.y -= 8
