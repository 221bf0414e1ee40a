"""Who a stretch of text names: people with their titles, organisations,
pronouns and role descriptions ("the Ukrainian president").

Everything here is lexical: capitalisation, a list of titles and roles, a
list of words that make a capitalised run an institution or a place. No
names are listed; a single capitalised word only counts as a person when it
carries a title or is the surname of a fuller name seen elsewhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (CARRIERS, DETERMINERS, FINITE_VERBS, FUNCTION_CAPS, GENDERED_TITLES, HONORIFICS,
                      NAME_PARTICLES, PARTICIPLES, ORG_NOUNS, ORG_WORDS, PLACE_STARTS, PREPOSITIONS, PRONOUNS, SURNAME_TITLES, TITLES)

_CAP = r"[^\W\d_a-z](?:[\w’'\-]|\.(?=\w))*\.?"
_LOW = r"[a-z][\w’'\-]*\s+"
# Capitalised words with up to two lowercase words before and between them:
# cheap candidates for name_runs, whose rules keep titles ("spokesman") and
# drop the rest.
_RUN_RE = re.compile(r"(?<![\w’'\-])%s(?:\s+(?:%s){0,2}%s)*" % (_CAP, _LOW, _CAP))
_TITLES_BEFORE_RE = re.compile(r"(?:[a-z][\w\-]*\s+){1,2}$")
_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w’'\-]|\.(?=\w))*\.?|\d[\d,.]*|[,;:]")
POSSESSIVE_RE = re.compile(r"[’']s?$")


@dataclass(frozen=True)
class Mention:
    """A speaker or a name as written, split into name and role."""

    text: str  # as written
    start: int
    end: int
    kind: str  # "person", "name" (one word, person unknown), "org", "pronoun", "nominal"
    name: str | None = None  # the person's or institution's name without title
    role: str | None = None  # "Kremlin spokesman"; for a nominal, the description
    gender: str | None = None  # "m", "f", "pl", "n" when the text says
    possessive: bool = False


def tokens(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    hi = len(text) if hi is None else hi
    out = []
    for m in _TOKEN_RE.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        word = m.group()
        if word.endswith(".") and not _is_abbreviation_token(word):
            e -= 1
            word = word[:-1]
        out.append((s, e, word))
    return out


def _is_abbreviation_token(word: str) -> bool:
    low = word.lower()
    return (low in HONORIFICS or low in TITLES or "." in low[:-1] or len(low) == 2
            or low in ("jr.", "sr.", "st.", "gen.", "col.", "lt.", "capt.", "sgt.", "adm.", "maj."))


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def _cap_after_particles(words: list[str], k: int) -> bool:
    """Is words[k] a name particle followed, after any more particles, by a capitalised word?"""
    while k < len(words) and words[k].lower() in NAME_PARTICLES:
        k += 1
    return k < len(words) and is_cap(words[k])


def is_title(word: str) -> bool:
    low = word.lower()
    if "-" in low and low not in TITLES:  # secretary-general, attorney-general
        return any(part in TITLES for part in low.split("-") if part not in ("vice", "co", "ex"))
    return low in TITLES or (len(low) > 4 and low.endswith("s") and low[:-1] in TITLES)  # analysts


def _strip_possessive(word: str) -> tuple[str, bool]:
    if len(word) > 2 and word.endswith(("’s", "'s")):
        return word[:-2], True
    if len(word) > 2 and word.endswith(("s’", "s'")):
        return word[:-1], True
    return word, False


def split_name(words: list[str]) -> tuple[str | None, str | None, str, str | None]:
    """(name, role, kind, gender) for the words of one capitalised run."""
    while words and words[0].lower() in FUNCTION_CAPS and not is_title(words[0]):
        words = words[1:]
    gender = None
    for w in words:
        g = HONORIFICS.get(w.lower()) or GENDERED_TITLES.get(w.lower())
        if g:
            gender = g
    if not words:
        return None, None, "nominal", gender
    # "Sen. Maria Cantwell of Washington": an affiliation after the name
    if "of" in words:
        k = words.index("of")
        if k > 0 and is_cap(words[k - 1]) and not is_title(words[k - 1]) \
                and words[k - 1].lower() not in ORG_WORDS:
            words = words[:k]
    # the name: trailing capitalised words that are neither titles nor honorifics
    suffix = []
    while len(words) > 1 and words[-1].lower().rstrip(".") in ("jr", "sr", "ii", "iii", "iv"):
        suffix.insert(0, words[-1])
        words = words[:-1]
    i = len(words)
    while i > 0 and (is_cap(words[i - 1]) and not is_title(words[i - 1])
                     and words[i - 1].lower() not in HONORIFICS and words[i - 1].lower() not in ("of", "the")
                     or words[i - 1].lower() in NAME_PARTICLES and i < len(words)
                     and (i == 1 and not is_cap(words[0])
                          or i >= 2 and (is_cap(words[i - 2]) and not is_title(words[i - 2])
                                         or words[i - 2].lower() in NAME_PARTICLES))):
        i -= 1
    if i == len(words) and i >= 2 and is_cap(words[i - 1]) and (suffix or words[i - 1].lower() in SURNAME_TITLES) \
            and is_cap(words[i - 2]) and not words[i - 2].isupper() and not is_title(words[i - 2]) \
            and words[0].lower() not in DETERMINERS \
            and words[i - 2].lower() not in HONORIFICS and words[i - 2].lower() not in FUNCTION_CAPS:
        # "Stephen King", "Martin Luther King Jr.": a title word as a surname
        i -= 1
        while i > 0 and is_cap(words[i - 1]) and not is_title(words[i - 1]) \
                and words[i - 1].lower() not in HONORIFICS:
            i -= 1
    name_words, role_words = words[i:] + suffix, words[:i]
    if role_words and role_words[-1].lower() == "of" and len(name_words) >= 3:
        role_words, name_words = role_words + name_words[:1], name_words[1:]
    role = " ".join(w for w in role_words if w.lower() not in HONORIFICS) or None
    if role and role.split()[0].lower() in DETERMINERS:
        role = " ".join(role.split()[1:]) or None
    if not name_words:
        return None, role, "nominal", gender
    name = " ".join(name_words)
    titled = any(is_title(w) or w.lower() in HONORIFICS for w in role_words)
    if not titled and (any(w.lower() in ORG_WORDS for w in name_words)
                       or name_words[0].lower() in PLACE_STARTS
                       or role_words and role_words[-1] == "of" and any(w.lower() in ORG_WORDS for w in role_words)):
        full = " ".join(w for w in words if w.lower() not in DETERMINERS)
        return full, None, "org", None
    if any(not w[:1].isalpha() for w in name_words):
        return name, role, "org", None
    if titled or len(name_words) >= 2:
        return name, role, "person", gender
    return name, role, "name", gender


def name_runs(text: str, lo: int, hi: int) -> list[Mention]:
    """Every capitalised run (with titles) in text[lo:hi], as mentions."""
    out: list[Mention] = []
    # the regex finds the stretches worth a look; the rules below decide
    for m in _RUN_RE.finditer(text, lo, hi):
        start = m.start()
        # lowercase titles just before ("fire chief James Carter") belong to the run
        before = _TITLES_BEFORE_RE.search(text, max(lo, start - 40), start)
        if before:
            words = before.group().split()
            while words and not is_title(words[0]):
                words.pop(0)
            if words:
                start = before.end() - len(" ".join(words)) - (len(before.group()) - len(before.group().rstrip()))
            else:
                # "von der Leyen said": a name that starts with its lowercase particles
                lead = re.search(r"(?:(?<![\w’'\-])[a-z]+\s+){1,3}$", text[max(lo, start - 20):start])
                parts = lead.group().split() if lead else []
                while parts and parts[0] not in NAME_PARTICLES:
                    parts.pop(0)
                if parts:
                    start = lead.end() + max(lo, start - 20) - len(" ".join(parts)) - \
                        (len(lead.group()) - len(lead.group().rstrip()))
        out.extend(_runs_in(text, start, m.end()))
    return out


def _runs_in(text: str, lo: int, hi: int) -> list[Mention]:
    toks = tokens(text, lo, hi)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        leading_particle = i == 0 and w in NAME_PARTICLES and _cap_after_particles([t[2] for t in toks], i)
        if not (is_cap(w) or is_title(w) or leading_particle) or w.lower() in FUNCTION_CAPS and not is_title(w):
            i += 1
            continue
        j = i
        words = []
        possessive = False
        while j < len(toks):
            w2 = toks[j][2]
            if words and text[toks[j - 1][1]:toks[j][0]].strip():
                break  # punctuation between words ends a name ("KYIV — Ukrainian ...")
            if (words or leading_particle) and w2.lower() in NAME_PARTICLES \
                    and _cap_after_particles([t[2] for t in toks], j):
                words.append(w2)  # Abdulaziz bin Salman, Ursula von der Leyen
                j += 1
                continue
            if w2 in ("of", "the") and j + 1 < len(toks) and is_cap(toks[j + 1][2]) and words \
                    and (is_title(words[-1]) or words[-1].lower() in ORG_WORDS or w2 == "the" and words[-1] == "of"):
                words.append(w2)  # "Secretary of State Marco Rubio", "Bank of England"
                j += 1
                continue
            if words and w2.lower() in FUNCTION_CAPS and not is_title(w2):
                break  # "Face Tariffs To Russia": no name runs over "To"
            if is_cap(w2) or is_title(_strip_possessive(w2)[0]):
                w2, possessive = _strip_possessive(w2)
                words.append(w2)
                j += 1
                # a run ends with a possessive or at a sentence's final period
                if possessive or (toks[j - 1][1] < hi and text[toks[j - 1][1]] == "."):
                    break
                continue
            break
        if not any(is_cap(x) for x in words):
            i = max(j, i + 1)
            continue
        name, role, kind, gender = split_name(words)
        end = toks[j - 1][1]
        if name or role:
            out.append(Mention(text[s:end], s, end, kind, name, role, gender, possessive))
        i = j
    return out


def _leads_to_name(toks, j: int, reach: int = 3) -> bool:
    """Is toks[j] a capitalised word, or do at most ``reach`` lowercase words, the
    last of them a title, lead from it to one ("director Tom Hale")?"""
    for m in range(j, min(len(toks), j + reach + 1)):
        w = toks[m][2]
        if is_cap(w):
            return m == j or is_title(toks[m - 1][2])
        low = w.lower()
        if not w.isalpha() or low in FUNCTION_CAPS or low in PREPOSITIONS or low in FINITE_VERBS \
                or low in PARTICIPLES:
            return False
    return False


def parse_speaker(text: str, lo: int, hi: int) -> Mention | None:
    """The speaker named by a short phrase of a reporting clause.

    Handles "Kremlin spokesman Dmitry Peskov", "Smith, 54", "Karen Bass, the
    mayor", "he", "the Ukrainian president", "the White House", "police".
    """
    paren = text.find("(", lo, hi)
    if paren > lo:
        hi = paren  # "Sen. Chuck Grassley (R-Iowa)": the name comes before the bracket
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not (text[hi - 1].isalnum() or text[hi - 1] == "."):
        hi -= 1
    if lo >= hi:
        return None
    chunks = [m for m in re.finditer(r"[^,;]+", text[lo:hi])]
    if not chunks:
        return None
    # leading adverbial chunks ("However,", "In response,") name nobody
    while len(chunks) > 1:
        first_toks = tokens(text, lo + chunks[0].start(), lo + chunks[0].end())
        opener = first_toks[0][2].lower() if first_toks else ""
        adverbial = opener in FUNCTION_CAPS and opener not in PRONOUNS and opener not in DETERMINERS \
            and len(first_toks) > 1  # "After meeting Biden,", "In Kyiv,"
        empty = all((t[2].lower() in FUNCTION_CAPS or not is_cap(t[2]))
                    and t[2].lower() not in PRONOUNS and not is_title(t[2])
                    and t[2].lower() not in ORG_NOUNS for t in first_toks)
        if not (adverbial or empty):
            break
        chunks = chunks[1:]
    main, appositive = chunks[0], None
    if len(chunks) > 1:
        appositive = chunks[1]
    ms, me = lo + main.start(), lo + main.end()
    if appositive is not None:
        # "Brazil’s foreign minister, Mauro Vieira": the apposition names the person
        head = tokens(text, ms, me)
        if head and (_strip_possessive(head[0][2])[1] or head[0][2].lower() in DETERMINERS):
            inner = parse_speaker(text, lo + appositive.start(), lo + appositive.end())
            if inner is not None and inner.kind == "person" and len(chunks) == 2 or \
                    inner is not None and inner.kind == "person" and inner.name and len(inner.name.split()) >= 2:
                role = " ".join(w for _, _, w in head if w.lower() not in DETERMINERS)
                return Mention(inner.text, inner.start, inner.end, inner.kind, inner.name,
                               inner.role or role, inner.gender)
    toks = tokens(text, ms, me)
    # "a statement from the ministry", "a report by the agency": the source speaks
    for k, (_, _, w) in enumerate(toks[:4]):
        if w.lower() in CARRIERS and k + 1 < len(toks) and toks[k + 1][2].lower() in ("from", "by", "of"):
            return parse_speaker(text, toks[k + 1][1], me)
    # leading discourse words ("But", "In response")
    while toks and toks[0][2].lower() in FUNCTION_CAPS and toks[0][2].lower() not in PRONOUNS \
            and toks[0][2].lower() not in DETERMINERS:
        toks = toks[1:]
    if not toks:
        return None
    # "23-year-old student Brian Otieno": the age says who, the words after it name them
    while len(toks) > 2 and (toks[0][2].isdigit() or toks[0][2].lower().startswith("year-old")) \
            and any(is_cap(t[2]) for t in toks[1:]):
        toks = toks[1:]
    first = toks[0][2].lower()
    if first in DETERMINERS and len(toks) >= 3 and toks[1][2].isdigit() and toks[2][2].lower().startswith("year"):
        # "the 72-year-old": someone already named, like a pronoun
        return Mention(text[toks[0][0]:toks[2][1]], toks[0][0], toks[2][1], "pronoun")
    if first in PRONOUNS and first not in ("it", "they") or first in ("it", "they") and len(toks) == 1:
        s, e, w = toks[0]
        return Mention(w, s, e, "pronoun", gender=PRONOUNS[first])
    # keep the noun phrase: stop at the first lowercase word that is no title/org noun
    kept = []
    for k, (s, e, w) in enumerate(toks):
        low = w.lower()
        if is_cap(w) or is_title(_strip_possessive(w)[0]) or low in ORG_NOUNS:
            kept.append((s, e, w))
        elif low == "and" and kept and is_title(kept[-1][2]) and k + 1 < len(toks) \
                and is_title(toks[k + 1][2]):
            kept.append((s, e, w))  # "co-founder and chief executive Priya Raghunathan"
        elif low in DETERMINERS and not kept:
            kept.append((s, e, w))
        elif low in NAME_PARTICLES and (kept or w == low) and _cap_after_particles([t[2] for t in toks], k):
            kept.append((s, e, w))
        elif (low.isalpha() or _strip_possessive(w)[1] and kept and kept[-1][2].lower() in DETERMINERS) \
                and k <= 4 and low not in PREPOSITIONS and low not in FUNCTION_CAPS \
                and _leads_to_name(toks, k + 1) \
                and all(x[2].lower() in DETERMINERS or not is_cap(x[2]) or is_title(x[2]) for x in kept):
            # a descriptor before a name: "resident Tom Hale", and a lowercase role of
            # several words: "regional governor Ann Lee", "the club’s sporting director Tom Hale"
            kept.append((s, e, w))
        elif low.isalpha() and kept and _strip_possessive(kept[-1][2])[1] and k + 1 < len(toks) \
                and (is_title(toks[k + 1][2]) or toks[k + 1][2].lower() in ORG_NOUNS):
            kept.append((s, e, w))  # "Saudi Arabia’s energy ministry", "Apple’s chief executive"
        elif low in ("of", "for", "at") and kept and k + 1 < len(toks):
            kept.append((s, e, w))
        elif low == "the" and kept and kept[-1][2].lower() in ("of", "for", "at"):
            kept.append((s, e, w))
        elif low.isalpha() and kept and kept[0][2].lower() in DETERMINERS and len(kept) < 4 \
                and low not in PREPOSITIONS and k + 1 < len(toks) and (is_title(_strip_possessive(toks[k + 1][2])[0])
                                           or toks[k + 1][2].lower() in ORG_NOUNS):
            kept.append((s, e, w))  # "the foreign minister", "a ministry spokesperson"
        elif low.isalpha() and kept and all((not is_cap(x[2]) or x[2].lower() in DETERMINERS)
                                            and not is_title(_strip_possessive(x[2])[0]) for x in kept) \
                and kept[-1][2].lower() not in ORG_NOUNS \
                and len(kept) <= 3 \
                and kept[0][2].lower() in DETERMINERS and low not in FUNCTION_CAPS and low not in PREPOSITIONS \
                and low not in FINITE_VERBS and low not in PARTICIPLES:
            kept.append((s, e, w))  # "the center", "one fan (outside the stadium)"
        else:
            break
    while kept and kept[-1][2].lower() in ("of", "for", "at", "the", "a", "an"):
        kept.pop()
    if not kept:
        return None
    s, e = kept[0][0], kept[-1][1]
    words = [w for _, _, w in kept]
    words_clean = []
    possessive = False
    for w in words:
        w2, p = _strip_possessive(w)
        possessive = p  # "Qatar’s prime minister" is no possessive; "the minister’s" is
        words_clean.append(w2)
    head_is_role = len(words_clean) > 2 and words_clean[0].lower() in DETERMINERS \
        and not is_cap(words_clean[1]) and is_title(words_clean[1]) and words_clean[2].lower() in ("of", "for", "at")
    if any(is_cap(w) for w in words_clean if w.lower() not in DETERMINERS) and not head_is_role:
        name, role, kind, gender = split_name(words_clean)
    else:
        # inner possessives stay ("the coach’s family"); a final one is the mention's own
        desc = " ".join(w for w in words[:-1] + words_clean[-1:] if w.lower() not in DETERMINERS)
        name, role, kind, gender = None, desc or None, "nominal", None
        for w in words_clean:
            gender = gender or GENDERED_TITLES.get(w.lower())
    if appositive is not None and kind in ("person", "name") and role is None:
        desc = appositive.group().strip()
        dwords = desc.split()
        if dwords and dwords[0].lower() in DETERMINERS and len(dwords) <= 10:
            role = " ".join(dwords[1:])
        elif dwords and len(dwords) <= 8 and any(is_title(w) for w in dwords[:3]) and not is_cap(dwords[0]) \
                and not dwords[0].endswith("ing") and dwords[0].lower() not in PREPOSITIONS:
            role = desc  # "chief economist at the bank"
    if kind == "nominal" and not role:
        return None
    return Mention(text[s:e], s, e, kind, name, role, gender, possessive)
