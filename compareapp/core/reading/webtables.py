"""The tables of a web page's article, put back among the lines trafilatura
extracted (which it extracts with tables off: see webpage.read_html).

Which tables: those inside the article, that is inside the smallest element
holding every paragraph trafilatura kept (a page's menus, footers and
sidebars lie outside it), except a table that holds those lines itself (the page's layout
frame, already read), one inside navigation, a footer, an aside or a form, or
one whose text is mostly links (a menu drawn as a table). Where: after the
last extracted line that stands before the table in the page. How: as
tables.py reads them, layout tables as prose and data tables as
``| Kharkiv | 12 | 40 |`` rows; a layout cell that is mostly links (a menu
column) is left out.
"""
from __future__ import annotations

import bisect
import re

from .tables import Rows, is_layout, is_prose, row_lines

_SKIP = frozenset(("head", "script", "style", "noscript", "template", "svg", "button", "select", "iframe"))
# Elements that start a new line of text inside a cell.
_BLOCKS = frozenset(("p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "section", "article", "figure", "figcaption", "pre", "hr", "tr", "td",
                     "th", "caption", "table", "thead", "tbody", "tfoot", "header", "footer", "address"))
_NOT_ARTICLE_TAGS = frozenset(("nav", "header", "footer", "aside", "form", "menu"))
_NOT_ARTICLE_WORDS = frozenset("nav navbar navigation menu footer sidebar breadcrumb breadcrumbs related share "
                               "sharing social comments comment advert advertisement ads promo newsletter "
                               "subscribe cookie cookies masthead toolbar pagination".split())
_TOKEN_RE = re.compile(r"[a-z]+")
# A table or cell whose text is mostly in links is navigation.
_LINK_SHARE = 0.5
# Lines this long are the article's paragraphs, not labels a menu may repeat.
_PARAGRAPH_WORDS = 8
# The start of an extracted line, enough to find it in the page.
_KEY_CHARS = 60


def parse(page: str):
    """The lxml tree of a page, or None when lxml cannot make one."""
    import lxml.etree
    import lxml.html

    page = re.sub(r"^\s*<\?xml[^>]*\?>", "", page)  # lxml refuses a str with an encoding declaration
    try:
        return lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None


def _norm(text: str) -> str:
    return " ".join(text.split())


def _link_share(el) -> float:
    total = len(_norm(el.text_content()))
    linked = sum(len(_norm(a.text_content())) for a in el.iter("a"))
    return linked / total if total else 0.0


def _not_article(el) -> bool:
    if el.tag in ("body", "html"):
        return False  # <body class="with-sidebar"> says nothing of a table in it
    if el.tag in _NOT_ARTICLE_TAGS or el.get("role") in ("navigation", "contentinfo", "banner"):
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return any(token in _NOT_ARTICLE_WORDS for token in _TOKEN_RE.findall(names))


class TableReader:
    """A table element -> its lines, by the rules of tables.py."""

    def lines(self, table) -> list[str]:
        return self.read(table)[0]

    def read(self, table) -> tuple[list[str], bool]:
        """(lines, whether it holds prose: a layout table, or a frame with the
        article in one cell); no lines for a menu drawn as a table."""
        rows: Rows = []
        cells = []
        for tr in table.iter("tr"):
            if self._owner(tr) is not table:
                continue  # a row of a table nested in a cell: read with that cell
            row = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
            cells.append(row)
            rows.append([self.cell_lines(c) for c in row])
        layout = not rows or is_layout(rows)
        prose = layout or any(is_prose(cell) for row in rows for cell in row)
        if _link_share(table) > _LINK_SHARE:
            return [], prose
        out = [line for line in (_norm(c.text_content()) for c in table if c.tag == "caption") if line]
        if layout:
            # a menu column beside the article is navigation, not prose
            return out + [line for row, els in zip(rows, cells) for cell, el in zip(row, els)
                          if _link_share(el) <= _LINK_SHARE for line in cell], True
        return out + row_lines(rows), prose

    @staticmethod
    def _owner(el):
        return next(el.iterancestors("table"), None)

    def cell_lines(self, cell) -> list[str]:
        """The lines a cell gives: a line per paragraph, heading, list item or
        line break; a nested table's cells a line each."""
        lines: list[str] = []
        current: list[str] = []

        def flush():
            line = _norm("".join(current))
            if line:
                lines.append(line)
            current.clear()

        def walk(el):
            if el.text:
                current.append(el.text)
            for child in el:
                if isinstance(child.tag, str) and child.tag not in _SKIP and child.get("hidden") is None:
                    block = child.tag in _BLOCKS
                    if block:
                        flush()
                    walk(child)
                    if block:
                        flush()
                if child.tail:
                    current.append(child.tail)

        walk(cell)
        flush()
        return lines


