"""Notes to and from plain JSON values, tolerant of what a later version adds.

A notes file is the user's work product: reading it must not fail on an
unknown key, and a single malformed note is reported rather than taking the
whole file down with it.
"""
from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from .model import NOTE_TARGETS, Note, TextAnchor


class NotesFileError(ValueError):
    """A notes file that cannot be read; the message names the file."""


def now_iso() -> str:
    # Microseconds matter: two edits in the same second must still be ordered
    # when two windows merge their notes.
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def new_note_id() -> str:
    return uuid.uuid4().hex


def touched(note: Note, **changes: Any) -> Note:
    """A copy of the note with changes and a fresh modification time."""
    return replace(note, modified=now_iso(), **changes)


def anchor_to_dict(a: TextAnchor) -> dict[str, Any]:
    return {"doc_id": a.doc_id, "exact": a.exact, "prefix": a.prefix,
            "suffix": a.suffix, "start": a.start}


def anchor_from_dict(d: dict[str, Any]) -> TextAnchor:
    if not isinstance(d, dict) or not isinstance(d.get("exact"), str):
        raise ValueError("anchor without text")
    return TextAnchor(doc_id=str(d.get("doc_id") or ""), exact=d["exact"],
                      prefix=str(d.get("prefix") or ""), suffix=str(d.get("suffix") or ""),
                      start=int(d.get("start", -1)))


def note_to_dict(n: Note) -> dict[str, Any]:
    return {"id": n.id, "target": n.target, "target_id": n.target_id, "text": n.text,
            "verdict": n.verdict, "anchors": [anchor_to_dict(a) for a in n.anchors],
            "doc_id": n.doc_id, "created": n.created, "modified": n.modified,
            "detached": n.detached, "extra": {k: v for k, v in n.extra}}


def note_from_dict(d: dict[str, Any]) -> Note:
    if not isinstance(d, dict):
        raise ValueError("a note is not an object")
    note_id, target = d.get("id"), d.get("target")
    if not isinstance(note_id, str) or not note_id:
        raise ValueError("a note has no id")
    if target not in NOTE_TARGETS:
        raise ValueError(f"note {note_id} has an unknown target {target!r}")
    extra = d.get("extra") or {}
    verdict = d.get("verdict")
    return Note(id=note_id, target=target, target_id=str(d.get("target_id") or ""),
                text=str(d.get("text") or ""),
                verdict=str(verdict) if verdict not in (None, "") else None,
                anchors=tuple(anchor_from_dict(a) for a in d.get("anchors") or ()),
                doc_id=d.get("doc_id") if isinstance(d.get("doc_id"), str) else None,
                created=str(d.get("created") or ""), modified=str(d.get("modified") or ""),
                detached=bool(d.get("detached", False)),
                extra=tuple(sorted((str(k), str(v)) for k, v in extra.items()))
                if isinstance(extra, dict) else ())


def notes_from_list(items: Any, source: str) -> tuple[tuple[Note, ...], list[str]]:
    """Notes from a JSON list; malformed entries are skipped and described."""
    if not isinstance(items, list):
        raise NotesFileError(f"{source}: no list of notes")
    notes, problems = [], []
    for i, item in enumerate(items):
        try:
            notes.append(note_from_dict(item))
        except (ValueError, TypeError) as exc:
            problems.append(f"{source}: note {i + 1} skipped ({exc})")
    return tuple(notes), problems


def newer(a: Note, b: Note) -> Note:
    """The more recently modified of two versions of one note (a on a tie)."""
    return b if b.modified > a.modified else a
