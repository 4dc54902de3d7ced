"""Invariants: never raise, values are TIMEX3, shifting the DCT shifts deictic days."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.temporal import is_timex_value, tag_text

PHRASES = ["today", "yesterday", "tomorrow", "last night", "Friday", "May 7", "7/5/2022",
           "the day before", "three days ago", "last week", "in 2019", "the 1990s", "now",
           "for three days", "every Friday", "at 3 p.m.", "Q2 2022", "spring", "mid-March",
           "day 73 of the war", "the next day", "2022-05-07", "a year earlier", "Christmas",
           "Today, Saturday,", "in 10 days", "late last year", "the third quarter", "daily",
           "on its 5th day", "2 1/2 years", "this morning", "Sept. 30", "18 sites", "will"]
DAY_SHIFTING = {"deictic_day", "offset", "part_of_day", "tonight"}

texts = st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=8)), max_size=12) \
    .map(" ".join)
dcts = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2090, 1, 1)))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), dcts, st.booleans())
def test_arbitrary_text_never_raises(text: str, dct, day_first: bool) -> None:
    tag_text(text, dct, day_first=day_first)


@settings(max_examples=200, deadline=None)
@given(texts, dcts)
def test_every_value_is_timex3(text: str, dct) -> None:
    for m in tag_text(text, dct):
        assert is_timex_value(m.value), m
        assert text[m.start:m.end] == m.text
        if m.interval is not None:
            assert m.interval[0] < m.interval[1]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["today", "yesterday", "tomorrow", "last night",
                                 "three days ago", "the day after tomorrow", "tonight",
                                 "this morning", "Friday", "last Friday"]),
                min_size=1, max_size=6).map(". ".join),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2050, 1, 1)),
       st.integers(-400, 400))
def test_shifting_dct_shifts_deictic_days(text: str, dct: date, k: int) -> None:
    k7 = k * 7  # weekday names move with the DCT only by whole weeks
    for shift in (k, k7):
        before = tag_text(text, dct)
        after = tag_text(text, dct + timedelta(days=shift))
        assert len(before) == len(after)
        for a, b in zip(before, after, strict=True):
            if a.anchor != "dct" or a.interval is None:
                continue
            if a.rule == "weekday" and shift % 7:
                continue
            assert b.interval[0] - a.interval[0] == timedelta(days=shift), (a, b)


def test_validator_rejects_garbage() -> None:
    for bad in ("2022-13", "P", "yesterday", "2022-05-07T", "PT3D", "XXXX-WXX-8"):
        assert not is_timex_value(bad), bad
