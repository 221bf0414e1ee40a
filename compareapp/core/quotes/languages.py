"""Reporting clauses in Russian, Ukrainian, German, French and Spanish news.

Only a report whose running text is in one of these languages (detect_language)
is read with these patterns, so English reports keep exactly the English rules.
The patterns are the wire-copy commonplaces:

    ru/uk  «…», — сказал/заявила Песков / она.   Песков заявил: «…»   по словам Пескова, «…»
    de     „…“, sagte Scholz / er.   Scholz sagte: „…“   „…“, so Scholz.   laut Scholz, „…“
    fr     « … », a déclaré Macron / a-t-il dit.   Macron a affirmé : « … »   selon Macron, « … »
    es     «…», dijo Sánchez / declaró el presidente.   Sánchez afirmó: «…»   según Sánchez, «…»

A name in an oblique case (по словам Пескова) is given its nominative when the
report writes that form elsewhere (Песков); a pronoun is the latest person
named before it whose gender fits; a role ("el presidente") is the one person
the report has named with that role. Anything else stays unattributed.
"""
from __future__ import annotations

import re

from .mentions import Mention
from .people import Attribution

_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")
_CYRILLIC_RE = re.compile(r"[а-яёіїєґ]")

_STOPWORDS = {
    "en": "the and of to in is that for was with said on his her from by has have it are".split(),
    "de": "der die das und ist nicht mit den dem ein eine sich auch auf für von zu im wird nach hat wir "
          "es sei werden sagte sagt betonte erklärte".split(),
    "fr": "le la les et des est une dans pour que qui sur pas du au avec il elle ont été nous selon "
          "déclaré affirmé ajouté".split(),
    "es": "el los las y del que en una por con para es se su al lo como más pero fue según dijo afirmó "
          "declaró aseguró".split(),
}


def detect_language(text: str) -> str | None:
    """"ru", "uk", "de", "fr", "es" for a report written in that language, else None."""
    words = _WORD_RE.findall(text[:20000].lower())
    if len(words) < 4:
        return None
    cyrillic = sum(1 for w in words if _CYRILLIC_RE.match(w))
    if cyrillic > len(words) / 2:
        uk = len(re.findall(r"[іїєґ]", text)) + sum(w in ("і", "та", "що", "як", "він", "вона") for w in words)
        ru = len(re.findall(r"[ыэъё]", text)) + sum(w in ("и", "что", "как", "он", "она", "это") for w in words)
        return "uk" if uk > ru else "ru"
    counts = {lang: sum(1 for w in words if w in set(sw)) for lang, sw in _STOPWORDS.items()}
    for lang in ("de", "fr", "es"):  # a reporting verb is strong evidence
        counts[lang] += sum(1 for w in words if w in VERBS[lang] and w not in _AMBIGUOUS)
    best = max(("de", "fr", "es"), key=lambda lang: counts[lang])
    if counts[best] >= 2 and counts[best] > 2 * counts["en"] + 1:
        return best
    return None


_AMBIGUOUS = {"so", "dice", "dit", "lance", "estime", "annonce", "juge", "indique"}


def _forms(stems: str, endings: tuple[str, ...]) -> set[str]:
    return {s + e for s in stems.split() for e in endings}


# reporting verbs, as the words that carry them
_RU_PAST = "сказал заявил отметил подчеркнул добавил сообщил пояснил написал уточнил признал ответил " \
           "рассказал указал заметил напомнил предупредил констатировал считает"
_UK_PAST_M = "сказав заявив зазначив наголосив додав повідомив пояснив написав уточнив визнав відповів " \
             "розповів вказав зауважив нагадав попередив"
