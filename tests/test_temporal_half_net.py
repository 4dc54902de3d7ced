""""first-half"/"second-half" before "net" alone is a half of the year, as before "net profit"
and as "third-quarter net" is a quarter, capitalised at a sentence's start too (session 10,
unseen newswire)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2021, 8, 4)

CASES = [
    ("First-half net was $55.8 million, the Ostrava maker said.", [("First-half", "2021-H1")]),
    ("Velmar's first-half net rose 12%.", [("first-half", "2021-H1")]),
    ("Second-half net is expected to fall.", [("Second-half", "2021-H2")]),
    ("Dornan scored a second-half goal.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_half_adjective_before_net(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected
