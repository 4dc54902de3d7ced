""""At the end of the day" in a clause with no past or future verb is the idiom "when all is
said and done": no time ("At the end of the day, voters want jobs"). Told in the past or
ahead, or after "by", it is the end of a day. Publication date Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

WED = date(2024, 3, 13)


@pytest.mark.parametrize("text", [
    "At the end of the day, voters want jobs and lower bills.",
    "It all comes down to who turns out at the end of the day.",
    "At the end of the day there is no substitute for practice.",
    "The coach says that at the end of the day results are what count.",
])
def test_the_idiom_names_no_time(text: str) -> None:
    assert [m.text for m in tag_text(text, WED)] == []


@pytest.mark.parametrize("text,span", [
    ("Shares recovered at the end of the day.", "the end of the day"),
    ("The results will be posted at the end of the day.", "the end of the day"),
    ("By the end of the day, crews had cleared the road.", "the end of the day"),
    ("The ferry docked on Monday, and at the end of the day the port closed.",
     "the end of the day"),
])
def test_the_end_of_a_day_told_in_the_past_or_ahead_stays(text: str, span: str) -> None:
    assert mention(text, span, dct=WED).mod == "END"
