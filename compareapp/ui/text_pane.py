"""One source's text, read-only, its sentences coloured by status.

Status colours, changed words and number discrepancies are permanent
character formats (set once per result); what changes on every click
(selection, quotation units, find hits, note marks, filter dimming) are
extra-selection layers, cheap to swap without touching the document.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QToolTip

from ..core import viewmath
from ..core.emphasis import changed_words
from ..core.model import Document
from ..core.result import REWORDED, SHARED, UNIQUE, ComparisonResult
from .palette import CHANGED_UNDERLINE, NUMBER_UNDERLINE, STATUS_UNDERLINE, Colours

# Layers drawn bottom to top; later ones win where they overlap.
LAYERS = ("dim", "quote", "note", "find", "selected", "find_current")  # later ones paint on top


class DocumentPane(QTextEdit):
    sentenceClicked = Signal(str)  # sentence id
    scrolled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(14)
        self.result: ComparisonResult | None = None
        self.doc: Document | None = None
        self._offsets: list[int] | None = None
        self._batch: QTextCursor | None = None  # the cursor of a running edit block
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {k: [] for k in LAYERS}
        self._spans: dict[str, tuple[float, float]] | None = None
        self.tooltip_for: Callable[[str], str] | None = None
        self.verticalScrollBar().valueChanged.connect(self.scrolled)
        self.document().documentLayout().documentSizeChanged.connect(self._forget_spans)

    # --- content -------------------------------------------------------------
    def show_document(self, result: ComparisonResult, doc_id: str, colours: Colours) -> None:
        self.result, self.doc = result, result.document(doc_id)
        self._offsets = viewmath.utf16_offsets(self.doc.text)
        self.setAccessibleName(f"Text of {self.doc.name}")
        self.document().setUndoRedoEnabled(False)  # read-only: no history of our own formatting
        self.setPlainText(self.doc.text)
        # one edit block: the document lays itself out once, not after every format
        self._batch = QTextCursor(self.document())
        self._batch.beginEditBlock()
        try:
            self._apply_formats(colours)
            self._space_paragraphs()
        finally:
            self._batch.endEditBlock()
            self._batch = None
        self._forget_spans()

    def _space_paragraphs(self) -> None:
        """Leave room between paragraphs that the text separates by a single line
        break (Word and web pages are read so), as a blank line does in plain text;
        consecutive list items and table rows stay together."""
        paragraphs = self.doc.paragraphs
        gap = self.fontMetrics().height() * 0.6
        for before, after in zip(paragraphs, paragraphs[1:]):
            if "\n\n" in self.doc.text[before.end:after.start]:
                continue  # a blank line already parts them
            if before.kind == after.kind and before.kind in ("list-item", "table-row"):
                continue
            block = self.document().findBlock(viewmath.to_qt_offset(self._offsets, max(before.start, before.end - 1)))
            cur = QTextCursor(block)
            fmt = block.blockFormat()
            fmt.setBottomMargin(gap)
            cur.setBlockFormat(fmt)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cur = self._batch if self._batch is not None else QTextCursor(self.document())
        cur.setPosition(viewmath.to_qt_offset(self._offsets, start))
        cur.setPosition(viewmath.to_qt_offset(self._offsets, end), QTextCursor.MoveMode.KeepAnchor)
        return cur

    def _apply_formats(self, colours: Colours) -> None:
        result, doc = self.result, self.doc
        base = QTextCharFormat()
        base.setForeground(colours["text"])
        self._cursor(0, len(doc.text)).setCharFormat(base)
        for s in doc.sentences:
            status = result.status(s.id)
            fmt = QTextCharFormat()
            if status is None:  # boilerplate: shown, never compared
                fmt.setForeground(colours["muted"])
            else:
                fmt.setBackground(colours.status(status))
                fmt.setUnderlineStyle(STATUS_UNDERLINE[status])
                if status == UNIQUE:
                    fmt.setUnderlineColor(colours["unique_bar"])
            fmt.setProperty(QTextFormat.Property.UserProperty, s.id)
            self._cursor(s.start, s.end).mergeCharFormat(fmt)
            if status in (SHARED, REWORDED):  # a near-identical sentence hides small edits too
                self._mark_changes(s.id, colours)
            self._mark_numbers(s.id, colours)

    def _mark_changes(self, sentence_id: str, colours: Colours) -> None:
        """Emphasise the words this source words its own way (the rule lives in
        core.emphasis, shared with the exports, so the PDF shows what the pane shows)."""
        fmt = QTextCharFormat()
        fmt.setForeground(colours["changed"])
        fmt.setUnderlineStyle(CHANGED_UNDERLINE)
        fmt.setUnderlineColor(colours["reworded_band"])
        for start, end in changed_words(self.result, sentence_id).spans:
            self._cursor(start, end).mergeCharFormat(fmt)

    def _mark_numbers(self, sentence_id: str, colours: Colours) -> None:
        """A wavy underline on each figure that a counterpart gives differently, one
        tooltip per figure naming what every disagreeing source says."""
        said: dict[tuple[int, int], list[str]] = {}
        for link in self.result.links_of(sentence_id):
            if not link.numbers:
                continue
            other_doc = self.result.document(self.result.sentence(link.other(sentence_id)).doc_id)
            mine = link.a == sentence_id
            for n in link.numbers:
                span = (n.a_start, n.a_end) if mine else (n.b_start, n.b_end)
                if span[1] > span[0]:
                    said.setdefault(span, []).append(f"{other_doc.name} says “{n.b_text if mine else n.a_text}”")
        for (start, end), lines in said.items():
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(NUMBER_UNDERLINE)
            fmt.setUnderlineColor(colours["number"])
            fmt.setToolTip("\n".join(dict.fromkeys(lines)))
            self._cursor(start, end).mergeCharFormat(fmt)

    def format_at(self, offset: int) -> QTextCharFormat:
        """The permanent format of the character at a Python offset (for tests and tooltips)."""
        cur = QTextCursor(self.document())
        cur.setPosition(viewmath.to_qt_offset(self._offsets, offset) + 1)
        return cur.charFormat()

    # --- layers --------------------------------------------------------------
    def set_layer(self, layer: str, spans: list[tuple[int, int]], fmt: QTextCharFormat) -> None:
        sels = []
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(start, end)
            sel.format = fmt
            sels.append(sel)
        self._layers[layer] = sels
        self.setExtraSelections([s for name in LAYERS for s in self._layers[name]])

    def layer_spans(self, layer: str) -> list[tuple[int, int]]:
        out = []
        for sel in self._layers[layer]:
            a = viewmath.from_qt_offset(self._offsets, sel.cursor.selectionStart())
            b = viewmath.from_qt_offset(self._offsets, sel.cursor.selectionEnd())
            out.append((a, b))
        return out

    def layer_format(self, layer: str) -> QTextCharFormat | None:
        sels = self._layers[layer]
        return sels[0].format if sels else None

    # --- geometry ------------------------------------------------------------
    def _forget_spans(self, *_) -> None:
        self._spans = None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._forget_spans()

    def sentence_spans(self) -> dict[str, tuple[float, float]]:
        """Each sentence's (top, bottom) in content pixels, cached until the layout changes."""
        if self._spans is None and self.doc is not None:
            layout = self.document().documentLayout()
            spans = {}
            for s in self.doc.sentences:
                spans[s.id] = (self._y_of(layout, s.start, top=True),
                               self._y_of(layout, max(s.start, s.end - 1), top=False))
            self._spans = spans
        return self._spans or {}

    def _y_of(self, layout, offset: int, top: bool) -> float:
        pos = viewmath.to_qt_offset(self._offsets, offset)
        block = self.document().findBlock(pos)
        rect = layout.blockBoundingRect(block)
        line = block.layout().lineForTextPosition(pos - block.position())
        if not line.isValid():
            return rect.top() if top else rect.bottom()
        return rect.top() + line.y() + (0 if top else line.height())

    def scroll_value(self) -> int:
        return self.verticalScrollBar().value()

    def scroll_to_sentence(self, sentence_id: str) -> None:
        span = self.sentence_spans().get(sentence_id)
        if span is not None:
            target = span[0] - self.viewport().height() / 3
            self.verticalScrollBar().setValue(int(max(0, target)))

    def reading_position(self) -> tuple[str, float] | None:
        """The sentence at the top of the view and how far into it (0..1); None at the very top."""
        top = self.scroll_value()
        if top <= 0:
            return None
        for sid, (a, b) in self.sentence_spans().items():
            if b > top:
                return sid, (max(0.0, min(1.0, (top - a) / (b - a))) if b > a else 0.0)
        return None

    def restore_reading_position(self, position: tuple[str, float]) -> None:
        """Scroll back to a ``reading_position`` after the text was laid out anew (font, width)."""
        self.document().documentLayout().documentSize()  # finish the new layout (and the scroll range)
        self._forget_spans()
        span = self.sentence_spans().get(position[0])
        if span is not None:
            self.verticalScrollBar().setValue(round(span[0] + position[1] * (span[1] - span[0])))

    def is_sentence_visible(self, sentence_id: str) -> bool:
        span = self.sentence_spans().get(sentence_id)
        if span is None:
            return False
        top = self.scroll_value()
        return span[1] > top and span[0] < top + self.viewport().height()

    # --- interaction ---------------------------------------------------------
    def sentence_at_point(self, point: QPoint) -> str | None:
        if self.doc is None:
            return None
        offset = viewmath.from_qt_offset(self._offsets, self.cursorForPosition(point).position())
        s = self.doc.sentence_at(offset)
        return s.id if s is not None else None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            sid = self.sentence_at_point(event.position().toPoint())
            if sid is not None:
                self.sentenceClicked.emit(sid)

    def keyPressEvent(self, event) -> None:
        # Enter on the caret's sentence does what a click does: keyboard users select too
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.doc:
            offset = viewmath.from_qt_offset(self._offsets, self.textCursor().position())
            s = self.doc.sentence_at(offset)
            if s is not None:
                self.sentenceClicked.emit(s.id)
                return
        super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.doc is not None:
            pos = event.pos()
            cur = self.cursorForPosition(pos)
            own = cur.charFormat().toolTip()
            sid = self.sentence_at_point(pos)
            text = "\n".join(t for t in (own, self.tooltip_for(sid) if sid and self.tooltip_for else "") if t)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def layer_format(background: QColor | None = None, foreground: QColor | None = None,
                 underline: QTextCharFormat.UnderlineStyle | None = None,
                 underline_colour: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if background is not None:
        fmt.setBackground(background)
    if foreground is not None:
        fmt.setForeground(foreground)
    if underline is not None:
        fmt.setUnderlineStyle(underline)
        if underline_colour is not None:
            fmt.setUnderlineColor(underline_colour)
    return fmt
