""""every <holiday>" is a yearly SET ("every Christmas Eve"), but not when the holiday names a thing
the noun after it is ("every Halloween costume", "every Christmas tree"), as "the Christmas tree"
is no date (the convention row "time words before a thing"; session 11)."""

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2023, 5, 17)


@pytest.mark.parametrize("text", [
    "The market sold out of every Halloween costume by noon's closing bell.",
    "Volunteers collected every Christmas tree left on the kerb.",
    "She kept every Christmas card her grandfather had sent.",
    "The children found every Easter egg hidden in the orchard.",
])
def test_every_holiday_thing_is_no_date(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT) if "every" in m.text.lower()] == []


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The brothers phone each other every Christmas Eve.", "every Christmas Eve", "XXXX-12-24"),
    ("Every Christmas, the choir sings in the square.", "Every Christmas", "XXXX-12-25"),
    ("The lighthouse is opened to visitors every New Year's Day.", "every New Year's Day",
     "XXXX-01-01"),
])
def test_every_holiday_alone_stays_a_yearly_set(text: str, span: str, value: str) -> None:
    found = [(m.text, m.type, m.value) for m in tag_text(text, DCT)]
    assert (span, "SET", value) in found
