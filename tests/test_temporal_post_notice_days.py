"""A bare weekday that a post (a text of at most 280 characters) tells in the present ("the
library is closed Monday", "lessons are suspended from Monday", "our next fixture is ... on
Saturday") or, written in lower case, with no verb group at all, released ("video out friday")
or chosen ("thursday or friday works"), is a notice's or a plan's day: the first such day on
or after the publication date (session 12). A reporting verb's day, a day begun or gone
("since"), a past the tense reader cannot read ("slid", "cut") and news keep the past default
(Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

#: Text long enough to be no post: a news story's paragraph around the sentence.
NEWS = ("The Drennick valley has had a hard winter, and traders along the old canal say the "
        "season has been the quietest they remember. Footfall in the covered market fell by a "
        "third, and two cafes on Quarry Lane have closed for good. {} Council officers met "
        "stallholders to discuss rents.")

AHEAD = [
    ("Brindle Street library is closed Monday, sorry folks", "Monday", "2024-03-18"),
    ("All swim lessons are suspended from Monday, pool reopens in April.", "Monday",
     "2024-03-18"),
    ("Our next fixture is the league decider at Pellow Park on Saturday, 2pm start",
     "Saturday, 2pm", "2024-03-16T14:00"),
    ("thursday or friday works for me, you pick", "thursday", "2024-03-14"),
    ("thursday or friday works for me, you pick", "friday", "2024-03-15"),
    ("second video of the Skye trip out friday 🎬", "friday", "2024-03-15"),
    ("The hall is closed Wednesday for the polling station.", "Wednesday", "2024-03-13"),
]

BEHIND = [
    ("Kessock council says Monday went smoothly.", "Monday", "2024-03-11"),
    ("Shares in Tavlin slid Friday after the profit warning.", "Friday", "2024-03-08"),
    ("The storm cut power to the Ardley estate on Saturday.", "Saturday", "2024-03-09"),
    ("the ferry has been off since tuesday", "tuesday", "2024-03-12"),
    ("the hall was closed Monday for the count", "Monday", "2024-03-11"),
    (NEWS.format("The library is closed Monday."), "Monday", "2024-03-11"),
]


@pytest.mark.parametrize("text,span,value", AHEAD + BEHIND)
def test_post_notice_days(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]
