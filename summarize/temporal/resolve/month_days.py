"""Days and weeks named inside a month without a full date: "the 15th", "Tuesday the 19th",
"the 20th of next month", "the last day of October", "the first week of October 2014"."""

from __future__ import annotations

from datetime import date, timedelta

from ..candidate import Candidate
from ..context import Anchors, Resolution, anchor_name, dated, vague
from ..resources.calendar_words import LETTER_MONTHS
from ..resources.numbers import ORDINALS
from ..resources.verbs import PAST_AUX
from ..values import Cal, add_months, value
from ..words import month_number, norm, weekday_number
from .absolute import DEADLINE_PREPOSITIONS
from .absolute import HANDLERS as ABSOLUTE

#: "of this/next/last month" -> months from the publication date; "the same/following/
#: previous month" count from the month under discussion.
_MONTH_SHIFT = {"this": 0, "next": 1, "last": -1, "the same": 0, "the following": 1,
                "the previous": -1, "the": 0, **LETTER_MONTHS}
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "last": -1, "final": -1}

#: How far (days) a tense may send a weekday with a day of the month ("Wed 28th") from the
#: reference before the nearest such date wins: a writer names the month of one further off.
_NEAR_WEEKDAY_DAY = 31


def _day_number(f) -> int:
    if f.get("day") or f.get("lday"):
        return int("".join(ch for ch in f.get("day") or f["lday"] if ch.isdigit()))
    return ORDINALS[norm(f["dayw"])]


def _reference(a: Anchors) -> tuple[date, str, str] | None:
    if a.dct:
        return a.dct, "dct", a.dct.isoformat()
    if a.period:
        return a.period.start, "discourse", value(a.period)
    return None


def _pick(options: list[date], ref: date, tense: str) -> tuple[date, str]:
    """A past clause takes the latest option on or before ``ref``, a future one the earliest
    on or after it, no tense the nearest (the earlier one on a tie)."""
    if tense == "past" and any(d <= ref for d in options):
        return max(d for d in options if d <= ref), "past tense: the last one on or before"
    if tense == "future" and any(d >= ref for d in options):
        return min(d for d in options if d >= ref), "future tense: the first one on or after"
    return min(options, key=lambda d: (abs((d - ref).days), d > ref)), "the nearest to"


