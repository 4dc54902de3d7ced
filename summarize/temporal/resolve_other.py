"""Resolve durations, sets, vague references, clock times, parts of day and era day counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from .context import Anchors, Resolution, anchor_name, dated, evolve, vague
from .eras import day_number, match_era
from .recognise import Candidate
from .resolve_relative import amount, dct_day, discourse_day, norm, weekday_date, weekday_number
from .resources.calendar_words import PARTS_OF_DAY
from .resources.units import (
    APPROXIMATORS,
    SET_WORDS,
    TIME_LETTERS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_REFS,
)
from .values import Cal, value

_HALF = {"Y": (6, "M"), "M": (15, "D"), "W": (84, "H"), "D": (12, "H"), "H": (30, "M"),
         "M_T": (30, "S")}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for ``n`` units ("P3D", "PT24H", "P2Y6M"; "PXM" when n is None)."""
    unit = UNIT_PLURALS.get(unit, unit)
    letter, mult, _ = UNITS[unit]
    is_time = letter in TIME_LETTERS or unit == "minute"
    pre = "PT" if is_time else "P"
    if n is None:
        return f"{pre}X{letter}"
    whole = int(n)
    total = whole * mult
    if n == whole:
        return f"{pre}{total}{letter}"
    half_n, half_letter = _HALF["M_T" if unit == "minute" else letter]
    if letter == "Q":
        return f"P{whole * 3 + 1}M{15}D" if whole else "P1M15D"
    head = f"{total}{letter}" if whole else ""
    if is_time or half_letter == "H" or (letter == "D"):
        if is_time:
            return f"PT{head}{half_n}{half_letter}"
        return f"P{head}T{half_n}{half_letter}" if head else f"PT{half_n}{half_letter}"
    return f"P{head}{half_n}{half_letter}"


def _approx_mod(raw: str | None) -> str:
    return APPROXIMATORS.get(norm(raw), "") if raw else ""


