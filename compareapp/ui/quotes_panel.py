"""The quotation sidebar: each group of quotations with its speaker, number of
sources and flags; expanded, each wording with its changes and its sources."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..core.result import ComparisonResult, QuoteGroup

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTES_ROLE = Qt.ItemDataRole.UserRole + 2  # quote ids a row stands for
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 3
MAX_CHARS = 110  # a row shows the start of a long wording; the tooltip has it all


def _short(text: str) -> str:
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1].rstrip() + "…"


def _changes_text(variant) -> str:
    parts = []
    for ch in variant.changes:
        if ch.a_text and ch.b_text:
            parts.append(f"“{ch.a_text}” → “{ch.b_text}”")
        elif ch.b_text:
            parts.append(f"adds “{ch.b_text}”")
        elif ch.a_text:
            parts.append(f"drops “{ch.a_text}”")
    return "; ".join(parts)


class QuotesPanel(QWidget):
    """Emits ``groupSelected`` with the quote ids of the clicked group or wording."""

    groupSelected = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Quotation", "Sources"])
        self.tree.setAccessibleName("Quotations")
        self.tree.setWordWrap(False)  # each row's lines are elided, never wrapped out of sight
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.flagged_only = QCheckBox("Flagged only")
        self.flagged_only.setAccessibleName("Show flagged quotations only")
        self.flagged_only.toggled.connect(self._apply_filter)
        self.summary = QLabel()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.flagged_only)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.summary)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.result: ComparisonResult | None = None

    def show_result(self, result: ComparisonResult | None) -> None:
        self.result = result
        self.tree.clear()
        if result is None:
            self.summary.setText("")
            return
        names = {d.id: d.name for d in result.documents}
        visible = set(result.selected or names)
        for group in result.quote_groups:
            if not set(group.doc_ids) & visible:
                continue
            self.tree.addTopLevelItem(self._group_item(group, names, visible))
        n = self.tree.topLevelItemCount()
        self.summary.setText(f"{n} quotation group{'s' if n != 1 else ''}" if n else
                             "No direct quotations found in the ticked sources.")
        self._apply_filter()

    def _group_item(self, group: QuoteGroup, names: dict[str, str], visible: set[str]) -> QTreeWidgetItem:
        """Two lines: the main wording, then who said it, in how many sources, and the flags.

        Only the ticked sources count: unticking a source takes its wordings out.
        """
        variants = [v for v in group.variants if set(v.doc_ids) & visible]
        main = variants[0].text if variants else ""
        speaker = ", ".join(group.speakers) or "unattributed"
        n = len([d for d in dict.fromkeys(group.doc_ids) if d in visible])
        second = f"{speaker} · {n} source{'s' if n != 1 else ''}"
        if len(variants) > 1:
            second += f" · {len(variants)} wordings"
        if group.flags:
            second += " · ⚑ " + ", ".join(group.flags)
        item = QTreeWidgetItem([f"“{_short(main)}”\n{second}", str(n)])
        item.setData(0, GROUP_ROLE, group.id)
        item.setData(0, FLAGS_ROLE, tuple(group.flags))
        item.setData(0, QUOTES_ROLE, [q for v in variants for q in v.quote_ids])
        item.setToolTip(0, f"{speaker}\n“{main}”\n{len(variants)} wording(s) in {n} source(s)"
                           + (f"\nFlags: {', '.join(group.flags)}" if group.flags else ""))
        for variant in variants:
            docs = [d for d in variant.doc_ids if d in visible]
            sources = ", ".join(names.get(d, d) for d in docs)
            changes = _changes_text(variant)
            text = f"“{_short(variant.text)}”\nin {sources}" + (f"\n{changes}" if changes else "")
            child = QTreeWidgetItem([text, str(len(docs))])
            child.setData(0, QUOTES_ROLE, list(variant.quote_ids))
            child.setToolTip(0, f"“{variant.text}”\nIn: {sources}" + (f"\nChanges: {changes}" if changes else ""))
            child.setToolTip(1, sources)
            item.addChild(child)
        return item

    def _apply_filter(self) -> None:
        only = self.flagged_only.isChecked()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            item.setHidden(only and not item.data(0, FLAGS_ROLE))

    def group_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                if not self.tree.topLevelItem(i).isHidden()]

    def _current_changed(self, current, _previous) -> None:
        if current is None:
            return
        ids = current.data(0, QUOTES_ROLE)
        if ids is None and current.parent() is not None:
            ids = current.parent().data(0, QUOTES_ROLE)
        self.groupSelected.emit(list(ids or []))
