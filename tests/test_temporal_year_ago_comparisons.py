""""a year ago" counted from the publication date is the base of a comparison, as "a year
earlier" is: it does not become the date under discussion, so a later "a year earlier" in the
same report compares with the same year instead of going back a second one."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2009, 5, 14)

SAME_BASE = [
    ("Profit was $5 million, against $4 million a year ago. Sales were $40 million, "
     "compared with $38 million a year earlier.", "a year earlier", "2008"),
    ("Exports rose 3% from a year ago. Imports fell 2% from a year earlier.",
     "a year earlier", "2008"),
    ("Fares were cut a year ago. Ticket sales are up 9% on a year earlier.",
     "a year earlier", "2008"),
]

NARRATIVE = [
    ("The mill opened in 1990. A year earlier, the site was a farm.", "A year earlier", "1989"),
    ("Net income rose in the third quarter. A year earlier, the firm lost money.",
     "A year earlier", "2007-Q3"),
    ("Five years ago the mill closed. A year earlier, it had been sold.",
     "A year earlier", "2003"),
]


@pytest.mark.parametrize(("text", "span", "value"), SAME_BASE)
def test_a_year_earlier_after_a_year_ago_compares_with_the_same_year(
        text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value


@pytest.mark.parametrize(("text", "span", "value"), NARRATIVE)
def test_a_year_earlier_after_a_named_date_still_moves_it(text: str, span: str,
                                                           value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value
