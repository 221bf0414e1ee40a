"""Word-level changes between linked sentences, as a reader would mark them."""
from compareapp.core.align.wordchanges import word_changes, word_similarity


def test_two_replaced_words_are_two_changes_not_scattered_letters():
    a = "“Everything should be done to achieve a ceasefire,” the minister said."
    b = '"Everything must be done to secure a ceasefire," the minister said.'
    changes = word_changes(a, b)
    assert [(c.a_text, c.b_text) for c in changes] == [("should", "must"), ("achieve", "secure")]


def test_offsets_are_absolute_and_point_at_the_words():
    a_doc = "Intro. The council met on Monday."
    b_doc = "Lead here. The council met on Tuesday."
    a_start, b_start = a_doc.index("The"), b_doc.index("The")
    (change,) = word_changes(a_doc[a_start:], b_doc[b_start:], a_start, b_start)
    assert a_doc[change.a_start:change.a_end] == "Monday"
    assert b_doc[change.b_start:change.b_end] == "Tuesday"


def test_insertion_and_deletion_have_empty_span_on_the_other_side():
    (ins,) = word_changes("Police arrested a man.", "Police arrested a young man.")
    assert ins.a_start == ins.a_end and ins.b_text == "young"
    (dele,) = word_changes("Police arrested a young man.", "Police arrested a man.")
    assert dele.b_start == dele.b_end and dele.a_text == "young"


def test_case_quotes_dashes_and_spacing_are_not_changes():
    a = "The “deal” — signed  today — is final."
    b = 'the "deal" - signed today - is final.'
    assert word_changes(a, b) == ()
    assert word_similarity(a, b) == 1.0


def test_punctuation_only_difference_is_not_a_word_change():
    assert word_changes("Rain fell, and rivers rose.", "Rain fell and rivers rose.") == ()


def test_similarity_counts_common_words_in_order():
    assert word_similarity("one two three four", "one two three five") == 0.75
    assert word_similarity("", "") == 1.0
    assert word_similarity("alpha", "") == 0.0
