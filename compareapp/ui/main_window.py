"""The main window: sources on the left, panes in the centre, quotations on the right.

It renders the engine's immutable result and never computes alignment: the
comparison runs in a worker (``workers.Job``) and ticking sources on or off
asks ``pipeline.restrict_comparison`` for a new view of the same result.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QProgressBar, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from ..core.emphasis import changed_words
from ..core.pipeline import restrict_comparison
from ..core.result import ComparisonResult
from ..preferences import Preferences, PreferencesStore
from .file_actions import FileActionsMixin
from .legend import Legend
from .menus import build_menus
from .narrow_window import NarrowWindowMixin
from .navigation import NavigationMixin
from .palette import Colours, colours
from .pane_area import PaneArea
from .quotes_panel import QuotesPanel
from .selection import SelectionState
from .sources_panel import SourcesPanel
from .text_pane import layer_format
from .jobs import JobRunner
from .workers import compare_files_work, compare_folder_work, restrict_work


class MainWindow(FileActionsMixin, NavigationMixin, NarrowWindowMixin, QMainWindow):
    resultChanged = Signal(object)  # the ComparisonResult now shown (None when cleared)
    sentenceSelected = Signal(str)  # sentence id
    comparisonFinished = Signal()  # a comparison landed (or failed): the window is settled
    comparisonFailed = Signal(str)
    exportFinished = Signal(str)  # path written

    def __init__(self, prefs_store: PreferencesStore | None = None, parent=None,
                 notes_data_dir: str | None = None) -> None:
        super().__init__(parent)
        if notes_data_dir is not None:
            self.notes_data_dir = notes_data_dir  # read by install_notes (tests keep notes private)
        self.setWindowTitle("Compare reports")
        self.setAccessibleName("Compare reports")
        self.setAcceptDrops(True)
        self.store = prefs_store or PreferencesStore()
        self.prefs: Preferences = self.store.load()
        self.colours: Colours = colours(self.prefs.palette)
        self.full_result: ComparisonResult | None = None
        self.view_result: ComparisonResult | None = None
        self.selection = SelectionState(self)
        self.folder: str | None = None
        self.jobs = JobRunner(self)
        self._restore: dict | None = None
        self.note_ids: set[str] = set()
        self._shown_once = False

        self.sources = SourcesPanel(self.colours)
        self.panes = PaneArea()
        self.panes.sync_scroll = self.prefs.sync_scroll
        self.panes.tooltip_for = self.sentence_tooltip
        self.quotes = QuotesPanel()
        self.legend = Legend(self.colours)
        self.folded_note = QLabel()
        self.folded_note.setWordWrap(True)
        self.folded_note.hide()
        centre = QWidget()
        col = QVBoxLayout(centre)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        self._build_change_bar(col)
        col.addWidget(self.folded_note)
        col.addWidget(self.panes, 1)
        self._build_find_bar(col)
        col.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName("Main areas")
        for w in (self.sources, centre):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 900])
        self.setCentralWidget(self.splitter)
        self.quotes_dock = QDockWidget("Quotations", self)
        self.quotes_dock.setObjectName("quotesDock")
        self.quotes_dock.setWidget(self.quotes)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.quotes_dock)
        self._build_status_bar()
        self.jobs.progressChanged.connect(self._show_progress)
        self.jobs.activeChanged.connect(self._set_active)
        self.jobs.failed.connect(self._job_failed)
        self.jobs.cancelled.connect(self._job_cancelled)
        build_menus(self)
        self._init_watcher()
        self._init_narrow_window()

        self.sources.changed.connect(self._sources_changed)
        self.sources.view.activated.connect(self._source_activated)
        self.panes.sentenceClicked.connect(self.select_sentence)
        self.panes.focusedPaneChanged.connect(self._pane_focused)
        self.quotes.groupSelected.connect(self.select_quotes)
        self.apply_preferences(self.prefs, save=False)
        if self.store.message:
            self.statusBar().showMessage(self.store.message, 15000)

        from .notes_panel import install_notes

        install_notes(self)
        self._tabify_right_docks()
        self._restore_geometry()  # after the notes dock exists, so its place is restored too

    def _tabify_right_docks(self) -> None:
        """Quotations and any panel added later (notes) share the right side as tabs."""
        others = [d for d in self.findChildren(QDockWidget)
                  if d is not self.quotes_dock
                  and self.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
        for dock in others:
            self.tabifyDockWidget(self.quotes_dock, dock)
        self.quotes_dock.raise_()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self.prefs.window_state:  # first run: a narrow sidebar leaves room for panes
                self.resizeDocks([self.quotes_dock], [340], Qt.Orientation.Horizontal)

    # --- the hooks other parts use -------------------------------------------
    def current_result(self) -> ComparisonResult | None:
        return self.view_result

    def notes_for_export(self):
        """Notes to put in an export; the notes panel replaces this attribute."""
        return ()

    def reveal_sentence(self, sentence_id: str) -> None:
        if self.view_result is None:
            return
        try:
            doc_id = self.view_result.sentence(sentence_id).doc_id
        except KeyError:
            return
        if doc_id not in self.panes.panes:
            self.statusBar().showMessage(
                f"{self.view_result.document(doc_id).name} is not shown: tick it or drag it up.", 8000)
            return
        self.select_sentence(sentence_id, reveal_self=True)

    def set_note_marks(self, sentence_ids) -> None:
        self.note_ids = set(sentence_ids)
        self._paint_note_marks()

    # --- building --------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName("Comparison progress")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel the comparison")
        self.cancel_button.clicked.connect(lambda: self.cancel_job())
        self.progress_label = QLabel()
        for w in (self.progress_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(w)
            w.hide()

    # --- running a comparison ----------------------------------------------------
    def start_job(self, work, label: str, on_done, kind: str = "compare") -> None:
        """Run work off the GUI thread; only the latest request of its kind is answered."""
        self.jobs.start(kind, work, on_done, label)

    def cancel_job(self, kind: str | None = None) -> None:
        self.jobs.cancel(kind)

    def busy(self) -> bool:
        return self.jobs.busy()

    def wait_for_jobs(self, msecs: int = 30000) -> bool:
        """Block until every started job has returned (used when closing)."""
        return self.jobs.wait(msecs)

    def _show_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(fraction * 1000))
        if message:
            self.progress_label.setText(message)

    def _set_active(self, active: bool) -> None:
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.setVisible(active)

    def _job_failed(self, kind: str, message: str) -> None:
        self.statusBar().showMessage(f"Failed: {message}", 20000)
        if kind == "compare":
            self.comparisonFailed.emit(message)
            self.comparisonFinished.emit()

    def _job_cancelled(self, kind: str) -> None:
        self.statusBar().showMessage("Cancelled.", 5000)

    def compare_folder(self, folder: str, keep_view: bool = False) -> None:
        self.folder = os.path.abspath(folder)
        self._restore = self._view_state() if keep_view else None
        self.start_job(compare_folder_work(self.folder, self.prefs.engine),
                       f"Comparing {os.path.basename(self.folder)}…", self._set_result_staged)

    def compare_files(self, paths: list[str]) -> None:
        self.folder = None
        self._restore = None
        self.start_job(compare_files_work(paths, self.prefs.engine),
                       f"Comparing {len(paths)} files…", self._set_result_staged)

    def _view_state(self) -> dict:
        return {"ticked": set(self.sources.ticked()), "order": self.sources.order(),
                "sentence": self.selection.sentence}

    # --- showing a result -------------------------------------------------------
    def set_result(self, result: ComparisonResult, staged: bool = False) -> None:
        """Show a new comparison; ``staged`` (a result from a worker) fills the panes
        over several turns of the event loop and says ``comparisonFinished`` after."""
        restore, self._restore = self._restore, None
        self.cancel_job("view")  # a pending view belongs to the previous result
        self.full_result = result
        if result.folder:
            self.folder = result.folder
            self.setWindowTitle(f"{os.path.basename(result.folder)} — Compare reports")
        known = {d.id for d in result.documents}
        ticked = restore["ticked"] & known if restore else None
        self.sources.show_result(result, ticked, restore["order"] if restore else None)
        self._watch(result)
        n, p = len(result.documents), len(result.problems)
        self.statusBar().showMessage(
            f"{n} source{'s' if n != 1 else ''} compared"
            + (f"; {p} file{'s' if p != 1 else ''} could not be read" if p else ""), 10000)

        def settled() -> None:
            sentence = restore.get("sentence") if restore else None
            if sentence and sentence in self.view_result._sentences \
                    and self.view_result.sentence(sentence).doc_id in self.panes.panes:
                self.select_sentence(sentence, reveal_self=True)
            self.comparisonFinished.emit()

        self._show_view(self.sources.ticked(), staged=staged, done=settled)

    def _source_activated(self, index) -> None:
        """Enter or double-click on a source: bring its pane into view."""
        from .sources_panel import DOC_ID_ROLE

        doc_id = index.data(DOC_ID_ROLE)
        if doc_id in self.panes.panes:
            self.panes.ensureWidgetVisible(self.panes.panes[doc_id], 0, 0)
            self.panes.panes[doc_id].setFocus()
        elif doc_id is not None:
            self.statusBar().showMessage(
                "That source is not shown side by side: tick it, or drag it up the list.", 6000)

    def show_source(self, doc_id: str) -> None:
        """Tick a source again (the notes panel offers it for a note on an unticked one)."""
        self.sources.set_ticked(doc_id, True)

    def _set_result_staged(self, result: ComparisonResult) -> None:
        self.set_result(result, staged=True)

    def _sources_changed(self, ticked: list[str]) -> None:
        """A tick or a drag: the view over the ticked sources is computed in a worker."""
        full = self.full_result
        if full is None:
            return
        if set(ticked) == {d.id for d in full.documents}:
            self.cancel_job("view")
            self._show_view(ticked, full, keep_place=True)
        else:
            self.start_job(restrict_work(full, ticked), "Updating the view…",
                           lambda view: self._show_view(ticked, view, staged=True, keep_place=True),
                           kind="view")

    def _show_view(self, ticked: list[str], view: ComparisonResult | None = None,
                   staged: bool = False, done=None, keep_place: bool = False) -> None:
        """Show a view of the full result; ``keep_place`` (the same comparison seen anew: a
        tick, a drag, a palette) keeps each remaining pane's reading place and the selection."""
        full = self.full_result
        if keep_place:
            places, sentence, after = self.panes.reading_positions(), self.selection.sentence, done

            def done() -> None:
                self.panes.restore_reading_positions(places)
                shown = self.view_result
                if sentence and sentence in shown._sentences \
                        and shown.sentence(sentence).doc_id in self.panes.panes:
                    self.select_sentence(sentence)
                if after:
                    after()
        if view is None:
            all_ids = {d.id for d in full.documents}
            view = full if set(ticked) == all_ids else restrict_comparison(full, ticked)
        self.view_result = view
        shown = ticked[: self.prefs.max_panes]
        if len(ticked) > len(shown):
            self.folded_note.setText(
                f"  Showing {len(shown)} of {len(ticked)} ticked sources side by side. "
                "Drag a source up the list to show it, or raise “Panes side by side” in Preferences.")
            self.folded_note.show()
        else:
            self.folded_note.hide()
        self.sources.set_stats(view)
        self.quotes.show_result(view)
        self.selection.clear()
        self.reset_navigation()

        def filled() -> None:
            if self.view_result is not view:
                return
            self._paint_selection()
            self._paint_note_marks()
            self.apply_filter()
            if self.find_bar.isVisible() and self.find_edit.text():
                self._find_changed(self.find_edit.text())
            self.resultChanged.emit(view)
            if done:
                done()

        self.panes.show_result(view, shown, self.colours, staged=staged, done=filled)

    # --- selection -----------------------------------------------------------------
    def select_sentence(self, sentence_id: str, reveal_self: bool = False) -> None:
        view = self.view_result
        if view is None:
            return
        shown = self.panes.panes
        counterparts = [c for c in view.counterparts(sentence_id) if view.sentence(c).doc_id in shown]
        group = view.group_of(sentence_id)
        keys = {group.id} if group else {f"link:{l.a}|{l.b}" for l in view.links_of(sentence_id)} | {
            f"link:{l.b}|{l.a}" for l in view.links_of(sentence_id)}
        self.selection.quote_ids = []
        self.selection.set_sentence(sentence_id, counterparts, keys)
        self._paint_selection()
        self.panes.reveal(([sentence_id] if reveal_self else []) + counterparts)
        self.quotes.show_groups_of(self.quotes_in(sentence_id))
        self.sentenceSelected.emit(sentence_id)

    def quotes_in(self, sentence_id: str) -> list[str]:
        """Ids of the quotation units that overlap a sentence."""
        view = self.view_result
        s = view.sentence(sentence_id)
        return [q.id for q in view.quotes_of(s.doc_id) if q.start < s.end and q.end > s.start]

    def select_quotes(self, quote_ids: list[str]) -> None:
        self.selection.set_quotes(quote_ids)
        self._paint_selection()
        if self.view_result is None:
            return
        by_id = {q.id: q for q in self.view_result.quotes}
        firsts, seen = [], set()
        for qid in quote_ids:
            q = by_id.get(qid)
            if q and q.doc_id in self.panes.panes and q.doc_id not in seen:
                seen.add(q.doc_id)
                s = self.view_result.document(q.doc_id).sentence_at(q.start)
                if s is not None:
                    firsts.append(s.id)
        self.panes.reveal(firsts)

    def _paint_selection(self) -> None:
        view, sel = self.view_result, self.selection
        spans: dict[str, list[tuple[int, int]]] = {}
        if view is not None and sel.sentence:
            for sid in [sel.sentence] + sel.counterparts:
                s = view.sentence(sid)
                spans.setdefault(s.doc_id, []).append((s.start, s.end))
        self.panes.set_layer("selected", spans, self.selected_format())
        quote_spans: dict[str, list[tuple[int, int]]] = {}
        if view is not None:
            by_id = {q.id: q for q in view.quotes}
            for qid in sel.quote_ids:
                if qid in by_id:
                    q = by_id[qid]
                    quote_spans.setdefault(q.doc_id, []).append((q.start, q.end))
        self.panes.set_layer("quote", quote_spans, layer_format(background=self.colours["quote"]))
        self.panes.set_selected_keys(sel.group_keys)

    def selected_format(self):
        return layer_format(background=self.colours["selected"],
                            underline=layer_format().UnderlineStyle.SingleUnderline,
                            underline_colour=self.colours["selected_line"])

    def _paint_note_marks(self) -> None:
        if self.view_result is None:
            return
        spans: dict[str, list[tuple[int, int]]] = {}
        for sid in self.note_ids:
            if sid in self.view_result._sentences:
                s = self.view_result.sentence(sid)
                spans.setdefault(s.doc_id, []).append((s.start, s.end))
        self.panes.set_layer("note", spans, layer_format(
            underline=layer_format().UnderlineStyle.DashUnderline, underline_colour=self.colours["note"]))

    def sentence_tooltip(self, sentence_id: str) -> str:
        view = self.view_result
        if view is None or sentence_id not in view._sentences:
            return ""
        status = view.status(sentence_id)
        if status is None:
            return "Page furniture: shown, not compared"
        lines = [{"shared": "Shared", "reworded": "Reworded", "unique": "Only in this source"}[status]]
        if status == "reworded" and changed_words(view, sentence_id).throughout:
            lines[0] = "Reworded throughout (too many changed words to mark them one by one)"
        for link in sorted(view.links_of(sentence_id), key=lambda l: -l.score):
            other = view.sentence(link.other(sentence_id))
            lines.append(f"{link.score:.0%} {link.kind} — {view.document(other.doc_id).name}")
        return "\n".join(lines)

    # --- preferences ---------------------------------------------------------------
    def apply_preferences(self, prefs: Preferences, save: bool = True) -> None:
        engine_changed = prefs.engine != self.prefs.engine
        panes_changed = prefs.max_panes != self.prefs.max_panes or prefs.palette != self.prefs.palette
        self.prefs = prefs
        self.colours = colours(prefs.palette)
        app = QApplication.instance()
        app.setPalette(self.colours.qpalette(app.style().standardPalette()))
        if app.styleSheet():  # widgets polished by a style sheet keep the old palette otherwise
            app.setStyleSheet(app.styleSheet())
        self.sources.set_colours(self.colours)
        self.legend.set_colours(self.colours)
        font = QFont(prefs.font_family) if prefs.font_family else QFont()
        font.setPointSizeF(prefs.font_size)
        self.panes.set_text_font(font)
        self.panes.sync_scroll = prefs.sync_scroll
        if save:
            self.save_preferences()
            if engine_changed and self.folder:
                self.compare_folder(self.folder, keep_view=True)
            elif panes_changed and self.full_result is not None:
                self._show_view(self.sources.ticked(), self.view_result, keep_place=True)

    def save_preferences(self) -> None:
        try:
            self.store.save(self.prefs)
        except OSError as exc:
            self.statusBar().showMessage(f"Could not save the settings: {exc}", 10000)

    def _restore_geometry(self) -> None:
        for blob, fn in ((self.prefs.window_geometry, self.restoreGeometry),
                         (self.prefs.window_state, self.restoreState),
                         (self.prefs.splitter_sizes, self.splitter.restoreState)):
            if blob:
                fn(QByteArray.fromBase64(blob.encode("ascii")))

    def closeEvent(self, event) -> None:
        from dataclasses import replace

        self.cancel_job()
        self.wait_for_jobs()
        self.prefs = replace(
            self.prefs,
            window_geometry=bytes(self.saveGeometry().toBase64()).decode("ascii"),
            window_state=bytes(self.saveState().toBase64()).decode("ascii"),
            splitter_sizes=bytes(self.splitter.saveState().toBase64()).decode("ascii"))
        self.save_preferences()
        super().closeEvent(event)
