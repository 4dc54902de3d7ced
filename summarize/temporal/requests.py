"""Requests and reschedulings (session 14): "remind me on wednesday to water the plants",
"set an alarm for monday", "can we push the standup to thursday?" name a day ahead whatever
the clause's verbs say, so the tagger reads them as an explicit future."""

from __future__ import annotations

import re

from summarize import regex_cache as rx

from .resources.post_locale import POST_LENGTH
from .resources.requests import (
    ASKED_AHEAD,
    DAY_SUITS,
    PLAN_GERUNDS,
    REQUEST_OPENER,
    REQUEST_VERBS,
    RESCHEDULE_GAP,
    RESCHEDULE_VERBS,
)

#: A request opening its sentence, up to the expression (no sentence mark on the way).
_REQUEST = rx.compile(rf"[\W_]*{REQUEST_OPENER}(?P<verb>{REQUEST_VERBS})[^.;:!?]*$",
                      re.IGNORECASE)
#: A rescheduling opening its sentence, "to" (and "the") right before the expression.
_RESCHEDULE = rx.compile(
    rf"[\W_]*{REQUEST_OPENER}(?P<verb>" + "|".join(sorted(RESCHEDULE_VERBS)) + r")\s+"
    rf"(?:(?!to\b)[\w'’]+\s+){{0,{RESCHEDULE_GAP}}}to\s+(?:the\s+)?$", re.IGNORECASE)

#: A question about what a day holds opening its sentence, up to the expression.
_ASKED = rx.compile(rf"[\W_]*{ASKED_AHEAD}[^.;:!?]*$", re.IGNORECASE)
#: A word of offering right after a weekday ("thurs works for the viewing", "monday suits").
_SUITS_AFTER = rx.compile(r"[ \t]+(?:" + "|".join(
    sorted((w.replace(" ", r"\s+") for w in DAY_SUITS), key=lambda w: (-len(w), w)))
    + r")(?![\w'’-])", re.IGNORECASE)
#: What may stand before a weekday offered: nothing, or a joining word ("so thurs works").
_SUITS_BEFORE = rx.compile(r"(?:^|[,;:!?(]|\.\s|\b(?:so|and|but|or|ok|okay|then))[ \t]*$",
                           re.IGNORECASE)


#: A day named "instead" right after it ("council says Thursday instead"): a new day, ahead.
_INSTEAD = rx.compile(r"[ \t]+instead\b", re.IGNORECASE)


def request_cue(text: str, lo: int, start: int, end: int = -1) -> str:
    """The verb of a request or a rescheduling opening the piece at ``lo`` that governs the
    expression at [start, end) ("remind me", "push"), or "instead" right after it, else "":
    such a day lies ahead."""
    if end >= 0 and _INSTEAD.match(text, end):
        return "instead"
    m = _REQUEST.match(text, lo, start) or _RESCHEDULE.match(text, lo, start)
    if m:
        return " ".join(m.group("verb").lower().split())
    if _ASKED.match(text, lo, start):
        return "what's on"
    return ""


def offered_day(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the weekday at [start, end) opens its phrase as the subject of a word of
    offering ("thurs works for the viewing", "so monday suits"): a day proposed, ahead, as
    round 2's "the 9th works for us" is (session 14, round 3)."""
    return _SUITS_AFTER.match(text, end) is not None and _SUITS_BEFORE.search(
        text[lo:start]) is not None


#: A post's plan up to the expression, with no sentence mark or comma on the way: a present
#: progressive of a plan's verb ("summer and i are doing the fair on"), or such a gerund
#: opening the piece with no subject ("meeting sam at the lido").
_PLANNED = rx.compile(
    # ... or a question's "who's going to the gig sat nite?", "anyone going" (session 29)
    r"(?:[\W_]*|.*?\b(?:am|are|is|i['’]?m|we['’]?re|they['’]?re|you['’]?re|who['’]?s|whos|"
    r"any(?:one|body|1))\s+)"
    r"(?:" + "|".join(sorted(PLAN_GERUNDS)) + r")\b[^.;:!?,\n]*$", re.IGNORECASE)


def planned_day(text: str, lo: int, start: int) -> bool:
    """Whether a lower-case weekday at ``start`` ends a post's plan opening at ``lo`` ("we're
    doing the regatta on saturday", "meeting sam at the lido thursday night"): ahead, as a
    near progressive's day is, where the progressive stands too far for the tense to see."""
    if len(text) > POST_LENGTH or not text[start:start + 1].islower():
        return False
    if _PLANNED.match(text, lo, start) is not None:
        return True
    # ... or such a gerund opening the piece's last part after a strong mark ("took ages.
    # heading up to york sat morn": session 26)
    a = max((m.end() for m in _STRONG_MARK.finditer(text, lo, start)), default=lo)
    return a > lo and _PLANNED.match(text, a, start) is not None


#: Marks that close a post's sentence, as a splitter may not ("40 mins. heading up").
_STRONG_MARK = rx.compile(r"[;!?]|\.(?=\s)")
