"""Reports in scripts the shipped DejaVu Sans lacks: every character drawn with a
font that has it, right-to-left text shaped and in display order, and the first
page saying which scripts no installed font could draw."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from compareapp import compare_texts
from compareapp.export import ExportOptions, export_report, pdf_fontfind, pdf_fonts
from compareapp.export.pdf_text import FONT, Run, register_fonts, text_width, wrap

from .conftest import render_gray

ZH = ["敖德萨港口周六凌晨遭到无人机袭击，造成至少一人死亡、五人受伤。",
      "当地官员说，港口的粮食仓库起火，消防人员经过三个小时才将火扑灭。"]
AR = ["تعرض ميناء مدينة أوديسا لهجوم بطائرات مسيرة فجر يوم السبت.",
      "وقال زيلينسكي (الرئيس الأوكراني) إن الهجوم أسفر عن مقتل 3 أشخاص."]
RU = ["Порт Одессы в субботу утром был атакован беспилотниками.",
      "По словам местных чиновников, загорелись зернохранилища порта."]
FIXED = "2025-07-22T09:00:00+00:00"


@pytest.fixture(autouse=True)
def fresh_fonts():
    """Each test finds fonts afresh; one that fakes the lookup leaves nothing behind."""
    pdf_fonts.reset()
    yield
    pdf_fonts.reset()


@pytest.fixture
def cjk_font():
    register_fonts()
    if not pdf_fontfind.fonts_with(ord("中")):
        pytest.skip("no installed TrueType font has Chinese characters; .ci/run installs fonts-wqy-microhei")


def export(tmp_path: Path, name: str = "scripts.pdf", **opts) -> Path:
    result = compare_texts({"新华社.txt": "\n\n".join(ZH), "arabic.txt": " ".join(AR), "russian.txt": " ".join(RU)})
    path = tmp_path / name
    export_report(result, str(path), ExportOptions(exported_at=FIXED, **opts))
    return path


def drawn_chunks(path: Path) -> list[tuple[str, str]]:
    """(text, embedded font name without its subset tag) for every piece of text pypdf reads."""
    chunks: list[tuple[str, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            chunks.append((text, str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]))

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return chunks


def source_cmaps() -> dict[str, frozenset[str]]:
    """The characters of each font the export registered, read from its TrueType file's cmap."""
    names = [FONT, pdf_fonts.BOLD, pdf_fonts.MONO] + pdf_fonts.fallback_fonts()
    out = {}
    for name in names:
        face = pdfmetrics.getFont(name).face  # named as reportlab names the embedded font
        out[(face.name + getattr(face, "subfontNameX", b"")).decode()] = pdf_fonts.coverage(name)
    return out


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_every_character_is_drawn_with_a_font_that_has_its_glyph(cjk_font, tmp_path):
    path = export(tmp_path)
    cmaps = source_cmaps()
    chunks = drawn_chunks(path)
    used = {font for _, font in chunks}
    assert any(not f.startswith("DejaVu") for f in used), used  # an installed font drew the Chinese
    for text, font in chunks:
        assert font in cmaps, f"{font} is not a font this export registered"
        lacking = {ch for ch in text if not ch.isspace() and ch not in cmaps[font]}
        assert not lacking, f"{font} has no glyph for {sorted(lacking)}"
    drawn = "".join(t for t, _ in chunks)
    for ch in set("".join(ZH + RU)) - {" "}:
        assert ch in drawn
    reader = pypdf.PdfReader(str(path))
    for page in reader.pages:  # every font embedded (as a subset), the fallback too
        for ref in (page["/Resources"].get_object().get("/Font") or {}).values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()
    assert "Not drawn" not in reader.pages[0].extract_text()


def test_text_extraction_gives_chinese_russian_and_arabic(cjk_font, tmp_path):
    pages = [p.extract_text() for p in pypdf.PdfReader(str(export(tmp_path))).pages]
    text = squeeze("".join(pages))
    for sentence in ZH + RU:
        assert squeeze(sentence) in text
    # Arabic comes back in reading order as the presentation forms it is drawn with;
    # NFKC turns them into the letters of the report
    arabic = unicodedata.normalize("NFKC", " ".join(pages))
    for word in ("ميناء", "أوديسا", "بطائرات", "زيلينسكي", "الأوكراني"):
        assert word in arabic


