"""Absolute and partly specified dates: full dates, ISO and numeric dates, months, years,
decades, centuries and holidays (quarters, halves and seasons are in ``year_parts``). A missing
year is taken from the publication date (or the date under discussion), leaning on the
clause's tense."""

from __future__ import annotations

from datetime import date, timedelta
from types import MappingProxyType

from ..candidate import Candidate
from ..context import Anchors, Resolution, anchor_name, dated, discourse_span, modifier, vague
from ..holidays import (
    bank_holiday_today,
    holiday_date,
    holiday_dates,
    holiday_weekend,
    how_computed,
)
from ..resources.calendar_words import (
    FIXED_HOLIDAYS,
    HISTORIC_DAYS,
    HOLIDAY_ALIASES,
    HOLIDAY_WEEKS,
    PARTS_OF_DAY,
)
from ..resources.numbers import CARDINALS, DECADE_WORDS, ORDINALS
from ..resources.requests import SLASH_MOVING_VERBS
from ..tense import calendar_present
from ..values import Cal, value
from ..words import amount, month_number, weekday_number


def full_year(raw: str, ref: date | None) -> int:
    """A four-digit year from "2022" or "'98" (two digits pick the century nearest ``ref``)."""
    digits = raw.strip("'’")
    if digits[:1].isalpha():
        return year_from_words(digits)
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    base = (ref.year if ref else 1990) // 100 * 100
    best = min((base - 100 + yy, base + yy, base + 100 + yy),
               key=lambda y: abs(y - (ref.year if ref else 1990)))
    return best


def year_from_words(words: str) -> int:
    """1996 from "nineteen ninety-six", 2001 from "two thousand and one", 1900 from "nineteen
    hundred"."""
    w = [x for x in words.lower().replace("-", " ").split() if x != "and"]
    if w[:2] == ["two", "thousand"]:
        return 2000 + (CARDINALS[" ".join(w[2:])] if w[2:] else 0)
    rest = [x for x in w[1:] if x != "oh"]
    if rest == ["hundred"]:  # "nineteen hundred": a century's first year (session 25)
        return CARDINALS[w[0]] * 100
    return CARDINALS[w[0]] * 100 + CARDINALS[" ".join(rest)]


#: Years named from the publication date's and from the year under discussion's, as offsets.
YEAR_RELATIONS = {"last": -1, "this": 0, "next": 1}
ANAPHORIC_YEARS = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}


def related_year(rel: str, a: Anchors) -> tuple[int | None, str, str]:
    """The year "<date> next year" or "<date> that year" names: "last/this/next" from the
    publication date's, "that/the same/the following/the previous" from the year under
    discussion (the publication date's when none is)."""
    rel = " ".join(rel.lower().split())
    if rel in ANAPHORIC_YEARS and a.period is not None:
        y, anchor, av = a.period.start.year, "discourse", value(a.period)
    else:
        y, anchor, av = ref_year(a)
    if y is None:
        return None, anchor, av
    return y + YEAR_RELATIONS.get(rel, ANAPHORIC_YEARS.get(rel, 0)), anchor, av


def ref_year(a: Anchors) -> tuple[int | None, str, str]:
    """The year an underspecified date takes: the DCT's, else the discourse's."""
    if a.dct:
        return a.dct.year, "dct", a.dct.isoformat()
    if a.period:
        return a.period.start.year, "discourse", value(a.period)
    return None, "none", ""


#: Prepositions of a deadline: outside a past clause the month they name lies ahead
#: ("repay the loan by February", "credit through January").
DEADLINE_PREPOSITIONS = frozenset({"by", "until", "till", "through", "before"})


def nearest(cands: list[date], ref: date, tense: str) -> date:
    """The nearest candidate when it is within two months of ``ref``; else past tense takes the
    latest on or before ``ref``, future the earliest on or after, no tense the nearest."""
    if len(cands) == 1:
        return cands[0]  # every choice below picks it (a weekday often leaves one year)
    close = min(cands, key=lambda d: (abs((d - ref).days), d > ref))
    if abs((close - ref).days) <= 62:
        return close
    if tense == "past" and any(d <= ref for d in cands):
        return max(d for d in cands if d <= ref)
    if tense == "future" and any(d >= ref for d in cands):
        return min(d for d in cands if d >= ref)
    return close


