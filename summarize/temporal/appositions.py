"""Appositions: neighbouring candidates that name one time merged into one ("today,
Saturday", "yesterday (Friday)", "noon Thursday", "Friday at 3 p.m."), and a clock time with
its conversion to another zone in brackets set on the day after them."""

from __future__ import annotations

from types import MappingProxyType

from summarize import regex_cache as rx

from .candidate import EMPTY_FIELDS, Candidate
from .resources.calendar_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS

_DATE_KINDS = frozenset({"date", "iso", "numeric", "weekday", "deictic_day", "anaphoric_day",
                         "holiday", "day_of_month"})
_TIME_KINDS = frozenset({"clock", "pod"})
#: Kinds of a date that may open with its weekday ("Friday, Feb. 14", "Monday, 3/16").
_DATED_WEEKDAY = frozenset({"date", "numeric"})
#: A clock time right after such a date: the date joins the time instead ("today, Thursday
#: 2/13 at 9am" keeps "Thursday 2/13 at 9am" one time).
_TIME_AFTER = rx.compile(r"[ \t,]*(?:(?:at|@|around|about|by|from)[ \t]+)?\d")
#: What closes a month and day in apposition: a comma, a bracket or the sentence's end.
_DATE_CLOSED = rx.compile(r"[ \t]*(?:[,;)]|\.(?!\d)|$)")
_APPOSITION_GAP = rx.compile(r"\s*(?:,|\(|—|–|-)?\s*$")
_TIME_DATE_GAP = rx.compile(r"(?:\s*,\s*|\s+(?:on\s+|of\s+)?)$")
#: ... "@" as "at" ("sunday @ 9pm ET"; session 22).
_DATE_TIME_GAP = rx.compile(r"(?:\s*,\s*|\s+(?:at|around|about|by)\s+|[ \t]*@[ \t]*|\s+)$")


