"""Explicit and partly specified calendar dates (hand-checked against DCT 2022-05-07, Sat)."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_temporal_helpers import mention

ROWS = [
    ("The attack happened on May 7, 2022.", "May 7, 2022", "2022-05-07", ""),
    ("It was signed on 7 May 2022 in Kyiv.", "7 May 2022", "2022-05-07", ""),
    ("Filed 2022-05-07 by the court.", "2022-05-07", "2022-05-07", ""),
    ("Logged at 2022-05-07T14:30 by the desk.", "2022-05-07T14:30", "2022-05-07T14:30", ""),
    ("The rally is on Saturday, May 7 in the capital.", "Saturday, May 7", "2022-05-07", ""),
    ("It began on May 3.", "May 3", "2022-05-03", ""),
    ("Fighting in the 1990s left scars.", "the 1990s", "199", ""),
    ("Revenue in Q2 2022 fell.", "Q2 2022", "2022-Q2", ""),
    ("It was built in spring 2021.", "spring 2021", "2021-SP", ""),
    ("The company was founded in 2019.", "2019", "2019", ""),
    ("Talks collapsed in March.", "March", "2022-03", ""),
    ("The talks stalled in mid-March.", "mid-March", "2022-03", "MID"),
    ("The virus spread in early 2020.", "early 2020", "2020", "START"),
    ("He was born on Dec. 25, 2021.", "Dec. 25, 2021", "2021-12-25", ""),
    ("He was arrested on December 20.", "December 20", "2021-12-20", ""),
    ("The vote will be held on December 20.", "December 20", "2022-12-20", ""),
    ("Prices peaked last May.", "last May", "2021-05", ""),
    ("Elections are due next March.", "next March", "2023-03", ""),
    ("The law will take effect in September.", "September", "2022-09", ""),
    ("Profits in the third quarter of 2021 rose.", "the third quarter of 2021", "2021-Q3", ""),
    ("Output in the first half of 2021 was weak.", "the first half of 2021", "2021-H1", ""),
    ("Drought is feared this summer.", "this summer", "2022-SU", ""),
    ("Heating bills soared last winter.", "last winter", "2022-WI", ""),
    ("He visited the troops at Christmas.", "Christmas", "2021-12-25", ""),
    ("The festival is held at Easter 2024.", "Easter 2024", "2024-03-31", ""),
    ("Stores opened on Thanksgiving 2024.", "Thanksgiving 2024", "2024-11-28", ""),
    ("Wars of the 20th century shaped it.", "the 20th century", "19", ""),
    ("Disco ruled the late 1970s.", "the late 1970s", "197", "END"),
    ("Inflation hit a peak in May 2021.", "May 2021", "2021-05", ""),
    ("Sales in fiscal 1989 fell.", "fiscal 1989", "1989", ""),
    ("The strike began on 8 March 2022.", "8 March 2022", "2022-03-08", ""),
    ("The strike began on March 8th.", "March 8th", "2022-03-08", ""),
    ("The deadline is Sept. 30.", "Sept. 30", "2022-09-30", ""),
    ("Troops left on the 3rd of May.", "3rd of May", "2022-05-03", ""),
    ("Results for the fourth quarter will follow.", "the fourth quarter", "2022-Q4", ""),
    ("The crash of October 1987 hurt.", "October 1987", "1987-10", ""),
    ("She left in the summer of 2019.", "the summer of 2019", "2019-SU", ""),
    ("Growth in the '80s was fast.", "the '80s", "198", ""),
    ("Sales in 2021Q4 rose.", "Sales in 2021Q4 rose.", None, ""),  # not a shape we accept
]


@pytest.mark.parametrize("text,span,value,mod", [r for r in ROWS if r[2]])
def test_dates_with_dct(text: str, span: str, value: str, mod: str) -> None:
    m = mention(text, span)
    assert (m.value, m.mod) == (value, mod)
    assert m.type == "DATE" or "T" in value


@pytest.mark.parametrize("text,span,value,anchor", [
    ("It began on May 7.", "May 7", "XXXX-05-07", "none"),
    ("It began on May 7, 2022.", "May 7, 2022", "2022-05-07", "absolute"),
    ("Talks collapsed in March.", "March", "XXXX-03", "none"),
    ("On May 3, 2022 troops came. On May 5 they left.", "May 5", "2022-05-05", "discourse"),
    ("The war began in 2014.", "2014", "2014", "absolute"),
    ("Revenue in the third quarter rose.", "the third quarter", "XXXX-Q3", "none"),
])
def test_dates_without_dct(text: str, span: str, value: str, anchor: str) -> None:
    m = mention(text, span, dct=None)
    assert (m.value, m.anchor) == (value, anchor)


@pytest.mark.parametrize("day_first,value", [(True, "2022-05-07"), (False, "2022-07-05")])
def test_numeric_date_order_is_a_setting(day_first: bool, value: str) -> None:
    assert mention("Posted 7/5/2022 online.", "7/5/2022", day_first=day_first).value == value


def test_numeric_date_impossible_order_is_swapped() -> None:
    assert mention("Posted 25/12/2021 online.", "25/12/2021", day_first=False).value \
        == "2021-12-25"


@pytest.mark.parametrize("text,span,start,end", [
    ("It began on May 3.", "May 3", datetime(2022, 5, 3), datetime(2022, 5, 4)),
    ("Revenue in Q2 2022 fell.", "Q2 2022", datetime(2022, 4, 1), datetime(2022, 7, 1)),
    ("It was built in spring 2021.", "spring 2021", datetime(2021, 3, 1), datetime(2021, 6, 1)),
    ("Prices peaked last May.", "last May", datetime(2021, 5, 1), datetime(2021, 6, 1)),
    ("Fighting in the 1990s left scars.", "the 1990s", datetime(1990, 1, 1),
     datetime(2000, 1, 1)),
])
def test_intervals_are_half_open(text: str, span: str, start: datetime, end: datetime) -> None:
    assert mention(text, span).interval == (start, end)


def test_mid_month_interval_is_the_middle_third() -> None:
    lo, hi = mention("The talks stalled in mid-March.", "mid-March").interval
    assert datetime(2022, 3, 10) <= lo < hi <= datetime(2022, 3, 22)
