""""later <weekday>" naming the publication date's own weekday is that day, as wire copy writes
"later today" ("The Senate is expected to vote later Thursday", told on a Thursday); another
weekday keeps the clause's reading. Publication date Thursday 14 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

THU = date(2024, 3, 14)


@pytest.mark.parametrize("text,span,value", [
    ("The Senate is expected to vote later Thursday.", "Thursday", "2024-03-14"),
    ("The president will speak to reporters later Thursday.", "Thursday", "2024-03-14"),
    ("Officials said the talks would resume later Thursday.", "Thursday", "2024-03-14"),
    # another weekday: the clause decides
    ("The Senate is expected to vote later Friday.", "Friday", "2024-03-15"),
    ("The bill cleared the House later Tuesday.", "Tuesday", "2024-03-12"),
])
def test_later_before_the_days_own_weekday(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=THU)
    assert m.value == value, m.explanation
