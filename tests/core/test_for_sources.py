"""Ticking sources off: the same comparison seen over a subset, quotes included."""
from compareapp import compare_texts
from compareapp.core.pipeline import restrict_comparison

WIRE = ("The mayor closed the old bridge on Monday after engineers found deep cracks in two pillars. "
        "“Nobody will cross that bridge until it is safe,” Mayor Ana Ruiz said.")
REWRITE = ("Engineers found deep cracks in two pillars of the old bridge, and the mayor closed it on Monday. "
           "“Nobody will cross this bridge until it is safe,” said Mayor Ana Ruiz.")
OTHER = "Heavy rain is expected across the region this weekend, forecasters said on Friday."


def _group_of(result, text):
    for g in result.quote_groups:
        if any(text in v.text for v in g.variants):
            return g
    raise AssertionError(f"no quotation group holds {text!r}")


def test_quotes_follow_the_ticked_sources():
    full = compare_texts({"wire.txt": WIRE, "rewrite.txt": REWRITE, "other.txt": OTHER})
    group = _group_of(full, "Nobody will cross")
    assert set(group.doc_ids) == {"wire.txt", "rewrite.txt"}
    assert "only in one source" not in group.flags

    alone = restrict_comparison(full, ["wire.txt", "other.txt"])
    assert {q.doc_id for q in alone.quotes} == {"wire.txt"}
    group = _group_of(alone, "Nobody will cross")
    assert group.doc_ids == ("wire.txt",)
    assert "only in one source" in group.flags
    # the documents themselves stay: the window still lists unticked sources
    assert len(alone.documents) == 3
    assert alone.selected == ("wire.txt", "other.txt")


def test_statuses_change_when_the_counterpart_is_ticked_off():
    full = compare_texts({"wire.txt": WIRE, "rewrite.txt": REWRITE, "other.txt": OTHER})
    first = full.document("wire.txt").sentences[0].id
    assert full.status(first) in ("shared", "reworded")
    assert restrict_comparison(full, ["wire.txt", "other.txt"]).status(first) == "unique"
