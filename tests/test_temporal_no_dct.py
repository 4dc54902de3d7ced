"""Without a publication date every value is still well-formed TIMEX3: each rule's own
matches, and rules side by side as they merge ("noon Monday", "next Monday at 9am")."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from summarize.temporal import is_timex_value, tag_text
from summarize.temporal.recognise import COMPILED
from summarize.temporal.rules_times import _TZ_START

ASCII = st.characters(min_codepoint=32, max_codepoint=126)


def drawable(rx: re.Pattern) -> re.Pattern:
    """The rule without the zone's speed lookahead, which changes no match but through which
    Hypothesis cannot draw (it would never draw a zone after a clock time)."""
    return re.compile(rx.pattern.replace(_TZ_START, ""), rx.flags)


#: A match of any rule, in printable ASCII.
ANY_RULE = st.one_of([st.from_regex(drawable(rx), fullmatch=True, alphabet=ASCII)
                      for _, _, rx, _ in COMPILED])
DAYS = ["today", "tomorrow", "yesterday", "Monday", "next Monday", "last Friday",
        "this Friday", "the day after", "Christmas", "Easter", "Thanksgiving", "May 5",
        "day 12 of the strike", "the first Monday of March", "a week from Tuesday",
        "Friday next week", "the week after next", "March", "2019", "the summer",
        "Good Friday", "the Saturday after next", "day after tomorrow"]
TIMES = ["noon", "midnight", "3 p.m.", "9am", "15:30", "morning", "night", "tonight",
         "the evening", "8 o'clock", "dawn", "3 p.m. GMT", "midday", "lunchtime"]
GLUE = [" ", " at ", " on ", ", ", " of ", " (", " in the ", ". "]
PIECE = st.one_of(st.sampled_from(DAYS), st.sampled_from(TIMES), ANY_RULE)
TEXTS = st.lists(st.tuples(PIECE, st.sampled_from(GLUE)), min_size=1, max_size=4) \
    .map(lambda parts: "".join(a + b for a, b in parts))


def _values_are_timex(text: str) -> None:
    for m in tag_text(text, None):
        assert is_timex_value(m.value), (m.text, m.value, m.explanation)


@pytest.mark.parametrize("name,pattern", [(name, rx) for name, _, rx, _ in COMPILED],
                         ids=[name for name, *_ in COMPILED])
def test_each_rule_alone(name: str, pattern) -> None:
    @settings(max_examples=15, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.from_regex(drawable(pattern), fullmatch=True, alphabet=ASCII))
    def check(text: str) -> None:
        _values_are_timex(text)

    check()


def test_clock_rules_are_drawn_with_their_zones() -> None:
    """The lookahead is found and taken out of every clock rule that has a zone."""
    clocks = {name: rx for name, _, rx, _ in COMPILED
              if name in ("clock_ampm", "clock_24h", "clock_words")}
    assert len(clocks) == 3
    for name, rx in clocks.items():
        assert _TZ_START in rx.pattern, name
        assert _TZ_START not in drawable(rx).pattern, name
        assert "(?P<tz>" in drawable(rx).pattern, name


@settings(max_examples=100, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(TEXTS)
@example("noon Monday")
@example("midnight of Tuesday")
@example("next Monday morning at 9am")
def test_rules_side_by_side(text: str) -> None:
    _values_are_timex(text)


#: A day left open with a clock time keeps the time ("XXXX-WXX-5T15:00"), as "noon Monday" does.
OPEN_DAY_TIMES = [
    ("The ferry leaves next Friday at 3pm.", "next Friday at 3pm", "XXXX-WXX-5T15:00"),
    ("Doors open Monday at 9 a.m.", "Monday at 9 a.m.", "XXXX-WXX-1T09:00"),
    ("The vote closes tomorrow at 5pm.", "tomorrow at 5pm", "XXXX-XX-XXT17:00"),
]


@pytest.mark.parametrize("text,span,value", OPEN_DAY_TIMES)
def test_open_day_keeps_its_clock_time(text: str, span: str, value: str) -> None:
    found = [(m.text, m.type, m.value) for m in tag_text(text, None)]
    assert found == [(span, "TIME", value)]
