"""Tokenised text (a space before every comma and full stop, ``quotes''), as some corpora and
wire feeds ship it: a date keeps its year and weekday across a spaced comma. Publication
date: Friday 5 March 2010. Written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

FRI = date(2010, 3, 5)

CASES = [
    ("The plant reopened on March 3 , 2009 .", "March 3 , 2009", "2009-03-03"),
    ("The plant reopened on 3 March , 2009 .", "3 March , 2009", "2009-03-03"),
    ("Voting ends on Sunday , March 7 , 2010 .", "Sunday , March 7 , 2010", "2010-03-07"),
    ("The fair closed in October , 2008 , after a fire .", "October , 2008", "2008-10"),
    ("`` We sail next week , '' the captain said .", "next week", "2010-W10"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_tokenised_dates(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=FRI)
    assert m.value == value, m.explanation
