"""Paragraphs and sentences with offsets, tuned for news copy.

News text is hard on sentence splitters: abbreviations (U.S., Gen., Jan.),
decimals, initials, quotations of several sentences, datelines, headlines
without a full stop, sentences glued together by scrapers (``week.The``)
and bullet lists. Every span is a pair of absolute offsets into the text the
user reads; nothing here changes the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dateline import Dateline, find_dateline  # noqa: F401 - the splitter's API

BODY, HEADING, LIST_ITEM = "body", "heading", "list-item"
# "| Kharkiv | 12 | 40 |": a row of a Word or markdown table, one sentence,
# never joined with the lines around it (a row's figures stay with its label).
TABLE_ROW = "table-row"


@dataclass(frozen=True)
class ParagraphSpan:
    start: int
    end: int
    kind: str = BODY
    # where the sentences start: after a list marker or a markdown '#'
    content_start: int = -1


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int
    paragraph: int  # index into the paragraph list
    dateline: bool = False  # "KYIV —", "Kyiv (National Times):": furniture, not reporting


# ---------------------------------------------------------------- paragraphs

_LINE_RE = re.compile(r"[^\r\n]+")
_BULLET_RE = re.compile(r"[ \t]*(?:[-*•▪◦‣·●■□➢►]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+(?=\S)")
_MD_HEADING_RE = re.compile(r"[ \t]*#{1,6}[ \t]+(?=\S)")
_TABLE_ROW_RE = re.compile(r"\|[^\n]*\|")
# Sentence ends that are never an abbreviation's dot and need no space after
# them: CJK full stops and marks, the Devanagari danda, the Arabic question
# mark and the Urdu full stop.
_FIRM_ENDS = "。！？｡।॥؟۔"
_TERMINAL = ".!?…:;：；" + _FIRM_ENDS
_CLOSERS = "\"'”’»)]」』）】〕》〉"
# A wrapped line is "full" when at least this share of the block's longest line.
_FULL_LINE = 0.6


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS)[-1:] in tuple(_TERMINAL)


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines (trimmed spans), separated by blank lines."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    for m in _LINE_RE.finditer(text):
        s, e = _trimmed(text, m.start(), m.end())
        gap = text[pos:m.start()]
        if current and (s == e or gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1):
            blocks.append(current)
            current = []
        if s < e:
            current.append((s, e))
        pos = m.end()
    if current:
        blocks.append(current)
    return blocks


def _is_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Hard-wrapped prose (e-mail, plain-text wires): lines of about one width
    that mostly stop mid-sentence. One line per paragraph is the other case."""
    if len(lines) < 2:
        return False
    width = max(e - s for s, e in lines)
    if not 50 <= width <= 100:
        return False
    full = [i for i, (s, e) in enumerate(lines[:-1]) if e - s >= _FULL_LINE * width]
    mid_sentence = [i for i in full if not _ends_sentence(text[lines[i][0]:lines[i][1]])]
    # one such line could be a byline or a label; a lowercase next line cannot
    lowercase_next = any(text[lines[i + 1][0]].islower() for i in mid_sentence)
    return mid_sentence != [] and len(mid_sentence) * 2 >= len(full) \
        and (len(mid_sentence) >= 2 or lowercase_next)