def _day_of_month(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    if f.get("nth"):
        return _nth_day(c, a)
    n = _day_number(f)
    found = _reference(a)
    if found is None:
        return vague(f"XXXX-XX-{n:02d}", f"'{c.text}' has no month and no publication date",
                     gran="day")
    ref, anchor, av = found
    if f.get("happy") and (anchor != "dct" or ref.day != n):
        return None  # "happy 21st!!" on another day greets a birthday, not a date
    if f.get("mrel"):
        rel = norm(f["mrel"])
        base, anchor, av = (a.period.start, "discourse", value(a.period)) \
            if rel.startswith("the ") and a.period is not None else (ref, anchor, av)
        month = add_months(base.replace(day=1), _MONTH_SHIFT[rel])
        d = date(month.year, month.month, n)
        return dated(Cal("day", d), anchor, av, f"'{c.text}' = day {n} of {month:%Y-%m}, "
                     f"from the {anchor_name(anchor)} {av}")
    e = a.entry
    if e is not None and e.gran == "month" and not f.get("wd") \
            and (d := _in_month(e.start, n)) is not None:  # "January 2009: ... on the 23rd"
        return dated(Cal("day", d), "discourse", value(e), f"'{c.text}' names no month: day {n}"
                     f" of the month heading its entry {value(e)}")
    span = range(-6, 7) if f.get("wd") else range(-1, 2)
    options = [d for k in span if (d := _in_month(add_months(ref.replace(day=1), k), n))]
    if f.get("wd"):
        wd = weekday_number(f["wd"])
        options = [d for d in options if d.isoweekday() == wd]
    if f.get("lmonth"):  # "Sun 26 & Mon 27 May": the month the list names (session 24)
        listed = month_number(f["lmonth"])
        options = [d for d in options if d.month == listed] or options
    if not options:
        return None
    # a post's "booked for the 14th", "is the 3rd"; a note's "see you on the 31st" (session 12)
    plan = f.get("plan") or f.get("plan2") or f.get("plan4") or f.get("plan5") is not None \
        or f.get("rng") \
        or f.get("moved")  # "closed 25th-27th" (session 13), "move it to the 10th" (14)
    tense = "future" if a.tense != "past" and (a.prep in DEADLINE_PREPOSITIONS or plan
                                               or a.note) \
        else a.tense
    if f.get("rng") and not PAST_AUX.intersection(a.tense_cue.lower().split()):
        tense = "future"  # a notice's "closed 25th-27th" ("were closed" tells the past)
    if f.get("moved"):  # "swapped my shift to the 18th": a new day is ahead, whatever the
        tense = "future"  # rescheduling's tense (session 14, round 2)
    if f.get("was"):  # "the 30th was my last shift": a day gone by (session 14, round 3)
        tense = "past"
    if f.get("plan3"):  # "the test's on the 23rd, fingers crossed": the "is" right before
        tense = "future"  # governs, whatever verb follows (session 13)
    d, how = _pick(options, ref, tense)
    if f.get("wd") and abs((d - ref).days) > _NEAR_WEEKDAY_DAY:
        # a weekday and its day recur months apart: one named without a month is the one
        # near, whatever the tense ("closed Tuesday, back Wed 28th"; session 13)
        d, how = _pick(options, ref, "")
    return dated(Cal("day", d), anchor, av,
                 f"'{c.text}' names no month: {how} the {anchor_name(anchor)} {av}")


def _in_month(first: date, n: int) -> date | None:
    try:
        return first.replace(day=n)
    except ValueError:
        return None


def _relative_month(c: Candidate, a: Anchors) -> Resolution | None:
    """The month of "the last day of next month": this, next or last month from the
    publication date; the same, following or previous one from the month under discussion."""
    rel = norm(c.fields["mrel"])
    found = _reference(a)
    if found is None:
        return vague("XXXX-XX", f"'{c.text}' has no publication date", gran="month")
    ref, anchor, av = found
    if rel.startswith("the ") and a.period is not None:
        ref, anchor, av = a.period.start, "discourse", value(a.period)
    month = add_months(ref.replace(day=1), _MONTH_SHIFT[rel])
    return dated(Cal("month", month), anchor, av,
                 f"'{rel} month' = {month:%Y-%m} from the {anchor_name(anchor)} {av}")


def _month(c: Candidate, a: Anchors) -> Resolution | None:
    """The month a phrase names ("October", "October 2015"), resolved as a month alone."""
    fields = {k: v for k, v in c.fields.items() if k in ("month", "year")}
    part = Candidate(c.start, c.end, c.text, "month", "month", fields)  # type: ignore[arg-type]
    return ABSOLUTE["month"](part, a)


def _nth_day(c: Candidate, a: Anchors) -> Resolution | None:
    r = _relative_month(c, a) if c.fields.get("mrel") else _month(c, a)
    if r is None or r.cal is None:
        return r
    first = r.cal.start
    nth = norm(c.fields["nth"])
    if nth in ("last", "final"):
        d = add_months(first, 1) - timedelta(days=1)
    else:
        d = first.replace(day=int(nth[:-2]) if nth[:-2].isdigit() else ORDINALS[nth])
    return dated(Cal("day", d), r.anchor, r.anchor_value, f"'{c.text}' = {d.isoformat()} "
                 f"({r.explanation})")


def _week_of_month(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    if f.get("day") or f.get("dayfirst"):  # "the week of October 6th", "of 6 October"
        r = ABSOLUTE["date"](c, a)
        if r is None or r.cal is None:
            return r
        d = r.cal.start
        if norm(f.get("unit")) == "weekend":  # "the weekend of March 23": the one holding it,
            sat = d + timedelta(days=6 - d.isoweekday())  # else the next one
            return dated(Cal("weekend", sat), r.anchor, r.anchor_value,
                         f"the weekend of {d.isoformat()} ({r.explanation})")
        return dated(Cal("week", d - timedelta(days=d.weekday())), r.anchor, r.anchor_value,
                     f"the week of {d.isoformat()} ({r.explanation})")
    r = _month(c, a)
    if r is None or r.cal is None:
        return r
    first, weekend = r.cal.start, norm(f["unit"]) == "weekend"
    # a week belongs to the month of its Thursday (ISO 8601); a weekend to its Saturday's
    day = 6 if weekend else 4
    n = _NTH[norm(f["nth"])]
    if n > 0:
        d = first + timedelta(days=(day - first.isoweekday()) % 7 + 7 * (n - 1))
    else:
        last = add_months(first, 1) - timedelta(days=1)
        d = last - timedelta(days=(last.isoweekday() - day) % 7)
    cal = Cal("weekend", d) if weekend else Cal("week", d - timedelta(days=3))
    return dated(cal, r.anchor, r.anchor_value, f"'{c.text}' = the {norm(f['nth'])} "
                 f"{'weekend' if weekend else 'week'} of {first:%Y-%m} ({r.explanation})")


HANDLERS = {"day_of_month": _day_of_month, "week_of_month": _week_of_month}
