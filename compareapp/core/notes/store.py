"""Where a folder's notes are kept, and how they are saved without ever losing any.

One JSON file per folder in ``<user data dir>/notes/``, named after the
folder's path and recording the sha256 of each report, so that notes follow
a folder that was moved (found by the content of its files). Only when the
user chooses "Save notes beside the reports" is a ``.compareapp-notes.json``
written inside their folder.

Every save is atomic and keeps the previous version as ``.bak``; a damaged
file is renamed ``.damaged-<timestamp>`` and the previous version used. Two
windows on one folder merge instead of overwriting each other: a save locks
the file, re-reads it and merges three ways (what this window last read, what
it holds now, what is on disk), note by note, the later edit winning.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from ..model import Document
from .anchoring import fingerprint
from .codec import NotesFileError, note_to_dict, notes_from_list, now_iso
from .model import Note
from .safefile import file_lock, write_atomic

FORMAT = "compareapp-notes"
VERSION = 1
BESIDE_NAME = ".compareapp-notes.json"
ADOPT_SHARE = 0.5  # share of a folder's reports a notes file must know to follow a moved folder


DATA_DIR_ENV = "COMPAREAPP_DATA_DIR"  # overrides the platform's data directory (tests, portable use)


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("compareapp"))


class NotesFile:
    """What one notes file holds."""

    def __init__(self, notes: tuple[Note, ...] = (), deleted: dict[str, str] | None = None,
                 documents: dict[str, dict[str, str]] | None = None, folder: str | None = None):
        self.notes = notes
        self.deleted = dict(deleted or {})  # note id -> when it was deleted
        self.documents = dict(documents or {})  # doc id -> fingerprint
        self.folder = folder


def _parse(raw: bytes, source: str) -> tuple[NotesFile, list[str]]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotesFileError(f"{source}: not a readable notes file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotesFileError(f"{source}: not a compareapp notes file")
    notes, problems = notes_from_list(data.get("notes", []), source)
    deleted = data.get("deleted") if isinstance(data.get("deleted"), dict) else {}
    documents = data.get("documents") if isinstance(data.get("documents"), dict) else {}
    # Fingerprints are compared as text later: keep only well-formed ones.
    prints = {str(k): {f: v[f] for f in ("sha256", "head") if isinstance(v.get(f), str)}
              for k, v in documents.items() if isinstance(v, dict)}
    folder = data.get("folder") if isinstance(data.get("folder"), str) else None
    return NotesFile(notes, {str(k): str(v) for k, v in deleted.items()}, prints, folder), problems


def _serialise(f: NotesFile) -> bytes:
    data = {"format": FORMAT, "version": VERSION, "folder": f.folder, "saved": now_iso(),
            "documents": f.documents, "notes": [note_to_dict(n) for n in f.notes],
            "deleted": f.deleted}
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def merge3(base: dict[str, Note], base_deleted: dict[str, str], mine: dict[str, Note],
           theirs: dict[str, Note], their_deleted: dict[str, str]) -> tuple[dict[str, Note], dict[str, str]]:
    """Merge note by note: a side that changed a note wins over one that did not;
    when both did, the later modification (or deletion) wins. A note missing on
    disk without a deletion record (a reset file) counts as unchanged there."""
    stamp = now_iso()
    merged: dict[str, Note] = {}
    deleted = {**base_deleted, **their_deleted}
    for nid in set(base) | set(base_deleted) | set(mine) | set(theirs) | set(their_deleted):
        b, m, t = base.get(nid), mine.get(nid), theirs.get(nid)
        base_state = b if b is not None else ("deleted" if nid in base_deleted else None)
        their_state = t if t is not None else ("deleted" if nid in their_deleted else None)
        mine_changed = m != b
        theirs_changed = their_state is not None and their_state != base_state
        if mine_changed and theirs_changed:
            my_time = m.modified if m is not None else stamp
            their_time = t.modified if t is not None else their_deleted.get(nid, "")
            result = m if my_time >= their_time else t
            if result is None and m is None:
                deleted[nid] = max(stamp, their_deleted.get(nid, ""))
        elif theirs_changed:
            result = t
        else:
            result = m
            if m is None and b is not None:
                deleted[nid] = stamp  # this window deleted it
        if result is not None:
            merged[nid] = result
            deleted.pop(nid, None)
    return merged, deleted


def _known_after(before: dict[str, dict[str, str]], documents: Iterable[Document] | None,
                 notes: Iterable[Note]) -> dict[str, dict[str, str]]:
    """Fingerprints to keep: today's reports, plus any earlier report a note still
    points at (so a report renamed while the folder was closed is recognised)."""
    if documents is None:
        return dict(before)
    known = {d.id: fingerprint(d) for d in documents}
    wanted = {a.doc_id for n in notes for a in n.anchors} | {n.doc_id for n in notes if n.doc_id}
    known.update({k: v for k, v in before.items() if k in wanted and k not in known})
    return known


class NotesStore:
    """The notes file of one folder. Paths are injectable: ``data_dir`` defaults
    to the platform's user data directory; tests pass a temporary one."""

    def __init__(self, folder: str | os.PathLike, data_dir: str | os.PathLike | None = None,
                 beside: bool | None = None):
        self.folder = Path(os.path.abspath(folder))
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.notes_dir = self.data_dir / "notes"
        self.beside = self.beside_path.exists() if beside is None else beside
        self.messages: list[str] = []  # for the window to show: damaged files, adoptions
        self.known_documents: dict[str, dict[str, str]] = {}
        self._base: dict[str, Note] = {}
        self._base_deleted: dict[str, str] = {}
        self.adopted = False

    # --- paths -------------------------------------------------------------
    @property
    def key(self) -> str:
        return hashlib.sha256(str(self.folder).encode("utf-8")).hexdigest()[:16]

    @property
    def app_path(self) -> Path:
        slug = re.sub(r"[^\w.-]+", "_", self.folder.name)[:40] or "folder"
        return self.notes_dir / f"{slug}-{self.key}.json"

    @property
    def beside_path(self) -> Path:
        return self.folder / BESIDE_NAME

    @property
    def path(self) -> Path:
        return self.beside_path if self.beside else self.app_path

    @property
    def lock_path(self) -> Path:
        # Always in the app's directory: a lock file never appears in the user's folder.
        return self.notes_dir / "locks" / f"{self.key}.lock"

    @staticmethod
    def backup_path(path: Path) -> Path:
        return path.with_name(path.name + ".bak")

    # --- reading -----------------------------------------------------------
    def _set_aside(self, path: Path, why: str) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        try:
            os.replace(path, aside)
            self.messages.append(f"{why}. It was set aside as {aside.name}.")
        except OSError as exc:
            self.messages.append(f"{why}. It could not be set aside ({exc}).")

    def _read(self, path: Path) -> NotesFile | None:
        """The file's content; a damaged file is set aside and its backup used."""
        for candidate in (path, self.backup_path(path)):
            try:
                raw = candidate.read_bytes()
            except FileNotFoundError:
                continue
            except OSError as exc:
                self.messages.append(f"{candidate}: could not be read ({exc})")
                continue
            try:
                content, problems = _parse(raw, str(candidate))
            except NotesFileError as exc:
                self._set_aside(candidate, str(exc))
                continue
            self.messages.extend(problems)
            if candidate != path:
                self.messages.append(f"Using the previous version of the notes ({candidate.name}).")
            return content
        return None

    def _adopt(self, documents: Iterable[Document]) -> NotesFile | None:
        """Notes of a folder that was moved or copied: the file that knows most of these reports."""
        shas = {d.sha256 for d in documents if d.sha256}
        if not shas or not self.notes_dir.is_dir():
            return None
        best, best_share = None, ADOPT_SHARE
        for candidate in sorted(self.notes_dir.glob("*.json")):
            if candidate == self.app_path:
                continue
            try:
                content, _ = _parse(candidate.read_bytes(), str(candidate))
            except (OSError, NotesFileError):
                continue
            theirs = {fp.get("sha256") for fp in content.documents.values()}
            share = len(shas & theirs) / len(shas)
            if share >= best_share and content.notes:
                best, best_share = content, share
        if best is not None:
            self.messages.append(f"Notes carried over from {best.folder} (same reports).")
        return best

    def load(self, documents: Iterable[Document] = ()) -> tuple[Note, ...]:
        """The folder's notes as saved (not yet re-anchored); problems go to ``messages``."""
        documents = tuple(documents)
        # No lock to read: saves replace the file atomically, so a reader always
        # sees a whole version, and opening a folder writes nothing.
        content = self._read(self.path)
        adopted = False
        if content is None and not self.beside and documents:
            content = self._adopt(documents)
            adopted = content is not None
        content = content or NotesFile()
        self.adopted = adopted  # carried over from a moved folder: not yet in our own file
        self.known_documents = dict(content.documents)
        # An adopted file is not ours: our own file starts empty, so the first
        # save writes every carried-over note into it.
        self._base = {} if adopted else {n.id: n for n in content.notes}
        self._base_deleted = {} if adopted else dict(content.deleted)
        return content.notes

    # --- writing -----------------------------------------------------------
    def save(self, notes: Iterable[Note], documents: Iterable[Document] | None = None) -> tuple[Note, ...]:
        """Write the notes, merged with whatever another window saved meanwhile.

        Returns the merged notes (the caller shows them). On failure the file on
        disk is untouched (still the last good save) and the error propagates.
        """
        mine = {n.id: n for n in notes}
        path = self.path
        with file_lock(self.lock_path):
            on_disk = self._read(path) or NotesFile()
            merged, deleted = merge3(self._base, self._base_deleted, mine,
                                     {n.id: n for n in on_disk.notes}, on_disk.deleted)
            known = _known_after(on_disk.documents, documents, merged.values())
            order = {nid: i for i, nid in enumerate(mine)}
            ordered = tuple(sorted(merged.values(), key=lambda n: (order.get(n.id, len(order)), n.created)))
            content = NotesFile(ordered, deleted, known, str(self.folder))
            if path.exists():
                # Keep the version being replaced; it is known to parse (just read).
                write_atomic(self.backup_path(path), path.read_bytes())
            write_atomic(path, _serialise(content))
        self._base, self._base_deleted = dict(merged), dict(deleted)
        self.known_documents = known
        self.adopted = False
        return ordered

    def sync(self, notes: Iterable[Note]) -> tuple[Note, ...]:
        """The notes merged with what another window saved since, without writing.

        Afterwards what is on disk is the merge base, so this window's own
        unsaved changes (if any) still count as changes at its next save."""
        mine = {n.id: n for n in notes}
        on_disk = self._read(self.path)
        if on_disk is None:
            return tuple(mine.values())
        theirs = {n.id: n for n in on_disk.notes}
        merged, _ = merge3(self._base, self._base_deleted, mine, theirs, on_disk.deleted)
        self._base, self._base_deleted = theirs, dict(on_disk.deleted)
        self.known_documents = {**on_disk.documents, **self.known_documents}
        order = {nid: i for i, nid in enumerate(mine)}
        return tuple(sorted(merged.values(), key=lambda n: (order.get(n.id, len(order)), n.created)))

    def move(self, beside: bool, notes: Iterable[Note],
             documents: Iterable[Document] | None = None) -> tuple[Note, ...]:
        """Switch between the app's directory and "beside the reports"; the notes
        are written to the new place before the old file is removed."""
        if beside == self.beside:
            return self.save(notes, documents)
        old = self.path
        self.beside = beside
        self._base, self._base_deleted = {}, {}
        saved = self.save(notes, documents)
        for leftover in (old, self.backup_path(old)):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
        return saved


def notes_for_result(result, data_dir: str | os.PathLike | None = None) -> tuple[Note, ...]:
    """A folder's saved notes placed on a comparison, read-only (for the command
    line's exports): nothing is written, detached notes included."""
    from .anchoring import reanchor

    if not result.folder:
        return ()
    store = NotesStore(result.folder, data_dir)
    notes = store.load(result.documents)
    return reanchor(notes, result, store.known_documents)
