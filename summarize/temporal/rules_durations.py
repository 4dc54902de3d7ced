"""Recognition rules for durations ("three days", "the past 24 hours") and sets ("every Friday")."""

from __future__ import annotations

from .patterns import APPROX, NUMBER, POD, UNIT, UNIT_PLURAL, WEEKDAY, alt
from .resources.units import SET_WORDS

RULES: list[tuple[str, str, str]] = [
    ("duration", "duration",
     rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<rel>the\s+(?:past|last|next|first|previous|coming|"
     r"following|latest|final|remaining|last\s+few|past\s+few|next\s+few|same|entire|whole|"
     r"full|initial|preceding|prior)|another|an\s+additional|a\s+further|additional|each\s+of"
     r"\s+the\s+past|each\s+of\s+the\s+last|more)\s+)?"
     rf"(?P<num>{NUMBER})(?:\s+more)?(?:\s+|-|\s*-\s*)(?P<unit>{UNIT})\b(?P<adj>-old|-long)?"),
    ("duration_range", "duration",
     rf"(?P<num>{NUMBER})\s+(?:to|or)\s+(?P<num2>{NUMBER})\s+(?P<unit>{UNIT})\b"),
    ("duration_compound", "duration",
     rf"(?P<num>\ban?\b|\bone\b)\s+(?P<unit>{UNIT})\s+and\s+a\s+half\b"),
    ("duration_bare", "duration",
     r"(?:(?P<prep>\b(?:for|within|over|in|after|took|lasted|last|spent)\s+)|"
     r"(?P<rel>\b(?:the\s+)?(?:past|coming|last|next)\s+))"
     rf"(?P<span>(?P<rel2>the\s+)?(?P<unit>{UNIT_PLURAL})\b)(?!\s+(?:of|ago|later|earlier)\b)"),
    ("duration_within", "duration", r"\bwithin\s+(?P<span>the\s+(?P<unit>hour|minute))\b"),
    ("set_every", "set",
     r"\b(?P<every>every|each)\s+(?:(?P<other>other|second)\s+)?(?:(?P<num>\d+|two|three|four|"
     rf"five|six|ten|few)\s+)?(?:(?P<wd>{WEEKDAY})|(?P<pod>{POD})|(?P<unit>{UNIT}))\b"),
    ("set_word", "set", rf"\b(?P<setword>{alt(SET_WORDS)})\b"
     r"(?!\s+(?!(?:and|or|in|on|at|to|for|by|the|a|an|since|until|from|basis|during)\b)[a-z])"),
    ("set_times", "set",
     r"\b(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)"
     r"\s+(?P<unit>second|minute|hour|day|week|month|quarter|year|decade)\b"),
    ("set_weekdays", "set",
     rf"(?:(?P<prep>\b(?:on|most|some|all)\s+))(?P<span>(?P<wd>{WEEKDAY})s)\b"),
]
