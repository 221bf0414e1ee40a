"""The quotation sidebar: each group of quotations with its speaker, number of
sources and flags; expanded, each wording in full with its changes and its sources.

A group row keeps to two elided lines so that many groups fit; its tooltip
holds the whole quotation, the speaker and the sources. A wording row (a
child) wraps, so expanding a group shows every wording whole.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHeaderView, QLabel, QStyledItemDelegate,
                               QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from ..core.result import ComparisonResult, QuoteGroup

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTES_ROLE = Qt.ItemDataRole.UserRole + 2  # quote ids a row stands for
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 3
WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText


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


def _tooltip(lines: list[str]) -> str:
    """Rich text, so that Qt wraps a long quotation instead of drawing one screen-wide line."""
    return "<p>" + "<br>".join(escape(line, quote=False) for line in lines if line) + "</p>"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class QuoteRowDelegate(QStyledItemDelegate):
    """Wording rows wrap to the column's width; group rows stay on their two elided lines."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    @staticmethod
    def wraps(index) -> bool:
        return index.column() == 0 and index.parent().isValid()

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if self.wraps(index):
            option.features |= WRAP
        else:
            option.features &= ~WRAP

    def sizeHint(self, option, index) -> QSize:
        if not self.wraps(index):
            return super().sizeHint(option, index)
        # the view asks without a width; wrapping needs the width the text will get
        depth, parent = 1, index.parent()
        while parent.parent().isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - self.tree.indentation() * (depth + 1)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, max(40, width), 1000)
        return super().sizeHint(opt, index)


