"""A bare plural unit before "later"/"earlier" ("Months later", "just days earlier") is a
stretch of unknown length from a time named before, as "a few days later" is (DURATION PX..);
with a count it stays an offset, and a title's capitalised "Later" is no time."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2009, 5, 14)

CASES = [
    ("Months later, the mill closed for good.", "Months later", "PXM"),
    ("The ferry sank just days later.", "days later", "PXD"),
    ("Only hours earlier, the pilot had radioed the tower.", "hours earlier", "PTXH"),
    ("The mayor, years later, recalled the flood.", "years later", "PXY"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_bare_unit_before_later_is_a_vague_length(text: str, span: str, value: str) -> None:
    assert {m.text: (m.type, m.value) for m in tag_text(text, DCT)}[span] == ("DURATION", value)


def test_a_count_keeps_the_offset() -> None:
    found = {m.text: m.value for m in tag_text("Two days later the bridge reopened.", DCT)}
    assert found == {"Two days later": "2009-05-16"}


def test_a_title_is_no_time() -> None:
    found = [m.text for m in tag_text("We watched 28 Days Later at the club.", DCT)]
    assert found == []
