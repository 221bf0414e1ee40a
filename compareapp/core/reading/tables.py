"""How a table is read, for Word files and web pages alike, as a journalist
would read it:

- a layout table (one column, or most of its words in cells of running prose:
  an article or a Q&A pasted inside a frame) only places text on the page:
  its paragraphs become ordinary paragraphs, cell after cell, compared like
  the rest of the report;
- a data table (names, figures, labels) gives one line per row, cells between
  bars: ``| Kharkiv | 12 | 40 |``. The splitter keeps such a row whole (one
  sentence, see segment.TABLE_ROW), so a row's figures are compared together
  with their label; rows of figures only, or of page furniture, are shown but
  not compared (reading/document.py).

A table here is its rows, a row its cells, a cell the lines (paragraphs) it holds.
"""
from __future__ import annotations

from ..segment import split_sentences

Rows = list[list[list[str]]]

# A cell of running prose: several sentences, or one long paragraph.
_PROSE_WORDS = 40


def cell_text(lines: list[str]) -> str:
    """A cell's paragraphs on one line: 'Jane Doe / Minister'; after a full stop a space does."""
    text = ""
    for line in lines:
        text = line if not text else text + (" " if text[-1:] in ".!?:;。！？" else " / ") + line
    return text


def is_prose(lines: list[str]) -> bool:
    """A cell of running prose."""
    text = " ".join(lines)
    return len(text.split()) >= _PROSE_WORDS or len(split_sentences(text)) >= 2


def is_layout(rows: Rows) -> bool:
    """One column, or most of the table's words in prose cells."""
    if max((len(row) for row in rows), default=0) <= 1:
        return True
    words = prose_words = 0
    for row in rows:
        for cell in row:
            n = sum(len(line.split()) for line in cell)
            words += n
            prose_words += n if is_prose(cell) else 0
    return words > 0 and prose_words * 2 >= words


def row_lines(rows: Rows) -> list[str]:
    """A data table's lines: '| Kharkiv | 12 | 40 |' per row; a row with one
    cell used (a title across the table) as plain text."""
    out = []
    for row in rows:
        filled = [cell for cell in row if cell]
        if len(filled) <= 1:
            out.extend(line for cell in filled for line in cell)
        else:
            out.append("|" + "|".join(f" {cell_text(cell)} " if cell else " " for cell in row) + "|")
    return out
