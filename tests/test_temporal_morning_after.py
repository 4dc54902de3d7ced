""""The morning after" and "the night before" at a clause's end are that part of the day after
or before the date under discussion; "The morning after" was the morning of that date itself."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)
STORY = "The plant closed on May 3, 2019. "

CASES = [
    (STORY + "The morning after, police arrived.", "The morning after", "2019-05-04TMO"),
    (STORY + "Workers had gathered the evening before.", "the evening before", "2019-05-02TEV"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_part_of_the_day_after_or_before(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_the_morning_after_an_event_keeps_the_morning() -> None:
    text = STORY + "The morning after the vote was calm."
    assert "The morning after" not in [m.text for m in tag_text(text, DCT)]
