"""Wire copy gives a clock time and, in brackets, the same time in another zone before the day
("at 14:00 local time (1200 GMT) on Thursday", "at 9:40 a.m. (1340 GMT) Wednesday"): both clock
times fall on that day (before, both fell on the publication date, and "a.m. (" cut the
sentence). A four-digit clock time takes a zone code or "local time" ("0930 ET", "0600 local
time on Monday"), as "1430 GMT" did."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2016, 5, 20)  # a Friday

CONVERSIONS = [
    ("The dam burst at 14:00 local time (1200 GMT) on Thursday.",
     [("14:00 local time", "2016-05-19T14:00"), ("1200 GMT", "2016-05-19T12:00Z"),
      ("Thursday", "2016-05-19")]),
    ("The tremor hit at 9:40 a.m. (1340 GMT) Wednesday, officials said.",
     [("9:40 a.m.", "2016-05-18T09:40"), ("1340 GMT", "2016-05-18T13:40Z"),
      ("Wednesday", "2016-05-18")]),
    ("Ferries stopped at 11 p.m. local time (2100 GMT) on Tuesday.",
     [("11 p.m. local time", "2016-05-17T23:00"), ("2100 GMT", "2016-05-17T21:00Z"),
      ("Tuesday", "2016-05-17")]),
]

FOUR_DIGITS = [
    ("Trading resumes at 0930 ET.", "0930 ET", "2016-05-20T09:30"),
    ("The walkout begins at 0600 local time on Monday.", "0600 local time on Monday",
     "2016-05-23T06:00"),
    ("Talks restart at 1500 CET Tuesday.", "1500 CET Tuesday", "2016-05-24T15:00"),
]


@pytest.mark.parametrize(("text", "found"), CONVERSIONS)
def test_converted_clock_times_take_the_day(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == found


@pytest.mark.parametrize(("text", "span", "value"), FOUR_DIGITS)
def test_four_digit_clock_times_take_zones(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


def test_a_bracket_without_a_time_still_ends_the_sentence() -> None:
    from summarize.sentences import split_spans

    text = "We met at 5 p.m. (2) Then we left."
    assert [text[a:b] for a, b in split_spans(text)] == ["We met at 5 p.m.", "(2) Then we left."]
