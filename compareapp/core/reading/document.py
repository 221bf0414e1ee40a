"""Text -> Document: paragraphs, sentences, boilerplate flags, metadata."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import PurePosixPath

from ..model import Document, DocumentMeta, Paragraph, Sentence
from ..segment import TABLE_ROW, ParagraphSpan, segment
from .boilerplate import is_boilerplate
from .frontmatter import front_matter
from .metadata import is_furniture_line, meta_from_text


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, a leading BOM goes: offsets then mean the same everywhere."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _is_furniture(text: str, p: ParagraphSpan) -> bool:
    """Page furniture, shown but never compared. A table row is compared when
    it says something in words: not a row of figures alone (meaningless
    without its header), a rule line of a markdown table, or cells that are
    all furniture ("| Share | Tweet | Email |")."""
    chunk = text[p.start:p.end]
    if p.kind != TABLE_ROW:
        return is_boilerplate(chunk) or is_furniture_line(chunk)
    if not any(ch.isalpha() for ch in chunk):
        return True
    cells = [c.strip() for c in chunk.strip().strip("|").split("|")]
    return all(is_boilerplate(c) or is_furniture_line(c) for c in cells if c)


def document_from_text(doc_id: str, text: str, path: str | None = None, fmt: str = "txt",
                       meta: DocumentMeta | None = None, encoding: str | None = None,
                       sha256: str | None = None) -> Document:
    """A Document from text as the user will read it.

    ``meta`` (e.g. what a web page's head says) is merged over what the text
    itself says, and so is a plain or markdown file's front matter, whose
    lines are furniture. ``sha256`` is that of the file's bytes; by default the text's.
    """
    text = normalise_newlines(text)
    front = front_matter(text) if fmt in ("txt", "md") else None
    body_start = front.end if front else 0
    spans, sentence_spans = segment(text, body_start)
    furniture = [p.end <= body_start or _is_furniture(text, p) for p in spans]
    paragraphs = tuple(Paragraph(i, p.start, p.end, p.kind, furniture[i]) for i, p in enumerate(spans))
    sentences = tuple(
        Sentence(f"{doc_id}#{i}", doc_id, i, s.start, s.end, text[s.start:s.end], s.paragraph,
                 furniture[s.paragraph] or s.dateline)
        for i, s in enumerate(sentence_spans))
    dateline_at = next((s.start for s in sentence_spans if s.dateline), None)
    if front is not None:
        meta = front.meta if meta is None else replace(front.meta, **{k: v for k, v in vars(meta).items() if v})
    top = next((i for i, p in enumerate(spans) if p.start >= body_start), len(spans))
    meta = meta_from_text(text, spans[top:], furniture[top:], meta, dateline_at)
    name = meta.title or PurePosixPath(doc_id).name or doc_id
    return Document(id=doc_id, name=name, text=text, meta=meta, paragraphs=paragraphs,
                    sentences=sentences, path=path, format=fmt, encoding=encoding,
                    sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest())
