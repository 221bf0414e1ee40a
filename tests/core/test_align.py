"""What a reader checks in a comparison: counterparts, groups, statuses, figures."""
from dataclasses import replace

import pytest

from compareapp import compare_texts
from compareapp.core.align import align_documents
from compareapp.core.pipeline import restrict_comparison
from compareapp.core.align.grouping import build_groups
from compareapp.core.model import DocumentMeta
from compareapp.core.progress import CancelToken, Cancelled
from compareapp.core.result import REWORDED, SHARED, UNIQUE, Link
from compareapp.core.settings import EngineSettings

A = ("The city council approved a new budget for the harbour district on Monday. "
     "Mayor Elena Brandt said the plan would fund 400 new apartments near the old docks. "
     "Opposition members walked out of the session in protest. "
     "The vote passed by 23 to 12.")
B = ("Opposition members walked out of the session in protest. "
     "On Monday the city council passed a fresh budget for the harbour district. "
     "According to mayor Elena Brandt, the plan will pay for 400 new flats close to the old docks. "
     "Heavy rain flooded several streets in the north of the city overnight.")


def _sentence(result, doc_id, snippet):
    doc = result.document(doc_id)
    return next(s for s in doc.sentences if snippet in s.text)


def test_reordered_counterparts_link_and_unique_sentences_stay_unique():
    r = compare_texts({"a.txt": A, "b.txt": B})
    walk_a = _sentence(r, "a.txt", "walked out")
    walk_b = _sentence(r, "b.txt", "walked out")
    budget_a = _sentence(r, "a.txt", "approved a new budget")
    budget_b = _sentence(r, "b.txt", "fresh budget")
    flats_b = _sentence(r, "b.txt", "400 new flats")
    rain = _sentence(r, "b.txt", "Heavy rain")
    vote = _sentence(r, "a.txt", "23 to 12")
    assert r.status(walk_a.id) == SHARED and r.status(walk_b.id) == SHARED
    assert r.status(budget_a.id) == REWORDED
    assert budget_b.id in r.counterparts(budget_a.id)
    assert flats_b.id in r.counterparts(_sentence(r, "a.txt", "400 new apartments").id)
    assert r.status(rain.id) == UNIQUE and r.status(vote.id) == UNIQUE


def test_sharing_only_common_words_does_not_link():
    texts = {
        "a.txt": "The Ukrainian president said the army had pushed back an attack near the river. "
                 "The Ukrainian president said talks with donors were going well. "
                 "The Ukrainian president said schools would reopen in September.",
        "b.txt": "The Ukrainian president said farmers would get fuel subsidies this winter. "
                 "The Ukrainian president said a new envoy would travel to Warsaw. "
                 "The Ukrainian president said the power grid was stable again.",
    }
    r = compare_texts(texts)
    assert r.links == () and r.groups == ()


def test_changed_words_and_differing_figures_are_on_the_link():
    r = compare_texts({
        "a.txt": "A missile strike on the port of Odesa killed at least one person, officials said.",
        "b.txt": "A missile strike on the port of Odesa killed three people, officials said.",
    })
    (link,) = r.links
    a_doc, b_doc = r.document("a.txt"), r.document("b.txt")
    assert link.changes
    for c in link.changes:
        assert a_doc.text[c.a_start:c.a_end] == c.a_text and b_doc.text[c.b_start:c.b_end] == c.b_text
    (number,) = link.numbers
    assert number.a_text == "at least one" and number.b_text == "three"


def test_same_figure_in_words_and_digits_is_no_discrepancy():
    r = compare_texts({"a.txt": "Rescuers pulled 10 miners from the flooded shaft in Silesia.",
                       "b.txt": "Rescuers pulled ten miners from the flooded shaft in Silesia."})
    (link,) = r.links
    assert link.numbers == ()


def test_merged_sentence_links_to_both_pieces_in_one_group():
    r = compare_texts({
        "a.txt": "Firefighters contained the blaze at the Kowalski sawmill late on Tuesday. "
                 "Investigators suspect a faulty generator started the fire. "
                 "The town's football club announced a new coach.",
        "b.txt": "Firefighters contained the blaze at the Kowalski sawmill late on Tuesday, and "
                 "investigators suspect a faulty generator started the fire. "
                 "Local shops reported strong sales before the holidays.",
    })
    merged = _sentence(r, "b.txt", "Kowalski")
    pieces = {_sentence(r, "a.txt", "Kowalski").id, _sentence(r, "a.txt", "generator").id}
    assert pieces <= set(r.counterparts(merged.id))
    assert set(r.group_of(merged.id).members) == pieces | {merged.id}


