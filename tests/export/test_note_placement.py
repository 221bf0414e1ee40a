"""Notes beside the right passage and quotation when a report covers only some
of the sources (``--sources``): groups are numbered afresh over a subset."""
from __future__ import annotations

from compareapp.core.notes.anchoring import new_note
from compareapp.export import ExportOptions
from compareapp.export.common import build_view


def _notes(result):
    notes = [new_note(result, "quote_group", g.id, f"on quotation {g.id}") for g in result.quote_groups]
    notes += [new_note(result, "group", g.id, f"on passage {g.id}") for g in result.groups]
    return tuple(notes)


def test_each_note_sits_beside_the_passage_or_quotation_it_was_made_on(seeds_result):
    notes = _notes(seeds_result)
    ids = [d.id for d in seeds_result.documents]
    for subset in (ids[2:], [ids[1], ids[2], ids[4]], [ids[0], ids[3]]):
        view = build_view(seeds_result, ExportOptions(sources=tuple(subset), notes=notes))
        for row in view.quotes:
            for note in row.notes:  # made on one of the wordings this row shows
                assert any(a.exact.strip(" .,") in v.text or v.text.strip(" .,") in a.exact
                           for a in note.anchors for v in row.variants), (subset, note.text, row.variants)
        for _, rows in view.reports:
            for row in rows:
                for note in row.notes:
                    assert any(a.exact == row.text for a in note.anchors), (subset, note.text, row.text)
        where = {r.note.text: r.where for r in view.notes if not r.placed}
        for note in notes:
            if note.target == "group" and all(a.doc_id not in subset for a in note.anchors):
                assert where[note.text].startswith("in a source left out of this report")
