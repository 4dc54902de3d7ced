"""Forms met on session 19's unseen news, each with sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 9, 15)  # a Wednesday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in tag_text(text, dct)]


# "over the next decade" is a length ahead, as "over the past decade" is one behind
NEXT_DECADE = [
    ("Tolls on the Harrow bridge will rise over the next decade.",
     ("the next decade", "DURATION", "P10Y")),
    ("Over the coming decade the co-op plans to plant 4,000 trees.",
     ("the coming decade", "DURATION", "P10Y")),
    # not after "over": the decade itself, as before
    ("The yard expects to close in the next decade.", ("the next decade", "DATE", "203")),
]


@pytest.mark.parametrize(("text", "want"), NEXT_DECADE)
def test_over_the_next_decade(text: str, want: tuple[str, str, str]) -> None:
    assert want in found(text)
