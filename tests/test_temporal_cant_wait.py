"""A modal's "wait" looks ahead ("can't wait for Saturday", "we can't wait for Sunday's final"):
the weekday is the coming one, as after "will"; a past "waited" still looks back."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2013, 2, 12)  # a Tuesday

ROWS = [
    ("Can't wait for Saturday!!", "Saturday", "2013-02-16"),
    ("We can't wait for Sunday's final.", "Sunday", "2013-02-17"),
    ("I cannot wait till Friday, honestly.", "Friday", "2013-02-15"),
    ("The families waited for Friday's ruling.", "Friday", "2013-02-08"),
]


@pytest.mark.parametrize(("text", "span", "value"), ROWS)
def test_a_modal_wait_looks_ahead(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]
