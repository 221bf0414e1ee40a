"""The people (and institutions) a report names, and what a pronoun, a
surname alone, an epithet ("the Dutchman") or a role description ("the
Ukrainian president") stands for. Subjects and speakers are preferred over
passing mentions; genders come only from the text (Mr./Ms., gendered titles,
"his"/"her" after a subject, pronouns already resolved).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace

from .lexicon import (CARRIERS, DETERMINERS, FINITE_VERBS, FUNCTION_CAPS, GENDERED_TITLES, INSCRIPTIONS, LEADER_ROLES,
                      ORG_NOUNS, PREPOSITIONS, TITLES)
from .mentions import Mention, is_cap, is_title, name_runs, tokens

_LEADING_ADVERBS = frozenset("then later also now earlier meanwhile today yesterday still even finally".split())
_ROLE_AFTER_RE = re.compile(r",\s+(?:the|a|an)\s+([\w’'\- ]{2,50}?)\s*[,;.]")
# How far back (characters) a pronoun looks for the person it stands for.
_PRONOUN_REACH = 1500


def _speaks(m: Mention) -> bool:
    """A role description that can speak: "the ministry", "police", "the minister"."""
    head = (m.role or "").split()[-1:] or [""]
    return is_title(head[0]) or head[0].lower() in ORG_NOUNS


def _inscribed(m: Mention) -> bool:
    """"a handwritten sign taped to the door", "the banner": a thing bearing words, no speaker."""
    words = [w.lower() for w in (m.role or "").split()]
    return any(w in INSCRIPTIONS or w.endswith("s") and w[:-1] in INSCRIPTIONS for w in words) \
        and not any(is_title(w) or w in ORG_NOUNS for w in words)


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


class NamedPeople:
    """Mixed into the attributor (which provides the layout and _subject_before)."""

    def _init_people(self) -> None:
        self.agents: list[_Agent] = []  # in text order; add with _add_agent
        self._agent_at: list[int] = []
        self._by_surname: dict[str, list[_Agent]] = {}
        self.orgs: list[Mention] = []
        self.genders: dict[str, str] = {}  # surname -> "m"/"f" as the text's pronouns show
        self.surnames: set[str] = set()
        self._collect_mentions()

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
                        found.append(_Agent(m.start, self._apposed(m, a), None, pi))  # salience: when asked
                    elif m.kind == "org":
                        self.orgs.append(m)
        # a lone capitalised word is a person only as the surname of a fuller name
        surnames = {g.mention.name.split()[-1].lower() for g in found if g.mention.kind == "person"}
        for g in found:
            if g.mention.kind == "person" or g.mention.name.lower() in surnames:
                self._add_agent(g)
        self.surnames = surnames

    def _apposed(self, m: Mention, lo: int) -> Mention:
        """"her nephew, Peter Marsh": a name set off after a role takes its gender, and a
        lone word after a person noun ("her husband, Tomas,") is a person's name."""
        if m.role is None and m.kind == "person":
            # "Mohammed bin Salman, the crown prince, …": the role after the name, for
            # "the prince said" later
            after = _ROLE_AFTER_RE.match(self.text, m.end)
            if after and is_title(after.group(1).split()[-1]):
                m = replace(m, role=after.group(1))
        if not self.text[max(lo, m.start - 3):m.start].rstrip().endswith(","):
            return m  # the common case, decided without tokenising
        before = tokens(self.text, max(lo, m.start - 40), m.start)[-2:]
        if len(before) < 2 or before[-1][2] != "," or self.text[before[-1][1]:m.start].strip():
            return m
        noun = before[0][2].lower()
        gender = m.gender or GENDERED_TITLES.get(noun)
        kind = m.kind
        if kind == "name" and (is_title(noun) or noun == "name") and not is_cap(before[0][2]):
            kind = "person"
        # the role set off before the name ("Saudi Arabia’s energy minister, Prince X"), so that
        # "the Saudi minister" later finds that person
        seg = self.text[max(lo, m.start - 80):before[-1][0]]
        cut = max(seg.rfind(c) for c in ",;:—(“”\"")
        words = seg[cut + 1:].split()
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        role = m.role
        if 0 < len(words) <= 6 and is_title(words[-1]) and not any(
                w.lower() in FINITE_VERBS or w.lower() in PREPOSITIONS and w.lower() != "of" for w in words):
            role = " ".join(words + ([m.role] if m.role else []))
        return replace(m, gender=gender, kind=kind, role=role)

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
        toks = tokens(self.text, m.end, min(hi, m.end + 60))[:8]
        for k, (_, _, w) in enumerate(toks):
            low = w.lower()
            if low in (",", ";", ":") or low in FINITE_VERBS:
                return
            if low in ("his", "himself"):
                self.genders.setdefault(m.name.split()[-1].lower(), "m")
                return
            # "her" before a noun is the subject's own ("her staff"); before a quotation
            # or at the clause's end it is an object ("called her “a …”") and says nothing
            if low == "herself" or low == "her" and k + 1 < len(toks) and toks[k + 1][2][:1].islower() \
                    and not self.text[toks[k][1]:toks[k + 1][0]].strip():
                self.genders.setdefault(m.name.split()[-1].lower(), "f")
                return

    def _is_subject(self, m: Mention, starts: list[int]) -> bool:
        """Is the mention the first noun phrase of its sentence (after an adverbial
        or a role in apposition), or the subject of a reporting verb ("X, who said")?"""
        after = tokens(self.text, m.end, min(len(self.text), m.end + 30))[:3]
        if len(after) >= 3 and after[0][2] == "," and after[1][2].lower() == "who" \
                and after[2][2].lower() in FINITE_VERBS:
            return True
        i = bisect_right(starts, m.start)
        cut = starts[i - 1] if i > 0 else 0
        words = [w for _, _, w in tokens(self.text, cut, m.start)]
        if "," in words:
            comma = len(words) - 1 - words[::-1].index(",")
            before, words = words[:comma], words[comma + 1:]
            first = before[0].lower() if before else ""
            # "In an interview with the Nikkei newspaper, X …": an adverbial opens the sentence
            adverbial = first in PREPOSITIONS or first in FUNCTION_CAPS and first not in DETERMINERS \
                and first not in ("his", "her", "their", "its", "our") or first.endswith("ing")
            # "Senegal’s president, X, …": a role in apposition before the name
            role = 0 < len(before) <= 5 and is_title(before[-1]) and not any(
                w.lower() in FINITE_VERBS or w.lower() in PREPOSITIONS and w.lower() != "of" for w in before)
            if not (adverbial or role or all(w.lower() in FUNCTION_CAPS or not is_cap(w) for w in before)):
                return False
            if role and words:
                return False
        # "Then Ann Lee stood up", "Later Smith said": a leading adverb keeps the subject
        while words and words[0].lower() in _LEADING_ADVERBS:
            words = words[1:]
        # at most a determiner and a short description ("Liverpool boss") before the name
        return len(words) <= 3 and not any(w.lower() in FINITE_VERBS or w.lower() in PREPOSITIONS
                                           or (w.lower() in FUNCTION_CAPS and w.lower() not in DETERMINERS)
                                           for w in words)

    def _is_person(self, m: Mention) -> bool:
        if m.kind == "pronoun":
            return m.gender in ("m", "f", None)
        if m.kind not in ("person", "name") or not m.name:
            return False
        last = m.name.split()[-1].lower()
        return bool(m.role or m.gender) or last in self.surnames and \
            any(g.at != m.start for g in self._by_surname.get(last, ()))

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
            described = self._described_subject(m)
            if described is not None and described.kind == "nominal":
                return Attribution(m, None, described.role)
            return Attribution(m, described or self._antecedent(m))
        if m.kind == "nominal":
            if _inscribed(m):
                return Attribution(m, None)
            source = self._carrier_source(m)
            if source is not None:
                found = self.resolve(source)
                return Attribution(m, found.person, found.description)
            person = self._by_role(m) or self._org_by_head(m)
            return Attribution(m, person, None if person else m.role)
        return Attribution(m, None)

    def _carrier_source(self, m: Mention) -> Mention | None:
        """"…,” the statement read" after "The family released a statement": whoever
        the report said issued the statement (letter, post …) speaks."""
        head = (m.role or "").split()[-1:]
        if not head or head[0].lower() not in CARRIERS:
            return None
        pattern = re.compile(r"\b%ss?\b" % re.escape(head[0].lower()), re.IGNORECASE)
        for found in reversed(list(pattern.finditer(self.text, max(0, m.start - _PRONOUN_REACH), m.start))):
            if self._is_inside(found.start()):
                continue
            para = self._paragraph_at(found.start())
            lo, hi = self.sentence_span(para, found.start())
            subject = self._sentence_subject(lo, found.start())
            if subject is not None and subject.end <= found.start() and subject.kind != "nominal" \
                    or subject is not None and _speaks(subject):
                return subject
        return None

    def _described_subject(self, m: Mention) -> Mention | None:
        """"The Saudi minister smiled. “…,” he said": a role description that is the
        subject of the sentence before, with nobody named since, is who "he" is."""
        if m.gender not in ("m", "f", None):
            return None
        para = self._paragraph_at(m.start)
        lo, _ = self.sentence_span(para, m.start)
        if lo <= self.paragraphs[para][0]:
            return None
        prev_lo, prev_hi = self.sentence_span(para, lo - 1)
        subject = self._sentence_subject(prev_lo, prev_hi)
        if subject is None or subject.kind != "nominal" or not _speaks(subject) \
                or self._agents_between(subject.end, m.start):
            return None
        found = self._by_role(subject)
        if found is None or not found.name:
            # "One witness, who asked not to be named, said … “…,” he said": nobody named,
            # so the description itself, if it is one person
            head = (subject.role or "").split()[-1].lower()
            single = subject.text.split()[0].lower() in ("a", "an", "one", "the") \
                and not (head.endswith("s") and head not in TITLES) and head not in ("police", "people")
            known = GENDERED_TITLES.get(head)
            fits = m.gender is None or known is None or known == m.gender
            # …unless the paragraph has named someone the description may stand for
            named = self._agents_between(self.paragraphs[para][0], subject.start)
            return subject if single and fits and not named else None
        known = found.gender or self.genders.get(found.name.split()[-1].lower())
        return found if m.gender is None or known is None or known == m.gender else None

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
                    # "Analysts at ING wrote": a plural role makes the phrase a group
                    group = g is not None and g.role and is_title(g.role.split()[0]) \
                        and g.role.split()[0].lower().endswith("s")
                    return g if g is not None and (g.kind in ("nominal", "org") or group) else None
        # "Lawyers for the family filed suit. “…,” they said": the group the sentence is about
        g = self._sentence_subject(prev_lo, prev_hi)
        if g is not None and (g.kind == "org" or g.kind == "nominal" and _speaks(g)
                              and (g.role or "").split()[0].lower().endswith("s")):
            return g
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