def _date(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    month = month_number(f.get("month") or f["month2"])
    raw_day = f.get("day") or f.get("dayfirst")
    day = int(raw_day if raw_day.isdigit() else "".join(ch for ch in raw_day if ch.isdigit())) \
        if raw_day else ORDINALS[" ".join(f["dayw"].lower().split())]
    wd = f.get("wd") or f.get("wd2")
    if f.get("yrel"):  # "July 1 next year", "25 June that year"
        y, anchor, av = related_year(f["yrel"], a)
        if y is None:
            return vague(f"XXXX-{month:02d}-{day:02d}", f"'{c.text}' needs a publication date",
                         gran="day")
        return dated(Cal("day", date(y, month, day)), anchor, av,
                     f"'{c.text}' = {month:02d}-{day:02d} of {y}, from the "
                     f"{anchor_name(anchor)} {av}")
    if f.get("year"):
        y = full_year(f["year"], a.dct)
        if f.get("chour"):  # "Mon Sep 05 14:00:00 2016": the clock time before the year
            return dated(Cal("minute", date(y, month, day), f"{f['chour']}:{f['cminute']}"),
                         "absolute", "", f"'{c.text}' is a full date and time")
        return dated(Cal("day", date(y, month, day)), "absolute", "",
                     f"'{c.text}' is a full date")
    y, anchor, anchor_value = ref_year(a)
    if y is None:
        return vague(f"XXXX-{month:02d}-{day:02d}", f"'{c.text}' has no year and there is "
                     "no publication date", gran="day")
    ref = a.dct or a.period.start  # type: ignore[union-attr]
    options = []
    for yy in (y - 1, y, y + 1):
        try:
            options.append(date(yy, month, day))
        except ValueError:
            continue
    if wd:
        wd_n = weekday_number(wd)
        options = [d for d in options if d.isoweekday() == wd_n] or options
    if not options:
        return None
    d = nearest(options, ref, a.tense)
    if abs((d - ref).days) <= 62 or a.tense not in ("past", "future"):
        how = "the nearest to"
    else:
        how = f"{a.tense} tense{_cue(a)}, on or {'before' if a.tense == 'past' else 'after'}"
    told = _story_day_after(a, ref, month, day)
    if told is not None:  # "struck the reef on 23 October 1880 ... recovered on 26 October"
        anchor, anchor_value = "discourse", value(a.period)  # type: ignore[arg-type]
        why = f"'{c.text}' has no year: took {told.year}, a past told after the story's day " \
              f"{anchor_value} in an earlier year, on or after it"
        return dated(Cal("day", told), anchor, anchor_value, why)
    if a.prep in ("ended", "since") and d > ref and options[0] <= ref:  # "ended June 30": behind
        d, how = max(o for o in options if o <= ref), f"after '{a.prep}', on or before"
    elif d < ref and options[-1] >= ref and a.prep not in ("ended", "since") \
            and calendar_present(a.tense_cue, a.tense_explicit):
        d = min(o for o in options if o >= ref)  # "the financial year ends on March 31" (s24)
        how = f"a calendar's present{_cue(a)}, on or after"
    elif d < ref and options[-1] >= ref and a.prep in ("until", "till") and a.today:
        # "released this morning until 12 September": the end of a state that began today is
        # not behind it (session 23; a future verb alone is no such sign: it reaches dates in
        # relative clauses and noun phrases, "will continue leaking from the well that blew
        # out on April 20")
        d = min(o for o in options if o >= ref)
        how = f"'{a.prep}' after a state from today, on or after"
    why = f"'{c.text}' has no year: took {d.year}, {how} the {anchor_name(anchor)} " \
          f"{anchor_value}"
    return dated(Cal("day", d), anchor, anchor_value, why)


def _story_day_after(a: Anchors, ref: date, month: int, day: int) -> date | None:
    """The day ``month``-``day`` in the year of the story's day under discussion, when a past
    clause names it with no year up to two months after that day, named (a day or a part of
    one) in its own sentence or one of the three before and lying two years or more before
    the publication date's: a story of another time goes on in it ("struck the reef on 23
    October 1880 ... The bodies were recovered on 26 October"; session 26). A story of the
    publication year or the year before (last year's too cost a blind check batch), a year or a
    month under discussion and any other tense keep the nearest date."""
    p = a.period
    if a.tense != "past" or p is None or p.gran not in _STORY_DAY_GRANS \
            or a.period_age > 3 or p.start.year >= ref.year - 1 or a.prep == "since":
        return None
    d = safe_date(p.start.year, month, day)
    if d is None or not p.start <= d <= p.start + timedelta(days=62):
        return None
    return d


#: Granularities of a story's day a past date with no year is read from.
_STORY_DAY_GRANS = frozenset({"day", "part-of-day"})


def _cue(a: Anchors) -> str:
    return f" ('{a.tense_cue}')" if a.tense_cue else ""


def _iso(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    try:
        d = date(int(f["year"]), int(f["mon"]), int(f["day"]))
    except ValueError:  # "20250231": no such day
        return None
    if f.get("hour"):
        zulu = "Z" if f.get("zulu") else ""  # a time in UTC
        return dated(Cal("minute", d, f"{f['hour']}:{f['minute']}{zulu}"), "absolute", "",
                     f"'{c.text}' is an ISO date and time")
    return dated(Cal("day", d), "absolute", "", f"'{c.text}' is an ISO date")


def _numeric(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    x, y = int(f["a"]), int(f["b"])
    order = [(x, y), (y, x)] if a.day_first else [(y, x), (x, y)]
    order_before = order[:]
    if f.get("wd") and a.dct is not None:  # "tues 3/2": the reading that falls on a Tuesday
        order.sort(key=lambda dm: not _falls_on(dm, weekday_number(f["wd"]), a))
    elif f.get("year") and a.tense == "past" and a.dct is not None:
        # "refund issued 03/11/2024", told on 13 March 2024: a past verb's date is no later
        # than the publication date, so the reading after it gives way (session 19)
        year = full_year(f["year"], a.dct)
        order.sort(key=lambda dm: (safe_date(year, dm[1], dm[0]) or a.dct) > a.dct)
    for day, month in order:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        how = "day/month" if (day, month) == (x, y) else "month/day"
        if f.get("year"):
            d = date(full_year(f["year"], a.dct), month, day)
            past = " (a past verb's: the other reading is after the publication date)" \
                if (day, month) != order_before[0] else ""
            return dated(Cal("day", d), "absolute", "", f"'{c.text}' read as {how}/year{past}")
        y0, anchor, av = ref_year(a)
        if y0 is None:
            return vague(f"XXXX-{month:02d}-{day:02d}", f"'{c.text}' read as {how}, no year",
                         gran="day")
        ref = a.dct or a.period.start  # type: ignore[union-attr]
        options = [d for d in (safe_date(k, month, day) for k in (y0 - 1, y0, y0 + 1)) if d]
        if f.get("wd"):  # "fri 2/8": the year in which it is a Friday, when one is
            wd = weekday_number(f["wd"])
            options = [d for d in options if d.isoweekday() == wd] or options
        if _moved_to(a) and a.dct is not None and (ahead := [d for d in options if d >= ref]):
            d = min(ahead)  # "dentist moved to 5/12": the new day, ahead (session 29)
            return dated(Cal("day", d), anchor, av, f"'{c.text}' read as {how}, the day moved "
                         f"or booked to ('{a.tense_cue}'): the first on or after the "
                         f"{anchor_name(anchor)} {av}")
        d = nearest(options, ref, a.tense)
        return dated(Cal("day", d), anchor, av, f"'{c.text}' read as {how}: took {d.year}, "
                     f"the nearest to the {anchor_name(anchor)} {av}")
    return None


def _moved_to(a: Anchors) -> bool:
    """Whether a slash date is the object of a moving or booking verb and its "to"/"for"
    ("dentist moved to 5/12", "booked the van for 14/8"), not after a pluperfect."""
    words = a.tense_cue.lower().split()
    return a.prep in ("to", "for", "till", "until") and words[:1] != ["had"] \
        and any(w in SLASH_MOVING_VERBS for w in words[:2])


def _falls_on(day_month: tuple[int, int], wd: int, a: Anchors) -> bool:
    """Whether day/month ``day_month`` falls on ISO weekday ``wd`` in the year before, of or
    after the publication date's: a weekday written with a numeric date picks its order."""
    day, month = day_month
    if not (1 <= month <= 12 and a.dct is not None):
        return False
    return any(d is not None and d.isoweekday() == wd
               for d in (safe_date(a.dct.year + k, month, day) for k in (0, 1, -1)))


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None where no such day is ("Feb. 30")."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    m = int(f["mon"]) if f.get("mon") else month_number(f["month"])
    mod = modifier(f.get("mod") or ("end" if f.get("endmod") else None))  # "September-end"
    if f.get("year"):
        cal = Cal("month", date(full_year(f["year"], a.dct), m, 1))
        return dated(cal, "absolute", "", f"'{c.text}' names month and year", mod)
    y, anchor, av = ref_year(a)
    if y is None:
        return vague(f"XXXX-{m:02d}", f"'{c.text}' has no year and no publication date",
                     gran="month", mod=mod)
    if f.get("yrel"):  # "March next year", "June of that year"
        yy, anchor, av = related_year(f["yrel"], a)
        if yy is None:  # not reached: ref_year gave a year above, so does related_year
            return None
        return dated(Cal("month", date(yy, m, 1)), anchor, av,
                     f"'{c.text}' = month {m} of {yy}, from the {anchor_name(anchor)} {av}", mod)
    rel = " ".join((f.get("rel") or "").lower().split())
    if rel in _MONTH_ANAPHORS:
        return _month_from_discourse(c, a, m, rel, mod)
    ref = a.dct or a.period.start  # type: ignore[union-attr]
    tense = "future" if a.tense != "past" and a.prep in DEADLINE_PREPOSITIONS else a.tense
    this = date(ref.year, m, 1)
    cur = ref.replace(day=1)
    if rel in ("last", "this past", "past"):
        d = this if this < cur else date(ref.year - 1, m, 1)
        how = "the last such month before"
    elif rel in ("next", "coming", "this coming"):
        d = this if this > cur else date(ref.year + 1, m, 1)
        how = "the next such month after"
    else:
        d = min((date(ref.year + k, m, 1) for k in (-1, 0, 1)),
                key=lambda x: (abs((x - cur).days), x > cur))
        how = "the nearest such month to"
        ahead = _year_ahead(a, ref)
        told = _pluperfect_story_month(a, ref)
        if told is not None:  # "was arrested in March 2019 ... had been sacked in October"
            d = date(told.year, m, 1)
            if d > told:
                d = date(told.year - 1, m, 1)
            av, anchor = value(a.period), "discourse"  # type: ignore[arg-type]
            how = f"a pluperfect{_cue(a)} in a story told in an earlier year: the last such " \
                "month on or before"
        elif ahead is not None:  # "Next year's awards will be held in April" (session 24, r2)
            d = date(ahead, m, 1)
            how = f"future tense{_cue(a)}, and its sentence names the year {ahead} ahead: " \
                "that year's month, not the nearest to"
        elif a.prep == "since":  # "since July" has begun, whatever the verb's tense or distance
            if d > cur:
                d = this if this <= cur else date(ref.year - 1, m, 1)
                how = "after 'since', the last such month on or before"
        elif d < cur and calendar_present(a.tense_cue, a.tense_explicit):
            # "the fiscal year, which ends in March", told in May
            d = this if this >= cur else date(ref.year + 1, m, 1)
            how = f"a calendar's present{_cue(a)}: the next such month on or after"
        elif a.done_act and cur < d and (d - cur).days <= 62:
            # "An interim accord signed in February expires on Dec. 31" (session 26)
            d = date(ref.year - 1, m, 1) if this > cur else this
            how = f"a completed act's participle{_cue(a)}: the last such month on or before"
        elif cur < d and (d - cur).days <= 62 and _done_before(a):
            # "A frost in December had already damaged the groves", told in November (s27)
            d = date(ref.year - 1, m, 1) if this > cur else this
            how = f"a pluperfect{_cue(a)}: the last such month on or before"
        elif abs((d - cur).days) <= 62:  # within two months: the nearest, whatever the tense
            pass
        elif a.tense == "past":
            d = this if this <= cur else date(ref.year - 1, m, 1)
            how = f"past tense{_cue(a)}: the last such month on or before"
        elif tense == "future":
            d = this if this >= cur else date(ref.year + 1, m, 1)
            how = f"future tense{_cue(a)}: the next such month on or after"
    why = f"'{c.text}' has no year: {how} the {anchor_name(anchor)} {av}"
    return dated(Cal("month", d), anchor, av, why, mod)


def _year_ahead(a: Anchors, ref: date) -> int | None:
    """The year after the publication date's whose possessive the sentence named before a
    month with no year (``Anchors.owned_year``), when the month's clause is future ("Next
    year's awards will be held in April"): the month is that year's; else None. A year named
    otherwise ("In 2027 the line will open in May": it cost a blind check batch), in an
    earlier sentence, or a past clause keep the nearest month."""
    p = a.period
    if not a.owned_year or p is None or p.gran != "year" or a.period_age or a.tense != "future" \
            or p.start.year <= ref.year:
        return None
    return p.start.year


def _pluperfect_story_month(a: Anchors, ref: date) -> date | None:
    """The first day of the month under discussion when a month with no year sits in a
    pluperfect after "in" ("He had been sacked in October") and the story's date under
    discussion, a day, a week or a month named in one of the three sentences before (one of
    its own sentence may be an aside: "who took over in November 2017, said the squad had
    trained since January"), lies in a year before the publication date's: the month is the
    last such one on or before that date, not before the publication date (session 25, round
    2). A story about the publication year keeps the nearest month; so does "since"."""
    p = a.period
    if a.tense != "past" or a.prep != "in" or p is None or p.gran not in _STORY_GRANS \
            or not 0 < a.period_age <= 3 or p.start.year >= ref.year or not a.tense_cue \
            or a.tense_cue.split()[0].lower() not in _PLUPERFECT:
        return None
    return p.start.replace(day=1)


def _done_before(a: Anchors) -> bool:
    """Whether a month with no year sits in a pluperfect of something done ("A frost in
    June had ruined the crop", "had closed in December"): over before the story, so not the
    month ahead of the publication date even within two months (session 27). A plan told in
    the pluperfect ("had agreed to reopen in June", "had been due to", "had planned") is not."""
    if a.tense != "past" or not a.tense_cue or a.prep in DEADLINE_PREPOSITIONS:
        return False
    cue = a.tense_cue.lower().split()
    return cue[0] in _PLUPERFECT and "to" not in cue and _PLANNED.isdisjoint(cue)


#: Pluperfect verbs of a plan: the month they name may lie ahead.
_PLANNED = frozenset({"planned", "scheduled", "expected", "intended", "due", "slated",
                      "set", "meant", "hoped", "promised", "agreed", "decided", "vowed",
                      "pledged", "aimed", "forecast", "predicted", "projected"})


#: Granularities of a story's date under discussion a pluperfect month is read from.
_STORY_GRANS = frozenset({"day", "week", "month"})
#: The auxiliary opening a pluperfect verb group.
_PLUPERFECT = frozenset({"had", "hadn't", "hadn’t"})


#: The words before a month that name it from the date under discussion.
_MONTH_ANAPHORS = frozenset({"the following", "the next", "the previous", "that"})


def _month_from_discourse(c: Candidate, a: Anchors, m: int, rel: str, mod: str
                          ) -> Resolution | None:
    """ "The following March", "the previous June", "That May": the first such month after the
    date under discussion (after all of it: a year's following March is the next year's), the
    last one before it, or the one of its year; with none, from the publication date."""
    span = discourse_span(a)
    if span is None:  # not reached: _month returns first with neither
        return None
    start, end, anchor, av = span
    if rel == "that":
        d, how = date(start.year, m, 1), "the one of the year of"
    elif rel == "the previous":
        d = date(start.year, m, 1)
        d = d if d < start.replace(day=1) else date(start.year - 1, m, 1)
        how = "the last such month before"
    else:
        d = date(end.year, m, 1)
        d = d if d > end else date(end.year + 1, m, 1)
        how = "the first such month after"
    return dated(Cal("month", d), anchor, av,
                 f"'{c.text}' = {how} the {anchor_name(anchor)} {av}", mod)


def _year(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    raw = f.get("year") or f.get("yw") or f.get("yy", "")
    y = full_year(raw, a.dct)
    return dated(Cal("year", date(y, 1, 1)), "absolute", "", f"'{c.text}' names a year",
                 modifier(f.get("mod")))


def _decade(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    if f.get("decade"):
        y = int(f["decade"])
        if y % 100 == 0 and y < 2000:  # "the 1800s": a century, as TIMEX3 writes it (18)
            return dated(Cal("century", date(y, 1, 1)), "absolute", "",
                         f"'{c.text}' names a century", modifier(f.get("mod")))
    elif f.get("decshort") or f.get("decnext"):
        digits = int((f.get("decshort") or f["decnext"]).strip("'’"))
        now = (a.dct.year if a.dct else 1990)
        y = now // 100 * 100 + digits
        y -= 100 if y > now else 0  # "the 70s" in 2022 are the 1970s: the latest not ahead
    else:
        y = 1900 + DECADE_WORDS[f["decword"].lower().split()[-1].split("-")[-1]]
    return dated(Cal("decade", date(y, 1, 1)), "absolute", "", f"'{c.text}' names a decade",
                 modifier(f.get("mod")))


def _century(c: Candidate, a: Anchors) -> Resolution | None:
    raw = c.fields["ord"].lower()
    n = int(raw[:-2]) if raw[:-2].isdigit() else ORDINALS.get(raw)
    if not n or not 1 <= n <= 21:
        return None
    return dated(Cal("century", date(max(1, (n - 1) * 100), 1, 1)), "absolute", "",
                 f"'{c.text}' names a century", modifier(c.fields.get("mod")))


def _century_turn(c: Candidate, a: Anchors) -> Resolution | None:
    """ "the turn of the century": the year a century turns (2000), the one nearest the
    publication date; a future clause's lies ahead of it, a past clause's behind it ("was
    founded at the turn of the century", told in 2015: 2000). "the turn of the millennium":
    the nearest thousand (session 31)."""
    if a.dct is None:
        return vague("XXXX", f"'{c.text}' needs a publication date", gran="year")
    step = 1000 if c.fields["unit"].lower() == "millennium" else 100
    y = a.dct.year
    turn = (y + step // 2) // step * step
    how = "the nearest"
    if step == 100 and a.tense == "future" and turn <= y:
        turn, how = turn + step, f"future tense{_cue(a)}: the next"
    elif step == 100 and a.tense == "past" and turn > y:
        turn, how = turn - step, f"past tense{_cue(a)}: the last"
    return dated(Cal("year", date(turn, 1, 1)), "dct", a.dct.isoformat(),
                 f"'{c.text}' = {how} year a {c.fields['unit'].lower()} turns, from the "
                 f"publication date {a.dct}")


def _holiday(c: Candidate, a: Anchors) -> Resolution | None:
    """A named holiday: its day in the named year, else the one nearest the anchor (leaning on
    the tense), or the last/next one; dates come from ``temporal.holidays``."""
    around = " ".join((c.fields.get("around") or "").lower().split())
    if around:  # "the day after Christmas": the holiday's date, a day on or back
        plain = {k: v for k, v in c.fields.items() if k != "around"}
        r = _holiday(Candidate(c.start, c.end, c.text, c.rule, c.kind,
                               MappingProxyType(plain)), a)
        if r is None or r.cal is None:
            return r
        after = around.endswith("after")
        if around.startswith("the weekend"):  # the last weekend before the holiday's ISO
            # week, or the first after the holiday (session 24)
            d = r.cal.start
            monday = d - timedelta(days=d.weekday())
            sat = monday - timedelta(days=2) if not after \
                else monday + timedelta(days=12 if d.isoweekday() >= 6 else 5)
            return dated(Cal("weekend", sat), r.anchor, r.anchor_value,
                         f"'{c.text}' = the weekend of {sat.isoformat()}, {around[4:]} "
                         f"({r.explanation})")
        d = r.cal.start + timedelta(days=1 if after else -1)
        return dated(Cal("day", d), r.anchor, r.anchor_value,
                     f"'{c.text}' = {d.isoformat()}, {around[4:]} ({r.explanation})")
    if c.fields.get("hcount"):  # "two days after Christmas": counted from the holiday (s27)
        plain = {k: v for k, v in c.fields.items() if k not in ("hcount", "hunit", "hdir")}
        r = _holiday(Candidate(c.start, c.end, c.text, c.rule, c.kind,
                               MappingProxyType(plain)), a)
        n = amount(c.fields["hcount"])
        if r is None or r.cal is None or r.cal.gran != "day" or not n or n != int(n):
            return r
        unit = c.fields["hunit"].lower()
        days = int(n) * (1 if unit.startswith("day") else 14 if unit.startswith("fort") else 7)
        d = r.cal.start + timedelta(days=days if c.fields["hdir"].lower() == "after" else -days)
        return dated(Cal("day", d), r.anchor, r.anchor_value,
                     f"'{c.text}' = {d.isoformat()}, {days} days {c.fields['hdir'].lower()} "
                     f"the holiday ({r.explanation})")
    if c.fields.get("hpod"):  # "xmas morning": that part of the holiday's day
        plain = {k: v for k, v in c.fields.items() if k != "hpod"}
        r = _holiday(Candidate(c.start, c.end, c.text, c.rule, c.kind,
                               MappingProxyType(plain)), a)
        if r is None or r.cal is None or r.cal.gran != "day":
            return r
        code = PARTS_OF_DAY[c.fields["hpod"].lower()]
        return dated(Cal("part-of-day", r.cal.start, code), r.anchor, r.anchor_value,
                     f"'{c.text}' = the {c.fields['hpod'].lower()} of {r.value} "
                     f"({r.explanation})")
    if c.fields.get("hwe") or c.fields.get("hwe2"):  # "the Easter weekend"
        plain = {k: v for k, v in c.fields.items() if k not in ("hwe", "hwe2", "thewe")}
        r = _holiday(Candidate(c.start, c.end, c.text, c.rule, c.kind,
                               MappingProxyType(plain)), a)
        if r is None or r.cal is None:
            return r
        d = r.cal.start
        sat = holiday_weekend(d)  # a Monday's is the one before, else the next
        return dated(Cal("weekend", sat), r.anchor, r.anchor_value,
                     f"'{c.text}' = the weekend of {d.isoformat()} ({r.explanation})")
    name = " ".join(c.fields["hol"].lower().replace("’", "'").split())
    name = HOLIDAY_ALIASES.get(name, name)
    if name in HISTORIC_DAYS:
        if a.prep in ("a", "an", "another"):  # "another Black Monday": a day like it
            return None
        return dated(Cal("day", date(*HISTORIC_DAYS[name])), "absolute", "",
                     f"'{c.text}' is a day of history known by that name")
    how = how_computed(name)
    if c.fields.get("year"):
        d = holiday_date(name, int(c.fields["year"]))
        return None if d is None else dated(
            _holiday_cal(name, d), "absolute", "",
            f"'{c.text}' is a holiday in a named year ({how})")
    y, anchor, av = ref_year(a)
    if y is None:
        fixed = FIXED_HOLIDAYS.get(name)
        return vague(f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX",
                     f"'{c.text}' has no year and there is no publication date", gran="day")
    ref = a.dct or a.period.start  # type: ignore[union-attr]
    rel = (c.fields.get("rel") or "").lower()
    opts = [d for yy in (y - 1, y, y + 1) for d in holiday_dates(name, yy)] \
        or [d for d in (holiday_date(name, yy) for yy in range(y - 4, y + 5)) if d is not None]
    if not rel and a.dct is not None and bank_holiday_today(name, a.dct):
        d, which = a.dct, "a bank holiday of another calendar (Ireland, Scotland...) on the day of"
    elif rel == "last" and any(o < ref for o in opts):
        d, which = max(o for o in opts if o < ref), "the last one before"
    elif rel == "next" and any(o > ref for o in opts):
        d, which = min(o for o in opts if o > ref), "the next one after"
    elif rel == "this" and any(o.year == y for o in opts):
        d, which = next(o for o in opts if o.year == y), "the one in the year of"
    elif opts and a.tense != "past" and a.prep in DEADLINE_PREPOSITIONS:  # ("til" is "till")
        d, which = nearest(opts, ref, "future"), "a deadline: the first one on or after"
    elif opts:
        d, which = nearest(opts, ref, a.tense), "the nearest to"
    else:
        return None
    return dated(_holiday_cal(name, d), anchor, av,
                 f"'{c.text}' falls on {d.isoformat()} ({how}), {which} the "
                 f"{anchor_name(anchor)} {av}")


def _holiday_cal(name: str, d: date) -> Cal:
    """The holiday's day, or the ISO week holding it for a holiday that is a week ("Holy
    Week": Holy Monday to Easter Sunday; session 23)."""
    if name in HOLIDAY_WEEKS:
        return Cal("week", d - timedelta(days=d.weekday()))
    return Cal("day", d)


HANDLERS = {
    "date": _date, "iso": _iso, "numeric": _numeric, "month": _month, "year": _year,
    "decade": _decade, "century": _century, "holiday": _holiday,
    "century_turn": _century_turn,
}
