"""The similarity overview and the preferences dialog."""
from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFontComboBox, QFormLayout, QGroupBox, QHeaderView, QLabel,
                               QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ..core.result import ComparisonResult
from ..preferences import PALETTES, Preferences
from .palette import Colours

MAX_HEATMAP = 30

ENGINE_LABELS = {
    "link_threshold": "Counterparts from similarity",
    "shared_threshold": "Near-identical from similarity",
    "recursive": "Read subfolders too",
    "max_file_bytes": "Skip files larger than (bytes)",
}


class SimilarityDialog(QDialog):
    """Source × source heat map: how much of the row's words have a counterpart in the column."""

    def __init__(self, result: ComparisonResult, colours: Colours, parent=None,
                 order: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Similarity overview")
        self.setAccessibleName("Similarity overview")
        matrix = result.alignment.matrix
        names = {d.id: d.name for d in result.documents}
        in_matrix = set(matrix.doc_ids)
        all_ids = [i for i in (order or matrix.doc_ids) if i in in_matrix
                   and (not result.selected or i in result.selected)]
        # a heat map of hundreds of sources is unreadable (and slow to build): the
        # first ones in the list's order get the map, every source gets its closest
        ids = all_ids[:MAX_HEATMAP]
        self.table = QTableWidget(len(ids), len(ids))
        self.table.setAccessibleName("Similarity matrix")
        for pos, doc_id in enumerate(ids):
            # narrow columns cut a long file name on both sides ("3b65216b296f4e8"):
            # elide in the middle so its start and end stay readable, full name on hover
            for header_item, set_item in ((QTableWidgetItem(names.get(doc_id, doc_id)),
                                           self.table.setHorizontalHeaderItem),
                                          (QTableWidgetItem(names.get(doc_id, doc_id)),
                                           self.table.setVerticalHeaderItem)):
                header_item.setToolTip(names.get(doc_id, doc_id))
                set_item(pos, header_item)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setMaximumWidth(260)  # a headline-long title must not take the map
        hot = colours["reworded_band"]
        cold = colours["base"]
        for r, a in enumerate(ids):
            for c, b in enumerate(ids):
                value = matrix.get(a, b) if a != b else 1.0
                cell = QTableWidgetItem("—" if a == b else f"{value:.0%}")
                mix = max(0.0, min(1.0, value if a != b else 0.0))
                cell.setBackground(QColor(
                    round(cold.red() + (hot.red() - cold.red()) * mix),
                    round(cold.green() + (hot.green() - cold.green()) * mix),
                    round(cold.blue() + (hot.blue() - cold.blue()) * mix)))
                cell.setToolTip(f"{value:.0%} of {names.get(a, a)} has a counterpart in {names.get(b, b)}")
                self.table.setItem(r, c, cell)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the source is a column of its own, not a row header: a header cut a long
        # headline off without an ellipsis ("Hrytsenko leaves Avanhar")
        self.closest = QTableWidget(len(all_ids), 3)
        self.closest.setAccessibleName("Closest source of each source")
        self.closest.setHorizontalHeaderLabels(["Source", "Closest source", "Share"])
        self.closest.verticalHeader().setVisible(False)
        self.closest.setWordWrap(False)  # one line a source, elided in the middle
        self.closest.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for r, a in enumerate(all_ids):
            st = result.stats(a)
            closest = names.get(st.closest, "—") if st.closest else "—"
            for c, text in enumerate((names.get(a, a), closest, f"{st.closest_score:.0%}" if st.closest else "")):
                item = QTableWidgetItem(text)
                if c < 2:
                    item.setToolTip(text)
                self.closest.setItem(r, c, item)
        for c in (0, 1):
            self.closest.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.closest.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("Share of each row's words that have a counterpart in the column"
                             + (f" (the first {MAX_HEATMAP} sources of the list):"
                                if len(all_ids) > MAX_HEATMAP else ":")))
        lay.addWidget(self.table, 2)
        lay.addWidget(self.closest, 1)
        lay.addWidget(buttons)
        self.resize(760, 560)


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.prefs = prefs
        form = QFormLayout()
        engine_box = QWidget()
        engine_form = QFormLayout(engine_box)
        self.engine_widgets: dict[str, QWidget] = {}
        for f in fields(prefs.engine):
            value = getattr(prefs.engine, f.name)
            if isinstance(value, bool):
                w = QCheckBox()
                w.setChecked(value)
            elif isinstance(value, float):
                w = QDoubleSpinBox()
                # most thresholds are fractions, a few are percentages (speaker name
                # similarity 85): a 0..1 range would clamp those on OK without a word
                top = 1.0 if value <= 1.0 else 100.0
                w.setRange(0.0, top)
                w.setSingleStep(0.05 if top == 1.0 else 1.0)
                w.setDecimals(2)
                w.setValue(value)
            elif isinstance(value, int):
                w = QSpinBox()
                w.setRange(0, 2_000_000_000)
                w.setValue(value)
            else:
                continue
            label = ENGINE_LABELS.get(f.name, f.name.replace("_", " ").capitalize())
            w.setAccessibleName(label)
            self.engine_widgets[f.name] = w
            engine_form.addRow(label, w)
        self.palette = QComboBox()
        self.palette.addItems(PALETTES)
        self.palette.setCurrentText(prefs.palette)
        self.palette.setAccessibleName("Colour palette")
        form.addRow("Palette", self.palette)
        self.font_family = QFontComboBox()
        if prefs.font_family:
            self.font_family.setCurrentFont(QFont(prefs.font_family))
        self.font_family.setAccessibleName("Text font")
        form.addRow("Text font", self.font_family)
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(6, 40)
        self.font_size.setValue(prefs.font_size)
        self.font_size.setAccessibleName("Text size")
        form.addRow("Text size", self.font_size)
        self.max_panes = QSpinBox()
        self.max_panes.setRange(1, 50)
        self.max_panes.setValue(prefs.max_panes)
        self.max_panes.setAccessibleName("Panes shown side by side")
        form.addRow("Panes side by side", self.max_panes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # what most people come for (look) first; the engine's many thresholds scroll
        # in a box of their own so the dialog fits a laptop screen
        look = QGroupBox("Appearance")
        look.setLayout(form)
        self.engine_scroll = QScrollArea()
        self.engine_scroll.setWidget(engine_box)
        self.engine_scroll.setWidgetResizable(True)
        self.engine_scroll.setAccessibleName("Comparison settings")
        self.engine_scroll.setMinimumHeight(220)
        engine_group = QGroupBox("Comparison (the folder is compared again when these change)")
        QVBoxLayout(engine_group).addWidget(self.engine_scroll)
        lay = QVBoxLayout(self)
        lay.addWidget(look)
        lay.addWidget(engine_group, 1)
        lay.addWidget(buttons)
        self.resize(520, 600)

    def value(self) -> Preferences:
        engine_values = {}
        for name, w in self.engine_widgets.items():
            engine_values[name] = w.isChecked() if isinstance(w, QCheckBox) else type(
                getattr(self.prefs.engine, name))(w.value())
        return replace(self.prefs, engine=replace(self.prefs.engine, **engine_values),
                       palette=self.palette.currentText(),
                       font_family=self.font_family.currentFont().family(),
                       font_size=float(self.font_size.value()), max_panes=self.max_panes.value())
