"""A single self-contained HTML page with the same content as the PDF: inline
CSS only, no script, no external request (fonts, images and styles all
inside), readable in any browser and printable (@media print)."""
from __future__ import annotations

from html import escape

from ..core.progress import CancelToken, ProgressCallback, check, report
from ..core.result import REWORDED, SHARED, UNIQUE
from .common import (ANNOTATION_COLORS, NOTE_COLOR, NUMBER_COLOR, STATUS_COLORS, STATUS_LABELS, settings_text, ReportView,
                     SentenceRow, readable_time, verdict_color)
from .synopsis import chunks, synoptic_rows

_CSS = """
:root { --shared: %(shared)s; --reworded: %(reworded)s; --unique: %(unique)s;
  --shared-edge: %(shared_edge)s; --reworded-edge: %(reworded_edge)s; --unique-edge: %(unique_edge)s; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 15px; line-height: 1.45;
  color: #111; max-width: 1200px; margin: 0 auto; padding: 1.5em; }
h1 { font-size: 1.7em; margin: 0 0 .2em; } h2 { font-size: 1.3em; margin: 1.6em 0 .3em; }
.sub, .facts, .muted { color: #5f6368; } .facts { font-size: .85em; }
table { border-collapse: collapse; margin: .5em 0 1em; font-size: .85em; }
th, td { border-bottom: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; } td.num { text-align: right; } td.c { text-align: center; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: .9em; }
.shared { background: var(--shared); } .reworded { background: var(--reworded); } .unique { background: var(--unique); }
.bar { display: flex; height: 5px; margin: .3em 0 .8em; } .bar span { display: block; }
.s { display: grid; grid-template-columns: minmax(0, 1.8fr) minmax(0, 1fr); gap: 0 1em; margin: 2px 0; }
.s .t { padding: 1px 4px; border-left: 2px solid transparent; }
.s.shared .t { border-left-color: var(--shared-edge); } .s.reworded .t { border-left-color: var(--reworded-edge); }
.s.unique .t { border-left-color: var(--unique-edge); }
.s.shared, .s.reworded, .s.unique { background: none; }
.s.shared .t { background: var(--shared); } .s.reworded .t { background: var(--reworded); }
.s.unique .t { background: var(--unique); }
.s.plain .t { color: #555; } .s.p0 { margin-top: .8em; } .s.h .t { font-weight: bold; }
.m { font-size: .78em; color: #333; border-left: 2px solid #ccc; padding-left: .5em; align-self: start; }
.chg { font-weight: bold; text-decoration: underline; background: none; }
.num-diff { font-weight: bold; text-decoration: underline; color: %(number)s; background: none; }
.v { display: block; } .v .k { color: #5f6368; font-weight: bold; margin-right: .4em; } .v .src { color: #5f6368; }
.diff { color: %(number)s; font-weight: bold; display: block; }
.note { display: block; } .note b { color: %(note)s; }
.legend span.sw { display: inline-block; width: 2em; height: .9em; vertical-align: middle; margin-right: .4em; }
.columns .row { display: grid; gap: 0 1.2em; border-top: 1px solid #e6e6e6; padding: 2px 0; }
.columns .row.head { border-top: none; } .columns { font-size: .9em; }
.columns .s { grid-template-columns: 1fr; } .columns .m { margin: 0 0 .3em .6em; }
.verdict { font-weight: bold; text-transform: uppercase; }
.q td.w { max-width: 40em; } .flags { color: %(reworded_edge)s; font-size: .85em; display: block; }
@media print {
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.report:not(.columns) article, section.report.columns, section.quotes, section.notes { break-before: page; }
  .s, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _css() -> str:
    return _CSS % {"shared": STATUS_COLORS[SHARED], "reworded": STATUS_COLORS[REWORDED],
                   "unique": STATUS_COLORS[UNIQUE], "shared_edge": ANNOTATION_COLORS[SHARED],
                   "reworded_edge": ANNOTATION_COLORS[REWORDED], "unique_edge": ANNOTATION_COLORS[UNIQUE],
                   "number": NUMBER_COLOR, "note": NOTE_COLOR}


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _marked(text: str, marks) -> str:
    out, pos = [], 0
    for m in marks:
        out.append(escape(text[pos:m.start]))
        cls = "num-diff" if m.kind == "number" else "chg"
        out.append(f'<mark class="{cls}">{escape(text[m.start:m.end])}</mark>')
        pos = m.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _note_html(note) -> str:
    verdict = (f'<span class="verdict" style="color:{verdict_color(note.verdict)}">{escape(note.verdict)}</span> '
               if note.verdict else "")
    return f'<span class="note"><b>✎</b> {verdict}{escape(note.text)}</span>'


def _sentence(row: SentenceRow) -> str:
    cls = ["s", row.status if row.highlighted and row.status else "plain"]
    if row.new_paragraph:
        cls.append("p0")
    if row.heading:
        cls.append("h")
    marks = row.marks if row.highlighted else tuple(m for m in row.marks if m.kind == "number")
    margin = []
    if row.highlighted and row.margin:
        margin.append(f'<span class="note">{escape(row.margin_full)}</span>')
    margin += [f'<span class="diff">≠ {escape(n)}</span>' for n in row.numbers]
    margin += [_note_html(n) for n in row.notes]
    title = escape(row.comment, quote=True) if row.highlighted else ""
    aside = f'<div class="m">{"".join(margin)}</div>' if margin else "<div></div>"
    return (f'<div class="{" ".join(cls)}" id="s-{escape(row.id, quote=True)}">'
            f'<div class="t" title="{title}">{_marked(row.text, marks)}</div>{aside}</div>')


def _cover(v: ReportView) -> list[str]:
    o = v.options
    h = [f"<h1>Comparison of {len(v.sources)} report{'s' if len(v.sources) != 1 else ''}</h1>",
         f'<p class="sub">{escape(v.title)}</p>', "<table>"]
    for k, val in (("Folder", v.folder or "(texts given in memory)"), ("Exported", v.exported_at),
                   ("App", f"compareapp {v.version}"),
                   ("Settings", settings_text(v)),
                   ("Highlighted", ", ".join(o.highlighted_statuses))):
        h.append(f"<tr><th>{k}</th><td>{'<code>' if k == 'Settings' else ''}{escape(val)}"
                 f"{'</code>' if k == 'Settings' else ''}</td></tr>")
    h.append("</table>")
    if v.glance:
        h.append("<h2>At a glance</h2><ul>" + "".join(f"<li>{escape(g)}</li>" for g in v.glance) + "</ul>")
    h.append("<h2>Sources</h2><table><tr><th>Label</th><th>Title / file</th><th>Outlet</th><th>Date</th>"
             "<th>Words</th><th>Shared</th><th>Reworded</th><th>Own</th></tr>")
    for s in v.sources:
        d = s.doc
        name = escape(d.name) + ("" if d.name == d.id else f'<br><span class="muted">{escape(d.id)}</span>')
        h.append(f"<tr><td><b>{escape(s.label)}</b></td><td>{name}</td><td>{escape(d.meta.outlet or '—')}</td>"
                 f"<td>{escape(d.meta.date or '—')}</td><td class=num>{s.words}</td>"
                 f"<td class='num shared'>{_pct(s.shares[SHARED])}</td>"
                 f"<td class='num reworded'>{_pct(s.shares[REWORDED])}</td>"
                 f"<td class='num unique'>{_pct(s.shares[UNIQUE])}</td></tr>")
    h.append("</table>")
    if v.matrix and len(v.sources) > 1:
        from .pdf_cover import matrix_color

        h.append("<h2>How much of each source is found in the others</h2><p class='facts'>Row source’s compared "
                 "words that have a counterpart in the column source.</p><table><tr><th></th>")
        h += [f"<th>{escape(s.label)}</th>" for s in v.sources]
        h.append("</tr>")
        for s, row in zip(v.sources, v.matrix):
            cells = "".join("<td class=c>—</td>" if x is None else
                            f"<td class=c style='background:{matrix_color(x)};color:{'#fff' if x > .55 else '#000'}'>"
                            f"{_pct(x)}</td>" for x in row)
            h.append(f"<tr><th>{escape(s.label)}</th>{cells}</tr>")
        h.append("</table>")
    if v.figures:
        h.append("<h2>Figures that differ between sources</h2><table><tr><th>Sources</th><th>Figures</th>"
                 "<th>Passage</th></tr>")
        for f in v.figures:
            h.append(f"<tr><td>{escape(f.label_a)} ↔ {escape(f.label_b)}</td><td><mark class='num-diff'>"
                     f"“{escape(f.figure_a)}”</mark> vs <mark class='num-diff'>“{escape(f.figure_b)}”</mark></td>"
                     f"<td>{escape(f.sentence_a)}</td></tr>")
        h.append("</table>")
    h.append('<h2>Legend</h2><p class="legend">')
    for st in (SHARED, REWORDED, UNIQUE):
        h.append(f'<span class="sw {st}"></span>{escape(STATUS_LABELS[st])}<br>')
    h.append('<mark class="chg">Changed words</mark> of a shared or reworded passage (the words no other source has) are bold and underlined, '
             'unless it is reworded throughout; '
             '<mark class="num-diff">figures that differ</mark> are red. The note beside a passage names the other '
             'sources that carry it; ✎ marks notes and verdicts.</p>')
    if v.problems:
        h.append("<h2>Files not compared</h2><ul>" + "".join(f"<li>{escape(p)}</li>" for p in v.problems) + "</ul>")
    return h


def _source_head(src) -> list[str]:
    d = src.doc
    facts = [d.meta.outlet, d.meta.date, f"{src.words} words", f"shared {_pct(src.shares[SHARED])}",
             f"reworded {_pct(src.shares[REWORDED])}", f"own {_pct(src.shares[UNIQUE])}"]
    bar = "".join(f'<span style="width:{100 * src.shares[s]:.1f}%;background:{ANNOTATION_COLORS[s]}"></span>'
                  for s in (SHARED, REWORDED, UNIQUE))
    title = d.name if d.name.startswith(src.label) else f"{src.label} · {d.name}"
    h = [f'<h2 id="d-{escape(d.id, quote=True)}">{escape(title)}</h2>',
         f'<div class="facts">{escape(" · ".join(f for f in facts if f))}</div><div class="bar">{bar}</div>']
    return h + [f"<p>{_note_html(n)}</p>" for n in src.notes]


def _report(src, rows) -> list[str]:
    return ["<article>"] + _source_head(src) + [_sentence(r) for r in rows] + ["</article>"]


def _side_by_side(chunk) -> list[str]:
    """Sources in a grid whose rows line counterparts up (the PDF's synoptic rows)."""
    grid = f' style="grid-template-columns: repeat({len(chunk)}, minmax(0, 1fr))"'
    h = ['<section class="report columns">', f'<div class="row head"{grid}>']
    h += ["<div>" + "".join(_source_head(src)) + "</div>" for src, _ in chunk]
    h.append("</div>")
    for row in synoptic_rows([rows for _, rows in chunk]):
        cells = ["<div>" + "".join(_sentence(rows[i]) for i in idx) + "</div>" for (_, rows), idx in zip(chunk, row)]
        h.append(f'<div class="row"{grid}>' + "".join(cells) + "</div>")
    return h + ["</section>"]


def _quotes(v: ReportView) -> list[str]:
    h = ['<section class="quotes"><h2>Quotations</h2>']
    if not v.quotes:
        return h + ['<p class="muted">No direct quotation was found in these sources.</p></section>']
    h.append('<table class="q"><tr><th>Speaker</th><th>Wording</th><th>Sources</th></tr>')
    for q in v.quotes:  # one row per statement, its wordings one under another
        speaker = f"<b>{escape(', '.join(q.speakers) or 'unattributed')}</b>"
        if q.flags:
            speaker += f'<span class="flags">{escape(", ".join(q.flags))}</span>'
        wordings = []
        for i, var in enumerate(q.variants):
            key = f'<span class="k">{chr(65 + i) if i < 26 else "·"}</span>' if len(q.variants) > 1 else ""
            wordings.append(f'<span class="v">{key}“{_marked(var.text, var.marks)}” '
                            f'<span class="src">— {escape(", ".join(var.labels))}</span></span>')
        wordings += [_note_html(n) for n in q.notes]  # under the wordings, as in the PDF
        h.append(f"<tr><td>{speaker}</td><td class=w>{''.join(wordings)}</td><td>{escape(', '.join(q.labels))}</td></tr>")
    return h + ["</table></section>"]


def _notes(v: ReportView) -> list[str]:
    if not v.notes:
        return []
    h = ['<section class="notes"><h2>Notes and verdicts</h2><ul>']
    for row in v.notes:
        n = row.note
        verdict = (f'<span class="verdict" style="color:{verdict_color(n.verdict)}">{escape(n.verdict)}</span> '
                   if n.verdict else "")
        when = f'<br><span class="facts">written {escape(readable_time(n.created))}</span>' if n.created else ""
        h.append(f'<li>{verdict}<span class="muted">{escape(row.where)}</span><br>{escape(n.text)}{when}</li>')
    return h + ["</ul></section>"]


def write_html(view: ReportView, out, progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> None:
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>Comparison report: {escape(view.title)}</title>",
             f'<meta name="generator" content="compareapp {escape(view.version)}">',
             f"<style>{_css()}</style></head><body>", "<header>"]
    parts += _cover(view)
    parts.append("</header>")
    if view.show_reports and view.reports:
        if view.options.layout == "columns" and len(view.reports) > 1:
            parts_of = chunks(view.reports)
            for i, chunk in enumerate(parts_of):
                report(progress, 0.1 + 0.7 * i / len(parts_of), f"reports side by side {i + 1}/{len(parts_of)}")
                check(cancel)
                parts += _side_by_side(chunk)
        else:
            parts.append('<section class="report">')
            for i, (src, rows) in enumerate(view.reports):
                report(progress, 0.1 + 0.7 * i / len(view.reports), f"report {i + 1}/{len(view.reports)}")
                check(cancel)
                parts += _report(src, rows)
            parts.append("</section>")
    if view.show_quotes:
        parts += _quotes(view)
    parts += _notes(view)
    parts.append(f'<footer class="facts"><p>compareapp {escape(view.version)} · exported '
                 f"{escape(view.exported_at)}</p></footer></body></html>")
    out.write("\n".join(parts).encode("utf-8"))
