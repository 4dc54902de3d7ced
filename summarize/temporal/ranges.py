"""Two bare weekdays that make one range ("from Tuesday to Sunday", "between Monday and
Wednesday", "between now and Friday") are read together, so the range never runs backwards:
the end is the first such weekday after the start, and a range that is not ahead of the
publication date ends on or before it (news report the past)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from summarize import regex_cache as rx

from ..models import Mention
from .appositions import OPEN_BRACKET
from .patterns import alt
from .resources.calendar_words import TIMED_SERVICES, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .resources.units import EVENING_HOUR, SMALL_HOURS_END
from .resources.verbs import PROGRAMME_SUBJECTS
from .values import Cal, interval, value

#: What joins a range's two ends ("mon-fri", "Monday through Friday", "9pm till 5am").
_RANGE_JOIN = r"-|–|—|to|until|till|through|thru"
_GAP = rx.compile(rf"\s*(?:{_RANGE_JOIN}|and|&)\s*", re.IGNORECASE)
_BETWEEN = rx.compile(r"\bbetween\s+$", re.IGNORECASE)
_NOW = frozenset({"now", "today", "right now"})


def _weekday(m: Mention) -> int | None:
    """The ISO weekday of a mention that is a bare weekday name or abbreviation ("Friday",
    "on Friday", "fri")."""
    if m.rule not in ("weekday", "weekday_abbr") or m.granularity != "day" or m.anchor != "dct":
        return None
    word = m.text.lower().removeprefix("on ").strip().rstrip(".")
    return WEEKDAYS.get(word) or WEEKDAY_ABBREVIATIONS.get(word)  # "fri-mon" (session 11)


def _at(m: Mention, day: date, why: str) -> Mention:
    start = datetime.combine(day, datetime.min.time())
    return replace(m, value=day.isoformat(), interval=(start, start + timedelta(days=1)),
                   explanation=f"{m.explanation}; {why}")


def order_weekday_ranges(text: str, mentions: Sequence[Mention], dct: date | None
                         ) -> list[Mention]:
    """``mentions`` with the two ends of every weekday range read as one range."""
    out = list(mentions)
    if dct is None:
        return out
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        gap = text[a.end:b.start]
        end_wd = _weekday(b)
        if a.sentence == b.sentence and a.text.lower() not in _NOW and _weekday(a) is None \
                and _after_a_start_ahead(text, a, b, dct):
            # "a storm watch from tomorrow night through Thursday morning": a range never runs
            # back before its start ahead (session 25)
            out[k] = _weeks_on(b, a.day)
            continue
        if end_wd is None or a.sentence != b.sentence or not _GAP.fullmatch(gap):
            continue
        if gap.strip() == "&" and a.text.lower() not in WEEKDAY_ABBREVIATIONS:
            continue  # a post's "wed & thu" is a range (session 11); "Monday & Friday" two days
        if gap.strip().lower() == "and" and not _BETWEEN.search(text[max(0, a.start - 12):
                                                                      a.start]):
            continue  # "on Monday and Friday": two days, not a range
        if a.text.lower() in _NOW:
            end = dct + timedelta(days=(end_wd - dct.isoweekday()) % 7)
            out[k] = _at(b, end, f"a range from '{a.text}': the first one on or after the "
                                 "publication date")
            continue
        start_wd = _weekday(a)
        if start_wd is None or a.day is None:
            continue
        start = a.day
        end = start + timedelta(days=(end_wd - start_wd) % 7 or 7)
        # a range from the publication day itself looks ahead when its end was read ahead
        # ("opens Monday-Friday", told on a Monday; session 18); a past one keeps its week
        ahead = start > dct or (start == dct and b.day is not None and b.day > dct)
        if not ahead and end > dct:
            start, end = start - timedelta(days=7), end - timedelta(days=7)
        how = "ahead of" if ahead else "ending on or before"
        span = f"read with '{a.text}' – '{b.text}' as one range {start.isoformat()} to " \
               f"{end.isoformat()}, {how} the publication date {dct.isoformat()}"
        out[k - 1], out[k] = _at(a, start, span), _at(b, end, span)
    return out


#: What joins a range's end to a start that is no bare weekday ("tomorrow night through").
_END_GAP = rx.compile(rf"\s*(?:{_RANGE_JOIN}|til)\s*", re.IGNORECASE)
#: A weekday's part of day, as the resolver values it ("1996-12-19TMO").
_POD_VALUE = rx.compile(r"\d{4}-\d\d-\d\dT[A-Z]{2}")


def _after_a_start_ahead(text: str, a: Mention, b: Mention, dct: date | None) -> bool:
    """Whether ``b``, a weekday or a weekday's part of day read against the publication date
    ("Thursday morning"), ends a range ("through", "to", "until") whose start ``a`` is no bare
    weekday but a day on or after the publication date ("tomorrow night", "tonight") and ``b``
    was read before that start: the end of a range cannot come before its start; so does a
    clock time with its weekday after it ("from 10pm tonight until 5am Wed"; session 27)."""
    if dct is None or b.anchor not in ("dct", "discourse") or b.day is None or a.day is None \
            or a.day < dct or b.day >= a.day or a.anchor == "none" \
            or (b.anchor == "discourse" and b.rule != "time_on_date"):
        return False
    if b.rule == "time_on_date":  # "from 10pm tonight until 5am Wed" (session 27)
        first = b.text.split()[-1].lower().rstrip(".,")
    elif not (b.rule in ("weekday", "weekday_abbr") or _POD_VALUE.fullmatch(b.value)):
        return False
    else:
        first = b.text.split()[0].lower().rstrip(".,")
    if WEEKDAYS.get(first) is None and WEEKDAY_ABBREVIATIONS.get(first) is None:
        return False
    return _END_GAP.fullmatch(text, a.end, b.start) is not None


def _weeks_on(m: Mention, start: date) -> Mention:
    """``m``, a weekday or its part of day, moved on by whole weeks to the first such day on or
    after ``start``."""
    weeks = -(-(start - m.day).days // 7)
    shift = timedelta(days=7 * weeks)
    day = m.day + shift
    return replace(m, value=day.isoformat() + m.value[10:],
                   interval=(m.interval[0] + shift, m.interval[1] + shift),
                   explanation=f"{m.explanation}; the end of a range from a day ahead: the "
                               f"first one on or after it, {day.isoformat()}")


#: What joins two months of one list ("October and November 1995", "June, July and August").
_LIST_GAP = rx.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&)\s*", re.IGNORECASE)
#: What joins the two ends of a range of months ("from October to March").
_MONTH_RANGE_GAP = rx.compile(rf"\s*(?:{_RANGE_JOIN})\s*", re.IGNORECASE)
_MONTH_VALUE = rx.compile(r"(\d{4})-(\d\d)")
_YEAR_IN = rx.compile(r"\d{4}|['’]\d\d\b")


def _month(m: Mention) -> tuple[int, int] | None:
    """(year, month) of a month-level mention ("October", "November 1995")."""
    found = _MONTH_VALUE.fullmatch(m.value) if m.granularity == "month" else None
    return (int(found.group(1)), int(found.group(2))) if found else None


def _in_year(m: Mention, year: int, month: int, why: str) -> Mention:
    """``m``, a month-level mention, moved to ``month`` of ``year``: its value and its interval
    as the resolver makes them (narrowed by its mod: "late October" is the month's last third)."""
    cal = Cal("month", date(year, month, 1))
    return replace(m, value=value(cal), interval=interval(cal, m.mod),
                   explanation=f"{m.explanation}; {why}")


def order_month_ranges(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with months read together (session 18): bare months listed in rising order
    before a month of another year take that year ("in October and November 1995"), and a range
    of months never runs backwards: the end's year decides and the start is the last such month
    on or before it ("from October to March", "from October to March 1996"), or the start's year
    does when only the start names one ("from October 1995 to March")."""
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):  # from the end, so a list's year travels back
        a, b = out[k - 1], out[k]
        ma, mb = _month(a), _month(b)
        if ma is None or mb is None or a.sentence != b.sentence:
            continue
        gap = text[a.end:b.start]
        a_year = _YEAR_IN.search(a.text) is not None
        b_year = _YEAR_IN.search(b.text) is not None
        if _LIST_GAP.fullmatch(gap):
            if not a_year and ma[0] != mb[0] and ma[1] < mb[1]:
                out[k - 1] = _in_year(a, mb[0], ma[1], f"listed with '{b.text}': its year")
        elif _MONTH_RANGE_GAP.fullmatch(gap):
            if a_year and not b_year:
                year = ma[0] + (mb[1] < ma[1])
                if year != mb[0]:
                    out[k] = _in_year(b, year, mb[1], f"the end of a range from '{a.text}': "
                                                      "the first such month on or after it")
            elif not a_year:
                year = mb[0] - (ma[1] > mb[1])
                if year != ma[0]:
                    out[k - 1] = _in_year(a, year, ma[1], f"the start of a range to '{b.text}'"
                                                          ": the last such month on or before it")
    return out


_CLOCK_GAP = rx.compile(rf"\s*(?:{_RANGE_JOIN}|til)\s*", re.IGNORECASE)  # and "10pm til 4am"
#: "and" joining two clock times after "between" ("between 2 p.m. and 7 p.m."; session 22).
_AND_GAP = rx.compile(r"\s*(?:and|&)\s*", re.IGNORECASE)
_MORNING_END = rx.compile(r"\d\s*(?:am|a\.m\.?)$", re.IGNORECASE)
#: Rules of a clock time with no day of its own ("5am"; not "2 a.m. Friday").
_BARE_CLOCK_RULES = frozenset({"clock_ampm", "clock_24h"})
_CLOCK_GRANULARITIES = frozenset({"hour", "minute"})


def _clock_pair(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` are both clock times (hour or minute), with their intervals."""
    return a.type == "TIME" and b.type == "TIME" and a.interval is not None \
        and b.interval is not None and a.granularity in _CLOCK_GRANULARITIES \
        and b.granularity in _CLOCK_GRANULARITIES


def _clock_range(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` are two clock times of one sentence joined as a range ("10pm
    till 4am", "9am-5pm", "between 2 p.m. and 7 p.m."), both with their intervals."""
    return a.sentence == b.sentence and _clock_pair(a, b) \
        and (_CLOCK_GAP.fullmatch(text[a.end:b.start]) is not None
             or (_AND_GAP.fullmatch(text[a.end:b.start]) is not None
                 and _BETWEEN.search(text, max(0, a.start - 12), a.start) is not None))


def order_clock_ranges(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the morning end of an evening clock range ("tonight 9pm-5am", "10pm
    till 4am") on the day after its start: the range runs past midnight (session 12), as a
    closure's or a shift's hours do; an end with a day of its own keeps it."""
    out = list(mentions)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if b.rule not in _BARE_CLOCK_RULES or not _MORNING_END.search(b.text) \
                or not _clock_range(text, a, b):
            continue
        start, end = a.interval[0], b.interval[0]
        if start.date() != end.date() or start.hour < 12 or end >= start:
            continue
        out[k] = _moved(b, timedelta(days=1), f"the end of the range from '{a.text}', past "
                                              "midnight: the day after")
    return out


#: Rules of a clock time joined to the day it names ("Good Friday 9am", "9am Saturday", "3pm
#: sat", "Friday at 4").
_DAY_CLOCK_RULES = frozenset({"date_at_time", "time_on_date", "weekday_abbr_time",
                              "clock_at_day"})


def date_clock_range_ends(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a bare clock time that ends a range whose start names its day ("Good
    Friday 9am-2pm", "Sat 10am till 4pm": the end on that day, whatever the clause's tense did
    to the bare end; session 24, round 2); ``order_clock_ranges`` then moves a morning end past
    midnight."""
    out = list(mentions)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if b.rule not in _BARE_CLOCK_RULES or a.rule not in _DAY_CLOCK_RULES \
                or not _BARE_CLOCK_TEXT.fullmatch(b.text) or not _clock_range(text, a, b):
            continue  # a zone's "9:30 a.m. ET" names no day
        shift = a.interval[0].date() - b.interval[0].date()
        if shift:
            out[k] = _moved(b, shift, f"the end of the range from '{a.text}': on its day")
    return out


#: A clock time and nothing else ("10am", "9", "about 7:30 p.m."): a range's start with no
#: day of its own.
_BARE_CLOCK_TEXT = rx.compile(r"(?:(?:about|around|approximately|roughly)\s+)?\d{1,2}"
                              r"(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
#: Rules whose clock time may start a range.
_RANGE_START_RULES = frozenset({"clock_ampm", "clock_24h", "clock_range_start",
                                "clock_from_till", "clock_comma_till"})


def date_clock_range_starts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a bare clock time that starts a range on the day its end names ("from
    10am until 4pm on Sunday", "9 till 5 Friday": the start is on that Sunday, that Friday,
    not on the day under discussion before it); the day before when the start's hour is later
    than the end's ("10pm until 4am on Sunday") (session 16)."""
    out = list(mentions)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not (a.rule == "clock_hhmm_range" or (a.rule in _RANGE_START_RULES
                                                  and _BARE_CLOCK_TEXT.fullmatch(a.text))) \
                or _BARE_CLOCK_TEXT.fullmatch(b.text) or b.rule == "clock_hhmm_range_end" \
                or not _clock_range(text, a, b):
            continue  # a shift's "0600 to 1800 on Sunday" too (session 25, round 2)
        start, end = a.interval[0], b.interval[0]
        day = end.date() - timedelta(days=1 if start.time() > end.time() else 0)
        shift = day - start.date()
        if not shift:
            continue
        out[k - 1] = _moved(a, shift, f"the start of the range to '{b.text}': on its day")
    return out


#: What leads a range's end into the small hours: "until", "till", "til", "to".
_UNTIL_BEFORE = rx.compile(r"(?<![\w'’])(?:until|till|til|'til|’til|to)[ \t]+$", re.IGNORECASE)


#: "after" right before a midnight ("double fare after midnight"; session 26).
_AFTER_BEFORE = rx.compile(r"(?<![\w'’])after[ \t]+$", re.IGNORECASE)


def small_hours_after_evening(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a bare small-hours clock time after "until/till/to" ("trains run
    every 20 mins until 3am") on the day after the evening clock time its sentence named last
    ("free from 9pm tonight"), when both fell on one day: a range's end earlier than its start
    runs past midnight, as ``order_clock_ranges`` reads "10pm till 4am" (session 25, round 2).
    An end with a day of its own, a morning start ("from 8am until 2pm", "open 2am to 8pm")
    and an end not in the small hours keep their reading."""
    out = list(mentions)
    for k in range(1, len(out)):
        b = out[k]
        if b.rule not in _BARE_CLOCK_RULES or not _MORNING_END.search(b.text) \
                or not _BARE_CLOCK_TEXT.fullmatch(b.text) or b.interval is None \
                or b.interval[0].hour >= SMALL_HOURS_END:
            continue
        a = next((m for m in reversed(out[:k]) if m.sentence == b.sentence
                  and m.type == "TIME" and m.interval is not None), None)
        if _UNTIL_BEFORE.search(text, max(0, b.start - 8), b.start) is None:
            if a is not None and a.value.endswith("T24:00") and a.text.lower() == "midnight" \
                    and _AFTER_BEFORE.search(text, max(0, a.start - 8), a.start) \
                    and a.value[:10] == b.value[:10]:
                # "double fare after midnight, last pickups 3am": the small hours after the
                # midnight that ends the day told of fall on the next day (session 26)
                out[k] = _moved(b, timedelta(days=1), f"after '{a.text}' ending its day: the "
                                                      "small hours of the day after")
            continue
        if a is None or not _clock_pair(a, b) or a.interval[0].date() != b.interval[0].date() \
                or a.interval[0].hour < EVENING_HOUR:
            continue
        out[k] = _moved(b, timedelta(days=1), f"the end of a stretch from '{a.text}', past "
                                              "midnight: the day after")
    return out


def date_clock_lists(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the bare clock times of a list that ends in one with a day of its
    own on that day ("held at 6.30am, 7.30am and 8.30am on Monday": all three on that Monday,
    not the first two on the day under discussion before; session 23)."""
    out = list(mentions)
    donor: Mention | None = None  # the list's last clock time, whose day the others take
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if donor is None and not _BARE_CLOCK_TEXT.fullmatch(b.text):
            donor = b
        if donor is None or a.rule not in _BARE_CLOCK_RULES \
                or not _BARE_CLOCK_TEXT.fullmatch(a.text) or a.sentence != b.sentence \
                or not _clock_pair(a, b) or _LIST_GAP.fullmatch(text[a.end:b.start]) is None \
                or _clock_range(text, a, b):  # "between 10pm and 4am": the range's pass
            donor = None
            continue
        shift = donor.interval[0].date() - a.interval[0].date()
        if shift:
            out[k - 1] = _moved(a, shift, f"listed with '{donor.text}': on its day")
    return out


#: A clock time naming an event (a programme's noun, a timetable's run, a showing or a
#: sitting; one word may come between) and "on" right before a day: "the 11am service on
#: Christmas Day", "an extra 11pm screening on xmas eve" (session 27).
_CLOCK_EVENT_NOUNS = (PROGRAMME_SUBJECTS - {"day"}) | TIMED_SERVICES | {
    "showing", "showings", "screenings", "shows", "performance", "performances", "matinee",
    "sitting", "sittings", "session", "sessions", "slot", "slots", "class", "classes", "mass",
    "tour", "tours", "concerts", "matches", "races", "talks", "workshops", "kick-off", "kickoff"}
_CLOCK_EVENT_ON = rx.compile(r"[ \t]+(?:[a-z][\w'’-]*[ \t]+)?"
                             rf"{alt(_CLOCK_EVENT_NOUNS)}[ \t]+on[ \t]+", re.IGNORECASE)


def clock_event_days(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a bare clock time that names an event dated right after it on that
    day ("we've added an 11pm showing on xmas eve": 23:00 on Christmas Eve, whatever the
    clause's tense says of the adding; session 27)."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.type != "TIME" or a.granularity not in _CLOCK_GRANULARITIES or a.interval is None \
                or not _BARE_CLOCK_TEXT.fullmatch(a.text) or b.day is None \
                or b.type != "DATE" or b.granularity != "day" or a.sentence != b.sentence \
                or _CLOCK_EVENT_ON.fullmatch(text, a.end, b.start) is None:
            continue
        shift = b.day - a.interval[0].date()
        if shift:
            out[k] = _moved(a, shift, f"the event '{b.text}' dates")
    return out


#: The zones that are universal time, in a clock time's conversion in brackets right after
#: another ("9:47 p.m. (0047 GMT)").
_UNIVERSAL = rx.compile(r"\b(?:GMT|UTC|Z)\b")
#: The widest offsets of a local time from universal time, in minutes (UTC-12 to UTC+14).
_WEST, _EAST = -12 * 60, 14 * 60


def convert_across_midnight(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a bracketed universal time after a local clock time moved to the day
    before or after the local time's day when no offset a zone may have joins them on one day:
    "launched at 9:47 p.m. (0047 GMT)" is 00:47 on the next day, "at 1:30 a.m. (2130 GMT)" on
    the day before (session 22)."""
    out = list(mentions)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not _clock_pair(a, b) or OPEN_BRACKET.fullmatch(text, a.end, b.start) is None \
                or _UNIVERSAL.search(b.text) is None or _UNIVERSAL.search(a.text) is not None:
            continue
        local, utc = a.interval[0], b.interval[0]
        if local.date() != utc.date():
            continue
        offset = (local - utc).total_seconds() // 60
        shift = timedelta(days=1 if offset > _EAST else -1 if offset < _WEST else 0)
        if not shift:
            continue
        out[k] = _moved(b, shift, f"the universal time of '{a.text}': the day "
                                  f"{'after' if shift.days > 0 else 'before'}")
    return out


def _moved(m: Mention, shift: timedelta, why: str) -> Mention:
    """``m``, a clock time, moved by ``shift`` (whole days): its value, its interval, and why in
    its explanation."""
    moved = m.interval[0] + shift
    return replace(m, value=moved.strftime("%Y-%m-%dT%H:%M") + m.value[16:],
                   interval=(m.interval[0] + shift, m.interval[1] + shift),
                   explanation=f"{m.explanation}; {why}")


#: An alarm's words right before its clock time ("alarm set for 6am", "alarm's set for 7").
_ALARM_BEFORE = rx.compile(r"\balarms?(?:['’]s|\s+(?:is|was|now))?\s+(?:(?:set|on)\s+)?for\s+$",
                           re.IGNORECASE)


def alarm_days(text: str, mentions: Sequence[Mention], dct: date | None) -> list[Mention]:
    """``mentions`` with a post's alarm time on the publication date moved to the day after
    when the post names that day ("first day of school is tmrw ... alarm set for 6am": the
    alarm rings tomorrow morning; session 28); an alarm in a post naming no tomorrow keeps its
    day."""
    if dct is None or len(text) > 280 or dct == date.max:
        return list(mentions)  # the calendar's last day has no tomorrow
    tomorrow = dct + timedelta(days=1)
    if not any(m.type == "DATE" and m.granularity == "day" and m.day == tomorrow
               for m in mentions):
        return list(mentions)
    out = list(mentions)
    for k, m in enumerate(out):
        if m.type != "TIME" or m.interval is None or m.interval[0].date() != dct \
                or _ALARM_BEFORE.search(text, max(0, m.start - 30), m.start) is None:
            continue
        out[k] = _moved(m, timedelta(days=1), "an alarm's time in a post that names tomorrow")
    return out
