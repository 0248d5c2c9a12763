"""Recognising the boilerplate of scraped news pages, French and English.

Pure string rules, no spaCy: each function takes one stripped line or segment and says why
it is boilerplate (a short reason shown to the analyst) or returns None. Nothing is ever
deleted; the segmenter only flags. The word lists are data, kept at the top of the module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Boilerplate is short: a rule below never fires on a longer segment, which keeps prose
# that happens to start with "Published" or "Par" safe.
MAX_WORDS = 15

# Whole segment, compared case-insensitively without final ":" or ".".
EXACT: dict[str, str] = {
    **dict.fromkeys(("publicité", "advertisement", "advertising", "sponsorisé", "sponsored",
                     "contenu sponsorisé", "sponsored content"), "advertisement"),
    **dict.fromkeys(("loader", "loading", "chargement", "chargement en cours",
                     "close button", "fermer", "close", "menu", "rechercher", "search",
                     "commentaires", "comments", "discussion", "imprimer", "print",
                     "copier le lien", "copy link", "tweet", "email", "e-mail"),
                    "page widget"),
    **dict.fromkeys(("suivez-nous", "follow us"), "follow us"),
    **dict.fromkeys(("newsletter", "newsletters"), "newsletter"),
    **dict.fromkeys(("accueil", "home"), "navigation line"),
}

# Start of the segment (case-insensitive, whole words).
PREFIXES: tuple[tuple[str, str], ...] = (
    ("partager cet article", "share buttons"),
    ("partagez cet article", "share buttons"),
    ("partager sur", "share buttons"),
    ("share this article", "share buttons"),
    ("share on", "share buttons"),
    ("publié le", "date line"),
    ("publié à", "date line"),
    ("mis à jour le", "date line"),
    ("modifié le", "date line"),
    ("published", "date line"),
    ("updated", "date line"),
    ("last updated", "date line"),
    ("sources additionnelles", "additional sources"),
    ("additional sources", "additional sources"),
    ("avec agences", "additional sources"),
    ("avec afp", "additional sources"),
    ("avec ap", "additional sources"),
    ("avec reuters", "additional sources"),
    ("with agencies", "additional sources"),
    ("accéder aux raccourcis d'accessibilité", "accessibility link"),
    ("aller au contenu", "accessibility link"),
    ("skip to", "accessibility link"),
    ("suivez-nous", "follow us"),
    ("follow us", "follow us"),
    ("newsletter", "newsletter"),
    ("inscrivez-vous", "newsletter"),
    ("abonnez-vous", "newsletter"),
    ("sign up", "newsletter"),
    ("subscribe", "newsletter"),
    ("tous droits réservés", "photo credit"),
    ("all rights reserved", "photo credit"),
)

# A line that is only one of these opens the related-links block that ends the article:
# it and everything after it is boilerplate. Followed by ":" and a title on the same line,
# it is a single "related link" (Le Monde style, mid-article).
TAIL_MARKERS: tuple[str, ...] = (
    "à découvrir également", "à découvrir aussi", "à découvrir", "lire aussi",
    "lire également", "à lire aussi", "à lire également", "sur le même sujet",
    "sur le même thème", "dans la même rubrique", "voir aussi", "les plus lus",
    "related", "related articles", "related stories", "related content", "read more",
    "read also", "see also", "you may also like", "you might also like",
    "more on this story", "most read", "most popular",
)

# Words of a site's menu bar: a short, capitalised line made mostly of these is navigation.
NAV_WORDS = frozenset((
    "newsletter", "newsletters", "events", "évènements", "événements", "podcasts", "podcast",
    "vidéos", "vidéo", "videos", "video", "accueil", "home", "menu", "connexion", "login",
    "rechercher", "search", "international", "monde", "world", "europe", "france", "afrique",
    "africa", "asie", "asia", "amériques", "americas", "politique", "politics", "économie",
    "economy", "business", "sport", "sports", "culture", "opinion", "opinions", "tech",
    "science", "santé", "health", "live", "direct", "météo", "weather", "jeux", "games",
    "voyage", "travel", "green", "next", "programmes", "shows", "émissions", "éditions",
    "editions", "abonnez-vous", "subscribe", "s'abonner", "sign", "in", "my", "account",
    "compte", "mon", "plus", "more", "africanews", "euronews",
))

# Photo agencies and picture desks, as they end a credit ("Jane Doe/AP").
AGENCIES: tuple[str, ...] = (
    "AP", "AFP", "Reuters", "Sputnik", "EPA", "EPA-EFE", "EFE", "ANSA", "DPA", "dpa",
    "Getty Images", "Getty", "Shutterstock", "Xinhua", "TASS", "KCNA", "Yonhap", "Anadolu",
    "Bloomberg", "SIPA", "Sipa", "ABACA", "Abaca", "MAXPPP", "Maxppp", "Hans Lucas", "Belga",
    "Keystone", "Pool", "ZUMA", "Alamy", "NurPhoto", "Imago", "Le Pictorium",
)

def _alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` that allows any whitespace between their words."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)


_PREFIX = re.compile(rf"^(?:{_alternatives(p for p, _ in PREFIXES)})(?!\w)", re.IGNORECASE)
_PREFIX_REASONS = dict(PREFIXES)
_LONGEST_MARKER = max(map(len, TAIL_MARKERS))
_TERMINAL = re.compile(r"[.!?…:;](?:\s*[\"»”’)\]])*$")
_AGENCY_END = re.compile(rf"(?:/|©|\()\s*(?:{'|'.join(map(re.escape, AGENCIES))})\)?$")
_CREDIT = re.compile(
    r"©|\bgetty images\b|\bshutterstock\b|\bap photo\b|\bphoto\s*:|"
    r"^(?:photo|photos|crédits?(?: photo)?|credits?|image|illustration)\s*:",
    re.IGNORECASE,
)
# "Jane Doe/Sputnik": a capitalised name, a slash, a capitalised desk.
_SLASH_CREDIT = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w.'-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w.'-]*\s?/\s?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?$"
)
_BYLINE = re.compile(r"^(?:Par|PAR|By|BY)\s+[A-ZÀ-ÖØ-Þ]")
_DATE_ONLY = re.compile(
    r"^(?:le\s+|on\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s*(?:[-–à,]|at)?\s*\d{1,2}[:h]\d{2})?"
    r"(?:\s*(?:CET|CEST|GMT|UTC))?$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"(?:\s[>›|•·]\s[^>›|•·]+){2,}$")
_RELATED_LINK = re.compile(
    rf"^(?:{_alternatives(TAIL_MARKERS)})(?:\s*[:|>›»]|\s[–-])\s*\S", re.IGNORECASE
)


def normalise(text: str) -> str:
    """Whitespace-collapsed text (no-break spaces included), for comparing lines."""
    return " ".join(text.split())


def _key(text: str) -> str:
    return normalise(text).casefold().rstrip(" :.")


def tail_marker(line: str) -> str | None:
    """The line itself when it opens the related-links block ("À découvrir également")."""
    if len(line) > _LONGEST_MARKER + 3:  # most lines: no need to normalise them
        return None
    return line.strip() if _key(line) in TAIL_MARKERS else None


def has_terminal_punctuation(text: str) -> bool:
    return bool(_TERMINAL.search(text[-12:].rstrip()))


def credit_reason(text: str) -> str | None:
    """A photo credit: "Tous droits réservés ...", "Jane Doe/AP", "Photo : ...", "© AFP"."""
    if _CREDIT.search(text) or _AGENCY_END.search(text) or _SLASH_CREDIT.match(text):
        return "photo credit"
    return None


def _prefix_reason(text: str) -> str | None:
    match = _PREFIX.match(text)
    return _PREFIX_REASONS[_key(match.group())] if match else None


def _is_navigation(words: list[str]) -> bool:
    if len(words) < 2 or not all(w[0].isupper() or not w[0].isalnum() for w in words):
        return False
    return sum(w.casefold() in NAV_WORDS for w in words) * 2 >= len(words)


def _is_byline(text: str, words: list[str]) -> bool:
    return bool(_BYLINE.match(text)) and len(words) <= 10 and not has_terminal_punctuation(text)


def boilerplate_reason(text: str) -> str | None:
    """Why a stripped line or segment is page furniture, or None for article text."""
    if _RELATED_LINK.match(text):  # "Lire aussi : <a title of any length>"
        return "related link"
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return None
    key = _key(text)
    reason = EXACT.get(key) or _prefix_reason(text)
    # "Updated forecasts show..." is prose: a date line ends without a full stop.
    if reason and not (reason == "date line" and text.endswith((".", "!", "?"))):
        return reason
    if _is_byline(text, words):
        return "byline"
    if _DATE_ONLY.match(key):
        return "date line"
    if not has_terminal_punctuation(text) and (_is_navigation(words) or _BREADCRUMB.search(text)):
        return "navigation line"
    return credit_reason(text)
