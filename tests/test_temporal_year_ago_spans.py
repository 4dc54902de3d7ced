""""the" (and "comparable") belong to "the year-ago quarter" and "the year-earlier period", as
"the" belongs to "the third quarter"; before an amount ("the year-earlier $4.5 million") the
adjective alone is the expression."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2009, 5, 14)

CASES = [
    ("Net rose in the third quarter from the year-ago quarter.", "the year-ago quarter"),
    ("Costs fell from the year-earlier period.", "the year-earlier period"),
    ("In the comparable year-ago quarter, the firm lost money.",
     "the comparable year-ago quarter"),
    ("Net fell below the year-earlier $4.5 million.", "year-earlier"),
]


@pytest.mark.parametrize(("text", "span"), CASES)
def test_the_year_ago_quarter_keeps_its_article(text: str, span: str) -> None:
    assert span in [m.text for m in tag_text(text, DCT)]
