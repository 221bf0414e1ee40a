"""Which font draws which character of the PDF.

DejaVu Sans, shipped in the package, draws Latin, Cyrillic, Greek, Arabic and
Hebrew. A character it lacks (Chinese, Japanese, Korean, Devanagari, Thai, ...)
is drawn with an installed font that has it (pdf_fontfind.py finds one),
registered with reportlab once and embedded as a subset like DejaVu. A text is
cut into segments, each with the font that draws it, and the layout measures
each segment with its own font.

A character no font has stays in the text, drawn with DejaVu (an empty box),
so copying and searching still find it; ``missing`` remembers it and the first
page says which scripts could not be drawn (see ``undrawable_scripts``).
"""
from __future__ import annotations

import re
import threading
import unicodedata
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from . import pdf_fontfind

FONT, BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
# where a DejaVu face lacks a character, its sibling may have it (the mono face has no Hebrew)
_SIBLINGS = {BOLD: (FONT,), MONO: (FONT,), FONT: ()}

_lock = threading.RLock()
_registered = False
_coverage: dict[str, frozenset[str]] = {}
_fallbacks: dict[tuple[str, int], str | None] = {}  # (path, index) -> registered name, None: failed
_choice: dict[tuple[str, str], str] = {}  # (primary font, character) -> the font that draws it
# installed fonts already drawing for a primary font, asked first: one script keeps one font
# through the document, and most characters need no search of the installed fonts
_used: dict[str, list[str]] = {}
missing: set[str] = set()  # characters no font has, drawn as boxes
_bold: dict[str, bool] = {}
_notdef: list[tuple[str, int]] = []  # (font, code point) mapped to the empty glyph, undone by reset()


def register_fonts() -> None:
    """Embed DejaVu (Latin, Cyrillic, Greek, Arabic, Hebrew, curly quotes) from the package's resources."""
    global _registered
    if _registered:
        return
    folder = files("compareapp.resources") / "fonts"
    for name, filename in _FILES.items():
        with as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    _registered = True


def coverage(name: str) -> frozenset[str]:
    """The characters a registered font has a glyph for (a set, so whole texts are checked at C speed)."""
    cov = _coverage.get(name)
    if cov is None:
        face = pdfmetrics.getFont(name).face
        cov = _coverage[name] = frozenset(chr(cp) for cp, gid in face.charToGlyph.items() if gid)
    return cov


def bold_face(name: str) -> bool:
    """Whether a registered font is a bold face; bold text in another is drawn thickened."""
    bold = _bold.get(name)
    if bold is None:
        style = getattr(pdfmetrics.getFont(name).face, "styleName", b"") or b""
        bold = _bold[name] = b"bold" in style.lower() if isinstance(style, bytes) else "bold" in style.lower()
    return bold


def segments(text: str, primary: str) -> list[tuple[str, str]]:
    """``text`` cut where the drawing font changes: [(part, font name), ...]."""
    if text.isascii():  # DejaVu has every printable ASCII character: the common case costs nothing
        return [(text, primary)]
    cov = coverage(primary)
    if cov.issuperset(text):
        return [(text, primary)]
    out: list[tuple[str, str]] = []
    for ch in text:
        if ch in cov:
            font = primary
        elif out and _mark(ch) and ch in coverage(out[-1][1]):
            font = out[-1][1]  # a combining mark stays with its letter's font
        else:
            font = font_for(ch, primary)
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + ch, font)
        else:
            out.append((ch, font))
    return out


def font_for(ch: str, primary: str) -> str:
    """The font that draws ``ch`` for text set in ``primary``: primary itself when no font has it."""
    key = (primary, ch)
    found = _choice.get(key)
    if found is None:
        with _lock:
            found = _choice[key] = _find(ch, primary)
    return found


def _find(ch: str, primary: str) -> str:
    if ch in coverage(primary):
        return primary
    for sibling in _SIBLINGS.get(primary, ()):
        if ch in coverage(sibling):
            return sibling
    if _invisible(ch):  # controls and format characters draw nothing in any font
        return primary
    used = _used.setdefault(primary, [])
    for name in used:
        if ch in coverage(name):
            return name
    bold, mono = primary == BOLD, primary == MONO
    for f in sorted(pdf_fontfind.fonts_with(ord(ch)), key=lambda f: _rank(f, bold, mono)):
        name = _register(f)
        if name and ch in coverage(name):
            used.append(name)
            return name
    missing.add(ch)
    # reportlab writes a character its font lacks as code 0, lost to copying and search;
    # mapped to the empty glyph it gets a code of its own, its box and the text layer keep it
    pdfmetrics.getFont(primary).face.charToGlyph.setdefault(ord(ch), 0)
    _notdef.append((primary, ord(ch)))
    return primary