def test_groups_never_hold_two_distant_sentences_of_one_report():
    place = {"a#0": ("a", 0), "a#5": ("a", 5), "b#0": ("b", 0), "c#0": ("c", 0)}
    links = (Link("a#0", "b#0", 0.9, REWORDED), Link("a#5", "b#0", 0.8, REWORDED),
             Link("b#0", "c#0", 0.7, REWORDED))
    (group,) = build_groups(links, place, EngineSettings())
    assert "a#0" in group.members and "a#5" not in group.members


def test_a_chain_of_weak_links_does_not_glue_a_big_group():
    # ten reports agree strongly; one outside sentence touches one of them weakly
    place = {f"d{k}#0": (f"d{k}", 0) for k in range(10)}
    place["x#0"] = ("x", 0)
    links = [Link(f"d{i}#0", f"d{j}#0", 0.9, SHARED) for i in range(10) for j in range(i + 1, 10)]
    links.append(Link("d9#0", "x#0", 0.26, REWORDED))
    groups = build_groups(tuple(links), place, EngineSettings(group_min_support=0.05))
    assert len(groups) == 1 and "x#0" not in groups[0].members
    assert groups[0].kind == SHARED


def test_result_does_not_depend_on_document_order():
    c = "Weather: the storm will reach the coast by Friday evening, forecasters warned."
    texts = {"a.txt": A, "b.txt": B, "c.txt": c + " " + A.split(". ")[0] + "."}
    one = compare_texts(texts)
    two = compare_texts(dict(reversed(list(texts.items()))))
    assert one.alignment == two.alignment


def test_restrict_recomputes_from_links_of_the_subset():
    texts = {"a.txt": A, "b.txt": B, "c.txt": "Heavy rain flooded several streets in the north of the city overnight."}
    r = compare_texts(texts)
    rain_b = _sentence(r, "b.txt", "Heavy rain")
    assert r.status(rain_b.id) == SHARED
    sub = restrict_comparison(r, ["b.txt", "c.txt"])
    assert sub.selected == ("b.txt", "c.txt")
    assert set(sub.links) <= set(r.links)
    assert all(not link.a.startswith("a.txt") and not link.b.startswith("a.txt") for link in sub.links)
    assert sub.status(_sentence(r, "b.txt", "walked out").id) == UNIQUE
    assert sub.status(rain_b.id) == SHARED
    assert sub.alignment.matrix.doc_ids == ("b.txt", "c.txt")
    assert restrict_comparison(r, ["a.txt", "b.txt", "c.txt"]).alignment == r.alignment


def test_matrix_both_directions_closest_source_and_stats():
    short = "Opposition members walked out of the session in protest."
    r = compare_texts({"a.txt": A, "b.txt": B, "c.txt": short})
    m = r.alignment.matrix
    assert m.get("c.txt", "a.txt") == 1.0  # all of c is in a
    assert 0.0 < m.get("a.txt", "c.txt") < 0.5  # a small part of a is in c
    st = r.stats("a.txt")
    assert st.words == st.shared_words + st.reworded_words + st.unique_words == r.document("a.txt").words
    assert st.closest == "b.txt"


def test_order_by_date_puts_undated_last():
    r = compare_texts({"x.txt": A, "y.txt": B, "z.txt": A})
    dates = {"x.txt": None, "y.txt": "2024-05-02", "z.txt": "2024-04-30"}
    docs = tuple(replace(d, meta=DocumentMeta(date=dates[d.id])) for d in r.documents)
    assert align_documents(docs, EngineSettings()).order_by_date == ("z.txt", "y.txt", "x.txt")


def test_progress_is_reported_and_cancel_stops_the_work():
    r = compare_texts({"a.txt": A, "b.txt": B})
    seen = []
    align_documents(r.documents, EngineSettings(), progress=lambda f, m: seen.append(f))
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        align_documents(r.documents, EngineSettings(), cancel=token)


def test_links_read_like_plain_values():
    import pickle
    from dataclasses import asdict

    r = compare_texts({"a.txt": A, "b.txt": B})
    link = next(k for k in r.links if k.changes)
    plain = Link(link.a, link.b, link.score, link.kind, link.changes, link.numbers)
    assert link == plain and plain == link and hash(link) == hash(plain)
    assert pickle.loads(pickle.dumps(link)) == link
    assert replace(link, score=0.5).changes == link.changes
    assert asdict(link)["changes"] and link.to_dict()["changes"]
    with pytest.raises(AttributeError):
        link.score = 1.0
