"""One file -> Document or LoadProblem with a plain reason."""
from __future__ import annotations

import errno
import hashlib
import os

from ..model import Document, DocumentMeta, LoadProblem
from ..settings import EngineSettings
from .document import document_from_text
from .formats import Unreadable, read_pdf
from .text import NotText, decode_text
from .webpage import read_html
from .word import read_docx

TEXT_EXTENSIONS = (".txt", ".md", ".markdown", ".text")
EXTENSIONS = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".markdown", ".text", ".xhtml")
# Document formats a user may drop in that we cannot read: say so rather than ignore them.
UNSUPPORTED = {".doc": "old Word format (.doc): save it as .docx", ".rtf": "RTF is not supported: save it as .docx",
               ".odt": "OpenDocument is not supported: save it as .docx", ".pages": "Pages is not supported: export it as .docx or .pdf",
               ".epub": "EPUB is not supported"}
_MB = 1024 * 1024


def format_of(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    return {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".xhtml": "html",
            ".docx": "docx", ".pdf": "pdf"}.get(ext, "txt")


def size_limit_text(max_bytes: int) -> str:
    return f"larger than the {max_bytes / _MB:g} MB limit" if max_bytes >= _MB else \
        f"larger than the {max_bytes:,} byte limit"


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(exc, FileNotFoundError):
        return "broken link or file gone (not found)"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return f"cannot be read ({exc.strerror or exc})"


def relative_name(path: str, folder: str | None) -> str:
    rel = os.path.relpath(path, folder) if folder else os.path.basename(path)
    return rel.replace(os.sep, "/")


def _is_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read_file(path: str, folder: str | None = None, max_bytes: int | None = None) -> Document | LoadProblem:
    """Read one report. Its id is its path relative to ``folder`` (or its file name)."""
    rel = relative_name(path, folder)
    abspath = os.path.abspath(path)

    def problem(reason: str) -> LoadProblem:
        return LoadProblem(abspath, rel, reason)

    ext = os.path.splitext(path)[1].lower()
    if ext in UNSUPPORTED:
        return problem(UNSUPPORTED[ext])
    if ext not in EXTENSIONS:
        return problem(f"format not supported ({ext or 'no extension'})")
    limit = EngineSettings().max_file_bytes if max_bytes is None else max_bytes
    try:
        st = os.stat(path)
        if not os.path.isfile(path):
            return problem("is a folder" if os.path.isdir(path) else "not a regular file")
        if st.st_size > limit:
            return problem(size_limit_text(limit))
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        return problem(_os_reason(exc))
    if len(data) > limit:
        return problem(size_limit_text(limit))
    if not data.strip():
        return problem("empty file")
    fmt = format_of(path)
    meta: DocumentMeta | None = None
    encoding: str | None = None
    try:
        if fmt in ("txt", "md") and _is_html(data):
            fmt = "html"  # a web page saved under a text name: read the article, not the markup
        if fmt in ("txt", "md"):
            text, encoding = decode_text(data)
        else:  # each reader imports its library on first use
            reader = {"html": read_html, "docx": read_docx, "pdf": read_pdf}[fmt]
            text, meta = reader(data)
    except (NotText, Unreadable) as exc:
        return problem(str(exc))
    if not text.strip():
        return problem("empty file")
    doc = document_from_text(rel, text, path=abspath, fmt=fmt, meta=meta, encoding=encoding,
                             sha256=hashlib.sha256(data).hexdigest())
    if not doc.sentences:
        return problem("no text")
    return doc
