"""Notes and verdicts on passages, quotations and sources.

``Note`` is the value the exports and the notes panel share; anchoring,
storage and undo live beside it in this package (notes issue).
"""
from .model import NOTE_TARGETS, VERDICTS, Note, TextAnchor

__all__ = ["NOTE_TARGETS", "VERDICTS", "Note", "TextAnchor"]
