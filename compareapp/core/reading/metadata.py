"""What a report's own text says about where it comes from: headline, byline,
dateline (place and outlet) and date. Generic rules for news copy; each field
stays None when the text does not say."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from ..model import DocumentMeta
from ..segment import HEADING, ParagraphSpan, find_dateline

_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}

_BYLINE_RE = re.compile(
    r"\s*(?:By|BY|by)\s+(?P<name>[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|and|&|de|da|van|von|der|al|bin|la|le))*)"
    r"(?P<tail>\s*(?:[,|–—]|\s-)\s*[^.!?]*)?\s*$")
_NOT_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                       "May June July August September October November December The Then Now Noon Midnight "
                       "Early Late Law Order Contrast Comparison".split())
_BYLINE_MAX_WORDS = 14
_DATE_LINE_RE = re.compile(
    r"\s*(?:(?:date|dated|published|posted|updated|last updated)\s*:?\s*(?:on\s+)?)?(?:[A-Z][a-z]+day,?\s+)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:[T\s,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z)?)?\s*$",
    re.IGNORECASE)
# How far from the top a headline, byline, date or dateline may sit.
_TOP_PARAGRAPHS = 8


def iso_date(written: str | None) -> str | None:
    """'2025-07-19', 'July 19, 2025', '19 Jul. 2025' -> '2025-07-19' (None if not a date)."""
    if not written:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", written.strip())
    if m:
        y, mo, d = (int(x) for x in m.groups())
    else:
        parts = re.findall(r"[A-Za-z]+|\d+", written)
        words = [p for p in parts if p.isalpha()]
        nums = [int(p) for p in parts if p.isdigit()]
        month = next((_MONTH_NUMBERS.get(w[:3].lower()) for w in words if w[:3].lower() in _MONTH_NUMBERS), None)
        years = [n for n in nums if n > 31]
        days = [n for n in nums if n <= 31]
        if month is None or not years or not days:
            return None
        y, mo, d = years[0], month, days[0]
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1800 <= y <= 2200):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def byline_of(paragraph: str) -> str | None:
    """'By Jane Doe and John Roe, Reuters' -> 'Jane Doe and John Roe'."""
    paragraph = paragraph.strip().strip("*_")  # markdown emphasis: *By Jane Doe*
    if paragraph[:3].lower() != "by " or len(paragraph.split()) > _BYLINE_MAX_WORDS:
        return None
    m = _BYLINE_RE.match(paragraph)
    if not m or m.group("name").split()[0] in _NOT_NAMES:
        return None
    if m.group("tail") and len(m.group("tail").split()) > 6:
        return None
    return m.group("name").strip()


def date_of_line(paragraph: str) -> str | None:
    """A paragraph that is only a date ('date 2025-07-19', 'Published: July 19, 2025 10:45')."""
    if len(paragraph) > 80:
        return None
    m = _DATE_LINE_RE.match(paragraph)
    return iso_date(m.group("date")) if m else None


# A publication line sets the page's outlet, author, date and reading time on
# one line between separators: "Sportswire | 13 January 2026, 09:12 GMT",
# "**The Ledger** · 13 January 2026 · 6 min read", "*By Jane Doe, Example
# Wire | 12 November 2025*". Every part is a label (a few words, no sentence
# end), a byline, a reading time or a date, and one of them is a date.
_PART_SEPARATOR_RE = re.compile(r"\s+[|·•]\s+")
_READ_TIME_RE = re.compile(r"\d+\s*(?:min|mins|minute|minutes)\s+read", re.IGNORECASE)
_LABEL_MAX_WORDS = 5


class PublicationLine(NamedTuple):
    date: str
    byline: str | None = None
    outlet: str | None = None  # the leading label: outlets put their name first


def publication_line(paragraph: str) -> PublicationLine | None:
    """Date, byline and outlet of a publication line, else None."""
    if len(paragraph) > 160:
        return None
    parts = [p.strip().strip("*_").strip() for p in _PART_SEPARATOR_RE.split(paragraph.strip().strip("*_"))]
    if len(parts) < 2:
        return None
    date = byline = outlet = None
    for i, part in enumerate(parts):
        if (found := date_of_line(part)) is not None:
            date = date or found
        elif (name := byline_of(part)) is not None:
            byline = byline or name
        elif _READ_TIME_RE.fullmatch(part):
            continue
        elif part and len(part.split()) <= _LABEL_MAX_WORDS and part[-1] not in ".!?:;":
            if i == 0:
                outlet = part  # "Sportswire | ...": later labels are sections or places
        else:
            return None
    return PublicationLine(date, byline, outlet) if date else None


def is_furniture_line(paragraph: str) -> bool:
    """Bylines, bare date lines and publication lines: shown, never compared."""
    return (byline_of(paragraph) is not None or date_of_line(paragraph) is not None
            or publication_line(paragraph) is not None)


def meta_from_text(text: str, paragraphs: list[ParagraphSpan], boilerplate: list[bool],
                   given: DocumentMeta | None = None, dateline_at: int | None = None) -> DocumentMeta:
    """Metadata read off the top of the text; fields in ``given`` win.
    ``dateline_at`` is where the splitter found a dateline, if it did."""
    found: dict[str, str | None] = {}
    body_seen = heading_seen = False
    for i, p in enumerate(paragraphs[:_TOP_PARAGRAPHS]):
        chunk = text[p.start:p.end]
        content_start = p.content_start if p.content_start >= 0 else p.start
        if (byline := byline_of(chunk)) is not None:
            found.setdefault("byline", byline)
            continue
        if (date := date_of_line(chunk)) is not None:
            found.setdefault("date", date)
            continue
        if (line := publication_line(chunk)) is not None:
            found.setdefault("date", line.date)
            if line.byline:
                found.setdefault("byline", line.byline)
            if line.outlet:
                found.setdefault("outlet", line.outlet)
            continue
        if boilerplate[i] or body_seen:
            continue
        if p.kind == HEADING:
            # the first heading above the body is the headline; later ones are decks
            if not heading_seen and i + 1 < len(paragraphs):
                found.setdefault("title", text[content_start:p.end].strip())
            heading_seen = True
            continue
        body_seen = True
    if dateline_at is not None:
        dateline = find_dateline(text, dateline_at, len(text))
        if dateline is not None:
            found.setdefault("place", dateline.place)
            found.setdefault("outlet", dateline.outlet)
            found.setdefault("date", iso_date(dateline.date))
    meta = DocumentMeta(**{k: v for k, v in found.items() if v})
    if given is not None:
        meta = replace(meta, **{k: v for k, v in vars(given).items() if v})
    return meta
