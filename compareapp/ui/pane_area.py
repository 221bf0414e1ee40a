"""The centre: ticked sources side by side, joined by link bands.

When more sources are ticked than ``max_panes`` the first ones (in the
sources list's order) are shown and the rest wait. As many panes as fit at
a comfortable width share the visible row, and at least two whenever two
fit at the narrowest readable width; the others are a sideways scroll away.
Synchronised scrolling maps one pane's scroll position onto the others
through their linked passages.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from ..core import viewmath
from ..core.result import REWORDED, SHARED, UNIQUE, ComparisonResult
from .link_band import BAND_WIDTH, LinkBand
from .palette import Colours
from .text_pane import DocumentPane

# Pane widths in pixels, raised for large fonts so that a line keeps enough words to read.
PANE_COMFORTABLE_WIDTH, COMFORTABLE_CHARS = 330, 40
PANE_MIN_WIDTH, MIN_CHARS = 240, 28  # two panes then fit beside the sidebars at 1024 px


class PaneHeader(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setMargin(6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_source(self, result: ComparisonResult, doc_id: str, colours: Colours) -> None:
        doc = result.document(doc_id)
        counts = viewmath.status_counts(result, doc_id)
        meta = " · ".join(x for x in (doc.meta.outlet, doc.meta.date, f"{doc.words} words") if x)
        chips = "".join(
            f"<span style='background:{colours.values[st]}; color:{colours.values['text']}'>"
            # spaces inside a chip do not break: a narrow header wraps between chips only
            f"&nbsp;{counts[st]}&nbsp;{label.replace(' ', '&nbsp;')}&nbsp;</span> "
            for st, label in ((SHARED, "shared"), (REWORDED, "reworded"), (UNIQUE, "only here")))
        self.setText(f"<b>{_html(doc.name)}</b><br><span style='color:{colours.values['muted']}'>"
                     f"{_html(meta)}</span><br>{chips}")
        self.setAccessibleName(f"Source {doc.name}")
        self.setToolTip(doc.path or doc.id)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PaneArea(QScrollArea):
    sentenceClicked = Signal(str)
    focusedPaneChanged = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Sources side by side")
        self.panes: dict[str, DocumentPane] = {}
        self.headers: dict[str, PaneHeader] = {}
        self.bands: list[LinkBand] = []
        self.order: list[str] = []
        self.result: ComparisonResult | None = None
        self.sync_scroll = True
        self._syncing = False
        self._generation = 0
        self._pairs: dict[tuple[str, str], list[viewmath.PanePair]] = {}
        self._font = QFont()
        self._empty = QLabel("Open a folder of reports (File ▸ Open Folder, Ctrl+O) "
                             "or drop one on the window.")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self.setWidget(self._empty)
        self.tooltip_for = None
        self.columns: list[QWidget] = []

    # --- building ------------------------------------------------------------
    def show_result(self, result: ComparisonResult | None, doc_ids: list[str],
                    colours: Colours, staged: bool = False, done=None) -> None:
        """Rebuild the columns for these documents (keeps nothing of the old result).

        ``staged`` fills one pane per turn of the event loop so that a result
        landing from a worker never freezes the window; ``done`` runs once every
        pane holds its text (at once when not staged).
        """
        self._generation += 1
        self.result, self.order, self.colours = result, list(doc_ids), colours
        self.panes, self.headers, self.bands, self.columns = {}, {}, [], []
        self._pairs: dict[tuple[str, str], list[viewmath.PanePair]] = {}
        if result is None or not doc_ids:
            msg = ("No source is ticked: tick at least one in the list on the left."
                   if result is not None else
                   "Open a folder of reports (File ▸ Open Folder, Ctrl+O) or drop one on the window.")
            self._empty = QLabel(msg)
            self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._empty.setWordWrap(True)
            self.setWidget(self._empty)
            if done:
                done()
            return
        generation = self._generation
        if not staged:
            self._build_columns(result, doc_ids, colours)
            for i in range(len(doc_ids)):
                self._fill(i)
            if done:
                done()
            return

        def run(k: int) -> None:
            """Step -1 builds the empty columns, step k fills pane k, the last one is done."""
            if generation != self._generation:
                return  # a newer result replaced this one meanwhile
            if k < 0:
                self._build_columns(result, doc_ids, colours)
            elif k < len(doc_ids):
                self._fill(k)
            elif done:
                done()
                return
            # a (non-zero) timer lets paints and input in between the steps
            QTimer.singleShot(1, self, lambda: run(k + 1))

        QTimer.singleShot(1, self, lambda: run(-1))

    def _build_columns(self, result: ComparisonResult, doc_ids: list[str], colours: Colours) -> None:
        """Empty panes with their headers and the bands between them."""
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        previous = None
        for doc_id in doc_ids:
            column = QWidget()
            self.columns.append(column)
            col = QVBoxLayout(column)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(0)
            header = PaneHeader()
            header.show_source(result, doc_id, colours)
            pane = DocumentPane()
            pane.setFont(self._font)
            pane.tooltip_for = self.tooltip_for
            pane.sentenceClicked.connect(self.sentenceClicked)
            pane.scrolled.connect(lambda p=pane: self._pane_scrolled(p))
            pane.installEventFilter(self)
            col.addWidget(header)
            col.addWidget(pane, 1)
            if previous is not None:
                band = LinkBand(previous, pane, colours)
                band.passageClicked.connect(self.sentenceClicked)
                self.bands.append(band)
                row.addWidget(band)
            row.addWidget(column, 1)
            self.panes[doc_id], self.headers[doc_id] = pane, header
            previous = pane
        self._fit_columns()
        self.setWidget(host)

    def _fill(self, i: int) -> None:
        doc_id = self.order[i]
        self.panes[doc_id].show_document(self.result, doc_id, self.colours)
        if i > 0:
            self.bands[i - 1].set_pairs(self.pairs_between(self.order[i - 1], doc_id))

    def pairs_between(self, left: str, right: str) -> list[viewmath.PanePair]:
        """Passages joining two shown sources, computed once per result and pair."""
        key = (left, right)
        if key not in self._pairs:
            self._pairs.update(viewmath.pairs_for(self.result, [key]))
        return self._pairs[key]

    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.FocusIn and isinstance(obj, DocumentPane) and obj.doc:
            self.focusedPaneChanged.emit(obj.doc.id)
        return super().eventFilter(obj, event)

    # --- widths ------------------------------------------------------------------
    def pane_width(self) -> int:
        """The width each pane gets: the visible row divided among the panes that fit in it."""
        n = len(self.columns)
        viewport = self.viewport().width()
        char = QFontMetrics(self._font).averageCharWidth()
        narrowest = max(PANE_MIN_WIDTH, MIN_CHARS * char)
        comfortable = max(PANE_COMFORTABLE_WIDTH, COMFORTABLE_CHARS * char)
        fit = (viewport + BAND_WIDTH) // (comfortable + BAND_WIDTH)
        if fit < 2 <= n and 2 * narrowest + BAND_WIDTH <= viewport:
            fit = 2  # two sources side by side is what the window is for
        fit = max(1, min(n, fit))
        return max(narrowest, (viewport - (fit - 1) * BAND_WIDTH) // fit)

    def narrowest_row(self, panes: int = 2) -> int:
        """Width the visible row needs to show this many panes at the narrowest readable width."""
        char = QFontMetrics(self._font).averageCharWidth()
        return panes * max(PANE_MIN_WIDTH, MIN_CHARS * char) + (panes - 1) * BAND_WIDTH

    def _fit_columns(self) -> None:
        width = self.pane_width() if self.columns else 0
        for column in self.columns:
            column.setMinimumWidth(width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def set_text_font(self, font: QFont) -> None:
        """Change the panes' font, keeping the sentence each pane was reading at its top."""
        places = self.reading_positions()
        self._font = QFont(font)
        for pane in self.panes.values():
            pane.setFont(self._font)
        self._fit_columns()
        self.restore_reading_positions(places)

    def reading_positions(self) -> dict[str, tuple[str, float]]:
        """Where each pane is reading (see ``DocumentPane.reading_position``)."""
        places = {doc_id: pane.reading_position() for doc_id, pane in self.panes.items()}
        return {doc_id: place for doc_id, place in places.items() if place}

    def restore_reading_positions(self, places: dict[str, tuple[str, float]]) -> None:
        self._syncing = True  # each pane goes back to its own place; none drags the others
        try:
            for doc_id, place in places.items():
                if doc_id in self.panes and self.panes[doc_id].doc is not None:
                    self.panes[doc_id].restore_reading_position(place)
        finally:
            self._syncing = False
        self.refresh_bands()

    def resync(self, doc_id: str | None = None) -> None:
        """Line the other panes up with one (the first when none is named), as a scroll would."""
        pane = self.panes.get(doc_id) if doc_id else next(iter(self.panes.values()), None)
        if pane is not None:
            self._pane_scrolled(pane)
            self.refresh_bands()

    def refresh_bands(self) -> None:
        for band in self.bands:
            band.update()

    # --- highlighting ----------------------------------------------------------
    def set_layer(self, layer: str, spans_by_doc: dict[str, list[tuple[int, int]]], fmt) -> None:
        for doc_id, pane in self.panes.items():
            pane.set_layer(layer, spans_by_doc.get(doc_id, []), fmt)

    def set_faded_band_kinds(self, kinds: set[str]) -> None:
        for band in self.bands:
            band.faded_kinds = set(kinds)
            band.update()

    def set_selected_keys(self, keys: set[str]) -> None:
        for band in self.bands:
            band.selected_keys = keys
            band.update()

    def reveal(self, sentence_ids: list[str]) -> None:
        """Scroll each pane so its first listed sentence is in view (sync paused meanwhile).

        Sideways, only the first sentence's pane is brought into view, and only
        when it is off screen: jumping to the last counterpart would hide the
        pane the user is working in.
        """
        self._syncing = True
        try:
            done: set[str] = set()
            for sid in sentence_ids:
                doc_id = self.result.sentence(sid).doc_id
                if doc_id in self.panes and doc_id not in done:
                    self.panes[doc_id].scroll_to_sentence(sid)
                    if not done and not self.pane_on_screen(doc_id):
                        self.ensureWidgetVisible(self.panes[doc_id], 0, 0)
                    done.add(doc_id)
        finally:
            self._syncing = False
        self.refresh_bands()

    def pane_on_screen(self, doc_id: str) -> bool:
        """Whether most of a pane's width is inside the visible part of the row."""
        pane = self.panes[doc_id]
        left = pane.mapTo(self.widget(), pane.rect().topLeft()).x() - self.horizontalScrollBar().value()
        return left >= -pane.width() / 3 and left + pane.width() * 2 / 3 <= self.viewport().width()

    # --- synchronised scrolling ----------------------------------------------
    def _pane_scrolled(self, source: DocumentPane) -> None:
        if self._syncing or not self.sync_scroll or source.doc is None:
            return
        self._syncing = True
        try:
            src_bar = source.verticalScrollBar()
            src_index = self.order.index(source.doc.id)
            for doc_id, pane in self.panes.items():
                if pane is source or pane.doc is None:
                    continue
                i = self.order.index(doc_id)
                left, right = (source, pane) if src_index < i else (pane, source)
                pairs = self.pairs_between(left.doc.id, right.doc.id)
                anchors = viewmath.scroll_anchors(pairs, source.sentence_spans(), pane.sentence_spans(),
                                                  src_is_left=source is left)
                bar = pane.verticalScrollBar()
                bar.setValue(round(viewmath.sync_scroll(src_bar.value(), anchors, src_bar.maximum(),
                                                        bar.maximum())))
        finally:
            self._syncing = False
