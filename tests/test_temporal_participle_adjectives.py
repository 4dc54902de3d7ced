"""A past participle right after a determiner is an adjective of the noun ("the damaged bridge",
"a delayed report"), not the clause's past verb: the verb before it decides the tense
("Crews will reopen the damaged bridge Friday" looks ahead). Publication date Wednesday 13 March
2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

CASES = [
    ("Crews will reopen the damaged bridge Friday.", "Friday", "2024-03-15"),
    ("Officials plan to reopen the flooded station Monday.", "Monday", "2024-03-18"),
    ("The side will replay the abandoned fixture on Sunday.", "Sunday", "2024-03-17"),
    ("Engineers will inspect the repaired dam in October.", "October", "2024-10"),
    ("Visitors can tour a restored signal box in June.", "June", "2024-06"),
    ("She is visiting the renovated museum Saturday.", "Saturday", "2024-03-16"),
    # a participle that is the verb stays one, and a relative "that" leads a verb
    ("The ferry was delayed Monday by fog.", "Monday", "2024-03-11"),
    ("The storm that flooded the valley struck Tuesday.", "Tuesday", "2024-03-12"),
    ("Police arrested the suspected arsonist Tuesday.", "Tuesday", "2024-03-12"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_a_participle_after_a_determiner_is_no_verb(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation
