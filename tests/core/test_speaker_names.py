"""One person, one name across reports: romanisations of one name merge, other
people stay apart. Names are made up for these tests."""
import pytest

from compareapp.core.quotes import find_quotes
from compareapp.core.quotes.speakers import SpeakerNames, transliteration_key
from compareapp.core.reading import document_from_text
from compareapp.core.settings import EngineSettings

SAME_PERSON = [
    ("ei / iy / ii", "Pavlo Bondareiko", "Pavel Bondariyko"),
    ("y / i in first name and surname", "Vasyl Kyrylenko", "Vasil Kirilenko"),
    ("kh / h", "Yurii Khomenko", "Yurii Homenko"),
    ("zh / z and -iy / -ii / -y", "Anatoliy Zhuravsky", "Anatolii Zhuravskii"),
    ("ts / tz", "Olha Tsybulska", "Olha Tzybulska"),
    ("ya / ia, accents", "Dariya Maléva", "Daria Maleva"),
    ("ye / e and sh / sch", "Yevhen Shevchuk", "Evhen Schevchuk"),
    ("w / v", "Wiktor Lewandowski", "Viktor Levandovski"),
]
DIFFERENT_PEOPLE = [
    ("other first name, same surname", "Olena Marchuk", "Oleg Marchuk"),
    ("other surname, same first name", "Ivan Kovalenko", "Ivan Kovalchuk"),
    ("namesakes by initial", "Anna Dorosh", "Boris Dorosh"),
    ("close surnames, other first names", "Taras Melnyk", "Marta Melnik"),
]


@pytest.mark.parametrize("a,b", [c[1:] for c in SAME_PERSON], ids=[c[0] for c in SAME_PERSON])
def test_romanisations_of_one_name_merge(a, b):
    names = SpeakerNames(EngineSettings().speaker_name_similarity)
    names.add("x", a)
    names.add("y", b)
    assert names.canonical(a) == names.canonical(b)


@pytest.mark.parametrize("a,b", [c[1:] for c in DIFFERENT_PEOPLE], ids=[c[0] for c in DIFFERENT_PEOPLE])
def test_different_people_stay_apart(a, b):
    names = SpeakerNames(EngineSettings().speaker_name_similarity)
    names.add("x", a)
    names.add("y", b)
    assert names.canonical(a) != names.canonical(b)


def test_transliteration_key():
    assert transliteration_key("Oliynyk") == transliteration_key("Oliinyk")
    assert transliteration_key("Abdrakhmanov") == transliteration_key("Abdrahmanov")
    assert transliteration_key("Ramírez") == "ramirez"


def test_a_quotation_attributed_in_two_romanisations_has_one_speaker():
    docs = (document_from_text("a.txt", "“We had no choice,” club president Hennadiy Oleinik said."),
            document_from_text("b.txt", "“We had no choice,” club president Hennadii Oliynyk told reporters."))
    quotes, groups = find_quotes(docs, EngineSettings())
    assert len({q.speaker for q in quotes}) == 1
    [group] = groups
    assert "speaker differs across sources" not in group.flags
