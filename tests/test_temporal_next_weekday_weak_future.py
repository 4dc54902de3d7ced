""""next <weekday>" and "last <weekday>" name their own side of the publication date even in a
weaker future ("hopes to", "to be held") that leaves a bare weekday in the past (session 10,
unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("Lots will be sold at auctions to be held on Friday and next Tuesday in Varne.",
     "next Tuesday", "2022-05-10"),
    ("The trust hopes to reopen the Orrin pier next Thursday.", "next Thursday", "2022-05-12"),
    ("The trust hoped to reopen the Orrin pier by last Thursday.", "last Thursday", "2022-05-05"),
    # a bare weekday after a weaker future: the last one, as before
    ("The trust hopes to reopen the Orrin pier Thursday.", "Thursday", "2022-05-05"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_next_weekday_in_a_weaker_future(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value
