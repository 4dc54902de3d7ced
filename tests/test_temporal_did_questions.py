"""A bare verb after "did" and its subject is past ("Did the ferry sail on Monday?"), a
question's or an emphasis's do-support; a capitalised "Did" opening a question is that word,
not a name. "Does"/"do" leave a scheduled verb ahead, and a verb with its own -s keeps its own
subject (session 17: found when "sail" joined the scheduled verbs and a jotted question of
`test_temporal_notes.py` turned ahead). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Did the pharmacy open on Monday?", "Monday", "2024-03-11"),
    ("Didn't the parish council meet on Tuesday?", "Tuesday", "2024-03-12"),
    ("Did the cargo plane land at 9pm on Sunday?", "9pm on Sunday", "2024-03-10T21:00"),
    ("did the farmers market open on sat", "sat", "2024-03-09"),
    ("Did you catch the final on Sunday?", "Sunday", "2024-03-10"),
    ("The lifeboat did launch on Saturday, despite the swell.", "Saturday", "2024-03-09"),
    # the other direction
    ("Does the pharmacy open on Monday?", "Monday", "2024-03-18"),
    ("Do the talks resume on Thursday?", "Thursday", "2024-03-14"),
    ("Did you hear the ferry sails on Friday?", "Friday", "2024-03-15"),
    ("The ferries sail on Friday.", "Friday", "2024-03-15"),
])
def test_a_verb_after_did_and_its_subject_is_past(text: str, phrase: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(phrase, value)]
