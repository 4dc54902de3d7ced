"""What may stand in a briefing: statements of what happened, never a reader's comment, a
question, a bare quote, a byline or a list fragment (sentences written for this project)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.summary import summary_worthy
from summarize.timeline import DatedSentence


def _sentence(text: str) -> DatedSentence:
    return DatedSentence("a", 0, 0, len(text), text, "Harbour Wire", date(2024, 5, 4), "mention")


@pytest.mark.parametrize("text", [
    "Dock workers at Port Valmora walked out on Monday , closing all 18 berths .",
    "The union said its members would stay out until the terminal company improves its offer .",
    "The US transport secretary said the strike had cost exporters 40 million crowns .",
    "The union leader said on Saturday that `` we will stay out as long as it takes '' .",
    "Obama - style rallies were held in Kelvan on 4 May as the strike entered its second week .",
    "Mediator Arvid Kessler said on 3 May that both sides had agreed to meet face to face .",
])
def test_statements_of_what_happened_are_worthy(text: str) -> None:
    assert summary_worthy(_sentence(text))


@pytest.mark.parametrize("text", [
    "Is it just me or has this strike gone on for far too long now ??",          # question
    "Why does the government not simply order the dockers back to work today ?",
    "I think the dockers are right and the company should pay them what they ask .",  # chatter
    "You people have no idea what it is like to live in Port Valmora these days .",
    "We have heard all of this before from the port company and nothing ever changes .",
    "Tom Bell May 4 , 2024 at 2:20 pm | Reply The strike has to end some time soon .",
    "Posted by : quayside22 | May 7 , 2024 9:02 AM | Report abuse Pay them what they ask .",
    "3 May : Dockers walk out at Port Valmora as talks with the terminal company collapse",  # list
    "- Dockers walk out at Port Valmora as talks with the terminal company collapse",
    "`` They can sack us all if they like , we are not going back , '' he said .",  # bare quote
    "Short fragment here .",
])
def test_comments_questions_lists_and_quotes_are_not(text: str) -> None:
    assert not summary_worthy(_sentence(text))
