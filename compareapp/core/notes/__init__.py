"""Notes and verdicts on passages, quotations and sources.

``Note`` is the value the exports and the notes panel share; anchoring
(``anchoring``), storage (``store``) and export/import alone (``io``) live
beside it in this package. Undo lives in the window (it is a Qt QUndoStack).
"""
from .model import NOTE_TARGETS, VERDICTS, Note, TextAnchor

__all__ = ["NOTE_TARGETS", "VERDICTS", "Note", "TextAnchor"]