VERBS = {
    "ru": _forms(_RU_PAST, ("", "а")) | set("говорит заявляет отмечает подчеркивает подчёркивает "
                                           "считает говорится".split()),
    "uk": set(_UK_PAST_M.split()) | {w[:-1] + "ла" if w.endswith("в") else w + "ла" for w in _UK_PAST_M.split()}
    | {"розповіла", "каже", "говорить", "заявляє", "зазначає", "наголошує", "вважає"},
    "de": set("sagte sagt erklärte erklärt betonte betont fügte ergänzte meinte schrieb warnte kritisierte "
              "unterstrich bekräftigte versicherte räumte teilte so sagten erklärten".split()),
    "fr": set("déclaré dit affirmé ajouté souligné expliqué estimé indiqué précisé assuré martelé lancé "
              "insisté averti confié répondu rappelé jugé annoncé reconnu écrit prévenu déclare affirme "
              "ajoute souligne explique estime indique précise assure lance insiste rappelle juge "
              "annonce".split()),
    "es": set("dijo afirmó declaró señaló añadió agregó aseguró explicó subrayó indicó destacó advirtió "
              "insistió sostuvo manifestó apuntó expresó comentó reconoció dice afirma asegura explica "
              "señala añade declara".split()),
}
# "по словам Пескова", "selon Macron": the words are the named person's
_ACCORDING_RE = {
    "ru": r"(?:[Пп]о\s+словам|[Пп]о\s+мнению)",
    "uk": r"(?:[Зз]а\s+словами|[Нн]а\s+думку)",
    "de": r"(?:[Ll]aut|[Nn]ach\s+Angaben\s+von)",
    "fr": r"(?:[Ss]elon|[Dd]’après|[Dd]'après)",
    "es": r"(?:[Ss]egún|[Dd]e\s+acuerdo\s+con)",
}
PRONOUNS = {
    "ru": {"он": "m", "она": "f"},
    "uk": {"він": "m", "вона": "f"},
    "de": {"er": "m", "sie": "f"},
    "fr": {"il": "m", "elle": "f"},
    "es": {"él": "m", "ella": "f"},
}
DETERMINERS = {
    "de": set("der die das ein eine des dem den".split()),
    "fr": set("le la les l un une".split()),
    "es": set("el la los las un una".split()),
    "ru": set(), "uk": set(),
}
# words between a verb and its subject that are no part of it: "сказал журналистам Песков"
_PREPOSITIONS = set("в на во с со у к по за о об при для из від до у в на про "
                    "in im am an auf bei mit nach vor für zu zum zur "
                    "à au aux dans en sur chez pour par avec de du des "
                    "a al en con por para ante desde de del".split())
# capitalised words that are no names (sentence openers, pronouns, months)
_NOT_NAMES = set("""он она они оно это этот эта в на по но и а він вона вони це у та за
er sie es wir ich der die das ein eine am im in auf dazu auch doch aber und so
il elle ils elles le la les un une au en dans mais et selon pour
él ella ellos el los las un una en pero y según para""".split())
_PARTICLES = set("von van der den de del della la le di da du dos das y".split())
_UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
_NAME_RUN_RE = re.compile(r"(?<![\w’'\-])(?:[%s][\w’'\-]*)"
                          r"(?:\s+(?:(?:von|van|der|den|de|del|della|di|da|du|dos|le|la)\s+)*"
                          r"[%s][\w’'\-]*)*" % (_UPPER, _UPPER))
# an oblique case ending and the nominative endings it may come from
_CASES = (("ського", ("ський",)), ("ской", ("ская",)), ("ского", ("ский",)), ("ого", ("ий", "ой", "ый")),
          ("его", ("ий",)), ("ової", ("ова",)), ("евої", ("ева",)), ("ой", ("а", "ая")), ("ої", ("а",)),
          ("ии", ("ия",)), ("ії", ("ія",)), ("ым", ("ый", "ий")), ("ому", ("ий", "ой")),
          ("я", ("й", "ь", "я")), ("а", ("",)), ("и", ("а", "я")), ("ы", ("а",)), ("у", ("", "а")),
          ("ю", ("й", "ь", "я")), ("е", ("а", "")))
_FEMININE_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ська", "цька", "ая")
_MASCULINE_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ськ", "ий", "ый")


def _gender_of(name: str, lang: str) -> str | None:
    words = name.split()
    if lang in ("ru", "uk"):
        last = words[-1].lower()
        if last.endswith(_FEMININE_ENDINGS):
            return "f"
        if last.endswith(_MASCULINE_ENDINGS):
            return "m"
        if len(words) > 1:
            return "f" if words[0].lower().endswith(("а", "я")) else "m"
        return None
    if len(words) > 1 and lang in ("es", "de", "fr") and words[0].lower().endswith("a"):
        return "f"  # Angela, Ursula, Yolanda, Giorgia
    if len(words) > 1 and lang == "es" and words[0].lower().endswith("o"):
        return "m"
    return None


