"""Finding direct quotations in a document's text.

A quotation is the text between an opening and a closing double quotation
mark inside one paragraph. News convention continues a long quotation into the
next paragraph by leaving the first paragraph without a closing mark and
opening the next one with a mark again; such a piece is kept as its own
quotation marked ``continues`` so attribution can hand the speaker on.
Single marks are only ever read as apostrophes or as quotations nested in a
double-quoted one (they stay part of its text), except in a text that uses no
double marks at all (the British convention), where ‘…’ is the primary mark.

Each quotation is cut into sentence-level units: the thing grouped across
sources. Offsets are into ``Document.text`` and exclude the marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN_DOUBLE = "“„«「『"  # 「」『』: Japanese (and traditional Chinese) corner brackets
CLOSE_DOUBLE = "”»」』"
STRAIGHT_DOUBLE = '"'
# Characters after which a straight mark opens rather than closes a quotation.
_OPENING_CONTEXT = " \t\n([{—–-/:"

# Tokens that end with a period without ending a sentence.
ABBREVIATIONS = frozenset("""mr mrs ms dr prof gen sen rep gov lt col capt sgt st jr sr
co corp inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n e.u a.m p.m i.e e.g""".split())

_SENTENCE_END_RE = re.compile(r"[.!?…]+")
_DOUBLE_MARKS_RE = re.compile("[" + re.escape(OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE) + "]")
_SINGLE_MARKS_RE = re.compile("[‘’']")
_ELISION_RE = re.compile(r"(?:n|em|til|tis|twas|cause|bout|round)\b(?![’'])|n[’']", re.IGNORECASE)


@dataclass
class Quotation:
    """One quoted stretch of one paragraph (mutable while attribution works on it)."""

    paragraph: int  # index into the paragraph list used by the extractor
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ends first
    start: int  # quoted words, marks and surrounding spaces excluded
    end: int
    continues: bool = False  # opens a paragraph that continues an unclosed quotation
    units: list[tuple[int, int]] = field(default_factory=list)
    partial: bool = False


def paragraph_spans(document) -> list[tuple[int, int]]:
    if document.paragraphs:
        return [(p.start, p.end) for p in document.paragraphs]
    out, pos = [], 0
    for line in document.text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at ``dot`` the end of an abbreviation (U.S., Mr., Gen.)?"""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if word == "no":  # "No. 1" but "No. My job is …"
        return text[dot + 1:dot + 3].strip()[:1].isdigit()
    if word in ABBREVIATIONS:
        return True
    # single letters: initials (J. Smith) and dotted acronyms (U.S.)
    return len(word.replace(".", "")) == 1 or ("." in word and len(word) <= 5)


def _mark_kind(text: str, i: int, lo: int, hi: int) -> str | None:
    """'open', 'close' or 'either' for a double mark at i; None when it is no mark."""
    ch = text[i]
    if ch == "“" and "„" in text:
        return "close"  # „German“ convention: the low mark opens, the high one closes
    if ch == "”" and "“" not in text[lo:hi] and "„" not in text:
        ch = STRAIGHT_DOUBLE  # ”Finnish and Swedish” use one mark for both ends: read it by its place
    elif ch in OPEN_DOUBLE:
        return "open"
    elif ch in CLOSE_DOUBLE:
        return "close"
    if ch != STRAIGHT_DOUBLE:
        return None
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if after.isspace() and before.isspace():
        return None
    if before in _OPENING_CONTEXT and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)]—–-":
        return "close"
    return "either"


