"""What the user chose to export: one frozen value shared by the CLI and the window."""
from __future__ import annotations

from dataclasses import dataclass

from ..core.notes import Note
from ..core.result import STATUSES

LAYOUTS = ("sequential", "columns")
FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".json": "json"}


@dataclass(frozen=True)
class ExportOptions:
    # Sources to include, by document id or file name; empty = all.
    sources: tuple[str, ...] = ()
    # "sequential": one report after another; "columns": side by side.
    layout: str = "sequential"
    # Statuses to highlight (shared, reworded, unique); empty = all three.
    statuses: tuple[str, ...] = ()
    quotes_only: bool = False  # the first page and the quotation table
    notes_only: bool = False  # the first page and the notes
    notes: tuple[Note, ...] = ()  # the user's notes and verdicts
    overwrite: bool = False  # replace an existing file (the CLI's --force)
    # When the export was made (ISO 8601); None = now. Fixed in tests for stable output.
    exported_at: str | None = None
    page_size: str = "A4"  # "A4" or "letter"

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"unknown layout {self.layout!r}; choose one of {', '.join(LAYOUTS)}")
        bad = [s for s in self.statuses if s not in STATUSES]
        if bad:
            raise ValueError(f"unknown status {bad[0]!r}; choose among {', '.join(STATUSES)}")
        if self.page_size not in ("A4", "letter"):
            raise ValueError(f"unknown page size {self.page_size!r}; use A4 or letter")

    @property
    def highlighted_statuses(self) -> tuple[str, ...]:
        return self.statuses or STATUSES

    @property
    def show_reports(self) -> bool:
        return not (self.quotes_only or self.notes_only)

    @property
    def show_quotes(self) -> bool:
        return self.quotes_only or not self.notes_only


def format_of(path: str) -> str:
    """pdf, html or json from the file name; a clear error otherwise."""
    import os

    ext = os.path.splitext(path)[1].lower()
    if ext not in FORMATS:
        raise ValueError(f"{os.path.basename(path) or path}: unknown export format {ext or '(none)'!r}; "
                         "use .pdf, .html or .json")
    return FORMATS[ext]
