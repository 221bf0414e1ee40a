"""Direct quotations: found in each report, attributed to a speaker, grouped
across reports by the statement they render, flagged for a fact-checker.

    extract      quotation marks -> quotations -> sentence-level units
    naming       quoted names ("known as “…”") and scare quotes: no quotations
    lexicon      word lists: titles, reporting verbs, institution words
    mentions     names, titles, roles, pronouns in a phrase
    layout       sentences and text outside quotation marks of one report
    people       who a report names; pronouns, surnames, descriptions resolved
    attribution  the reporting clause of each quotation -> its speaker
    sentences    the speaker of a sentence holding a quotation without a clause
    speakers     one canonical name per person across all reports
    grouping     units of different reports that render one statement
    counterparts units the alignment links, said by one speaker (for grouping)
    flags        wording variants, word changes and the flags
"""
from __future__ import annotations

from ..model import Document
from ..progress import CancelToken, ProgressCallback, check, report
from ..result import Alignment, Quote, QuoteGroup
from ..settings import EngineSettings
from .attribution import Attribution, DocumentAttributor, role_fits
from .counterparts import counterpart_pairs
from .extract import Quotation, find_quotations, paragraph_spans
from .flags import UnitPlace, build_groups, fused_quotations
from .grouping import Idf, Unit, group_units
from .naming import is_name, is_scare_quote
from .speakers import SpeakerNames

__all__ = ["find_quotes", "Quotation", "find_quotations"]

_SENTENCE_END = ".!?…"


def is_partial(text: str, q: Quotation, attributor: DocumentAttributor) -> bool:
    """A fragment quoted as part of the writer's own sentence ("called it “blackmail”")."""
    if q.continues:
        return False
    quoted = text[q.start:q.end].rstrip("’'\"” ")
    letters = [c for c in quoted if c.isalpha()]
    if not letters:
        return True
    if not attributor._is_embedded(q):
        return False
    return letters[0].islower() or quoted[-1:] not in _SENTENCE_END + ","


def _without_scare_quotes(text: str, quotations: list[Quotation], attributions: list[Attribution],
                          attributor: DocumentAttributor, max_words: int):
    keep = []
    for q, att in zip(quotations, attributions):
        sentence = attributor.sentence_span(q.paragraph, q.open_mark)
        if not is_scare_quote(text, q, sentence, attributor._outside_segments(*sentence), max_words):
            keep.append((q, att))
    return [q for q, _ in keep], [a for _, a in keep]


def _speaker_name(att: Attribution) -> str | None:
    if att.person is not None and att.person.name:
        return att.person.name
    return att.description


def _settle_surnames(clusters: list[list[int]], speakers: list[str | None]) -> None:
    """A bare surname that several people share is settled by the statement:
    if one speaker of the same group carries that surname, it is that person."""
    for members in clusters:
        full = {speakers[i] for i in members if speakers[i] and len(speakers[i].split()) > 1}
        for i in members:
            name = speakers[i]
            if name and len(name.split()) == 1:
                fits = [f for f in full if f.split()[-1].lower() == name.lower()]
                if len(fits) == 1:
                    speakers[i] = fits[0]


