"""Our own line layout for the PDF: styled runs wrapped into lines whose boxes
we know exactly, so that painted highlights and PDF highlight annotations
(QuadPoints) sit on the very lines the text occupies.

Every piece of text is measured and drawn with the font that has its glyphs
(pdf_fonts.py: DejaVu, else an installed font); Chinese and Japanese lines
break between any two characters, their closing punctuation kept with the
character before it; right-to-left lines are shaped and reordered
(pdf_bidi.py)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from reportlab.pdfbase import pdfmetrics

from .common import hex_rgb
from .pdf_bidi import has_rtl, rtl_paragraph, shape, visual
from .pdf_fonts import BOLD, FONT, MONO, bold_face, coverage, register_fonts, segments

__all__ = ["BOLD", "FONT", "MONO", "Frag", "Line", "Run", "draw_line", "fit_line", "plain", "register_fonts",
           "text_width", "wrap"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    underline: bool = False
    color: str = "#000000"
    mono: bool = False
    bg: str | None = None  # a background behind just these words

    @property
    def font(self) -> str:
        """Its DejaVu face; characters DejaVu lacks are drawn with another font (see Frag.font)."""
        return MONO if self.mono else (BOLD if self.bold else FONT)


@dataclass
class Frag:
    x: float
    width: float
    text: str
    run: Run
    font: str = FONT  # the font that draws it: the run's own, or one that has these glyphs


@dataclass
class Line:
    frags: list[Frag]
    dx: float = 0.0  # where the line starts in its box: a right-to-left paragraph's lines end at the right

    @property
    def width(self) -> float:
        return self.frags[-1].x + self.frags[-1].width if self.frags else 0.0


# Chinese and Japanese: a line may break between any two of these characters
_CJK = "\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff" \
       "\uff00-\uffef\U00020000-\U0003ffff"
# ... except before closing punctuation and small kana, or after an opening bracket (kinsoku)
_CLOSE = "、。，．：；！？）」』】〕〉》〗〙〟”’・ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ.,:;!?)\\]}%"
_OPEN = "（「『【〔〈《〖〘〝“‘"
_TOKENS = re.compile(f"\\s+|[{_OPEN}]*[{_CJK}][{_CLOSE}]*|[^\\s{_CJK}]+")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_BREAKS = re.compile(r"\s*\n\s*")  # whitespace holding a line break: one break, as _units reads it
_width_cache: dict[tuple[str, str, float], float] = {}


def text_width(text: str, font: str, size: float) -> float:
    key = (text, font, size)
    w = _width_cache.get(key)
    if w is None:
        w = pdfmetrics.stringWidth(text, font, size)
        if len(_width_cache) < 200_000:
            _width_cache[key] = w
    return w


def _units(runs: list[Run]) -> list[tuple[bool, list[tuple[str, Run]]]]:
    """Words and the spaces between them: (is_space, [(text, run), ...]). A word split across
    runs (a mark inside a word) is one unit; each Chinese or Japanese character is its own."""
    units: list[tuple[bool, list[tuple[str, Run]]]] = []
    cjk_before = False  # the last word ended with such a character: the next may start a new unit
    for run in runs:
        for tok in _TOKENS.findall(run.text):
            if tok.isspace():
                if "\n" in tok:  # an explicit line break inside a cell
                    units.append((True, [("\n", run)]))
                elif units and not units[-1][0]:
                    units.append((True, [(" ", run)]))
                cjk_before = False
                continue
            cjk = _CJK_CHAR.search(tok) is not None
            if units and not units[-1][0] and not cjk and not cjk_before:
                units[-1][1].append((tok, run))
            else:
                units.append((False, [(tok, run)]))
            cjk_before = cjk
    return units


def _pieces(word: list[tuple[str, Run]]) -> list[tuple[str, Run, str]]:
    """A word's parts cut where the drawing font changes: (text, run, font)."""
    return [(seg, r, font) for t, r in word for seg, font in segments(t, r.font)]


