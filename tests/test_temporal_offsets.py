"""Offsets from the publication date (Wednesday 13 March 2024): counted ahead to the day,
vague ones within the day ("hours ago"), fractions ("two and a half years ago"), hours that
cross into later days, a fortnight and a bare plural unit as stretches. Written for this
project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

#: Ahead of the publication date an offset is a day, whatever its unit ("ago" keeps TimeML's
#: week for more than two weeks back).
AHEAD = [
    ("The bridge opens three weeks from now.", "three weeks from now", "2024-04-03"),
    ("The lease ends five weeks hence.", "five weeks hence", "2024-04-17"),
    ("The verdict is due in 24 hours.", "24 hours", "2024-03-14"),
    ("Ballots will be counted in 48 hours.", "48 hours", "2024-03-15"),
]

#: A count with thousands separators back from the publication date.
SEPARATED = [
    ("The temple was built 1,500 years ago.", "1,500 years ago", "0524"),
]

#: "ago" without a count within the day is the day itself ("years ago", "long ago" stay
#: untagged: tagging them as PAST_REF cost TimeBank's check half).
VAGUE_AGO = [
    ("The ferry left minutes ago.", "minutes ago", "2024-03-13"),
    ("The polls closed hours ago.", "hours ago", "2024-03-13"),
    ("The rain stopped a few hours ago.", "a few hours ago", "2024-03-13"),
    ("Moments ago the jury returned.", "Moments ago", "2024-03-13"),
]

#: A fraction of a unit back: months for years, days for months and weeks.
FRACTIONS = [
    ("The mine reopened two and a half years ago.", "two and a half years ago", "2021-09"),
    ("The road was resurfaced 1.5 weeks ago.", "1.5 weeks ago", "2024-03-03"),
]

#: "the past fortnight" is a stretch of two weeks, not "the past".
FORTNIGHT = [
    ("Prices rose over the past fortnight.", "the past fortnight", "P2W"),
    ("Rain fell for the last fortnight.", "the last fortnight", "P2W"),
]

#: A bare plural unit before "of" after a word of sequence: a stretch of unknown length.
STRETCHES = [
    ("After months of talks, the deal was signed.", "months", "PXM"),
    ("The pact follows years of feuding.", "years", "PXY"),
    ("The truce came after weeks of shelling.", "weeks", "PXW"),
    # "just"/"only" between the preposition and the unit
    ("The outage was fixed in just minutes.", "minutes", "PTXM"),
    ("Tickets sold out in only hours.", "hours", "PTXH"),
]


#: "the first/final/opening <units> of" something: a stretch of unknown length.
FIRST_UNITS = [
    ("Hundreds were detained in the first hours of the uprising.", "the first hours", "PTXH"),
    ("She spent the final months of her reign in exile.", "the final months", "PXM"),
    ("Two goals came in the opening minutes of the match.", "the opening minutes", "PTXM"),
]


#: A vague count before "later"/"earlier": a stretch of unknown length from the time under
#: discussion (TimeBank's DURATION), not a time ahead of the publication date.
VAGUE_LATER = [
    ("The mayor quit in 2019. A few days later, the council met.", "A few days later", "PXD"),
    ("Several years earlier, the firm had moved north.", "Several years earlier", "PXY"),
]


@pytest.mark.parametrize("text,span,value", AHEAD + SEPARATED + VAGUE_AGO + FRACTIONS + FORTNIGHT
                         + STRETCHES + FIRST_UNITS + VAGUE_LATER)
def test_offset(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation
