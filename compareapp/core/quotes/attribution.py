"""Who said each quotation of one document, from the reporting clause around it.

The clause is looked for after the quotation (“…,” Smith said / said Smith /
according to Smith), then before it (Smith said: “…” / Smith, stating, “…”),
then, for a fragment quoted inside a sentence, in the sentence itself (its
subject, or "X’s remarks that …"). A quotation without any clause takes the
speaker of the quotation before it in the paragraph, or of the quotation it
continues from the paragraph before. Pronouns and role descriptions ("the
Ukrainian president") are resolved against the people the document has
already named, preferring subjects and speakers over passing mentions.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from .extract import Quotation, is_abbreviation, paragraph_spans
from .lexicon import (DETERMINERS, FINITE_VERBS, FUNCTION_CAPS, LEADER_ROLES, ORG_NOUNS, PARTICIPLES,
                      PREPOSITIONS, PRONOUNS, STATEMENT_NOUNS)
from .mentions import Mention, is_cap, is_title, name_runs, parse_speaker, tokens

_CONJUNCTIONS = frozenset("while and but as because although though whereas when after before since so yet or "
                          "if unless until".split())
# How far back (characters) a pronoun looks for the person it stands for.
_PRONOUN_REACH = 1500
_QUOTE_CHARS = "“”„«»\"‘’'"
_BOUNDARY_RE = re.compile(r"[.!?…]+[’'\"”)]*\s+")


def _speaks(m: Mention) -> bool:
    """A role description that can speak: "the ministry", "police", "the minister"."""
    head = (m.role or "").split()[-1:] or [""]
    return is_title(head[0]) or head[0].lower() in ORG_NOUNS


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words) \
        and text.rstrip()[-1:] not in ".!?”\""


@dataclass
class Attribution:
    mention: Mention | None  # the clause's speaker as written
    person: Mention | None  # the named person/organisation it resolves to (None: unattributed)
    description: str | None = None  # an unresolved role description ("the ministry")


@dataclass
class _Agent:
    at: int
    mention: Mention
    salient: bool | None  # a subject or a speaker (pronouns prefer these); None: not yet known
    paragraph: int = -1


class DocumentAttributor:
    def __init__(self, document, quotations: list[Quotation]):
        self.text = document.text
        self.paragraphs = paragraph_spans(document)
        self._para_starts = [lo for lo, _ in self.paragraphs]
        self.quotations = quotations
        self.inside = sorted(self._inside_spans())
        self._inside_starts = [a for a, _ in self.inside]
        self.agents: list[_Agent] = []  # in text order; add with _add_agent
        self._agent_at: list[int] = []
        self._by_surname: dict[str, list[_Agent]] = {}
        self.orgs: list[Mention] = []
        self.genders: dict[str, str] = {}  # surname -> "m"/"f" as the text's pronouns show
        self.boundaries: dict[int, list[int]] = {}
        for pi, (lo, hi) in enumerate(self.paragraphs):
            self.boundaries[pi] = self._sentence_starts(lo, hi)
        self._collect_mentions()

    # --- layout ------------------------------------------------------------
    def _inside_spans(self) -> list[tuple[int, int]]:
        out = []
        for q in self.quotations:
            end = q.close_mark if q.close_mark is not None else self.paragraphs[q.paragraph][1]
            out.append((q.open_mark, end + 1))
        return out

    def _is_inside(self, pos: int) -> bool:
        i = bisect_right(self._inside_starts, pos) - 1
        return i >= 0 and self.inside[i][0] <= pos < self.inside[i][1]

    def _sentence_starts(self, lo: int, hi: int) -> list[int]:
        text, starts = self.text, [lo]
        for m in _BOUNDARY_RE.finditer(text, lo, hi):
            nxt = m.end()
            if nxt >= hi or not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in _QUOTE_CHARS):
                continue
            dot = m.start()
            if text[dot] == "." and is_abbreviation(text, dot):
                continue
            # a boundary inside a quotation is the quotation's own business
            tail = m.group().rstrip()
            close_at = dot + len(tail) - 1
            if self._is_inside(dot) and not (tail[-1] in _QUOTE_CHARS and not self._is_inside(close_at + 1)
                                             and self._closes_quote(close_at)):
                continue
            starts.append(nxt)
        return starts

    def _closes_quote(self, pos: int) -> bool:
        return any(q.close_mark == pos for q in self.quotations)

    def sentence_span(self, paragraph: int, pos: int) -> tuple[int, int]:
        starts = self.boundaries[paragraph]  # sorted, starts[0] is the paragraph start
        i = bisect_right(starts, pos)
        lo = starts[i - 1] if i > 0 else starts[0]
        hi = starts[i] if i < len(starts) else self.paragraphs[paragraph][1]
        return lo, hi

    def _outside_segments(self, lo: int, hi: int) -> list[tuple[int, int]]:
        segs, pos = [], lo
        first = max(0, bisect_right(self._inside_starts, lo) - 1)
        for a, b in self.inside[first:]:
            if a >= hi:
                break
            if b <= lo:
                continue
            if a > pos:
                segs.append((pos, a))
            pos = max(pos, b)
        if pos < hi:
            segs.append((pos, hi))
        return segs

    # --- who the document names ----------------------------------------------
    def _collect_mentions(self) -> None:
        found = []
        # who is named after the last quotation never speaks in this report
        last = max((q.paragraph for q in self.quotations), default=-1)
        for pi, (lo, hi) in enumerate(self.paragraphs[:last + 1]):
            if _title_case(self.text[lo:hi]):
                continue  # headlines and "Read also" lines capitalise every word
            for a, b in self._outside_segments(lo, hi):
                for m in name_runs(self.text, a, b):
                    if m.kind in ("person", "name") and not m.possessive:
                        found.append(_Agent(m.start, m, None, pi))  # salience: when a pronoun asks
                    elif m.kind == "org":
                        self.orgs.append(m)
        # a lone capitalised word is a person only as the surname of a fuller name
        surnames = {g.mention.name.split()[-1].lower() for g in found if g.mention.kind == "person"}
        for g in found:
            if g.mention.kind == "person" or g.mention.name.lower() in surnames:
                self._add_agent(g)
        self.surnames = surnames

    def _add_agent(self, g: _Agent) -> None:
        i = bisect_right(self._agent_at, g.at)
        self._agent_at.insert(i, g.at)
        self.agents.insert(i, g)
        if g.mention.name:
            insort(self._by_surname.setdefault(g.mention.name.split()[-1].lower(), []), g, key=lambda a: a.at)

    def _agents_between(self, lo: int, hi: int) -> list[_Agent]:
        return self.agents[bisect_left(self._agent_at, lo):bisect_left(self._agent_at, hi)]

    def _salient(self, g: _Agent) -> bool:
        if g.salient is None:
            g.salient = self._is_subject(g.mention, self.boundaries[g.paragraph])
            if g.salient and g.mention.gender is None:
                self._possessive_gender(g.mention, self.paragraphs[g.paragraph][1])
        return g.salient

    def _possessive_gender(self, m: Mention, hi: int) -> None:
        """"Smith thanked her staff" / "Smith and his wife": the subject's own pronoun,
        read before the clause ends."""
        for _, _, w in tokens(self.text, m.end, min(hi, m.end + 60))[:8]:
            low = w.lower()
            if low in (",", ";", ":") or low in FINITE_VERBS:
                return
            if low in ("his", "himself"):
                self.genders.setdefault(m.name.split()[-1].lower(), "m")
                return
            if low in ("her", "herself"):
                self.genders.setdefault(m.name.split()[-1].lower(), "f")
                return

    def _is_subject(self, m: Mention, starts: list[int]) -> bool:
        """Is the mention the first noun phrase of its sentence (after an adverbial)?"""
        i = bisect_right(starts, m.start)
        cut = starts[i - 1] if i > 0 else 0
        head = self.text[max(cut, m.start - 60):m.start]
        words = [w for _, _, w in tokens(head)]
        if "," in words:
            # "In response, X ..." — only an adverbial before the comma
            before = words[:words.index(",")]
            words = words[words.index(",") + 1:]
            if not all(w.lower() in FUNCTION_CAPS or not is_cap(w) for w in before):
                return False
        # at most a determiner and a short description ("Liverpool boss") before the name
        return len(words) <= 3 and not any(w.lower() in FINITE_VERBS or w.lower() in PREPOSITIONS
                                           or (w.lower() in FUNCTION_CAPS and w.lower() not in DETERMINERS)
                                           for w in words)

    # --- attribution ----------------------------------------------------------
    def attribute(self) -> list[Attribution]:
        results: list[Attribution] = []
        for i, q in enumerate(self.quotations):
            mention = self._clause_after(i) or self._clause_before(i, results)
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
            if results[i].person is not None or results[i].description or results[i + 1].person is None:
                continue
            same_run = nxt.continues and q.close_mark is None or (
                nxt.paragraph == q.paragraph and q.close_mark is not None
                and not self.text[q.close_mark + 1:nxt.open_mark].strip())
            if same_run:
                results[i] = results[i + 1]
        return results

    def _is_embedded(self, q: Quotation) -> bool:
        lo, _ = self.sentence_span(q.paragraph, q.open_mark)
        before = self.text[lo:q.open_mark].rstrip()
        return bool(before) and before[-1].isalnum()

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
        content_end = text[q.start:q.end].rstrip()[-1:]
        lead = text[lo:hi].lstrip()
        if not lead:
            return None
        if not (content_end in ",!?—–-…" or lead[0] in ",—–" or content_end == "." and lead[0].islower()):
            return None
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
        pre = [w.lower() for _, _, w in tokens(self.text, lo, m.start) if w != ","]
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

    def _is_person(self, m: Mention) -> bool:
        if m.kind == "pronoun":
            return m.gender in ("m", "f", None)
        if m.kind not in ("person", "name") or not m.name:
            return False
        last = m.name.split()[-1].lower()
        return bool(m.role or m.gender) or last in self.surnames and \
            any(g.at != m.start for g in self._by_surname.get(last, ()))

    def _subject_before(self, toks, k: int, lo: int) -> Mention | None:
        """The noun phrase right before a reporting verb, across an apposition
        ("Smith, 54, said", "Karen Bass, the mayor, said") but not across an
        adverbial ("In a post on X, Sen. Cantwell wrote")."""
        start = lo
        for j in range(k - 1, -1, -1):
            if toks[j][2] in (";",) or toks[j][2].lower() in ("and", "but", "while", "as", "that", "who"):
                if toks[j][2].lower() == "who" and j > 1 and toks[j - 1][2] == "," and j == k - 1:
                    # "Trump, who said …": the antecedent just before the comma
                    runs = name_runs(self.text, max(lo, toks[j - 1][0] - 80), toks[j - 1][0])
                    if runs and runs[-1].end == toks[j - 2][1] and not runs[-1].possessive:
                        return runs[-1]
                start = toks[j][1]
                break
        end = toks[k][0]
        commas = [t[1] for t in toks if start <= t[0] < end and t[2] == ","]
        starts = [start] + commas
        last = parse_speaker(self.text, starts[-1], end)
        if len(starts) > 1:
            head = self.text[starts[-1]:end].split()
            appositive = not head or head[0].lower() in DETERMINERS or head[0][:1].isdigit() \
                or head[0][:1].isupper() and "-" in head[0]
            if last is None or appositive:
                prev = parse_speaker(self.text, starts[-2], end)
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

    def _sentence_subject(self, lo: int, hi: int) -> Mention | None:
        segs = self._outside_segments(lo, hi)
        if not segs:
            return None
        a, b = segs[0]
        m = parse_speaker(self.text, a, b)
        if m is not None and m.possessive:
            # "Smith’s message was clear: …" speaks for Smith; "Smith’s car" does not
            after = [w.lower() for _, _, w in tokens(self.text, m.end, min(b, m.end + 30))][:1]
            if not (after and after[0] in STATEMENT_NOUNS):
                return None
            m = Mention(m.text, m.start, m.end, m.kind, m.name, m.role, m.gender, False)
        if m is None:
            return None
        # the subject opens the sentence, after at most an adverbial
        head = [w for _, _, w in tokens(self.text, a, m.start)]
        if len(head) > 6:
            return None
        return m

    def _sentence_speaker(self, q: Quotation) -> Mention | None:
        """Speaker of a fragment quoted inside a sentence."""
        lo, hi = self.sentence_span(q.paragraph, q.open_mark)
        text = self.text
        # "X’s remarks that … “…”": nearest before the quotation
        runs = []
        for a, b in self._outside_segments(lo, q.open_mark):
            runs.extend(name_runs(text, a, b))
        for m in reversed(runs):
            if m.possessive:
                after = [w.lower() for _, _, w in tokens(text, m.end, min(q.open_mark, m.end + 40))][:3]
                if after and after[0] in STATEMENT_NOUNS and "that" in after[1:]:
                    return m
        # "After meeting Biden, Smith said the talks were “productive”": the reporting verb's subject
        for a, b in reversed(self._outside_segments(lo, q.open_mark)):  # the clause nearest the quote
            toks = tokens(text, a, b)
            k = next((k for k, t in enumerate(toks) if k > 0 and t[2].lower() in FINITE_VERBS), None)
            if k is not None:
                m = self._subject_before(toks, k, a)
                if m is not None and not m.possessive and (m.kind != "nominal" or _speaks(m)):
                    return m
            break
        subject = self._sentence_subject(lo, q.open_mark)
        known = subject is not None and (subject.kind == "person" or subject.kind == "pronoun"
                                         or (subject.name or "").lower() in self.surnames)
        if known:
            return subject
        # a country or an institution as subject: a person the sentence names speaks for it
        runs += [m for a, b in self._outside_segments(q.end, hi) for m in name_runs(text, a, b)]
        if subject is not None and subject.kind != "nominal":
            people = [m for m in runs if not m.possessive and m.kind == "person"]
            return people[0] if people else subject
        before = [m for m in runs if m.end <= q.open_mark]
        after = [m for m in runs if m.start >= q.end]
        for m in reversed(before):
            if not m.possessive and m.kind == "person":
                return m
        for m in after:
            if not m.possessive and m.kind == "person":
                return m
        return subject

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

    def _paragraph_at(self, pos: int) -> int:
        return max(0, bisect_right(self._para_starts, pos) - 1)

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
    def resolve(self, m: Mention) -> Attribution:
        if m.kind == "name" and m.text.split()[0].lower() in DETERMINERS and not m.name.isupper() \
                and m.name.lower() not in self.surnames:
            # "the Dutchman said", "the Egyptian replied": an epithet for someone already named
            found = self._antecedent(Mention(m.text, m.start, m.end, "pronoun"))
            return Attribution(m, found if found is not None else m)
        if m.kind in ("person", "name") and m.name and len(m.name.split()) == 1:
            return Attribution(m, self._fuller(m))
        if m.kind in ("person", "name", "org"):
            return Attribution(m, m)
        if m.kind == "pronoun":
            if m.gender == "pl":
                group = self._plural_antecedent(m)
                if group is not None:
                    resolved = self.resolve(group)
                    return Attribution(m, resolved.person, resolved.description)
            return Attribution(m, self._antecedent(m))
        if m.kind == "nominal":
            person = self._by_role(m) or self._org_by_head(m)
            return Attribution(m, person, None if person else m.role)
        return Attribution(m, None)

    def _fuller(self, m: Mention) -> Mention:
        """A surname alone means the person of that surname the text named last
        (or, if it names them only later, first)."""
        same = self._by_surname.get(m.name.lower(), [])
        split = bisect_left(same, m.start, key=lambda g: g.at)
        pick = next((g for g in reversed(same[:split]) if len(g.mention.name.split()) >= 2), None) \
            or next((g for g in same[split:] if len(g.mention.name.split()) >= 2), None)
        if pick is None:  # family name first: "Xi" after "Xi Jinping"
            pick = next((g for g in reversed(self._agents_between(0, m.start))
                         if g.mention.name and len(g.mention.name.split()) == 2
                         and g.mention.name.split()[0] == m.name), None)
        if pick is None:
            return m
        return Mention(m.text, m.start, m.end, "person", pick.mention.name,
                       m.role or pick.mention.role, m.gender or pick.mention.gender)

    def _plural_antecedent(self, m: Mention) -> Mention | None:
        """"they wrote" after "Bank analysts wrote …": the group the sentence before reports."""
        para = self._paragraph_at(m.start)
        lo, _ = self.sentence_span(para, m.start)
        if lo <= self.paragraphs[para][0]:
            return None
        prev_lo, prev_hi = self.sentence_span(para, lo - 1)
        for a, b in self._outside_segments(prev_lo, prev_hi):
            toks = tokens(self.text, a, b)
            for k, (_, _, w) in enumerate(toks):
                if w.lower() in FINITE_VERBS and k > 0:
                    g = self._subject_before(toks, k, a)
                    return g if g is not None and g.kind in ("nominal", "org") else None
        return None

    def _antecedent(self, m: Mention) -> Mention | None:
        if m.gender in ("n", "pl", "s"):
            return None

        def fits(g: _Agent) -> bool:
            known = g.mention.gender or self.genders.get((g.mention.name or "").split()[-1:][0].lower()
                                                         if g.mention.name else "")
            return m.gender is None or known is None or known == m.gender
        para = self._paragraph_at(m.start)
        # the two paragraphs before, and no further back than a long paragraph's length
        window_lo = max(self.paragraphs[max(0, para - 2)][0], m.start - _PRONOUN_REACH)
        window = self._agents_between(window_lo, m.start)
        for g in window:
            self._salient(g)  # also reads the subject's own his/her
        candidates = [g for g in window if fits(g)]
        salient = [g for g in candidates if g.salient]
        pick = (salient or candidates)
        found = pick[-1].mention if pick else None
        if found is None:
            earlier = self._agents_between(0, m.start)
            found = next((g.mention for g in reversed(earlier) if self._salient(g) and fits(g)), None)
        if found is not None and found.name and m.gender in ("m", "f"):
            # "he said" settles that person's pronoun for the rest of the report
            self.genders.setdefault(found.name.split()[-1].lower(), m.gender)
        return found

    def _org_by_head(self, m: Mention) -> Mention | None:
        """"the center" after "the National Hurricane Center": the last one named."""
        head = (m.role or "").split()[-1:]
        if not head:
            return None
        named = [o for o in self.orgs if o.start < m.start and o.name
                 and o.name.split()[-1].lower() == head[0].lower()]
        return named[-1] if named else None

    def _by_role(self, m: Mention) -> Mention | None:
        if not m.role:
            return None
        before = self._agents_between(0, m.start)
        found = next((g.mention for g in reversed(before) if role_fits(m.role, g.mention.role)), None)
        if found is None:
            found = next((g.mention for g in self.agents if role_fits(m.role, g.mention.role)), None)
        return found


def role_fits(description: str, role: str | None) -> bool:
    """Does "the Ukrainian leader" describe someone titled "Ukrainian President"?
    The head noun must be in the title (a leader word for "leader"/"head") and
    every modifier too; descriptions with "of"/"for" are too specific to match."""
    words = [w.lower() for w in description.split()]
    have = [w.lower() for w in (role or "").split()]
    if not words or not have or "of" in words or "for" in words:
        return False
    head, modifiers = words[-1], [w for w in words[:-1] if w not in ("former", "top", "new", "then")]
    ok = any(w in LEADER_ROLES for w in have) if head in ("leader", "head") else head in have
    return ok and all(w in have for w in modifiers)
