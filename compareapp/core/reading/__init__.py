"""Reading a folder of reports into Documents. (Interim: plain text only; the
full reader of the foundation issue replaces this, keeping the signatures.)"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..model import Document, DocumentMeta, FolderLoad, LoadProblem, Paragraph, Sentence
from ..progress import CancelToken, ProgressCallback, check, report
from ..segment import split_paragraphs, split_sentences
from ..settings import EngineSettings

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


def document_from_text(doc_id: str, text: str, path: str | None = None, fmt: str = "txt",
                       meta: DocumentMeta | None = None, encoding: str | None = None) -> Document:
    paragraphs, sentences = [], []
    for pi, (ps, pe) in enumerate(split_paragraphs(text)):
        paragraphs.append(Paragraph(pi, ps, pe))
        for ss, se in split_sentences(text, ps, pe):
            idx = len(sentences)
            sentences.append(Sentence(f"{doc_id}#{idx}", doc_id, idx, ss, se, text[ss:se], pi))
    meta = meta or DocumentMeta()
    return Document(id=doc_id, name=meta.title or Path(doc_id).name, text=text, meta=meta,
                    paragraphs=tuple(paragraphs), sentences=tuple(sentences), path=path,
                    format=fmt, encoding=encoding,
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def read_file(path: str, folder: str | None = None) -> Document | LoadProblem:
    rel = os.path.relpath(path, folder) if folder else os.path.basename(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return LoadProblem(path, rel, str(exc))
    return document_from_text(rel, text, path=os.path.abspath(path))


def load_folder(folder: str, settings: EngineSettings | None = None,
                progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None) -> FolderLoad:
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(EXTENSIONS))
    docs, problems = [], []
    for i, name in enumerate(names):
        check(cancel)
        report(progress, i / max(1, len(names)), f"reading {name}")
        got = read_file(os.path.join(folder, name), folder)
        (problems if isinstance(got, LoadProblem) else docs).append(got)
    return FolderLoad(os.path.abspath(folder), tuple(docs), tuple(problems))
