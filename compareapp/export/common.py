"""What goes into a report, decided once for every format.

``build_view`` turns a ComparisonResult and the user's ExportOptions into plain
rows (sources, sentences with their status, emphasised spans and margin note,
quotation groups, notes) so the PDF and HTML writers only lay things out and
always agree on content.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .. import __version__
from ..appinfo import palettes
from ..core.emphasis import changed_words
from ..core.model import Document
from ..core.notes import Note
from ..core.pipeline import restrict_comparison
from ..core.result import REWORDED, SHARED, STATUSES, UNIQUE, ComparisonResult, WordChange
from .options import ExportOptions
from .placement import NotePlacer, NoteRow


# the colours the window paints with: a printed report must not say green
# where the screen said blue
_LIGHT = palettes()["light"]
# Painted backgrounds (light, so black text stays readable) and the stronger
# colour of the matching PDF annotation, per status: the window's light tints
# and its band colours. Every status also has a non-colour cue in the window
# (underline style) and a margin note here.
STATUS_COLORS = {SHARED: _LIGHT["shared"], REWORDED: _LIGHT["reworded"], UNIQUE: _LIGHT["unique"]}
ANNOTATION_COLORS = {SHARED: _LIGHT["shared_band"], REWORDED: _LIGHT["reworded_band"], UNIQUE: _LIGHT["unique_bar"]}
STATUS_LABELS = {SHARED: "shared (near-identical in another source)",
                 REWORDED: "reworded (same content, other words)",
                 UNIQUE: "own (only in this source)"}
VERDICT_COLORS = {"verified": "#2e7d32", "disputed": "#c62828", "needs checking": "#ef6c00"}
NUMBER_COLOR = "#c62828"
NOTE_COLOR = "#b7860b"  # dark amber: the pencil of a note, readable on white
MAX_NAMED = 8  # labels named in a margin note before "and N more"


def hex_rgb(color: str) -> tuple[float, float, float]:
    c = color.lstrip("#")
    return tuple(int(c[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def readable_time(iso: str) -> str:
    """"2025-07-21 10:00 UTC" for an ISO 8601 time: a note's date, to be read, not parsed."""
    try:
        t = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if t.tzinfo is None:
        return t.strftime("%Y-%m-%d %H:%M")
    return t.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def verdict_color(verdict: str | None) -> str:
    return VERDICT_COLORS.get((verdict or "").strip().lower(), "#546e7a")


@dataclass(frozen=True)
class Mark:
    start: int  # offsets relative to the marked text
    end: int
    kind: str  # "changed" (reworded words) or "number" (a figure that differs)


@dataclass(frozen=True)
class SentenceRow:
    id: str
    text: str
    status: str | None  # None: boilerplate, shown but never compared
    highlighted: bool
    marks: tuple[Mark, ...] = ()
    margin: str = ""  # "reworded in 002, 003; shared with 001"
    margin_full: str = ""  # the same without abbreviation (annotation /Contents)
    numbers: tuple[str, ...] = ()  # "figures differ: “one” here, “three” in 002"
    new_paragraph: bool = False
    heading: bool = False
    notes: tuple[Note, ...] = ()
    group: str | None = None  # its passage group, to line counterparts up side by side

    @property
    def comment(self) -> str:
        """The text a PDF viewer shows for this passage's highlight."""
        parts = [self.margin_full or STATUS_LABELS.get(self.status or "", "")]
        return "\n".join([p for p in parts if p] + list(self.numbers))


