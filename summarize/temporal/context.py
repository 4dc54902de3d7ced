"""What a resolver knows besides the span: anchors, tense, day order and eras."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from operator import attrgetter

from .eras import Era
from .resources.units import MODIFIERS
from .slots import Memo, quick_init, quick_new
from .values import Cal, interval, value


@quick_init
@dataclass(frozen=True, slots=True)
class Anchors:
    """Anchor dates for one mention: the DCT and what the discourse is about so far."""

    dct: date | None
    #: The last resolved day-level mention before this one (anaphora: "the day before").
    day: Cal | None = None
    #: The last resolved date of any granularity ("a year earlier" after "the third quarter").
    period: Cal | None = None
    #: The last day-level mention in the same sentence (a bare "at 3 p.m." belongs to it).
    sentence_day: Cal | None = None
    #: Sentences since ``period`` was set.
    period_age: int = 0
    tense: str = ""
    #: The verb group that decided ``tense`` ("would meet"), quoted in explanations.
    tense_cue: str = ""
    #: ``Tense.explicit`` of that verb group.
    tense_explicit: bool = False
    day_first: bool = True
    #: (normalised phrase, era) pairs active for this text, and the era last named before.
    era_phrases: list[tuple[str, Era]] = field(default_factory=list)
    last_era: Era | None = None
    #: The subject an event-less day count counts ("The siege entered its 11th day").
    era_subject: str = ""
    #: An event an anaphoric day is relative to ("the day before the talks") and the
    #: mention that dated it; ``day`` then holds the event's day.
    event: str = ""
    event_text: str = ""
    #: The sentence says "today", "tonight", "this morning"...
    today: bool = False
    #: The word right before the expression, lower case ("by", "in", "since").
    prep: str = ""
    #: The day whose evening or night the discourse named ("late Tuesday", "Tuesday night"),
    #: while no other day but the early hours after it was named since.
    evening: Cal | None = None
    #: The sentence is a note with no verb ("sunday 2pm", "dinner on sat?"): what it names
    #: lies ahead.
    note: bool = False
    #: A post asks for, offers or longs for the day ("remind me on friday", "thurs works",
    #: "roll on friday"): ahead even on the publication date's own weekday.
    asked: bool = False
    #: The sentence's subject is owned by a year ("Next year's awards", "2027's games"): a
    #: month with no year in its future clause is that year's (session 24, round 2).
    owned_year: bool = False
    #: The date heading the story section or chronology entry the expression sits in (a line
    #: that opens with a date: "Tuesday, Oct. 18", "14 August 2007: ..."), while nothing else
    #: has been dated since: a bare clock time, quarter or day number there is of it (session 25).
    entry: Cal | None = None
    #: A month with no year dates a completed act a past participle names right before "in"
    #: ("An accord signed in February expires ..."): the last such month (session 26).
    done_act: bool = False


_ANCHOR_FIELDS = tuple(f.name for f in fields(Anchors))
_ANCHOR_VALUES = attrgetter(*_ANCHOR_FIELDS)
_ANCHOR_INDEX = {name: i for i, name in enumerate(_ANCHOR_FIELDS)}


def evolve(a: Anchors, **changes) -> Anchors:
    """``dataclasses.replace`` for Anchors, several times cheaper (it runs per mention)."""
    return evolver(*changes)(a, *changes.values())


def evolver(*names: str) -> Callable[..., Anchors]:
    """``evolve`` of these fields as a function ``(anchors, *new values)``, for calls made per
    expression (no keyword arguments to build and look up)."""
    build = _EVOLVERS.get(names)
    if build is None:
        build = _EVOLVERS[names] = _evolver(names)
    return build


#: ``Anchors(...)`` filling its slots directly, and per tuple of changed fields a function
#: ``(anchors, *new values)`` that copies the other fields (written as ``quick_new`` writes).
_NEW_ANCHORS = quick_new(Anchors)
_EVOLVERS: dict[tuple[str, ...], Callable[..., Anchors]] = {}


def _evolver(names: tuple[str, ...]) -> Callable[..., Anchors]:
    unknown = [n for n in names if n not in _ANCHOR_INDEX]
    if unknown:
        raise KeyError(unknown[0])
    args = ", ".join(f"_{n}" for n in names)
    scope: dict = {"_new": object.__new__, "_cls": Anchors}
    body = ["    self = _new(_cls)"]
    for i, n in enumerate(_ANCHOR_FIELDS):  # each slot filled here, not through a call
        scope[f"_set{i}"] = Anchors.__dict__[n].__set__
        body.append(f"    _set{i}(self, {f'_{n}' if n in names else f'a.{n}'})")
    exec("\n".join([f"def evolved(a, {args}):", *body, "    return self"]), scope)
    return scope["evolved"]


@quick_init
@dataclass(frozen=True, slots=True)
class Resolution:
    """A normalised value with its interval and the reason for it."""

    type: str
    value: str
    interval: tuple[datetime, datetime] | None
    granularity: str
    anchor: str
    anchor_value: str
    explanation: str
    mod: str = ""
    cal: Cal | None = None


def dated(cal: Cal, anchor: str, anchor_value: str, why: str, mod: str = "",
          kind: str = "DATE") -> Resolution:
    """A Resolution for a calendar value."""
    t = "TIME" if cal.gran in ("hour", "minute", "part-of-day") else kind
    v, span = _VALUE_AND_INTERVAL[(cal.gran, cal.start, cal.extra, mod)]
    return Resolution(t, v, span, cal.gran, anchor, anchor_value, why, mod, cal)


def _value_and_interval(key: tuple[str, date, str, str]) -> tuple[str, tuple[datetime, datetime]]:
    """``value`` and ``interval`` of the period (gran, start, extra) under the mod ``key[3]``."""
    cal = Cal(*key[:3])
    return value(cal), interval(cal, key[3])


#: ``_value_and_interval`` by (gran, start, extra, mod), all that ``value`` and ``interval`` read
#: (a Cal holds nothing else): a text names the same days again and again.
_VALUE_AND_INTERVAL = Memo(_value_and_interval)


def vague(v: str, why: str, t: str = "DATE", gran: str = "", anchor: str = "none",
          anchor_value: str = "", mod: str = "") -> Resolution:
    """A Resolution with no calendar interval (durations, sets, underspecified dates)."""
    return Resolution(t, v, None, gran, anchor, anchor_value, why, mod)


def modifier(word: str | None) -> str:
    """TIMEX3 mod (START/MID/END) for a position word like "early", "mid-", "the end of"."""
    if not word:
        return ""
    w = " ".join(word.lower().replace("-", " ").split())
    return MODIFIERS.get(w) or MODIFIERS.get(w.removesuffix(" the"), "")


def anchor_name(anchor: str) -> str:
    """How an explanation names an anchor kind."""
    return _ANCHOR_NAMES.get(anchor, anchor)


_ANCHOR_NAMES = {"dct": "publication date", "discourse": "date under discussion"}


def dct_day(a: Anchors) -> tuple[Cal, str, str] | None:
    """The DCT as a day anchor (None without one: deictic words then stay unresolved)."""
    if a.dct:
        return Cal("day", a.dct), "dct", a.dct.isoformat()
    return None


def discourse_span(a: Anchors) -> tuple[date, date, str, str] | None:
    """The first and the last day of the date under discussion (all of it: a year named is its
    whole year), its anchor and value; else the DCT's day; None with neither."""
    if a.period is not None:
        last = interval(a.period)[1].date() - timedelta(days=1)
        return a.period.start, last, "discourse", value(a.period)
    if a.dct is not None:
        return a.dct, a.dct, "dct", a.dct.isoformat()
    return None


def discourse_day(a: Anchors) -> tuple[Cal, str, str] | None:
    """The day the discourse is about, else the DCT."""
    if a.day:
        return Cal("day", a.day.start), "discourse", value(a.day)
    if a.dct:
        return Cal("day", a.dct), "dct", a.dct.isoformat()
    return None

