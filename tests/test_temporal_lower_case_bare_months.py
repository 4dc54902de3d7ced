"""A lower-case "may", "march", "august" or a month's abbreviation with no day or year is a
month after a preposition of time when an edge follows ("paid 40 quid in march, now 60",
"since may.", "back in aug and"); before a word it may govern it stays a verb, a noun or an
adjective ("in may be", "from march organisers", "in august company"), and with no preposition
it is never a month (session 7, whole documents: posts). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2023, 8, 7)

TAGGED = [
    ("tickets were 40 quid in march, now they're 60", "march", "2023-03"),
    ("we camped there in may. never again", "may", "2023-05"),
    ("been waiting since march lol", "march", "2023-03"),
    ("the price went up in feb and again in june", "feb", "2023-02"),
    ("the price went up in feb and again in june", "june", "2023-06"),
    ("gym closed from march until may!", "march", "2023-03"),
]

UNTAGGED = [
    ("what's in may be worth a look", "may"),
    ("she was tired from march organisers shouting", "march"),
    ("it was in august company", "august"),
    ("they left in march to the square", "march"),
    ("you may go now", "may"),
    ("we march at noon", "march"),
]


@pytest.mark.parametrize(("text", "span", "value"), TAGGED)
def test_a_bare_lower_case_month_after_a_preposition(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}.get(span) == value


@pytest.mark.parametrize(("text", "span"), UNTAGGED)
def test_the_word_stays_a_word(text: str, span: str) -> None:
    assert span not in {m.text for m in tag_text(text, DCT)}