def merge_appositions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Merge "today, Saturday", "yesterday (Friday)", "noon Thursday", "Friday at 3 p.m."."""
    out: list[Candidate] = []
    for c in cands:
        if len(out) >= 2 and c.kind in _DATE_KINDS and _converted_clock(text, out[-2], out[-1], c):
            # "14:00 local time (1200 GMT) on Thursday": both clock times fall on that day
            out[-2:] = [Candidate(t.start, t.end, t.text, "time_on_date", "datetime", EMPTY_FIELDS,
                                  (c, t)) for t in out[-2:]]
            out.append(c)
            continue
        prev = out[-1] if out else None
        if prev is not None and not prev.parts and c.start - prev.end <= _MAX_GAP:
            gap = text[prev.end:c.start]
            merged = _merge_pair(text, prev, c, gap)
            if merged is not None:
                out[-1] = merged
                continue
            if _comma_apart(text, prev, c, gap):
                # "Sat 12 Oct, 10am": two mentions, the clock time on the day before it
                out.append(Candidate(c.start, c.end, c.text, "date_at_time", "datetime",
                                     EMPTY_FIELDS, (prev, c)))
                continue
        out.append(c)
    return out


#: A clock time in brackets after another (its conversion to another zone), and the gap from
#: the closing bracket to the day both fall on.
OPEN_BRACKET = rx.compile(r"[ \t]*\([ \t]*")
_CLOSE_BRACKET = rx.compile(r"[ \t]*\)[ \t]*(?:,[ \t]*)?(?:on[ \t]+)?")


def _converted_clock(text: str, a: Candidate, b: Candidate, day: Candidate) -> bool:
    """Whether ``a`` is a clock time, ``b`` the same time in another zone in brackets right
    after it, and ``day`` the date right after the bracket, all with no day of their own."""
    return (a.kind == b.kind == "clock" and not a.parts and not b.parts
            and not _has_day(a) and not _has_day(b) and not day.fields.get("plural")
            and OPEN_BRACKET.fullmatch(text, a.end, b.start) is not None
            and _CLOSE_BRACKET.fullmatch(text, b.end, day.start) is not None)


#: The longest gap between two candidates ``_merge_pair`` joins.
_MAX_GAP = 8


def _merge_pair(text: str, a: Candidate, b: Candidate, gap: str) -> Candidate | None:
    if len(gap) > _MAX_GAP:
        return None
    kinds = (a.kind, b.kind)
    if (kinds in (("deictic_day", "weekday"), ("weekday", "deictic_day")) or (
            a.kind == "deictic_day" and b.kind in _DATED_WEEKDAY and b.fields.get("wd")
            and not _TIME_AFTER.match(text, b.end))) \
            and _APPOSITION_GAP.match(gap) and not a.fields.get("rel") \
            and not b.fields.get("rel") and "TNI" not in a.text.lower():
        # "tomorrow, Friday, Feb. 14": a day word and its weekday's date, one day (session 12)
        primary, secondary = (a, b) if a.kind == "deictic_day" else (b, a)
        end = b.end + (1 if text[b.end:b.end + 1] == ")" and "(" in gap else 0)
        return Candidate(a.start, end, text[a.start:end], "apposition", "apposition",
                         EMPTY_FIELDS, (primary, secondary))
    if a.kind == "deictic_day" and b.kind == "date" and b.fields.get("day") \
            and b.fields.get("month") and not b.fields.get("wd") and not a.fields.get("mod") \
            and gap == ", " and _DATE_CLOSED.match(text, b.end) \
            and a.text.lower() in ("today", "tomorrow", "yesterday"):
        # "closed tomorrow, Nov. 11, in observance": a day word and its month and day in
        # commas, one day, as "today, Saturday" is (session 24)
        return Candidate(a.start, b.end, text[a.start:b.end], "apposition", "apposition",
                         EMPTY_FIELDS, (a, b))
    if a.kind in _TIME_KINDS and (b.kind in _DATE_KINDS or (
            a.kind == "clock" and b.kind == "pod" and _has_day(b))) \
            and _TIME_DATE_GAP.match(gap) and not _has_day(a) and not b.fields.get("plural"):
        # "noon Thursday", "at 9 a.m. on Monday morning" (a part of day that names its day)
        return Candidate(a.start, b.end, text[a.start:b.end], "time_on_date", "datetime",
                         EMPTY_FIELDS, (b, a))
    if a.kind == "pod" and b.kind == "date" and gap == ", " and a.fields.get("pod") \
            and _has_day(a) and _names_a_weekday(a) and b.fields.get("day") \
            and not b.fields.get("wd"):
        # "the evening of Friday, June 20", "Friday night, March 3": the weekday's date in
        # apposition, one time on that date, the part of day read as "the evening" of it
        # (session 21)
        part = Candidate(a.start, a.end, a.text, a.rule, a.kind,
                         MappingProxyType({"pre": "the", "pod": a.fields["pod"]}))
        return Candidate(a.start, b.end, text[a.start:b.end], "time_on_date", "datetime",
                         EMPTY_FIELDS, (b, part))
    if a.kind == "pod" and b.kind == "clock" and _has_day(a) and not _has_day(b) \
            and gap.isspace() and "\n" not in gap:
        # "tonight 8pm", "sat night 9pm": a part of day that names its day, then the clock
        # time on it, one time as "tonite 8pm" is (session 11)
        return Candidate(a.start, b.end, text[a.start:b.end], "date_at_time", "datetime",
                         EMPTY_FIELDS, (a, b))
    if a.kind in _DATE_KINDS and b.kind in _TIME_KINDS and _DATE_TIME_GAP.match(gap) \
            and not _has_day(b) and not a.fields.get("plural") \
            and not ("," in gap and (_weekday_abbreviation(a) or b.rule == "clock_hhmm_range"
                                     or _comma_apart(text, a, b, gap))):
        # a post's "Sat, 8am-1pm": the abbreviation and the times stay two mentions, the
        # times on its day (session 11, round 3); "Saturday, 8am" and "Sat 8am" join; a
        # shift's "Monday, 0700 to 1500" keeps the day apart too (session 25); so does a
        # day of the month before a comma ("Fri 22 March, 7pm"; session 27)
        return Candidate(a.start, b.end, text[a.start:b.end], "date_at_time", "datetime",
                         EMPTY_FIELDS, (a, b))
    return None


#: Kinds of a date that name a day of the month ("22 March", "Sat 16/3", "Sunday 6th").
_DAY_OF_MONTH_KINDS = frozenset({"date", "numeric", "iso", "day_of_month"})


def _comma_apart(text: str, day: Candidate, clock: Candidate, gap: str) -> bool:
    """Whether a day of the month and the clock time right after its comma are two mentions
    ("Sat 12 Oct, 10am", "4 June, 18:30"; session 27: the blind tune half splits all six it
    has, TimeBank and MEANTIME have none); a clock time in a zone after it is a reporter's
    stamp, one time ("4 MAY, 1300 GMT"), and a bare weekday keeps its clock time ("Saturday,
    9am")."""
    return day.kind in _DAY_OF_MONTH_KINDS and clock.kind == "clock" \
        and _COMMA_GAP.fullmatch(gap) is not None and not day.parts \
        and (day.kind != "date" or bool(day.fields.get("day"))) \
        and not day.fields.get("plural") and not clock.fields.get("tz") \
        and not _has_day(clock)


#: A comma alone between a date and a clock time.
_COMMA_GAP = rx.compile(r"[ \t]*,[ \t]*")


def _names_a_weekday(c: Candidate) -> bool:
    """Whether a part of day names its weekday in full, before or after it ("Friday night",
    "the evening of Friday")."""
    return any(w.split()[-1].lower() in WEEKDAYS
               for w in (c.fields.get("pre"), c.fields.get("after")) if w and w.split())


def _weekday_abbreviation(c: Candidate) -> bool:
    """Whether ``c`` is a weekday written short ("Sat", "Thurs."): posts set a comma between
    it and the times of its timetable, which their keys tag apart."""
    return c.kind == "weekday" and c.text.rstrip(".").lower() in WEEKDAY_ABBREVIATIONS


def _has_day(c: Candidate) -> bool:
    """Whether a time names its own day ("this morning", "Friday night"; not "the morning")."""
    pre = " ".join(c.fields.get("pre", "").lower().split())
    return (bool(pre not in _DAYLESS or c.fields.get("after")) and c.kind == "pod") \
        or c.fields.get("pod", "").lower() == "tonight"


_DAYLESS = frozenset({"", "the", "in the", "on the", "early", "late", "mid"})
