"""Datelines: "KYIV —", "WASHINGTON, July 19 (Reuters) -", "Kyiv (National Times):",
"NEW DELHI:" (Indian and Pakistani papers), "Manchester —", "WASHINGTON—" (no spaces).

A dateline names the place a report was filed from, sometimes with the date
and the outlet, at the very start of the first body paragraph (the splitter
only asks here about that paragraph). A place in capitals may end with a dash
or a colon; a place in ordinary case only with a spaced dash ("Note: ..." and
"Ukraine—Russia talks" are not datelines) or with its outlet in brackets.
Things that look like one but are not:
labels ("UPDATE —", "WARNING:"), an organisation opening a sentence ("NATO —
Alliance chief ...", "EU — The bloc ..."), a headline in capitals or in Title
Case, a name with a dash-enclosed aside ("Zelenskyy — Ukraine's president —
said"), and the section labels of a briefing ("UKRAINE — ..." then "NATO — ..."
paragraph after paragraph) or the speakers of a transcript ("PUTIN: ..."). Each is refused by what it is, not by a list of acronyms alone:
its shape, what follows it and whether the text uses it again in capitals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_DATE = (r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:%s)\.?,?\s+\d{4}|(?:%s)\.?\s+\d{1,2},?\s+\d{4})"
         % (_MONTHS, _MONTHS))
# "date 2025-07-19 ", "Published: July 19, 2025 " before the place
_DATE_PREFIX = rf"(?:(?:date|dated|published|posted)\s*:?\s*{_DATE}[\s,]+)"
_DASH = r"(?:—|–|--|-)"
_LETTER = r"[^\W\d_]"  # any script: KYIV, КИЇВ
_WORD = rf"{_LETTER}[\w'’.\-]*"
# KYIV —, NEW YORK (Reuters) —, KYIV, Ukraine —, LONDON, July 19 (Reuters) -,
# NEW DELHI:, WASHINGTON—The (a dash without spaces: em dash or "--" only,
# a hyphen there joins words).
_CAPS_PLACE = (rf"(?P<place>{_WORD}(?:[ \-]{_WORD}){{0,3}})"
               rf"(?:,\s*(?P<region>{_WORD}(?:\s{_WORD}){{0,2}}))?"
               rf"(?:,?\s*(?:{_MONTHS})\.?\s+\d{{1,2}})?"
               r"\s*(?:\((?P<outlet>[^()\n]{2,40})\))?"
               rf"\s*(?:{_DASH}\s+|(?P<tight>—|–|--)(?=[^\W_]|[\"'“‘«])|(?P<colon>:)\s+)")
# Kyiv (National Times): / Kyiv, Ukraine (AFP) -
_PLACE_OUTLET = (rf"(?P<place2>{_WORD}(?:\s{_WORD}){{0,3}})(?:,\s*{_WORD})?"
                 rf"\s*\((?P<outlet2>[^()\n]{{2,40}})\)\s*(?::|{_DASH})\s+")
_DATELINE_RE = re.compile(rf"\s*{_DATE_PREFIX}?(?:{_CAPS_PLACE}|{_PLACE_OUTLET})")
_DATE_ONLY_RE = re.compile(rf"\s*{_DATE_PREFIX}")
# A line of a briefing (or a transcript) opening with a label and a dash (a colon).
_LABEL_LINE_RE = re.compile(rf"^[ \t]*(?P<label>{_WORD}(?:[ \-]{_WORD}){{0,3}})\s*(?:{_DASH}|(?P<colon>:))\s+"
                            rf"[\"'“‘«(]?(?P<next>{_LETTER})", re.MULTILINE)
_DOTTED_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?\.?")

# Labels that open a lead in capitals like a dateline but name no place.
_NOT_PLACES = frozenset(["BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS",
                         "OPINION", "LIVE", "LIVE UPDATES", "WATCH", "VIDEO", "PHOTOS", "EDITORIAL", "COMMENT",
                         "FACT CHECK", "CORRECTION", "CORRECTED", "URGENT", "FLASH", "NEWS", "ALERT",
                         "DEVELOPING", "JUST IN", "EXPLAINER", "FACTBOX", "INSIGHT", "INTERVIEW", "REVIEW",
                         "FEATURE", "SPECIAL REPORT", "REFILE", "BRIEFING", "OBITUARY", "SPONSORED",
                         # labels that end with a colon ("WARNING: ...") or, on pictures, a dash ("FILE - ")
                         "WARNING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "EDITORS NOTE", "DISCLAIMER",
                         "NOTICE", "IMPORTANT", "ATTENTION", "ADVISORY", "MEDIA ADVISORY", "CONTENT WARNING",
                         "TRIGGER WARNING", "SPOILER", "SPOILERS", "FILE", "FILE PHOTO", "PHOTO", "PICTURED",
                         "CAPTION", "READ", "READ MORE", "ALSO READ", "SEE ALSO", "MORE", "RELATED", "SOURCE",
                         "SOURCES", "TAGS", "TOPICS", "LISTEN", "AUDIO", "SUMMARY", "BACKGROUND", "CONTEXT",
                         "HIGHLIGHTS", "KEY POINTS", "WHY IT MATTERS", "THE BIG PICTURE", "BOTTOM LINE",
                         "WHAT WE KNOW", "TIMELINE", "RECAP", "PREVIEW", "STATEMENT", "PRESS RELEASE",
                         "TRANSCRIPT", "QUESTION", "ANSWER", "DEVELOPING STORY", "TODAY", "TONIGHT"])
# Words that open a sentence in capitalised case; a place in ordinary case
# ("Manchester —") never starts with one ("In Kyiv — ...", "Meanwhile — ...").
_SENTENCE_OPENERS = frozenset("""
In On At For From By With As If When While After Before Since Although Though Because But And Or So Yet
He She It They We I You This That These Those There Here His Her Their Its Our My Your Some Many Most
Meanwhile However Still Also Then Now Today Yesterday Tonight Later Earlier Instead Yes No Well Again
""".split())
# Words a Title Case headline leaves in lower case.
_TITLE_SMALL = frozenset("a an the and or but nor of in on at to for with as by from into onto over vs via".split())
# Organisations of four letters or more that open sentences in capitals; the
# shorter ones (EU, UN, IMF, WHO) are refused by their shape, and any of them
# by being used again in capitals. This list only catches a lone mention.
_ORGANISATIONS = frozenset("NATO OPEC FIFA UEFA NASA IAEA OSCE OECD OPCW ICAO IATA ASEAN UNICEF UNESCO "
                           "UNHCR UNRWA OHCHR UNDP INTERPOL EUROPOL FRONTEX MERCOSUR".split())
# How far after the lead to look for a briefing's other labels (characters).
_LABELS_WITHIN = 5000
_SMALL_WORDS = frozenset("of the and de du la le di del der für van von".split())
_QUOTE_OPENERS = "\"'“‘«([„"


@dataclass(frozen=True)
class Dateline:
    end: int  # offset right after the dateline (where the first sentence starts)
    place: str | None = None
    outlet: str | None = None
    date: str | None = None  # as written; metadata turns it into ISO


def _names_something(words: str) -> bool:
    """'National Times', 'Agence France-Presse', 'The Kyiv Independent': capitalised words."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_WORDS for w in words.split()) \
        and words[:1].isupper()


