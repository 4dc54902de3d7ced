""""a year earlier" after a day compares with that day's year: it does not become the date under
discussion, so a later "the fiscal year" or "the quarter" keeps the day's year, as TimeBank's
keys anchor them; a new day after the comparison still moves the discourse."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("The mill shipped 40 tonnes on Monday, up from a year earlier. Output in the fiscal year "
     "will grow.", "the fiscal year", "2024"),
    ("Deposits stood at 2 billion on Jan. 31, against 1.8 billion a year earlier. The fiscal "
     "year's target was met.", "the fiscal year", "2024"),
    # the comparison itself still counts back from the day
    ("The mill shipped 40 tonnes on Monday, up from a year earlier.", "a year earlier",
     "2023-03-11"),
    # a day named after the comparison still moves the discourse
    ("The mill shipped 40 tonnes on Monday, up from a year earlier. On Jan. 5, 2023, it had "
     "shut. Output in the fiscal year fell.", "the fiscal year", "2023"),
])
def test_year_earlier_after_a_day(text: str, span: str, want: str) -> None:
    found = [m.value for m in tag_text(text, DCT) if m.text.lower() == span]
    assert found == [want]
