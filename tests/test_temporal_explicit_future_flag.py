"""A future reading judged explicit where its cue is read (``Tense.explicit``) sends a bare
weekday forward; a weaker future whose verb merely looks like a schedule verb does not."""

from __future__ import annotations

import pytest

from summarize.temporal.tense import clause_tense
from tests.test_temporal_helpers import mention

# DCT Saturday 2022-05-07: the Friday before is 05-06, the one after 05-13.
AHEAD = [
    ("The book fair runs from Friday in the old market hall.", "Friday", "2022-05-13"),
    ("The deadline passes on Friday for all applicants.", "Friday", "2022-05-13"),
    ("I have a dentist appointment on Tuesday.", "Tuesday", "2022-05-10"),
    ("new single drops fri", "fri", "2022-05-13"),
]
BEHIND = [  # modals and wishes are no explicit future: news report the past
    ("Prices could drop Friday, a trader said.", "Friday", "2022-05-06"),
    ("The ferry would run Friday, the operator said.", "Friday", "2022-05-06"),
    ("The bill might pass Tuesday, an aide said.", "Tuesday", "2022-05-03"),
]


@pytest.mark.parametrize(("text", "span", "value"), AHEAD + BEHIND)
def test_a_bare_weekday_goes_forward_only_on_an_explicit_future(text, span, value):
    assert mention(text, span).value == value


@pytest.mark.parametrize(("text", "span", "explicit"), [
    ("The book fair runs from Friday.", "Friday", True),
    ("I have a dentist appointment on Tuesday.", "Tuesday", True),
    ("The ferry would run Friday.", "Friday", False),
    ("The council will meet on Friday.", "Friday", False),  # explicit by its word, not the flag
])
def test_the_flag_is_set_where_the_cue_is_judged(text, span, explicit):
    start = text.index(span)
    tense = clause_tense(text, start, start + len(span))
    assert tense.label == "future"
    assert tense.explicit is explicit
