"""The date of a named holiday in a year, from maintained libraries: ``dateutil`` for Easter,
``holidays`` for countries' movable feasts (Thanksgiving, Yom Kippur, Diwali, Chinese New
Year...), ``hijridate`` (Umm al-Qura) for the Islamic calendar. Imported on first use only, so
start-up does not pay for them."""

from __future__ import annotations

import calendar
import warnings
from datetime import date, timedelta
from functools import lru_cache

from .resources.calendar_words import (
    FIXED_HOLIDAYS,
    HOLIDAY_NAME_FORMS,
    HOLIDAY_TERRITORIES,
    MOVABLE_HOLIDAYS,
    OBSERVANCES_ELSEWHERE,
)
from .resources.post_days import BANK_HOLIDAY_CALENDARS

#: How far from a year the library is searched for a holiday it does not list in that year
#: (Kenya's Madaraka Day is listed only from 2010).
_GAP_YEARS = 25


def holiday_dates(name: str, year: int) -> list[date]:
    """Every day ``name`` falls on in ``year``: one for most holidays, several for a country's
    holidays on a weekday ("bank holiday monday")."""
    rule = MOVABLE_HOLIDAYS.get(name)
    if rule is not None and rule[0] == "country_weekday":
        _, country, subdiv, category, weekday = rule
        return [d for d in _subdivision(country, subdiv, category, year)
                if d.isoweekday() == weekday]
    if rule is not None and rule[0] == "either":  # "Eid", "Sallah": either feast
        return sorted(d for d in (holiday_date(one, year) for one in rule[1:]) if d is not None)
    one = holiday_date(name, year)
    return [] if one is None else [one]


def bank_holiday_today(name: str, day: date) -> bool:
    """Whether ``day`` is a public holiday on the weekday ``name`` names ("bank holiday
    monday") in one of the other calendars that call it so (``BANK_HOLIDAY_CALENDARS``): a post
    written on it means that day (session 12)."""
    rule = MOVABLE_HOLIDAYS.get(name)
    if rule is None or rule[0] != "country_weekday" or day.isoweekday() != rule[4]:
        return False
    return any(day in _subdivision(country, subdiv or None, rule[3], day.year)
               for country, subdiv in BANK_HOLIDAY_CALENDARS)