@dataclass(frozen=True)
class SourceRow:
    doc: Document
    label: str
    words: int
    shares: dict[str, float]
    closest: str | None
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class VariantRow:
    text: str
    labels: tuple[str, ...]
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class QuoteRow:
    id: str
    speakers: tuple[str, ...]
    variants: tuple[VariantRow, ...]
    labels: tuple[str, ...]
    flags: tuple[str, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class FigureRow:
    """Counterpart sentences that give different figures: the fact-checker's lead."""

    label_a: str
    figure_a: str
    label_b: str
    figure_b: str
    sentence_a: str
    sentence_b: str


def changed_settings(settings) -> list[tuple[str, str]]:
    """The settings that differ from this version's defaults.

    With the app's version beside them they pin the result down exactly, and a
    page lists them where all thirty-odd values would not fit; the JSON export
    carries every value."""
    from ..core.settings import EngineSettings

    defaults = EngineSettings().to_dict()
    return [(k, str(v)) for k, v in settings.items() if defaults.get(k, object()) != v]


def settings_text(view) -> str:
    if not view.settings:
        return f"the defaults of compareapp {view.version}"
    return "defaults, except " + " · ".join(f"{k} = {val}" for k, val in view.settings)


@dataclass
class ReportView:
    title: str
    folder: str
    exported_at: str
    version: str
    settings: list[tuple[str, str]]  # those that differ from the defaults (see changed_settings)
    sources: list[SourceRow]
    labels: dict[str, str]
    matrix: list[list[float | None]] | None  # rows/cols follow ``sources``
    reports: list[tuple[SourceRow, list[SentenceRow]]]
    quotes: list[QuoteRow]
    notes: list[NoteRow]
    problems: list[str]
    options: ExportOptions
    show_reports: bool = True
    show_quotes: bool = True
    figures: list[FigureRow] = field(default_factory=list)
    glance: list[str] = field(default_factory=list)  # the findings in a few short phrases
    extra: dict = field(default_factory=dict)

    @property
    def highlighted_count(self) -> int:
        return sum(1 for _, rows in self.reports for r in rows if r.highlighted)


# --- labels and source selection -------------------------------------------------
_LEAD = re.compile(r"^([^\W_]+)[_\-\s.]")


def short_labels(documents) -> dict[str, str]:
    """Short names for margin notes: a common leading token ("002") when every
    file has a distinct one, else the file stem."""
    stems = {d.id: os.path.splitext(os.path.basename(d.id))[0] for d in documents}
    leads = {i: (m.group(1) if (m := _LEAD.match(s)) else None) for i, s in stems.items()}
    if all(leads.values()) and len(set(leads.values())) == len(leads):
        return dict(leads)  # type: ignore[arg-type]
    # else the fewest leading words of each stem that no other stem starts with:
    # "kyiv", "sportswire-v1", "sportswire-v2" rather than whole file names that
    # break over lines in the narrow label columns
    words = {i: [w for w in re.split(r"([_\-\s.]+)", s)] for i, s in stems.items()}
    out = {}
    for i, parts in words.items():
        label = stems[i]
        for n in range(1, len(parts) + 1, 2):
            head = "".join(parts[:n])
            if not any(o != i and stems[o].startswith(head) and len(stems[o]) >= len(head)
                       and (stems[o] == head or not stems[o][len(head)].isalnum()) for o in stems):
                label = head
                break
        out[i] = label if len(label) <= 28 else label[:27] + "…"
    if len(set(out.values())) < len(out):  # "brief.txt" and "brief.html": the names tell them apart
        out = {i: os.path.basename(i) for i in out}
    return out


def resolve_sources(result: ComparisonResult, wanted: tuple[str, ...]) -> tuple[str, ...]:
    """Document ids for names given by id, file name, stem, display name or label;
    none given: the sources the result was compared over (a window's view over the
    ticked sources covers those, not the unticked ones it still holds the text of)."""
    if not wanted:
        ids = {d.id for d in result.documents}
        return tuple(i for i in result.selected if i in ids) or tuple(d.id for d in result.documents)
    out: list[str] = []
    labels = short_labels(result.documents)
    for name in wanted:
        hits = [d.id for d in result.documents
                if name in (d.id, d.name, os.path.basename(d.id), os.path.splitext(os.path.basename(d.id))[0])]
        hits = hits or [i for i, label in labels.items() if label == name]  # "002" as the report shows it
        if not hits:
            known = ", ".join(os.path.basename(d.id) for d in result.documents)
            raise ValueError(f"no source named {name!r} in this comparison (sources: {known})")
        out += [h for h in hits if h not in out]
    return tuple(out)


# --- spans --------------------------------------------------------------------------
def locate(text: str, base: int, start: int, end: int, expected: str) -> tuple[int, int] | None:
    """A span of ``text`` for offsets that may be absolute (base = where text starts
    in its document) or already relative; falls back to searching the words."""
    for s, e in ((start - base, end - base), (start, end)):
        if 0 <= s <= e <= len(text) and (not expected or text[s:e] == expected) and e > s:
            return s, e
    if expected.strip():
        i = text.find(expected)
        if i >= 0:
            return i, i + len(expected)
    return None


def _side(change, sentence_is_a: bool):
    if sentence_is_a:
        return change.a_start, change.a_end, change.a_text
    return change.b_start, change.b_end, change.b_text


def _merge(marks: list[Mark]) -> tuple[Mark, ...]:
    """Non-overlapping marks in text order; where a figure and a changed word
    overlap, the figure wins (it is the finding that matters more)."""
    if not marks:
        return ()
    kinds: list[str | None] = [None] * max(m.end for m in marks)
    for m in sorted(marks, key=lambda m: m.kind == "number"):
        kinds[m.start:m.end] = [m.kind] * (m.end - m.start)
    out, i = [], 0
    while i < len(kinds):
        j = i
        while j < len(kinds) and kinds[j] == kinds[i]:
            j += 1
        if kinds[i]:
            out.append(Mark(i, j, kinds[i]))
        i = j
    return tuple(out)


def _trim(marks: tuple[Mark, ...], text: str) -> tuple[Mark, ...]:
    """Marks without the spaces at their ends, so underlines stop at the words."""
    out = []
    for m in marks:
        s, e = m.start, min(m.end, len(text))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Mark(s, e, m.kind))
    return tuple(out)


