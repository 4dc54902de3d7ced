"""A scheduled-event verb two words after a preposition, with a modifier between, is a noun
("no evidence of foul play", "queued for new releases"): it sets no future tense for a
weekday after it (session 9, real-news audit of Timeline17 tune stories). Sentences written
for this project; the publication date is Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

DCT = date(2024, 3, 13)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Officers said there was no evidence of foul play after a post-mortem on Friday.",
     "Friday", "2024-03-08"),
    ("The Tolley club was fined for rough play on Saturday.", "Saturday", "2024-03-09"),
    ("Fans in Marl queued for new releases on Monday.", "Monday", "2024-03-11"),
])
def test_noun_after_a_preposition_and_a_modifier(text: str, expression: str, value: str
                                                 ) -> None:
    assert mention(text, expression, dct=DCT).value == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The Marl Players play on Friday.", "Friday", "2024-03-15"),
    ("The show that ran in Branwick opens on Friday.", "Friday", "2024-03-15"),
    ("The fair in Tolley opens on Friday.", "Friday", "2024-03-15"),
    # an amount between the preposition and the verb ends a phrase: the verb is the clause's
    ("Seats, priced at £30, go on sale at 10am on Friday.", "10am on Friday",
     "2024-03-15T10:00"),
    ("The stalls, open at 8, open again on Friday.", "Friday", "2024-03-15"),
])
def test_verbs_of_a_clause_keep_looking_ahead(text: str, expression: str, value: str) -> None:
    assert mention(text, expression, dct=DCT).value == value