def _starts_item(text: str, s: int) -> bool:
    return bool(_BULLET_RE.match(text, s) or _MD_HEADING_RE.match(text, s))


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, whitespace trimmed."""
    return [(p.start, p.end) for p in paragraph_spans(text)]


def paragraph_spans(text: str, body_start: int = 0) -> list[ParagraphSpan]:
    """Paragraphs with their kind. A line is a paragraph, except in
    hard-wrapped blocks where lines join until a short line or a list item.
    Lines before ``body_start`` (a markdown file's front matter) are a
    paragraph each, never joined with one another or with the body."""
    spans: list[tuple[int, int]] = []
    for lines in _apart_from_table_rows(text, _blocks(text)):
        head = [line for line in lines if line[1] <= body_start]
        spans.extend(head)
        lines = lines[len(head):]
        if not lines:
            continue
        if not _is_wrapped(text, lines):
            spans.extend(lines)
            continue
        width = max(e - s for s, e in lines)
        start = lines[0][0]
        for i, (s, e) in enumerate(lines):
            last = i == len(lines) - 1
            # wrapping fills lines: a short one ends a paragraph (or is a headline)
            short = e - s < _FULL_LINE * width
            if last or short or _starts_item(text, lines[i + 1][0]) or _MD_HEADING_RE.match(text, s):
                spans.append((start, e))
                if not last:
                    start = lines[i + 1][0]
    return [_with_kind(text, s, e) for s, e in spans]


def _is_table_row(text: str, s: int, e: int) -> bool:
    return _TABLE_ROW_RE.fullmatch(text, s, e) is not None


def _apart_from_table_rows(text: str, blocks: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Blocks with every table row a block of its own."""
    out = []
    for lines in blocks:
        current: list[tuple[int, int]] = []
        for s, e in lines:
            if _is_table_row(text, s, e):
                out.extend([current, [(s, e)]] if current else [[(s, e)]])
                current = []
            else:
                current.append((s, e))
        if current:
            out.append(current)
    return out


def _with_kind(text: str, s: int, e: int) -> ParagraphSpan:
    if _is_table_row(text, s, e):
        return ParagraphSpan(s, e, TABLE_ROW, s)
    m = _MD_HEADING_RE.match(text, s)
    if m:
        return ParagraphSpan(s, e, HEADING, m.end())
    m = _BULLET_RE.match(text, s)
    if m and m.end() < e:
        return ParagraphSpan(s, e, LIST_ITEM, m.end())
    body = text[s:e]
    if "\n" not in body and not _ends_sentence(body) and len(body.split()) <= 20 \
            and body.rstrip()[-1:] != ",":
        return ParagraphSpan(s, e, HEADING, s)
    return ParagraphSpan(s, e, BODY, s)


# ----------------------------------------------------------------- sentences

# Never the end of a sentence: titles and the like come before a name.
_NEVER_END = frozenset("""
Mr Mrs Ms Mx Dr Prof Gen Lt Col Sgt Capt Cmdr Cdr Adm Gov Sen Rep Reps Sens Rev Hon Pres
Amb Atty Supt Insp Det Maj Brig Cpl Pvt Fr Messrs Mme Mlle Msgr St Mt Ft Gens Govs Lt.Col
vs v e.g i.e cf approx ca viz al Sr. Jr.
""".split())
# Before a number these never end a sentence either (No. 5, Art. 3, p. 12).
_BEFORE_NUMBER = frozenset("No Nos no nos Art art Vol vol p pp Fig fig Sec sec Ch ch Para para".split())
# These may end a sentence; they do only when a typical sentence opener follows.
_MAYBE_END = frozenset("""
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
Inc Ltd Co Corp Jr Sr Bros Ave Blvd Rd Dept Univ Assn Govt est etc Est No Nos
""".split())
_DOTTED_ACRONYM_RE = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
# Words that open sentences; after a "maybe" abbreviation they signal a new one.
_OPENERS = frozenset("""
The A An He She It They We I You This That These Those There Here But And Or So Yet
In On At For From By With As If When While After Before Since Although Though Because
His Her Their Its Our My Your Some Many Most Several Few Both All No Not Neither
However Meanwhile Still Also Then Now Later Earlier Instead Despite According Officials
What Who Why How Where Asked Last Next One Two Three Four Five
""".split())
_SPEECH_VERBS = ("said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|"
                 "shouted|insisted|insists|stressed|stresses|noted|notes|warned|warns|"
                 "declared|explained|continued|claimed|recalled|emphasized|emphasised")
_NAME = r"[A-Z][\w'’.\-]*"
# "“Why?” Peskov asked." — the speaker tag belongs to the quotation's sentence.
_ATTRIBUTION_RE = re.compile(
    rf"(?:(?:{_NAME}\s+){{1,3}}(?:{_SPEECH_VERBS})|(?:{_SPEECH_VERBS})\s+(?:{_NAME}\s*){{1,3}})"
    rf"\s*(?:[.,;:!?]|$)")
_OPENING = "\"'“‘«([„「『（【〔《〈"
# end punctuation, the closing marks glued to it, the space after it
_CANDIDATE_RE = re.compile(r"(\.{2,}|[.!?…" + _FIRM_ENDS + r"]+)([" + re.escape(_CLOSERS) + r"]*)(\s*)")
# After a closing quotation mark a short speech tag stays with the quotation,
# as "“…,” he said." does in English: “我们准备好了。”他说。 / 「…。」と述べた。 /
# “हम तैयार हैं।” उन्होंने कहा।
_TAG_AFTER_QUOTE_RE = re.compile(
    r"(?:と|って|[^。！？｡।\n「『“\"]{0,16}?(?:说|說|表示|称|稱|道|问|問|答|指出|强调|強調|告诉|告訴|"
    r"कहा|बताया|पूछा|लिखा)(?=[。！？｡，、,：:।\s]|$))")
_NEXT_WORD_RE = re.compile(r"[\s" + re.escape(_OPENING) + r"]*([^\W_]+)")
_GLUED_NEXT_RE = re.compile(r"[A-Z][a-z]")


def _token_before(chunk: str, i: int) -> str:
    """The word right before position i (the full stop), opening marks stripped."""
    j = max(chunk.rfind(" ", 0, i), chunk.rfind("\n", 0, i), chunk.rfind("\t", 0, i),
            chunk.rfind("\xa0", 0, i)) + 1
    return chunk[j:i].lstrip(_OPENING)


def _next_word(chunk: str, i: int) -> str:
    m = _NEXT_WORD_RE.match(chunk, i)
    return m.group(1) if m else ""


def _abbreviation_blocks(chunk: str, dot: int, nxt: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation, not a sentence."""
    token = _token_before(chunk, dot)
    word = _next_word(chunk, nxt)
    starts_number = word[:1].isdigit()
    if not token:
        return False
    if token in _NEVER_END or token + "." in _NEVER_END:
        return True
    if token in _BEFORE_NUMBER and starts_number:
        return True
    maybe = (token in _MAYBE_END or _DOTTED_ACRONYM_RE.match(token)
             or (len(token) == 1 and token.isalpha()))
    if maybe:
        return word not in _OPENERS
    return False


def _glued(chunk: str, i: int, dot: int) -> bool:
    """``this week.The satellite``: a full stop with no space before a capitalised word."""
    if not _GLUED_NEXT_RE.match(chunk, i):
        return False
    token = _token_before(chunk, dot)
    if "/" in token or "@" in token or token.lower().startswith("www"):
        return False
    return len(token) >= 2 and token[-2:].isalpha() and token[-1].islower() \
        and not _DOTTED_ACRONYM_RE.match(token) and token not in _NEVER_END


def _boundaries(chunk: str) -> list[tuple[int, int]]:
    """(end of one sentence, start of the next) inside a paragraph chunk."""
    cuts = []
    size = len(chunk)
    for m in _CANDIDATE_RE.finditer(chunk):
        end, i = m.end(2), m.end()
        if i >= size:
            continue
        punct = m.group(1)
        if any(c in _FIRM_ENDS for c in punct):
            # CJK writes no space after a full stop and has no capitals to look for
            if not (m.group(2) and _TAG_AFTER_QUOTE_RE.match(chunk, i)):
                cuts.append((end, i))
            continue
        if i == end:  # no space: only scraper glue counts ("week.The")
            if punct in (".", "?", "!") and chunk[i].isupper() and _glued(chunk, i, m.start()):
                cuts.append((end, i))
            continue
        j = i
        while j < size and chunk[j] in _OPENING:
            j += 1
        if j >= size:
            continue
        first = chunk[j]
        # scripts without capitals (Devanagari, Arabic, CJK) after "?" or "!": a new
        # sentence; after a dot they may follow an abbreviation (Hindi "डॉ. सिंह")
        caseless = first.isalpha() and not first.isupper() and not first.islower()
        if not (first.isupper() or first.isdigit() or (j > i and first.isalpha())
                or (caseless and not punct.strip("?!"))):
            continue
        if punct == "." and _abbreviation_blocks(chunk, m.start(), i):
            continue
        if end > m.end(1) and _ATTRIBUTION_RE.match(chunk, i):
            continue
        cuts.append((end, i))
    return cuts


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence inside text[start:end], absolute offsets."""
    end = len(text) if end is None else end
    start, end = _trimmed(text, start, end)
    chunk = text[start:end]
    spans, pos = [], 0
    for cut_end, next_start in _boundaries(chunk):
        spans.append((start + pos, start + cut_end))
        pos = next_start
    spans.append((start + pos, end))
    return [_trimmed(text, s, e) for s, e in spans if text[s:e].strip()]


# How many paragraphs from the top (headline, deck, byline, date lines) the
# first body paragraph, the one a dateline opens, may sit.
_DATELINE_PARAGRAPHS = 8
# Shorter "body" lines at the top are labels or stamps, not the lead.
_LEAD_MIN_WORDS = 6


def segment(text: str, body_start: int = 0) -> tuple[list[ParagraphSpan], list[SentenceSpan]]:
    """Paragraphs and their sentences. A dateline opening the first body
    paragraph is a sentence of its own, flagged, so it is shown but never compared.
    The text before ``body_start`` (front matter) is never the lead."""
    paragraphs = paragraph_spans(text, body_start)
    sentences: list[SentenceSpan] = []
    lead_seen = False
    top = next((pi for pi, p in enumerate(paragraphs) if p.start >= body_start), len(paragraphs))
    for pi, p in enumerate(paragraphs):
        s = p.content_start if p.content_start >= 0 else p.start
        if p.kind == BODY and not lead_seen and top <= pi < top + _DATELINE_PARAGRAPHS \
                and text.count(" ", p.start, p.end) + 1 >= _LEAD_MIN_WORDS:
            lead_seen = True
            found = find_dateline(text, s, p.end)
            if found is not None:
                ds, de = _trimmed(text, s, found.end)
                sentences.append(SentenceSpan(ds, de, pi, dateline=True))
                s = found.end
        if p.kind == TABLE_ROW or (p.kind == HEADING and p.content_start == p.start):
            sentences.append(SentenceSpan(*_trimmed(text, s, p.end), pi))
            continue
        for ss, se in split_sentences(text, s, p.end):
            sentences.append(SentenceSpan(ss, se, pi))
    return paragraphs, sentences
