"""Lengths and recurrences: durations ("three days", "two and a half years"), sets ("every
Monday", "weekly") and vague references ("recently", "the past few years")."""

from __future__ import annotations

from dataclasses import replace

from ..context import Anchors, Resolution, dated, vague
from ..recognise import Candidate
from ..resources.calendar_words import PARTS_OF_DAY
from ..resources.units import (
    APPROXIMATORS,
    SET_WORDS,
    TIME_LETTERS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_ADJECTIVES,
    VAGUE_REFS,
)
from ..values import Cal
from ..words import amount, norm, weekday_number

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
    phrase = norm(c.fields["phrase"])
    v = VAGUE_REFS.get(phrase) or VAGUE_ADJECTIVES[phrase]
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



HANDLERS = {"duration": _duration, "set": _set, "vague": _vague}