def wrap(runs: list[Run], width: float, size: float) -> list[Line]:
    """Greedy word wrap; a word split across runs (a mark inside a word) stays whole."""
    whole = "".join(r.text for r in runs)
    rtl_any = has_rtl(whole)
    if rtl_any:  # Arabic letters joined before anything is measured
        texts = shape([r.text for r in runs], [coverage(r.font) for r in runs])
        runs = [r if t is r.text else replace(r, text=t) for r, t in zip(runs, texts)]
    lines: list[Line] = [Line([])]
    paras = [0]  # the paragraph of each line
    x = 0.0
    pending: tuple[str, Run] | None = None
    for is_space, word in _units(runs):
        if is_space:
            if word[0][0] == "\n":
                lines.append(Line([]))
                paras.append(paras[-1] + 1)
                x, pending = 0.0, None
            else:
                pending = word[0]
            continue
        pieces = _pieces(word)
        widths = [text_width(t, f, size) for t, _, f in pieces]
        w = sum(widths)
        space_w = text_width(" ", pending[1].font, size) if pending and lines[-1].frags else 0.0
        if lines[-1].frags and x + space_w + w > width:
            lines.append(Line([]))
            paras.append(paras[-1])
            x, space_w = 0.0, 0.0
        elif space_w:
            x = _add(lines[-1], x, " ", space_w, pending[1], pending[1].font)
        pending = None
        if w > width:  # a word longer than the line: break it by characters (a mark stays with its letter)
            for t, r, f in pieces:
                for ch in _clusters(t):
                    cw = text_width(ch, f, size)
                    if x + cw > width and lines[-1].frags:
                        lines.append(Line([]))
                        paras.append(paras[-1])
                        x = 0.0
                    x = _add(lines[-1], x, ch, cw, r, f)
            continue
        for (t, r, f), tw in zip(pieces, widths):
            x = _add(lines[-1], x, t, tw, r, f)
    if not any(line.frags for line in lines):
        return [Line([])]
    if rtl_any:  # each paragraph (text between explicit breaks) takes its own direction
        rtl = [rtl_paragraph(p) for p in _BREAKS.split(whole)]
        lines = [_display_order(line, rtl[min(p, len(rtl) - 1)], width, size) if line.frags else line
                 for line, p in zip(lines, paras)]
    return lines


def _clusters(text: str) -> list[str]:
    """Characters with the combining marks that follow them (never split across lines)."""
    out: list[str] = []
    for ch in text:
        if out and unicodedata.category(ch) in ("Mn", "Mc", "Me"):  # Devanagari's vowel signs are Mc
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _display_order(line: Line, rtl: bool, width: float, size: float) -> Line:
    """A line of a paragraph with right-to-left text, its fragments left to right as drawn."""
    parts = [f.text for f in line.frags]
    logical = "".join(parts)
    if not rtl and not has_rtl(logical):
        return line
    frags, x = [], 0.0
    for k, text in visual(parts, rtl):
        src = line.frags[k]
        w = src.width if len(text) == len(src.text) else text_width(text, src.font, size)
        frags.append(Frag(x, w, text, src.run, src.font))
        x += w
    out = Line(frags)
    if rtl:
        out.dx = max(0.0, width - out.width)
    return out


def _add(line: Line, x: float, text: str, w: float, run: Run, font: str) -> float:
    last = line.frags[-1] if line.frags else None
    if last is not None and last.run == run and last.font == font:
        last.text += text
        last.width += w
    else:
        line.frags.append(Frag(x, w, text, run, font))
    return x + w


def fit_line(runs: list[Run], width: float, size: float) -> Line:
    """The runs on one line, cut with an ellipsis where they would pass ``width``."""
    text = "".join(r.text for r in runs).replace("\n", " ")
    style = runs[0] if runs else Run("")

    def line(t: str) -> Line:
        out = wrap([Run(t, style.bold, style.underline, style.color, style.mono)], 1e9, size)[0]
        out.dx = 0.0
        return out

    full = line(text)
    if full.width <= width:
        return full
    lo, hi = 0, len(text)  # the longest cut that fits, found in a few layouts
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if line(text[:mid].rstrip() + "…").width <= width:
            lo = mid
        else:
            hi = mid - 1
    return line(text[:lo].rstrip() + "…")


def draw_line(c, line: Line, x: float, baseline: float, size: float) -> None:
    for f in line.frags:
        if f.run.bg:
            c.setFillColorRGB(*hex_rgb(f.run.bg))
            c.rect(x + f.x, baseline - size * 0.25, f.width, size * 1.15, stroke=0, fill=1)
    # One text object per line: viewers and text extractors then read the line
    # as continuous text, without a space invented where the font changes.
    t = c.beginText(x, baseline)
    font = color = stroke = None
    thick = False
    for f in line.frags:
        if f.font != font:  # only state changes go into the stream
            font = f.font
            t.setFont(font, size)
        if f.run.color != color:
            color = f.run.color
            t.setFillColorRGB(*hex_rgb(color))
        # bold words in a font without a bold face (most CJK fonts): outlined as well as
        # filled, so that changed words and headings still stand out
        bold = f.run.bold and font not in (BOLD, MONO) and not bold_face(font)
        if bold and stroke != color:
            stroke = color
            t.setStrokeColorRGB(*hex_rgb(color))
            c.setLineWidth(size * 0.04)  # graphics state, in force in the text object drawn below
        if bold != thick:
            thick = bold
            t.setTextRenderMode(2 if bold else 0)
        t.textOut(f.text)
    if thick:  # the render mode outlives the text object: back to plain filling
        t.setTextRenderMode(0)
    c.drawText(t)
    for f in line.frags:
        if f.run.underline and f.text.strip():
            c.setStrokeColorRGB(*hex_rgb(f.run.color))
            c.setLineWidth(max(0.5, size / 14))
            c.line(x + f.x, baseline - size * 0.14, x + f.x + f.width, baseline - size * 0.14)


def plain(text: str, **style) -> list[Run]:
    return [Run(text, **style)]
