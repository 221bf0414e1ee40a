"""The sources list: one row per document to tick in or out, plus the files
that could not be read, greyed, with their reason.

The order of the rows is the order of the panes; drag to reorder or sort
by date. Each row carries a small bar of the source's shared / reworded /
own share, painted by ``SourceDelegate``.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton,
                               QStyledItemDelegate, QToolTip, QVBoxLayout, QWidget)

from ..core.result import REWORDED, SHARED, UNIQUE, ComparisonResult
from .palette import Colours

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHARES_ROLE = Qt.ItemDataRole.UserRole + 2  # (shared, reworded, unique) fractions
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 3
DATE_ROLE = Qt.ItemDataRole.UserRole + 4
PATH_ROLE = Qt.ItemDataRole.UserRole + 5  # shown as the tooltip (set lazily: 500 tooltips cost)
BAR_HEIGHT = 6
ROW_MIN_WIDTH = 60
SOURCE_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class SourceDelegate(QStyledItemDelegate):
    def __init__(self, colours: Colours, parent=None) -> None:
        super().__init__(parent)
        self.colours = colours

    def helpEvent(self, event, view, option, index) -> bool:
        tip = index.data(PATH_ROLE)
        if event.type() == QEvent.Type.ToolTip and tip:
            QToolTip.showText(event.globalPos(), tip, view)
            return True
        return super().helpEvent(event, view, option, index)

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        # no width of its own: a row is as wide as the list and elides its name, where a
        # row as wide as its text made a narrow list scroll sideways and cut the bar off
        return QSize(ROW_MIN_WIDTH, size.height() + BAR_HEIGHT + 8)

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        shares = index.data(SHARES_ROLE)
        if not shares:
            return
        r = option.rect
        x0 = r.left() + 28
        width = max(10, r.width() - 36)
        y = r.bottom() - BAR_HEIGHT - 3
        painter.save()
        painter.fillRect(QRect(x0, y, width, BAR_HEIGHT), self.colours["line"])
        x = x0
        for status, share in zip((SHARED, REWORDED, UNIQUE), shares):
            w = round(width * share)
            key = {SHARED: "shared_band", REWORDED: "reworded_band", UNIQUE: "unique_bar"}[status]
            painter.fillRect(QRect(x, y, w, BAR_HEIGHT), self.colours[key])
            x += w
        painter.restore()


class SourcesPanel(QWidget):
    """Emits ``changed`` with the ticked document ids, in list order."""

    changed = Signal(list)

    def __init__(self, colours: Colours, parent=None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Sources")
        self.view.setAccessibleDescription("Tick a source to include it; drag to reorder the panes")
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # every row: two lines and a bar; a narrow list elides the lines (the tooltip has the
        # path) rather than wrapping them into a third line that the bar paints over
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setUniformItemSizes(True)
        self.delegate = SourceDelegate(colours, self.view)
        self.view.setItemDelegate(self.delegate)
        self.sort_button = QPushButton("Sort by date")
        self.sort_button.setAccessibleName("Sort sources by date")
        self.sort_button.clicked.connect(self.sort_by_date)
        self._problems = 0  # files of the folder that could not be read
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        title = QLabel("<b>Sources</b>")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.sort_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)
        self._emit_timer = QTimer(self, singleShot=True, interval=0)
        self._emit_timer.timeout.connect(self._emit_changed)
        self._ticked: list[str] | None = None  # cache: reading 500 check states is not free
        self.model.itemChanged.connect(lambda _item: self._changed())
        self.model.rowsMoved.connect(lambda *_: self._changed())
        self.model.rowsRemoved.connect(lambda *_: self._changed())
        self.model.rowsInserted.connect(lambda *_: self._changed())
        self.model.modelReset.connect(lambda: self._changed(emit=False))
        self._last: list[str] | None = None

    def set_colours(self, colours: Colours) -> None:
        self.delegate.colours = colours
        self.view.viewport().update()

    def show_result(self, result: ComparisonResult, ticked: set[str] | None = None,
                    order: list[str] | None = None) -> None:
        """List the documents (keeping a previous order and ticks when given) and the problems."""
        self.model.blockSignals(True)
        self.model.clear()
        docs = {d.id: d for d in result.documents}
        ids = [i for i in (order or []) if i in docs] + [d.id for d in result.documents
                                                          if d.id not in (order or [])]
        for doc_id in ids:
            doc = docs[doc_id]
            meta = " · ".join(x for x in (doc.meta.outlet, doc.meta.date, f"{doc.words} words") if x)
            item = QStandardItem(f"{doc.name}\n{meta}")
            item.setData(doc_id, DOC_ID_ROLE)
            item.setData(doc.meta.date or "", DATE_ROLE)
            item.setData(doc.path or doc.id, PATH_ROLE)
            item.setFlags(SOURCE_FLAGS)
            item.setCheckState(CHECKED if ticked is None or doc_id in ticked else UNCHECKED)
            item.setData(f"{doc.name}, {meta}", Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(item)
        for problem in result.problems:
            item = QStandardItem(f"{problem.name}\n⚠ {problem.reason}")
            item.setData(problem.reason, PROBLEM_ROLE)
            item.setData(f"{problem.path}\n{problem.reason}", PATH_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable)  # greyed: listed, never compared
            item.setData(f"{problem.name} could not be read: {problem.reason}",
                         Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(item)
        self.model.blockSignals(False)
        self._ticked = None
        self.view.reset()
        self._problems = len(result.problems)
        self._summarise(len(result.documents), len(result.documents))
        self._last = self.ticked()

    def _summarise(self, compared: int, total: int) -> None:
        """'5 sources', or '3 of 5 sources compared' while some are unticked."""
        n = self._problems
        text = f"{total} source{'s' if total != 1 else ''}" if compared == total \
            else f"{compared} of {total} sources compared"
        self.summary.setText(text + (f", {n} file{'s' if n > 1 else ''} could not be read" if n else ""))

    def set_stats(self, result: ComparisonResult) -> None:
        """Bars from the result seen over the ticked sources."""
        selected = set(result.selected or [d.id for d in result.documents])
        self.model.blockSignals(True)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            doc_id = item.data(DOC_ID_ROLE)
            if doc_id is None:
                continue
            if doc_id in selected:
                st = result.stats(doc_id)
                shares = (st.share(SHARED), st.share(REWORDED), st.share(UNIQUE))
            else:
                shares = None
            item.setData(shares, SHARES_ROLE)
        self.model.blockSignals(False)
        self.view.viewport().update()
        self._summarise(len(selected), len(result.documents))

    def order(self) -> list[str]:
        out = []
        for row in range(self.model.rowCount()):
            doc_id = self.model.item(row).data(DOC_ID_ROLE)
            if doc_id is not None:
                out.append(doc_id)
        return out

    def ticked(self) -> list[str]:
        if self._ticked is None:
            items = [self.model.item(r) for r in range(self.model.rowCount())]
            self._ticked = [it.data(DOC_ID_ROLE) for it in items
                            if it.data(DOC_ID_ROLE) is not None and it.checkState() == CHECKED]
        return list(self._ticked)

    def problems(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())
                if self.model.item(r).data(PROBLEM_ROLE) is not None]

    def set_ticked(self, doc_id: str, ticked: bool) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(DOC_ID_ROLE) == doc_id:
                item.setCheckState(CHECKED if ticked else UNCHECKED)

    def sort_by_date(self) -> None:
        """Oldest first, undated after, problems last; a stable sort keeps ties in place."""
        rows = [self.model.takeRow(0) for _ in range(self.model.rowCount())]
        def key(row):
            item = row[0]
            if item.data(DOC_ID_ROLE) is None:
                return (2, "")
            date = item.data(DATE_ROLE) or ""
            return (0, date) if date else (1, "")
        self.model.blockSignals(True)
        for row in sorted(rows, key=key):
            self.model.appendRow(row)
        self.model.blockSignals(False)
        self._ticked = None
        self.view.reset()
        self._emit_timer.start()

    def _changed(self, emit: bool = True) -> None:
        self._ticked = None
        if emit:
            self._emit_timer.start()

    def _emit_changed(self) -> None:
        now = self.ticked()
        if len(set(self.order())) != len(self.order()):
            return  # a drag dropped its copy of the row; the original's removal follows and says so
        if now != self._last:
            self._last = now
            self.changed.emit(now)
