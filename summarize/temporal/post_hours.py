"""A post's bare clock hour read by the post's own words: an evening out ("drinks @ 8",
"footy at 7:30") makes it p.m., a morning routine ("gym at 6") keeps it a.m. (session 10,
round 2): a post seldom writes am/pm when its words already say which half of the day. An
evening's word right before the hour ("dinner 8ish") decides alone (session 11: the one place
that decides a bare hour's half; ``resolve.times`` only reads the field)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType

from summarize import regex_cache as rx

from ..models import Mention
from .candidate import Candidate
from .patterns import WEEKDAY, alt
from .resources.calendar_words import WEEKDAY_ABBREVIATIONS
from .resources.day_words import TOMORROW_SPELLINGS
from .resources.post_locale import POST_LENGTH
from .resources.units import (
    POST_AGE_PASTS,
    POST_AHEAD_PARTICIPLES,
    POST_AMOUNT_LEADS,
    POST_EVENING_CUES,
    POST_EVENING_FIXTURES,
    POST_EVENING_WORDS,
    POST_MARGIN_WORDS,
    POST_MORNING_WORDS,
    POST_NIGHT_WORDS,
    POST_PLAN_WORDS,
    POST_SPELLINGS,
)
from .words import norm

#: Rules that may find an hour with no am/pm and no part of day.
_BARE_RULES = frozenset({"clock_24h", "clock_at_sign", "clock_ish", "clock_at_day",
                         "clock_oclock", "clock_past", "clock_half_hour", "clock_hour_pod",
                         "clock_dot_cue", "clock_dot_from", "clock_post_at",
                         "clock_post_listing",
                         "clock_event_start",
                         "clock_alarm", "clock_half_post"})  # session 28
#: Fields that already decide the half of the day (or a 24-hour reading: "at 1400 hours").
_DECIDED = ("ampm", "podw", "atnight", "tonight", "later", "noon", "eve", "hhmm", "mhour")


def _words(words: frozenset[str]) -> re.Pattern[str]:
    """A case-blind search for any of ``words`` as whole words (a space inside may be any),
    a possessive's or a contraction's "'s" after one too ("book club's at mine"; session 26)."""
    return rx.compile(r"(?<![\w'’])" + alt(words) + r"(?:(?![\w'’])|(?=['’]s\b))",
                      re.IGNORECASE)


_EVENING = _words(POST_EVENING_WORDS)
_FIXTURE = _words(POST_EVENING_FIXTURES)
_NIGHT = _words(POST_NIGHT_WORDS)
_MORNING = _words(POST_MORNING_WORDS)
#: A night named by its day ("tickets for saturday night", "fri nite", "tmrw night"): a plan's
#: evening, as "tonight" is (session 30, round 2); "last night", "last friday night" and a
#: night told in the past ("saturday night was mad") are no evening's words.
_NAMED_NIGHT = rx.compile(r"(?<!last )(?<![\w'’])(?:" + WEEKDAY + "|"
                          + alt(WEEKDAY_ABBREVIATIONS) + "|" + alt(TOMORROW_SPELLINGS)
                          + r")\s+(?:night|nite)(?![\w'’])"
                          r"(?!\s+(?:was|were)\b)",
                          re.IGNORECASE)
#: A plan's words; posts' spellings ("tonite", "2day") only in lower case, as elsewhere.
_PLAN = _words(POST_PLAN_WORDS - POST_SPELLINGS.keys())
_PLAN_SPELT = rx.compile(r"(?<![\w'’])" + alt(POST_PLAN_WORDS & POST_SPELLINGS.keys())
                         + r"(?![\w'’])")
#: The word right before "at"/"from" (an apostrophe's word whole: "we're").
_LEAD = rx.compile(r"([\w'’]+)\s+$")
#: What ends a clause before the hour: a mark, a line's end, an emoji or another symbol.
_CLAUSE_END = rx.compile(r"[.!?;:,\n\"“”]|[^\x00-\u1fff]")
#: A past form in the hour's clause ("learned to swim at 5"): an age, no plan's hour; "-ed"
#: after at least three letters, not after an "e" ("need", "bed", "speed" are no past).
_PAST = rx.compile(r"\b(?!" + alt(POST_AHEAD_PARTICIPLES) + r"\b)(?:\w{2,}[^\We]ed|"
                   + alt(POST_AGE_PASTS) + r")\b", re.IGNORECASE)
#: A clock time of the 24-hour clock ("14:45", "08:30"): where one is written, a bare "10:00"
#: is read as written.
_DAY_CLOCK = rx.compile(r"(?<![\d:.])(?:1[3-9]|2[0-3]|0\d)[:.h][0-5]\d(?!\d)")
#: A list of clock times after "at"/"from" right before its last "and" ("at 6, 7:30 and"):
#: the hour after that "and" is the list's last (session 15, round 3).
_LISTED_AT = rx.compile(r"\b(?:at|from)\s+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?:\s*,\s*"
                        r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?)*\s*,?\s+$", re.IGNORECASE)
#: "since <hour>" and a gerund: an activity under way since that hour ("in the library since
#: 9 revising"; session 28), a clock time in a post with no word of the morning or the evening.
_SINCE_GERUND = rx.compile(r"since\s+(?:1[0-2]|0?[1-9])\s+[a-z]{2,}ing\b", re.IGNORECASE)
#: A result's or a sum's word before a post's "by <hour>" (session 13).
_MARGIN = _words(POST_MARGIN_WORDS)
_ABBR = alt(WEEKDAY_ABBREVIATIONS)
#: A club's or a group's regular meeting in a post ("we meet the last thursday of the month",
#: "the circle meets every tuesday"): a bare hour from six to eight is the evening's, as a
#: club's practice is (session 26, round 2); ten stays the morning ("we meet every sunday at 10").
_CLUB_MEETS = rx.compile(r"\b(?:we|club|group|society|circle)\s+meets?\b", re.IGNORECASE)
_CLUB_DAY = rx.compile(
    rf"\b(?:(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:{WEEKDAY}|{_ABBR})\s+of\s+"
    rf"(?:the|each|every)\s+month|(?:every|each)\s+(?:other\s+)?(?:{WEEKDAY}|{_ABBR}))\b",
    re.IGNORECASE)
#: The rules of a post's bare hours that the post's plan admits (``plan_hours``).
PLAN_RULES = frozenset({"clock_post_at", "clock_post_listing", "clock_dot_from",
                        "clock_half_post"})  # session 28: "on stage half 8" after "2nite"
#: Kinds of the other times that make a post's bare hour a plan's clock time.
_TIME_KINDS = frozenset({"clock", "datetime", "pod", "weekday", "deictic_day", "holiday",
                         "date", "day_of_month", "numeric"})


#: What lies between a time and the bare hour its preposition joins ("Tonite at 7").
_JUST_BEFORE = rx.compile(r"\s*(?:at|from|by|before|b4|til|till|until|@)?\s*", re.IGNORECASE)


def _other_time(text: str, cands: list[Candidate], cand: Candidate) -> bool:
    """Whether a post names a day or a time besides ``cand`` and not as the word right before
    its preposition ("Tonite at 7": the capitalised spelling is left alone, as elsewhere); one
    with another word or a mark between counts ("ended 1am, soup at 2"; session 15, round 3)."""
    return any(c.kind in _TIME_KINDS and c.rule not in PLAN_RULES
               and not (cand.start - 12 <= c.end <= cand.start
                        and _JUST_BEFORE.fullmatch(text, c.end, cand.start))
               and not c.start <= cand.start < c.end for c in cands)


def day_half(text: str, cand: Candidate, lo: int, hi: int, earlier: int | None = None,
             small: int | None = None) -> Candidate:
    """``cand`` with a field "half" ("evening", "night" or "morning") when it is a bare hour
    and the post (or, in a longer text, the sentence [lo, hi)) says which half of the day its
    words belong to, or ("pm") when the post's words say neither and its last clock time
    before, ``earlier`` (an hour of the afternoon or the evening), runs on into its p.m.
    ("first pitch was 7:05 [19:05], we're past 9:30 now"), or ("am") when it runs on from
    ``small``, the hour of the post's last clock time written with "am" in the small hours;
    ``cand`` itself otherwise (``resolve.times`` reads the field)."""
    if cand.kind == "datetime" and len(cand.parts) == 2 and cand.parts[1].kind == "clock":
        if cand.parts[0].kind == "pod":
            return cand  # "at 2:15 last night": its part of day decides
        time_part = day_half(text, cand.parts[1], lo, hi, earlier, small)  # "quiz weds at 8"
        if time_part is cand.parts[1]:
            return cand
        return Candidate(cand.start, cand.end, cand.text, cand.rule, cand.kind, cand.fields,
                         (cand.parts[0], time_part))
    f = cand.fields
    if cand.rule not in _BARE_RULES or any(f.get(k) for k in _DECIDED):
        return cand
    if cand.rule == "clock_alarm":
        return _with_half(cand, "am")  # "alarm set for 7": the morning's (session 28)
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
    if f.get("scue") or f.get("show"):  # a show's listing: "Doors 8, show 9" (session 13)
        return _with_half(cand, "morning" if morning else "evening")
    evening = _EVENING.search(text, lo, hi) is not None or _NAMED_NIGHT.search(text, lo, hi) \
        is not None or (
        not morning and (_FIXTURE.search(text, lo, hi) is not None  # "choir practice at 7"
                         or _club_meeting(text, lo, hi, f)))
    if not morning and _runs_on_small_hours(f, small, evening):
        return _with_half(cand, "am")  # "home at 1am, in bed by 3" (session 13, round 2)
    if morning == evening:  # neither, or both
        if not morning and (_runs_on(f, earlier) or _waking_hour(f)):
            return _with_half(cand, "pm")
        return cand
    if morning:
        return _with_half(cand, "morning")
    if _NIGHT.search(text, lo, hi):
        return _with_half(cand, "night")
    return _with_half(cand, "pm" if _waking_hour(f) else "evening")


def _club_meeting(text: str, lo: int, hi: int, f) -> bool:
    """Whether a bare hour of fields ``f`` from six to eight is a club's regular meeting's in
    ``text`` [lo, hi): "we meet the last thursday of the month at 7:30" (session 26, round 2)."""
    written = _written_hour(f)
    return written is not None and 6 <= written <= 8 \
        and _CLUB_MEETS.search(text, lo, hi) is not None \
        and _CLUB_DAY.search(text, lo, hi) is not None


def _waking_hour(f) -> bool:
    """Whether a bare clock time of fields ``f`` is an unpadded "H:MM" of one to four
    ("at 2:41", "go at 1:30"): with no word of the morning or the night around, it is read
    in the afternoon, when people are awake; the small hours are written "2:41am", "02:41"
    or with the night's words (session 20)."""
    hour, minute = f.get("hour") or "", f.get("minute")
    return minute is not None and len(hour) == 1 and "1" <= hour <= "4" and not f.get("tz") \
        and (f.get("span") or "").count(":") == 1 \
        and f"{hour}:{minute}" in f["span"]  # "1h45", "2:04:51": a 24-hour clock's, a log's


