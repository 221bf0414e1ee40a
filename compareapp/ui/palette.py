"""Colours by status, read from resources/palettes.json.

Colour is never the only cue: each status also has an underline style
(``STATUS_UNDERLINE``) that the panes and the legend use in every palette.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from ..appinfo import palettes
from ..core.result import REWORDED, SHARED, UNIQUE

# Non-colour cues: shared plain, reworded changed words underlined solid,
# unique dotted, numbers that disagree wavy.
STATUS_UNDERLINE = {
    SHARED: QTextCharFormat.UnderlineStyle.NoUnderline,
    REWORDED: QTextCharFormat.UnderlineStyle.NoUnderline,
    UNIQUE: QTextCharFormat.UnderlineStyle.DotLine,
}
CHANGED_UNDERLINE = QTextCharFormat.UnderlineStyle.SingleUnderline
NUMBER_UNDERLINE = QTextCharFormat.UnderlineStyle.WaveUnderline

STATUS_LABELS = {SHARED: "Shared", REWORDED: "Reworded", UNIQUE: "Only here"}


def palette_names() -> tuple[str, ...]:
    return tuple(palettes())


@dataclass(frozen=True)
class Colours:
    name: str
    values: dict

    def __getitem__(self, key: str) -> QColor:
        return QColor(self.values[key])

    def status(self, status: str | None) -> QColor | None:
        return None if status is None else self[status]

    def band(self, kind: str) -> QColor:
        return self[f"{kind}_band"] if f"{kind}_band" in self.values else self["line"]

    def qpalette(self, base: QPalette) -> QPalette:
        """The application palette matching the pane colours (dark windows for dark panes)."""
        pal = QPalette(base)
        pal.setColor(QPalette.ColorRole.Window, self["window"])
        pal.setColor(QPalette.ColorRole.Base, self["base"])
        pal.setColor(QPalette.ColorRole.AlternateBase, self["window"])
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText):
            pal.setColor(role, self["text"])
        pal.setColor(QPalette.ColorRole.Button, self["window"])
        pal.setColor(QPalette.ColorRole.ToolTipBase, self["base"])
        pal.setColor(QPalette.ColorRole.PlaceholderText, self["muted"])
        pal.setColor(QPalette.ColorRole.Mid, self["line"])
        return pal


def colours(name: str) -> Colours:
    pals = palettes()
    return Colours(name if name in pals else "light", pals.get(name, pals["light"]))
