"""The user's notes as an editor reads them on the exported pages: beside the
right passage, their icons clear of the text, their list readable."""
from __future__ import annotations

import pypdf

from compareapp.core.notes.anchoring import new_note
from compareapp.export import ExportOptions
from compareapp.export.common import build_view, readable_time
from compareapp.export.pdf_pages import ICON_STEP

from .test_pdf import annotations, export_pdf, flat
from .test_columns import text_positions


def _notes(result, count=1):
    out = []
    for g in result.groups:
        out += [new_note(result, "group", g.id, f"passage note {k} on {g.id}", "disputed") for k in range(count)]
    out += [new_note(result, "quote_group", g.id, f"quotation note on {g.id}", "verified") for g in result.quote_groups]
    return tuple(out)


def _boxes(path, subtype):
    out = []
    for a in annotations(path):
        if a["subtype"] != subtype:
            continue
        if subtype == "/Text":
            x0, y1 = a["rect"][0], a["rect"][3]  # viewers draw the icon down and right from its top left
            out.append((a["page"], (x0, y1 - ICON_STEP + 1, x0 + ICON_STEP - 1, y1)))
        else:
            q = a["quads"]
            for i in range(0, len(q), 8):
                xs, ys = q[i:i + 8:2], q[i + 1:i + 8:2]
                out.append((a["page"], (min(xs), min(ys), max(xs), max(ys))))
    return out


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_note_icons_cover_neither_text_nor_each_other(seeds_result, tmp_path):
    notes = _notes(seeds_result, count=2)  # two notes on one passage: their icons one under the other
    for layout in ("columns", "sequential"):
        path = export_pdf(seeds_result, tmp_path, name=f"{layout}.pdf", layout=layout, notes=notes)
        icons, text = _boxes(path, "/Text"), _boxes(path, "/Highlight")
        assert len(icons) == len(notes)
        for n, (page, box) in enumerate(icons):
            assert not any(p == page and _overlap(box, t) for p, t in text), (layout, box)
            assert not any(p == page and _overlap(box, other) for p, other in icons[n + 1:]), (layout, box)


def test_the_notes_list_names_a_passages_sources_without_doubled_quotation_marks(seeds_result):
    notes = _notes(seeds_result)
    view = build_view(seeds_result, ExportOptions(notes=notes))
    rows = {r.note.text: r.where for r in view.notes}
    quoted = next(g for g in seeds_result.groups if seeds_result.sentence(g.members[0]).text.startswith("“"))
    labels = sorted({view.labels[seeds_result.sentence(m).doc_id] for m in quoted.members})
    where = rows[f"passage note 0 on {quoted.id}"]
    assert where.startswith("passage in " + ", ".join(labels) + ": “") and "““" not in where
    assert not any("““" in w or "””" in w for w in rows.values())


def test_quotation_notes_sit_under_the_wordings_and_dates_read_as_dates(seeds_result, tmp_path):
    notes = _notes(seeds_result)
    path = export_pdf(seeds_result, tmp_path, notes=notes)
    reader = pypdf.PdfReader(str(path))
    page = next(p for p in reader.pages if "Quotations" in p.extract_text() and "Speaker" in p.extract_text())
    positions = text_positions(page)
    speaker_x = min(x for t, x, _ in positions if t.startswith("Speaker"))
    wording_x = min(x for t, x, _ in positions if t.startswith("Wording"))
    note_x = [x for t, x, _ in positions if "quotation note on" in t]
    assert note_x and all(x >= wording_x - 1 > speaker_x for x in note_x)
    text = flat("\n".join(p.extract_text() for p in reader.pages))
    stamp = readable_time(notes[0].created)
    assert f"written {stamp}" in text and stamp.endswith(" UTC") and notes[0].created not in text


def test_the_web_page_puts_quotation_notes_under_the_wordings_too(seeds_result, tmp_path):
    import re

    from compareapp.export import export_report

    path = tmp_path / "r.html"
    notes = _notes(seeds_result)
    export_report(seeds_result, str(path), ExportOptions(notes=notes))
    html = path.read_text(encoding="utf-8")
    cells = re.findall(r"<td class=w>(.*?)</td>", html)
    assert sum("quotation note on" in c for c in cells) == len(seeds_result.quote_groups)
    assert f"written {readable_time(notes[0].created)}" in html
