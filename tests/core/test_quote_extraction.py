"""Finding quotations: marks, nesting, paragraphs, apostrophes, fragments."""
from hypothesis import given, settings as hsettings, strategies as st

from compareapp.core.quotes import find_quotes
from compareapp.core.reading import document_from_text
from compareapp.core.settings import EngineSettings


def quotes_of(text):
    doc = document_from_text("a.txt", text)
    quotes, _ = find_quotes((doc,), EngineSettings())
    for q in quotes:
        assert q.text == doc.text[q.start:q.end]
    return quotes


def test_curly_quotation_without_marks_and_with_trailing_comma():
    text = "“We will rebuild,” the mayor said."
    [q] = quotes_of(text)
    assert q.text == "We will rebuild,"
    assert text[q.start - 1] == "“"


def test_nested_single_quotes_stay_inside():
    [q] = quotes_of("“He told me ‘never again’ and walked out,” she said.")
    assert q.text == "He told me ‘never again’ and walked out,"


def test_multi_sentence_quotation_is_cut_into_units():
    qs = quotes_of("“The U.S. team arrived. They left at 5 p.m. on Friday. Nobody knows why!” he said.")
    assert [q.text for q in qs] == ["The U.S. team arrived.", "They left at 5 p.m. on Friday.",
                                    "Nobody knows why!"]


def test_quotation_continued_into_next_paragraph():
    text = ("Lawyer Ben Cho said the ruling was wrong. “We will appeal. The court ignored the evidence\n\n"
            "“and we will say so in Strasbourg,” Cho said.\n\nThe hearing is set for May.")
    qs = quotes_of(text)
    assert [q.text for q in qs] == ["We will appeal.", "The court ignored the evidence",
                                    "and we will say so in Strasbourg,"]
    assert {q.speaker for q in qs} == {"Ben Cho"}
    assert not any(q.partial for q in qs)


def test_apostrophes_are_never_quotation_marks():
    assert quotes_of("Ukraine’s army don’t care about the ’90s or rock ’n’ roll, the Joneses’ dog said.") == ()
    [q] = quotes_of("“Ukraine’s army won’t forget the ’90s,” he said. It’s rock ’n’ roll.")
    assert q.text == "Ukraine’s army won’t forget the ’90s,"


def test_single_quotes_are_the_marks_when_a_text_has_no_double_ones():
    [q] = quotes_of("Minister Ada Lund said: ‘We don’t know yet.’ Talks resume on Monday.")
    assert q.text == "We don’t know yet."
    assert q.speaker == "Ada Lund"


def test_scare_quotes_are_kept_as_partial():
    [q] = quotes_of("Moscow rejected what it called “blackmail” and recalled its envoy.")
    assert q.text == "blackmail"
    assert q.partial and "partial" in q.flags


def test_full_sentence_quotation_is_not_partial():
    [q] = quotes_of("Minister Ada Lund said, “We will not sign this treaty.”")
    assert not q.partial


def test_straight_double_quotes():
    qs = quotes_of('"We are ready," said coach Ted Lasso. "It is time."')
    assert [q.text for q in qs] == ["We are ready,", "It is time."]
    assert {q.speaker for q in qs} == {"Ted Lasso"}


def test_unbalanced_quotation_at_end_of_file():
    [q] = quotes_of("Governor Tina Kotek said: “This will never end")
    assert q.text == "This will never end"
    assert q.speaker == "Tina Kotek"


def test_unclosed_quotation_followed_by_another():
    qs = quotes_of("“First part, he said. “Second part.”")
    assert [q.text for q in qs] == ["First part, he said.", "Second part."]


def test_empty_and_punctuation_only_quotes_are_ignored():
    assert quotes_of("He drew “” and “…” on the board.") == ()


@hsettings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab .,“”\"‘’'\n:", max_size=80))
def test_any_text_gives_consistent_offsets(text):
    for q in quotes_of(text):
        assert 0 <= q.start < q.end <= len(text)


WORDS = ["he", "she", "said", "told", "Smith", "Mayor", "Ann", "Lee", "the", "minister", ",", ".", ":",
         "“", "”", '"', "‘", "’", "'", "\n\n", "according", "to", "added", "We", "will", "win", "who",
         "President", "of", "X", "wrote", "on", "a", "statement", "’90s", "don’t", "—", "(", ")"]


