"""A four-digit number after "model", "version", "class", "bug" or "issue" names a product or
an item, not a year ("the Model 2001 printer", "a Class 1990 locomotive", "bug 2041"); a year
before the word stays a year ("the 1998 model")."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT, mention

from summarize.temporal import tag_text


@pytest.mark.parametrize("text", [
    "The Model 2001 printer will cost $1,995.",
    "Dealers still stock the model 1850 grain drill.",
    "The office switched to Version 2010 of the payroll software.",
    "Owners of a version 1995 handset can claim a refund.",
    "A Class 1990 locomotive hauled the last train.",
    "The patch fixes bug 2041 in the scheduler.",
    "Readers of Issue 2015 found a free map inside.",
])
def test_a_number_after_model_or_version_is_no_year(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize("text,span,value", [
    ("The 1998 model sold poorly.", "1998", "1998"),
    ("The model was redesigned in 2001.", "2001", "2001"),
    ("The class of 1990 held a reunion.", "1990", "1990"),
    ("The bug was found in 2019.", "2019", "2019"),
])
def test_a_year_beside_model_stays(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value