def _join(labels: list[str], limit: int) -> str:
    if len(labels) <= limit:
        return ", ".join(labels)
    return ", ".join(labels[:limit]) + f" and {len(labels) - limit} more"


# --- the view -----------------------------------------------------------------------
def build_view(result: ComparisonResult, options: ExportOptions) -> ReportView:
    chosen = resolve_sources(result, options.sources)
    placed_notes = options.notes
    if tuple(chosen) != tuple(d.id for d in result.documents):
        # a view over just these sources (the window's ticked ones) is used as it is
        subset = result if tuple(result.selected) == tuple(chosen) else None
        if subset is None:
            try:  # the aligner recomputes groups and shares over the subset
                subset = restrict_comparison(result, chosen)
            except Exception:  # noqa: BLE001 - an aligner without restrict still exports
                subset = None
        if subset is not None:
            placed_notes = _notes_on_subset(options.notes, result, subset)
            result = subset
    docs = [result.document(i) for i in chosen]
    labels = short_labels(result.documents)
    selected = set(chosen)
    notes = NotePlacer(result, placed_notes, selected, labels)

    sources = []
    for d in docs:
        st = result.stats(d.id)
        shares = {s: st.share(s) for s in STATUSES} if st.words else {SHARED: 0.0, REWORDED: 0.0, UNIQUE: 1.0}
        sources.append(SourceRow(d, labels[d.id], d.words, shares,
                                 labels.get(st.closest or "", st.closest), notes.take_source(d.id)))

    matrix = None
    m = result.alignment.matrix
    if m.doc_ids and all(i in m.doc_ids for i in chosen):
        matrix = [[None if a == b else m.get(a, b) for b in chosen] for a in chosen]
    elif len(docs) > 1:
        matrix = [[None if a == b else 0.0 for b in chosen] for a in chosen]

    reports = []
    if options.show_reports:
        for src in sources:
            reports.append((src, [_sentence_row(result, s, options, labels, selected, notes)
                                  for s in src.doc.sentences]))
    all_quotes = _quote_rows(result, labels, selected, notes)
    quotes = all_quotes if options.show_quotes else []
    note_rows = notes.rows(options)
    exported = options.exported_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    folder = result.folder or ""
    figures = _figure_rows(result, labels, selected)
    return ReportView(
        figures=figures, glance=_glance(result, chosen, all_quotes, figures, [r.note for r in note_rows]),
        title=os.path.basename(os.path.normpath(folder)) if folder else "Comparison",
        folder=folder, exported_at=exported, version=__version__,
        settings=changed_settings(result.settings),
        sources=sources, labels=labels, matrix=matrix, reports=reports, quotes=quotes,
        notes=note_rows, problems=[str(p) for p in result.problems], options=options,
        show_reports=options.show_reports, show_quotes=options.show_quotes, extra={"result": result})


