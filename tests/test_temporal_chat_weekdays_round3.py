"""Session 14, round 3 (chat weekdays and days): a lower-case weekday abbreviation standing
alone in chat (before a choice of another weekday, before "'s" and a verdict, before a meal,
after a diary's noun, before a day with its suffix and a word of offering), a weekday offered
("fri works for the fitting"), a diary request or a "what's on" question about a weekday, a
bare day of the month as a past subject ("the 3rd was my last day") and a coil spring in a pen
or a trampoline. Every sentence, name and place is invented for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found, mention

TUE = date(2026, 10, 20)  # a Tuesday, ISO week 2026-W43

CHAT_ABBREVIATIONS = [
    # a choice of two weekdays; the second one's week is the first's too
    ("thu or fri next wk?", "thu", "2026-10-29"),
    ("fri or sat this week?", "fri", "2026-10-23"),
    ("can't do weds, fri?", "weds", "2026-10-21"),
    ("how about sat or sun for the car boot?", "sat", "2026-10-24"),
    # "'s" and a verdict
    ("fri's no good for Tamsin, mon?", "fri", "2026-10-23"),
    ("thurs's fine by me", "thurs", "2026-10-22"),
    # a meal or an outing right after it
    ("sat brunch at the Kestrel Rooms?", "sat", "2026-10-24"),
    ("weds drinks after work?", "weds", "2026-10-21"),
    # after a diary's noun, ending its phrase
    ("anything in the diary fri?", "fri", "2026-10-23"),
    ("what's on my calendar thurs", "thurs", "2026-10-22"),
    # before a day with its suffix and a word of offering
    ("sat 24th still good for the ceilidh?", "sat 24th", "2026-10-24"),
    ("fri 30th works for us", "fri 30th", "2026-10-30"),
]


@pytest.mark.parametrize("text,span,value", CHAT_ABBREVIATIONS)
def test_chat_abbreviation_standing_alone(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


NOT_A_DAY = [
    "we sat, then Friday came round again",  # a verb after a subject
    "they wed, then Sunday lunch followed",  # a verb
    "the sun's out at last",  # the star with its "'s"
    "lie in the sun, sat on the lawn",  # the star, then a verb
    "c'mon, fri is ages away",  # "c'mon" is no Monday (fri alone stays as it was)
    "the pair wed or eloped, nobody knew",  # no weekday after "or"
    "we sat lunch out on the step",  # a verb before a meal
    "sun brunch on the terrace",  # "sun" before a meal may be a terrace's
    "I sat 14th still, behind Ottilie",  # a rank, after a subject
]


@pytest.mark.parametrize("text", NOT_A_DAY)
def test_words_like_abbreviations_stay_out(text: str) -> None:
    got = [t for t, _ in found(text, TUE)]
    assert not any(t.lower().split()[0] in ("sat", "sun", "wed", "mon", "sat 14th") for t in got), \
        got


OFFERED_AND_ASKED = [
    ("fri works for the fitting", "fri", "2026-10-23"),
    ("so monday suits Bryony best", "monday", "2026-10-26"),
    ("cancel thursday's choir practice", "thursday", "2026-10-22"),
    ("add the vet to friday please", "friday", "2026-10-23"),
    ("can you schedule the boiler check for monday", "monday", "2026-10-26"),
    ("what's the weather like on sunday afternoon", "sunday afternoon", "2026-10-25TAF"),
    ("what's happening saturday at the lido?", "saturday", "2026-10-24"),
]


@pytest.mark.parametrize("text,span,value", OFFERED_AND_ASKED)
def test_weekday_offered_or_asked_about_lies_ahead(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


STILL_BEHIND = [
    ("what happened on saturday at the lido?", "saturday", "2026-10-17"),
    ("cancelled thursday's choir practice", "thursday", "2026-10-15"),
    ("the mill works Saturday, the foreman said", "Saturday", "2026-10-17"),
]


@pytest.mark.parametrize("text,span,value", STILL_BEHIND)
def test_past_questions_and_reports_stay_behind(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


DAY_WAS = [
    ("the 16th was my last shift at the bakery", "the 16th", "2026-10-16"),
    ("the 2nd was our first day in the flat", "the 2nd", "2026-10-02"),
    # a day of the month not yet come this month is last month's
    ("the 28th was her birthday, we forgot", "the 28th", "2026-09-28"),
    ("and the 19th was his leaving do", "the 19th", "2026-10-19"),
]


@pytest.mark.parametrize("text,span,value", DAY_WAS)
def test_bare_day_as_a_past_subject(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


SUN_GONE = [
    ("got home from the lakes on sun", "sun", "2026-10-18"),
    ("flew back from Lisbon on sun.", "sun", "2026-10-18"),
    ("we finally moved into the cottage on sun!", "sun", "2026-10-18"),
]


@pytest.mark.parametrize("text,span,value", SUN_GONE)
def test_sun_closing_a_past_line(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


NOT_SUN_GONE = [
    "the greenhouse heaters run on sun",
    "we came to rely on sun",
    "we went out and lay on sun",
    "it started on sun loungers",
]


@pytest.mark.parametrize("text", NOT_SUN_GONE)
def test_sun_as_sunlight_stays_out(text: str) -> None:
    assert found(text, TUE) == [], found(text, TUE)


NOT_A_DAY_WAS = [
    "the 3rd was my favourite of the batch",  # a rank
    "the 2nd was better than the first",
    "the 5th was a draw",
]


@pytest.mark.parametrize("text", NOT_A_DAY_WAS)
def test_ranks_as_subjects_stay_out(text: str) -> None:
    assert found(text, TUE) == [], found(text, TUE)


COIL_SPRINGS = [
    "the spring in the biro is gone",
    "the spring in my trampoline snapped",
    "a spring from the stapler is missing",
    "the spring inside the umbrella is bent",
]


@pytest.mark.parametrize("text", COIL_SPRINGS)
def test_spring_in_a_pen_or_toy_is_a_coil(text: str) -> None:
    assert found(text, TUE) == [], found(text, TUE)


def test_spring_as_a_season_still_found() -> None:
    assert found("we repainted the trampoline in the spring", TUE)
