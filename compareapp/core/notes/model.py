"""The note value. A note is anchored to the exact text it was made on plus some
context around it (as a W3C TextQuoteSelector is), never to a line number, so
that it finds its place again when a report is edited."""
from __future__ import annotations

from dataclasses import dataclass, field

# What a note can be attached to.
NOTE_TARGETS = ("sentence", "group", "quote_group", "source")
# Verdicts offered in the window; a user may type a tag of their own as well.
VERDICTS = ("verified", "disputed", "needs checking")


@dataclass(frozen=True)
class TextAnchor:
    """Where a note sits in a document, by content: exact text with context."""

    doc_id: str  # document id (path relative to the folder) when the note was made
    exact: str  # the text the note was made on
    prefix: str = ""  # up to ~32 characters before it
    suffix: str = ""  # up to ~32 characters after it
    start: int = -1  # offset hint where it was last found; -1 when detached


@dataclass(frozen=True)
class Note:
    id: str
    target: str  # one of NOTE_TARGETS
    target_id: str  # sentence id, group id, quote group id or document id at the time of writing
    text: str = ""
    verdict: str | None = None  # one of VERDICTS or a tag of the user's own
    anchors: tuple[TextAnchor, ...] = ()  # for sentence/group/quote notes; empty for a source note
    doc_id: str | None = None  # the document a sentence or source note belongs to
    created: str = ""  # ISO 8601 timestamps
    modified: str = ""
    detached: bool = False  # its text is gone from the reports: kept and shown, never dropped
    extra: tuple[tuple[str, str], ...] = field(default=())  # room for later fields
