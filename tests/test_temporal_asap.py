""""asap"/"ASAP" is "as soon as possible", an open time ahead (FUTURE_REF), where it ends its
clause ("call me asap", "done ASAP."); before a noun it is an acronym's name ("the ASAP scheme")."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2019, 8, 15)

OPEN_TIMES = [
    ("text me back asap", "asap"),
    ("The council wants the potholes filled ASAP.", "ASAP"),
    ("pls send the form asap thx", "asap"),
]

NAMES = [
    "The ASAP scheme lost its funding.",
    "She chairs ASAP Housing Trust.",
]


@pytest.mark.parametrize(("text", "span"), OPEN_TIMES)
def test_asap_is_an_open_time_ahead(text: str, span: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, "FUTURE_REF")]


@pytest.mark.parametrize("text", NAMES)
def test_asap_before_a_noun_is_a_name(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []
