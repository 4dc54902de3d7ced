"""A post's bare clock hour read by the post's own words: an evening out ("drinks @ 8",
"footy at 7:30") makes it p.m., a morning routine ("gym at 6") keeps it a.m. (session 10,
round 2): a post seldom writes am/pm when its words already say which half of the day. An
evening's word right before the hour ("dinner 8ish") decides alone (session 11: the one place
that decides a bare hour's half; ``resolve.times`` only reads the field)."""

from __future__ import annotations

import re
from types import MappingProxyType

from .candidate import Candidate
from .patterns import alt
from .resources.post_locale import POST_LENGTH
from .resources.units import (
    POST_AGE_PASTS,
    POST_AMOUNT_LEADS,
    POST_EVENING_CUES,
    POST_EVENING_WORDS,
    POST_MORNING_WORDS,
    POST_NIGHT_WORDS,
    POST_PLAN_WORDS,
    POST_SPELLINGS,
)
from .words import norm

#: Rules that may find an hour with no am/pm and no part of day.
_BARE_RULES = frozenset({"clock_24h", "clock_at_sign", "clock_ish", "clock_at_day",
                         "clock_oclock", "clock_past", "clock_half_hour", "clock_hour_pod",
                         "clock_dot_cue", "clock_post_at"})
#: Fields that already decide the half of the day (or a 24-hour reading: "at 1400 hours").
_DECIDED = ("ampm", "podw", "atnight", "tonight", "later", "noon", "eve", "hhmm", "mhour")


def _words(words: frozenset[str]) -> re.Pattern[str]:
    """A case-blind search for any of ``words`` as whole words (a space inside may be any)."""
    return re.compile(r"(?<![\w'’])" + alt(words) + r"(?![\w'’])", re.IGNORECASE)


_EVENING = _words(POST_EVENING_WORDS)
_NIGHT = _words(POST_NIGHT_WORDS)
_MORNING = _words(POST_MORNING_WORDS)
#: A plan's words; posts' spellings ("tonite", "2day") only in lower case, as elsewhere.
_PLAN = _words(POST_PLAN_WORDS - POST_SPELLINGS.keys())
_PLAN_SPELT = re.compile(r"(?<![\w'’])" + alt(POST_PLAN_WORDS & POST_SPELLINGS.keys())
                         + r"(?![\w'’])")
#: The word right before "at"/"from" (an apostrophe's word whole: "we're").
_LEAD = re.compile(r"([\w'’]+)\s+$")
#: What ends a clause before the hour: a mark, a line's end, an emoji or another symbol.
_CLAUSE_END = re.compile(r"[.!?;:,\n\"“”]|[^\x00-\u1fff]")
#: A past form in the hour's clause ("learned to swim at 5"): an age, no plan's hour; "-ed"
#: after at least three letters, not after an "e" ("need", "bed", "speed" are no past).
_PAST = re.compile(r"\b(?:\w{2,}[^\We]ed|" + alt(POST_AGE_PASTS) + r")\b", re.IGNORECASE)
#: A clock time of the 24-hour clock ("14:45", "08:30"): where one is written, a bare "10:00"
#: is read as written.
_DAY_CLOCK = re.compile(r"(?<![\d:.])(?:1[3-9]|2[0-3]|0\d)[:.h][0-5]\d(?!\d)")


def day_half(text: str, cand: Candidate, lo: int, hi: int) -> Candidate:
    """``cand`` with a field "half" ("evening", "night" or "morning") when it is a bare hour
    and the post (or, in a longer text, the sentence [lo, hi)) says which half of the day its
    words belong to; ``cand`` itself otherwise (``resolve.times`` reads the field)."""
    if cand.kind == "datetime" and len(cand.parts) == 2 and cand.parts[1].kind == "clock":
        time_part = day_half(text, cand.parts[1], lo, hi)  # "quiz on weds at 8"
        if time_part is cand.parts[1]:
            return cand
        return Candidate(cand.start, cand.end, cand.text, cand.rule, cand.kind, cand.fields,
                         (cand.parts[0], time_part))
    f = cand.fields
    if cand.rule not in _BARE_RULES or any(f.get(k) for k in _DECIDED):
        return cand
    if len(text) <= POST_LENGTH:  # a post's words all count; a longer text's, the sentence's
        lo, hi = 0, len(text)
    # an evening's word right before the hour ("dinner 8ish", "tea 6ish") decides alone: no
    # morning word elsewhere ("gym at 7, dinner 8ish") nor 24-hour clock around outweighs it;
    # it names an evening out, which runs late ("dinner 11ish" is 23:00), so the night's hours
    if norm(f.get("cue")) in POST_EVENING_CUES:
        return _with_half(cand, "night")
    if _DAY_CLOCK.search(text, lo, hi):  # a 24-hour clock around: "14:45 vote, 10:00 ..."
        return cand
    morning = _MORNING.search(text, lo, hi) is not None
    if morning == (_EVENING.search(text, lo, hi) is not None):  # neither, or both
        return cand
    if morning:
        return _with_half(cand, "morning")
    return _with_half(cand, "night" if _NIGHT.search(text, lo, hi) else "evening")


def _with_half(cand: Candidate, half: str) -> Candidate:
    """``cand`` with its field "half" set."""
    return Candidate(cand.start, cand.end, cand.text, cand.rule, cand.kind,
                     MappingProxyType({**cand.fields, "half": half}), cand.parts)


def plan_hour(text: str, start: int) -> bool:
    """Whether the bare hour of a match of ``clock_post_at`` at ``start`` (its "at"/"from") is
    a post's plan's clock time: the post names today, a meal or an outing, the word before is
    no amount's lead ("tied at 3", "up from 3", "we're at 3"), and its clause tells no past (an
    age: "learned to swim at 5"), as a post seldom writes am/pm for a plan's hour."""
    if len(text) > POST_LENGTH or (_PLAN.search(text) or _PLAN_SPELT.search(text)) is None:
        return False
    lead = _LEAD.search(text, max(0, start - 40), start)
    if lead is not None and norm(lead.group(1)) in POST_AMOUNT_LEADS:
        return False
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 80), start)),
             default=max(0, start - 80))
    return _PAST.search(text, lo, start) is None