def _notes_on_subset(notes: tuple[Note, ...], full: ComparisonResult, subset: ComparisonResult):
    """The notes placed again on a subset of the sources: passage and quotation
    groups are numbered afresh over a subset, so an id from the whole comparison
    may name another passage or quotation there."""
    if not notes:
        return notes
    from ..core.notes.anchoring import fingerprint, reanchor

    # every source fingerprinted: a note on a left-out one must not go looking in the others
    return reanchor(notes, subset, {d.id: fingerprint(d) for d in full.documents})


def _figure_rows(result: ComparisonResult, labels, selected) -> list[FigureRow]:
    rows = []
    for link in result.links:
        a, b = result.sentence(link.a), result.sentence(link.b)
        if a.doc_id in selected and b.doc_id in selected:
            for n in link.numbers:
                rows.append(FigureRow(labels.get(a.doc_id, a.doc_id), n.a_text, labels.get(b.doc_id, b.doc_id),
                                      n.b_text, a.text, b.text))
    return rows


def _glance(result: ComparisonResult, chosen, quotes: list[QuoteRow], figures: list[FigureRow], notes) -> list[str]:
    chosen = set(chosen)
    groups = [g for g in result.groups if len({result.sentence(m).doc_id for m in g.members} & chosen) > 1]
    shared = sum(1 for g in groups if g.kind == SHARED)
    out = [f"{len(groups)} passage{'s' if len(groups) != 1 else ''} carried by more than one source "
           f"({shared} near-identical, {len(groups) - shared} reworded)"]
    if figures:
        out.append(f"{len(figures)} figure{'s that differ' if len(figures) != 1 else ' that differs'} between sources")
    if quotes:
        varied = sum(1 for q in quotes if len(q.variants) > 1)
        # "statements", as the command line says: a row of the quotation table is one
        # statement, however many sources quote it
        out.append(f"{len(quotes)} quoted statement{'s' if len(quotes) != 1 else ''}"
                   + (f", {varied} worded differently across sources" if varied else ""))
    if notes:
        verdicts = {}
        for n in notes:
            if n.verdict:
                verdicts[n.verdict] = verdicts.get(n.verdict, 0) + 1
        out.append(f"{len(notes)} note{'s' if len(notes) != 1 else ''}"
                   + (" (" + ", ".join(f"{k} {v}" for k, v in verdicts.items()) + ")" if verdicts else ""))
    return out


