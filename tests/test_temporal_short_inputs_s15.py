"""Short inputs and genre texts (session 15, round 1): posts' spellings of "tomorrow" as the
base of a compound ("day after tmrw", "a week from tmrw") count from tomorrow; DCT Wednesday
2024-03-13."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

TMRW_COMPOUNDS = [
    ("day after tmrw", "day after tmrw", "2024-03-15"),
    ("gig is the day after 2moro!!", "day after 2moro", "2024-03-15"),
    ("a week from tmrw", "a week from tmrw", "2024-03-21"),
    ("dentist two days from tmrw ugh", "two days from tmrw", "2024-03-16"),
    ("back a fortnight from 2moro x", "a fortnight from 2moro", "2024-03-28"),
]


@pytest.mark.parametrize(("text", "span", "value"), TMRW_COMPOUNDS)
def test_tomorrow_spellings_in_compounds(text: str, span: str, value: str) -> None:
    """The whole compound is one mention counted from tomorrow, not "tmrw" alone."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


ABBR_AT_NOON = [
    ("wed at noon", "wed at noon", "2024-03-13T12:00"),
    ("fri at midday works", "fri at midday", "2024-03-15T12:00"),
    ("sat at midnight then?", "sat at midnight", "2024-03-16T24:00"),
    ("on thurs at noon", "thurs at noon", "2024-03-14T12:00"),
]


@pytest.mark.parametrize(("text", "span", "value"), ABBR_AT_NOON)
def test_weekday_abbreviation_at_noon(text: str, span: str, value: str) -> None:
    """A chat's weekday abbreviation before "at noon" is that day's noon, one mention."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


NOON_NOT_A_DAY = [
    "they wed at noon in the chapel",
    "sun at noon, showers later",
    "I sat at noon by the canal",
]


@pytest.mark.parametrize("text", NOON_NOT_A_DAY)
def test_verbs_and_weather_before_at_noon(text: str) -> None:
    """A verb ("wed", "sat") or the weather's "sun" before "at noon" is no weekday."""
    assert all(m.value == "2024-03-13T12:00" for m in tag_text(text, DCT))


MISSPELT_NAMES = [
    ("Nominations for the Ashcombe seat have to be in by Teusday.", "Teusday", "2024-03-19"),
    ("Wendsday", "Wendsday", "2024-03-13"),
    ("see u wensday x", "wensday", "2024-03-13"),
    ("The choir sang at the quay last Saterday.", "last Saterday", "2024-03-09"),
    ("Thurday's quiz is at the Brindle Arms.", "Thurday", "2024-03-14"),
    ("The kiln opens on 3 Febuary 2025.", "3 Febuary 2025", "2025-02-03"),
    ("Feburary 2021 was the wettest on record in Pellow.", "Feburary 2021", "2021-02"),
    ("janurary 5th", "janurary 5th", "2024-01-05"),
]


@pytest.mark.parametrize(("text", "span", "value"), MISSPELT_NAMES)
def test_common_misspellings_of_day_and_month_names(text: str, span: str, value: str) -> None:
    """A common misspelling of a weekday or month name that is no word is read as the name."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


NOT_MISSPELLINGS = [
    "Agust Lind signed for the Tarnby club.",
    "Mondy and Sundy are the twins' nicknames.",
    "The wedding day sped by.",
]


@pytest.mark.parametrize("text", NOT_MISSPELLINGS)
def test_names_near_day_and_month_names_are_no_times(text: str) -> None:
    """Names and words that look like a misspelt day or month stay untagged."""
    assert [m.value for m in tag_text(text, DCT)] == []


SPRING_NOT_A_SEASON = [
    "The spring constant came out at 30 N/m on every test rig.",
    "Measure the spring stiffness before fitting the shock.",
    "Below the chapel at Nethercombe the spring gushes out of the limestone.",
    "The spring near Tollard Mill still flows in a dry year.",
    "The spring tension was set too high for the gate.",
]


@pytest.mark.parametrize("text", SPRING_NOT_A_SEASON)
def test_spring_as_a_coil_or_a_water_source(text: str) -> None:
    """"spring" before a coil's measure or a water source's flowing is no season."""
    assert [m.value for m in tag_text(text, DCT) if m.value.endswith("-SP")] == []


SPRING_STAYS = [
    ("In the spring tension rose between the two clubs.", "the spring", "2024-SP"),
    ("Talks in the spring dried up by June.", "the spring", "2024-SP"),
    ("The spring at Larkmoor saw record crowds.", "The spring", "2024-SP"),
]


@pytest.mark.parametrize(("text", "span", "value"), SPRING_STAYS)
def test_spring_seasons_stay(text: str, span: str, value: str) -> None:
    """A season after a preposition of time, or with no coil or water after it, stays."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


