"""Generic English news vocabulary that plain word overlap misreads.

Two reports of one event rarely use the same verbs: one says "killed", the
other "died"; one "arrested", the other "detained". And two sentences about
one topic that report different facts share almost every word except the one
that matters: "rose" against "fell", "approved" against "rejected". Folder
statistics cannot see either (IDF knows rarity, not meaning), so this module
holds small hand-written lists of everyday wire-service vocabulary, none of
it taken from any particular story:

- _SYNONYM_GROUPS: words read as one term (the group's name), matched on
  their stem (normalize.stem), so inflected forms follow their base word.
  A word with two common senses in the news ("defeated" = lost or beat,
  "lifted" a ban or a rate, the House) is left out of every group;
- PHRASES: multi-word expressions read as one word;
- OPPOSITES: pairs of group names that say contrary things;
- DROPPED: attribution verbs and hedges ("announced", "roughly") that a
  rewording adds or removes without changing what is reported.
"""
from __future__ import annotations

import re

_SYNONYM_GROUPS = """
up: rise rises rose risen rising increase increased increases raise raised raises
    hike hiked climb climbed climbs jump jumped jumps surge surged soar soared gain gained
    higher highest boost boosted
down: fall falls fell fallen falling drop dropped drops decline declined declines decrease
    decreased slide slid slip slipped tumble tumbled lower lowered lowest reduce reduced
    reduces reduction cut cuts cutting slash slashed ease eased slow slowed shrink shrank
kill: kill killed killing die died dies dead death deaths deadly fatal fatalities
person: person persons people residents inhabitants
injure: injure injured injuring injuries injury wound wounded hurt
arrest: arrest arrested detain detained detention apprehend apprehended
jail: jail jailed prison imprison imprisoned imprisonment
convict: convict convicted conviction guilty
acquit: acquit acquitted acquittal
resign: resign resigned resignation quit quits
talk: talk talks negotiation negotiations negotiate negotiators discussion discussions discuss
company: company companies firm firms
share: share shares stock stocks
lawmaker: lawmakers mps deputies parliamentarians
protest: protest protests protesters protestors demonstrators demonstration demonstrations
rebel: rebels rebel insurgents insurgent
seize: seize seized capture captured confiscate confiscated
plane: plane planes aircraft jet
car: car cars vehicle vehicles automobile automobiles
carmaker: carmaker carmakers automaker automakers
ship: ship ships vessel vessels boat boats
begin: begin began begun start started starts launch launched
end: end ended ends finish finished
close: close closed closes closure shut shuts shutting
open: open opened opens reopen reopened
rule: rule rules regulation regulations
law: law laws legislation
reject: reject rejected rejects deny denied denies refuse refused dismiss dismissed
allegation: allegation allegations accusation accusations
accept: accept accepted accepts
admit: admit admitted admits
approve: approve approved approves adopt adopted
country: country countries nation nations
fire: fire blaze blazes wildfire wildfires
quake: quake quakes earthquake earthquakes
buy: buy buys bought acquire acquired acquisition purchase purchased takeover
sell: sell sells sold divest divested
fine: fine fined penalty penalties
sack: sack sacked oust ousted
home: home homes
store: store stores shop shops
job: job jobs position positions
km: km kilometre kilometres kilometer kilometers
worker: worker workers employee employees staff
investigation: investigation inquiry probe
cancel: cancel cancelled canceled scrap scrapped
withdraw: withdraw withdrew withdrawn
double: double doubled twice twofold
former: former ex
big: big large huge major
help: help helps aid assist
rescue: rescue rescued save saved
doctor: doctor doctors physician physicians
child: child children kid kids
forecast: forecast forecasts predict predicted expect expected
plan: plan plans planning plot plotting
coup: coup overthrow
remove: remove removed delete deleted
win: win wins won victory
lose: lose loses lost
profit: profit profits
loss: loss losses
destroy: destroy destroyed raze razed demolish demolished flatten flattened
building: building buildings structure structures
flee: flee fled flees evacuate evacuated evacuation
resume: resume resumed restart restarted renew renewed
meet: meet met meeting gather gathered
urge: urge urged demand demanded
criticise: criticise criticised criticize criticized condemn condemned denounce denounced
praise: praise praised hail hailed
agreement: agreement deal accord pact
soldier: soldier soldiers troops troop
attack: attack attacked attacks assault assaulted
blast: blast blasts explosion explosions explode exploded
election: election elections ballot
court: court tribunal
charge: charge charged indict indicted indictment
scientist: scientist scientists researcher researchers
find: find finds found discover discovered detect detected uncover uncovered
show: show showed shows reveal revealed indicate indicated
stop: stop stopped halt halted suspend suspended
official: official officials authorities authority
spokesman: spokesman spokeswoman spokesperson
army: army military
airline: airline airlines carrier carriers
rain: rain rains rainfall downpour downpours
heat: heat heatwave
snow: snow snowfall
flood: flood floods flooding floodwaters
biggest: biggest largest
lawyer: lawyer lawyers attorney attorneys
border: border borders frontier
usa: usa u.s american americans america
uk: uk u.k britain british
eu: eu
china: china chinese
france: france french
japan: japan japanese
iran: iran iranian iranians
syria: syria syrian syrians
turkey: turkey turkish
spain: spain spanish
poland: poland polish
canada: canada canadian canadians
mexico: mexico mexican mexicans
india: india indian indians
italy: italy italian italians
egypt: egypt egyptian egyptians
iraq: iraq iraqi iraqis
korea: korea korean koreans
afghanistan: afghanistan afghan afghans
weapon: weapon weapons arms
"""