def _sentence_row(result, s, options, labels, selected, notes) -> SentenceRow:
    status = result.status(s.id)
    doc = result.document(s.doc_id)
    para = doc.paragraphs[s.paragraph] if 0 <= s.paragraph < len(doc.paragraphs) else None
    first_in_para = s.index == 0 or doc.sentences[s.index - 1].paragraph != s.paragraph
    row_notes = notes.take_sentence(s.id)
    if status is None:
        return SentenceRow(s.id, s.text, None, False, new_paragraph=first_in_para,
                           heading=bool(para and para.kind == "heading" and not para.boilerplate), notes=row_notes)
    by_kind: dict[str, list[str]] = {SHARED: [], REWORDED: []}
    marks: list[Mark] = []
    numbers: list[str] = []
    links = {link.other(s.id): link for link in result.links_of(s.id)}
    group = result.group_of(s.id)
    for other in result.counterparts(s.id):
        other_doc = result.sentence(other).doc_id
        if other_doc not in selected:
            continue
        link = links.get(other)
        kind = link.kind if link else (group.kind if group else REWORDED)
        label = labels.get(other_doc, other_doc)
        if label not in by_kind.setdefault(kind, []):
            by_kind[kind].append(label)
    # The same words the window emphasises (core.emphasis): what this source
    # words differently from every chosen counterpart; none for a rewording
    # that runs through the whole sentence.
    usable = {o: lk for o, lk in links.items() if result.sentence(o).doc_id in selected}
    emphasis = changed_words(result, s.id, selected) if status in (SHARED, REWORDED) else None
    if emphasis is not None:
        for start, end in emphasis.spans:
            span = locate(s.text, s.start, start, end, result.document(s.doc_id).text[start:end])
            if span:
                marks.append(Mark(*span, "changed"))
    for other, link in usable.items():
        is_a = link.a == s.id
        for n in link.numbers:
            here, there = (n.a_text, n.b_text) if is_a else (n.b_text, n.a_text)
            span = locate(s.text, s.start, *((n.a_start, n.a_end, n.a_text) if is_a else (n.b_start, n.b_end, n.b_text)))
            if span:
                marks.append(Mark(*span, "number"))
            where = labels.get(result.sentence(other).doc_id, "")
            numbers.append(f"figures differ: “{here}” here, “{there}” in {where}")
    parts_short, parts_full = [], []
    throughout = emphasis is not None and emphasis.throughout
    for kind, word in ((REWORDED, "reworded throughout in" if throughout else "reworded in"),
                       (SHARED, "shared with")):
        if by_kind.get(kind):
            parts_short.append(f"{word} {_join(by_kind[kind], MAX_NAMED)}")
            parts_full.append(f"{word} {', '.join(by_kind[kind])}")
    if emphasis is not None and emphasis.marked and len(emphasis.against) > 1:
        parts_short.append("underlined: worded like no other source")
        parts_full.append("underlined: worded like no other source")
    if status == UNIQUE and not parts_full:
        parts_full = [f"only in {labels.get(s.doc_id, s.doc_id)}"]
    return SentenceRow(
        s.id, s.text, status, status in options.highlighted_statuses, _trim(_merge(marks), s.text),
        "; ".join(parts_short), "; ".join(parts_full), tuple(dict.fromkeys(numbers)),
        new_paragraph=first_in_para, heading=bool(para and para.kind == "heading" and not para.boilerplate), notes=row_notes,
        group=group.id if group else None)


def _variant_marks(text: str, quote, changes: tuple[WordChange, ...]) -> tuple[Mark, ...]:
    base = quote.start if quote is not None else 0
    marks = []
    for ch in changes:
        span = locate(text, base, ch.b_start, ch.b_end, ch.b_text)
        if span:
            marks.append(Mark(*span, "changed"))
    return _trim(_merge(marks), text)


def _quote_rows(result, labels, selected, notes) -> list[QuoteRow]:
    by_id = {q.id: q for q in result.quotes}
    rows: list[QuoteRow] = []
    grouped: set[str] = set()
    for g in result.quote_groups:
        variants = []
        for v in g.variants:
            grouped.update(v.quote_ids)
            docs = [d for d in v.doc_ids if d in selected]
            if not docs:
                continue
            first = by_id.get(v.quote_ids[0]) if v.quote_ids else None
            variants.append(VariantRow(v.text, tuple(labels.get(d, d) for d in docs),
                                       _variant_marks(v.text, first, v.changes)))
        said_by = [(who, [d for d in docs if d in selected])
                   for who, docs in result.who_says([q for v in g.variants for q in v.quote_ids])]
        said_by = [(who, docs) for who, docs in said_by if docs]
        speakers = g.speakers
        if len(said_by) > 1:  # "speaker differs": which source names whom
            speakers = tuple(f"{who or 'unattributed'} ({', '.join(labels.get(d, d) for d in docs)})"
                             for who, docs in said_by)
        if variants:
            rows.append(QuoteRow(g.id, speakers, tuple(variants),
                                 tuple(labels.get(d, d) for d in g.doc_ids if d in selected),
                                 g.flags, notes.take_quote(g.id)))
    for q in result.quotes:  # quotations no group took: one wording each
        if q.id in grouped or q.doc_id not in selected or (q.cluster and any(r.id == q.cluster for r in rows)):
            continue
        rows.append(QuoteRow(q.id, (q.speaker,) if q.speaker else (), (VariantRow(q.text, (labels.get(q.doc_id, q.doc_id),)),),
                             (labels.get(q.doc_id, q.doc_id),), q.flags + (("partial",) if q.partial else ()),
                             notes.take_quote(q.id)))
    return rows