def _written_hour(f) -> int | None:
    """The hour a bare clock time of fields ``f`` writes in digits, if it does."""
    written = f.get("hourw") or f.get("hour") or ""
    return int(written) if written.isdigit() else None


def _runs_on(f, earlier: int | None) -> bool:
    """Whether a bare hour of fields ``f`` (one to eleven as written) is read on from a post's
    clock time of hour ``earlier`` (noon or later): its p.m. lies from three hours before that
    one to six after, as a post's times run forward (session 13)."""
    written = _written_hour(f)
    if earlier is None or earlier < 12 or written is None or not 1 <= written <= 11:
        return False
    return -3 <= written + 12 - earlier <= 6


def _runs_on_small_hours(f, earlier: int | None, evening: bool) -> bool:
    """Whether a bare hour of fields ``f`` runs on from a post's clock time in the small hours
    (hour ``earlier``, midnight to five a.m.): written up to five hours after it, it stays in
    the night's a.m. ("home at 1am, asleep by 3"), not the afternoon a bare hour defaults to;
    with an evening's word in the post ("bed", "dinner") only up to four, below the evening's
    own hours (session 13, round 2)."""
    written = _written_hour(f)
    if earlier is None or not 0 <= earlier <= 5 or written is None:
        return False
    return 0 < written - earlier <= 5 and (not evening or written <= 4)


