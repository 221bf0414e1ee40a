"""The window's notes: the list, its undo stack and its store.

Every change (add, edit, verdict, delete, import) is a QUndoCommand that swaps
one or more notes between a before and an after value; applying either side
saves at once, so undo and redo are saved like any other edit. The store
merges with what another window saved meanwhile, so the list shown may gain
notes made elsewhere.

The notes kept and saved are placed on the comparison over all its sources
(``full``). A view over some of them (sources unticked) only changes how they
are shown (``notes()``): placing them on a view never writes the file, and a
note on an unticked source stays attached, "not shown" (``hidden_sources``).
"""
from __future__ import annotations

import os
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.notes.anchoring import new_note, place_on_view, reanchor, sentence_ids_of, sources_of
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
        self.result: ComparisonResult | None = None  # what the window shows: maybe a view
        self.full: ComparisonResult | None = None  # the comparison over all sources, when known
        self.store: NotesStore | None = None
        self._notes: dict[str, Note] = {}  # as saved: placed on ``full``
        self._shown: dict[str, Note] = {}  # as ``result`` shows them
        # Another window on the same folder saves: show its notes here too. A
        # cheap stat once a second works where file watchers do not (network
        # drives, a file replaced by rename, a folder that does not exist yet).
        self._seen_stamp: tuple | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self._check_disk)

    # --- reading -----------------------------------------------------------
    def notes(self) -> tuple[Note, ...]:
        """The notes as the comparison shown places them."""
        return tuple(self._shown.values())

    def note(self, note_id: str) -> Note | None:
        return self._shown.get(note_id)

    def saved_notes(self) -> tuple[Note, ...]:
        """The notes as kept in the file: placed on the comparison over all sources."""
        return tuple(self._notes.values())

    def shown_sources(self) -> set[str]:
        """The sources the comparison shown covers (the ticked ones)."""
        r = self.result
        if r is None:
            return set()
        ids = {d.id for d in r.documents}
        if self.full is not None and r is not self.full:
            return set(r.selected) & ids  # a view: nothing ticked is nothing shown
        return set(r.selected or ids) & ids

    def hidden_sources(self, note: Note) -> list[str]:
        """The sources of a note none of which is shown (all unticked); empty when
        one of them is shown, or the note is detached."""
        if note.detached or self.result is None:
            return []
        docs = sources_of(note)
        shown = self.shown_sources()
        return [] if not docs or any(d in shown for d in docs) else docs

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
        return {sid for n in self._shown.values() if n.target != "source"
                for sid in sentence_ids_of(n, self.result)}

    def tags(self) -> list[str]:
        return sorted({n.verdict for n in self._shown.values() if n.verdict})

    # --- a comparison arrives ---------------------------------------------
    def set_result(self, result: ComparisonResult | None, full: ComparisonResult | None = None) -> None:
        """Load the folder's notes (a new folder) or re-anchor them (the same one re-run).

        ``full`` is the comparison over all sources when ``result`` is a view over
        some of them; a result that covers all its sources is its own. Notes are
        placed (and saved) on a new ``full`` only: a tick changes what is shown."""
        folder = result.folder if result is not None else None
        same_folder = (self.store is not None and folder is not None
                       and os.path.abspath(folder) == str(self.store.folder))
        self.result = result
        if not same_folder:
            self.undo_stack.clear()
            self._notes, self.full = {}, None
            self.store = NotesStore(folder, self.data_dir) if folder else None
            if self.store is not None and result is not None:
                try:
                    loaded = self.store.load((full or result).documents)
                except (OSError, LockTimeout) as exc:
                    loaded = ()
                    self.message.emit(f"Notes could not be read: {exc}")
                for text in self.store.messages:
                    self.message.emit(text)
                self.store.messages.clear()
                self._notes = {n.id: n for n in loaded}
            self._watch()
        full = self._full_for(result, full)
        if full is not None and full is not self.full:
            self.full = full
            if self._notes:
                placed = reanchor(self._notes.values(), full, self._known())
                changed = [n for n in placed if n != self._notes[n.id]]
                self._notes = {n.id: n for n in placed}
                detached = sum(n.detached for n in placed)
                if detached:
                    self.message.emit(f"{detached} note(s) could not find their text and are shown as detached.")
                if changed or (self.store is not None and self.store.adopted):
                    self._save()  # positions found again, or notes carried over from a moved folder
        elif full is None:
            self.full = None
        self._show()
        self.notesChanged.emit()

    def _full_for(self, result: ComparisonResult | None, full: ComparisonResult | None):
        """The comparison over all sources that ``result`` is a view of, if known."""
        if result is None:
            return None
        ids = {d.id for d in result.documents}
        if full is None:
            if not result.selected or set(result.selected) >= ids:
                return result
            full = self.full  # another view of the comparison already placed on
        if full is None:
            return None
        try:  # the same reports (a view of it), not an older reading of them
            same = all(full.document(d.id) is d or full.document(d.id) == d for d in result.documents)
        except KeyError:
            same = False
        return full if same else None

    def _known(self) -> dict:
        return self.store.known_documents if self.store is not None else {}

    def _placed(self, notes) -> tuple[Note, ...]:
        """Notes placed on the comparison over all sources (as saved), or, with only
        a view of it, on the view without ever detaching a note for a source left out."""
        notes = tuple(notes)
        if self.full is not None:
            return reanchor(notes, self.full, self._known())
        if self.result is not None:
            return place_on_view(notes, self.result, self._known())
        return notes

    def _show(self) -> None:
        """Place the notes on the view shown (nothing saved): the same when it covers all sources."""
        if self.result is None or self.result is self.full or not self._notes:
            self._shown = dict(self._notes)
        else:
            self._shown = {n.id: n for n in place_on_view(self._notes.values(), self.result, self._known())}

    # --- edits (undoable) --------------------------------------------------
    def add(self, target: str, target_id: str, text: str = "", verdict: str | None = None) -> Note:
        if self.result is None:
            raise RuntimeError("no comparison to attach a note to")
        note = new_note(self.result, target, target_id, text, verdict)
        if self.result is not self.full:
            # made on a view: kept as placed on all the sources (a passage over
            # the ticked sources is part of one over all of them)
            note = self._placed([note])[0]
        self.undo_stack.push(_SwapNotes(self, "Add note", [(None, note)]))
        return self._shown.get(note.id, note)

    def edit(self, note_id: str, text: str | None = None, verdict: str | None | type(...) = ...) -> Note:
        old = self._notes[note_id]
        changes = {}
        if text is not None and text != old.text:
            changes["text"] = text
        if verdict is not ... and (verdict or None) != old.verdict:
            changes["verdict"] = verdict or None
        if not changes:
            return self._shown.get(note_id, old)
        new = touched(old, **changes)
        label = "Change verdict" if list(changes) == ["verdict"] else "Edit note"
        self.undo_stack.push(_SwapNotes(self, label, [(old, new)]))
        return self._shown.get(note_id, new)

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
        return self._shown.get(new.id, new)

    def delete(self, note_id: str) -> None:
        old = self._notes[note_id]
        self.undo_stack.push(_SwapNotes(self, "Delete note", [(old, None)]))

    def import_from(self, path: str) -> str:
        """Merge a colleague's notes; returns a summary for the status bar."""
        got = import_notes(path)  # NotesFileError names the file
        for problem in got.problems:
            self.message.emit(problem)
        incoming = got.notes
        if self.full is not None:
            incoming = reanchor(incoming, self.full, got.documents)
        elif self.result is not None:
            incoming = place_on_view(incoming, self.result, got.documents)
        outcome = merge_notes(self._notes.values(), incoming)
        changes = [(self._notes.get(n.id), n) for n in outcome.notes if self._notes.get(n.id) != n]
        if changes:
            self.undo_stack.push(_SwapNotes(self, "Import notes", changes))
        return (f"Imported {outcome.added} new and {outcome.updated} updated note(s) from "
                f"{os.path.basename(path)}; {outcome.unchanged} already here.")

    def export_to(self, path: str) -> None:
        docs = self.result.documents if self.result is not None else ()
        export_notes(self.saved_notes(), path, docs, self.result.folder if self.result else None)

    def set_beside(self, beside: bool) -> None:
        """Move the notes file into the reports' folder or back to the app's directory."""
        if self.store is None or self.store.beside == beside:
            return
        try:
            merged = self.store.move(beside, self.saved_notes(), self._documents())
        except OSError as exc:
            self.message.emit(f"Notes could not be moved: {exc}")
            return
        self._notes = {n.id: n for n in merged}
        self._watch()
        self._show()
        self.notesChanged.emit()

    def sync_from_disk(self) -> None:
        """Take in notes another window saved (merged, nothing written)."""
        self._watch()
        if self.store is None:
            return
        try:
            merged = self.store.sync(self.saved_notes())
        except OSError as exc:
            self.message.emit(f"Notes could not be re-read: {exc}")
            return
        for text in self.store.messages:
            self.message.emit(text)
        self.store.messages.clear()
        if self.result is not None:
            merged = self._placed(merged)
        if {n.id: n for n in merged} != self._notes:
            self._notes = {n.id: n for n in merged}
            self._show()
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
        result = self.full or self.result
        return result.documents if result is not None else None

    def _apply(self, changes: list[tuple[Note | None, Note | None]]) -> None:
        for before, after in changes:
            if after is None:
                if before is not None:
                    self._notes.pop(before.id, None)
            else:
                if self.result is not None and after.anchors:
                    # An undo may bring back a version placed on an older run of
                    # the comparison: place it on the reports as they are now.
                    after = self._placed([after])[0]
                self._notes[after.id] = after
        self._save()
        self._show()
        self.notesChanged.emit()

    def _save(self) -> None:
        if self.store is None:
            return  # texts compared without a folder: notes live as long as the window
        try:
            merged = self.store.save(self.saved_notes(), self._documents())
        except (OSError, LockTimeout) as exc:
            # Nothing is lost: the notes stay in the window and the next change saves again.
            self.message.emit(f"Notes could not be saved ({exc}); they are kept in this window "
                              "and saved with the next change.")
            return
        new_ids = set(n.id for n in merged) - set(self._notes)
        if new_ids and self.result is not None:
            # Notes another window added: place them on this comparison too.
            merged = self._placed(merged)
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
