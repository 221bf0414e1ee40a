"""Page furniture: lines that sit in a scraped or pasted report but are not
reporting ("Read also: ...", "Share this", "Advertisement"). They stay in the
text the user reads and are flagged so the engine never compares them."""
from __future__ import annotations

import re

# Furniture is short; a long paragraph that happens to open with "Watch" is prose.
_MAX_WORDS = 30

_LABEL_TAIL = r"\s*(?:[:\-–—>»|]\s*.*)?"  # the label alone, or "Label: whatever"
_SOCIAL = r"(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|linkedin|threads|bluesky|mastodon|whatsapp|google news)"
# "Reporting by Anna Reyes in Almaty": a credit names people (and where they
# were), nothing else; "Reporting by the BBC suggested ..." is a sentence.
_NAMES = r"(?-i:[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|in|and|from|at|de|da|van|von|al|bin))*)"
_CREDIT = (r"(?:additional |with additional |with )?(?:reporting|writing|editing|compiled|produced|translated|"
           r"fact[- ]?checked|graphics)(?: and (?:reporting|writing|editing))? by " + _NAMES)
_PATTERNS = [
    # links to other stories
    r"(?:read|see|watch|listen)\s+(?:also|more|next|this|now|too)\s*[:\-–—>»].*",
    r"(?:read|see|watch|listen|more)\s*[:>»].*",
    r"(?:read more|read also|also read|see more|show more|load more|continue reading|read the full (?:story|article)|"
    r"click here|more on this(?: story)?|related|related (?:stories|articles|news|coverage|content|topics|links)|"
    r"recommended(?: for you| stories| articles)?|you may also like|you might also like|don'?t miss|most read|"
    r"popular now|trending(?: now)?|top stories|latest news|further reading|see also|editor'?s picks)" + _LABEL_TAIL,
    # time stamps of the page, not the story
    r"(?:updated|last updated|published|posted|first published|modified|last modified)\s*(?::|on\b|at\b|\d).*",
    # sharing, following, subscribing
    r"(?:share(?: this| this (?:article|story|post|page))?|share on \w+|share via \w+|tweet|"
    r"copy link|email|print|save|bookmark)[.!]?",
    r"(?:follow|like|join|find) us\b.*|follow @\w+.*|(?:follow|watch|listen to) [\w ]{1,40} on " + _SOCIAL + r"\b.*",
    r"(?:subscribe|sign up|newsletter|get (?:our|the) [\w ]{1,30} newsletter|log ?in to [\w ]+)\b.*",
    r"(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|partner content|"
    r"story continues below(?: advertisement)?|scroll to continue(?: with content)?)[.!]?",
    # wire credit and revision lines: "(Reporting by A; Editing by B)", "(Updates
    # with verdict)", "(Corrects paragraph 3 ...)". Every wire story carries them,
    # so they would link across every version while saying nothing of the event;
    # shown (a correction matters to a fact-checker), never compared.
    r"[—–]?\s*[(\[]?\s*" + _CREDIT + r"(?:\s*[;,]\s*" + _CREDIT + r")*\s*[)\]]?\.?",
    r"[(\[]\s*(?:updates?|adds|corrects|refiles|recasts|changes dateline)\b.*[)\]]\.?",
    r"(?:updates with|adds (?:details|comment|quotes?|background))\b[^.!?]*",
    # credits, rights, navigation
    r"(?:photo|photos|image|picture|video|credit|illustration|file photo|graphic|source)\s*:.*",
    r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).*|.*\ball rights reserved\b.*",
    r"(?:skip to (?:main )?content|jump to (?:main )?content|back to top|next (?:article|story)|"
    r"previous (?:article|story)|menu|home|search)[.!]?",
    r"(?:tags?|topics?|filed under|categories)\s*:.*",
    r"(?:\d+\s+)?comments?|leave a comment|add a comment|(?:\d+\s+)?min(?:ute)?s? read",
    # page numbers of a printed page: "2", "- 2 -", "Page 2 of 5"
    r"[-–—\s]*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*",
    # menus and breadcrumbs: "Home | World | Europe", "News › World"
    r"[^|.!?]{1,30}(?:\|[^|.!?]{1,30}){2,}",
    r"[^»›>.!?]{1,30}(?:\s[»›>]\s[^»›>.!?]{1,30})+",
]
_BOILERPLATE_RE = re.compile(r"\s*(?:" + "|".join(_PATTERNS) + r")\s*$", re.IGNORECASE)


def is_boilerplate(paragraph: str) -> bool:
    """True for a paragraph that is page furniture rather than reporting."""
    if len(paragraph) > 12 * _MAX_WORDS or len(paragraph.split()) > _MAX_WORDS:
        return False
    return bool(_BOILERPLATE_RE.match(paragraph.strip().lstrip("#*>-•· ").rstrip()))
