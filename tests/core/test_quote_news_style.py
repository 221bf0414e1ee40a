"""News-style rules of quotation finding and attribution, one row per rule.

Rows are sentences written for these tests (not taken from any evaluation
story): each is a small report and, for each quotation in it (by a few words of
its text), the speaker a careful reader names (None: the text names nobody).
"""
import pytest

from compareapp.core.quotes import find_quotes
from compareapp.core.reading import document_from_text
from compareapp.core.settings import EngineSettings


def _quotes(text):
    doc = document_from_text("a.txt", text)
    quotes, _ = find_quotes((doc,), EngineSettings())
    return quotes


# A role in lower case before the name ("regional governor Ann Lee") is split off
# like a capitalised one, after the quotation and before it, inverted or not.
LOWERCASE_ROLES = [
    ("lowercase role of two words, name, said",
     "“The roads will reopen by Friday,” provincial governor Lars Brekke said.",
     {"The roads will reopen": "Lars Brekke"}),
    ("said, lowercase role of two words, name",
     "“We are proud of this squad,” said technical director Ines Moreau.",
     {"We are proud": "Ines Moreau"}),
    ("lowercase role, name, said in a statement: not the speaker before",
     "“The vote was fair,” election chief Omar Haddad said. “The count is final,” deputy election "
     "commissioner Rita Salo said in a written statement.",
     {"The vote was fair": "Omar Haddad", "The count is final": "Rita Salo"}),
    ("role of three lowercase words after a possessive",
     "“Sales will recover,” the bank’s chief operating officer Paul Wren said.",
     {"Sales will recover": "Paul Wren"}),
    ("determiner, adjectives and a lowercase role",
     "“The water came at night,” a retired local teacher, Mira Kovac, said.",
     {"The water came": "Mira Kovac"}),
    ("a place after the role is no name",
     "“We have seen this before,” a senior diplomat in Vienna said.",
     {"We have seen this": "senior diplomat"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LOWERCASE_ROLES], ids=[c[0] for c in LOWERCASE_ROLES])
def test_lowercase_role_before_the_name(text, expected):
    quotes = _quotes(text)
    for snippet, speaker in expected.items():
        hits = [q for q in quotes if snippet in q.text]
        assert hits, f"quotation {snippet!r} not found in {[q.text for q in quotes]}"
        assert hits[0].speaker == speaker, (snippet, hits[0].speaker, hits[0].speaker_as_written)


def test_lowercase_role_is_kept_as_the_role():
    [q] = _quotes("“We will rebuild,” regional governor Lars Brekke said.")
    assert (q.speaker, q.role) == ("Lars Brekke", "regional governor")


# Words that a sign, a banner or a placard bears are nobody's speech: the thing is
# no speaker, whatever verb reports it ("read", "said"), before or after the words.
INSCRIBED = [
    ("a sign with a participle phrase, read, colon",
     "Parents waited outside. A cardboard sign pinned to the fence read: “Where are our children?”",
     {"Where are our children": None}),
    ("a banner, read, no colon",
     "A banner strung across the square read “No more cuts.”", {"No more cuts": None}),
    ("a placard said, a person named in the sentence before",
     "Councillor Jo Brandt addressed the crowd. A placard behind her said: “Save our clinic.”",
     {"Save our clinic": None}),
    ("inverted: read the sign near a named person",
     "“Closed until further notice,” read the notice beside Mayor Ida Holm.",
     {"Closed until further notice": None}),
    ("a person after the sign still speaks",
     "A poster on the door read “Strike!” “We are not going back,” union organiser Pia Lund said.",
     {"Strike": None, "We are not going back": "Pia Lund"}),
    ("a statement issued by a family still speaks for the family",
     "The singer’s family issued a statement on Sunday. “We are grateful for your love,” the statement read.",
     {"We are grateful": "singer’s family"}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in INSCRIBED], ids=[c[0] for c in INSCRIBED])
def test_inscriptions_speak_for_nobody(text, expected):
    test_lowercase_role_before_the_name(text, expected)


# Quoted names are no quotations: after a naming construction (known as, nicknamed,
# dubbed, so-called, "is called"), and after "call"/"called" when the words are
# shaped like a name. A characterisation after "called" stays a partial quotation.
# A few lower-case words set off in a sentence that reports nobody are scare quotes.
NAMES_AND_SCARE_QUOTES = [
    ("known as, lower case", "The mine sells a residue known as “red mud” to cement makers.", {}),
    ("known to someone as, a nickname",
     "The goalkeeper, known to supporters as “the Wall”, signed a new deal.", {}),
    ("nicknamed", "Police arrested a man nicknamed “Fingers” on Tuesday.", {}),
    ("dubbed", "The storm, dubbed “the Beast from the East”, closed schools.", {}),
    ("so-called", "Ministers debated the so-called “bedroom tax” again.", {}),
    ("what locals call, a name",
     "Smoke rose over the old quarry, which locals call “the Pit.” “We could not breathe,” said farmer Eva Sand.",
     {"We could not breathe": "Eva Sand"}),
    ("scare quote in a sentence reporting nobody",
     "The team has endured a painful “reset” that produced few wins.", {}),
    ("what X called: a characterisation, kept with its speaker",
     "The ministry rejected what it called “unfounded claims” about the tender.",
     {"unfounded claims": "ministry"}),
    ("called it: a characterisation, kept with its speaker",
     "Opposition leader Mark Tell called the budget “a fantasy” on Monday.", {"a fantasy": "Mark Tell"}),
    ("one word after a reporting verb stays a quotation",
     "Coach Lena Berg said the defeat was “unacceptable.”", {"unacceptable": "Lena Berg"}),
    ("a capitalised slogan on a placard stays, with nobody",
     "Hundreds carried placards reading “No to the new road” through the centre.",
     {"No to the new road": None}),
    ("known as before a long stretch is still read as speech",
     "He described what is known as “the moment when everything we had built came apart at once”.",
     {"the moment when everything": None}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NAMES_AND_SCARE_QUOTES],
                         ids=[c[0] for c in NAMES_AND_SCARE_QUOTES])
def test_names_and_scare_quotes_are_no_quotations(text, expected):
    quotes = _quotes(text)
    assert sorted(q.text.rstrip(".,”") for q in quotes if not any(s in q.text for s in expected)) == []
    test_lowercase_role_before_the_name(text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Supporters held up banners saying “Thank you, Coach” as the team left.", {"Thank you, Coach": None}),
    ("Some wore T-shirts bearing the words “Not in our name” at the march.", {"Not in our name": None}),
    ("Strikers waved placards that read “Fair pay now” outside the depot.", {"Fair pay now": None}),
], ids=["banners saying", "t-shirts bearing", "placards that read"])
def test_words_borne_by_things_inside_a_sentence_are_nobodys(text, expected):
    test_lowercase_role_before_the_name(text, expected)