class QuotesPanel(QWidget):
    """Emits ``groupSelected`` with the quote ids of the groups or wordings the user picks."""

    groupSelected = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Quotation", "Sources"])
        self.tree.setAccessibleName("Quotations")
        self.tree.setWordWrap(False)  # group rows elide; QuoteRowDelegate wraps the wordings
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        # a clicked sentence may hold several quotations: all their groups are selected
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setItemDelegate(QuoteRowDelegate(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # wrapped rows change height with the column: lay the rows out again once it settles
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        self.flagged_only = QCheckBox("Flagged only")
        self.flagged_only.setAccessibleName("Show flagged quotations only")
        self.flagged_only.toggled.connect(self._apply_filter)
        self.summary = QLabel()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.flagged_only)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.summary)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemClicked.connect(self._item_clicked)
        self.result: ComparisonResult | None = None
        self._group_of_quote: dict[str, str] = {}
        self._quiet = False  # set while the panel changes its own selection
        self._lit_by_sentence = False  # the selection follows a clicked sentence, not a pick here

    def show_result(self, result: ComparisonResult | None) -> None:
        self.result = result
        self._quiet = True
        try:
            self.tree.clear()
        finally:
            self._quiet = False
        self._lit_by_sentence = False
        self._group_of_quote = {}
        if result is None:
            self.summary.setText("")
            return
        names = {d.id: d.name for d in result.documents}
        visible = set(result.selected or names)
        for group in result.quote_groups:
            if not set(group.doc_ids) & visible:
                continue
            self.tree.addTopLevelItem(self._group_item(group, names, visible))
            for variant in group.variants:
                self._group_of_quote.update(dict.fromkeys(variant.quote_ids, group.id))
        n = self.tree.topLevelItemCount()
        self.summary.setText(f"{_plural(n, 'quotation group')}" if n else
                             "No direct quotations found in the ticked sources.")
        self._apply_filter()

    def _group_item(self, group: QuoteGroup, names: dict[str, str], visible: set[str]) -> QTreeWidgetItem:
        """Two lines: the main wording, then who said it, in how many sources, and the flags.

        Only the ticked sources count: unticking a source takes its wordings out.
        """
        variants = [v for v in group.variants if set(v.doc_ids) & visible]
        main = variants[0].text if variants else ""
        speaker = ", ".join(group.speakers) or "unattributed"
        said_by = [(who, [d for d in docs if d in visible]) for who, docs in
                   self.result.who_says([q for v in variants for q in v.quote_ids])]
        said_by = [(who, docs) for who, docs in said_by if docs]
        if len(said_by) > 1:  # "speaker differs": which source names whom
            speaker_line = "; ".join(f"{who or 'unattributed'} in {', '.join(names.get(d, d) for d in docs)}"
                                     for who, docs in said_by)
        else:
            speaker_line = speaker
        docs = [d for d in dict.fromkeys(group.doc_ids) if d in visible]
        n = len(docs)
        sources = ", ".join(names.get(d, d) for d in docs)
        second = f"{speaker} · {_plural(n, 'source')}"
        if len(variants) > 1:
            second += f" · {len(variants)} wordings"
        if group.flags:
            second += " · ⚑ " + ", ".join(group.flags)
        item = QTreeWidgetItem([f"“{main}”\n{second}", str(n)])
        item.setData(0, GROUP_ROLE, group.id)
        item.setData(0, FLAGS_ROLE, tuple(group.flags))
        item.setData(0, QUOTES_ROLE, [q for v in variants for q in v.quote_ids])
        others = [f"Also worded: “{v.text}”" for v in variants[1:]]
        item.setToolTip(0, _tooltip([f"“{main}”", *others, f"Speaker: {speaker_line}",
                                     f"In {_plural(n, 'source')}: {sources}",
                                     f"Flags: {', '.join(group.flags)}" if group.flags else ""]))
        item.setToolTip(1, _tooltip([sources]))
        for variant in variants:
            docs = [d for d in variant.doc_ids if d in visible]
            sources = ", ".join(names.get(d, d) for d in docs)
            changes = _changes_text(variant)
            who = "; ".join(f"{w or 'unattributed'}" for w, _ in self.result.who_says(variant.quote_ids)) or speaker
            if len(said_by) > 1:  # the speaker only where sources disagree on it
                where = "; ".join(f"{w or 'unattributed'} in {', '.join(names.get(d, d) for d in ds if d in visible)}"
                                  for w, ds in self.result.who_says(variant.quote_ids))
            else:
                where = f"in {sources}"
            text = f"“{variant.text}”\n{where}" + (f"\n{changes}" if changes else "")
            child = QTreeWidgetItem([text, str(len(docs))])
            child.setData(0, QUOTES_ROLE, list(variant.quote_ids))
            child.setToolTip(0, _tooltip([f"“{variant.text}”", f"Speaker: {who}", f"In: {sources}",
                                          f"Changes: {changes}" if changes else ""]))
            child.setToolTip(1, _tooltip([sources]))
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

    def selected_group_ids(self) -> list[str]:
        return [item.data(0, GROUP_ROLE) for item in self.group_items() if item.isSelected()]

    # --- following the panes ---------------------------------------------------
    def show_groups_of(self, quote_ids) -> None:
        """Select the groups these quotation units belong to (those of a clicked sentence)
        and scroll to the first; says nothing, so the panes keep the sentence selected."""
        wanted = {self._group_of_quote[q] for q in quote_ids if q in self._group_of_quote}
        first = None
        self._quiet = True
        try:
            self.tree.clearSelection()
            for item in self.group_items():
                if item.data(0, GROUP_ROLE) in wanted:
                    item.setSelected(True)
                    first = first or item
            if first is not None:
                self.tree.setCurrentItem(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollToItem(first)
        finally:
            self._quiet = False
        self._lit_by_sentence = first is not None

    # --- the user's picks ----------------------------------------------------------
    def _selection_changed(self) -> None:
        if self._quiet:
            return
        self._lit_by_sentence = False
        self._emit_selected()

    def _item_clicked(self, _item, _column) -> None:
        # a row lit by a sentence click is already selected: clicking it picks it all the same
        if self._lit_by_sentence:
            self._lit_by_sentence = False
            self._emit_selected()

    def _emit_selected(self) -> None:
        ids: list[str] = []
        for item in self.tree.selectedItems():
            ids.extend(q for q in item.data(0, QUOTES_ROLE) or [] if q not in ids)
        self.groupSelected.emit(ids)
