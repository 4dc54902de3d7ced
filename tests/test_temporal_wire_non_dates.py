"""Calendar words and numbers in wire copy that name no date (session 11, newswire): a weekday
before a noun of a timetable is a kind of timetable ("a Sunday schedule"), and four digits
after a product named right after a noun of software are the edition in its name ("its billing
software, PayDesk 2016"). Invented sentences; published Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


def _spans(text: str) -> list[str]:
    return [m.text for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text, absent", [
    ("Ferries will keep a Saturday timetable on Easter Monday.", "Saturday"),
    ("Buses run a Sunday schedule on public holidays.", "Sunday"),
    ("Hackers used a flaw in its billing software, PayDesk 2016, to reach the accounts.",
     "2016"),
    ("Clinics still run the app Medilog 2019 on old tablets.", "2019"),
])
def test_no_date(text: str, absent: str) -> None:
    assert absent not in _spans(text)


@pytest.mark.parametrize("text, present", [
    ("The council published its schedule on Friday.", "Friday"),
    ("Ferries will keep a Saturday timetable on Easter Monday.", "Easter Monday"),
    ("The software maker was founded in 2016.", "2016"),
    ("Its software, launched 2016, still runs.", "2016"),
])
def test_still_a_date(text: str, present: str) -> None:
    assert present in _spans(text)
