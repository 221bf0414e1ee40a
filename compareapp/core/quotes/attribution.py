"""Who said each quotation of one document, from the reporting clause around it.

The clause is looked for after the quotation (“…,” Smith said / said Smith /
according to Smith), then before it (Smith said: “…” / Smith, stating, “…”),
then, for a fragment quoted inside a sentence, in the sentence itself (its
subject, or "X’s remarks that …": sentences.py). A quotation without any clause takes the
speaker of the quotation before it in the paragraph, or of the quotation it
continues from the paragraph before. Pronouns and role descriptions ("the
Ukrainian president") are resolved (people.py) against the people the document has
already named, preferring subjects and speakers over passing mentions.
"""
from __future__ import annotations

import re

from .extract import Quotation
from .languages import ForeignClauses, detect_language
from .layout import ReportLayout
from .lexicon import DETERMINERS, FINITE_VERBS, PARTICIPLES
from .mentions import Mention, name_runs, parse_speaker, tokens
from .people import Attribution, NamedPeople, _Agent, _speaks, role_fits  # noqa: F401 (role_fits re-exported)
from .sentences import SentenceSpeakers

# "As her colleague X put it, “…”", "In X’s words, …", "in the words of X, …"
_WORDS_OF_RE = re.compile(
    r"\b(?:[Aa]s\s+(?P<a>[^,;“”\"]{2,60}?)\s+(?:put|puts|said|says|wrote|writes|noted|notes)\s+it"
    r"|[Ii]n\s+(?P<b>[^,;“”\"]{2,60}?)[’']s?\s+(?:own\s+)?words"
    r"|[Ii]n\s+the\s+(?:\w+\s+)?words\s+of\s+(?P<c>[^,;“”\"]{2,60}?))\s*[,:]")
# an interviewer's line: "Q: Do you still cook?"
_QUESTION_LINE_RE = re.compile(r"\s*(?:Q|Question)\s*[:.—–-]")

_QUOTED_AS_RE = re.compile(r"[\s,—–]*(?P<who>[^,;“”\"]{2,60}?)\s+(?:was|were|is|has\s+been)\s+quoted\s+"
                           r"(?:by\s+[^,;“”\"]{2,40}?\s+)?as\s+(?:saying|telling)")

_CONJUNCTIONS = frozenset("while and but as because although though whereas when after before since so yet or "
                          "if unless until".split())


