"""Wire copy writes the end of a month or a year as "end-" ("end-September", "at end-2018"): the
month or the year (mod END), the span with "end-"; "end" with a space before a year or a month is
the verb ("to end 2019 in profit") and stays out of the span."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2019, 8, 15)

ENDS = [
    ("Public debt reached 81 percent of output at end-2018.", "end-2018", "2018"),
    ("Reserves stood at $41 billion as of end-July.", "end-July", "2019-07"),
    ("The index held its gains through end-March 2019.", "end-March 2019", "2019-03"),
    ("The cap has applied since end-2017.", "end-2017", "2017"),
]

VERBS = [
    ("The firm hopes to end 2019 in profit.", "2019", "2019"),
    ("Fans will end September with a parade.", "September", "2019-09"),
]


@pytest.mark.parametrize(("text", "span", "value"), ENDS)
def test_end_hyphen_is_a_position(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), VERBS)
def test_end_as_a_verb_stays_out(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]