def _verb_gender(word: str, lang: str) -> str | None:
    if lang == "ru" and word.endswith("л"):
        return "m"
    if lang == "ru" and word.endswith("ла"):
        return "f"
    if lang == "uk" and word.endswith("ла"):
        return "f"
    if lang == "uk" and word.endswith(("в", "іс")):
        return "m"
    return None


class ForeignClauses:
    """Reads the reporting clause of a quotation in a report written in ``lang``."""

    def __init__(self, attributor, lang: str):
        self.a = attributor
        self.text = attributor.text
        self.lang = lang
        self.vocabulary = set(_WORD_RE.findall(self.text))
        self.people: list[tuple[int, str, str | None]] = []  # (position, name, gender)
        self._collect_people()

    # --- names ------------------------------------------------------------
    def _clean_run(self, run: str, s: int) -> tuple[str, int] | None:
        words = run.split()
        offset = 0
        while words and (words[0].lower() in _NOT_NAMES or words[0].lower() in DETERMINERS[self.lang]):
            offset += len(words[0]) + 1
            words = words[1:]
        if self.lang in ("ru", "uk"):
            # "президент Украины Владимир Зеленский": the country is no part of the name
            while len(words) > 1 and words[0].lower().endswith(("ы", "ии", "ії", "и")):
                offset += len(words[0]) + 1
                words = words[1:]
        while len(words) > 1 and words[0].isupper() and len(words[0]) > 1:
            offset += len(words[0]) + 1  # "МИД Мария Захарова": the institution before the name
            words = words[1:]
        caps = [w for w in words if w not in _PARTICLES]
        if not caps or any(w.isupper() and len(w) > 1 for w in caps):
            return None  # "CNN", "МИД": an acronym names an institution
        # "Bundeskanzler Olaf Scholz": a name is its last two capitalised words (with particles)
        keep, seen = [], 0
        for w in reversed(words):
            if w not in _PARTICLES:
                if seen == 2:
                    break
                seen += 1
            keep.insert(0, w)
        while keep and keep[0] in _PARTICLES:
            keep = keep[1:]
        name = " ".join(keep)
        return name, s + self.text[s:].find(keep[0], offset) if keep else s

    def _collect_people(self) -> None:
        full = []
        for a, b in self.a._outside_segments(0, len(self.text)):
            for m in _NAME_RUN_RE.finditer(self.text, a, b):
                cleaned = self._clean_run(m.group(), m.start())
                if cleaned and len(cleaned[0].split()) >= 2:
                    full.append((m.start(), cleaned[0], _gender_of(cleaned[0], self.lang)))
        surnames = {n.split()[-1] for _, n, _ in full}
        # a lone surname counts once the report has its fuller name
        for a, b in self.a._outside_segments(0, len(self.text)):
            for m in _NAME_RUN_RE.finditer(self.text, a, b):
                if m.group() in surnames:
                    full.append((m.start(), m.group(), None))
        self.people = sorted(full)

    def nominative(self, word: str) -> str:
        """Пескова -> Песков, Зеленского -> Зеленский, when the report writes that form."""
        if self.lang not in ("ru", "uk"):
            return word
        for ending, bases in _CASES:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                for base in bases:
                    cand = word[:len(word) - len(ending)] + base
                    if cand != word and cand in self.vocabulary:
                        return cand
        return word

    def fuller(self, name: str, at: int) -> tuple[str, str | None]:
        """A lone surname as the latest full name before ``at`` (else the first after) with it."""
        if len(name.split()) > 1:
            return name, _gender_of(name, self.lang)
        fits = [(p, n, g) for p, n, g in self.people if len(n.split()) > 1 and n.split()[-1] == name]
        before = [f for f in fits if f[0] < at]
        pick = before[-1] if before else (fits[0] if fits else None)
        return (pick[1], pick[2]) if pick else (name, _gender_of(name, self.lang))

    def _mention(self, name: str, s: int, e: int, gender: str | None, inflected: bool = False) -> Attribution:
        if inflected:
            name = " ".join(self.nominative(w) for w in name.split())
        full, g = self.fuller(name, s)
        gender = gender or g
        kind = "person" if len(full.split()) > 1 else "name"
        m = Mention(self.text[s:e], s, e, kind, name, None, gender)
        person = Mention(self.text[s:e], s, e, kind, full, None, gender)
        self.people.append((s, full, gender))
        self.people.sort()
        return Attribution(m, person)

    def _pronoun(self, word: str, s: int, gender: str) -> Attribution:
        m = Mention(word, s, s + len(word), "pronoun", gender=gender)
        for _, name, g in reversed([p for p in self.people if p[0] < s]):
            if g is None or g == gender:
                person = Mention(word, s, s + len(word), "person" if len(name.split()) > 1 else "name",
                                 name, None, gender)
                return Attribution(m, person)
        return Attribution(m, None)

    def _role(self, role: str, s: int, e: int) -> Attribution | None:
        """"el presidente": the one person the report names with that role."""
        found = set()
        pattern = re.compile(r"(?i:%s)\w*\s+(?:\w+\s+){0,3}?,?\s*(%s)" % (re.escape(role), _NAME_RUN_RE.pattern))
        for m in pattern.finditer(self.text, 0, s):
            if self.a._is_inside(m.start()):
                continue
            cleaned = self._clean_run(m.group(1), m.start(1))
            if cleaned and cleaned[0][:1].isupper() and len(cleaned[0].split()) >= 1:
                full, _ = self.fuller(cleaned[0], m.start())
                found.add(full)
        if len(found) != 1:
            return None
        name = found.pop()
        m = Mention(self.text[s:e], s, e, "nominal", None, role)
        person = Mention(self.text[s:e], s, e, "person" if len(name.split()) > 1 else "name", name, role,
                         _gender_of(name, self.lang))
        return Attribution(m, person)

    # --- clauses ------------------------------------------------------------
    def _speaker_after_verb(self, lo: int, hi: int, verb_gender: str | None) -> Attribution | None:
        """The subject after an (inverted) verb: a name, a pronoun or "the president"."""
        text, lang = self.text, self.lang
        prev_word = ""
        for m in _WORD_RE.finditer(text, lo, hi):
            w, low = m.group(), m.group().lower()
            if re.search(r"[.;!?]", text[lo:m.start()]):
                return None
            if low in PRONOUNS[lang] and prev_word not in _PREPOSITIONS:
                return self._pronoun(w, m.start(), PRONOUNS[lang][low])
            if low in DETERMINERS[lang]:
                nxt = _WORD_RE.match(text, text.find(" ", m.end()) + 1) if " " in text[m.end():m.end() + 2] else None
                if nxt is None:
                    return None
                # "le président Emmanuel Macron", "el presidente del Gobierno, Pedro Sánchez"
                run = re.compile(r"(?:[a-zà-ÿ]+\s+){0,4}?,?\s*(%s)" % _NAME_RUN_RE.pattern).match(text, nxt.start(), hi)
                run = _NAME_RUN_RE.match(text, run.start(1)) if run is not None and lang != "de" else None
                if run is not None and text[:run.start()].split()[-1:][0].lower() in _PREPOSITIONS:
                    apposed = re.compile(r"\s*,\s*(%s)" % _NAME_RUN_RE.pattern).match(text, run.end(), hi)
                    run = _NAME_RUN_RE.match(text, apposed.start(1)) if apposed else None  # "del Gobierno"
                if run is not None and self._clean_run(run.group(), run.start()):
                    cleaned = self._clean_run(run.group(), run.start())
                    return self._mention(cleaned[0], cleaned[1], cleaned[1] + len(cleaned[0]), verb_gender)
                return self._role(nxt.group(), m.start(), nxt.end())
            if w[:1].isupper() and prev_word not in _PREPOSITIONS:
                run = _NAME_RUN_RE.match(text, m.start())
                cleaned = self._clean_run(run.group(), m.start())
                if cleaned is None:
                    return None
                return self._mention(cleaned[0], cleaned[1], cleaned[1] + len(cleaned[0]), verb_gender)
            if w[:1].isupper():
                prev_word = low
                continue
            prev_word = low
            if lang in ("ru", "uk") and low not in _PREPOSITIONS and low.endswith(("ент", "тр", "ель", "ик")):
                # "— заявил президент": a role without a name
                after = _NAME_RUN_RE.match(text, m.end() + 1)
                if after is None:
                    return self._role(w, m.start(), m.end())
        return None

    def after(self, q, lo: int, hi: int) -> Attribution | None:
        """"«…», — сказал Зеленский", "„…“, sagte er", "« … », a-t-il dit", "«…», dijo Sánchez"."""
        text, lang = self.text, self.lang
        lead = re.match(r"[\s,]*(?:[—–-]\s*)?", text[lo:hi])
        if lead is None:
            return None
        inner = text[q.start:q.end].rstrip()[-1:]
        if not (text[lo:lo + lead.end()].strip() or inner in ",!?…—–"):
            return None
        pos = lo + lead.end()
        first = _WORD_RE.match(text, pos, hi)
        if first is None:
            return None
        w = first.group()
        low = w.lower()
        if lang == "fr":
            inv = re.match(r"(?:a|aurait|avait)-t-(il|elle)\s+(\w+)|(\w+)-t?-?(il|elle)\b", text[pos:hi])
            if inv and (inv.group(2) in VERBS["fr"] or (inv.group(3) or "").lower() in VERBS["fr"]):
                pron = inv.group(1) or inv.group(4)
                return self._pronoun(pron, pos + inv.group(0).rfind(pron), PRONOUNS["fr"][pron])
            aux = re.match(r"a\s+(\w+)\s+", text[pos:hi])
            if aux and aux.group(1) in VERBS["fr"]:
                return self._speaker_after_verb(pos + aux.end(), hi, None)
            if low in VERBS["fr"]:
                return self._speaker_after_verb(first.end(), hi, None)
            return None
        if low not in VERBS[lang]:
            return None
        return self._speaker_after_verb(first.end(), hi, _verb_gender(low, lang))

    def before(self, lo: int, hi: int) -> Attribution | None:
        """"Песков заявил: «…»", "Scholz sagte: „…“", "selon Macron, « … »", "según Sánchez, «…»"."""
        text, lang = self.text, self.lang
        before = text[lo:hi].rstrip()
        if not before or before[-1] not in ",:":
            return None
        according = re.search(r"%s\s+(.{1,80}?)\s*,$" % _ACCORDING_RE[lang], before)
        if according:
            s = lo + according.start(1)
            return self._speaker_after_verb(s, lo + according.end(1), None) \
                if text[s:s + 1].islower() and lang != "ru" and lang != "uk" else self._according(s, lo + according.end(1))
        if before[-1] != ":":
            return None
        words = list(_WORD_RE.finditer(text, lo, lo + len(before)))
        for k in range(len(words) - 1, -1, -1):
            low = words[k].group().lower()
            if low not in VERBS[lang]:
                continue
            if lang == "fr" and k > 0 and words[k - 1].group() == "a":
                k -= 1
            if k > 0:
                prev = words[k - 1]
                plow = prev.group().lower()
                if plow in PRONOUNS[lang]:
                    return self._pronoun(prev.group(), prev.start(), PRONOUNS[lang][plow])
                # the subject right before the verb: its run of capitalised words
                runs = [m for m in _NAME_RUN_RE.finditer(text, lo, prev.end()) if m.end() == prev.end()]
                if runs and prev.group()[:1].isupper():
                    cleaned = self._clean_run(runs[-1].group(), runs[-1].start())
                    if cleaned is not None:
                        return self._mention(cleaned[0], cleaned[1], cleaned[1] + len(cleaned[0]),
                                             _verb_gender(low, lang))
            # "Dazu sagte Scholz:": the subject after the verb
            return self._speaker_after_verb(words[k].end(), lo + len(before), _verb_gender(low, lang))
        return None

    def _according(self, s: int, e: int) -> Attribution | None:
        run = _NAME_RUN_RE.search(self.text, s, e)
        if run is None:
            return self._speaker_after_verb(s, e, None)
        cleaned = self._clean_run(run.group(), run.start())
        if cleaned is None:
            return None
        return self._mention(cleaned[0], cleaned[1], cleaned[1] + len(cleaned[0]), None, inflected=True)
