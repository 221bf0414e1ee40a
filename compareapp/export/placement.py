"""Where each of the user's notes goes in a report: beside its sentence, its
source's heading or its quotation, or (detached, or its source left out) only
in the list at the end. Each note is placed at most once."""
from __future__ import annotations

from dataclasses import dataclass

from ..core.notes import Note
from ..core.result import ComparisonResult
from .options import ExportOptions


QUOTE_MARKS = "“\"«‘'„"


def quoted(text: str, limit: int = 90) -> str:
    """A short excerpt in quotation marks; a text that opens with its own keeps those, not ““doubled””."""
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[:limit - 2] + "…"
    return text if text[:1] in QUOTE_MARKS else f"“{text}”"


@dataclass(frozen=True)
class NoteRow:
    note: Note
    where: str  # "sentence in 002: “…”", "quotation group q3", "source 001"
    placed: bool  # shown next to its passage too


class NotePlacer:
    """Finds where each note belongs; each note is placed at most once."""

    def __init__(self, result: ComparisonResult, notes: tuple[Note, ...], selected: set[str], labels):
        self.result, self.labels, self.selected = result, labels, selected
        self.by_sentence: dict[str, list[Note]] = {}
        self.by_source: dict[str, list[Note]] = {}
        self.by_quote: dict[str, list[Note]] = {}
        self.placed: set[str] = set()
        self.where: dict[str, str] = {}
        self.notes = [n for n in notes if self._keep(n)]
        for n in self.notes:
            self._place(n)

    def _doc_of(self, n: Note) -> str | None:
        if n.doc_id:
            return n.doc_id
        if n.anchors:
            return n.anchors[0].doc_id
        if n.target == "source":
            return n.target_id
        if n.target == "sentence" and "#" in n.target_id:
            return n.target_id.rsplit("#", 1)[0]
        return None

    def _keep(self, n: Note) -> bool:
        doc = self._doc_of(n)
        return doc is None or doc in self.selected or n.target in ("group", "quote_group")

    def _sentence_for(self, n: Note) -> str | None:
        r = self.result
        if not n.detached:
            for a in n.anchors:
                if a.doc_id in self.selected and a.exact:
                    d = r.document(a.doc_id)
                    i = d.text.find(a.exact, max(0, a.start - 200)) if a.start >= 0 else -1
                    i = i if i >= 0 else d.text.find(a.exact)
                    s = d.sentence_at(i) if i >= 0 else None
                    if s:
                        return s.id
        if n.target == "sentence":
            try:
                doc_id = r.sentence(n.target_id).doc_id
            except KeyError:  # a sentence id from an earlier comparison
                return None
            return n.target_id if doc_id in self.selected else None
        if n.target == "group":
            g = next((g for g in r.groups if g.id == n.target_id), None)
            for m in (g.members if g else ()):
                if r.sentence(m).doc_id in self.selected:
                    return m
        return None

    def _left_out(self, n: Note) -> bool:
        """Its text is only in sources this report leaves out (not gone: not detached)."""
        found = [a for a in n.anchors if a.start >= 0] or list(n.anchors)
        return not n.detached and bool(found) and all(a.doc_id not in self.selected for a in found)

    def _place(self, n: Note) -> None:
        if n.target == "quote_group" and self._left_out(n):
            exact = n.anchors[0].exact
            self.where[n.id] = f"in a source left out of this report: quotation {quoted(exact)}"
        elif n.target == "source":
            self.by_source.setdefault(n.target_id, []).append(n)
            self.where[n.id] = f"source {self.labels.get(n.target_id, n.target_id)}"
        elif n.target == "quote_group":
            self.by_quote.setdefault(n.target_id, []).append(n)
            group = next((g for g in self.result.quote_groups if g.id == n.target_id), None)
            if group and group.variants:
                self.where[n.id] = f"quotation of {', '.join(group.speakers) or 'an unnamed speaker'}: " \
                    + quoted(group.variants[0].text)
            else:
                exact = n.anchors[0].exact if n.anchors else ""
                self.where[n.id] = "quotation" + (f": {quoted(exact)}" if exact else "")
        else:
            sid = None if n.detached else self._sentence_for(n)
            if sid:
                self.by_sentence.setdefault(sid, []).append(n)
                s = self.result.sentence(sid)
                self.where[n.id] = f"{self._carried_by(n, s.doc_id)}: {quoted(s.text)}"
            else:
                exact = n.anchors[0].exact if n.anchors else ""
                if n.detached:
                    why = "detached (its text is no longer in the reports)"
                elif self._left_out(n):
                    why = "in a source left out of this report"
                else:  # attached, but its text not found as this report has it
                    why = "not found in this report"
                self.where[n.id] = why + (f": {quoted(exact)}" if exact else "")

    def _carried_by(self, n: Note, doc_id: str) -> str:
        """"in 002", or for a note on a passage "passage in 000, 002, 004": the sources it is about."""
        if n.target != "group":
            return f"in {self.labels.get(doc_id, doc_id)}"
        group = next((g for g in self.result.groups if g.id == n.target_id), None)
        docs = {doc_id} | {self.result.sentence(m).doc_id for m in (group.members if group else ())}
        return "passage in " + ", ".join(sorted(self.labels.get(d, d) for d in docs & self.selected | {doc_id}))

    def _take(self, table, key) -> tuple[Note, ...]:
        got = tuple(table.get(key, ()))
        self.placed.update(n.id for n in got)
        return got

    def take_sentence(self, sid: str):
        return self._take(self.by_sentence, sid)

    def take_source(self, doc_id: str):
        return self._take(self.by_source, doc_id)

    def take_quote(self, qid: str):
        return self._take(self.by_quote, qid)

    def rows(self, options: ExportOptions) -> list[NoteRow]:
        out = []
        for n in self.notes:
            if options.quotes_only and not options.notes_only and n.target != "quote_group":
                continue
            out.append(NoteRow(n, self.where.get(n.id, ""), n.id in self.placed))
        return out
