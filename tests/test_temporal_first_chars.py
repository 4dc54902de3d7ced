"""The two-character start filter the recogniser uses to skip rule attempts: it may only
rule out positions where the regex cannot match."""

import re

import pytest

from summarize.temporal.first_chars import match_starts
from summarize.temporal.recognise import COMPILED

_I = re.IGNORECASE


@pytest.mark.parametrize("pattern, flags, text, pos, allowed", [
    (r"(?:last\s+)?May", 0, "in May", 3, True),
    (r"(?:last\s+)?May", 0, "in may", 3, False),          # case-sensitive "May"
    (r"(?:last\s+)?May", 0, "last May", 0, True),
    (r"(?:last\s+)?May", 0, "lot", 0, False),             # neither "la" nor "Ma"
    (r"(?:last\s+)?May", _I, "LAST may", 0, True),
    (r"(?:last\s+)?May", _I, "Mx", 0, False),             # "Ma" needed
    (r"\b\d{4}\b", 0, "in 2010", 3, True),
    (r"\b\d{4}\b", 0, "in 2010", 0, False),
    (r"a\s+day", 0, "a day", 0, True),                    # "a" then any blank
    (r"a\s+day", 0, "and", 0, True),                      # \s is not analysed: "a" suffices
    (r"a\s+day", 0, "the", 0, False),
    (r"(?:the\s+)?end", _I, "The end", 0, True),
    (r"(?:the\s+)?end", _I, "then", 0, True),             # "th" may start "the"
    (r"(?:the\s+)?end", _I, "tax", 0, False),
    (r"(?:the\s+)?end", _I, "é", 0, True),                # non-ASCII always passes
    (r"x", 0, "x", 0, True),                              # a one-character match
    (r"(?:xy|z)", 0, "x", 0, False),                      # "x" at the end cannot give "xy"
])
def test_allows(pattern, flags, text, pos, allowed):
    starts = match_starts(re.compile(pattern, flags))
    assert starts is not None
    assert starts.allows(text, pos) is allowed


@pytest.mark.parametrize("pattern", [r"\w+day", r"(?:the\s+)?", r".x", r"[^a]b"])
def test_unanalysable_or_any_start(pattern):
    assert match_starts(re.compile(pattern)) is None


_TEXT = ("On Tuesday, May 5th 2020, at 3:15 p.m. the 12th day of the strike, two weeks ago "
         "- nearly three days later; every Friday since March. The year-end report of Q3 2019 "
         "said 1,500 people came back last week, in the early 1990s and the 21st century.")


@pytest.mark.parametrize("name, kind, rx, prio", COMPILED)
def test_rules_never_skip_a_match(name, kind, rx, prio):
    starts = match_starts(rx)
    for pos in range(len(_TEXT)):
        if starts is not None and not starts.allows(_TEXT, pos):
            assert rx.match(_TEXT, pos) is None, (name, _TEXT[pos:pos + 20])
