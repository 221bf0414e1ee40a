"""The notes dock: every note with its verdict, filters, and the actions to add,
edit, delete, undo and redo. ``install_notes(window)`` wires it into the main
window through the window's small notes contract (see MainWindow's hooks)."""
from __future__ import annotations

import os
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QMenu, QPushButton, QToolButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core.notes.model import VERDICTS, Note
from .notes_controller import NotesController, describe_target
from .notes_editor import NoteEditorDialog
from .notes_menus import install_notes_menus

ALL = "__all__"
NONE = "__none__"
# Verdict text colours, readable on light and dark rows alike (text, not background).
VERDICT_COLOURS = {"verified": "#2e7d32", "disputed": "#c62828", "needs checking": "#b26a00"}
TARGET_LABELS = {"sentence": "sentence", "group": "passage", "quote_group": "quotation",
                 "source": "source"}


class NotesPanel(QWidget):
    def __init__(self, controller: NotesController, window=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.window_ = window
        self.selected_sentence: str | None = None
        self.selected_quote_group: str | None = None
        self.setAccessibleName("Notes")

        self.verdict_filter = QComboBox()
        self.verdict_filter.setAccessibleName("Show notes with verdict")
        self.source_filter = QComboBox()
        self.source_filter.setAccessibleName("Show notes on source")
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName("Show attached or detached notes")
        # short labels: three filters share a narrow panel ("Attached and detached" was cut)
        for label, value in (("Any state", ALL), ("Attached", "attached"), ("Detached", "detached")):
            self.state_filter.addItem(label, value)
        self.state_filter.setToolTip("Attached: the note's text is still in its report. "
                                     "Detached: that text is gone; the note is kept.")
        for box in (self.verdict_filter, self.source_filter, self.state_filter):
            box.currentIndexChanged.connect(self.refresh)
            # Sized to a few characters, not to the longest file name: the
            # panel shares the right side with the quotations and must stay
            # narrow enough to leave room for three report panes.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(7)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Notes list")
        self.tree.setHeaderLabels(["On", "Verdict", "Note"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # "On" wraps over lines: a narrow first column leaves the note itself readable
        self.tree.setColumnWidth(0, 140)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemClicked.connect(lambda item, _col: self.reveal(item.data(0, Qt.ItemDataRole.UserRole)))
        self.tree.itemActivated.connect(lambda item, _col: self.edit_note(item.data(0, Qt.ItemDataRole.UserRole)))

        self.add_actions = {}
        add_menu = QMenu(self)
        for target, label in (("sentence", "Note on the selected &sentence…"),
                              ("group", "Note on its &passage (all sources)…"),
                              ("quote_group", "Note on its &quotation…"),
                              ("source", "Note on the whole s&ource…")):
            action = QAction(label, self)
            action.triggered.connect(lambda _=False, t=target: self.add_note(t))
            add_menu.addAction(action)
            self.add_actions[target] = action
        self.add_button = QToolButton()
        self.add_button.setText("Add note")
        self.add_button.setAccessibleName("Add a note")
        self.add_button.setMenu(add_menu)
        self.add_button.setDefaultAction(self.add_actions["sentence"])
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(lambda: self.edit_note())
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(lambda: self.delete_note())

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName("Notes messages")
        self.message_label.setStyleSheet("color: #8a4b00;")
        self.message_label.setToolTip("Click to dismiss")
        self.message_label.mousePressEvent = lambda _event: self.message_label.hide()
        self.message_label.hide()
        # offered when a note on unticked sources is clicked: tick them again
        self.show_source_button = QPushButton()
        self.show_source_button.setAccessibleName("Show the note's source")
        self.show_source_button.clicked.connect(self._show_offered_sources)
        self.show_source_button.hide()
        self._offered: list[str] = []
        self.count_label = QLabel()
        self.empty_label = QLabel("No notes yet. Click a sentence in a report, then Add note "
                                  "(Ctrl+Alt+N), or pick a passage, quotation or source from its menu.")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName("How to add a note")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # two rows: verdict and state side by side, the source (a file name) under them
        # with the panel's whole width; three in a row cut "needs checking" short
        filters = QHBoxLayout()
        for box in (self.verdict_filter, self.state_filter):
            filters.addWidget(box, 1)
        layout.addLayout(filters)
        layout.addWidget(self.source_filter)
        layout.addWidget(self.message_label)
        layout.addWidget(self.show_source_button)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        # Two rows: the add button carries its default action's long text, and
        # one row of everything would keep the dock wider than three panes allow.
        layout.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for w in (self.edit_button, self.delete_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)

        controller.notesChanged.connect(self.refresh)
        controller.message.connect(self.show_message)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # --- list --------------------------------------------------------------
    def _fill_filters(self) -> None:
        result = self.controller.result
        verdicts = [*VERDICTS, *[t for t in self.controller.tags() if t not in VERDICTS]]
        sources = [(d.name, d.id) for d in result.documents] if result is not None else []
        for box, items, all_label in (
                (self.verdict_filter, [(v, v) for v in verdicts] + [("No verdict", NONE)], "All verdicts"),
                (self.source_filter, sources, "All sources")):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(all_label, ALL)
            for label, value in items:
                box.addItem(label, value)
            index = box.findData(current)
            box.setCurrentIndex(index if index >= 0 else 0)
            box.blockSignals(False)

    def _docs_of(self, note: Note) -> set[str]:
        return {note.doc_id} if note.doc_id else {a.doc_id for a in note.anchors}

    def visible_notes(self) -> list[Note]:
        verdict, source, state = (self.verdict_filter.currentData(), self.source_filter.currentData(),
                                  self.state_filter.currentData())
        out = []
        for n in self.controller.notes():
            if verdict not in (None, ALL) and (n.verdict or NONE) != verdict:
                continue
            if source not in (None, ALL) and source not in self._docs_of(n):
                continue
            if state == "attached" and n.detached or state == "detached" and not n.detached:
                continue
            out.append(n)
        return sorted(out, key=self._reading_order)

    def _reading_order(self, note: Note):
        """Attached notes in the order of the sources and the text, those on sources
        not shown after them; detached ones last."""
        result = self.controller.result
        order = {d.id: i for i, d in enumerate(result.documents)} if result is not None else {}
        doc = note.doc_id or (note.anchors[0].doc_id if note.anchors else "")
        start = note.anchors[0].start if note.anchors else -1
        hidden = bool(self.controller.hidden_sources(note))
        return (note.detached, hidden, order.get(doc, len(order)), start, note.created)

    def _names(self, doc_ids) -> str:
        result = self.controller.result
        names = []
        for d in doc_ids:
            try:
                names.append(result.document(d).name if result is not None else d)
            except KeyError:
                names.append(d)
        return ", ".join(names)

    def refresh(self) -> None:
        self._fill_filters()
        current = self.current_note_id()
        self.tree.clear()
        italic = QFont()
        italic.setItalic(True)
        for n in self.visible_notes():
            on = describe_target(n, self.controller.result)
            hidden = self.controller.hidden_sources(n)
            if n.detached:
                on = f"⚠ detached — {on}"
            elif hidden:
                # its text is still in its report: that report is only unticked
                on = f"{'source' if len(hidden) == 1 else 'sources'} not shown — {on}"
            # Wrapped by hand: item views do not grow rows for wrapped text.
            item = QTreeWidgetItem([textwrap.fill(on, 32, max_lines=3, placeholder=" …"),
                                    n.verdict or "",
                                    textwrap.fill(n.text, 30, max_lines=4, placeholder=" …")])
            item.setData(0, Qt.ItemDataRole.UserRole, n.id)
            item.setToolTip(0, f"Note on a {TARGET_LABELS.get(n.target, n.target)}"
                            + (": its text is no longer in the reports" if n.detached else ""))
            item.setToolTip(2, n.text)
            if hidden:
                item.setToolTip(0, item.toolTip(0) + f" in {self._names(hidden)}, which is not ticked "
                                "in the sources list: its text is still there, not shown. Tick the source to see it.")
            item.setToolTip(0, describe_target(n, self.controller.result) + "\n" + item.toolTip(0))
            colour = VERDICT_COLOURS.get(n.verdict or "")
            if colour is not None and not n.detached and not hidden:
                item.setForeground(1, QBrush(QColor(colour)))
            if n.detached or hidden:
                for col in range(3):
                    if n.detached:
                        item.setFont(col, italic)
                    item.setForeground(col, QBrush(Qt.GlobalColor.darkGray))
            self.tree.addTopLevelItem(item)
            if n.id == current:
                self.tree.setCurrentItem(item)
        total = len(self.controller.notes())
        self.empty_label.setVisible(total == 0)
        shown = self.tree.topLevelItemCount()
        self.count_label.setText(f"{shown} of {total}" if shown != total else f"{total} note" + ("" if total == 1 else "s"))
        self._update_buttons()
        if self._offered and not set(self._offered) - self.controller.shown_sources():
            self._offer_sources([])  # shown again
        if self.window_ is not None and hasattr(self.window_, "set_note_marks"):
            self.window_.set_note_marks(self.controller.marked_sentences())

    def current_note_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select_note(self, note_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == note_id:
                self.tree.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        has_note = self.current_note_id() is not None
        self.edit_button.setEnabled(has_note)
        self.delete_button.setEnabled(has_note)
        has_result = self.controller.result is not None
        for action in self.add_actions.values():
            action.setEnabled(has_result)

    # --- actions ----------------------------------------------------------
    def set_selected_sentence(self, sentence_id: str) -> None:
        self.selected_sentence = sentence_id
        self.selected_quote_group = None  # the latest pick decides what "quotation" means

    def set_selected_quotes(self, quote_ids) -> None:
        """A quotation group picked in the window's quotation list."""
        result = self.controller.result
        by_id = {q.id: q for q in result.quotes} if result is not None else {}
        clusters = [by_id[q].cluster for q in quote_ids if q in by_id and by_id[q].cluster]
        self.selected_quote_group = clusters[0] if clusters else None

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
        if self.window_ is not None and hasattr(self.window_, "statusBar"):
            self.window_.statusBar().showMessage(text, 10000)

    def reveal(self, note_id: str | None) -> None:
        note = self.controller.note(note_id) if note_id else None
        if note is None or self.window_ is None:
            return
        hidden = self.controller.hidden_sources(note)
        if hidden:
            self.show_message(f"This note is on {self._names(hidden)}, which is not shown (not ticked "
                              "in the sources list). Its text is still there.")
            self._offer_sources(hidden)
            return
        self._offer_sources([])
        result, shown = self.controller.result, self.controller.shown_sources()
        ids = self.controller.sentence_ids(note)
        # a passage note: a sentence of a source that is shown first
        ids = sorted(ids, key=lambda sid: result.sentence(sid).doc_id not in shown)
        if ids:
            self.window_.reveal_sentence(ids[0])
        elif note.detached:
            self.show_message("This note's text is no longer in the reports; it is kept here.")

    def _offer_sources(self, doc_ids: list[str]) -> None:
        """Offer to tick a note's unticked sources (when the window can)."""
        can = self.window_ is not None and hasattr(self.window_, "show_source")
        self._offered = list(doc_ids) if can else []
        if self._offered:
            self.show_source_button.setText(f"Show {self._names(self._offered)}")
            self.show_source_button.setToolTip("Tick it in the sources list again")
        self.show_source_button.setVisible(bool(self._offered))

    def _show_offered_sources(self) -> None:
        offered, self._offered = self._offered, []
        self.show_source_button.hide()
        for doc_id in offered:
            self.window_.show_source(doc_id)

    def _choose_source(self) -> str | None:
        docs = self.controller.result.documents
        names = [d.name for d in docs]
        name, ok = QInputDialog.getItem(self, "Note on a source", "Source:", names, 0, False)
        return docs[names.index(name)].id if ok and name in names else None

    def target_for(self, target: str, ask: bool = False) -> str | None:
        """The id to attach a new note of this kind to, from the selected sentence."""
        result, sid = self.controller.result, self.selected_sentence
        if result is None:
            return None
        if target == "quote_group" and self.selected_quote_group:
            return self.selected_quote_group
        try:
            sentence = result.sentence(sid) if sid else None
        except KeyError:
            sentence = None
        if sentence is None:
            if target == "source" and len(result.documents) == 1:
                return result.documents[0].id
            if target == "source" and ask:
                return self._choose_source()
            self.show_message("Click a sentence in a report first.")
            return None
        if target == "sentence":
            return sentence.id
        if target == "source":
            return sentence.doc_id
        if target == "group":
            group = result.group_of(sentence.id)
            if group is None:
                self.show_message("That sentence has no counterpart in another source: note the sentence instead.")
            return group.id if group else None
        quotes = [q for q in result.quotes if q.doc_id == sentence.doc_id and q.cluster
                  and q.start < sentence.end and sentence.start < q.end]
        if not quotes:
            self.show_message("That sentence carries no quotation.")
            return None
        return quotes[0].cluster

    def add_note(self, target: str, text: str | None = None, verdict: str | None = None) -> Note | None:
        """Add a note on the selected sentence's sentence/passage/quotation/source;
        asks with the editor unless ``text`` is given."""
        target_id = self.target_for(target, ask=text is None)
        if target_id is None:
            return None
        if text is None:
            from ..core.notes.anchoring import new_note

            preview = new_note(self.controller.result, target, target_id)
            dialog = NoteEditorDialog(describe_target(preview, self.controller.result), "", None,
                                      self.controller.tags(), self, "Add note")
            if dialog.exec() != NoteEditorDialog.DialogCode.Accepted:
                return None
            text, verdict = dialog.text(), dialog.verdict()
        note = self.controller.add(target, target_id, text, verdict)
        self.select_note(note.id)
        return note

    def edit_note(self, note_id: str | None = None) -> None:
        note = self.controller.note(note_id or self.current_note_id() or "")
        if note is None:
            return
        dialog = NoteEditorDialog(describe_target(note, self.controller.result), note.text,
                                  note.verdict, self.controller.tags(), self, "Edit note")
        if dialog.exec() == NoteEditorDialog.DialogCode.Accepted:
            self.controller.edit(note.id, dialog.text(), dialog.verdict())

    def _selected_sentence_exists(self) -> bool:
        result, sid = self.controller.result, self.selected_sentence
        if result is None or not sid:
            return False
        try:
            result.sentence(sid)
        except KeyError:
            return False
        return True

    def attach_to_selected(self, note_id: str | None = None) -> Note | None:
        """Move a note (a detached one, say) onto the sentence selected in the panes."""
        note_id = note_id or self.current_note_id()
        if not note_id or not self._selected_sentence_exists():
            self.show_message("Click the sentence the note belongs to first.")
            return None
        return self.controller.attach_to_sentence(note_id, self.selected_sentence)

    def delete_note(self, note_id: str | None = None) -> None:
        note_id = note_id or self.current_note_id()
        if note_id and self.controller.note(note_id):
            self.controller.delete(note_id)  # undoable, so no "are you sure?"

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        note_id = item.data(0, Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        for verdict in (*VERDICTS, None):
            action = menu.addAction(verdict.capitalize() if verdict else "No verdict")
            action.triggered.connect(lambda _=False, v=verdict: self.controller.set_verdict(note_id, v))
        menu.addSeparator()
        if self._selected_sentence_exists():
            menu.addAction("Attach to the selected sentence").triggered.connect(
                lambda: self.attach_to_selected(note_id))
        menu.addAction("Edit…").triggered.connect(lambda: self.edit_note(note_id))
        menu.addAction("Delete").triggered.connect(lambda: self.delete_note(note_id))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.tree.hasFocus():
            self.delete_note()
            return
        super().keyPressEvent(event)


def install_notes(window, data_dir: str | os.PathLike | None = None) -> NotesPanel:
    """Add the notes dock, the Notes menu and Undo/Redo to a main window.

    Uses only the window's notes contract: ``current_result()``, the signals
    ``resultChanged(object)`` and ``sentenceSelected(str)``, ``reveal_sentence``,
    ``set_note_marks``, ``notes_for_export`` (replaced here), ``menuBar()`` and
    ``addDockWidget``; optionally ``full_result`` (the comparison over all sources
    when a view over the ticked ones is shown) and ``show_source(doc_id)`` (tick it). ``data_dir`` (or ``window.notes_data_dir``) replaces the
    platform's user data directory, for tests.
    """
    data_dir = data_dir if data_dir is not None else getattr(window, "notes_data_dir", None)
    controller = NotesController(data_dir, window)
    panel = NotesPanel(controller, window)
    dock = QDockWidget("Notes", window)
    dock.setObjectName("notesDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    install_notes_menus(window, panel, controller, dock)
    # The window's comparison over all its sources, when it shows a view over the
    # ticked ones (beyond the contract): notes are kept placed on that one.
    window.resultChanged.connect(lambda r: controller.set_result(r, getattr(window, "full_result", None)))
    window.sentenceSelected.connect(panel.set_selected_sentence)
    # Optional: a quotation group picked in the window's quotation list (beyond the contract).
    quotes_signal = getattr(getattr(window, "quotes", None), "groupSelected", None)
    if quotes_signal is not None and hasattr(quotes_signal, "connect"):
        quotes_signal.connect(panel.set_selected_quotes)
    window.notes_for_export = controller.notes
    window.notes_controller, window.notes_panel, window.notes_dock = controller, panel, dock
    if window.current_result() is not None:
        controller.set_result(window.current_result(), getattr(window, "full_result", None))
    return panel