class DocumentAttributor(ReportLayout, NamedPeople, SentenceSpeakers):
    def __init__(self, document, quotations: list[Quotation]):
        ReportLayout.__init__(self, document, quotations)
        self._init_people()
        lang = detect_language(self.text)
        self._foreign = ForeignClauses(self, lang) if lang else None  # languages.py

    # --- attribution ----------------------------------------------------------
    def attribute(self) -> list[Attribution]:
        results: list[Attribution] = []
        for i, q in enumerate(self.quotations):
            mention = self._foreign_clause(i) if self._foreign is not None else None
            mention = mention or self._clause_after(i) or self._inscription_before(q) \
                or self._clause_before(i, results)
            if mention is None and (q.partial or self._is_embedded(q)):
                mention = self._sentence_speaker(q)
            if mention is None:
                results.append(self._inherit(i, results))
            elif isinstance(mention, Attribution):
                results.append(mention)
            else:
                results.append(self.resolve(mention))
            person = results[-1].person
            if person is not None and person.kind in ("person", "name"):
                at = results[-1].mention.start if results[-1].mention is not None else q.open_mark
                self._add_agent(_Agent(at, person, True))
        # a quotation whose clause comes only with its continuation ("“A. B¶“C,” Smith said")
        for i in range(len(results) - 2, -1, -1):
            q, nxt = self.quotations[i], self.quotations[i + 1]
            if results[i].person is not None or results[i].description or results[i].mention is not None \
                    or results[i + 1].person is None and not results[i + 1].description:
                continue
            same_run = nxt.continues and q.close_mark is None or (
                nxt.paragraph == q.paragraph and q.close_mark is not None
                and not self.text[q.close_mark + 1:nxt.open_mark].strip())
            if same_run:
                results[i] = results[i + 1]
        return results

    def _foreign_clause(self, i: int) -> Attribution | None:
        """The clause after, then before, a quotation in a non-English report (languages.py)."""
        q = self.quotations[i]
        prev, nxt = self._neighbours(i)
        if q.close_mark is not None:
            lo = q.close_mark + 1
            _, sent_hi = self.sentence_span(q.paragraph, lo)
            found = self._foreign.after(q, lo, min(sent_hi, nxt.open_mark if nxt else sent_hi))
            if found is not None:
                return found
        sent_lo, _ = self.sentence_span(q.paragraph, q.open_mark)
        lo = prev.close_mark + 1 if prev is not None and prev.close_mark is not None \
            and prev.close_mark >= sent_lo else sent_lo
        return self._foreign.before(lo, q.open_mark)

    def _is_embedded(self, q: Quotation) -> bool:
        lo, _ = self.sentence_span(q.paragraph, q.open_mark)
        before = self.text[lo:q.open_mark].rstrip()
        # "… behind inflation — “a mistake it has made before”": a dash runs the sentence on
        return bool(before) and (before[-1].isalnum() or before[-1] in "—–" and len(before) > 1)

    def _neighbours(self, i: int) -> tuple[Quotation | None, Quotation | None]:
        q = self.quotations[i]
        prev = self.quotations[i - 1] if i > 0 and self.quotations[i - 1].paragraph == q.paragraph else None
        nxt = self.quotations[i + 1] if i + 1 < len(self.quotations) and \
            self.quotations[i + 1].paragraph == q.paragraph else None
        return prev, nxt

    def _clause_after(self, i: int) -> Mention | None:
        q = self.quotations[i]
        if q.close_mark is None:
            return None
        _, nxt = self._neighbours(i)
        lo = q.close_mark + 1
        _, sent_hi = self.sentence_span(q.paragraph, lo)
        hi = min(sent_hi, nxt.open_mark if nxt else sent_hi)
        text = self.text
        # a nested quotation may end the quoted words: “I told him, ‘Don’t go,’” Lee said
        content_end = text[q.start:q.end].rstrip().rstrip("’'\"”").rstrip()[-1:]
        lead = text[lo:hi].lstrip()
        if not lead:
            return None
        if not (content_end in ",!?—–-…" or lead[0] in ",—–" or content_end == "." and lead[0].islower()):
            return None
        quoted = _QUOTED_AS_RE.match(text, lo, hi)
        if quoted:  # "…,” Smith was quoted as saying by Reuters
            m = parse_speaker(text, quoted.start("who"), quoted.end("who"))
            if m is not None:
                return m
        toks = tokens(text, lo, hi)
        words = [w.lower() for _, _, w in toks]
        for k, w in enumerate(words[:18]):
            if w == "according" and k + 1 < len(words) and words[k + 1] == "to":
                return parse_speaker(text, toks[k + 1][1], self._np_end(toks, k + 2, hi, True))
            if w in FINITE_VERBS:
                if k == 0 or (k == 1 and words[0] == ","):
                    # inverted: said Mayor Karen Bass
                    return parse_speaker(text, toks[k][1], self._np_end(toks, k + 1, hi))
                m = parse_speaker(text, lo, toks[k][0])
                if m is not None and self._covers(m, lo, toks[k][0]):
                    return m
                return None
        return None

    def _np_end(self, toks, k: int, hi: int, carriers: bool = False) -> int:
        """Where a noun phrase after a verb ends: before a preposition or clause word
        (with ``carriers``, "a statement from X" stays whole)."""
        stop = {"in", "on", "at", "during", "after", "before", "to", "from", "via", "when", "while",
                "who", "which", "that", "as", "and", "adding", "saying", "citing", "according"}
        if carriers:
            stop -= {"from", "by"}
        for s, e, w in toks[k:]:
            if w.lower() in stop or w in (";", ":"):
                return s
            if self.text[e:e + 1] == "." and not w.endswith("."):
                return e
        return hi

    def _covers(self, m: Mention, lo: int, hi: int, slack: int = 4) -> bool:
        """The speaker phrase must be (nearly) all there is between quote and verb:
        adverbs (also, on Friday) may remain, other words may not."""
        rest = re.sub(r",[^,]*,", " ", self.text[m.end:hi])  # an apposition between commas
        words = [w.lower() for _, _, w in tokens(rest)]
        if len(words) > slack:
            return False
        pre_text = self.text[lo:m.start]
        pre_text = re.sub(r"\b\d+-year-old\s*$", "", pre_text)  # "…, 23-year-old student X"
        if re.fullmatch(r"\s*,?\s*(?:the|a|an|one|its|his|her|their|\w+[’']s)\b[^,]{0,60},\s*", pre_text):
            pre_text = ""  # "…,” one of them, Nikos Stavrou, shouted": a role in apposition
        pre = [w.lower() for _, _, w in tokens(pre_text) if w != ","]
        # "…,” while Mayor Lee said …" starts another clause: not this quotation's
        return len(pre) <= 2 and not any(w in _CONJUNCTIONS for w in pre)

    def _clause_before(self, i: int, results: list[Attribution]) -> Mention | Attribution | None:
        q = self.quotations[i]
        prev, _ = self._neighbours(i)
        sent_lo, _ = self.sentence_span(q.paragraph, q.open_mark)
        lo = sent_lo
        if prev is not None and prev.close_mark is not None and prev.close_mark >= sent_lo:
            lo = prev.close_mark + 1
        text = self.text
        before = text[lo:q.open_mark].rstrip()
        if not before:
            return None
        for found in reversed(list(_WORDS_OF_RE.finditer(text, lo, lo + len(before)))):
            group = next(g for g in ("a", "b", "c") if found.group(g))
            m = parse_speaker(text, found.start(group), found.end(group))
            if m is not None:
                return m
        toks = tokens(text, lo, lo + len(before))
        words = [w.lower() for _, _, w in toks]
        ends_intro = before[-1] in ",:" or (words and (words[-1] in FINITE_VERBS or words[-1] in PARTICIPLES
                                                       or words[-1] == "that"))
        if not ends_intro:
            return None
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w == "according" and k + 1 < len(words) and words[k + 1] == "to":
                return parse_speaker(text, toks[k + 1][1], self._np_end(toks, k + 2, lo + len(before), True))
            if w in PARTICIPLES:
                # the participle's subject is the clause's: a finite verb's speaker or the subject
                for k2 in range(k - 1, -1, -1):
                    if words[k2] in FINITE_VERBS:
                        return self._subject_before(toks, k2, lo)
                if lo != sent_lo and prev is not None:
                    return results[i - 1]
                return self._sentence_subject(sent_lo, q.open_mark)
            if w in FINITE_VERBS and k > 0:
                m = self._subject_before(toks, k, lo)
                if m is not None:
                    return m
        if before[-1] == ":":
            # "Kotek: “…”" names the speaker; "Mr. Obi was blunt: “…”" has them as subject,
            # but "Storm slams coast: “…”" names nobody who speaks: only people count here
            m = parse_speaker(text, lo, lo + len(before) - 1)
            if m is not None and self._covers(m, lo, lo + len(before) - 1, 0) and self._is_person(m):
                return m
            m = self._sentence_subject(sent_lo, q.open_mark)
            return m if m is not None and self._is_person(m) else None
        return None

    def _subject_before(self, toks, k: int, lo: int) -> Mention | None:
        """The noun phrase right before a reporting verb, across an apposition
        ("Smith, 54, said", "Karen Bass, the mayor, said") but not across an
        adverbial ("In a post on X, Sen. Cantwell wrote")."""
        start = lo
        for j in range(k - 1, -1, -1):
            if toks[j][2] in (";",) or toks[j][2].lower() in ("and", "but", "while", "as", "that", "who"):
                if toks[j][2] == "and" and 0 < j < k - 1 and toks[j - 1][2][:1].isupper() \
                        and toks[j + 1][2][:1].isupper() and toks[j - 1][2] != ",":
                    continue  # inside a name: "Avon and Somerset Police", "Procter and Gamble"
                if toks[j][2].lower() == "who" and j > 1 and toks[j - 1][2] == "," and j == k - 1:
                    # "Trump, who said …": the antecedent just before the comma
                    runs = name_runs(self.text, max(lo, toks[j - 1][0] - 80), toks[j - 1][0])
                    if runs and runs[-1].end == toks[j - 2][1] and not runs[-1].possessive:
                        return runs[-1]
                if toks[j][2].lower() == "who" and j > 1 and toks[j - 1][2] == "," and toks[k - 1][2].endswith(","):
                    # "Mayor Ioana Stan, who succeeded Ciobanu in 2024, said": the clause
                    # between the commas describes the subject; the speaker stands before it
                    m = self._subject_before(toks, j - 1, lo)
                    runs = name_runs(self.text, max(lo, toks[j - 1][0] - 80), toks[j - 1][0])
                    if runs and runs[-1].end == toks[j - 2][1] and not runs[-1].possessive \
                            and (m is None or m.end != runs[-1].end):
                        return runs[-1]  # "Police said John Kay, who …, told": the one the clause is about
                    if m is not None:
                        return m
                start = toks[j][1]
                break
        end = toks[k][0]
        dash = max(self.text.rfind("—", start, end), self.text.rfind("–", start, end))
        if dash >= 0 and parse_speaker(self.text, dash + 1, end) is not None:
            start = dash + 1  # "DOHA, Qatar (AP) — Qatar’s prime minister said": after the dateline
        commas = [t[1] for t in toks if start <= t[0] < end and t[2] == ","]
        starts = [start] + commas
        last = parse_speaker(self.text, starts[-1], end)
        if len(starts) > 1:
            head = self.text[starts[-1]:end].split()
            appositive = not head or head[0].lower() in DETERMINERS or head[0][:1].isdigit() \
                or head[0][:1].isupper() and "-" in head[0]
            if last is None or appositive:
                k2 = len(starts) - 2
                # "Karen Whitlock, of Avon and Somerset Police, said": the affiliation is no speaker
                while k2 > 0 and self.text[starts[k2]:end].split()[:1] and \
                        self.text[starts[k2]:end].split()[0].lower() in ("of", "from", "at", "with", "for"):
                    k2 -= 1
                prev = parse_speaker(self.text, starts[k2], end)
                if prev is not None and prev.kind != "nominal":
                    if len(starts) > 2 and prev.role is None:
                        # "The White House press secretary, Karoline Leavitt, told": keep the role
                        fuller = parse_speaker(self.text, starts[-3], end)
                        if fuller is not None and fuller.name == prev.name:
                            return fuller
                    return prev
                if last is None:
                    last = parse_speaker(self.text, start, end)
        weak = last is None or last.kind == "pronoun" and last.gender == "n" \
            or last.kind == "nominal" and not _speaks(last)
        if weak and start > lo:
            # "The company, which said … that it would …, announced:": the clause's own subject
            whole = parse_speaker(self.text, lo, end)
            if whole is not None and whole.kind != "pronoun":
                return whole
        return last

    def _inherit(self, i: int, results: list[Attribution]) -> Attribution:
        q = self.quotations[i]
        prev, _ = self._neighbours(i)
        if prev is not None:
            return results[i - 1]
        sent_lo, _ = self.sentence_span(q.paragraph, q.open_mark)
        para_lo = self.paragraphs[q.paragraph][0]
        if not self.text[sent_lo:q.open_mark].strip() and sent_lo > para_lo:
            # "Smith said the plan would fail. “It is a disaster.”": the sentence before reports Smith
            m = self._reporting_subject(q.paragraph, sent_lo - 1)
            if m is None:
                # "Jones was defiant. “It will work.”": the person the sentence before is about
                prev_lo, _ = self.sentence_span(q.paragraph, sent_lo - 1)
                m = self._sentence_subject(prev_lo, sent_lo)
                if m is not None and not (self._is_person(m) and m.kind != "pronoun" or m.kind == "pronoun"
                                          and m.gender in ("m", "f")):
                    m = None
            if m is not None:
                return self.resolve(m)
        prev_para = self.paragraphs[q.paragraph - 1] if q.paragraph > 0 else None
        if prev_para is not None and self.text[prev_para[0]:prev_para[1]].rstrip().endswith(":") \
                and not self.text[self.paragraphs[q.paragraph][0]:q.open_mark].strip():
            # "In a statement, the ministry said:" ends the paragraph before the quotation
            m = self._colon_clause(prev_para[0], prev_para[1])
            if m is not None:
                return self.resolve(m)
        if prev_para is not None and _QUESTION_LINE_RE.match(self.text, prev_para[0], prev_para[1]) \
                and not self.text[self.paragraphs[q.paragraph][0]:q.open_mark].strip():
            # the answer to an interviewer's question: the person interviewed, last quoted
            for r in reversed(results):
                if r.person is not None:
                    return r
        if i > 0 and self.quotations[i - 1].paragraph == q.paragraph - 1:
            before = self.quotations[i - 1]
            para_lo = self.paragraphs[q.paragraph][0]
            starts_paragraph = not self.text[para_lo:q.open_mark].strip()
            prev_hi = self.paragraphs[before.paragraph][1]
            ends_with_quote = before.close_mark is None or \
                self.sentence_span(before.paragraph, before.open_mark)[1] >= prev_hi
            if q.continues or (starts_paragraph and ends_with_quote):
                return results[i - 1]
        return Attribution(None, None)

    def _colon_clause(self, lo: int, hi: int) -> Mention | None:
        text = self.text
        colon = text.rindex(":", lo, hi)
        starts = [st for st in self.boundaries.get(self._paragraph_at(lo), [lo]) if st <= colon]
        sent_lo = max(starts) if starts else lo
        toks = tokens(text, sent_lo, colon)
        for k in range(len(toks) - 1, 0, -1):
            if toks[k][2].lower() in FINITE_VERBS:
                m = self._subject_before(toks, k, sent_lo)
                if m is not None:
                    return m
        m = parse_speaker(text, sent_lo, colon)
        return m if m is not None and self._is_person(m) else None

    def _reporting_subject(self, paragraph: int, pos: int) -> Mention | None:
        lo, hi = self.sentence_span(paragraph, pos)
        for a, b in self._outside_segments(lo, hi):
            toks = tokens(self.text, a, b)
            for k, (_, _, w) in enumerate(toks):
                if w.lower() in FINITE_VERBS and k > 0:
                    m = self._subject_before(toks, k, a)
                    if m is not None and m.kind in ("person", "name", "pronoun"):
                        return m
                    return None
        return None

    # --- resolution -------------------------------------------------------