def _duration(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    unit = norm(f["unit"])
    unit = UNIT_PLURALS.get(unit, unit)
    if c.rule == "duration_bare":
        n = None
    elif c.rule == "duration_within":
        n = 1.0  # "within the hour"
    else:
        n = amount(f["num"])
        if n is not None and n > 10000:
            return None
    if c.rule == "duration_compound":
        n = (n or 1) + 0.5
    v = duration_value(n, unit)
    return vague(v, f"'{c.text}' is a length of time", "DURATION", mod=_approx_mod(f.get("approx")))


def _set(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    if f.get("setword"):
        return vague(SET_WORDS[norm(f["setword"])], f"'{c.text}' recurs", "SET")
    if f.get("wd"):
        return vague(f"XXXX-WXX-{weekday_number(f['wd'])}", f"'{c.text}' recurs weekly", "SET")
    if f.get("pod"):
        code = PARTS_OF_DAY[norm(f["pod"])]
        return vague(f"XXXX-XX-XX{code if code.startswith('T') and len(code) == 3 else ''}",
                     f"'{c.text}' recurs daily", "SET")
    unit = norm(f["unit"])
    n = 2 if f.get("other") else (amount(f["num"]) if f.get("num") else 1)
    return vague(duration_value(n, unit if unit in UNITS or unit in UNIT_PLURALS else "day"),
                 f"'{c.text}' recurs", "SET")


def _vague(c: Candidate, a: Anchors) -> Resolution | None:
    v = VAGUE_REFS[norm(c.fields["phrase"])]
    if v.startswith("PX"):
        return vague(v, f"'{c.text}' is a stretch of recent time of unknown length", "DURATION")
    if v == "PRESENT_REF" and a.dct:
        cal = Cal("day", a.dct)
        r = dated(cal, "dct", a.dct.isoformat(), f"'{c.text}' = the publication date "
                  f"{a.dct.isoformat()}")
        return replace(r, value="PRESENT_REF")
    return vague(v, f"'{c.text}' is a vague {v.split('_')[0].lower()} reference",
                 anchor="dct" if a.dct else "none",
                 anchor_value=a.dct.isoformat() if a.dct else "")


def _clock_time(f) -> tuple[int, int]:
    if f.get("hourw"):
        from .resources.numbers import CARDINALS
        w = f["hourw"].lower()
        hour = int(w) if w.isdigit() else CARDINALS[w]
    else:
        hour = int(f["hour"])
    minute = int(f.get("minute") or 0)
    ampm = norm(f.get("ampm")).replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif not ampm and f.get("hourw") and 1 <= hour <= 6:
        hour += 12  # "after six", "two o'clock": news hours run 7 a.m. to 6 p.m.
    elif ampm == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError("bad time")
    return hour, minute


def _clock(c: Candidate, a: Anchors) -> Resolution | None:
    hour, minute = _clock_time(c.fields)
    hhmm = f"{hour:02d}:{minute:02d}"
    tz = f" {c.fields['tz']}" if c.fields.get("tz") else ""
    day = a.sentence_day
    if day is not None and a.dct is not None and (
            (a.tense == "future" and day.start < a.dct)
            or (a.tense == "past" and day.start > a.dct)):
        day = None  # "who met them on Thursday, is due to speak at 3 p.m.": not Thursday
    if day is not None:
        base, anchor, av = day, "discourse", value(day)
    elif a.dct:
        base, anchor, av = Cal("day", a.dct), "dct", a.dct.isoformat()
    else:
        return vague(f"XXXX-XX-XXT{hhmm}", f"'{c.text}' has no day", "TIME", gran="minute")
    mod = {"after": "AFTER", "before": "BEFORE"}.get(norm(c.fields.get("rel")), "")
    return dated(Cal("minute", base.start, hhmm), anchor, av,
                 f"'{c.text}' = {hhmm}{tz} on the {anchor_name(anchor)} {av}", mod)


def _pod_code(word: str) -> tuple[str, str]:
    code = PARTS_OF_DAY[word]
    if code.startswith("T") and ":" in code:
        return "minute", code[1:]
    return "part-of-day", code


_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "this": 0, "last": -1,
              "tonight": 0, "overnight": 0, "this past": -1}
_ANAPHORIC = {"that": 0, "the": 0, "the same": 0, "on the": 0, "in the": 0, "early": 0,
              "late": 0, "mid": 0, "the following": 1, "the next": 1, "the previous": -1}


def _pod(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    word = norm(f["pod"])
    gran, code = _pod_code(word)
    pre = norm(f.get("pre"))
    after = norm(f.get("after")).removeprefix("of ").strip()
    day_word = after or pre or ("tonight" if word in ("tonight", "overnight") else "")
    if day_word in _DAY_WORDS or not day_word:
        base = dct_day(a) if day_word else (
            (a.sentence_day, "discourse", value(a.sentence_day)) if a.sentence_day
            else dct_day(a))
        n = _DAY_WORDS.get(day_word, 0)
        if (word == "night" and day_word == "last") or (day_word == "last" and word != "night"):
            n = -1
    elif day_word in _ANAPHORIC:
        base, n = discourse_day(a), _ANAPHORIC[day_word]
    else:
        wd = weekday_number(day_word)
        base0 = dct_day(a)
        if base0 is None:
            return vague(f"XXXX-WXX-{wd}T{code.lstrip('T')}"[:14], f"'{c.text}' has no date",
                         "TIME", gran=gran)
        d, how = weekday_date(wd, base0[0].start, "", a.tense, a.tense_cue, a.today)
        return dated(Cal(gran, d, code), base0[1], base0[2],
                     f"'{c.text}' = {how} the {anchor_name(base0[1])} {base0[2]}")
    if base is None:
        return vague(f"XXXX-XX-XXT{code.lstrip('T')}" if gran == "part-of-day" else
                     f"XXXX-XX-XXT{code}", f"'{c.text}' has no date", "TIME", gran=gran)
    cal, anchor, av = base
    day = cal.start + timedelta(days=n)
    why = f"'{c.text}' = {word} of the {anchor_name(anchor)} {av}" + (f" {n:+d} day" if n else "")
    if code == "TNI" and n == 0 and day == a.dct and a.tense == "past" \
            and (word == "overnight" or day_word in ("the", "in the", "on the")):
        day -= timedelta(days=1)  # "were hit overnight": the night that ended on the DCT
        why = f"'{c.text}' in a past clause ('{a.tense_cue}') = the night before the " \
              f"publication date {av}"
    return dated(Cal(gran, day, code), anchor, av, why)


def _era_day(c: Candidate, a: Anchors) -> Resolution | None:
    n = day_number(c.fields)
    if not n or n > 20000:
        return None
    event = c.fields.get("event")
    found = match_era(event, a.era_phrases) if event else None
    era = found[0] if found else (a.last_era if not event else None)
    if era is not None:
        d = era.start + timedelta(days=n - 1)
        return dated(Cal("day", d), "era", era.start.isoformat(),
                     f"'{c.text}' = day {n} of {era.name}, which began "
                     f"{era.start.isoformat()} (day 1)")
    if not event and not (a.era_subject or c.text.split()[0].lower() in ("its", "their")):
        return None
    what = f"'{event or a.era_subject or 'what it counts'}'"
    base = (a.sentence_day, "discourse", value(a.sentence_day)) if a.sentence_day \
        else dct_day(a)
    if base is None:
        return vague("XXXX-XX-XX", f"'{c.text}': start of {what} unknown, no date",
                     gran="day")
    cal, anchor, av = base
    where = "the day its sentence is about" if anchor == "discourse" else anchor_name(anchor)
    return dated(Cal("day", cal.start), anchor, av,
                 f"'{c.text}': day 1 of {what} is not known; a running count is taken as "
                 f"{where} {av}")


def _era_start(c: Candidate, a: Anchors) -> Resolution | None:
    found = match_era(c.fields["event"], a.era_phrases)
    if not found:
        return None
    era = found[0]
    return dated(Cal("day", era.start), "era", era.start.isoformat(),
                 f"'{c.text}' = the first day of {era.name}, {era.start.isoformat()}")


def _datetime(c: Candidate, a: Anchors) -> Resolution | None:
    from .resolve import resolve
    date_part, time_part = c.parts
    r = resolve(date_part, a)
    if r is None or r.cal is None or r.cal.gran != "day":
        return r
    t = resolve(time_part, evolve(a, sentence_day=r.cal, tense=""))  # the date fixes the day
    if t is None or t.cal is None:
        return r
    return replace(t, explanation=f"{t.explanation} ({r.explanation})")


HANDLERS = {
    "duration": _duration, "set": _set, "vague": _vague, "clock": _clock, "pod": _pod,
    "era_day": _era_day, "era_start": _era_start, "datetime": _datetime,
}
_ = value
