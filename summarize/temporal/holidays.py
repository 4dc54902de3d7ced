"""The date of a named holiday in a year, from maintained libraries: ``dateutil`` for Easter,
``holidays`` for countries' movable feasts (Thanksgiving, Yom Kippur, Diwali, Chinese New
Year...), ``hijridate`` (Umm al-Qura) for the Islamic calendar. Imported on first use only, so
start-up does not pay for them."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from .resources.calendar_words import FIXED_HOLIDAYS, MOVABLE_HOLIDAYS
from .resources.post_days import BANK_HOLIDAY_CALENDARS


def holiday_dates(name: str, year: int) -> list[date]:
    """Every day ``name`` falls on in ``year``: one for most holidays, several for a country's
    holidays on a weekday ("bank holiday monday")."""
    rule = MOVABLE_HOLIDAYS.get(name)
    if rule is not None and rule[0] == "country_weekday":
        _, country, subdiv, category, weekday = rule
        return [d for d in _subdivision(country, subdiv, category, year)
                if d.isoweekday() == weekday]
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
    if rule[0] == "hijri":
        return _hijri(year, rule[1], rule[2])
    if rule[0] == "country_weekday":
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
    days = _named(country, subdiv or None, category, year).get(library_name)
    return days + timedelta(days=after) if days else None


def how_computed(name: str) -> str:
    """How the date of ``name`` is found, for explanations."""
    rule = MOVABLE_HOLIDAYS.get(name)
    if rule is None:
        return "a fixed date"
    if rule[0] == "easter":
        return f"Easter Sunday {rule[1]:+d} days" if rule[1] else "Western Easter"
    if rule[0] == "hijri":
        return f"day {rule[2]} of Islamic month {rule[1]} (Umm al-Qura calendar)"
    if rule[0] == "country_weekday":
        return f"a {rule[1]}-{rule[2]} {rule[3]} holiday on weekday {rule[4]}"
    if rule[0] == "weekday_on_or_after":
        return f"the first weekday {rule[3]} on or after {rule[1]}/{rule[2]}" + (
            f", every {rule[4]} years" if rule[4] > 1 else "")
    return f"'{rule[3]}' in the {rule[1]} calendar" + (f" {rule[4]:+d} day" if rule[4] else "")


@lru_cache(maxsize=512)
def _easter(year: int) -> date:
    from dateutil.easter import easter

    return easter(year)


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
