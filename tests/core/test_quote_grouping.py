"""Grouping quotations across reports, wording variants, flags and speaker names."""
import pytest

from compareapp.core.quotes import find_quotes
from compareapp.core.quotes.speakers import SpeakerNames
from compareapp.core.reading import document_from_text
from compareapp.core.settings import EngineSettings

REPORTS = {
    "a.txt": ("Mayor Helen Carter visited the flooded district on Monday. “Every family will get help "
              "before winter,” Carter said. “We have asked the state for emergency funds.”\n\n"
              "Fire chief James Carter said his crews were “stretched to the limit” after three nights."),
    "b.txt": ("“Every family will receive help before the winter,” Mayor Helen Carter told reporters on "
              "Monday.\n\nThe city has opened two shelters. The fire chief, James Carter, said crews were "
              "“stretched to the limit.”\n\nThe mayor also promised that help would reach “every family” "
              "before winter comes."),
    "c.txt": ("City mayor Helen Cartter said: “Every family will get help before winter. We have asked the "
              "state for emergency funds. The river will not beat us.”\n\n"
              "Residents queued for sandbags. Some said they had no “help” at all."),
    "d.txt": ("Governor Sam Ortiz toured the shelters. “Every family will get help before winter,” "
              "Ortiz said.\n\n“We have asked the state for emergency funds,” Carter said, days after "
              "she first warned of the danger."),
}


@pytest.fixture(scope="module")
def result():
    docs = tuple(document_from_text(name, text) for name, text in REPORTS.items())
    quotes, groups = find_quotes(docs, EngineSettings())
    return quotes, {g.id: g for g in groups}


def _quote(quotes, doc, start):
    [q] = [q for q in quotes if q.doc_id == doc and q.text.startswith(start)]
    return q


def test_reworded_statement_is_one_group_with_main_wording_first(result):
    quotes, groups = result
    qs = [_quote(quotes, d, "Every family will") for d in ("a.txt", "b.txt", "c.txt", "d.txt")]
    assert len({q.cluster for q in qs}) == 1
    group = groups[qs[0].cluster]
    assert group.variants[0].text == "Every family will get help before winter"
    assert set(group.variants[0].doc_ids) == {"a.txt", "c.txt", "d.txt"}
    other = group.variants[1]
    assert other.doc_ids == ("b.txt",)
    assert {(c.a_text, c.b_text) for c in other.changes} >= {("get", "receive")}
    b_doc = REPORTS["b.txt"]
    for c in other.changes:
        assert b_doc[c.b_start:c.b_end] == c.b_text
    assert "wording differs across sources" in group.flags
    assert "wording differs across sources" in _quote(quotes, "b.txt", "Every family").flags
    assert "wording differs across sources" not in _quote(quotes, "a.txt", "Every family").flags


def test_speaker_differs_is_flagged(result):
    quotes, groups = result
    q = _quote(quotes, "d.txt", "Every family")
    assert q.speaker == "Sam Ortiz"
    group = groups[q.cluster]
    assert set(group.speakers) == {"Helen Carter", "Sam Ortiz"}
    assert "speaker differs across sources" in group.flags
    assert "speaker differs across sources" in _quote(quotes, "a.txt", "Every family").flags


def test_one_person_one_name_but_namesakes_stay_apart(result):
    quotes, _ = result
    assert _quote(quotes, "c.txt", "Every family").speaker == "Helen Carter"  # Cartter, a spelling variant
    assert _quote(quotes, "a.txt", "Every family").speaker == "Helen Carter"  # surname only
    assert _quote(quotes, "a.txt", "stretched").speaker == "James Carter"
    assert _quote(quotes, "b.txt", "stretched").speaker == "James Carter"


def test_fragments_join_the_statement_they_come_from_only_when_the_sentence_supports_it(result):
    quotes, groups = result
    fragment = _quote(quotes, "b.txt", "every family")
    assert fragment.partial
    assert fragment.cluster == _quote(quotes, "a.txt", "Every family").cluster
    loose = _quote(quotes, "c.txt", "help")
    assert loose.partial and loose.cluster != fragment.cluster
    assert "only in one source" in groups[loose.cluster].flags


def test_fused_quotation_and_only_in_one_source(result):
    quotes, groups = result
    river = _quote(quotes, "c.txt", "The river")
    assert "only in one source" in river.flags and "fused" in river.flags
    assert "fused" in _quote(quotes, "c.txt", "Every family").flags
    assert "fused" not in _quote(quotes, "a.txt", "Every family").flags
    assert "fused" in groups[river.cluster].flags


