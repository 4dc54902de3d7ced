"""Lengths and recurrences: durations ("three days", "two and a half years"), sets ("every
Monday", "weekly") and vague references ("recently", "the past few years")."""

from __future__ import annotations

from ..candidate import Candidate
from ..context import Anchors, Resolution, dated, vague
from ..resources.calendar_words import FIXED_HOLIDAYS, PARTS_OF_DAY, SEASONS
from ..resources.units import (
    APPROXIMATORS,
    POST_VAGUE_REFS,
    SET_WORDS,
    TIME_LETTERS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_ADJECTIVES,
    VAGUE_REFS,
    WITHIN_THE_DAY,
)
from ..values import Cal
from ..words import amount, month_number, norm, weekday_number

#: A unit -> the next smaller one and how many of it make one: a fraction of a unit is written
#: in the smaller one when it comes out whole ("1.25 hours" = PT1H15M, "2.5 days" = P2DT12H).
_SMALLER = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12),
            "quarter": ("month", 3), "month": ("day", 30), "fortnight": ("day", 14),
            "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60),
            "minute": ("second", 60)}
#: Calendar unit -> its TIMEX3 letter and whether it follows the "T".
_LETTER = {"year": ("Y", False), "month": ("M", False), "week": ("W", False),
           "day": ("D", False), "hour": ("H", True), "minute": ("M", True),
           "second": ("S", True)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for ``n`` units ("P3D", "PT24H", "P2Y6M", "PT1H15M"; "PXM" when n is
    None); a fraction not whole in any smaller unit stays a decimal ("P1.3Y")."""
    unit = UNIT_PLURALS.get(unit, unit)
    letter, mult, cal_unit = UNITS[unit]
    is_time = letter in TIME_LETTERS or unit == "minute"
    pre = "PT" if is_time else "P"
    if n is None:
        return f"{pre}X{letter}"
    if n == int(n):
        return f"{pre}{int(n) * mult}{letter}"
    parts = _split(n * mult if unit not in ("fortnight",) else n * 2, _base(unit, cal_unit))
    date_part = "".join(f"{_num(v)}{_LETTER[u][0]}" for u, v in parts if not _LETTER[u][1])
    time_part = "".join(f"{_num(v)}{_LETTER[u][0]}" for u, v in parts if _LETTER[u][1])
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def _base(unit: str, cal_unit: str) -> str:
    """The unit the multiplier of ``unit`` counts in ("decade" counts years)."""
    if unit in ("decade", "century"):
        return "year"
    if unit == "fortnight":
        return "week"
    return "day" if unit in ("night", "trading day", "business day", "working day") \
        else cal_unit if cal_unit in _LETTER or cal_unit in _SMALLER else "day"


def _split(amount: float, unit: str, depth: int = 0) -> list[tuple[str, float]]:
    """``amount`` of ``unit`` as whole units plus the rest in smaller ones, while they come
    out whole within two steps."""
    whole = int(amount)
    rest = round(amount - whole, 9)
    if not rest:
        return [(unit, whole)]
    if unit == "quarter":
        return _split(amount * 3, "month", depth)
    smaller = _SMALLER.get(unit)
    if smaller is None or depth >= 2 or (unit == "month" and rest != 0.5):  # 30 days: halves only
        return [(unit, round(amount, 3))]
    sub_unit, factor = smaller
    tail = _split(rest * factor, sub_unit, depth + 1)
    if any(v != int(v) for _, v in tail):
        return [(unit, round(amount, 3))]
    return ([(unit, whole)] if whole else []) + tail


def _num(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:.3f}".rstrip("0").rstrip(".")


def _approx_mod(raw: str | None) -> str:
    return APPROXIMATORS.get(norm(raw), "") if raw else ""


#: Fractions of a unit said in words ("a quarter of an hour", "half a century").
_FRACTIONS = {"a quarter": 0.25, "three quarters": 0.75, "a half": 0.5, "half": 0.5}


def _duration(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    if c.rule == "duration_sum":
        return _sum(c)
    if c.rule == "duration_fraction":
        frac = _FRACTIONS[norm(f["frac"].replace("-", " "))]
        v = duration_value(frac, norm(f["unit"]))
        return vague(v, f"'{c.text}' is a length of time", "DURATION")
    unit = norm(f["unit"])
    unit = UNIT_PLURALS.get(unit, unit)
    if c.rule in ("duration_bare", "duration_first", "duration_bare_later", "duration_bare_away"):
        n = None
    elif c.rule in ("duration_within", "duration_another", "duration_fortnight", "duration_long",
                    "duration_headline"):
        n = 1.0  # "within the hour", "an additional year", "the past fortnight", "year-long"
    else:
        n = amount(f["num"])
        if n is not None and n > 10000:
            return None
    if c.rule == "duration_compound":
        n = (n or 1) + 0.5
    v = duration_value(n, unit)
    return vague(v, f"'{c.text}' is a length of time", "DURATION", mod=_approx_mod(f.get("approx")))


def _sum(c: Candidate) -> Resolution | None:
    """ "1 year 2 months", "2 hours and 30 minutes", "2 hours, 6 minutes, 48 seconds": one
    length, each unit smaller than the one before."""
    f = c.fields
    keys = [k for k in ("", "2", "3", "4") if f.get("unit" + k)]
    units = [UNIT_PLURALS.get(norm(f["unit" + k]), norm(f["unit" + k])) for k in keys]
    counts = [amount(f["num" + k]) for k in keys]
    if any(n is None or not 0 < n <= 10000 for n in counts) or len(set(units)) < len(units):
        return None
    parts: dict[str, float] = {}
    for n, unit in zip(counts, units, strict=True):
        _letter, mult, cal_unit = UNITS[unit]
        for u, v in _split(n * mult, _base(unit, cal_unit)):  # type: ignore[operator]
            parts[u] = parts.get(u, 0) + v
    order = [u for u in _LETTER if u in parts]
    if len(parts) < 2 or list(parts) != order:
        return None  # "3 weeks and 2 years": a list, not one length
    date_part = "".join(f"{_num(parts[u])}{_LETTER[u][0]}" for u in order if not _LETTER[u][1])
    time_part = "".join(f"{_num(parts[u])}{_LETTER[u][0]}" for u in order if _LETTER[u][1])
    v = "P" + date_part + (f"T{time_part}" if time_part else "")
    return vague(v, f"'{c.text}' is a length of time", "DURATION",
                 mod=_approx_mod(f.get("approx")))


def _set(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    if f.get("setword"):
        return vague(SET_WORDS[norm(f["setword"])], f"'{c.text}' recurs", "SET")
    if f.get("wd"):  # "every tuesday night": weekly, that part of the day
        pod = PARTS_OF_DAY[norm(f["wdpod"])] if f.get("wdpod") else ""
        return vague(f"XXXX-WXX-{weekday_number(f['wd'])}{pod}", f"'{c.text}' recurs weekly",
                     "SET")
    if f.get("weekend") or (norm(f.get("unit")) == "weekend" and not f.get("num")
                            and not f.get("other")):
        return vague("XXXX-WXX-WE", f"'{c.text}' recurs weekly", "SET")
    if f.get("season"):
        return vague(f"XXXX-{SEASONS[norm(f['season'])]}", f"'{c.text}' recurs yearly", "SET")
    if f.get("holiday"):  # "every Christmas Eve": yearly, on that date
        month, day = FIXED_HOLIDAYS[norm(f["holiday"])]
        return vague(f"XXXX-{month:02d}-{day:02d}", f"'{c.text}' recurs yearly", "SET")
    if f.get("month"):  # "every March": yearly, in that month
        return vague(f"XXXX-{month_number(f['month']):02d}", f"'{c.text}' recurs yearly", "SET")
    if f.get("pod"):
        code = PARTS_OF_DAY[norm(f["pod"])]
        return vague(f"XXXX-XX-XX{code if code.startswith('T') and len(code) == 3 else ''}",
                     f"'{c.text}' recurs daily", "SET")
    unit = norm(f["unit"])
    if unit == "annum":
        unit = "year"  # "per annum" (session 23)
    n = 2 if f.get("other") else (amount(f["num"]) if f.get("num") else
                                  0.5 if f.get("half") else 1)
    return vague(duration_value(n, unit if unit in UNITS or unit in UNIT_PLURALS else "day"),
                 f"'{c.text}' recurs", "SET", mod=_approx_mod(f.get("approx")))


def _vague(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields  # "at the moment" spans "the moment" (rules_relative's "atphrase")
    phrase = norm(f["phrase"]) if "phrase" in f else "at " + norm(f["atphrase"])
    v = VAGUE_REFS.get(phrase) or POST_VAGUE_REFS.get(phrase) or VAGUE_ADJECTIVES[phrase]
    if v.startswith("PX"):
        what = "a stretch of recent time" if phrase.startswith("recent") else "a stretch of time"
        return vague(v, f"'{c.text}' is {what} of unknown length", "DURATION")
    if phrase in WITHIN_THE_DAY and a.dct:
        return dated(Cal("day", a.dct), "dct", a.dct.isoformat(), f"'{c.text}' lies within the "
                     f"day of the publication date {a.dct.isoformat()}")
    if v == "PRESENT_REF" and a.dct:
        cal = Cal("day", a.dct)
        r = dated(cal, "dct", a.dct.isoformat(), f"'{c.text}' = the publication date "
                  f"{a.dct.isoformat()}")
        # ``replace(r, value="PRESENT_REF")``, built directly: ``dataclasses.replace`` is slow
        return Resolution(r.type, "PRESENT_REF", r.interval, r.granularity, r.anchor,
                          r.anchor_value, r.explanation, r.mod, r.cal)
    return vague(v, f"'{c.text}' is a vague {v.split('_')[0].lower()} reference",
                 anchor="dct" if a.dct else "none",
                 anchor_value=a.dct.isoformat() if a.dct else "")



HANDLERS = {"duration": _duration, "set": _set, "vague": _vague}
