"""A weekday after "by"/"until" in a condition ("if", "unless") whose consequence a modal states
before it ("said it would walk out again if the firm did not drop its plan by Friday") is a
deadline ahead, even in the reported past's "did not"; a cause told in the past and a
pluperfect condition keep the past (session 12, newswire). Published Tuesday 29 Nov 2011."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2011, 11, 29)


@pytest.mark.parametrize(("text", "expected"), [
    ("The dockers' union said it would walk out again from Monday if the firm, Parrow "
     "Freight, did not drop its plan by Friday.",
     [("Monday", "2011-12-05"), ("Friday", "2011-12-02")]),
    ("Ministers warned that talks would end unless the rebels disarmed by Thursday.",
     [("Thursday", "2011-12-01")]),
    # past
    ("The union walked out because the firm did not drop its plan by Friday.",
     [("Friday", "2011-11-25")]),
    ("He said the firm would have paid if it had signed by Friday.",
     [("Friday", "2011-11-25")]),
])
def test_conditional_deadlines(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected
