"""British news forms (session 13): "<weekday> fortnight" is two weeks after the coming
weekday, as "<weekday> week" is one; a commercial letter's "the 4th prox." (next month),
"the 3rd inst." (this month), "the 28th ult." (last month); Hogmanay is 31 December.
Invented sentences; published Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("The Brannock inquest was adjourned to Monday fortnight.", "Monday fortnight",
     "2024-04-01"),
    ("The Corrie Hall jumble sale is on Saturday fortnight.", "Saturday fortnight",
     "2024-03-30"),
    ("The Tollan committee meets Wednesday fortnight.", "Wednesday fortnight", "2024-04-03"),
    ("We shall deliver the timber on the 9th prox.", "the 9th prox.", "2024-04-09"),
    ("Yours of the 2nd inst. is to hand.", "the 2nd inst.", "2024-03-02"),
    ("Your order of the 27th ult. was shipped from Leith.", "the 27th ult.", "2024-02-27"),
    ("Payment falls due on the 15th proximo, the agent wrote.", "the 15th proximo",
     "2024-04-15"),
    ("The Brecklow pipers play the square at Hogmanay.", "Hogmanay", "2024-12-31"),
])
def test_british_news_forms(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text", [
    "The 3rd instant coffee stall opened in the arcade.",
    "She came 5th ultimately, behind two Orkney runners.",
])
def test_no_letter_month(text: str) -> None:
    assert not [m for m in tag_text(text, DCT) if "inst" in m.text or "ult" in m.text]