# Multi-word expressions read as one word: (first words, last words) -> term.
# Matched on the sequence of words (a dictionary lookup per word; a regex
# alternation over the text took most of the time of reading terms).
_PHRASE_PARTS = (
    ("step steps stepped stepping", "down", "resign"),
    ("take takes took taken taking", "effect", "effective"),
    ("take takes took taken taking come comes came coming", "into force|into effect", "effective"),
    ("call calls called calling", "off", "cancel"),
    ("call calls called calling", "on|for", "urge"),
    ("pull pulls pulled pulling", "out", "withdraw"),
    ("go goes went gone going", "up", "rise"),
    ("go goes went gone going", "down", "fall"),
    ("chief", "executive officer|executive", "ceo"),
    ("first", "match|game|appearance", "debut"),
    ("relegation drop", "zone|places", "relegation"),
    ("united", "nations", "un"),
    ("united", "states", "usa"),
    ("united", "kingdom", "uk"),
    ("european", "union", "eu"),
)
PHRASES: dict[tuple[str, ...], str] = {
    (first, *rest.split()): term
    for firsts, rests, term in _PHRASE_PARTS for first in firsts.split() for rest in rests.split("|")}
PHRASE_LENGTHS = sorted({len(k) for k in PHRASES}, reverse=True)
PHRASE_STARTS = frozenset(k[0] for k in PHRASES)
# currency signs and "%" read as words ("$5" = "5 dollars")
SYMBOLS = str.maketrans({"$": " dollar ", "€": " euro ", "£": " pound ", "¥": " yen ", "%": " percent "})
# Currency names (as stems are cut): a figure next to one is an amount of
# money, whatever the currency ("45 million euros" / "£41m" are one fact).
CURRENCIES = frozenset("""
dollar euro pound sterling yen yuan renminbi rouble ruble rupee franc hryvnia tenge lira
zloty forint dinar dirham riyal shekel naira krona kronor krone peso rand lari manat som
""".split())


def join_phrases(words: list[str]) -> list[str]:
    """``words`` with the expressions of PHRASES replaced by their one term."""
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if w in PHRASE_STARTS:
            for length in PHRASE_LENGTHS:
                term = PHRASES.get(tuple(words[i:i + length]))
                if term is not None:
                    out.append(term)
                    i += length
                    break
            else:
                out.append(w)
                i += 1
        else:
            out.append(w)
            i += 1
    return out


OPPOSITES = frozenset(frozenset(p) for p in (
    ("up", "down"), ("approve", "reject"), ("accept", "reject"), ("admit", "reject"),
    ("win", "lose"), ("open", "close"), ("buy", "sell"), ("convict", "acquit"),
    ("profit", "loss"), ("criticise", "praise"),
))

DROPPED = frozenset("""
announced announces stated reported added adds noted confirmed confirms
around roughly approximately nearly almost estimated some over
""".split())


def stem_table(stem) -> tuple[dict[str, str], frozenset[str]]:
    """(stem -> canonical term, dropped words) for a stemmer."""
    canon: dict[str, str] = {}
    for line in re.split(r"\n(?=\w+:)", _SYNONYM_GROUPS.strip()):
        head, words = line.split(":", 1)
        for w in [head, *words.split()]:
            canon.setdefault(stem(w), head)
    return canon, DROPPED