def _single_mark_kind(text: str, i: int, lo: int, hi: int) -> str | None:
    """For the British convention: ‘ opens at a word start, ’ closes at a word end.
    An apostrophe between letters (don’t), before digits (’90s) or in ’n’ is none."""
    ch = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if ch in "‘'’" and _ELISION_RE.match(text, i + 1, hi):
        return None  # rock ’n’ roll, let ’em go, ’til, ’cause
    if ch == "‘" and (before.isspace() or before in "([—–-") and not after.isspace():
        return "open"
    if ch in "’'" and not before.isspace() and (after.isspace() or after in ".,;:!?)]—–"):
        if i - 2 >= lo and text[i - 2] in "’'" and before.isalpha():
            return None  # rock ’n’ roll
        if before == "s" and after == " " and i + 2 < hi and text[i + 2].islower():
            return "weak"  # the workers’ union — or the end of ‘… the foundations’ as …
        return "close"
    if ch == "'" and (before.isspace() or before in "([—–") and after.isalpha():
        # 'n' / '90s stay apostrophes: require a later closing mark in the same paragraph
        return "open"
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence-level pieces of quoted text, trailing punctuation kept."""
    units, pos = [], start
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        cut = m.end()
        if m.group() == "." and is_abbreviation(text, m.start()):
            continue
        while cut < end and text[cut] in "’'\")":
            cut += 1
        rest = cut
        while rest < end and text[rest].isspace():
            rest += 1
        if rest >= end:
            break
        if rest == cut or not (text[rest].isupper() or text[rest].isdigit() or text[rest] in "“‘\"'"):
            continue
        units.append(_trim(text, pos, cut))
        pos = rest
    units.append(_trim(text, pos, end))
    return [(s, e) for s, e in units if any(c.isalnum() for c in text[s:e])]


def _scan(text: str, lo: int, hi: int, primary_single: bool,
          carried: bool = False) -> list[tuple[int, int | None]]:
    """(open mark, close mark or None) of each quotation in text[lo:hi].

    ``carried``: the paragraph before ended inside a quotation; a closing mark
    met before any opening one ends it (hard-wrapped text cut into lines),
    reported with the open mark at lo - 1."""
    kind_of = _single_mark_kind if primary_single else _mark_kind
    found: list[tuple[int, int | None]] = []
    open_at: int | None = None
    if carried:
        first = next((kind_of(text, m.start(), lo, hi) for m in _DOUBLE_MARKS_RE.finditer(text, lo, hi)
                      if kind_of(text, m.start(), lo, hi)), None)
        if first == "close":
            open_at = lo - 1
    for m in (_SINGLE_MARKS_RE if primary_single else _DOUBLE_MARKS_RE).finditer(text, lo, hi):
        i = m.start()
        kind = kind_of(text, i, lo, hi)
        if kind == "weak":
            # a plural possessive closes the quotation only if nothing later can
            later = (kind_of(text, m2.start(), lo, hi) for m2 in _SINGLE_MARKS_RE.finditer(text, i + 1, hi))
            kind = "close" if open_at is not None and "close" not in later else None
        if kind is None:
            continue
        if open_at is None:
            if kind in ("open", "either"):
                open_at = i
        elif kind in ("close", "either"):
            found.append((open_at, i))
            open_at = None
        else:  # a second opening mark: the first quotation was never closed
            if not primary_single:
                found.append((open_at, i))  # so it ends where the next one opens
            open_at = i
    if open_at is not None:
        found.append((open_at, None))
    return found


def _with_single_quotations(text: str, lo: int, hi: int, spans):
    """Add ‘…’ quotations standing outside the double-quoted ones (papers that
    mix conventions); only closed ones of two words or more, so that a stray
    apostrophe never opens a quotation."""
    pos, extra = lo, []
    bounds = sorted((a, b if b is not None else hi) for a, b in spans) + [(hi, hi)]
    for a, b in bounds:
        for o, c in _scan(text, pos, a, True):
            if c is not None and len(text[o + 1:c].split()) >= 2:
                extra.append((o, c))
        pos = b + 1
    return sorted(spans + extra, key=lambda sp: sp[0]) if extra else spans


def _single_enclosing_double(text: str, lo: int, hi: int, spans):
    """British style nests double marks in single ones (‘… the word "profit" …’): a
    closed single-quoted stretch that holds a double-quoted one is the quotation."""
    outer = [(o, c) for o, c in _scan(text, lo, hi, True)
             if c is not None and len(text[o + 1:c].split()) >= 2
             and any(o < a and b is not None and b < c for a, b in spans)]
    if not outer:
        return spans
    kept = [(a, b) for a, b in spans if not any(o < a and b is not None and b < c for o, c in outer)]
    return sorted(kept + outer, key=lambda sp: sp[0])


_SMALL_WORDS = frozenset("the of a an and in on to for at by with from or".split())


def is_title_of_work(text: str, lo: int, open_mark: int, s: int, e: int) -> bool:
    """A programme, book or film named inside a sentence (told CNN’s “State of the
    Union”, on “Meet the Press,”): short, every content word capitalised, not speech."""
    before = text[lo:open_mark].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "’'"):
        return False
    words = [w.strip(".,!?;:") for w in text[s:e].split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    last_word = before.split()[-1].lower().strip("’'")
    if last_word in _REPORTING_LEAD:
        return False  # "said “Thank You”": still words someone said
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


_REPORTING_LEAD = frozenset("said says say told tells wrote writes added adds that saying shouted".split())


def find_quotations(document) -> list[Quotation]:
    text = document.text
    paragraphs = paragraph_spans(document)
    primary_single = not any(c in text for c in OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE)
    out: list[Quotation] = []
    previous_unclosed = False
    furniture = {p.index for p in document.paragraphs if p.boilerplate}
    for pi, (lo, hi) in enumerate(paragraphs):
        if pi in furniture:  # page furniture ("Read also: …") quotes nobody
            previous_unclosed = False
            continue
        wrapped = previous_unclosed and not primary_single and text[lo] not in OPEN_DOUBLE + STRAIGHT_DOUBLE
        spans = _scan(text, lo, hi, primary_single, carried=wrapped)
        if not primary_single:
            spans = _single_enclosing_double(text, lo, hi, spans)
            spans = _with_single_quotations(text, lo, hi, spans)
        # a quotation in single marks carried on into a paragraph that opens with one
        next_opens = pi + 1 < len(paragraphs) and text[paragraphs[pi + 1][0]] in "‘'" \
            and text[paragraphs[pi + 1][0] + 1:paragraphs[pi + 1][0] + 2].isalpha()
        paragraph_unclosed = False
        for k, (open_mark, close_mark) in enumerate(spans):
            s, e = _trim(text, open_mark + 1, close_mark if close_mark is not None else hi)
            if close_mark is None:
                paragraph_unclosed = True
            if not any(c.isalnum() for c in text[s:e]):
                continue
            if primary_single and close_mark is None and not (
                    next_opens and k == len(spans) - 1 and text[e - 1] in ".!?" and len(text[s:e].split()) >= 4):
                continue  # a lone ‘ or ' is an apostrophe in this convention
            if close_mark is not None and is_title_of_work(text, lo, open_mark, s, e):
                continue
            sentence = document.sentence_at(s) if document.sentences else None
            if sentence is not None and sentence.boilerplate:
                continue
            q = Quotation(pi, open_mark, close_mark, s, e)
            q.continues = k == 0 and previous_unclosed and (open_mark < lo or not text[lo:open_mark].strip())
            q.units = split_units(text, s, e)
            out.append(q)
        previous_unclosed = paragraph_unclosed
    return out