def _acronym_shaped(place: str, region: str | None) -> bool:
    """EU, IMF, G7, U.N.: one short word, digits or dotted letters. No city of a
    dateline is written so without a region after it ("GAO, Mali —")."""
    if any(ch.isdigit() for ch in place):
        return True
    if region or " " in place or "-" in place:  # SAN FRANCISCO, WINSTON-SALEM
        return False
    letters = sum(ch.isalpha() for ch in place)
    return letters <= 3 or bool(_DOTTED_RE.fullmatch(place)) or place.strip(".") in _ORGANISATIONS


def _used_again_in_capitals(text: str, word: str, start: int, end: int) -> bool:
    """An organisation's acronym recurs in capitals in running text ("NATO's
    chief", "the EU"); a dateline's place, if named again, is in ordinary case
    ("KYIV — ... in Kyiv") or opens another dateline (a second story from the
    same city). Lines all in capitals (a headline) prove nothing."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        whole_word = not (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")) \
            and not (after < len(text) and (text[after].isalnum() or text[after] == "_"))
        if whole_word and not start <= at < end:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", after)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            other = line_start != text.rfind("\n", 0, start) + 1 and _DATELINE_RE.match(text, line_start)
            if any(ch.islower() for ch in line) and not (other and other.group("place") == word):
                return True
        at = text.find(word, after)
    return False


def _capitals_follow(text: str, at: int) -> bool:
    """'BREAKING NEWS — TALKS COLLAPSE IN GENEVA': a headline or label in
    capitals, not a place before the lead's first words."""
    words = text[at:at + 80].split()[:4]
    cased = [w for w in words if any(ch.isupper() or ch.islower() for ch in w)]
    return len(cased) >= 2 and all(not any(ch.islower() for ch in w) for w in cased)