def _rank(f: pdf_fontfind.FontFile, bold: bool, mono: bool) -> tuple:
    family, style = f.family.lower(), f.style.lower()
    plain = style in ("regular", "book", "normal", "roman", "medium", "bold", "")
    return (any(w in family for w in ("unifont", "last resort")),  # stand-in glyphs, last
            ("bold" in style) != bold,  # the weight asked for, else the other one
            not plain,  # no italic, condensed or light face for body text
            ("mono" in family) != mono,
            # a sans like DejaVu before serif faces (Ming, Song and Mincho are the CJK serifs)
            "sans" not in family and any(w in family for w in ("serif", "ming", "song", "mincho")),
            f.path, f.index)


def _register(f: pdf_fontfind.FontFile) -> str | None:
    key = (f.path, f.index)
    if key not in _fallbacks:
        name = f"Fallback{len(_fallbacks) + 1}-" + re.sub(r"[^A-Za-z0-9]+", "", f.family + f.style)[:40]
        try:
            pdfmetrics.registerFont(TTFont(name, f.path, subfontIndex=f.index))
            _fallbacks[key] = name
        except Exception:  # CFF outlines, embedding not allowed, an unreadable file: the next font
            _fallbacks[key] = None
    return _fallbacks[key]


def fallback_fonts() -> list[str]:
    """Names of the installed fonts registered so far (tests, diagnostics)."""
    return [n for n in _fallbacks.values() if n]


def reset() -> None:
    """Forget every choice and found font (tests that fake the lookup)."""
    with _lock:
        _choice.clear()
        _used.clear()
        missing.clear()
        for name, cp in _notdef:
            if pdfmetrics.getFont(name).face.charToGlyph.get(cp) == 0:
                del pdfmetrics.getFont(name).face.charToGlyph[cp]
        _notdef.clear()
        pdf_fontfind.reset()


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Zs") and ch != "\u3000"


# --- telling the reader what could not be drawn --------------------------------------
_SCRIPTS = {"CJK": "Chinese/Japanese (Han)", "IDEOGRAPHIC": "Chinese/Japanese (Han)", "KANGXI": "Chinese/Japanese (Han)",
            "HIRAGANA": "Japanese kana", "KATAKANA": "Japanese kana", "HANGUL": "Korean (Hangul)",
            "FULLWIDTH": "Chinese/Japanese (Han)", "HALFWIDTH": "Chinese/Japanese (Han)"}


def script_name(ch: str) -> str:
    """A reader's name for the script of ``ch``: 'Thai', 'Korean (Hangul)', 'symbols' ..."""
    words = unicodedata.name(ch, "").split()
    if not words:
        return "other characters"
    if words[0] in _SCRIPTS:
        return _SCRIPTS[words[0]]
    if unicodedata.category(ch)[0] in "LM":
        return words[0].title()
    return "symbols"


def undrawable_scripts(texts) -> list[str]:
    """Scripts of the characters in ``texts`` that no installed font can draw, in order of first use.
    Looks every character up now, so the first page can say so before the text is laid out."""
    register_fonts()
    seen: dict[str, None] = {}
    others: list[str] = []  # punctuation, digits, symbols: named after a script only when not one of them
    cov = coverage(FONT)
    for text in texts:
        if not text or text.isascii() or cov.issuperset(text):
            continue
        for ch in dict.fromkeys(text):
            if ch not in cov and not _invisible(ch) and font_for(ch, FONT) == FONT:
                if unicodedata.category(ch)[0] in "LM":
                    seen.setdefault(script_name(ch))
                else:
                    others.append(ch)
    for ch in others:  # the Devanagari danda goes with Devanagari, an emoji is a symbol
        first = unicodedata.name(ch, "?").split(" ")[0]
        if _SCRIPTS.get(first, first.title()) not in seen:
            seen.setdefault("symbols")
    return list(seen)
