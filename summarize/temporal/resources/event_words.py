"""Event nouns news use for the same ongoing event: a day count of "the walkout" counts the
days of a known "strike". Each word maps to the head it may stand for."""

EVENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "walkout": ("strike",), "stoppage": ("strike",), "strike": ("walkout", "stoppage"),
    "blockade": ("siege",), "siege": ("blockade",),
    "invasion": ("war",), "conflict": ("war",), "fighting": ("war",),
    "war": ("invasion", "conflict"),
    "demonstrations": ("protests",), "protests": ("demonstrations",),
    "lockdown": ("curfew",), "curfew": ("lockdown",),
    "standoff": ("stand-off",), "stand-off": ("standoff",),
    "shutdown": ("closure",), "closure": ("shutdown",),
}
