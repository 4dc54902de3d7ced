"""Texts with no time expression at all, full of things that look like one (ages, scores,
measures, prices, phone and model numbers, versions, addresses, names, verbs, ordinals): the
tagger finds (almost) nothing in them. A regression guard for precision on unseen text."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

NEWS = [
    "A 43-year-old ferry pilot was questioned by harbour police.",
    "The six-year-old girl was returned to her family unharmed.",
    "The mayor, who is 61 years old, thanked the volunteers.",
    "Drivers aged 70 and over must renew their licences.",
    "Rovers beat United 3-1 in front of a packed stadium.",
    "The home side won 2-0, and the visitors left empty-handed.",
    "The bridge spans 2000 metres across the estuary.",
    "The convoy drove 1500 kilometres through the desert.",
    "Rebels said 2000 dead soldiers lay in the valley.",
    "Some 1990 runners finished the course in the rain.",
    "Nearly 1800 new homes were approved by the council.",
    "Tickets cost $25 each, or £20 for students.",
    "The company paid $4.2 billion for the mine.",
    "Call the hotline on 555-0193 for advice.",
    "Readers can text 07700 900461 with their tips.",
    "The airline ordered twelve A380 jets and four Boeing 787 aircraft.",
    "The update to iOS 4 fixed the bug, engineers said.",
    "Version 2.1.5 of the app shipped with a new map.",
    "The office is at 14 Harbour Road, next to the bank.",
    "She lives at 221 Mill Lane with her brother.",
    "May Thompson, the union leader, spoke to the crowd.",
    "Students march through the square every time tuition rises.",
    "The Sun newspaper printed the photograph on its front page.",
    "He came second in the sprint and fourth in the relay.",
    "A second group of climbers set out from the base camp.",
    "The lab found minute traces of lead in the water.",
    "About a quarter of the delegates walked out.",
    "The committee voted five to four against the plan.",
    "Bookmakers made the challenger a ten to one outsider.",
    "The shop is open 24/7 and never closes its doors.",
    "Only 3/4 of the members voted for the motion.",
    "The G7 leaders met behind closed doors.",
    "Flight MH17 was brought down over farmland.",
    "The T-90 tank was hit by a drone.",
    "Article 5 of the treaty commits members to mutual defence.",
    "Route 66 attracts motorcyclists from all over the world.",
    "Unemployment rose to 7.5% from 7.2%.",
    "The index gained 112 points to close at 2,045.",
    "The plant produces 1200 megawatts of power.",
    "The ship carried 3000 tonnes of grain.",
    "The fund lost a third of its value.",
    "The council will march ahead with the plan regardless.",
    "An august body of judges heard the appeal.",
    "The jury took a fresh look at the evidence.",
    "Doctors said the patient may walk again.",
    "Fans sang loudly as the players warmed up.",
]

CONVERSATIONAL = [
    "lol that was the best game ever",
    "can you send me the file?",
    "we might go to the beach if it's sunny",
    "my brother is 25 and still lives at home",
    "the score was 4-2 when i left",
    "ok see you there",
    "this phone has 128 GB of storage",
    "i need 2 eggs and 500 g of flour",
    "he sat in the second row",
    "wait, which one do you mean?",
    "haha no way",
    "the sun is really bright here",
    "give me a minute to think about it",
    "it costs like 20 bucks",
    "our flat is on the 3rd floor",
    "we won three to one, can you believe it",
    "i may have left my keys in the car",
    "room 404 is at the end of the hall",
    "she's turning 30 and wants a big party",
    "my code is 2319, don't tell anyone",
]

DCT = date(2022, 5, 7)


def _spurious(texts: list[str]) -> list[tuple[str, str, str]]:
    return [(t, m.text, m.value) for t in texts for m in tag_text(t, DCT)]


def test_time_free_news_has_almost_no_mentions() -> None:
    found = _spurious(NEWS)
    assert len(found) <= 1, found


def test_time_free_conversation_has_almost_no_mentions() -> None:
    found = _spurious(CONVERSATIONAL)
    assert len(found) <= 1, found


#: A weekday, "Today" or a weekday's night that opens the name of a newspaper or a programme.
TITLES = [
    "The Sunday Times printed the leaked memo.",
    "According to USA Today, the deal fell through.",
    "The minister told the Today show he would resign.",
    "Monday Night Football drew record ratings.",
    "The Sunday Telegraph ran the story on its front page.",
    "A sketch on Saturday Night Live mocked the senator.",
]


@pytest.mark.parametrize("text", TITLES)
def test_names_of_papers_and_programmes_are_no_days(text: str) -> None:
    assert _spurious([text]) == []