_SMALL_HOURS_AM = rx.compile(r"^(?:0?[0-5]|12)(?:[:.][0-5]\d)?\s*a\.?m\b\.?$", re.IGNORECASE)


def last_clock_hours(text: str, out: Sequence[Mention]) -> tuple[int | None, int | None]:
    """The hour of the last clock time found in a post ``text`` (``out``: its mentions so far),
    which its next bare hour may run on from, and the same hour again when that clock time is
    one written with "am" in the small hours ("1am", "2:30 a.m.") or a bare hour read there
    (the "2" of "ended 1am, soup at 2": session 15, round 3), else None (``day_half``'s
    ``earlier`` and ``small``); both None in a longer text (session 13)."""
    if len(text) > POST_LENGTH:
        return None, None
    for m in reversed(out):
        if m.type == "TIME" and m.value[10:11] == "T" and m.value[11:13].isdigit():
            hour = int(m.value[11:13])
            small = hour <= 5 and (_SMALL_HOURS_AM.match(m.text) is not None
                                   or (m.text.isdigit() and m.value[13:] in ("", ":00")))
            return hour, hour if small else None  # "1am, soup at 2 [02:00], slept at 4"
    return None, None


def _with_half(cand: Candidate, half: str) -> Candidate:
    """``cand`` with its field "half" set."""
    return Candidate(cand.start, cand.end, cand.text, cand.rule, cand.kind,
                     MappingProxyType({**cand.fields, "half": half}), cand.parts)


