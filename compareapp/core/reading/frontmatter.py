"""Front matter atop a markdown file: the block between two '---' lines (YAML)
or two '+++' lines (TOML) that static-site tools and many newsroom exports put
first. Its title, date and author are the report's metadata; the block itself
stays in the text the user reads and is flagged as furniture, never compared.

Only the flat "key: value" shape newsroom exports write is read (a list of
authors too); nothing is evaluated, and a block with anything else in it (a
markdown rule '---' above prose, a table) is not taken for front matter.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..model import DocumentMeta
from .metadata import iso_date

# A front matter block is short; a '---' line far down is a markdown rule.
_MAX_LINES = 80
_KEY_RE = {":": re.compile(r"(?P<key>[A-Za-z_][\w\-]*)[ \t]*:(?:[ \t]+(?P<value>.*?)|)[ \t]*$"),
           "=": re.compile(r"(?P<key>[A-Za-z_][\w\-]*)[ \t]*=[ \t]*(?P<value>.*?)[ \t]*$")}
_ITEM_RE = re.compile(r"[ \t]+-[ \t]+(?P<value>.*?)[ \t]*$")  # "  - Jane Doe" under "authors:"
_NESTED_RE = re.compile(r"[ \t]+(?P<key>[A-Za-z_][\w\-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$")
_TOML_TABLE_RE = re.compile(r"\[\[?[\w.\- ]+\]\]?[ \t]*")  # "[params]": keys below belong to it
# front matter key -> DocumentMeta field
_FIELDS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "publishdate": "date", "pubdate": "date", "published_at": "date",
    "date_published": "date", "datepublished": "date", "published_date": "date",
    "author": "byline", "authors": "byline", "byline": "byline", "creator": "byline", "by": "byline",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "publication": "outlet",
    "site": "outlet", "site_name": "outlet", "sitename": "outlet",
    "place": "place", "dateline": "place", "location": "place",
}


class FrontMatter(NamedTuple):
    end: int  # offset right after the closing fence line
    meta: DocumentMeta


def _scalar(value: str) -> str:
    """A value without its quotes or a YAML comment after it."""
    value = value.strip()
    if value[:1] in ("'", '"'):
        close = value.find(value[0], 1)
        if close > 0:
            return value[1:close].strip()
    return value.split(" #")[0].strip()


def _values(value: str) -> list[str]:
    """'Jane Doe', '"Jane Doe"', '[Jane Doe, "John Roe"]' -> the names."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return [v for v in (_scalar(part) for part in value[1:-1].split(",")) if v]
    return [v for v in [_scalar(value)] if v]


def _names(values: list[str]) -> str | None:
    """['Jane Doe', 'John Roe'] -> 'Jane Doe and John Roe', as a byline says it."""
    if not values:
        return None
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]


def front_matter(text: str) -> FrontMatter | None:
    """The front matter that opens ``text`` (newlines normalised), if any."""
    fence = text[:3]
    if fence not in ("---", "+++") or text[3:text.find("\n")].strip() or "\n" not in text:
        return None
    key_re = _KEY_RE[":" if fence == "---" else "="]
    lines = text.split("\n", _MAX_LINES + 1)
    found: dict[str, list[str]] = {}
    keys = 0
    current: str | None = None  # the key whose list or mapping the indented lines continue
    offset = len(lines[0]) + 1
    for line in lines[1:_MAX_LINES + 1]:
        offset += len(line) + 1
        if line.rstrip() == fence or (fence == "---" and line.rstrip() == "..."):
            if not keys:
                return None  # "---" above and below a line of prose: markdown rules
            meta = {}
            for field, values in found.items():
                meta[field] = _names(values) if field == "byline" else values[0] if values else None
            if "date" in meta:
                meta["date"] = iso_date(meta["date"])
            return FrontMatter(min(offset, len(text)), DocumentMeta(**{k: v for k, v in meta.items() if v}))
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = key_re.fullmatch(line)
        if m:
            keys += 1
            current = _FIELDS.get(m.group("key").lower())
            if current is not None and m.group("value"):
                found.setdefault(current, []).extend(_values(m.group("value")))
            continue
        if fence == "+++" and _TOML_TABLE_RE.fullmatch(line):
            current = None
            continue
        item = _ITEM_RE.fullmatch(line) or _NESTED_RE.fullmatch(line)
        if item is None:
            return None  # prose or markup: not front matter
        # "authors:\n  - Jane Doe" or "author:\n  name: Jane Doe"
        nested_key = item.groupdict().get("key")
        if current is not None and (nested_key is None or nested_key.lower() == "name"):
            found.setdefault(current, []).extend(_values(item.group("value")))
    return None
