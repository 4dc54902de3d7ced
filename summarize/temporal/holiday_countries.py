"""A holiday told beside its day: when one country's date for a named holiday is the
publication date ("happy thanksgiving, the rink is closed today" on Canada's Thanksgiving), or
the day after or before it that "tomorrow" or "yesterday" names in the sentence ("Victory Day
tomorrow" in Dhaka), that country's date wins over the calendar the name defaults to (session
23). Lower-case names that are also ordinary phrases ("labour day", "freedom day") are kept only
on such a day. A holiday right beside a weekday or a date of its sentence ("next Sunday for
Father's Day") takes that day when some country keeps it then; only countries' calendars
count, no dependent territory's (session 24)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from summarize import regex_cache as rx

from ..models import Mention
from .holidays import calendar_day, country_days, holiday_date, holiday_weekend
from .patterns import alt
from .resources.calendar_words import (
    FIXED_HOLIDAYS,
    HOLIDAY_ALIASES,
    HOLIDAY_PLACE_NAMES,
    HOLIDAY_PLACES,
    HOLIDAY_PLACES_SENTENCE_ONLY,
    LOWER_CASE_ON_THE_DAY,
    MOVABLE_HOLIDAYS,
)
from .resources.verbs import REPORTING
from .values import Cal, interval, value

#: A greeting right before a holiday ("happy independence day", "Merry Christmas") or a
#: blessing right after it ("eid mubarak"): said on the day.
_GREETING_BEFORE = rx.compile(r"(?<![\w'’])(?:happy|merry|blessed)\s+$", re.IGNORECASE)
_BLESSING_AFTER = rx.compile(r"\s+(?:mubarak|mubarik|saeed)\b", re.IGNORECASE)
#: What may stand between a holiday and the "today"/"tomorrow" told beside it: nothing, a
#: comma or a copula ("Heritage Day is tomorrow", "tomorrow is Heritage Day").
_BESIDE = rx.compile(r"\s*,?\s*(?:(?:is|was|will\s+be|falls)\s+)?", re.IGNORECASE)
#: What may stand between a holiday and a weekday or a date told beside it: a comma, a dash,
#: "for", "on" or a copula ("next Sunday for Father's Day", "Father's Day on Sunday", "Sunday
#: is Father's Day") (session 24).
_NEXT_TO = rx.compile(r"\s*(?:[,–—-]\s*|(?:for|on|is|was|will\s+be|falls\s+on)\s+)?",
                      re.IGNORECASE)
#: A verb of speech right before "today": the day of the report ("the grocer said today"),
#: not the holiday's.
_REPORTED = rx.compile(rf"(?<![\w'’]){alt(REPORTING)}\s+$", re.IGNORECASE)


def _holiday_name(text: str) -> str | None:
    """The calendar's name of a mention that names a holiday alone ("the Spring Festival",
    "eid"), else None ("last Christmas", "the Easter weekend")."""
    low = " ".join(text.lower().replace("’", "'").split()).removeprefix("the ")
    low = HOLIDAY_ALIASES.get(low, low)
    return low if low in FIXED_HOLIDAYS or low in MOVABLE_HOLIDAYS else None


#: An indefinite article right before a lower-case name: a day of its kind, no holiday.
_ARTICLE_BEFORE = rx.compile(r"\b(?:a|an|A|An)[ \t]+$")


def holidays_beside_the_day(text: str, mentions: Sequence[Mention], dct: date | None
                            ) -> list[Mention]:
    """``mentions`` with every holiday named on the day some country keeps it moved to that
    day: the publication date after a greeting or before a blessing, else the day a "today",
    "tomorrow" or "yesterday" of its sentence names (within a day of the publication date);
    a lower-case name of ``LOWER_CASE_ON_THE_DAY`` with no such day is dropped, and kept on
    the publication date when a country keeps it then."""
    if dct is None or not any(m.rule == "holiday" for m in mentions):
        return list(mentions)
    out: list[Mention] = []
    moved: tuple[date, date] | None = None  # the last holiday's day moved: (from, to)
    for m in mentions:
        if m.rule == "holiday" and m.granularity in ("day", "weekend"):
            m = _by_place(text, m, dct)
        if m.rule != "holiday" or m.granularity != "day":
            if moved is not None and m.day == moved[0]:
                follows = _on_moved_day(m, *moved)
                if follows is None:
                    moved = None  # the day told again on its own: the discourse's from here
                else:
                    m = follows
            out.append(m)
            continue
        moved = None
        name = _holiday_name(m.text)
        if name is None:
            out.append(m)
            continue
        written = " ".join(m.text.lower().replace("’", "'").split())
        lower_only = m.text.islower() and (name in LOWER_CASE_ON_THE_DAY
                                           or written in LOWER_CASE_ON_THE_DAY)
        if lower_only and _ARTICLE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue  # "a memorial day for the victims": a day of its kind (session 28)
        days = _days_beside(text, m, mentions, dct, lower_only)
        if lower_only and dct not in days:
            days.append(dct)  # "enjoy the last of labour day folks": on the day
        kept = [d for d in days if d in country_days(name, d.year)
                or (lower_only and d == holiday_date(name, d.year))] if days else []
        if not kept and not lower_only:
            told = _day_told_beside(text, m, mentions)
            if told is not None and told != m.day and told in country_days(name, told.year):
                moved = (m.day, told) if m.day is not None else None
                start = datetime.combine(told, datetime.min.time())
                out.append(replace(m, value=told.isoformat(),
                                   interval=(start, start + timedelta(days=1)),
                                   explanation=f"'{m.text}' = {told.isoformat()}: a country's "
                                               f"date for the holiday, the day told beside it"))
                continue
        if not kept:
            if not lower_only:
                out.append(m)
            continue
        day = kept[0]
        if day == m.day:
            out.append(m)
            continue
        moved = (m.day, day) if m.day is not None else None
        start = datetime.combine(day, datetime.min.time())
        out.append(replace(m, value=day.isoformat(), interval=(start, start + timedelta(days=1)),
                           anchor="dct", anchor_value=dct.isoformat(),
                           explanation=f"'{m.text}' = {day.isoformat()}: a country's date for "
                                       f"the holiday, told beside the publication date "
                                       f"{dct.isoformat()}"))
    return out


def _on_moved_day(m: Mention, old: date, new: date) -> Mention | None:
    """``m`` moved from the holiday's calendar day ``old`` to the country's day ``new`` when
    it took its day from the holiday under discussion ("eid mubarak ... at nani's from 4pm":
    the clock time on the day the greeting keeps; session 30), else None."""
    if m.anchor != "discourse" or m.anchor_value != old.isoformat() or m.interval is None \
            or not m.value.startswith(old.isoformat()):
        return None
    shift = new - old
    return replace(m, value=new.isoformat() + m.value[len(old.isoformat()):],
                   interval=(m.interval[0] + shift, m.interval[1] + shift),
                   anchor_value=new.isoformat(),
                   explanation=m.explanation.replace(old.isoformat(), new.isoformat())
                   + " (the holiday's day under discussion, as a country keeps it)")


def _day_told_beside(text: str, m: Mention, mentions: Sequence[Mention]) -> date | None:
    """The day of a weekday or a date told right beside the holiday in its sentence ("next
    Sunday for Father's Day", "Father's Day, September 6"), else None (session 24)."""
    for o in mentions:
        if o is m or o.sentence != m.sentence or o.day is None or o.rule == "holiday" \
                or o.type != "DATE" or o.granularity != "day":
            continue
        if (o.end <= m.start and _NEXT_TO.fullmatch(text, o.end, m.start)) \
                or (m.end <= o.start and _NEXT_TO.fullmatch(text, m.end, o.start)):
            return o.day
    return None


def _days_beside(text: str, m: Mention, mentions: Sequence[Mention], dct: date,
                 anywhere: bool) -> list[date]:
    """The days beside the publication date the holiday may be told on: the publication date
    after a greeting or before a blessing, and the day of a "today", "tomorrow" or "yesterday"
    right beside it ("Victory Day tomorrow", "tomorrow is Heritage Day"), or anywhere in its
    sentence when ``anywhere`` (nearest first)."""
    days: list[date] = []
    if _GREETING_BEFORE.search(text, max(0, m.start - 10), m.start) \
            or _BLESSING_AFTER.match(text, m.end):
        days.append(dct)
    near = sorted((abs(o.start - m.start), o.day) for o in mentions
                  if o.rule == "deictic_day" and o.sentence == m.sentence and o.day is not None
                  and abs((o.day - dct).days) <= 1
                  and (anywhere or _BESIDE.fullmatch(text, m.end, o.start)
                       or _BESIDE.fullmatch(text, o.end, m.start))
                  and not _REPORTED.search(text, max(0, o.start - 16), o.start))
    days += [d for _, d in near if d not in days]
    return days


#: A holiday's weekend after its name ("the King's Birthday long weekend").
_WEEKEND_TAIL = rx.compile(r"\s+(?:long\s+)?weekend$")
#: The marks that end a sentence: a place cue is looked for between them.
_SENTENCE_END = rx.compile(r"[.!?\n]")


def _flag_countries(text: str) -> list[str]:
    """The countries whose flags ``text`` shows (a pair of regional-indicator letters: 🇳🇬 is
    NG), in order (session 29)."""
    if not any("\U0001F1E6" <= ch <= "\U0001F1FF" for ch in text):
        return []
    return [chr(ord(a) - 0x1F1E6 + 65) + chr(ord(b) - 0x1F1E6 + 65)
            for a, b in _FLAG.findall(text)]


#: A flag: two regional-indicator letters.
_FLAG = rx.compile("([\U0001F1E6-\U0001F1FF])([\U0001F1E6-\U0001F1FF])")


def _nearest_day(name: str, country: str, subdiv: str | None, dct: date) -> date | None:
    """The day of ``name`` in the calendar of ``country`` nearest to the publication date (the
    one ahead on a tie), of the years around it: the default day's year says little when the
    country keeps the holiday months away from the default (session 26: "the Labour Day
    weekend" told in October in New Zealand is this October's, not next year's)."""
    name = HOLIDAY_PLACE_NAMES.get((name, country), name)
    days = [d for d in (calendar_day(name, country, subdiv, y)
                        for y in (dct.year - 1, dct.year, dct.year + 1)) if d is not None]
    return min(days, key=lambda d: (abs((d - dct).days), d < dct)) if days else None


#: How far either side of a holiday of ``HOLIDAY_PLACES`` its story is read for a place when its
#: sentence names none (session 26).
_STORY_REACH = 4000


def _names_one(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` names one of the places (or holidays) ``words``, as whole words (a
    possessive too: "Gauteng's")."""
    return any(re.search(rf"(?<![\w'’])(?<!\bNew ){re.escape(w)}(?!\w|['’](?!s\b))", text)
               for w in words)


def _by_place(text: str, m: Mention, dct: date) -> Mention:
    """``m`` moved to the day (or the weekend) of the holiday in the calendar of the state or
    country its sentence names, for a holiday whose day differs among them (``HOLIDAY_PLACES``:
    "the King's Birthday long weekend" in Brisbane is Queensland's, in October; session 25).
    Only a holiday of that list reads its sentence, and only up to 300 characters each side;
    when its sentence names no place, the story around it (``_STORY_REACH``) when it names one
    calendar's places only ("Auckland" two sentences before "the Labour Day weekend";
    session 26)."""
    low = " ".join(m.text.lower().replace("’", "'").split()).removeprefix("the ")
    name = _WEEKEND_TAIL.sub("", low)
    places = HOLIDAY_PLACES.get(name)
    if places is None or m.interval is None:
        return m
    lo = max(0, m.start - 300)
    cut = [x.end() for x in _SENTENCE_END.finditer(text, lo, m.start)]
    start = cut[-1] if cut else lo
    after = _SENTENCE_END.search(text, m.end, m.end + 300)
    sentence = text[start:m.start] + " " + text[m.end:after.start() if after else m.end + 300]
    named = next(((country, subdiv) for words, country, subdiv in places
                  if _names_one(sentence, words)), None)
    if named is None:  # a country's flag in its sentence (session 29)
        named = next(((c, None) for c in _flag_countries(sentence)
                      if _nearest_day(name, c, None, dct) is not None), None)
    if named is None and name in HOLIDAY_PLACES_SENTENCE_ONLY:
        return m
    if named is None:  # none in its sentence: the one calendar the story names (session 26)
        story = text[max(0, m.start - _STORY_REACH):m.start] + " " \
            + text[m.end:m.end + _STORY_REACH]
        named_all = {(country, subdiv) for words, country, subdiv in places
                     if _names_one(story, words)}
        if len(named_all) != 1:
            return m
        named = named_all.pop()
    country, subdiv = named
    first = m.interval[0].date()
    held = first + timedelta(days=2) if m.granularity == "weekend" else first
    day = _nearest_day(name, country, subdiv, dct)
    if day is None or day == held:
        return m
    cal = Cal("weekend", holiday_weekend(day)) if m.granularity == "weekend" else Cal("day", day)
    return replace(m, value=value(cal), interval=interval(cal),
                   explanation=f"'{m.text}' = {value(cal)}: the holiday of {day.isoformat()} "
                               f"in the calendar of {country}{'-' + subdiv if subdiv else ''}, "
                               "the place its sentence names")
