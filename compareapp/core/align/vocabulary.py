"""Generic English news vocabulary that plain word overlap misreads.

Two reports of one event rarely use the same verbs: one says "killed", the
other "died"; one "arrested", the other "detained". And two sentences about
one topic that report different facts share almost every word except the one
that matters: "rose" against "fell", "approved" against "rejected". Folder
statistics cannot see either (IDF knows rarity, not meaning), so this module
holds small hand-written lists of everyday wire-service vocabulary, none of
it taken from any particular story:

- SYNONYMS: groups of words read as one term (the group's first word);
- PHRASES: multi-word expressions rewritten to one word before reading;
- OPPOSITES: pairs of canonical terms that say contrary things;
- DROPPED: attribution verbs and hedges ("announced", "roughly") that a
  rewording adds or removes without changing what is reported.

Every entry is matched on the stem of a word (normalize.stem), so inflected
forms (rescued, rescues) follow their base word.
"""
from __future__ import annotations

import re

_SYNONYM_GROUPS = """
up: rise rises rose risen rising increase increased increases raise raised raises lift lifted
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
lawmaker: lawmakers legislators legislator mps deputies parliamentarians
protest: protest protests protesters protestors demonstrators demonstration demonstrations
rebel: rebels rebel insurgents insurgent
seize: seize seized capture captured confiscate confiscated
plane: plane planes aircraft jet airliner
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
home: home homes house houses
store: store stores shop shops
job: job jobs position positions
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
lose: lose loses lost defeat defeated
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
weapon: weapon weapons arms
"""

# Rewritten before words are read (lowercase, after typography is unified).
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"\bstep(?:s|ped|ping)? down\b", "resign"),
        (r"\b(?:take|takes|took|taken|come|comes|came) into (?:force|effect)\b", "effective"),
        (r"\b(?:take|takes|took|taken|taking) effect\b", "effective"),
        (r"\bcall(?:s|ed|ing)? off\b", "cancel"),
        (r"\bcall(?:s|ed|ing)? (?:on|for)\b", "urge"),
        (r"\bpull(?:s|ed|ing)? out\b", "withdraw"),
        (r"\b(?:went|go|goes|gone) up\b", "rise"),
        (r"\b(?:went|go|goes|gone) down\b", "fall"),
        (r"\bchief executive(?: officer)?\b", "ceo"),
        (r"\bunited nations\b", "un"),
        (r"\$", " dollar "), (r"€", " euro "), (r"£", " pound "),
        (r"\bkilomet(?:re|er)s?\b", "km"),
    ))

OPPOSITES = frozenset(frozenset(p) for p in (
    ("up", "down"), ("approve", "reject"), ("accept", "reject"), ("admit", "reject"),
    ("win", "lose"), ("open", "close"), ("buy", "sell"), ("convict", "acquit"),
    ("profit", "loss"), ("criticise", "praise"),
))

DROPPED = frozenset("""
announced announces stated reported added adds noted confirmed confirms
around roughly approximately nearly almost estimated some over
""".split())


def _stem_table(stem) -> tuple[dict[str, str], frozenset[str]]:
    """(stem -> canonical term, dropped words) for a stemmer."""
    canon: dict[str, str] = {}
    for line in re.split(r"\n(?=\w+:)", _SYNONYM_GROUPS.strip()):
        head, words = line.split(":", 1)
        for w in [head, *words.split()]:
            canon.setdefault(stem(w), head)
    return canon, DROPPED
