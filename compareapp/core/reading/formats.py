"""PDFs -> (text, metadata) (web pages: webpage.py, Word files: word.py). Each library is
imported only when such a file is met, so the command line starts fast.

Every reader raises ``Unreadable(reason)`` with a reason a journalist
understands; the folder reader turns it into a LoadProblem.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter

from ..model import DocumentMeta


class Unreadable(ValueError):
    """A file we cannot use; str() is the plain reason."""


_PLACEHOLDER_TITLES = {"untitled", "untitled document", "(anonymous)", "anonymous", "document", "title", "doc1"}


def _clean(value) -> str | None:
    value = " ".join(str(value).split()) if value else ""
    return value or None


def _real_title(value) -> str | None:
    """A document property title, unless it is a tool's placeholder."""
    value = _clean(value)
    if value and value.lower().startswith("microsoft word - "):
        value = None
    return None if not value or value.lower() in _PLACEHOLDER_TITLES else value


# -------------------------------------------------------------------- PDF

_HYPHEN_END = re.compile(r"[a-zа-яіїєґ]-$")


def _without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop the lines that open or close most pages: the paper's name, "Page 2 of 5"."""
    if len(pages) < 2:
        return pages

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line)

    counts = Counter(k for lines in pages for k in {key(ln) for ln in lines[:2] + lines[-2:]})
    running = {k for k, n in counts.items() if n >= max(2, len(pages) // 2 + 1)}
    return [[ln for j, ln in enumerate(lines)
             if not ((j < 2 or j >= len(lines) - 2) and key(ln) in running)] for lines in pages]


def _reflow(page_texts: list[str]) -> str:
    """A PDF's text layer breaks every printed line; join lines back into
    paragraphs. A line that ends a sentence and is clearly shorter than the
    column closes its paragraph; so does a short line without a full stop
    before a capital (a headline)."""
    pages = [[ln.strip() for ln in page.splitlines() if ln.strip()] for page in page_texts]
    lines = [ln for page in _without_running_lines(pages) for ln in page]
    if not lines:
        return ""
    # the column width: most lines of a page are full ones
    lengths = sorted(len(ln) for ln in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not current:
            current = line
        elif _HYPHEN_END.search(current) and line[:1].islower():
            current = current + line
        else:
            current = current + " " + line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        ends = line.rstrip("\"'”’)")[-1:] in (".", "!", "?", ":", "…")
        short = len(line) < 0.8 * width
        if not nxt or (ends and short) or (short and not ends and nxt[:1].isupper() and len(line) < 0.5 * width):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def read_pdf(data: bytes) -> tuple[str, DocumentMeta]:
    """The text layer of a PDF, reflowed into paragraphs."""
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty user password: they open for anyone.
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported algorithms too
                opened = 0
            if not opened:
                raise Unreadable("PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = info.title if info is not None else None
    except Unreadable:
        raise
    except (PdfReadError, Exception):  # noqa: BLE001 - damaged files raise all sorts
        raise Unreadable("PDF is damaged") from None
    text = _reflow(pages)
    if len(text.split()) < 3:
        raise Unreadable("PDF has no text layer: scanned?")
    return text, DocumentMeta(title=_real_title(title))
