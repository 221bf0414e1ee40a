"""Right-to-left text in the PDF: Arabic letter shaping and display order.

A PDF draws glyphs left to right, one after another, and knows nothing of
scripts: what a viewer shows is what we draw. So, as a browser would do it:

- Arabic letters take their joined form (initial, medial, final, isolated; the
  lam-alef ligatures) before they are measured: arabic-reshaper maps them to
  the Unicode presentation forms, which DejaVu Sans has. A paragraph is shaped
  run by run (one call each: the reshaper is slow per call), not word by word.
- Each wrapped line is put in display order with the Unicode bidirectional
  algorithm (python-bidi), a line of an Arabic or Hebrew paragraph right to
  left, a Latin name or a figure inside it left to right.

Lines are wrapped in logical order first and reordered one by one, as the
algorithm's rule L2 says (a paragraph's first line holds its first words).

Text extraction: pypdf and poppler (pdftotext, Okular, Evince) put a run of
right-to-left characters drawn this way back in reading order, as presentation
forms (NFKC normalisation turns them into the plain letters) and with mirrored
brackets as drawn. No /ActualText is added: poppler reverses the logical text
such a span gives it, and pypdf ignores it.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Hebrew, Arabic, Syriac, Thaana, N'Ko ... and their presentation forms
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
_ZWJ = "\u200d"
_reshaper = None


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def rtl_paragraph(text: str) -> bool:
    """True when the first strong character is right-to-left (rules P2, P3)."""
    if not has_rtl(text):
        return False
    from bidi import algorithm as uba

    return uba.get_base_level(text) == 1


def _arabic_reshaper():
    global _reshaper
    if _reshaper is None:
        from arabic_reshaper import ArabicReshaper

        # Diacritics (harakat) are kept: they are part of the text a reader copies.
        # Of the ligatures only lam-alef, which Arabic requires and DejaVu has;
        # the default also makes 'Allah' one glyph, which DejaVu lacks.
        _reshaper = ArabicReshaper(configuration={"delete_harakat": False,
                                                  "ARABIC LIGATURE ALLAH": False})
    return _reshaper


@lru_cache(maxsize=4096)
def _reshape(text: str) -> str:
    return _arabic_reshaper().reshape(text)


def shape(parts: list[str], covered: list[frozenset[str]]) -> list[str]:
    """Texts in logical order (a paragraph's runs, cut where the style changes) with
    Arabic letters in their joined forms. A letter joins across a cut: a zero width
    joiner stands for the neighbour while a part is shaped, and is dropped after.
    ``covered[i]``: the characters part i's font has; a form it lacks (some Urdu
    letters') goes back to the plain letter."""
    if not any(_ARABIC.search(p) for p in parts):
        return parts
    from arabic_reshaper.letters import LETTERS_ARABIC as letters
    from arabic_reshaper.letters import connects_with_letter_after as joins_next
    from arabic_reshaper.letters import connects_with_letter_before as joins_previous

    out = []
    for i, part in enumerate(parts):
        if not _ARABIC.search(part):
            out.append(part)
            continue
        before = i > 0 and parts[i - 1] != "" and joins_next(parts[i - 1][-1], letters) \
            and joins_previous(part[0], letters)
        after = i + 1 < len(parts) and parts[i + 1] != "" and joins_next(part[-1], letters) \
            and joins_previous(parts[i + 1][0], letters)
        shaped = _reshape(_ZWJ * bool(before) + part + _ZWJ * bool(after))
        if not covered[i].issuperset(shaped):
            shaped = "".join(c if c in covered[i] or not _PRESENTATION.match(c) else unicodedata.normalize("NFKC", c)
                             for c in shaped)
        out.append(shaped)
    return out


def visual(parts: list[str], rtl: bool) -> list[tuple[int, str]]:
    """A line's parts (logical order) in display order, left to right, as (part index,
    text) pairs: a part is split where the direction changes inside it; characters at
    a right-to-left level come reversed and mirrored ('(' drawn as ')')."""
    from bidi import algorithm as uba

    text = "".join(parts)
    owner = [i for i, p in enumerate(parts) for _ in p]
    storage = uba.get_empty_storage()
    storage["base_level"], storage["base_dir"] = (1, "R") if rtl else (0, "L")
    uba.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):  # to know each character's part after reordering
        ch["i"] = i
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    out: list[tuple[int, str]] = []
    for ch in storage["chars"]:  # explicit embedding marks (X9) are gone: they draw nothing
        k = owner[ch["i"]]
        if out and out[-1][0] == k:
            out[-1] = (k, out[-1][1] + ch["ch"])
        else:
            out.append((k, ch["ch"]))
    return out
