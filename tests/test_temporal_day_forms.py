"""Days and weeks named inside a month without a full date, and a few more date shapes
(DCT Tuesday 2013-02-12 unless a row says otherwise)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

TUE = date(2013, 2, 12)

ROWS = [
    # (text, span, value)
    # a weekday with a day of the month: the nearest such date
    ("The count is on Tuesday the 19th.", "Tuesday the 19th", "2013-02-19"),
    ("Ballots close Tuesday 19th, officials said.", "Tuesday 19th", "2013-02-19"),
    ("The rally was held on Friday, the 8th.", "Friday, the 8th", "2013-02-08"),
    # a day of the month alone, after a word that leads into a date
    ("Rents rise on the 15th.", "the 15th", "2013-02-15"),
    ("The fee was paid on the 3rd, the clerk said.", "the 3rd", "2013-02-03"),
    ("The offer runs until the 28th", "the 28th", "2013-02-28"),
    # a day of a month relative to this one
    ("The vote is set for the 20th of next month.", "the 20th of next month", "2013-03-20"),
    ("It opened on the 4th of this month.", "the 4th of this month", "2013-02-04"),
    ("Crews left on the first of last month.", "the first of last month", "2013-01-01"),
    # a day word with "of", also at the very end of a text
    ("The lease ended on the second of December", "second of December", "2012-12-02"),
    ("Talks resume on the tenth of March.", "tenth of March", "2013-03-10"),
    ("Harbour fees fall due March the 4th.", "March the 4th", "2013-03-04"),
    # the n-th day or week of a month
    ("Filing closes on the last day of October 2015.", "the last day of October 2015",
     "2015-10-31"),
    ("The fair ends on the third day of March.", "the third day of March", "2013-03-03"),
    ("Repairs start in the first week of October 2014.", "the first week of October 2014",
     "2014-W40"),
    ("Crowds peaked in the last week of September 2014.",
     "the last week of September 2014", "2014-W39"),
    ("Races run on the second weekend of June 2013.", "the second weekend of June 2013",
     "2013-W23-WE"),
    ("Prices spiked in the week of January 7.", "the week of January 7", "2013-W02"),
    # a year before a season, a weekday after a date
    ("Grain stocks ran low in the 2005 summer.", "the 2005 summer", "2005-SU"),
    ("Grain stocks ran low that 2005 summer.", "2005 summer", "2005-SU"),
    ("The market reopens Jul 18, Thursday.", "Jul 18, Thursday", "2013-07-18"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_day_forms(text: str, span: str, value: str) -> None:
    assert mention(text, span, dct=TUE).value == value


@pytest.mark.parametrize("text,phrase", [
    ("They moved to the 15th floor.", "15th"),
    ("On Tuesday, the second day of talks began.", "second"),
    ("The 19th century mill burned.", "19th"),
    ("She finished on the 3rd attempt.", "3rd"),
])
def test_ordinals_that_are_not_days(text: str, phrase: str) -> None:
    from summarize.temporal import tag_text
    at = text.index(phrase)
    hits = [m for m in tag_text(text, TUE) if m.start <= at < m.end and m.granularity == "day"
            and m.rule in ("day_ordinal", "weekday_day")]
    assert hits == []
