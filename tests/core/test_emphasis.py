"""Which words of a reworded sentence are emphasised, in the panes and in every export."""
from compareapp import compare_texts
from compareapp.core.emphasis import changed_words
from compareapp.core.model import Document, DocumentMeta, Paragraph, Sentence
from compareapp.core.result import Alignment, ComparisonResult, Link, SimilarityMatrix, WordChange


def doc(doc_id: str, text: str) -> Document:
    s = Sentence(f"{doc_id}#0", doc_id, 0, 0, len(text), text, 0)
    return Document(doc_id, doc_id, text, DocumentMeta(), (Paragraph(0, 0, len(text)),), (s,))


def change(a: Document, a_words: str, b: Document, b_words: str) -> WordChange:
    i, j = a.text.index(a_words), b.text.index(b_words)
    return WordChange(i, i + len(a_words), j, j + len(b_words), a_words, b_words)


def result_of(*docs_and_links) -> ComparisonResult:
    docs = [d for d in docs_and_links if isinstance(d, Document)]
    links = tuple(x for x in docs_and_links if isinstance(x, Link))
    ids = tuple(d.id for d in docs)
    status = {d.sentences[0].id: "reworded" for d in docs}
    matrix = SimilarityMatrix(ids, tuple(tuple(1.0 for _ in ids) for _ in ids))
    return ComparisonResult(tuple(docs), Alignment(links, (), status, {}, matrix, ids), (), ())


def words(result, sentence_id, spans):
    text = result.document(result.sentence(sentence_id).doc_id).text
    return [text[a:b] for a, b in spans]


A = doc("a", "Everything should be done to achieve a ceasefire, Zelensky said.")
B = doc("b", "Everything must be done to achieve a ceasefire, Zelensky said.")
C = doc("c", "Everything must be done to secure a ceasefire, Zelensky said.")


def test_a_few_changed_words_are_marked_and_nothing_else():
    r = result_of(A, B, Link("a#0", "b#0", 0.8, "reworded", changes=(change(A, "should", B, "must"),)))
    e = changed_words(r, "a#0")
    assert words(r, "a#0", e.spans) == ["should"] and not e.throughout
    assert words(r, "b#0", changed_words(r, "b#0").spans) == ["must"]


def test_with_several_counterparts_only_what_no_counterpart_shares_is_marked():
    # c says "must ... secure": "must" is also in b, so only "secure" is c's own wording
    r = result_of(A, B, C,
                  Link("a#0", "c#0", 0.7, "reworded",
                       changes=(change(A, "should", C, "must"), change(A, "achieve", C, "secure"))),
                  Link("b#0", "c#0", 0.8, "reworded", changes=(change(B, "achieve", C, "secure"),)))
    e = changed_words(r, "c#0")
    assert words(r, "c#0", e.spans) == ["secure"]
    assert set(e.against) == {"a", "b"}
    # over a chosen subset of sources, the rule follows the subset
    assert words(r, "c#0", changed_words(r, "c#0", {"a"}).spans) == ["must", "secure"]


def test_a_sentence_reworded_throughout_marks_no_single_words():
    p = doc("p", "Kyiv wants talks with Moscow to resume next week, the president said.")
    q = doc("q", "Ukraine has offered Russia a fresh round of negotiations in the coming days.")
    whole = WordChange(0, len(p.text) - 1, 0, len(q.text) - 1, p.text[:-1], q.text[:-1])
    r = result_of(p, q, Link("p#0", "q#0", 0.5, "reworded", changes=(whole,)))
    e = changed_words(r, "p#0")
    assert e.throughout and e.spans == ()


def test_unlinked_sentence_has_nothing_to_mark():
    r = result_of(A, B)
    assert changed_words(r, "a#0").spans == () and not changed_words(r, "a#0").throughout


def test_the_engine_and_the_rule_agree_on_a_two_word_rewording():
    r = compare_texts({"a.txt": A.text + " Talks stalled in June.", "c.txt": C.text + " Talks stalled in June."})
    first = r.document("a.txt").sentences[0].id
    assert r.status(first) == "reworded"
    assert words(r, first, changed_words(r, first).spans) == ["should", "achieve"]
