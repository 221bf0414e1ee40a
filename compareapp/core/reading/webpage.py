"""Web pages -> (text, metadata): the article as trafilatura finds it, with
the tables of the article put back in place (webtables.py), or, on a page
where it finds none, the page's own paragraphs.

The bytes are decoded here, once, for trafilatura and lxml alike: a BOM
decides, then valid UTF-8 (whatever the page declares: pages re-saved by an
editor keep a stale "windows-1251"), then the charset the page declares,
unless what it gives reads as mess and a detected code page does not (a
page declared "utf-8" or "iso-8859-1" but saved in cp1251). trafilatura
alone would ignore the declaration and guess (cp1250 for a short Western
page: "naďve"), and lxml alone would trust it blindly.
"""
from __future__ import annotations

import codecs
import logging
import re

from ..model import DocumentMeta
from .formats import Unreadable, _clean
from .metadata import iso_date
from .text import NotText, _implausible, _legacy, decode_text
from .webtables import TableReader, parse, visible_lines

# <meta charset=...>, <meta http-equiv="Content-Type" content="...; charset=...">, <?xml encoding=...?>
_DECLARED_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w\-:.]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w\-.]+)""",
                          re.IGNORECASE)
_HEAD_BYTES = 8192
# Labels browsers read as another encoding (the WHATWG Encoding standard):
# "iso-8859-1" and "ascii" pages are windows-1252, and a "utf-16" meta in a
# byte-oriented page means UTF-8.
_AS_BROWSERS_DO = {"latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252", "iso8859_9": "cp1254",
                   "iso8859_11": "cp874", "utf_16": "utf-8", "utf_16_le": "utf-8", "utf_16_be": "utf-8"}
_TABLE_RE = re.compile(r"<table\b", re.IGNORECASE)
_TAGS_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _declared(data: bytes) -> str | None:
    m = _DECLARED_RE.search(data[:_HEAD_BYTES])
    if not m:
        return None
    try:
        name = codecs.lookup((m.group(1) or m.group(2)).decode("ascii")).name.replace("-", "_")
    except (LookupError, UnicodeDecodeError):
        return None
    return _AS_BROWSERS_DO.get(name, name)


def _reads_worse(page: str, other: str) -> bool:
    """Whether the words of one decoding read as mess beside another's."""
    from charset_normalizer.md import mess_ratio

    a, b = _TAGS_RE.sub(" ", page)[:65536], _TAGS_RE.sub(" ", other)[:65536]
    if _implausible(a) != _implausible(b):
        return _implausible(a)
    return mess_ratio(a, 1.0) > mess_ratio(b, 1.0) + 0.01


def decode_html(data: bytes) -> tuple[str, str]:
    """(page text, encoding name)."""
    declared = _declared(data)
    if declared and declared not in ("utf_8", "utf_8_sig") and not data.startswith(
            (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            page = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            page = None
        if page is not None:
            guess = _legacy(data)
            if guess is None or codecs.lookup(guess[1]).name == codecs.lookup(declared).name \
                    or not _reads_worse(page, guess[0]):
                return page, declared
            return guess
    try:
        return decode_text(data)
    except NotText as exc:
        raise Unreadable(f"web page: {exc}") from None


_FALLBACK_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                  "iframe", "svg", "button", "menu")
_FALLBACK_KEEP = ("h1", "h2", "h3", "h4", "p", "li", "blockquote")


def _html_fallback(page: str) -> str:
    """When trafilatura finds no article (short pages): the paragraphs and
    tables outside scripts, navigation, headers and footers."""
    root = parse(page)
    if root is None:
        return ""
    for bad in list(root.iter(*_FALLBACK_DROP)):  # collect first: dropping while iterating skips nodes
        if bad.getparent() is not None:
            bad.drop_tree()
    tables = TableReader()
    lines: list[str] = []
    for el in root.iter(*_FALLBACK_KEEP, "table"):
        if any(a.tag in _FALLBACK_KEEP or a.tag == "table" for a in el.iterancestors()):
            continue  # read with the block or table that holds it
        if el.tag == "table":
            lines.extend(tables.lines(el))
        else:
            line = " ".join(el.text_content().split())
            if line:
                lines.append(line)
    return "\n".join(lines)


def _stated_date(date: str | None, page: str) -> str | None:
    """The page's date, unless it is only trafilatura's guess from a bare year.

    With no date on the page, trafilatura turns the year of a copyright line
    ("© 2025 Example Media") into 1 January of it; a fact-checker ordering
    reports by date must not be shown a day nobody wrote. A 1 January that the
    page itself states (a meta tag, "January 1", "1 Jan", "01.01.") is kept.
    """
    if not date or not date.endswith("-01-01"):
        return date
    year = date[:4]
    stated = (rf"{year}-0?1-0?1|{year}/0?1/0?1|0?1[./]0?1[./]{year}|\bjan(?:uary|\.)?\s+0?1(?:st)?\b"
              r"|\b0?1(?:st)?\s+jan(?:uary|\.)?\b")
    return date if re.search(stated, page, re.IGNORECASE) else None


def read_html(data: bytes) -> tuple[str, DocumentMeta]:
    """Article text, title, site name and date of a web page."""
    import trafilatura

    page, _encoding = decode_html(data)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        # tables off: trafilatura would take a page's layout table whole (menu
        # column and all) and move the tables nested in it out of place;
        # visible_lines puts the article's own tables back where they stand
        got = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False)
    except Exception:  # noqa: BLE001 - a parser crash on one page must not stop the folder
        got = None
    fields = (got.as_dict() if hasattr(got, "as_dict") else got) or {}
    text = (fields.get("text") or "").strip()
    if len(text.split()) < 5:
        # a few words are menu labels, unless the page's own paragraphs say otherwise
        text = _html_fallback(page).strip()
    elif _TABLE_RE.search(page):
        text = "\n".join(visible_lines(page, text.split("\n")))
    if not text.strip():
        raise Unreadable("web page has no article text (only scripts, menus or links)")
    meta = DocumentMeta(title=_clean(fields.get("title")), outlet=_clean(fields.get("sitename")),
                        date=_stated_date(iso_date(fields.get("date")), page), byline=_clean(fields.get("author")))
    return text, meta
