"""Holidays of other English-speaking countries, dated by the ``holidays`` library's calendar
of that country or province (session 15): Canada's Family Day, Victoria Day, Thanksgiving on
the second Monday of October and Saint-Jean-Baptiste Day, Kenya's national days, and a
country-qualified Independence Day that is not the Fourth of July."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

CASES = [
    ("Skating rinks in Pellham were crowded on Family Day.", "Family Day", "2024-02-19"),
    ("The ferry to Corran Isle resumes on Victoria Day.", "Victoria Day", "2024-05-20"),
    ("A barn near Olsby burned down on Thanksgiving Monday.", "Thanksgiving Monday",
     "2023-10-09"),
    ("Turkey prices in Wexmoor jumped before Canadian Thanksgiving.", "Canadian Thanksgiving",
     "2023-10-09"),
    ("Bonfires will light the hills of Val-Druin on Saint-Jean-Baptiste Day.",
     "Saint-Jean-Baptiste Day", "2024-06-24"),
    ("The choir of Marvale sang on Madaraka Day.", "Madaraka Day", "2023-06-01"),
    ("Veterans in Kisoma will be honoured on Mashujaa Day.", "Mashujaa Day", "2024-10-20"),
    ("Parades will fill Dalsan Avenue on Jamhuri Day.", "Jamhuri Day", "2024-12-12"),
    ("Flags will fly over Port Ilaya on Philippine Independence Day.",
     "Philippine Independence Day", "2024-06-12"),
    ("The Delvi Trust will close its offices on Indian Independence Day.",
     "Indian Independence Day", "2024-08-15"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_country_holidays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_independence_day_alone_stays_american() -> None:
    found = [(m.text, m.value) for m in tag_text("Fireworks lit Orrin Bay on Independence Day.",
                                                 DCT)]
    assert [(t, v[4:]) for t, v in found] == [("Independence Day", "-07-04")]
