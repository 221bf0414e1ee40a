"""Word lists of news English that attribution reads: titles, reporting verbs,
words that make a capitalised run an institution. Lists of kinds of words
only; no names of people, places or outlets.
"""
from __future__ import annotations

# Titles and roles that precede or describe a person (lowercase; dots kept).
TITLES = frozenset("""president vice-president vice premier prime minister secretary spokesman
spokeswoman spokesperson spokespeople chancellor mayor governor gov. senator sen. representative
rep. congressman congresswoman lawmaker legislator chairman chairwoman chair chief ceo cfo coo
director head general gen. admiral adm. colonel col. major maj. lieutenant lt. captain capt.
sergeant sgt. commander ambassador envoy adviser advisor aide official officer judge justice
attorney prosecutor lawyer professor prof. economist analyst researcher scientist doctor king queen
prince princess pope cardinal bishop archbishop rabbi imam reverend rev. leader speaker deputy
founder co-founder owner manager executive coach president-elect diplomat negotiator candidate
nominee commissioner inspector superintendent sheriff correspondent editor activist
spokesmen representative premier emir sheikh sultan monarch chairperson treasurer
governor-general mp mep senior former acting interim then-president dr. singer actor actress
writer author artist musician player striker goalkeeper coach novelist poet filmmaker director
economist strategist pollster historian expert teacher nurse surgeon physician pilot farmer
resident witness survivor student volunteer worker veteran journalist reporter photographer
businessman businesswoman entrepreneur investor banker chef host presenter anchor comedian
rapper star boss manager midfielder defender forward winger captain critic supporter opponent
protester demonstrator voter observer source insider villager passenger colleague neighbour neighbor
friend relative parent mother father son daughter wife husband brother sister owner nephew niece
uncle aunt widow widower grandfather grandmother partner detective det det. sgt insp insp. supt supt.
constable councillor councilor cllr organiser organizer campaigner""".split())
HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
              "sir": "m", "dame": "f", "lord": "m", "lady": "f", "dr": None,
              "dr.": None, "prof.": None}
GENDERED_TITLES = {"king": "m", "prince": "m", "spokesman": "m", "chairman": "m",
                   "congressman": "m", "queen": "f", "princess": "f", "spokeswoman": "f",
                   "chairwoman": "f", "congresswoman": "f", "husband": "m", "wife": "f", "son": "m",
                   "daughter": "f", "father": "m", "mother": "f", "brother": "m", "sister": "f",
                   "nephew": "m", "niece": "f", "uncle": "m", "aunt": "f", "widow": "f", "widower": "m",
                   "grandfather": "m", "grandmother": "f", "boyfriend": "m", "girlfriend": "f",
                   "businessman": "m", "businesswoman": "f", "actress": "f", "duke": "m", "duchess": "f"}
# Capitalised words that make a run an institution, a place or a thing.
ORG_WORDS = frozenset("""house ministry department council office kremlin government committee
agency commission union nations party court parliament congress senate assembly army forces
police service bank fund university institute company corp corp. inc inc. ltd ltd. group
association organization organisation federation bureau administration authority board times post
news press pentagon embassy navy guard command foundation center centre network sea ocean river
street avenue square airport station church republic kingdom states emirates war cup league club
school college hospital county city region province district state ministry's hurricane storm
typhoon cyclone tropical operation act bill treaty accord fed vatican library museum gallery
theatre theater stadium arena hotel festival orchestra studio studios airlines airways motors
railway palace cathedral mosque temple place plaza boulevard""".split())
PLACE_STARTS = frozenset("new los las san santa saint st. north south east west upper lower great central".split())
# Lowercase nouns that head a nominal speaker ("the ministry said").
ORG_NOUNS = frozenset("""ministry government company department office agency police military army
statement committee council administration spokesperson spokesman spokeswoman officials official
authorities campaign embassy court prosecutors lawyers team group organisation organization firm
party white family families relatives""".split())
PRONOUNS = {"he": "m", "she": "f", "they": "pl", "it": "n", "we": "pl", "i": "s"}
# Capitalised words that start sentences or clauses but never names.
FUNCTION_CAPS = frozenset("""the a an in on at however but and or meanwhile after before despite during
earlier later last this that these those it he she they we i his her their our its according while
when as if since for with from to by of not no yes also still even now then today yesterday
tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december read more some many most other such there
here what who why how where which both all each every one two three first in-depth so yet
although though because once amid among until unless whether nor instead indeed moreover
separately additionally notably currently asked others""".split())
DETERMINERS = frozenset("the a an one another two three four several some many both".split())
# What carries words for someone: "a statement from X" means X said it.
CARRIERS = frozenset("statement report post letter release video message interview communique tweet".split())
# Things that bear written words and speak for nobody by themselves: "a sign on the
# gate read: “…”" quotes no one (a person, an organisation or a CARRIER's issuer may).
INSCRIPTIONS = frozenset("""sign banner placard poster notice plaque inscription graffiti slogan headline
caption label sticker billboard leaflet flyer card wreath mural t-shirt shirt scoreboard screen
gravestone headstone memorial""".split())

FINITE_VERBS = frozenset("""said says say told tells added adds stated states wrote writes tweeted
posted explained explains noted notes asked asks replied replies responded declared announced
announces insisted insists argued argues warned warns claimed claims emphasized emphasised
emphasizes emphasises stressed stresses continued remarked recalled acknowledged admitted conceded
urged concluded commented observed confirmed reiterated countered maintained predicted promised
vowed pledged joked quipped cautioned complained shouted agreed objected protested boasted lamented
mused suggested testified retorted demanded recounted answered exclaimed proclaimed revealed
sighed wondered texted messaged assured underlined underscored affirmed alleged charged asserted
chanted shouted yelled tweeted posted testified read reads""".split())
PARTICIPLES = frozenset("""saying adding stating noting telling writing explaining warning insisting
arguing declaring asking urging claiming emphasizing emphasising stressing recalling acknowledging
admitting vowing pledging promising concluding""".split())
# "X’s remarks that …": the quoted words are X's although X is no subject.
STATEMENT_NOUNS = frozenset("""statement statements remark remarks words comment comments message
claim claims assertion call calls warning insistence view views sentiment view argument promise
pledge vow description characterization characterisation demand demands suggestion words
admission""".split())
LEADER_ROLES = frozenset("president prime premier chancellor leader king queen head emir sultan".split())
# Lowercase particles inside names (Abdulaziz bin Salman, Ursula von der Leyen).
NAME_PARTICLES = frozenset("bin bint ibn al el de da di du dos das van von der den del della la le".split())
# Where a descriptive speaker phrase ends ("one fan outside the stadium").
PREPOSITIONS = frozenset("""outside inside near from in at on with by about after before during over under
across behind beyond beside alongside above below around along opposite among against toward towards into
through via who which whose""".split())
# Titles that are also common surnames (Stephen King, Judge as a name after a first name).
SURNAME_TITLES = frozenset("king bishop judge dean major marshal sheriff chambers".split())
