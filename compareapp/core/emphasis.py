"""Which words of a reworded sentence to emphasise: one rule for the panes and every export.

A reader looks at the emphasised words to see what this source says
differently. Two things make that useless if done naively:
- with several counterparts, the union of the changes against each lights up
  nearly the whole sentence, so we mark the words changed against *every*
  counterpart (what this source alone words its own way);
- a sentence reworded from start to end (a heavy paraphrase) has almost every
  word changed; marking them all is noise that hides the sentences where a few
  words matter ("should ... achieve" vs "must ... secure"). Past a share of
  the sentence we mark nothing and say it is reworded throughout; its colour
  already says it is reworded.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection

from .result import ComparisonResult

# Past this share of a sentence's letters and digits, changed words are not
# marked one by one. Measured on the sample reports and the held-out stories in
# tests/data/stories (213 reworded sentences): the shares are bimodal, a third
# of them at 90 % or more (paraphrases, where marking says nothing) and the rest
# spread below; at three quarters a reader can no longer pick out which words
# matter, so we stop there.
MOST_OF_A_SENTENCE = 0.75


@dataclass(frozen=True)
class Emphasis:
    spans: tuple[tuple[int, int], ...] = ()  # absolute offsets in the sentence's document
    throughout: bool = False                  # reworded so far that no single words are marked
    against: tuple[str, ...] = ()             # the documents the words were compared with

    @property
    def marked(self) -> bool:
        return bool(self.spans)


def changed_words(result: ComparisonResult, sentence_id: str,
                  doc_ids: Collection[str] | None = None,
                  most: float = MOST_OF_A_SENTENCE) -> Emphasis:
    """The words of ``sentence_id`` changed against every counterpart in ``doc_ids``
    (all documents when None), or none and ``throughout`` for a heavy rewording."""
    sentence = result.sentence(sentence_id)
    links = [link for link in result.links_of(sentence_id)
             if doc_ids is None or result.sentence(link.other(sentence_id)).doc_id in doc_ids]
    if not links:
        return Emphasis()
    common: set[int] | None = None
    for link in links:
        here = set()
        for ch in link.changes:
            start, end = (ch.a_start, ch.a_end) if link.a == sentence_id else (ch.b_start, ch.b_end)
            here.update(range(max(start, sentence.start), min(end, sentence.end)))
        common = here if common is None else common & here
        if not common:
            break
    against = tuple(dict.fromkeys(result.sentence(link.other(sentence_id)).doc_id for link in links))
    if not common:
        return Emphasis(against=against)
    text, base = sentence.text, sentence.start
    letters = [i for i in range(len(text)) if text[i].isalnum()]
    changed_letters = sum(1 for i in letters if base + i in common)
    if letters and changed_letters / len(letters) > most:
        return Emphasis(throughout=True, against=against)
    return Emphasis(_runs(sorted(common)), against=against)


def _runs(positions: list[int]) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for i in positions:
        if spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return tuple(spans)
