"""A cheap tense cue for the clause around a mention: "past", "future" or ""."""

from __future__ import annotations

import re

from .resources.units import FUTURE_CUES, PAST_CUES

_WORD = re.compile(r"[\w']+")
_FUTURE_ONE = frozenset(c for c in FUTURE_CUES if " " not in c)
_FUTURE_TWO = frozenset(c for c in FUTURE_CUES if " " in c)
_NOT_PAST = frozenset({"need", "speed", "indeed", "hundred", "proceed", "exceed", "succeed",
                       "seed", "feed", "breed", "bleed", "greed", "embed", "bed", "red", "shed",
                       "wed", "led", "united", "based", "related", "limited", "armed"})
_CLAUSE_END = re.compile(r"[.;!?\n]")
_WINDOW = 90


def _label(words: list[str], i: int) -> str:
    w = words[i]
    if w in _FUTURE_ONE or w.endswith("'ll") or (
            i + 1 < len(words) and f"{w} {words[i + 1]}" in _FUTURE_TWO):
        return "future"
    if w in PAST_CUES or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST):
        return "past"
    return ""


def clause_tense(text: str, start: int, end: int) -> str:
    """"past" or "future" from the nearest tense cue in the clause around [start, end);
    cues after the mention count a little less than cues before it."""
    left = text[max(0, start - _WINDOW):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(left)]
    if cut:
        left = left[cut[-1]:]
    right = text[end:end + _WINDOW]
    stop = _CLAUSE_END.search(right)
    if stop:
        right = right[:stop.start()]
    before = _WORD.findall(left.lower())
    after = _WORD.findall(right.lower())
    for i in range(len(before) - 1, -1, -1):
        label = _label(before, i)
        if label == "past" and any(_label(before, j) == "future" for j in range(max(0, i - 3), i)):
            label = "future"  # "will be held", "is to be signed"
        if label:
            distance = len(before) - i
            break
    else:
        label, distance = "", 99
    for i in range(min(len(after), distance)):
        later = _label(after, i)
        if later:
            return later
    return label
