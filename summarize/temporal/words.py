"""Read the words inside a span: numbers, month and weekday names, normalised phrases.

The bottom of resolution with ``values``: every handler reads its fields through these.
"""

from __future__ import annotations

from .resources.calendar_words import (
    MONTH_ABBREVIATIONS,
    MONTH_MISSPELLINGS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_MISSPELLINGS,
    WEEKDAYS,
)
from .resources.numbers import CARDINALS
from .resources.units import POST_SPELLINGS

_POST_WORDS = frozenset(POST_SPELLINGS)


def norm(s: str | None) -> str:
    """A phrase in lower case with single blanks and straight quotes; posts' spellings read as
    the words they stand for ("nxt" is "next", "tmrw" "tomorrow", "nite" "night")."""
    if not s:  # most optional fields are absent: skip the string work
        return ""
    words = s.lower().replace("’", "'").split()
    if not _POST_WORDS.isdisjoint(words):
        words = [POST_SPELLINGS.get(w, w) for w in words]
    return " ".join(words)


def weekday_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return WEEKDAYS.get(w) or WEEKDAY_ABBREVIATIONS.get(w) or WEEKDAY_MISSPELLINGS[w]


def is_weekday(phrase: str | None) -> bool:
    """Whether a captured phrase ends in a weekday's name, full or abbreviated ("Friday", "of
    Friday", "fri."), so a caller asks the words ``weekday_number`` reads, not its own list."""
    words = (phrase or "").split()
    w = words[-1].lower().rstrip(".") if words else ""
    return w in WEEKDAYS or w in WEEKDAY_ABBREVIATIONS or w in WEEKDAY_MISSPELLINGS


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS.get(w) or MONTH_MISSPELLINGS[w]


def amount(raw: str) -> float | None:
    """A count from digits or words; None for vague amounts ("several")."""
    w = norm(raw).replace("-and-a-", " and a ").replace("and-a-half", "and a half")
    half = 0.5 if ("1/2" in w or "½" in w or w.endswith("and a half")) else 0.0
    w = w.replace("1/2", "").replace("½", "").removesuffix("and a half").strip()
    if w.startswith("half a"):
        return 0.5
    if w.endswith((" of a", " of an")):  # "a quarter of an (hour)", "three quarters of a"
        return {"a quarter": 0.25, "three quarters": 0.75}.get(
            w.rsplit(" of ", 1)[0].replace("-", " "))
    if "," in w and w.replace(",", "").isdigit():
        w = w.replace(",", "")  # "1,000 days"
    try:
        return float(w) + half
    except ValueError:
        n = CARDINALS.get(w)
        return None if n is None else n + half



#: "Friday" for 5: how explanations name an ISO weekday number.
WEEKDAY_NAMES = {v: k.capitalize() for k, v in WEEKDAYS.items()}
