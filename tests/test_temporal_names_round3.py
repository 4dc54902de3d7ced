"""Time-free texts, session 15 round 3: a calendar or time word before a firm's, a trade's or a
troupe's last word ("Noon Dairy", "the Tuesday Guild"), a word or two before a firm's legal or
trade suffix ("Midnight Lamp Ltd"), a weekday after a common given name ("Eleanor Sunday"), an
age group's "Under-Twenties", a paper's "Weekly" after a capitalised word, and a capitalised
"Yesterday's" or "Tomorrow's" opening a name are no times. The same forms as dates stay."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2022, 9, 14)  # a Wednesday

NO_TIME = [
    # a firm's, a trade's or a troupe's last word right after the calendar word
    "Noon Dairy Recalls Cheese Over Packaging Error",
    "Workers at Thursday Mills want a shorter week.",
    "The Wednesday Guild Opens Quilt Show in Farrowby",
    "Third Quarter Capital Backs Wind Farm in Ossery",
    "Diners queued outside the Saturday Table in Hexley for its last service.",
    "The Thursday Papers Reunite for Charity Gig",
    "Members of the Saturday Guild sewed 200 quilts for the shelter.",
    "Ringing Noon Bell Returns to Ashcombe Tower",
    "The Weekend Crowd Tour Comes to Marlow Hall",
    # a firm's legal or trade suffix a word or two on
    "Midnight Anchor Ltd Warns on Profits",
    "Auditors said that Morning Finch Brewery had kept poor records.",
    "Neighbours on Pentecost Causeway want a speed limit.",
    # a weekday after a common given name opening the text
    "Harriet Monday Named Head of Corrin Orchestra",
    "Declan Friday scored twice for the visitors at Maltby.",
    # an age group
    "Ossian Brae to Lead Scotland Under-Twenties",
    "The over-sixties swimming club meets at the lido.",
    # a paper's title
    "Colm Reddy wrote columns for the Valley Weekly, his family said.",
    "Noon Dairy Cheese Wins Gold at County Show",
    # a possessive name
    "Donations go to Tomorrow's Orchards, a charity in Wexby.",
    "Tomorrow's Gardens Trust Buys Old Rectory",
    "Volunteers from Yesterday's Toys mend broken dolls for free.",
]


@pytest.mark.parametrize("text", NO_TIME)
def test_names_hold_no_time(text: str) -> None:
    """No mention: every calendar word is inside a name."""
    assert found(text, DCT) == []


DATES = [
    ("On Monday Parliament voted to delay the bill.", "Monday", "2022-09-12"),
    ("The Tuesday meeting of the guild was cancelled.", "Tuesday", "2022-09-13"),
    ("In March Holdings revenue rose by a tenth.", "March", "2022-03"),
    ("Leila Crane Monday said the mill would close.", "Monday", "2022-09-12"),
    ("Tomorrow's forecast is for rain across Dunmere.", "Tomorrow", "2022-09-15"),
    ("The council published its weekly figures on Friday.", "Friday", "2022-09-09"),
    ("Harriet met the board on Friday.", "Friday", "2022-09-09"),
]


@pytest.mark.parametrize("text, phrase, value", DATES)
def test_same_forms_stay_dates(text: str, phrase: str, value: str) -> None:
    """The date in the same shape is still found."""
    assert (phrase, value) in [(t, v) for t, v in found(text, DCT)]