def find_quotes(documents: tuple[Document, ...], settings: EngineSettings,
                progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None,
                alignment: Alignment | None = None) -> tuple[tuple[Quote, ...], tuple[QuoteGroup, ...]]:
    """Quotations of the documents and their groups across them. With the
    ``alignment`` of these documents, two reworded renderings quoted in linked
    sentences by one speaker may group below the usual bar (counterparts.py)."""
    names = SpeakerNames(settings.speaker_name_similarity)
    found = []
    n_docs = max(1, len(documents))
    for di, doc in enumerate(documents):
        check(cancel)
        report(progress, 0.6 * di / n_docs, f"quotations in {doc.name}")
        paragraphs = paragraph_spans(doc)
        quotations = [q for q in find_quotations(doc)
                      if not is_name(doc.text, q, paragraphs[q.paragraph][0], settings.quote_name_max_words)]
        attributor = DocumentAttributor(doc, quotations)
        for q in quotations:
            q.partial = is_partial(doc.text, q, attributor)
        attributions = attributor.attribute()
        quotations, attributions = _without_scare_quotes(doc.text, quotations, attributions, attributor,
                                                         settings.quote_scare_max_words)
        roles: dict[str, str] = {}
        for agent in attributor.agents:
            m = agent.mention
            names.add(doc.id, m.name)
            if m.role and m.name not in roles:
                roles[m.name] = m.role
        for att in attributions:
            if att.person is not None and att.person.name and att.person.kind in ("person", "name"):
                names.add(doc.id, att.person.name)
        found.append((doc, quotations, attributions, attributor, roles))

    report(progress, 0.6, "grouping quotations")
    units: list[Unit] = []
    places: list[UnitPlace] = []
    info: list[tuple[Document, Attribution, dict]] = []
    q_index = 0
    for doc, quotations, attributions, attributor, roles in found:
        for k, (q, att) in enumerate(zip(quotations, attributions)):
            sent_lo, sent_hi = attributor.sentence_span(q.paragraph, q.open_mark)
            q_end = q.close_mark if q.close_mark is not None else attributor.paragraphs[q.paragraph][1]
            for s, e in q.units:
                context = doc.text[sent_lo:q.open_mark] + " " + doc.text[q_end + 1:max(sent_hi, q_end + 1)]
                units.append(Unit(len(units), doc.id, q_index, s, e, doc.text[s:e], q.partial, context))
                places.append(UnitPlace(q.paragraph, q.open_mark, q_end, q.continues))
                info.append((doc, att, roles))
            q_index += 1

    # who carries which title, over all reports: a description that a report
    # leaves unresolved ("the Ukrainian leader") may name one person elsewhere
    titled: dict[str, set[str]] = {}
    for doc, _, _, _, roles in found:
        for name, role in roles.items():
            titled.setdefault(role, set()).add(names.canonical(name, doc.id))
    speakers: list[str | None] = []
    for u, (doc, att, roles) in zip(units, info):
        name = _speaker_name(att)
        if att.person is None and att.description:
            fits = {p for role, people in titled.items() if role_fits(att.description, role) for p in people}
            if len(fits) == 1:
                name = fits.pop()
        speakers.append(names.canonical(name, doc.id))
    # a person's role as this document gives it, found by canonical name
    for doc, _, _, _, roles in found:
        for name, role in list(roles.items()):
            roles.setdefault(names.canonical(name, doc.id), role)
    quote_ids, per_doc = [], {}
    for u in units:
        per_doc[u.doc_id] = per_doc.get(u.doc_id, 0) + 1
        quote_ids.append(f"{u.doc_id}#q{per_doc[u.doc_id] - 1}")

    idf = Idf(s.text for d in documents for s in d.sentences) if any(d.sentences for d in documents) \
        else Idf(u.text for u in units)
    counterparts = counterpart_pairs(units, speakers, documents, alignment)
    clusters = group_units(units, idf, settings, cancel, counterparts)
    _settle_surnames(clusters, speakers)
    cluster_of = {i: n for n, members in enumerate(clusters) for i in members}
    fused = fused_quotations(units, places, cluster_of, {d.id: d.text for d in documents},
                             settings.quote_apart_words)
    doc_order = {d.id: i for i, d in enumerate(documents)}
    groups, unit_flags, unit_cluster = build_groups(units, clusters, speakers, quote_ids,
                                                    doc_order, fused)
    quotes = []
    for u, (doc, att, roles), speaker in zip(units, info, speakers):
        role = None
        if att.person is not None:
            role = att.person.role or roles.get(att.person.name or "") or roles.get(speaker or "")
        elif att.description and speaker != att.description:
            role = att.description  # "the Finnish president", named in another report
        written = att.mention.text if att.mention is not None else None
        quotes.append(Quote(quote_ids[u.index], u.doc_id, u.start, u.end, u.text, speaker, role,
                            unit_cluster[u.index], u.partial, tuple(unit_flags[u.index]), written))
    report(progress, 1.0, f"{len(quotes)} quotations")
    return tuple(quotes), tuple(groups)
