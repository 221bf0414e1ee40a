"""Direct quotations. (Interim placeholder: finds none; the quotations issue
replaces it, keeping ``find_quotes``.)"""
from __future__ import annotations

from ..model import Document
from ..progress import CancelToken, ProgressCallback
from ..result import Quote, QuoteGroup
from ..settings import EngineSettings


def find_quotes(documents: tuple[Document, ...], settings: EngineSettings,
                progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None) -> tuple[tuple[Quote, ...], tuple[QuoteGroup, ...]]:
    return (), ()
