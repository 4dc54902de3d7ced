"""Context checks on a rule's match that its regex cannot express cheaply: whether a four-digit
number is a year or a count ("in 1990" against "some 1990 people", "2000 dead soldiers")."""

from __future__ import annotations

import re

from .resources.units import COUNTED_NOUNS, MEASURE_UNITS, QUANTIFIERS

#: A word that dates what follows: after it a four-digit number is a year even before a noun
#: ("In 1990 people were poorer").
_TIME_PREPOSITION = re.compile(
    r"\b(?:in|since|by|until|till|during|before|after|through|from|circa|c\.|early|late|"
    r"mid|spring|summer|autumn|fall|winter|fiscal)[\s-]*$", re.IGNORECASE)
#: A determiner or possessive: "the 2010 elections", "its 1998 results" name years.
_DETERMINER = re.compile(r"\b(?:the|its|their|his|her|our|this|that|a|an)\s+$|['’]s\s+$",
                         re.IGNORECASE)
_QUANTIFIER = re.compile(rf"\b(?:{'|'.join(QUANTIFIERS)})\s+$", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?")
_NEXT_UNIT = re.compile(
    rf"\s*(?:{'|'.join(re.escape(u) for u in sorted(MEASURE_UNITS, key=len, reverse=True))})"
    r"(?!\w)", re.IGNORECASE)


def year_is_date(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``text[start:end]`` name a year rather than count things."""
    if _NEXT_UNIT.match(text, end):
        return False  # "2000 km", "1500 metres"
    before = text[max(0, start - 24):start]
    if _TIME_PREPOSITION.search(before) or _DETERMINER.search(before):
        return True
    nxt = _NEXT_WORDS.match(text, end)
    if nxt is None:
        return True
    first, second = nxt.group(1), nxt.group(2)
    if _QUANTIFIER.search(before) and first.islower():
        return False  # "some 1990 people", "nearly 2000 new homes"
    counted = [w for w in (first, second) if w and w.lower() in COUNTED_NOUNS]
    return not (counted and (first.lower() in COUNTED_NOUNS or first.islower()))
