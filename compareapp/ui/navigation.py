"""Moving through the comparison: next/previous difference, filters, find, zoom."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..core import viewmath
from ..core.result import REWORDED, SHARED, UNIQUE
from .text_pane import layer_format

FILTERS = {"all": (REWORDED, UNIQUE), "reworded": (REWORDED,), "unique": (UNIQUE,)}


class NavigationMixin:
    # --- differences ----------------------------------------------------------------
    def reset_navigation(self) -> None:
        self.focused_doc: str | None = None
        self.diff_index: int | None = None

    def _pane_focused(self, doc_id: str) -> None:
        if doc_id != getattr(self, "focused_doc", None):
            self.focused_doc = doc_id
            self.diff_index = None

    def _nav_doc(self) -> str | None:
        if getattr(self, "focused_doc", None) in self.panes.panes:
            return self.focused_doc
        return next(iter(self.panes.panes), None)

    def current_differences(self) -> list[viewmath.Difference]:
        doc = self._nav_doc()
        if doc is None or self.view_result is None:
            return []
        return viewmath.differences(self.view_result, doc, FILTERS[self.filter_mode()])

    def step_difference(self, forward: bool = True) -> None:
        diffs = self.current_differences()
        if not diffs:
            self.statusBar().showMessage("No differences in this source.", 4000)
            return
        doc = self._nav_doc()
        sel = self.selection.sentence
        in_doc = sel and self.view_result.sentence(sel).doc_id == doc
        if self.diff_index is None and in_doc:
            index = {s.id: s.index for s in self.view_result.document(doc).sentences}
            self.diff_index = viewmath.difference_at(diffs, index, index[sel], forward)
        else:
            self.diff_index = viewmath.step_difference(diffs, self.diff_index, forward)
        d = diffs[self.diff_index]
        self.select_sentence(d.sentence_ids[0], reveal_self=True)
        self.statusBar().showMessage(
            f"Difference {self.diff_index + 1} of {len(diffs)} "
            f"({'reworded' if d.status == REWORDED else 'only here'})", 4000)

    # --- filter ---------------------------------------------------------------------
    def filter_mode(self) -> str:
        return getattr(self, "_filter", "all")

    def set_filter(self, mode: str) -> None:
        self._filter = mode if mode in FILTERS else "all"
        self.diff_index = None
        self.apply_filter()

    def apply_filter(self) -> None:
        """Dim every sentence the filter leaves out (kept readable, never hidden), and its bands."""
        mode = self.filter_mode()
        spans: dict[str, list[tuple[int, int]]] = {}
        if mode != "all" and self.view_result is not None:
            keep = FILTERS[mode]
            for doc_id in self.panes.panes:
                for s in self.view_result.document(doc_id).sentences:
                    if self.view_result.status(s.id) not in keep:
                        spans.setdefault(doc_id, []).append((s.start, s.end))
        self.panes.set_layer("dim", spans, layer_format(background=self.colours["base"],
                                                        foreground=self.colours["muted"]))
        # the bands fade with the passages they join: "Only-here only" leaves none emphasised
        self.panes.set_faded_band_kinds(set() if mode == "all" else {SHARED, REWORDED} - set(FILTERS[mode]))

    # --- find ------------------------------------------------------------------------
    def _build_find_bar(self, layout) -> None:
        self.find_bar = QWidget()
        row = QHBoxLayout(self.find_bar)
        row.setContentsMargins(8, 2, 8, 2)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText("Find in the ticked sources")
        self.find_edit.setAccessibleName("Find text")
        self.find_count = QLabel()
        nxt, prev, close = QPushButton("Next"), QPushButton("Previous"), QPushButton("Close")
        for b, name in ((nxt, "Next match"), (prev, "Previous match"), (close, "Close find")):
            b.setAccessibleName(name)
        row.addWidget(QLabel("Find:"))
        row.addWidget(self.find_edit, 1)
        row.addWidget(self.find_count)
        row.addWidget(prev)
        row.addWidget(nxt)
        row.addWidget(close)
        self.find_edit.textChanged.connect(self._find_changed)
        self.find_edit.returnPressed.connect(lambda: self.find_step(True))
        nxt.clicked.connect(lambda: self.find_step(True))
        prev.clicked.connect(lambda: self.find_step(False))
        close.clicked.connect(self.close_find)
        close_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_bar)
        close_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close_key.activated.connect(self.close_find)
        for keys, forward in (("F3", True), ("Shift+F3", False)):
            step = QShortcut(QKeySequence(keys), self)
            step.activated.connect(lambda f=forward: self.find_step(f))
        self.find_bar.hide()
        self.matches: list[tuple[str, int, int]] = []
        self.matches_not_shown: dict[str, int] = {}  # doc id -> matches in a ticked source not shown
        self.match_index = -1
        layout.addWidget(self.find_bar)

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_find(self) -> None:
        self.find_edit.clear()
        self.find_bar.hide()

    def _find_in(self, doc_id: str, needle: str) -> list[tuple[int, int]]:
        """Where a casefolded needle occurs in one source's text."""
        text = self.view_result.document(doc_id).text
        hay = text.casefold()
        # casefold can change lengths (ß → ss); only trust offsets when it does not
        if len(hay) != len(text):
            hay = text.lower()
        found = []
        pos = hay.find(needle)
        while pos >= 0:
            found.append((pos, pos + len(needle)))
            pos = hay.find(needle, pos + max(1, len(needle)))
        return found

    def _find_changed(self, text: str) -> None:
        self.matches, self.match_index, self.matches_not_shown = [], -1, {}
        needle = text.casefold()
        if needle and self.view_result is not None:
            for doc_id in self.panes.panes:
                self.matches.extend((doc_id, a, b) for a, b in self._find_in(doc_id, needle))
            # ticked sources folded away (more than fit side by side) are searched too: a
            # name that only they mention must not read as "0 found"
            ticked = self.view_result.selected or [d.id for d in self.view_result.documents]
            for doc_id in ticked:
                if doc_id not in self.panes.panes:
                    n = len(self._find_in(doc_id, needle))
                    if n:
                        self.matches_not_shown[doc_id] = n
        spans: dict[str, list[tuple[int, int]]] = {}
        for doc_id, a, b in self.matches:
            spans.setdefault(doc_id, []).append((a, b))
        self.panes.set_layer("find", spans, layer_format(background=self.colours["find"]))
        self.panes.set_layer("find_current", {}, layer_format())
        self._show_find_count(f"{len(self.matches)} found" if text else "")

    def _show_find_count(self, text: str) -> None:
        hidden = self.matches_not_shown
        if text and hidden:
            text += f" · {sum(hidden.values())} more in sources not shown"
        self.find_count.setText(text)
        self.find_count.setToolTip("\n".join(
            f"{self.view_result.document(d).name}: {n}" for d, n in hidden.items()) if text and hidden else "")

    def find_step(self, forward: bool = True) -> None:
        if not self.matches:
            if self.matches_not_shown:
                names = ", ".join(self.view_result.document(d).name for d in self.matches_not_shown)
                self.statusBar().showMessage(
                    f"Found only in sources not shown side by side ({names}): drag one up the list.", 8000)
            return
        self.match_index = (self.match_index + (1 if forward else -1)) % len(self.matches)
        doc_id, a, b = self.matches[self.match_index]
        # every match is tinted; the one "3 of 12" speaks of is shown inverted, so it
        # stands out in any palette and over a selected passage
        self.panes.set_layer("find_current", {doc_id: [(a, b)]},
                             layer_format(background=self.colours["text"], foreground=self.colours["base"]))
        s = self.view_result.document(doc_id).sentence_at(a)
        if s is not None:
            self.panes.reveal([s.id])
        self._show_find_count(f"{self.match_index + 1} of {len(self.matches)}")

    # --- zoom and sync -----------------------------------------------------------------
    def zoom(self, step: float) -> None:
        from dataclasses import replace

        size = max(6.0, min(40.0, self.prefs.font_size + step))
        self.apply_preferences(replace(self.prefs, font_size=size))

    def set_sync_scroll(self, on: bool) -> None:
        from dataclasses import replace

        self.apply_preferences(replace(self.prefs, sync_scroll=bool(on)))
        if on:  # line the panes up at once, from the one being read, not at the next scroll
            self.panes.resync(self._nav_doc())
