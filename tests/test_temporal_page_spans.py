"""Forms of real news pages the spans missed (session 9, real-news audit of Timeline17 tune
stories): "earlier this month" before a clause opened by after/before, a forum's "00:36 am",
and a tokenised possessive "today 's" before a name or a generic noun. Sentences written for
this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2024, 3, 13)



@pytest.mark.parametrize(("text", "expected"), [
    ("Okafor was found guilty earlier this month after a six-week trial in Marl.",
     [("earlier this month", "2024-03"), ("six-week", "P6W")]),
    ("The Tolley depot opened later this week after crews finished the roof.",
     [("later this week", "2024-W11")]),
    ("At 00:36 am on 04 Mar 2024 , kip_77 wrote : the Orrin bridge is shut .",
     [("00:36 am on 04 Mar 2024", "2024-03-04T00:36")]),
    ("The last ferry left Carrow at 00:15 am.", [("00:15 am", "2024-03-13T00:15")]),
    ("Why blame today 's Branwickers for it ?", [("today", "PRESENT_REF")]),
    ("Jobs matter in today 's world .", [("today", "PRESENT_REF")]),
])
def test_page_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A referendum next year after delegates voted in Dunmore.", [("next year", "2025")]),
    ("Today 's rally in Marl drew crowds .", [("Today", "2024-03-13")]),
    ("The last ferry left Carrow at 00:15.", [("00:15", "2024-03-13T00:15")]),
])
def test_neighbouring_forms_keep_their_reading(text: str, expected: list[tuple[str, str]]
                                               ) -> None:
    assert found(text, DCT) == expected
