"""The window's notes: the list, its undo stack and its store.

Every change (add, edit, verdict, delete, import) is a QUndoCommand that swaps
one or more notes between a before and an after value; applying either side
saves at once, so undo and redo are saved like any other edit. The store
merges with what another window saved meanwhile, so the list shown may gain
notes made elsewhere.
"""
from __future__ import annotations

import os
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.notes.anchoring import new_note, reanchor, sentence_ids_of
from ..core.notes.codec import NotesFileError, touched
from ..core.notes.io import export_notes, import_notes, merge_notes
from ..core.notes.model import Note
from ..core.notes.safefile import LockTimeout
from ..core.notes.store import NotesStore
from ..core.result import ComparisonResult


class _SwapNotes(QUndoCommand):
    """Replace notes by id: ``changes`` is a list of (before, after), either may be None."""

    def __init__(self, controller: "NotesController", label: str,
                 changes: list[tuple[Note | None, Note | None]]):
        super().__init__(label)
        self._controller = controller
        self._changes = changes

    def redo(self) -> None:
        self._controller._apply([(b, a) for b, a in self._changes])

    def undo(self) -> None:
        self._controller._apply([(a, b) for b, a in self._changes])


class NotesController(QObject):
    notesChanged = Signal()
    message = Signal(str)  # damaged files, failed saves, imports: for the user to read

    def __init__(self, data_dir: str | os.PathLike | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.undo_stack = QUndoStack(self)
        self.result: ComparisonResult | None = None
        self.store: NotesStore | None = None
        self._notes: dict[str, Note] = {}
        # Another window on the same folder saves: show its notes here too. A
        # cheap stat once a second works where file watchers do not (network
        # drives, a file replaced by rename, a folder that does not exist yet).
        self._seen_stamp: tuple | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self._check_disk)

    # --- reading -----------------------------------------------------------
    def notes(self) -> tuple[Note, ...]:
        return tuple(self._notes.values())

    def note(self, note_id: str) -> Note | None:
        return self._notes.get(note_id)

    def sentence_ids(self, note: Note) -> list[str]:
        if self.result is None:
            return []
        if note.target == "source" and not note.detached and note.doc_id:
            try:
                doc = self.result.document(note.doc_id)
            except KeyError:
                return []
            return [doc.sentences[0].id] if doc.sentences else []
        return sentence_ids_of(note, self.result)

    def marked_sentences(self) -> set[str]:
        """Sentences the panes mark as carrying a note (source notes mark nothing)."""
        if self.result is None:
            return set()
        return {sid for n in self._notes.values() if n.target != "source"
                for sid in sentence_ids_of(n, self.result)}

    def tags(self) -> list[str]:
        return sorted({n.verdict for n in self._notes.values() if n.verdict})

    # --- a comparison arrives ---------------------------------------------
    def set_result(self, result: ComparisonResult | None) -> None:
        """Load the folder's notes (a new folder) or re-anchor them (the same one re-run)."""
        folder = result.folder if result is not None else None
        same_folder = (self.store is not None and folder is not None
                       and os.path.abspath(folder) == str(self.store.folder))
        self.result = result
        if not same_folder:
            self.undo_stack.clear()
            self._notes = {}
            self.store = NotesStore(folder, self.data_dir) if folder else None
            if self.store is not None and result is not None:
                try:
                    loaded = self.store.load(result.documents)
                except (OSError, LockTimeout) as exc:
                    loaded = ()
                    self.message.emit(f"Notes could not be read: {exc}")
                for text in self.store.messages:
                    self.message.emit(text)
                self.store.messages.clear()
                self._notes = {n.id: n for n in loaded}
            self._watch()
        if result is not None and self._notes:
            known = self.store.known_documents if self.store is not None else {}
            placed = reanchor(self._notes.values(), result, known)
            changed = [n for n in placed if n != self._notes[n.id]]
            self._notes = {n.id: n for n in placed}
            detached = sum(n.detached for n in placed)
            if detached:
                self.message.emit(f"{detached} note(s) could not find their text and are shown as detached.")
            if changed or (self.store is not None and self.store.adopted):
                self._save()  # positions found again, or notes carried over from a moved folder
        self.notesChanged.emit()

    # --- edits (undoable) --------------------------------------------------
    def add(self, target: str, target_id: str, text: str = "", verdict: str | None = None) -> Note:
        if self.result is None:
            raise RuntimeError("no comparison to attach a note to")
        note = new_note(self.result, target, target_id, text, verdict)
        self.undo_stack.push(_SwapNotes(self, "Add note", [(None, note)]))
        return note

    def edit(self, note_id: str, text: str | None = None, verdict: str | None | type(...) = ...) -> Note:
        old = self._notes[note_id]
        changes = {}
        if text is not None and text != old.text:
            changes["text"] = text
        if verdict is not ... and (verdict or None) != old.verdict:
            changes["verdict"] = verdict or None
        if not changes:
            return old
        new = touched(old, **changes)
        label = "Change verdict" if list(changes) == ["verdict"] else "Edit note"
        self.undo_stack.push(_SwapNotes(self, label, [(old, new)]))
        return new

    def set_verdict(self, note_id: str, verdict: str | None) -> Note:
        return self.edit(note_id, verdict=verdict)

    def attach_to_sentence(self, note_id: str, sentence_id: str) -> Note:
        """Put a note (typically a detached one) on a sentence the user picked,
        keeping its text, verdict and history."""
        if self.result is None:
            raise RuntimeError("no comparison to attach a note to")
        old = self._notes[note_id]
        fresh = new_note(self.result, "sentence", sentence_id)
        new = touched(old, target="sentence", target_id=fresh.target_id, anchors=fresh.anchors,
                      doc_id=fresh.doc_id, detached=False)
        self.undo_stack.push(_SwapNotes(self, "Attach note", [(old, new)]))
        return new

    def delete(self, note_id: str) -> None:
        old = self._notes[note_id]
        self.undo_stack.push(_SwapNotes(self, "Delete note", [(old, None)]))

    def import_from(self, path: str) -> str:
        """Merge a colleague's notes; returns a summary for the status bar."""
        got = import_notes(path)  # NotesFileError names the file
        for problem in got.problems:
            self.message.emit(problem)
        incoming = got.notes
        if self.result is not None:
            incoming = reanchor(incoming, self.result, got.documents)
        outcome = merge_notes(self._notes.values(), incoming)
        changes = [(self._notes.get(n.id), n) for n in outcome.notes if self._notes.get(n.id) != n]
        if changes:
            self.undo_stack.push(_SwapNotes(self, "Import notes", changes))
        return (f"Imported {outcome.added} new and {outcome.updated} updated note(s) from "
                f"{os.path.basename(path)}; {outcome.unchanged} already here.")

    def export_to(self, path: str) -> None:
        docs = self.result.documents if self.result is not None else ()
        export_notes(self.notes(), path, docs, self.result.folder if self.result else None)

    def set_beside(self, beside: bool) -> None:
        """Move the notes file into the reports' folder or back to the app's directory."""
        if self.store is None or self.store.beside == beside:
            return
        try:
            merged = self.store.move(beside, self.notes(), self._documents())
        except OSError as exc:
            self.message.emit(f"Notes could not be moved: {exc}")
            return
        self._notes = {n.id: n for n in merged}
        self._watch()
        self.notesChanged.emit()

    def sync_from_disk(self) -> None:
        """Take in notes another window saved (merged, nothing written)."""
        self._watch()
        if self.store is None:
            return
        try:
            merged = self.store.sync(self.notes())
        except OSError as exc:
            self.message.emit(f"Notes could not be re-read: {exc}")
            return
        for text in self.store.messages:
            self.message.emit(text)
        self.store.messages.clear()
        if self.result is not None:
            merged = reanchor(merged, self.result, self.store.known_documents)
        if {n.id: n for n in merged} != self._notes:
            self._notes = {n.id: n for n in merged}
            self.notesChanged.emit()

    def _disk_stamp(self) -> tuple | None:
        try:
            st = self.store.path.stat() if self.store is not None else None
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino) if st is not None else None

    def _watch(self) -> None:
        """Remember the file as this window last saw it; poll while there is a folder."""
        self._seen_stamp = self._disk_stamp()
        if self.store is None:
            self._poll.stop()
        elif not self._poll.isActive():
            self._poll.start()

    def _check_disk(self) -> None:
        if self.store is not None and self._disk_stamp() != self._seen_stamp:
            self.sync_from_disk()

    # --- applying and saving -----------------------------------------------
    def _documents(self):
        return self.result.documents if self.result is not None else None

    def _apply(self, changes: list[tuple[Note | None, Note | None]]) -> None:
        for before, after in changes:
            if after is None:
                if before is not None:
                    self._notes.pop(before.id, None)
            else:
                if self.result is not None and after.anchors:
                    # An undo may bring back a version placed on an older run of
                    # the comparison: place it on the reports as they are now.
                    known = self.store.known_documents if self.store is not None else {}
                    after = reanchor([after], self.result, known)[0]
                self._notes[after.id] = after
        self._save()
        self.notesChanged.emit()

    def _save(self) -> None:
        if self.store is None:
            return  # texts compared without a folder: notes live as long as the window
        try:
            merged = self.store.save(self.notes(), self._documents())
        except (OSError, LockTimeout) as exc:
            # Nothing is lost: the notes stay in the window and the next change saves again.
            self.message.emit(f"Notes could not be saved ({exc}); they are kept in this window "
                              "and saved with the next change.")
            return
        new_ids = set(n.id for n in merged) - set(self._notes)
        if new_ids and self.result is not None:
            # Notes another window added: place them on this comparison too.
            merged = tuple(reanchor(merged, self.result, self.store.known_documents))
        self._notes = {n.id: n for n in merged}
        self._watch()


def describe_target(note: Note, result: ComparisonResult | None) -> str:
    """One line saying what a note is attached to, for the panel and the editor."""
    def clip(text: str, n: int = 70) -> str:
        text = " ".join(text.split())
        return text if len(text) <= n else text[: n - 1] + "…"

    def doc_name(doc_id: str | None) -> str:
        if result is not None and doc_id:
            try:
                return result.document(doc_id).name
            except KeyError:
                pass
        return doc_id or "?"

    def quoted(text: str) -> str:
        # a sentence that is itself a quotation keeps its own marks: no ““doubled”” quotes
        text = clip(text)
        return text if text[:1] in "“\"«‘'„" else f"“{text}”"

    exact = note.anchors[0].exact if note.anchors else ""
    if note.target == "sentence":
        return f"{doc_name(note.doc_id or (note.anchors[0].doc_id if note.anchors else None))}: {quoted(exact)}"
    if note.target == "group":
        docs = len({a.doc_id for a in note.anchors})
        return f"Passage in {docs} {'source' if docs == 1 else 'sources'}: {quoted(exact)}"
    if note.target == "quote_group":
        return f"Quotation: {quoted(exact)}"
    return f"Source: {doc_name(note.doc_id or note.target_id)}"
