"""Reading a folder of reports (.txt .md .html .htm .docx .pdf) into Documents.

Each file gives a Document or a LoadProblem with a plain reason; one bad file
never stops the others. Nothing is ever written into the user's folder.
Libraries for web pages, Word and PDF are imported only when such a file is met.
"""
from __future__ import annotations

from .document import document_from_text
from .files import EXTENSIONS, read_file
from .folder import load_folder

__all__ = ["EXTENSIONS", "document_from_text", "load_folder", "read_file"]