def _one_of_several_labels(text: str, start: int, place: str, colon: bool, caps: bool) -> bool:
    """A briefing opens paragraph after paragraph with a label ("UKRAINE —
    ...", "NATO — ..."), a transcript with a speaker ("PUTIN: ...", "REPORTER:
    ..."): such labels are sections, not datelines. Labels like "UPDATE —" in
    a live report, or the same place opening a second story, do not count.
    Only labels written like this one count: capitals or ordinary case, and
    a colon after a colon, a dash after a dash."""
    own_line = text.rfind("\n", 0, start) + 1
    # the labels after the lead (a headline above may hold a dash); a briefing's
    # next label comes within a few paragraphs: no need to read a long report to its end
    for m in _LABEL_LINE_RE.finditer(text, own_line, min(len(text), own_line + _LABELS_WITHIN)):
        label = m.group("label").strip()
        if m.start() == own_line or (m.group("colon") is not None) != colon or not m.group("next").isupper():
            continue
        alike = label.isupper() if caps else _names_something(label) and not label.isupper()
        if alike and label.upper() not in _NOT_PLACES and label != place:
            return True
    return False


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline that opens text[start:end], if any."""
    m = _DATELINE_RE.match(text, start, end)
    if m:
        place = (m.group("place") or m.group("place2")).strip()
        outlet = m.group("outlet") or m.group("outlet2")
        after = text[m.end():m.end() + 2]
        opens = after[:1].isupper() or after[:1].isdigit() or \
            (after[:1] in _QUOTE_OPENERS and after[1:2].isupper())
        # a place in capitals; in ordinary case with an outlet in brackets, or
        # before a spaced dash ("Manchester — ", never "Ukraine—Russia", "Note:")
        if place.isupper():
            named = True
        elif outlet is not None:
            named = _names_something(place)
        else:
            named = m.group("colon") is None and m.group("tight") is None and _names_something(place) \
                and place.split()[0] not in _SENTENCE_OPENERS and not any(ch.isdigit() for ch in place)
        named = named and place.upper() not in _NOT_PLACES
        if len(place.strip(".-'’")) >= 2 and opens and named and (outlet is None or _names_something(outlet)) \
                and _looks_like_a_place(text, m, place, outlet, end):
            return Dateline(m.end(), place, outlet.strip() if outlet else None, m.group("date"))
    m = _DATE_ONLY_RE.match(text, start, end)
    if m and m.end() < end and text[m.end()].isupper():
        return Dateline(m.end(), None, None, m.group("date"))
    return None


def _first_sentence(text: str, at: int, end: int) -> str:
    """The words after the dateline up to the first sentence end or line end."""
    stop = re.search(r"[.!?](?=\s|$)|\n", text[at:end])
    return text[at:at + stop.start() if stop else end]


def _title_case_follows(sentence: str) -> bool:
    """'Kyiv — A City Holds Its Breath.': a headline in Title Case after the
    dash, not a lead (whose sentence has its verbs in lower case)."""
    words = [w.strip(_QUOTE_OPENERS + "\"'”’»),:;") for w in sentence.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    return len(words) >= 3 and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)


def _looks_like_a_place(text: str, m: re.Match, place: str, outlet: str | None, end: int) -> bool:
    sentence = _first_sentence(text, m.end(), end)
    if _capitals_follow(text, m.end()) or _title_case_follows(sentence):
        return False
    if outlet is not None:
        return True  # "WASHINGTON (Reuters) -": only a dateline carries the outlet so
    caps = place.isupper()
    if caps and _acronym_shaped(place, m.group("region")):
        return False
    if not caps and (place.strip(".").upper() in _ORGANISATIONS or re.search(_DASH + r"\s", sentence)):
        # "Nato — Alliance chief ...", "Zelenskyy — Ukraine's president — said": a name, not a place
        return False
    if caps and " " not in place and _used_again_in_capitals(text, place, m.start(), m.end()):
        return False
    return not _one_of_several_labels(text, m.start("place"), place, m.group("colon") is not None, caps)
