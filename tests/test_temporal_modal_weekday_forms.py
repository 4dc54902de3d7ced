"""A weekday after a weaker modal ("could", "would", "might") follows one rule whatever comes
with it: a part of day, a clock time before or after, a time zone. Bare, it is the last such
day (the written weekday rule); after "on" or "by", the coming one (session 10, round 2: pins
that "could start returning Friday morning" reads as "could start returning Friday")."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 14)  # a Thursday

FORMS = ["Friday", "Friday morning", "Friday night", "Friday at 9 a.m.", "9 a.m. Friday",
         "9 a.m. EDT Friday", "Friday at 9 a.m. EDT", "late Friday"]
ON_FORMS = ["on Friday", "on Friday morning", "by Friday", "by Friday morning"]
MODALS = ["could start returning to the Marl estate", "would reopen the Esk ferry",
          "might lift the Pell curfew"]


def _day(modal: str, form: str) -> str:
    """The day (YYYY-MM-DD) of the one time found in "Officials <modal> <form>."."""
    found = tag_text(f"Officials {modal} {form}.", DCT)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0].value[:10]


@pytest.mark.parametrize("modal", MODALS)
@pytest.mark.parametrize("form", FORMS)
def test_bare_forms_follow_the_bare_weekday(modal: str, form: str) -> None:
    assert _day(modal, form) == _day(modal, "Friday") == "2024-03-08"


@pytest.mark.parametrize("modal", MODALS)
@pytest.mark.parametrize("form", ON_FORMS)
def test_forms_after_on_or_by_look_ahead(modal: str, form: str) -> None:
    assert _day(modal, form) == "2024-03-15"
