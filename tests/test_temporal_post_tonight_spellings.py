"""Posts' spellings of tonight ("tonite", "2nite") take a clock time as "tonight" does: "tonite at
7" is 19:00 that evening, "at 9 2nite" 21:00 (session 11; before, only the day word was tagged)."""

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 6, 9)  # a Wednesday


@pytest.mark.parametrize(("text", "span", "value"), [
    ("quiz tonite at 7, bring a pen", "tonite at 7", "2021-06-09T19:00"),
    ("band on 2nite at 8:30 🎸", "2nite at 8:30", "2021-06-09T20:30"),
    ("pub at 9 tonite?", "9 tonite", "2021-06-09T21:00"),
    ("doors open at 10 2nite", "10 2nite", "2021-06-09T22:00"),
    ("film starts at 7:45 tonite", "7:45 tonite", "2021-06-09T19:45"),
    # the full spelling reads the same, as before
    ("quiz tonight at 7", "tonight at 7", "2021-06-09T19:00"),
    ("pub at 9 tonight?", "9 tonight", "2021-06-09T21:00"),
])
def test_a_post_spelling_of_tonight_takes_its_clock_time(text: str, span: str, value: str) -> None:
    found = [(m.text, m.value) for m in tag_text(text, DCT)]
    assert found == [(span, value)]


@pytest.mark.parametrize("text", [
    "Tonite at 7",  # posts' spellings are read in lower case only, as elsewhere
])
def test_a_capitalised_post_spelling_keeps_the_day_word_alone(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [("Tonite", "2021-06-09TNI")]