def test_statements_of_one_report_are_not_grouped(result):
    quotes, _ = result
    a = [q for q in quotes if q.doc_id == "a.txt"]
    assert len({q.cluster for q in a}) == len(a)


def test_groups_list_every_quote_once(result):
    quotes, groups = result
    ids = [i for g in groups.values() for v in g.variants for i in v.quote_ids]
    assert sorted(ids) == sorted(q.id for q in quotes)
    for g in groups.values():
        assert set(g.doc_ids) == {q.doc_id for q in quotes if q.cluster == g.id}


def test_speaker_names_merge_variants_not_namesakes():
    names = SpeakerNames(85.0)
    for doc, name in [("a", "Joe Biden"), ("a", "Biden"), ("b", "Hunter Biden"), ("b", "Biden"),
                      ("c", "Alexei Navalny"), ("d", "Alexey Navalny"), ("d", "Navalny"),
                      ("e", "Olena Zelenska"), ("f", "Zelenska"), ("g", "Zelensca")]:
        names.add(doc, name)
    assert names.canonical("Biden", "a") == "Joe Biden"
    assert names.canonical("Biden", "b") == "Hunter Biden"
    assert names.canonical("Biden", "z") == "Biden"  # two people share it: no guess
    assert names.canonical("Hunter Biden") != names.canonical("Joe Biden")
    assert names.canonical("Alexey Navalny") == names.canonical("Alexei Navalny")
    assert names.canonical("Navalny", "d") == names.canonical("Alexei Navalny")
    assert names.canonical("Zelensca", "g") == "Olena Zelenska"


def test_family_name_first():
    docs = (document_from_text("a.txt", "Chinese leader Xi Jinping met envoys. “We want peace,” President Xi said."),
            document_from_text("b.txt", "“We want peace,” Xi said in Beijing."))
    quotes, _ = find_quotes(docs, EngineSettings())
    assert [q.speaker for q in quotes] == ["Xi Jinping", "Xi Jinping"]


def test_statements_sharing_a_frame_stay_apart():
    docs = (document_from_text("a.txt", "“Everything must be done to protect our children,” Mayor Ann Lee said."),
            document_from_text("b.txt", "“Everything should be done to achieve a ceasefire,” Mayor Ann Lee said."),
            document_from_text("c.txt", "“We are not ready to sign anything yet,” Ann Lee said."),
            document_from_text("d.txt", "“We are ready to meet at any time,” Ann Lee said."))
    quotes, groups = find_quotes(docs, EngineSettings())
    assert len({q.cluster for q in quotes}) == 4
    assert all("only in one source" in g.flags for g in groups)


def test_progress_and_cancel():
    from compareapp.core.progress import CancelToken, Cancelled

    docs = tuple(document_from_text(name, text) for name, text in REPORTS.items())
    seen = []
    find_quotes(docs, EngineSettings(), progress=lambda f, msg: seen.append(f))
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        find_quotes(docs, EngineSettings(), cancel=token)


def test_no_documents_no_quotes():
    assert find_quotes((), EngineSettings()) == ((), ())


def test_description_resolved_by_a_title_given_in_another_report():
    docs = (document_from_text("a.txt", "Finnish President Alexander Stubb visited Kyiv. “We stand with you,” Stubb said."),
            document_from_text("b.txt", "“We stand with you,” the Finnish president said in Kyiv."))
    quotes, _ = find_quotes(docs, EngineSettings())
    assert [q.speaker for q in quotes] == ["Alexander Stubb", "Alexander Stubb"]


def test_a_report_repeating_a_quotation_keeps_it_in_one_group():
    text = ("“We will rebuild every home,” Mayor Ann Lee said on Monday.\n\n"
            "“The river took everything,” said resident Tom Hale.\n\n"
            "Lee repeated her promise at night: “We will rebuild every home.”")
    quotes, groups = find_quotes((document_from_text("a.txt", text),), EngineSettings())
    rebuild = [q for q in quotes if q.text.startswith("We will rebuild")]
    assert len(rebuild) == 2 and rebuild[0].cluster == rebuild[1].cluster
    assert {q.speaker for q in rebuild} == {"Ann Lee"}
    river = next(q for q in quotes if q.text.startswith("The river"))
    assert river.cluster != rebuild[0].cluster
