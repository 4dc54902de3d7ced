"""A part of day before a worker's noun names the worker's shift, a person, not a time ("the
night guard", "the evening editor"), as "a night porter" is (session 10, unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import found

CASES = [
    ("The night guard at the Orrin depot raised the alarm.", []),
    ("The night nurse said the patient slept well.", []),
    ("The evening editor, Rosa Kemp, declined to comment.", []),
    ("Morning porters at the Varne hotel walked out.", []),
    # the part of day itself: a time, as before
    ("The guard at the Orrin depot worked through the night.", [("the night",)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shift_workers(text: str, expected: list[tuple[str]]) -> None:
    assert found(text, None, "text") == expected
