"""Recognition rules for clock times and parts of the day."""

from __future__ import annotations

from .patterns import POD, WEEKDAY

_TZ = (r"(?:\s*\(?(?P<tz>GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|"
       r"IST|JST|AEST|AEDT|local\s+time|ET|PT|CT|Kyiv\s+time|Moscow\s+time)\)?\b)?")
_AMPM = r"(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
_PRE = (r"(?P<pre>this|last|tomorrow|yesterday|that|the|this\s+past|early|late|mid|"
        rf"on\s+the|in\s+the|{WEEKDAY}|the\s+following|the\s+next|the\s+previous|the\s+same)")

#: A part of day that starts a compound noun is no time ("the night-shift plan", "night work").
_NOT_COMPOUND = (r"(?![-‐]\w|\s+(?:shifts?|work|workers?|clubs?|schools?|life|duty|watch|vision|"
                 r"flights?|sky|skies|staff|services?|buses|trains?|rate|rates|editor|session)\b)")
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

RULES: list[tuple[str, str, str]] = [
    ("clock_ampm", "clock",
     rf"(?<![\d:.])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*{_AMPM}{_TZ}"),
    ("clock_24h", "clock",
     r"(?:(?P<prep>\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+))?"
     r"(?P<span>(?<![\d:.,$£€])(?P<hour>[01]?\d|2[0-3])[:h](?P<minute>[0-5]\d)(?![\d:]|\.\d)"
     rf"(?:\s*(?:hrs|hours|h)\b)?{_TZ})"),
    ("clock_hrs", "clock",
     r"(?<![\d:.,$])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs|GMT|UTC|EDT|EST)\b"),
    ("clock_oclock", "clock",
     rf"\b(?P<hourw>{_HOUR_WORD}|\d{{1,2}})"
     r"\s+o'clock\b"),
    ("clock_word", "clock",
     r"(?:(?P<approx>shortly|just|soon|right|some\s+time)\s+)?(?P<rel>after|before)\s+"
     rf"(?P<hourw>{_HOUR_WORD})(?=\s*(?:[,.;:!?)]|$|and\b|or\b|in\s+the\s+(?:morning|afternoon|"
     r"evening)|on\b|at\b|this\b|that\b|last\b|tonight\b|yesterday\b|today\b))"),
    ("part_of_day", "pod", rf"(?:{_PRE}[\s-]+)?(?P<pod>{POD})\b{_NOT_COMPOUND}(?P<after>\s+"
     rf"(?:of\s+)?(?:yesterday|today|tomorrow|{WEEKDAY}))?"),
    ("tonight", "pod", r"\b(?P<pod>tonight|overnight)\b"),
]
