"""A capitalised calendar word named by the words around it is no time (session 14): a
venue's after "the" and before a venue noun ("the Sunrise nightclub"), a firm's or a venue's
joined by "&" ("Dusk & Dawn"), a person's after "known as" or before "is the name of", a
pet's ("our dog Sunday", "Monday the hamster"), a team's before a match's verb and a score
("Glenwick Saturday beat Arden Rovers 3-0"), two people's before a predicate only people have
("June and Winter are both coming to the party"). The same words as times stay."""

from __future__ import annotations

import pytest
from test_temporal_helpers import found

NAMES = [
    "Fire crews were sent to the Sunrise nightclub in Parkhead.",
    "A fight broke out outside the Dusk cafe on Tolly Road.",
    "Police raided the Daybreak bar on Harbour Row.",
    "Meet me at Midnight Bar & Grill.",
    "We ate at the cafe Midday on Rook Street.",
    "We had supper at Dusk & Dawn in the old town.",
    "The bistro Midday & Co has a new menu.",
    "Let's meet at Noon & Moon for drinks.",
    "The DJ known as Noon played a set in Corran.",
    "The painter called Midnight opened a studio in Tarbet.",
    "they call him Noon at the gym",
    "Midnight is the name of the bakery on Quay Lane.",
    "Our dog Sunday chewed through the garden hose.",
    "my cat Tuesday sleeps on the boiler all day",
    "Monday the hamster escaped from its cage again.",
    "Sunday is my sister's dog and he barks at everything.",
    "Glenwick Saturday beat Arden Rovers 3-0 at home.",
    "Brackton Sunday drew 2-2 with Mossfield.",
    "June and Winter are both coming to the party.",
    "May and August are joining us for lunch.",
]


@pytest.mark.parametrize("text", NAMES)
def test_calendar_word_named_by_its_context_is_no_time(text: str) -> None:
    assert found(text) == []


TIMES = [
    ("We had lunch at noon and dinner at 8.", "noon"),
    ("The club opens at midnight on Fridays.", "midnight"),
    ("The bar closes at Midnight tonight.", "Midnight"),
    ("Wednesday drew crowds to the square.", "Wednesday"),
    ("April and May were both wet months.", "April"),
    ("Monday and Tuesday are both holidays.", "Tuesday"),
    ("Monday and Tuesday are coming up fast.", "Monday"),
    ("Our dog died on Sunday.", "Sunday"),
    ("The council met at the Sunrise Centre on Friday.", "Friday"),
    ("The union called Monday for a national strike.", "Monday"),
    ("The coach was named Monday as the new manager.", "Monday"),
    ("Smith Saturday said the deal was done.", "Saturday"),
    ("Rovers Saturday beat the league leaders, officials said.", "Saturday"),
    ("Friday the dog show opens in the town hall.", "Friday"),
    ("Friday is my dog's birthday.", "Friday"),
    ("until Midnight bar staff are on duty", "Midnight"),
    ("The cafe shuts at Noon on Sundays.", "Noon"),
    ("They reopened the pub Tonight, the landlord said.", "Tonight"),
    ("Police closed the club Friday after the fight.", "Friday"),
]


@pytest.mark.parametrize("text,span", TIMES)
def test_the_same_words_as_times_stay(text: str, span: str) -> None:
    assert span in [t for t, _ in found(text)]
