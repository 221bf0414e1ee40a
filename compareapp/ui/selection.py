"""What the user has picked: a sentence and its counterparts, or a quotation group.

A plain QObject the panes, the bands and the tests read; the window fills it
from the result and never from the pixels.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SelectionState(QObject):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sentence: str | None = None  # the clicked sentence id
        self.counterparts: list[str] = []  # its counterparts in the shown panes
        self.group_keys: set[str] = set()  # passage group ids / link keys to emphasise in bands
        self.quote_ids: list[str] = []  # units of the clicked quotation group

    def set_sentence(self, sentence: str | None, counterparts: list[str], keys: set[str]) -> None:
        self.sentence, self.counterparts, self.group_keys = sentence, counterparts, keys
        self.changed.emit()

    def set_quotes(self, quote_ids: list[str]) -> None:
        self.quote_ids = quote_ids
        self.changed.emit()

    def clear(self) -> None:
        self.sentence, self.counterparts, self.group_keys, self.quote_ids = None, [], set(), []
        self.changed.emit()