@hsettings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_news_like_noise_never_crashes(words):
    text = " ".join(words)
    for q in quotes_of(text):
        assert q.speaker is None or q.speaker.strip()


def test_low_and_high_marks_and_guillemets():
    assert [q.text for q in quotes_of("Er sagte: „Wir sind bereit.“ Dann ging er.")] == ["Wir sind bereit."]
    assert [q.text for q in quotes_of("Il a dit : « Nous sommes prêts. » Puis il est parti.")] == \
        ["Nous sommes prêts."]


def test_corner_brackets_and_one_mark_for_both_ends():
    assert [q.text for q in quotes_of("彼は「経済は回復している」と述べた。")] == ["経済は回復している"]
    assert [q.text for q in quotes_of("首相は『増税はしない』と語った。")] == ["増税はしない"]
    # Finnish and Swedish open and close with the same ” mark
    assert [q.text for q in quotes_of("Hän sanoi: ”Olemme valmiita.” Sitten hän lähti.")] == ["Olemme valmiita."]
    assert [q.text for q in quotes_of("”Vi är redo”, sade hon, ”och vi vinner.”")] == ["Vi är redo", "och vi vinner."]


def test_elisions_in_a_text_with_double_quotes_open_nothing():
    qs = quotes_of("“Fine,” he said. They played rock 'n' roll at the students' party and let 'em dance.")
    assert [q.text for q in qs] == ["Fine,"]


def test_page_furniture_quotes_nobody():
    from dataclasses import replace

    doc = document_from_text("a.txt", "“We are ready,” Ann Lee said.\nRead also: “Storm of the century” hits coast")
    paragraphs = (doc.paragraphs[0], replace(doc.paragraphs[1], boilerplate=True))
    quotes, _ = find_quotes((replace(doc, paragraphs=paragraphs),), EngineSettings())
    assert [q.text for q in quotes] == ["We are ready,"]


def test_hard_wrapped_quotation_continues_to_its_closing_mark():
    from dataclasses import replace

    from compareapp.core.model import Paragraph

    text = ("Mayor Ann Lee said on Monday: “We will rebuild every home\n"
            "and every school before winter.” The council meets on Friday.")
    cut = text.index("\n")
    # a reader that keeps each line as a paragraph
    doc = replace(document_from_text("a.txt", text),
                  paragraphs=(Paragraph(0, 0, cut), Paragraph(1, cut + 1, len(text))))
    qs, _ = find_quotes((doc,), EngineSettings())
    assert [q.text for q in qs] == ["We will rebuild every home", "and every school before winter."]
    assert {q.speaker for q in qs} == {"Ann Lee"}


def test_british_single_quotation_holding_double_marks_is_one_quotation():
    qs = quotes_of("Sir John Reed said: ‘We treated the word \"tax\" as a curse. It is not.’ He left at noon.")
    assert [q.text for q in qs] == ['We treated the word "tax" as a curse.', "It is not."]


def test_single_quoted_paragraph_continued_into_the_next():
    text = ("Det Insp Sam Cole said: ‘The van did not stop and we need witnesses.\n\n"
            "‘Anyone with footage should call us.’\n\nThe road reopened at noon.")
    qs = quotes_of(text)
    assert [q.text for q in qs] == ["The van did not stop and we need witnesses.",
                                    "Anyone with footage should call us."]
    assert qs[0].speaker == qs[1].speaker == "Sam Cole"


def test_titles_of_programmes_are_not_quotations():
    qs = quotes_of('"We will win," Sen. Jo Park told ABC\'s "This Week." She also spoke on "Face the Nation," '
                   'saying "the bill is dead."')
    assert [q.text for q in qs] == ["We will win,", "the bill is dead."]


def test_fragment_after_a_dash_is_partial():
    [q] = quotes_of("Some economists said the bank was late — “an error it has made before,” one noted.")
    assert q.partial


def test_no_followed_by_a_sentence_is_an_answer_not_an_abbreviation():
    qs = quotes_of("“No. We will not resign,” she said. He wore No. 9 on his shirt, “the lucky No. 7 spot.”")
    assert [q.text for q in qs][:2] == ["No.", "We will not resign,"]
    assert "the lucky No. 7 spot." in [q.text for q in qs]
