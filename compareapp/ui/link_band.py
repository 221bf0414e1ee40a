"""The strip between two neighbouring panes, joining each passage to its counterpart.

Drawn as Meld draws its link map: a filled shape whose top and bottom edges
are cubic Bézier curves from the left passage's span to the right one's, so
a passage that moved shows as crossing bands. Only bands with an end on
screen are drawn (``viewmath.visible_bands``).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core import viewmath
from .palette import Colours
from .text_pane import DocumentPane

BAND_WIDTH = 46


class LinkBand(QWidget):
    """Click a band to select its passage; hover for what kind of link it is."""

    passageClicked = Signal(str)  # a sentence id of the band's left end

    def __init__(self, left: DocumentPane, right: DocumentPane, colours: Colours,
                 parent=None) -> None:
        super().__init__(parent)
        self.left, self.right, self.colours = left, right, colours
        self.pairs: list[viewmath.PanePair] = []
        self.selected_keys: set[str] = set()
        self.faded_kinds: set[str] = set()  # kinds the Show filter leaves out: drawn faint
        self.last_bands: list[viewmath.Band] = []  # what the last paint drew (for tests)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Links between neighbouring sources")
        left.scrolled.connect(self.update)
        right.scrolled.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(BAND_WIDTH, 100)

    def minimumSizeHint(self) -> QSize:
        return QSize(BAND_WIDTH, 10)

    def set_pairs(self, pairs: list[viewmath.PanePair]) -> None:
        self.pairs = pairs
        self.update()

    def _viewport_top(self, pane: DocumentPane) -> float:
        return pane.viewport().mapTo(self.window(), QPointF(0, 0).toPoint()).y() \
            - self.mapTo(self.window(), QPointF(0, 0).toPoint()).y()

    def text_rect(self) -> QRect:
        """The part of the band beside the two panes' texts."""
        lo, ro = self._viewport_top(self.left), self._viewport_top(self.right)
        top = min(lo, ro)
        bottom = max(lo + self.left.viewport().height(), ro + self.right.viewport().height())
        return QRect(0, round(top), self.width(), round(bottom - top))

    def bands(self) -> list[viewmath.Band]:
        lo, ro = self._viewport_top(self.left), self._viewport_top(self.right)
        height = max(self.left.viewport().height(), self.right.viewport().height())
        raw = viewmath.visible_bands(self.pairs, self.left.sentence_spans(), self.right.sentence_spans(),
                                     self.left.scroll_value(), self.right.scroll_value(), height)
        return [viewmath.Band(b.key, b.kind, b.left_top + lo, b.left_bottom + lo,
                              b.right_top + ro, b.right_bottom + ro) for b in raw]

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.colours["window"])
        # the band runs the height of the column, headers included; its curves belong
        # beside the texts only, never up beside the source names
        p.setClipRect(self.text_rect())
        w = float(self.width())
        mid = w / 2
        self.last_bands = self.bands()
        for b in self.last_bands:
            path = QPainterPath(QPointF(-1, b.left_top))
            path.cubicTo(mid, b.left_top, mid, b.right_top, w + 1, b.right_top)
            path.lineTo(w + 1, b.right_bottom)
            path.cubicTo(mid, b.right_bottom, mid, b.left_bottom, -1, b.left_bottom)
            path.closeSubpath()
            colour = self.colours.band(b.kind)
            fill = type(colour)(colour)
            selected = b.key in self.selected_keys
            faded = b.kind in self.faded_kinds and not selected
            fill.setAlphaF(0.85 if selected else 0.1 if faded else 0.38)
            p.fillPath(path, fill)
            line = type(colour)(self.colours["selected_line"] if selected else colour)
            if faded:
                line.setAlphaF(0.3)
            pen = QPen(line, 1.6 if selected else 0.8)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        p.end()

    def band_at(self, x: float, y: float) -> viewmath.Band | None:
        """The band under a point; the curves are close enough to straight for picking."""
        if not self.text_rect().contains(round(x), round(y)):
            return None  # beside the headers nothing is drawn, so nothing is picked
        t = max(0.0, min(1.0, x / max(1.0, self.width())))
        # the smallest band wins where several overlap
        hits = [b for b in self.bands()
                if b.left_top + (b.right_top - b.left_top) * t - 2 <= y
                <= b.left_bottom + (b.right_bottom - b.left_bottom) * t + 2]
        return min(hits, key=lambda b: abs(b.left_bottom - b.left_top), default=None)

    def _pair(self, key: str) -> viewmath.PanePair | None:
        return next((p for p in self.pairs if p.key == key), None)

    def mousePressEvent(self, event) -> None:
        band = self.band_at(event.position().x(), event.position().y())
        pair = self._pair(band.key) if band else None
        if pair is not None:
            self.passageClicked.emit(pair.left[0])
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            band = self.band_at(event.pos().x(), event.pos().y())
            if band is not None:
                QToolTip.showText(event.globalPos(), {"shared": "Shared passage", "reworded":
                                  "Reworded passage"}.get(band.kind, band.kind) + " — click to select", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