def _stream(root):
    """The page's text in document order, whitespace collapsed, with where
    each element's text and each table starts and ends in it."""
    from lxml import etree

    parts: list[str] = []
    owners: list[tuple[int, object]] = []  # (offset, element whose text starts there)
    spans: dict[object, list[int]] = {}
    size = 0
    space = True

    def add(text: str, owner) -> None:
        nonlocal size, space
        text = re.sub(r"\s+", " ", text)
        if space and text.startswith(" "):
            text = text[1:]
        if text:
            owners.append((size, owner))
            parts.append(text)
            size += len(text)
            space = text.endswith(" ")

    skipped = None
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if skipped is None and el.tag in _SKIP:
                skipped = el
            if skipped is None:
                if el.tag == "table":
                    spans[el] = [size, size]
                if el.text:
                    add(el.text, el)
            continue
        if el is skipped:
            skipped = None
        elif skipped is None and el.tag == "table":
            spans[el][1] = size
        if skipped is None and el.tail and el.getparent() is not None:
            add(el.tail, el.getparent())
    return "".join(parts), owners, spans


def visible_lines(page: str, lines: list[str]) -> list[str]:
    """trafilatura's lines with the article's tables inserted in page order."""
    root = parse(page)
    if root is None:
        return lines
    stream, owners, spans = _stream(root)
    if not spans:
        return lines
    starts = [offset for offset, _ in owners]
    anchors: list[tuple[int, int, object]] = []  # (offset in the stream, line index, element)
    cursor = 0
    for i, line in enumerate(lines):
        key = _norm(line)[:_KEY_CHARS]
        at = stream.find(key, cursor) if key else -1
        if at < 0:
            continue  # trafilatura rewrote it (a title from the head, joined lines): no anchor
        cursor = at + len(key)
        anchors.append((at, i, owners[bisect.bisect_right(starts, at) - 1][1]))
    if not anchors:
        return lines
    # the article is where its paragraphs are: a headline or a short line may
    # also match a breadcrumb or a menu above it, which would widen the article to the page
    paragraphs = [el for _, i, el in anchors if len(lines[i].split()) >= _PARAGRAPH_WORDS]
    container = _common_ancestor(paragraphs or [el for _, _, el in anchors])
    reader = TableReader()
    inserts: dict[int, list[str]] = {}
    drop: set[int] = set()
    have = {_norm(line) for line in lines}
    taken: list[object] = []
    for table, (start, end) in spans.items():
        if any(t in taken for t in table.iterancestors("table")) or not _inside(table, container):
            continue  # a nested table is read with the table that holds it
        navigation = any(_not_article(el) for el in _path(table, container))
        inside = [i for at, i, _ in anchors if start <= at < end]
        if inside:
            got, prose = reader.read(table)
            if prose:
                continue  # the page's frame, or prose in columns: trafilatura's lines read it
            # trafilatura gave a data table's cells a line each (on a short page
            # it keeps nearly everything): its rows instead, or nothing for a menu
            taken.append(table)
            drop.update(inside)
            if not navigation:
                inserts.setdefault(inside[0], []).extend(got)
            continue
        if navigation:
            continue
        got = reader.lines(table)
        if not got or all(_norm(g) in have for g in got):
            continue
        taken.append(table)
        before = [i for at, i, _ in anchors if at < start]
        inserts.setdefault(before[-1] + 1 if before else anchors[0][1], []).extend(got)
    out: list[str] = []
    for i in range(len(lines) + 1):
        out.extend(inserts.get(i, ()))
        if i < len(lines) and i not in drop:
            out.append(lines[i])
    return out if any(line.strip() for line in out) else lines


def _path(el, container):
    """el and its ancestors below the container."""
    yield el
    for a in el.iterancestors():
        if a is container:
            return
        yield a


def _inside(el, container) -> bool:
    return any(a is container for a in el.iterancestors())


def _common_ancestor(elements):
    common = None
    for el in elements:
        chain = [el, *el.iterancestors()]
        if common is None:
            common = chain
        else:
            ids = {id(a) for a in chain}
            common = [a for a in common if id(a) in ids]
    return common[0] if common else None
