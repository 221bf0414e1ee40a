"""A folder -> FolderLoad: every usable report and a problem for each other file."""
from __future__ import annotations

import hashlib
import os

from ..model import Document, FolderLoad, LoadProblem
from ..progress import CancelToken, ProgressCallback, check, report
from ..settings import EngineSettings
from .files import EXTENSIONS, UNSUPPORTED, _os_reason, read_file, relative_name

_WANTED = tuple(EXTENSIONS) + tuple(UNSUPPORTED)


def _skipped_name(name: str) -> bool:
    """Hidden files and the lock files editors leave next to open documents."""
    return name.startswith((".", "~$", ".~lock")) or name.endswith("~")


def list_reports(folder: str, recursive: bool = False) -> tuple[list[str], list[LoadProblem]]:
    """Paths of the files to read, sorted by their name relative to the folder,
    and problems met while listing (unreadable subfolders, link loops)."""
    files: list[str] = []
    problems: list[LoadProblem] = []
    root = os.path.abspath(folder)
    seen_dirs = set()
    pending = [root]
    while pending:
        current = pending.pop()
        try:
            st = os.stat(current)
            if (st.st_dev, st.st_ino) in seen_dirs:
                continue  # a link back to a folder already read
            seen_dirs.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            problems.append(LoadProblem(current, relative_name(current, root) + "/", _os_reason(exc)))
            continue
        for entry in entries:
            if _skipped_name(entry.name):
                continue
            wanted = entry.name.lower().endswith(_WANTED)
            try:
                is_dir = entry.is_dir()
                if entry.is_symlink():
                    os.stat(entry.path)  # raises for loops and broken links
            except OSError as exc:
                if wanted or recursive:
                    problems.append(LoadProblem(entry.path, relative_name(entry.path, root), _os_reason(exc)))
                continue
            if is_dir:
                if recursive:
                    pending.append(entry.path)
            elif wanted:
                files.append(entry.path)
    files.sort(key=lambda p: relative_name(p, root))
    return files, problems


def load_folder(folder: str, settings: EngineSettings | None = None,
                progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None) -> FolderLoad:
    """Read every report of a folder (subfolders only when settings.recursive).

    A file with the same bytes, or the same text, as one read before it is not
    loaded again: it is listed as a problem "duplicate of <id>".
    """
    settings = settings or EngineSettings()
    root = os.path.abspath(folder)
    paths, problems = list_reports(root, settings.recursive)
    docs: list[Document] = []
    by_bytes: dict[str, str] = {}
    by_text: dict[str, str] = {}
    for i, path in enumerate(paths):
        check(cancel)
        rel = relative_name(path, root)
        report(progress, i / max(1, len(paths)), f"reading {i + 1}/{len(paths)}: {rel}")
        got = read_file(path, root, settings.max_file_bytes)
        if isinstance(got, LoadProblem):
            problems.append(got)
            continue
        text_key = hashlib.sha256(got.text.encode("utf-8")).hexdigest()
        first = by_bytes.get(got.sha256 or "") or by_text.get(text_key)
        if first is not None:
            problems.append(LoadProblem(got.path or path, rel, f"duplicate of {first}"))
            continue
        by_bytes[got.sha256 or ""] = got.id
        by_text[text_key] = got.id
        docs.append(got)
    report(progress, 1.0, f"read {len(docs)} of {len(paths)} files")
    problems.sort(key=lambda p: p.name)
    return FolderLoad(root, tuple(docs), tuple(problems))
