"""Seasons named from the date under discussion ("That summer", "the following spring", "the
previous winter"): the season of its year, the first one after it or the last one before it."""

from __future__ import annotations

from ..candidate import Candidate
from ..context import Anchors, Resolution, anchor_name, dated, discourse_span, vague
from ..values import interval, season

#: The words before a season that name it from the date under discussion.
SEASON_ANAPHORS = frozenset({"that", "the same", "the following", "the next", "the previous"})


def season_from_discourse(c: Candidate, a: Anchors, code: str, rel: str
                          ) -> Resolution | None:
    """ "That summer", "the following spring": the season of the date under discussion's year,
    the first one after it (after all of it: a year's following spring is the next year's)
    or the last one before it (else the publication date's)."""
    span = discourse_span(a)
    if span is None:
        return vague(f"XXXX-{code}", f"'{c.text}' has no date to follow", gran="season")
    # the first season after the whole period: "in 1997 ... the following spring" is 1998's
    # (session 19); after a day or a month, the first after it
    ref, after, anchor, av = span
    spans = {yy: interval(season(yy, code))
             for yy in (ref.year - 1, ref.year, ref.year + 1, ref.year + 2)}
    if rel in ("that", "the same"):
        yy = ref.year
    elif rel == "the previous":
        yy = max(k for k, (_s, e) in spans.items() if e.date() <= ref)
    else:
        yy = min(k for k, (s, _e) in spans.items() if s.date() > after)
    return dated(season(yy, code), anchor, av,
                 f"'{c.text}' = {yy}'s, from the {anchor_name(anchor)} {av}")

