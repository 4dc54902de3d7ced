"""Session 23's weekdays, parts of day, hours and names in social posts and chat, found on the
tune halves of its blind batches; every sentence is written for this project. Each table holds
cases that fail on the code before the session and same-shape cases that must keep their
reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

# Thursday 9 May 2024 unless a case says otherwise.
THU = date(2024, 5, 9)

# --- a clock time, then a lower-case weekday abbreviation: one TIME on that day ------------
CLOCK_THEN_DAY = [
    ("heads up, standup is moved to 9am mon", "9am mon", ("TIME", "2024-05-13T09:00")),
    ("coach picks us up 6.15am sat at the leisure centre", "6.15am sat",
     ("TIME", "2024-05-11T06:15")),
    ("4am tue start at the depot, bring a flask", "4am tue", ("TIME", "2024-05-14T04:00")),
    ("the ferry goes 7am sun from pier 2", "7am sun", ("TIME", "2024-05-12T07:00")),
    ("interviews are 2pm Tue in room 6", "2pm Tue", ("TIME", "2024-05-14T14:00")),
    ("reminder: 10am wed at the clinic", "10am wed", ("TIME", "2024-05-15T10:00")),
    # must stay: already one TIME, or the star after a clock time
    ("kick off 3pm sat", "3pm sat", ("TIME", "2024-05-11T15:00")),
    ("gym 6am sun then brunch?", "6am sun", ("TIME", "2024-05-12T06:00")),
]


@pytest.mark.parametrize(("text", "span", "want"), CLOCK_THEN_DAY)
def test_a_clock_time_then_a_weekday(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


@pytest.mark.parametrize(("text", "span", "want"), [
    ("fog lifts by 10am, sun later", "10am", ("TIME", "2024-05-09T10:00")),
    ("at 6am sun was already up over the hill", "6am", ("TIME", "2024-05-09T06:00")),
    ("by 2pm sun and showers in the west", "2pm", ("TIME", "2024-05-09T14:00")),
])
def test_the_sun_after_a_clock_time_stays_out(text, span, want) -> None:
    found = _found(text, THU)
    assert found.get(span) == want and len(found) == 1


# --- lower-case "sat" (and "wed") as a day in posts; "sat" the verb stays out ---------------
SAT_DAYS = [
    ("so ready for sat!! new boots on", "sat", ("DATE", "2024-05-11")),
    ("pizza at mine sat, bring a bottle", "sat", ("DATE", "2024-05-11")),
    ("hall closed til sat, sorry all", "sat", ("DATE", "2024-05-11")),
    ("the market's open sat from 8 as always", "sat", ("DATE", "2024-05-11")),
    ("counting the hours until wed x", "wed", ("DATE", "2024-05-15")),
    ("the car alarm went off sat just gone 😤", "sat just gone", ("DATE", "2024-05-04")),
    ("my phone died sat just gone and i lost every photo", "sat just gone",
     ("DATE", "2024-05-04")),
    ("saturday just gone was the best night in ages", "saturday just gone",
     ("DATE", "2024-05-04")),
    # must stay: a day already read so
    ("bbq sat!!", "sat", ("DATE", "2024-05-11")),
    ("see u sat", "sat", ("DATE", "2024-05-11")),
]


@pytest.mark.parametrize(("text", "span", "want"), SAT_DAYS)
def test_lower_case_sat_as_a_day(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


@pytest.mark.parametrize("text", [
    "we sat in the shade all afternoon",
    "he sat for his driving theory and passed",
    "the council sat on the fence again",
    "nobody sat until the band came on",
    "she sat just gone out of view of the camera",
    "the old van sat for ages in the yard",
    "forgot my sat nav so we got lost",
])
def test_sat_the_verb_stays_out(text) -> None:
    assert _found(text, THU) == {}


# --- "morn", "eve": a post's morning and evening after a day word -----------------------------
MORN = [
    ("driving down to the coast sun morn, back the day after", "sun morn",
     ("TIME", "2024-05-12TMO")),
    ("driving down to the coast sun morn, back the day after", "the day after",
     ("DATE", "2024-05-13")),
    ("parcel coming tmrw morn apparently", "tmrw morn", ("TIME", "2024-05-10TMO")),
    ("fri morn swim anyone?", "fri morn", ("TIME", "2024-05-10TMO")),
    ("this morn was chaos at the school gate", "this morn", ("TIME", "2024-05-09TMO")),
    ("quiz at the legion sun eve, who's in?", "sun eve", ("TIME", "2024-05-12TEV")),
    ("tues eve works for me", "tues eve", ("TIME", "2024-05-14TEV")),
    # must stay: a holiday's eve, the eve of an event
    ("shops will shut early christmas eve", "christmas eve", ("DATE", "2024-12-24")),
    # must stay: already a part of day
    ("fri arvo swim anyone?", "fri arvo", ("TIME", "2024-05-10TAF")),
    ("sat morning swim anyone?", "sat morning", ("TIME", "2024-05-11TMO")),
]


@pytest.mark.parametrize(("text", "span", "want"), MORN)
def test_morn_after_a_day_word(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


def test_the_morn_is_no_part_of_day() -> None:
    assert _found("we'll sort it the morn", THU) == {}


def test_a_weekday_eve_of_an_event_is_the_day() -> None:
    assert _found("crowds gathered on friday eve of the final", THU) == {
        "friday": ("DATE", "2024-05-03")}


# --- a clock time right after "<day> from/until/til/between" takes that day ---------------
HELD_CLOCKS = [
    ("the cafe's shut today, open as usual tmrw from 8am", "8am", ("TIME", "2024-05-10T08:00")),
    ("the gym was closed today, reopens tomorrow from 6am till 9pm", "9pm",
     ("TIME", "2024-05-10T21:00")),
    ("the lifts were off today, back tmrw between 7am and 1pm", "1pm",
     ("TIME", "2024-05-10T13:00")),
    # must stay: a past day keeps its own clock time; a clock time with no day before it
    ("The strike ended on Monday from 9am.", "9am", ("TIME", "2024-05-06T09:00")),
    ("the shop's closed today from 2pm", "2pm", ("TIME", "2024-05-09T14:00")),
]


@pytest.mark.parametrize(("text", "span", "want"), HELD_CLOCKS)
def test_a_clock_time_after_a_day_and_from(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


# --- opening hours with a dash after a day or "open" and "from" -----------------------------
DASH_HOURS = [
    ("bakery shut easter sunday, open tues from 8-4 as normal", "8", ("TIME", "2024-05-14T08:00")),
    ("bakery shut easter sunday, open tues from 8-4 as normal", "4", ("TIME", "2024-05-14T16:00")),
    ("pool open sat from 10-3 x", "3", ("TIME", "2024-05-11T15:00")),
    ("the hall is ours Saturday from 9-1, ta", "1", ("TIME", "2024-05-11T13:00")),
    # must stay: "till" as before
    ("we're open from 9 until 5.", "5", ("TIME", "2024-05-09T17:00")),
]


@pytest.mark.parametrize(("text", "span", "want"), DASH_HOURS)
def test_opening_hours_with_a_dash(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


@pytest.mark.parametrize("text", [
    "they came back from 2-1 down to win",
    "the score went from 3-1 to 3-3.",
    "prices rose from 4-6 pounds",
])
def test_a_score_after_from_is_no_hour(text) -> None:
    assert _found(text, THU) == {}


# --- "closed til the 3rd": a state's end ahead, also after "then" ----------------------------
XMAS = date(2023, 12, 22)
STATE_ENDS = [
    ("open sat 9-1, then closed til the 2nd 🎄", "the 2nd", ("DATE", "2024-01-02")),
    ("office closed til the 4th, happy holidays all", "the 4th", ("DATE", "2024-01-04")),
    ("clinic then shut until the 5th", "the 5th", ("DATE", "2024-01-05")),
    # must stay: told in the past, or already ahead
    ("we were closed til the 3rd", "the 3rd", ("DATE", "2023-12-03")),
    ("the yard is shut till the 8th", "the 8th", ("DATE", "2024-01-08")),
    ("open again from the 3rd", "the 3rd", ("DATE", "2024-01-03")),
]


@pytest.mark.parametrize(("text", "span", "want"), STATE_ENDS)
def test_a_state_ends_on_a_bare_day(text, span, want) -> None:
    assert _found(text, XMAS).get(span) == want


# --- lower-case months that are people -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "my niece june has already booked the tickets",
    "our neighbour april said the bins are tomorrow",
    "we got april some flowers for her retirement",
    "sending june a huge hug",
    "ella and june are cousins you know",
    "june and priya were best mates at school",
    "july can't make it, he's working nights",
    "june texted to say she's running late",
])
def test_a_lower_case_month_as_a_person(text) -> None:
    assert not any(k.lower() in ("june", "april", "july") for k in _found(text, THU))


@pytest.mark.parametrize(("text", "span", "want"), [
    ("june is hot most years", "june", ("DATE", "2024-06")),
    ("april can be wet round here", "april", ("DATE", "2024-04")),
    ("we got june off to a good start with sales", "june", ("DATE", "2024-06")),
    ("june and july are the busiest months", "july", ("DATE", "2024-07")),
    ("June was the hottest month on record.", "June", ("DATE", "2024-06")),
    ("the shop gave june a miss this year", "june", ("DATE", "2024-06")),
])
def test_a_month_that_stays_a_month(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


# --- a month before an O'/Mc/Mac surname is a given name ----------------------------------
@pytest.mark.parametrize("text", [
    "the jumper's label reads APRIL O'HARE, please message me",
    "Thanks to everyone who came, especially June McAllister.",
    "lost bag with a tag saying MAY MACLEOD on it",
])
def test_a_month_before_a_gaelic_surname(text) -> None:
    assert _found(text, THU) == {}


@pytest.mark.parametrize(("text", "span", "want"), [
    ("In June O'Brien was re-elected.", "June", ("DATE", "2024-06")),
    ("sales of the MacBook rose in June MacBook shipments too", "June", ("DATE", "2024-06")),
])
def test_a_dated_month_before_a_surname(text, span, want) -> None:
    assert _found(text, THU).get(span) == want