FLIGHT_NUMBERS = [
    "Boarding for flight QX 1804 is at gate C7.",
    "Flight ZR 1966 was held at the stand.",
    "LM 1933 to Vellanor is delayed.",
    "Passengers on T4 2011 from Orsova were rebooked.",
]


@pytest.mark.parametrize("text", FLIGHT_NUMBERS)
def test_flight_codes_before_numbers_are_no_years(text: str) -> None:
    """An airline's code before four digits (after "flight", or with a route) numbers a flight."""
    assert [m.value for m in tag_text(text, DCT)] == []


YEARS_AFTER_CAPITALS = [
    ("The US 1998 to 2002 figures were revised.", "1998", "1998"),
    ("She moved in 1947 to Tarrow with her aunt.", "1947", "1947"),
    ("TV 1985 to Present: a history", "1985", "1985"),
]


@pytest.mark.parametrize(("text", "span", "value"), YEARS_AFTER_CAPITALS)
def test_years_after_capitals_stay(text: str, span: str, value: str) -> None:
    """A year after a region's letters, a preposition or a title's capitals stays a year."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


#: A Monday: a bare weekday in a performance's or a showing's present looks ahead.
SHOW_DCT = date(2025, 9, 8)
SHOWINGS_AHEAD = [
    ("Lantern Row, a film about the dockers, screens in the Vale Hall on Friday.", "Friday",
     "2025-09-12"),
    ("The opera premieres on Thursday at the Vell Theatre.", "Thursday", "2025-09-11"),
    ("The Tansy Quartet performs at Dunmore Hall on Saturday.", "Saturday", "2025-09-13"),
    ("The Orlo Trio debuts its new set at the Granary on Sunday.", "Sunday", "2025-09-14"),
]


@pytest.mark.parametrize(("text", "span", "value"), SHOWINGS_AHEAD)
def test_showings_in_the_present_look_ahead(text: str, span: str, value: str) -> None:
    """A present verb of showing or performing with a bare weekday is a scheduled day ahead."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, SHOW_DCT)]


SHOWINGS_PAST = [
    ("Lantern Row, a film about the dockers, screened in the Vale Hall on Friday.", "Friday",
     "2025-09-05"),
    ("Critics say the opera that premieres Thursday disappointed.", "Thursday", "2025-09-04"),
    ("Tansy Quartet Performs at Dunmore Hall on Saturday", "Saturday", "2025-09-06"),
]


@pytest.mark.parametrize(("text", "span", "value"), SHOWINGS_PAST)
def test_past_showings_and_headlines_stay_past(text: str, span: str, value: str) -> None:
    """A past verb, a later past verb, or a Title Case headline keeps the day gone."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, SHOW_DCT)]


ERRANDS_AHEAD = [
    ("pay the gardener on the 1st", "the 1st", "2024-04-01"),
    ("call the vet about Biscuit on the 2nd", "the 2nd", "2024-04-02"),
    ("renew my bus pass on the 5th", "the 5th", "2024-04-05"),
    ("ring her on monday", "monday", "2024-03-18"),
]


@pytest.mark.parametrize(("text", "span", "value"), ERRANDS_AHEAD)
def test_errand_requests_look_ahead(text: str, span: str, value: str) -> None:
    """An errand's imperative with its object opening a note names a day still to come."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


ERRANDS_PAST = [
    ("Pay rose at the Hollin plant on the 2nd.", "the 2nd", "2024-03-02"),
    ("She paid the gardener on the 1st.", "the 1st", "2024-03-01"),
]


@pytest.mark.parametrize(("text", "span", "value"), ERRANDS_PAST)
def test_nouns_and_past_errands_stay(text: str, span: str, value: str) -> None:
    """"Pay" as a noun, or a past errand, keeps the day gone."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]
