"""Aligning sentences across documents. (Interim placeholder: links nothing; the
engine issue replaces it, keeping ``align_documents`` and ``restrict``.)"""
from __future__ import annotations

from dataclasses import replace

from ..model import Document
from ..progress import CancelToken, ProgressCallback
from ..result import Alignment, ComparisonResult
from ..settings import EngineSettings


def align_documents(documents: tuple[Document, ...], settings: EngineSettings,
                    progress: ProgressCallback | None = None,
                    cancel: CancelToken | None = None) -> Alignment:
    return Alignment()


def restrict(result: ComparisonResult, doc_ids: tuple[str, ...]) -> ComparisonResult:
    return replace(result, selected=doc_ids)
