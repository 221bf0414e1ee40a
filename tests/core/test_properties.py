"""Whatever text comes in, the engine answers, within bounds, the same way each time."""
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compareapp import compare_texts
from compareapp.core.align import align_documents
from compareapp.core.settings import EngineSettings

# Words from several scripts, numbers, punctuation, quotes and control characters.
WORDS = st.sampled_from([
    "Kyiv", "Moscow", "talks", "ceasefire", "said", "the", "a", "10", "ten", "1.2", "million",
    "Зеленський", "переговори", "Αθήνα", "東京", "مرحبا", "naïve", "café", "U.S.", "“quote”",
    "—", "-", ".", "!", "?", ",", "\n", "\n\n", "\t", "\x00", "\x0b", "\u200b", "\r", "e.g.",
])
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=80).map(" ".join),
    st.lists(st.text(alphabet=string.ascii_letters + " .,!?\n", max_size=60), max_size=5).map(". ".join),
)
DOCS = st.lists(TEXT, min_size=1, max_size=4)
FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_bounds(result):
    texts = {d.id: d.text for d in result.documents}
    doc_of = {s.id: d.id for d in result.documents for s in d.sentences}
    for link in result.links:
        a_doc, b_doc = doc_of[link.a], doc_of[link.b]
        assert a_doc != b_doc and 0.0 <= link.score <= 1.0 + 1e-9
        for c in link.changes:
            assert 0 <= c.a_start <= c.a_end <= len(texts[a_doc])
            assert 0 <= c.b_start <= c.b_end <= len(texts[b_doc])
            assert texts[a_doc][c.a_start:c.a_end] == c.a_text
            assert texts[b_doc][c.b_start:c.b_end] == c.b_text
        for n in link.numbers:
            assert texts[a_doc][n.a_start:n.a_end] == n.a_text
            assert texts[b_doc][n.b_start:n.b_end] == n.b_text
    for g in result.groups:
        assert len({doc_of[m] for m in g.members}) >= 2
    for doc_id, row in zip(result.alignment.matrix.doc_ids, result.alignment.matrix.values):
        assert all(0.0 <= v <= 1.0 for v in row)


@FAST
@given(DOCS)
def test_any_text_no_exception_offsets_inside_same_twice_any_order(texts):
    named = {f"doc{k}.txt": t for k, t in enumerate(texts)}
    result = compare_texts(named)
    _check_bounds(result)
    again = compare_texts(named)
    assert again.alignment == result.alignment
    reversed_ = compare_texts(dict(reversed(list(named.items()))))
    assert reversed_.alignment == result.alignment


@FAST
@given(st.lists(st.sampled_from(["Talks resumed in Geneva on Monday.", "Talks resumed in Geneva.",
                                 "Ten people were hurt.", "10 people were hurt.", "Yes.", ""]),
                min_size=2, max_size=12))
def test_repeated_and_near_repeated_sentences(sentences):
    half = len(sentences) // 2
    named = {"a.txt": " ".join(sentences[:half]), "b.txt": " ".join(sentences[half:]),
             "c.txt": " ".join(reversed(sentences))}
    result = compare_texts(named)
    _check_bounds(result)
    assert compare_texts(dict(reversed(list(named.items())))).alignment == result.alignment


def test_one_huge_paragraph_and_empty_documents():
    huge = " ".join(f"Officials in district {k} reported {k * 3} new cases on day {k % 7}." for k in range(2000))
    result = compare_texts({"huge.txt": huge, "empty.txt": "", "blank.txt": " \n\t ",
                            "copy.txt": "Officials in district 5 reported 15 new cases on day 5."})
    _check_bounds(result)
    assert result.alignment.matrix.get("copy.txt", "huge.txt") == 1.0


def test_ten_thousand_tiny_sentences():
    tiny = " ".join("Yes." if k % 3 else f"No {k}." for k in range(10_000))
    result = compare_texts({"tiny.txt": tiny, "other.txt": "Yes. No 3. Maybe."})
    _check_bounds(result)
    assert len(result.document("tiny.txt").sentences) >= 9_000
    # "No 3." has its counterpart; the thousands of "Yes." do not swamp the index
    no3 = next(s for s in result.document("other.txt").sentences if s.text.startswith("No 3"))
    assert result.status(no3.id) == "shared"


def test_align_empty_input():
    alignment = align_documents((), EngineSettings())
    assert alignment.links == () and alignment.groups == ()
