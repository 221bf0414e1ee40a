"""The whole comparison: read, segment, align, quotations, one immutable result."""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from .align import align_documents, restrict
from .model import FolderLoad
from .progress import CancelToken, ProgressCallback, check, report, scaled
from .quotes import find_quotes
from .reading import document_from_text, load_folder
from .result import ComparisonResult
from .settings import EngineSettings


def compare_loaded(load: FolderLoad, settings: EngineSettings | None = None,
                   progress: ProgressCallback | None = None,
                   cancel: CancelToken | None = None) -> ComparisonResult:
    """Compare documents that are already read (the window re-runs this after edits)."""
    settings = settings or EngineSettings()
    docs = load.documents
    alignment = align_documents(docs, settings, scaled(progress, 0.0, 0.8), cancel)
    check(cancel)
    quotes, quote_groups = find_quotes(docs, settings, scaled(progress, 0.8, 0.99), cancel, alignment)
    report(progress, 1.0, "done")
    return ComparisonResult(documents=docs, alignment=alignment, quotes=quotes,
                            quote_groups=quote_groups, problems=load.problems,
                            folder=load.folder, settings=settings.to_dict(),
                            selected=tuple(d.id for d in docs))


def compare_folder(folder: str, settings: EngineSettings | None = None,
                   progress: ProgressCallback | None = None,
                   cancel: CancelToken | None = None) -> ComparisonResult:
    """Read every report in a folder and compare them."""
    settings = settings or EngineSettings()
    load = load_folder(folder, settings, scaled(progress, 0.0, 0.3), cancel)
    return compare_loaded(load, settings, scaled(progress, 0.3, 1.0), cancel)


def compare_texts(texts: Mapping[str, str], settings: EngineSettings | None = None,
                  progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> ComparisonResult:
    """Compare 1..N named texts held in memory: ``{"a.txt": text, ...}``."""
    if not texts:
        raise ValueError("compare_texts needs at least one text")
    docs = tuple(document_from_text(name, text) for name, text in texts.items())
    return compare_loaded(FolderLoad(None, docs, ()), settings, progress, cancel)


def restrict_comparison(result: ComparisonResult, doc_ids) -> ComparisonResult:
    """The comparison seen over a subset of its sources (the user ticked some off).

    Alignment reuses the links already found; quotations are found again over
    the subset (a few ms per report), because their groups and flags ("only in
    one source", "wording differs") depend on which sources are compared.
    """
    doc_ids = tuple(doc_ids)
    restricted = restrict(result, doc_ids)
    wanted = set(doc_ids)
    docs = tuple(d for d in result.documents if d.id in wanted)
    settings = EngineSettings.from_dict(dict(result.settings))
    quotes, quote_groups = find_quotes(docs, settings, alignment=restricted.alignment)
    return replace(restricted, quotes=quotes, quote_groups=quote_groups)