def test_pages_with_chinese_and_arabic_are_not_blank(cjk_font, tmp_path):
    path = export(tmp_path)
    reader = pypdf.PdfReader(str(path))
    wanted = {i + 1 for i, p in enumerate(reader.pages)
              if "敖德萨" in p.extract_text() or "ﺃﻭﺩﻳﺴﺎ" in p.extract_text()}
    assert len(wanted) >= 2
    for number in sorted(wanted):
        (w, h, pixels), = render_gray(path, number, number, tmp_path, dpi=60)
        body = pixels[w * h // 8: w * h * 7 // 8]  # below the header, above the footer
        assert sum(1 for p in body if p < 160) > 500, f"page {number} has almost no text"
        for f in tmp_path.glob("page*.pgm"):
            f.unlink()


def test_first_page_names_the_scripts_no_font_can_draw(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_fontfind, "fonts_with", lambda cp: [])
    path = export(tmp_path)
    reader = pypdf.PdfReader(str(path))
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Not drawn Chinese/Japanese (Han): no TrueType font installed on this computer has its letters" in first
    assert "Arabic" not in first.split("Not drawn")[1][:60]  # DejaVu draws Arabic and Cyrillic itself
    # the characters stay in the text, for copying and search
    text = squeeze("".join(p.extract_text() for p in reader.pages))
    assert squeeze(ZH[0]) in text


def test_the_font_folders_are_searched_without_fontconfig(cjk_font, monkeypatch):
    found = pdf_fontfind.fonts_with(ord("中"))[0]
    pdf_fontfind.reset()
    monkeypatch.setattr(pdf_fontfind.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf_fontfind, "font_folders", lambda: [str(Path(found.path).parent)])
    again = pdf_fontfind.fonts_with(ord("中"))
    assert again and again[0].path == found.path and again[0].has(ord("文"))


def test_right_to_left_lines_are_shaped_reordered_and_right_aligned():
    register_fonts()
    hebrew = wrap([Run("שלום עולם")], 300, 9)[0]
    assert "".join(f.text for f in hebrew.frags) == "םלוע םולש"
    assert hebrew.dx == pytest.approx(300 - hebrew.width)
    mixed = wrap([Run("He said שלום עולם today")], 300, 9)[0]  # a left-to-right paragraph
    assert "".join(f.text for f in mixed.frags) == "He said םלוע םולש today" and mixed.dx == 0
    arabic = wrap([Run("السلام (عليكم) 2025")], 300, 9)[0]
    drawn = "".join(f.text for f in arabic.frags)
    assert drawn.startswith("2025 ") and "(" in drawn and drawn.index("(") < drawn.index(")")
    assert all(not ("\u0621" <= ch <= "\u064a") for ch in drawn)  # letters in their joined forms
    # read right to left, the joined forms back to letters, the mirrored brackets back: the text itself
    logical = unicodedata.normalize("NFKC", drawn[5:][::-1])
    assert logical.translate(str.maketrans("()", ")(")) == "السلام (عليكم)"
    x = 0.0
    for f in arabic.frags:  # measured as drawn
        assert f.x == pytest.approx(x) and f.width == pytest.approx(text_width(f.text, f.font, 9))
        x += f.width


def test_chinese_breaks_between_characters_never_before_closing_punctuation(cjk_font):
    text = ZH[0] + ZH[1]
    lines = wrap([Run(text)], 80, 9)
    assert len(lines) > 3
    assert "".join(f.text for line in lines for f in line.frags) == text
    for line in lines:
        assert line.width <= 80 + 1e-6
        assert line.frags[0].text[0] not in "，、。"
        assert all(f.font != FONT for f in line.frags)


def test_an_arabic_word_joins_across_a_change_of_style():
    register_fonts()
    line = wrap([Run("بب"), Run("ب", bold=True, underline=True)], 300, 9)[0]
    # drawn right to left: the final form (the marked letter) leftmost, then medial, initial
    assert [(f.text, f.run.bold) for f in line.frags] == [("\ufe90", True), ("\ufe92\ufe91", False)]
