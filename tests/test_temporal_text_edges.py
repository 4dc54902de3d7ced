"""Expressions at the very end of a text or a line, and numbers glued to their letters
("3pm", "15h00", "2021Q3"), are found like any other (DCT 2022-05-07, a Saturday)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

ROWS = [
    # (text, span, value)
    ("The plant will close by 2027", "2027", "2027"),
    ("Harbour dredging to finish by 2026\nPosted by the port office", "2026", "2026"),
    ("Ferry timetable for 2023", "2023", "2023"),
    ("Council budget vote moved to 2024\n", "2024", "2024"),
    ("The count resumes at 3pm", "3pm", "2022-05-07T15:00"),
    ("Gates open at 9:30\nTickets at the door", "9:30", "2022-05-07T09:30"),
    ("The mayor spoke at 3pm outside the hall.", "3pm", "2022-05-07T15:00"),
    ("Polls close at 10pm tonight across the county.", "10pm tonight", "2022-05-07T22:00"),
    ("The relay left at 6am sharp.", "6am", "2022-05-07T06:00"),
    ("Kick-off was set for 15h00 in the capital.", "15h00", "2022-05-07T15:00"),
    ("The ferry sailed at 0630hrs from the pier.", "0630hrs", "2022-05-07T06:30"),
    ("Orders in 2021Q3 beat the forecast.", "2021Q3", "2021-Q3"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_edge_and_glued_expressions(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value