def holiday_date(name: str, year: int) -> date | None:
    """The day ``name`` (lower case, as in ``calendar_words``) falls on in ``year``; None when
    unknown or outside the years the calendars cover."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    rule = MOVABLE_HOLIDAYS.get(name)
    if rule is None or not 1 <= year <= 9999:
        return None
    if rule[0] == "easter":
        return _easter(year) + timedelta(days=rule[1])
    if rule[0] == "orthodox_easter":  # the Julian computus, as a Gregorian date (session 31)
        return _easter(year, orthodox=True) + timedelta(days=rule[1])
    if rule[0] == "hijri":
        return _hijri(year, rule[1], rule[2])
    if rule[0] == "leap_day":  # 29 February, in a leap year only (session 27)
        return date(year, 2, 29) if calendar.isleap(year) else None
    if rule[0] in ("country_weekday", "either"):
        days = holiday_dates(name, year)
        return days[0] if days else None
    if rule[0] == "weekday_on_or_after":
        _, month, day, weekday, every, moved = rule
        if year % every:
            return None
        if year in moved:
            return date(year, *moved[year])
        first = date(year, month, day)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7)
    _, country, category, library_name, after = rule
    country, _, subdiv = country.partition("-")
    days = _named(country, subdiv or None, category, year).get(library_name) \
        or _listed_elsewhere(country, subdiv or None, category, library_name, year)
    return days + timedelta(days=after) if days else None


def holiday_weekend(day: date) -> date:
    """The Saturday of the weekend a holiday on ``day`` belongs to ("the Easter weekend", "the
    King's Birthday long weekend"): its own on a weekend, the one before on a Monday, else the
    next one."""
    wd = day.isoweekday()
    return day - timedelta(days=wd - 6) if wd >= 6 else day - timedelta(days=2) if wd == 1 \
        else day + timedelta(days=6 - wd)


def calendar_day(name: str, country: str, subdiv: str | None, year: int) -> date | None:
    """The day ``name`` falls on in ``year`` in the calendar of ``country`` (and ``subdiv``)
    rather than its default one (session 25): a "country" rule of ``MOVABLE_HOLIDAYS`` by the
    library's name for it, any other holiday by its own name among the country's public
    holidays, Labour and Labor Day alike ("Family Day" in South Africa, "Labour Day" in New
    Zealand; session 26)."""
    rule = MOVABLE_HOLIDAYS.get(name)
    if not 1 <= year <= 9999:
        return None
    if rule is not None and rule[0] == "country":
        category, library_name = rule[2], rule[3]
    else:
        category, library_name = "public", name
    named = _named(country, subdiv, category, year)
    if library_name in named:
        return named[library_name]
    key = _library_key(library_name)
    return next((d for one, d in named.items() if _library_key(one) == key), None)


@lru_cache(maxsize=128)
def _listed_elsewhere(country: str, subdiv: str | None, category: str, library_name: str,
                      year: int) -> date | None:
    """A holiday of a fixed date in ``year`` when the library lists it only in later (or
    earlier) years: the nearest years that list it, when they agree on the day of the month
    (Kenya's Madaraka Day, 1 June, listed from 2010, is still 1 June in a 2008 text); None
    for a holiday whose date moves."""
    with warnings.catch_warnings():  # years the library does not cover
        warnings.simplefilter("ignore")
        return _fixed_day_elsewhere(country, subdiv, category, library_name, year)


def _fixed_day_elsewhere(country: str, subdiv: str | None, category: str, library_name: str,
                         year: int) -> date | None:
    for step in (1, -1):
        for gap in range(1, _GAP_YEARS + 1):
            first = _named(country, subdiv, category, year + step * gap).get(library_name)
            if first is None:
                continue
            again = _named(country, subdiv, category, year + step * (gap + 1)).get(library_name)
            if again is None or (again.month, again.day) != (first.month, first.day):
                break
            try:
                return date(year, first.month, first.day)
            except ValueError:
                return None
    return None


def country_days(name: str, year: int) -> tuple[date, ...]:
    """Every day some country's calendar (as the ``holidays`` library lists it, in English)
    gives the holiday ``name`` in ``year``: India's and Pakistan's Independence Day, Canada's
    Thanksgiving, Bangladesh's Victory Day; the library's own name for it as
    ``MOVABLE_HOLIDAYS`` gives it, else the name itself (session 23); no dependent
    territory's (``HOLIDAY_TERRITORIES``), and the days of observance the library lacks that
    ``OBSERVANCES_ELSEWHERE`` gives (session 24)."""
    rule = MOVABLE_HOLIDAYS.get(name)
    keys = {_library_key(name)}
    if rule is not None and rule[0] == "country":
        keys.add(_library_key(rule[3]))
    if rule is not None and rule[0] == "either":
        keys.update(_library_key(one) for one in rule[1:])
    index = _every_calendar(year)
    days = {d for k in keys for d in index.get(k, ())}
    for _, month, weekday, nth in OBSERVANCES_ELSEWHERE.get(name, ()):
        first = date(year, month, 1)
        days.add(first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1)))
    return tuple(sorted(days))


def _library_key(name: str) -> str:
    """A holiday's name as the library's names are compared: lower case, the library's notes
    ("(estimated)") dropped, one spelling for Labour/Labor Day and for the Eids."""
    low = " ".join(name.lower().replace("(estimated)", "").split())
    for spelling, one in HOLIDAY_NAME_FORMS:
        low = low.replace(spelling, one)
    return low


@lru_cache(maxsize=16)
def _every_calendar(year: int) -> dict[str, frozenset[date]]:
    """Every public holiday of every country the library knows (and of the provinces the
    engine's names use), by ``_library_key`` of its English name, in ``year``; built once a
    year (a few tenths of a second), only when a text names a holiday beside its publication
    date."""
    import holidays

    calendars = [(c, None) for c in holidays.list_supported_countries()
                 if len(c) == 2 and c not in HOLIDAY_TERRITORIES]  # session 24
    calendars += [tuple(r[1].split("-")) for r in MOVABLE_HOLIDAYS.values()
                  if r[0] == "country" and "-" in r[1]]
    calendars += [(c, s or None) for c, s in BANK_HOLIDAY_CALENDARS]
    found: dict[str, set[date]] = {}
    for country, subdiv in dict.fromkeys(calendars):
        items = _english_calendar(holidays, country, subdiv, year)
        first: dict[str, date] = {}  # a holiday of several days is told on its first
        for day, names in sorted(items):
            for one in names.split("; "):
                key = _library_key(one)
                if "(" not in key:  # no day observed or substituted for it
                    first.setdefault(key, day)
        for key, day in first.items():
            found.setdefault(key, set()).add(day)
    return {k: frozenset(v) for k, v in found.items()}


def _english_calendar(holidays, country: str, subdiv: str | None, year: int
                      ) -> list[tuple[date, str]]:
    """A country's public holidays in ``year`` by their English names where the library has
    them (else its own), quietly empty where it has none."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for language in ("en_US", None):
            try:
                return list(holidays.country_holidays(country, subdiv=subdiv, years=year,
                                                      language=language).items())
            except (NotImplementedError, ValueError, KeyError, OverflowError, AttributeError):
                continue
    return []


def how_computed(name: str) -> str:
    """How the date of ``name`` is found, for explanations."""
    rule = MOVABLE_HOLIDAYS.get(name)
    if rule is None:
        return "a fixed date"
    if rule[0] == "easter":
        return f"Easter Sunday {rule[1]:+d} days" if rule[1] else "Western Easter"
    if rule[0] == "orthodox_easter":
        return f"Orthodox Easter Sunday {rule[1]:+d} days" if rule[1] else "Orthodox Easter"
    if rule[0] == "hijri":
        return f"day {rule[2]} of Islamic month {rule[1]} (Umm al-Qura calendar)"
    if rule[0] == "leap_day":
        return "29 February of a leap year"
    if rule[0] == "country_weekday":
        return f"a {rule[1]}-{rule[2]} {rule[3]} holiday on weekday {rule[4]}"
    if rule[0] == "either":
        return "the nearest of " + " and ".join(rule[1:])
    if rule[0] == "weekday_on_or_after":
        return f"the first weekday {rule[3]} on or after {rule[1]}/{rule[2]}" + (
            f", every {rule[4]} years" if rule[4] > 1 else "")
    return f"'{rule[3]}' in the {rule[1]} calendar" + (f" {rule[4]:+d} day" if rule[4] else "")


@lru_cache(maxsize=512)
def _easter(year: int, orthodox: bool = False) -> date:
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    return easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)


@lru_cache(maxsize=256)
def _named(country: str, subdiv: str | None, category: str, year: int) -> dict[str, date]:
    """The first day of every holiday the library lists for a country (or one of its
    provinces: Canada's Family Day is Ontario's, not the nation's), category and year."""
    import holidays

    try:
        listed = holidays.country_holidays(country, subdiv=subdiv, years=year,
                                           categories=(category,))
        items = sorted(listed.items())
    except (NotImplementedError, ValueError, KeyError, OverflowError):
        return {}
    first: dict[str, date] = {}
    for day, names in items:
        for one in names.split("; "):
            first.setdefault(one, day)
    return first


@lru_cache(maxsize=64)
def _subdivision(country: str, subdiv: str | None, category: str, year: int
                 ) -> tuple[date, ...]:
    """The days of every holiday the library lists for a country's subdivision in a year."""
    import holidays

    try:
        listed = holidays.country_holidays(country, subdiv=subdiv, years=year,
                                           categories=(category,))
        return tuple(sorted(listed))
    except (NotImplementedError, ValueError, KeyError, OverflowError):
        return ()


@lru_cache(maxsize=512)
def _hijri(year: int, month: int, day: int) -> date | None:
    """The day ``day`` of Islamic month ``month`` that falls in Gregorian ``year`` (the first,
    in the rare years that hold two)."""
    from hijridate import Gregorian, Hijri

    try:
        first = Gregorian(year, 1, 1).to_hijri().year
        found = [Hijri(h, month, day).to_gregorian() for h in (first, first + 1)]
    except (ValueError, OverflowError):
        return None
    inside = [date(d.year, d.month, d.day) for d in found if d.year == year]
    return inside[0] if inside else None
