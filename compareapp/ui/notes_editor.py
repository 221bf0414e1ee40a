"""The dialog that writes or edits one note: a verdict (offered or the user's own
tag) and free text, with the passage it is attached to shown above."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QPlainTextEdit, QWidget)

from ..core.notes.model import VERDICTS

NO_VERDICT = "(no verdict)"


class NoteEditorDialog(QDialog):
    def __init__(self, target: str, text: str = "", verdict: str | None = None,
                 tags: list[str] | tuple[str, ...] = (), parent: QWidget | None = None,
                 title: str = "Note"):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout(self)
        where = QLabel(target)
        where.setWordWrap(True)
        where.setAccessibleName("Attached to")
        form.addRow("On:", where)
        self.verdict_box = QComboBox()
        self.verdict_box.setEditable(True)  # a tag of the user's own
        self.verdict_box.setAccessibleName("Verdict")
        self.verdict_box.setToolTip("Pick a verdict or type a tag of your own")
        choices = [NO_VERDICT, *VERDICTS, *[t for t in tags if t not in VERDICTS]]
        self.verdict_box.addItems(choices)
        self.verdict_box.setCurrentText(verdict or NO_VERDICT)
        form.addRow("&Verdict:", self.verdict_box)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setAccessibleName("Note text")
        self.text_edit.setPlaceholderText("What you found, against which source…")
        self.text_edit.setTabChangesFocus(True)
        form.addRow("&Note:", self.text_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.text_edit.setFocus()
        self.resize(460, 300)

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def verdict(self) -> str | None:
        value = self.verdict_box.currentText().strip()
        return None if value in ("", NO_VERDICT) else value
