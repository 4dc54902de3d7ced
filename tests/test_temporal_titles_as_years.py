"""A four-digit number right after the noun of a work ("the album 1989", "the film 2012") is
the work's title, not a year; a year before the noun or after a preposition stays a year."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)


@pytest.mark.parametrize("text", [
    "The album 1917 topped the charts in Norway.",
    "Critics panned the film 2067 at its premiere.",
    "She reread the novel 1632 on the train.",
    "The band played the single 1979 as an encore.",
])
def test_a_number_naming_a_work_is_no_year(text: str) -> None:
    assert tag_text(text, DCT) == []


@pytest.mark.parametrize(("text", "span"), [
    ("The 1998 film starred a newcomer.", "1998"),
    ("The album was released in 2011.", "2011"),
    ("She filmed the documentary 2019 to 2021.", "2019"),
])
def test_years_beside_a_work_stay_years(text: str, span: str) -> None:
    assert [m.text for m in tag_text(text, DCT)][:1] == [span]
