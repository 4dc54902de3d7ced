"""Lower-case "thanksgiving" after "of" is the act of giving thanks ("a service of thanksgiving",
"prayers of thanksgiving"), no holiday; after a preposition of time, in Title Case and after
"the week of" it stays the holiday (session 12, newswire). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2000, 6, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("Delegates will attend a service of thanksgiving at St Aldric's tonight.",
     [("tonight", "2000-06-21TNI")]),
    ("The choir sang hymns of thanksgiving after the rescue.", []),
    # the holiday
    ("Shops in Corrin will open early on thanksgiving.", [("thanksgiving", "2000-11-23")]),
    ("Flights are full in the week of thanksgiving.", [("thanksgiving", "2000-11-23")]),
    ("The parade is a highlight of Thanksgiving in Dunmore.", [("Thanksgiving", "2000-11-23")]),
])
def test_thanksgiving_as_a_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected
