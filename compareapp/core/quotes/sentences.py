"""Who speaks in a sentence that holds a quotation but no reporting clause for it:
the sentence's subject, the one who "called" something so, the owner of "X’s
remarks that …", or the subject of a reporting verb elsewhere in the sentence
("After meeting Biden, Smith said the talks were “productive”")."""
from __future__ import annotations

import re

from .extract import Quotation
from .lexicon import FINITE_VERBS, FUNCTION_CAPS, INSCRIPTIONS, STATEMENT_NOUNS
from .mentions import Mention, name_runs, parse_speaker, tokens
from .people import _speaks

_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z.’' -]+(?:,\s*[A-Z][\w.’' -]*)?\s*(?:\([^)]{1,30}\))?\s*[—–-]\s*")
_CALLED_RE = re.compile(r"(?:^|[,;—–(]|\b(?:what|which|that|as)\b)"
                        r"(?P<who>(?:(?!\b(?:what|which|that|as)\b)[^,;“”\"()]){2,60}?)\s+"
                        r"(?:called|calls|call|described\s+as|describes\s+as|describe\s+as|termed|dubbed)"
                        r"(?:\s+(?:it|them|him|her|this|that))?\s*$"
                        # passive: "was described by the judges as “…”"
                        r"|\b(?:described|called|dubbed|termed|branded)\s+by\s+(?P<by>[^,;“”\"()]{2,60}?)\s+as\s*$")

# "placards reading “…”", "a banner that said “…”", "T-shirts bearing the words “…”"
_INSCRIBED_RE = re.compile(r"\b(?P<thing>[A-Za-z\-]+)\s+(?:(?:that|which)\s+)?"
                           r"(?:read|reads|reading|say|says|said|saying|bear|bears|bore|bearing|with)"
                           r"(?:\s+the\s+(?:words?|slogans?|messages?|legend))?\s*:?\s*$")


class SentenceSpeakers:
    """Mixed into the attributor (which provides the layout, the people and _subject_before)."""

    def _sentence_subject(self, lo: int, hi: int) -> Mention | None:
        segs = self._outside_segments(lo, hi)
        if not segs:
            return None
        a, b = segs[0]
        dateline = _DATELINE_RE.match(self.text, a, b)
        if dateline:
            a = dateline.end()  # "CHICAGO (AP) — A federal jury …": the place is no subject
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
        # a longer opening clause is fine when it is set off by a comma and opens with an
        # adverbial word ("Asked about the envoy’s comments, the minister smiled")
        adverbial = head and head[-1] == "," and (head[0].lower() in FUNCTION_CAPS or head[0].endswith("ing"))
        if len(head) > (14 if adverbial else 6):
            return None
        return m

    def _inscription_before(self, q: Quotation) -> Mention | None:
        """"Hundreds carried placards reading “…”": the thing bearing the words, which
        resolves to nobody (people.py), rather than the sentence's subject."""
        lo, _ = self.sentence_span(q.paragraph, q.open_mark)
        found = _INSCRIBED_RE.search(self.text, max(lo, q.open_mark - 60), q.open_mark)
        thing = found.group("thing").lower() if found else ""
        if thing in INSCRIPTIONS or thing.endswith("s") and thing[:-1] in INSCRIPTIONS:
            return Mention(found.group("thing"), found.start("thing"), found.end("thing"), "nominal", role=thing)
        return None

    def _sentence_speaker(self, q: Quotation) -> Mention | None:
        """Speaker of a fragment quoted inside a sentence."""
        lo, hi = self.sentence_span(q.paragraph, q.open_mark)
        text = self.text
        # "what prosecutors called “…”", "a plan critics described as “…”": the one who calls it so
        called = _CALLED_RE.search(text, max(lo, q.open_mark - 120), q.open_mark)
        if called:
            group = "who" if called.group("who") else "by"
            m = parse_speaker(text, called.start(group), called.end(group))
            # "what it called “…”" (a country, a ministry): the person the sentence names speaks
            if m is not None and not m.possessive and (m.kind != "nominal" or _speaks(m)) \
                    and not (m.kind == "pronoun" and m.gender == "n"):
                return m
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
                # the subject of a reporting verb speaks, whatever it is ("the couple said")
                if m is not None and not m.possessive:
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
        # "Many carried placards reading “…”": a subject that cannot speak names nobody
        return subject if subject is None or subject.kind != "nominal" or _speaks(subject) else None
