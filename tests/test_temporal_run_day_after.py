"""The latest of a run ("a third straight session") is the day its sentence names even when
that day comes after it ("fell for a third straight session yesterday"); with no day named,
the publication date, as before (session 10, unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("Varn Steel shares fell for a third straight session yesterday.", "third straight session",
     "2022-05-06"),
    ("Bond prices rose for a fourth consecutive day on Thursday.", "fourth consecutive day",
     "2022-05-05"),
    ("The index slipped for a second straight day.", "second straight day", "2022-05-07"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_run_dated_by_a_day_after_it(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value