def plan_hour(text: str, start: int) -> bool:
    """Whether the bare hour of a match of ``clock_post_at`` at ``start`` (its "at"/"from"/
    "by"...) may be a post's plan's clock time: the word before is no amount's lead ("tied at
    3", "up from 3", "we're at 3") nor a number ("2 by 2"), a "by" follows no result ("won by
    3"), an "and" ends a list of hours after "at" ("at 6, 7:30 and 9"; session 15, round 3),
    and its clause tells no past (an age: "learned to swim at 5"); whether the post names
    a plan is ``plan_hours``'s to say, over the whole post (session 13)."""
    if len(text) > POST_LENGTH:
        return False
    if text[start:start + 5].lower() == "since" and _EVENING.search(text) is None \
            and _MORNING.search(text) is None and _SINCE_GERUND.match(text, start) is None:
        return False  # "since 6" only in a post of an evening out ("fireworks"; session 26)
        # or of the morning ("lying awake since 5"; session 27)
    if text[start:start + 3].lower() == "and" and _LISTED_AT.search(
            text, max(0, start - 60), start) is None:
        return False  # a list's last hour only after the list's "at": "at 6, 7:30 and 9"
    lead = _LEAD.search(text, max(0, start - 40), start)
    if lead is not None and norm(lead.group(1)) in POST_AMOUNT_LEADS:
        return False
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 80), start)),
             default=max(0, start - 80))
    if text[start:start + 2].lower() == "by" and (
            _MARGIN.search(text, lo, start) or (lead is not None and lead.group(1).isdigit())):
        return False  # a margin, a sum or a size: "beat the Owls by 2", "divided by 8", "2 by 2"
    return _PAST.search(text, lo, start) is None


def names_a_plan(text: str) -> bool:
    """Whether ``text`` names today, a meal, an outing or a day's fixture (a post's plan)."""
    return (_PLAN.search(text) or _PLAN_SPELT.search(text)) is not None


def plan_hours(text: str, cands: list[Candidate], where: list[int],
               pieces: Sequence[tuple[int, int, int]]) -> tuple[list[Candidate], list[int]]:
    """``cands`` (and their pieces ``where``) without the post's bare hours (``PLAN_RULES``)
    that name no plan's time: one is kept when its sentence names a plan (session 12) or, in a
    post, when the post names one or another day or time anywhere ("night shift over at
    7:30am. no calls b4 3"), as a post's sentences share its plan (session 13)."""
    hours = [_plan_part(c) for c in cands]
    if all(h is None for h in hours):
        return cands, where
    post = len(text) <= POST_LENGTH and names_a_plan(text)
    out: list[Candidate] = []
    out_where: list[int] = []
    for k, (c, hour) in enumerate(zip(cands, hours, strict=True)):
        if hour is not None and not (
                post or (len(text) <= POST_LENGTH and _other_time(text, cands, hour))
                or (hour.rule == "clock_post_at"
                and names_a_plan(text[pieces[where[k]][0]:pieces[where[k]][1]]))):
            if hour is c:
                continue
            c = c.parts[0]  # "Tonite at 7": the day word alone, as before the hour was read
        out.append(c)
        out_where.append(where[k])
    return out, out_where


def _plan_part(cand: Candidate) -> Candidate | None:
    """The post's bare hour of ``PLAN_RULES`` that ``cand`` is or ends with (a day and its
    hour: "tmrw at 7"), if any."""
    if cand.rule in PLAN_RULES:
        return cand
    if cand.kind == "datetime" and len(cand.parts) == 2 and cand.parts[1].rule in PLAN_RULES:
        return cand.parts[1]
    return None
