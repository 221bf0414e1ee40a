"""The annotated PDF, read back the way a reader's viewer would see it."""
from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from compareapp.core.result import STATUSES
from compareapp.export import ExportOptions, export_report
from compareapp.export.common import ANNOTATION_COLORS, hex_rgb

from .conftest import QUOTE_A, QUOTE_B, QUOTE_C, QUOTE_D, render_gray

FIXED = "2025-07-22T09:00:00+00:00"


def export_pdf(result, tmp_path: Path, name="out.pdf", **opts) -> Path:
    path = tmp_path / name
    export_report(result, str(path), ExportOptions(exported_at=FIXED, **opts))
    return path


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return flat("\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages))


def annotations(path: Path) -> list[dict]:
    out = []
    for page_no, page in enumerate(pypdf.PdfReader(str(path)).pages):
        for ref in page.get("/Annots") or ():
            a = ref.get_object()
            out.append({"page": page_no, "subtype": a["/Subtype"], "contents": str(a.get("/Contents", "")),
                        "color": [round(float(x), 3) for x in a.get("/C", ())],
                        "quads": [float(x) for x in a.get("/QuadPoints", ())],
                        "rect": [float(x) for x in a.get("/Rect", ())],
                        "box": [float(x) for x in page.mediabox]})
    return out


def expected_highlights(result, statuses=STATUSES, docs=None) -> int:
    return sum(1 for d in result.documents if docs is None or d.id in docs
               for s in d.sentences if result.status(s.id) in statuses)


def rgb(color: str) -> list[float]:
    return [round(x, 3) for x in hex_rgb(color)]


def test_every_source_and_quotation_is_in_the_text(hand_result, notes, tmp_path):
    text = pdf_text(export_pdf(hand_result, tmp_path, notes=notes))
    for d in hand_result.documents:
        assert d.name in text
        assert d.meta.outlet in text
    for quote in (QUOTE_A, QUOTE_B, QUOTE_C, QUOTE_D):
        assert quote in text
    assert "Volodymyr Zelensky" in text and "wording differs" in text


def test_cyrillic_greek_and_curly_quotes_survive(hand_result, tmp_path):
    text = pdf_text(export_pdf(hand_result, tmp_path))
    assert "Зеленский предложил России новые переговоры в субботу." in text
    assert "«Всё должно быть сделано ради прекращения огня», — сказал Зеленский." in text
    assert "Ελένη Παπαδοπούλου said ‘we’re tired of waiting’" in text
    assert "Café owner" in text
    assert "“Everything should be done to achieve a ceasefire,” Zelensky said." in text


def test_fonts_are_embedded(hand_result, tmp_path):
    reader = pypdf.PdfReader(str(export_pdf(hand_result, tmp_path)))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert any("DejaVuSans" in f for f in seen)


def test_one_annotation_per_highlighted_passage_and_per_note(hand_result, notes, tmp_path):
    annots = annotations(export_pdf(hand_result, tmp_path, notes=notes))
    highlights = [a for a in annots if a["subtype"] == "/Highlight"]
    texts = [a for a in annots if a["subtype"] == "/Text"]
    assert len(highlights) == expected_highlights(hand_result) == 10
    assert len(texts) == len(notes)
    assert {t["contents"] for t in texts} >= {"[disputed] Officials in Odesa now say three dead; this count is outdated.",
                                             "[verified] Checked against the presidential video address."}
    for h in highlights:  # every quad inside the page, four points each
        assert h["quads"] and len(h["quads"]) % 8 == 0
        x0, y0, x1, y1 = h["box"]
        assert all(x0 <= x <= x1 for x in h["quads"][0::2]) and all(y0 <= y <= y1 for y in h["quads"][1::2])


def test_annotation_colours_and_comments_follow_status(hand_result, tmp_path):
    highlights = [a for a in annotations(export_pdf(hand_result, tmp_path)) if a["subtype"] == "/Highlight"]
    by_color: dict[tuple, list[str]] = {}
    for h in highlights:
        by_color.setdefault(tuple(h["color"]), []).append(h["contents"])
    assert set(by_color) == {tuple(rgb(ANNOTATION_COLORS[s])) for s in STATUSES}
    assert len(by_color[tuple(rgb(ANNOTATION_COLORS["shared"]))]) == 2
    assert len(by_color[tuple(rgb(ANNOTATION_COLORS["reworded"]))]) == 4
    assert all("shared with" in c for c in by_color[tuple(rgb(ANNOTATION_COLORS["shared"]))])
    assert all("reworded in" in c for c in by_color[tuple(rgb(ANNOTATION_COLORS["reworded"]))])
    assert all(c.startswith("only in") for c in by_color[tuple(rgb(ANNOTATION_COLORS["unique"]))])
    # the margin note names the other source by its short label
    assert any(c.startswith("reworded in b") for c in by_color[tuple(rgb(ANNOTATION_COLORS["reworded"]))])


def test_number_discrepancy_and_notes_are_called_out(hand_result, notes, tmp_path):
    text = pdf_text(export_pdf(hand_result, tmp_path, notes=notes))
    assert "figures differ: “At least one” here, “Three” in b" in text
    assert "figures differ: “Three” here, “At least one” in a" in text
    assert "Notes and verdicts" in text
    for n in notes:
        assert flat(n.text) in text
    assert "detached" in text  # the note whose text is gone is still listed


def test_page_numbers_header_and_first_page(hand_result, tmp_path):
    path = export_pdf(hand_result, tmp_path)
    reader = pypdf.PdfReader(str(path))
    first = flat(reader.pages[0].extract_text())
    assert "odesa-strike" in first and "/reports/odesa-strike" in first
    assert FIXED in first and "compareapp" in first
    assert "link_threshold = 0.45" in first
    assert "Kyiv Post" in first and "Wire Service" in first
    assert "72%" in first and "81%" in first  # the similarity matrix
    for i, page in enumerate(reader.pages, start=1):
        page_text = flat(page.extract_text())
        assert f"page {i} of {len(reader.pages)}" in page_text
        assert page_text.startswith("odesa-strike") or "odesa-strike" in page_text[:80]


def test_rendered_pages_are_not_blank(hand_result, notes, tmp_path):
    path = export_pdf(hand_result, tmp_path, notes=notes)
    pages = render_gray(path, 1, 3, tmp_path)
    assert len(pages) == 3
    for w, h, pixels in pages:
        assert len(pixels) == w * h
        dark = sum(1 for p in pixels if p < 200)
        mean = sum(pixels) / len(pixels)
        variance = sum((p - mean) ** 2 for p in pixels) / len(pixels)
        assert dark > 0.01 * w * h and variance > 100


def test_only_chosen_statuses_are_highlighted(hand_result, tmp_path):
    annots = annotations(export_pdf(hand_result, tmp_path, statuses=("reworded",)))
    colors = {tuple(a["color"]) for a in annots if a["subtype"] == "/Highlight"}
    assert colors == {tuple(rgb(ANNOTATION_COLORS["reworded"]))}
    assert len([a for a in annots if a["subtype"] == "/Highlight"]) == 4


def test_only_chosen_sources(hand_result, tmp_path):
    path = export_pdf(hand_result, tmp_path, sources=("a.txt", "c"))
    text = pdf_text(path)
    assert "Зеленский предложил" in text and "The mayor visited" in text
    assert "Three people were killed in Odesa, officials said." not in text
    highlights = [a for a in annotations(path) if a["subtype"] == "/Highlight"]
    assert len(highlights) == expected_highlights(hand_result, docs={"a.txt", "c.txt"})
    assert not any(" b" in h["contents"] or h["contents"].endswith("b") for h in highlights)


def test_unknown_source_is_refused_with_the_known_names(hand_result, tmp_path):
    with pytest.raises(ValueError, match="no source named 'zzz'.*a.txt"):
        export_pdf(hand_result, tmp_path, sources=("zzz",))
    assert list(tmp_path.iterdir()) == []


def test_quotations_only(hand_result, notes, tmp_path):
    path = export_pdf(hand_result, tmp_path, quotes_only=True, notes=notes)
    text = pdf_text(path)
    assert QUOTE_B in text and QUOTE_C in text
    assert "The mayor visited the damaged port." not in text
    annots = annotations(path)
    assert [a["subtype"] for a in annots] == ["/Text"]  # the quotation's note only


def test_notes_only(hand_result, notes, tmp_path):
    path = export_pdf(hand_result, tmp_path, notes_only=True, notes=notes)
    text = pdf_text(path)
    assert "The mayor visited the damaged port." not in text and QUOTE_D not in text
    assert all(flat(n.text) in text for n in notes)
    annots = annotations(path)
    assert len(annots) == len(notes) and {a["subtype"] for a in annots} == {"/Text"}


def test_columns_layout_is_landscape_with_the_same_annotations(hand_result, notes, tmp_path):
    path = export_pdf(hand_result, tmp_path, layout="columns", notes=notes)
    reader = pypdf.PdfReader(str(path))
    assert any(float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages)
    annots = annotations(path)
    assert len([a for a in annots if a["subtype"] == "/Highlight"]) == expected_highlights(hand_result)
    assert len([a for a in annots if a["subtype"] == "/Text"]) == len(notes)
    # all three reports share a page, side by side
    landscape = [flat(p.extract_text()) for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert any("Zelensky offers talks" in t and "b.txt" in t and "c.txt" in t for t in landscape)


def test_seeds_end_to_end(seeds_result, tmp_path):
    path = export_pdf(seeds_result, tmp_path)
    text = pdf_text(path)
    for d in seeds_result.documents:
        assert d.name in text
    for q in seeds_result.quotes:
        assert flat(q.text) in text
    annots = annotations(path)
    assert len([a for a in annots if a["subtype"] == "/Highlight"]) == expected_highlights(seeds_result)
    for a in annots:
        status = next(s for s in STATUSES if rgb(ANNOTATION_COLORS[s]) == a["color"])
        assert status in STATUSES
    pages = render_gray(path, 1, 2, tmp_path)
    assert all(sum(1 for p in px if p < 200) > 0.01 * w * h for w, h, px in pages)


def test_outline_lists_the_sections(hand_result, notes, tmp_path):
    reader = pypdf.PdfReader(str(export_pdf(hand_result, tmp_path, notes=notes)))
    titles = [o.title for o in reader.outline]
    assert titles == ["Overview", "a · Zelensky offers talks", "b.txt", "c.txt", "Quotations", "Notes and verdicts"]


def test_edge_cases_still_export(tmp_path):
    from compareapp.core.result import ComparisonResult

    from .conftest import make_doc

    long_sentence = " ".join(["Сказал"] + ["word"] * 1600) + "."
    result = ComparisonResult((make_doc("long.txt", [[long_sentence]]), make_doc("empty.txt", [])))
    for layout in ("sequential", "columns"):
        path = export_pdf(result, tmp_path, name=f"{layout}.pdf", layout=layout)
        reader = pypdf.PdfReader(str(path))
        text = pdf_text(path)
        assert "Сказал word word" in text and "empty.txt" in text
        pages_with_text = [i for i, p in enumerate(reader.pages) if "word word" in p.extract_text()]
        # a sentence longer than a page continues over pages, one highlight per page it covers
        highlights = [a for a in annotations(path) if a["subtype"] == "/Highlight"]
        assert len(pages_with_text) >= 2 and len(highlights) == len(pages_with_text)
    path = export_pdf(ComparisonResult(()), tmp_path, name="nothing.pdf")
    assert "Comparison of 0 reports" in pdf_text(path)


def test_notes_sit_beside_their_passage(hand_result, notes, tmp_path):
    from dataclasses import replace

    moved = replace(notes[0], target_id="a.txt#99")  # an id from an older comparison: the anchor text decides
    path = export_pdf(hand_result, tmp_path, notes=(moved,))
    reader = pypdf.PdfReader(str(path))
    page_a = next(reader.get_destination_page_number(o) for o in reader.outline
                  if o.title == "a · Zelensky offers talks")
    assert "Officials in Odesa now say three dead" in flat(reader.pages[page_a].extract_text())
    texts = [a for a in annotations(path) if a["subtype"] == "/Text"]
    assert [t["page"] for t in texts] == [page_a]
    highlights = [a for a in annotations(path) if a["subtype"] == "/Highlight" and a["page"] == page_a]
    disputed = next(h for h in highlights if "figures differ" in h["contents"])
    note_icon = next(ref.get_object() for ref in reader.pages[page_a]["/Annots"]
                     if ref.get_object()["/Subtype"] == "/Text")
    top_of_passage = max(disputed["quads"][1::2])
    assert abs(float(note_icon["/Rect"][3]) - top_of_passage) < 20  # level with its sentence


def test_first_page_sums_up_the_findings(hand_result, notes, tmp_path):
    first = flat(pypdf.PdfReader(str(export_pdf(hand_result, tmp_path, notes=notes))).pages[0].extract_text())
    assert "3 passages carried by more than one source (1 near-identical, 2 reworded)" in first
    assert "1 figure that differs between sources" in first
    assert "2 quoted statements, 1 worded differently across sources" in first
    assert "5 notes (disputed 1, verified 1, needs checking 1)" in first
    assert "Figures that differ between sources" in first and "a ↔ b “At least one” vs “Three”" in first


def test_columns_line_counterparts_up(hand_result, tmp_path):
    path = export_pdf(hand_result, tmp_path, layout="columns")
    highlights = [a for a in annotations(path) if a["subtype"] == "/Highlight"]
    tops = {}
    for h in highlights:
        tops.setdefault(h["contents"].split(";")[0].split("\n")[0], []).append((h["page"], max(h["quads"][1::2])))
    assert len({*tops["shared with b"], *tops["shared with a"]}) == 1  # the shared pair starts on one row
    assert len({*tops["reworded in b"], *tops["reworded in a"]}) == 2  # two reworded pairs, each on its row
