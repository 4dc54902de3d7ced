"""A deadline "by the end/start of the month" while the month under discussion is one ahead of
the publication date's (a plan "in September") keeps the publication date's month, as "the
first of the month" does (convention table); a month behind, and "at the start of the month"
after a month ahead, stay anaphoric (session 12, newswire). Published 15 July 2014."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2014, 7, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("The board will unveil a harbour plan in September, and the office will publish the "
     "figures by the end of the month.",
     [("September", "2014-09"), ("the end of the month", "2014-07")]),
    # anaphoric as before
    ("Herring catches fell in May. By the end of the month, two boats had been sold.",
     [("May", "2014-05"), ("the end of the month", "2014-05")]),
    ("The Corrin vote is in September. Ballots go out at the start of the month.",
     [("September", "2014-09"), ("the start of the month", "2014-09")]),
])
def test_month_deadline_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected
