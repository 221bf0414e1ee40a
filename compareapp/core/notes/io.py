"""Notes alone, as a JSON file to hand to a colleague, and merging them back in.

The file carries the anchors (exact text with context), so the colleague's
copy of the reports need not have the same file names or the same edits:
imported notes are re-anchored like saved ones.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..model import Document
from .anchoring import fingerprint
from .codec import NotesFileError, note_to_dict, notes_from_list, now_iso
from .model import Note
from .safefile import write_atomic

EXPORT_FORMAT = "compareapp-notes-export"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class ImportedNotes:
    notes: tuple[Note, ...]
    documents: dict  # doc id -> fingerprint, to recognise renamed reports
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class MergeOutcome:
    notes: tuple[Note, ...]
    added: int
    updated: int
    unchanged: int


def export_notes(notes: Iterable[Note], path: str | os.PathLike,
                 documents: Iterable[Document] = (), folder: str | None = None) -> Path:
    """Write the notes (and fingerprints of their reports) to ``path``, atomically."""
    notes = tuple(notes)
    data = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported": now_iso(),
            "folder": folder, "documents": {d.id: fingerprint(d) for d in documents},
            "notes": [note_to_dict(n) for n in notes]}
    path = Path(path)
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def import_notes(path: str | os.PathLike) -> ImportedNotes:
    """Read an exported notes file; a clear NotesFileError naming the file otherwise."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotesFileError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotesFileError(f"{path.name}: not a notes file (invalid JSON: {exc})") from exc
    # A saved notes file (from the app's data directory) is accepted too.
    if not isinstance(data, dict) or data.get("format") not in (EXPORT_FORMAT, "compareapp-notes"):
        raise NotesFileError(f"{path.name}: not a compareapp notes file")
    notes, problems = notes_from_list(data.get("notes", []), path.name)
    documents = data.get("documents") if isinstance(data.get("documents"), dict) else {}
    return ImportedNotes(notes, {str(k): v for k, v in documents.items() if isinstance(v, dict)},
                         tuple(problems))


def merge_notes(existing: Iterable[Note], incoming: Iterable[Note]) -> MergeOutcome:
    """Existing notes plus incoming ones, by id; of two versions the later edit wins.
    Nothing is removed: an import only ever adds or updates."""
    merged = {n.id: n for n in existing}
    added = updated = unchanged = 0
    for n in incoming:
        old = merged.get(n.id)
        if old is None:
            merged[n.id] = n
            added += 1
        elif n.modified > old.modified and n != old:
            merged[n.id] = n
            updated += 1
        else:
            unchanged += 1
    return MergeOutcome(tuple(merged.values()), added, updated, unchanged)
