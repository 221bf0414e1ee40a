"""Our own line layout for the PDF: styled runs wrapped into lines whose boxes
we know exactly, so that painted highlights and PDF highlight annotations
(QuadPoints) sit on the very lines the text occupies."""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .common import hex_rgb

FONT, BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
_registered = False


def register_fonts() -> None:
    """Embed DejaVu (Latin, Cyrillic, Greek, curly quotes) from the package's resources."""
    global _registered
    if _registered:
        return
    folder = files("compareapp.resources") / "fonts"
    for name, filename in _FILES.items():
        with as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    _registered = True


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
        return MONO if self.mono else (BOLD if self.bold else FONT)


@dataclass
class Frag:
    x: float
    width: float
    text: str
    run: Run


@dataclass
class Line:
    frags: list[Frag]

    @property
    def width(self) -> float:
        return self.frags[-1].x + self.frags[-1].width if self.frags else 0.0


_TOKENS = re.compile(r"\s+|\S+")
_width_cache: dict[tuple[str, str, float], float] = {}


def text_width(text: str, font: str, size: float) -> float:
    key = (text, font, size)
    w = _width_cache.get(key)
    if w is None:
        w = pdfmetrics.stringWidth(text, font, size)
        if len(_width_cache) < 200_000:
            _width_cache[key] = w
    return w


def wrap(runs: list[Run], width: float, size: float) -> list[Line]:
    """Greedy word wrap; a word split across runs (a mark inside a word) stays whole."""
    units: list[tuple[bool, list[tuple[str, Run]]]] = []  # (is_space, pieces)
    for run in runs:
        for tok in _TOKENS.findall(run.text):
            if tok.isspace():
                if "\n" in tok:  # an explicit line break inside a cell
                    units.append((True, [("\n", run)]))
                elif units and not units[-1][0]:
                    units.append((True, [(" ", run)]))
            elif units and not units[-1][0]:
                units[-1][1].append((tok, run))
            else:
                units.append((False, [(tok, run)]))
    lines: list[Line] = [Line([])]
    x = 0.0
    pending: tuple[str, Run] | None = None
    for is_space, pieces in units:
        if is_space:
            if pieces[0][0] == "\n":
                lines.append(Line([]))
                x, pending = 0.0, None
            else:
                pending = pieces[0]
            continue
        widths = [text_width(t, r.font, size) for t, r in pieces]
        w = sum(widths)
        space_w = text_width(" ", pending[1].font, size) if pending and lines[-1].frags else 0.0
        if lines[-1].frags and x + space_w + w > width:
            lines.append(Line([]))
            x, space_w = 0.0, 0.0
        elif space_w:
            x = _add(lines[-1], x, " ", space_w, pending[1])
        pending = None
        if w > width:  # a word longer than the line: break it by characters
            for t, r in pieces:
                for ch in t:
                    cw = text_width(ch, r.font, size)
                    if x + cw > width and lines[-1].frags:
                        lines.append(Line([]))
                        x = 0.0
                    x = _add(lines[-1], x, ch, cw, r)
            continue
        for (t, r), tw in zip(pieces, widths):
            x = _add(lines[-1], x, t, tw, r)
    return lines if any(line.frags for line in lines) else [Line([])]


def _add(line: Line, x: float, text: str, w: float, run: Run) -> float:
    if line.frags and line.frags[-1].run == run:
        line.frags[-1].text += text
        line.frags[-1].width += w
    else:
        line.frags.append(Frag(x, w, text, run))
    return x + w


def draw_line(c, line: Line, x: float, baseline: float, size: float) -> None:
    for f in line.frags:
        if f.run.bg:
            c.setFillColorRGB(*hex_rgb(f.run.bg))
            c.rect(x + f.x, baseline - size * 0.25, f.width, size * 1.15, stroke=0, fill=1)
    # One text object per line: viewers and text extractors then read the line
    # as continuous text, without a space invented where the font changes.
    t = c.beginText(x, baseline)
    font = color = None
    for f in line.frags:
        if f.run.font != font:  # only state changes go into the stream
            font = f.run.font
            t.setFont(font, size)
        if f.run.color != color:
            color = f.run.color
            t.setFillColorRGB(*hex_rgb(color))
        t.textOut(f.text)
    c.drawText(t)
    for f in line.frags:
        if f.run.underline and f.text.strip():
            c.setStrokeColorRGB(*hex_rgb(f.run.color))
            c.setLineWidth(max(0.5, size / 14))
            c.line(x + f.x, baseline - size * 0.14, x + f.x + f.width, baseline - size * 0.14)


def plain(text: str, **style) -> list[Run]:
    return [Run(text, **style)]
