"""A journey's scheduled legs in the present look forward, as "arrives" and "flies" do
(session 17, from the tune half of the session 17 blind phrasings); their past forms and the
nouns ("the lands", "torn sails") still report the past. Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The shuttle lands at 6.40pm on Thursday.", "6.40pm on Thursday", "2024-03-14T18:40"),
    ("The delegation departs for Nairobi on Friday.", "Friday", "2024-03-15"),
    ("The royal yacht docks at Leith on Saturday.", "Saturday", "2024-03-16"),
    ("The regatta fleet sails from Cowes on Sunday.", "Sunday", "2024-03-17"),
    ("The relief convoy's first plane lands Monday.", "Monday", "2024-03-18"),
    # the other direction: told in the past, or the words as nouns
    ("The delegation departed for Nairobi on Friday.", "Friday", "2024-03-08"),
    ("The shuttle landed on Thursday.", "Thursday", "2024-03-07"),
    ("The lands were sold at auction on Monday.", "Monday", "2024-03-11"),
    ("Torn sails were found on the beach on Tuesday.", "Tuesday", "2024-03-12"),
])
def test_a_journey_verb_in_the_present_looks_forward(text: str, phrase: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(phrase, value)]
