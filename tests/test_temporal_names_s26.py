"""Session 26's holidays by country and words that are no times, found on the tune half of its
blind batches of posts, local news and wire copy; every sentence is written for this project.
Each table holds cases that failed on the code before the session and same-shape cases that
must keep their reading (the "must stay" rows)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.value) for m in tag_text(text, dct)}


# --- holidays: lower-case names, abbreviations, bank holidays, countries' days -----------------
HOLIDAYS = [
    # Scotland's New Year's Eve in a post's lower case; a post's New Year's Day
    ("Cabs booked solid for hogmanay, fares double after midnight", date(2023, 12, 30),
     [("hogmanay", "2023-12-31")]),
    ("hogmanay ceilidh tickets nearly gone 🎆", date(2022, 12, 20), [("hogmanay", "2022-12-31")]),
    ("Open NYE till late and NYD from noon 🍾", date(2022, 12, 28),
     [("NYE", "2022-12-31"), ("NYD", "2023-01-01")]),
    ("closed nyd, back on the 2nd", date(2021, 12, 29), [("nyd", "2022-01-01")]),
    # England's bank holidays of late May and of August: the last Monday of the month
    ("The works in Leeds should end before the August bank holiday, the council said.",
     date(2023, 6, 1), [("the August bank holiday", "2023-08-28")]),
    ("Tickets go on sale after the August Bank Holiday.", date(2019, 5, 2),
     [("the August Bank Holiday", "2019-08-26")]),
    ("The cafe opens daily from the late May bank holiday.", date(2023, 5, 3),
     [("the late May bank holiday", "2023-05-29")]),
    # South Africa's Human Rights Day (21 March) and Family Day (Easter Monday) where the story
    # is South African; the UN's Human Rights Day elsewhere
    ("The library in Soweto will be closed on Monday for Human Rights Day.", date(2022, 3, 17),
     [("Human Rights Day", "2022-03-21"), ("Monday", "2022-03-21")]),
    ("Clinics in Durban will close on Good Friday and Family Day, the province said.",
     date(2022, 4, 5), [("Good Friday", "2022-04-15"), ("Family Day", "2022-04-18")]),
    ("Gauteng's taxi ranks expect long queues. Most offices shut on Family Day.",
     date(2019, 4, 10), [("Family Day", "2019-04-22")]),
    # New Zealand's Labour Day (the fourth Monday of October), the country named a sentence
    # before too
    ("Traffic in Wellington was heavy ahead of the Labour Day weekend.", date(2021, 10, 20),
     [("the Labour Day weekend", "2021-W42-WE")]),
    ("The ferry left Auckland at dawn. Crews expect crowds over the Labour Day weekend.",
     date(2016, 10, 18), [("the Labour Day weekend", "2016-W42-WE")]),
    ("Toronto's beaches stay open until Labour Day, the city said.", date(2022, 7, 4),
     [("Labour Day", "2022-09-05")]),
    # a headline's bare "Weekend" after a capitalised preposition of time
    ("Storm Warnings Stay in Place Through Weekend\n\nRain fell again on Tuesday.",
     date(2021, 10, 20), [("Weekend", "2021-W42-WE")]),
    ("Gales to Ease Over Weekend", date(2020, 2, 5), [("Weekend", "2020-W06-WE")]),
    # must stay: another country's or no place's default; Canada's February Family Day
    ("May Day rallies in Berlin marked Labour Day.", date(2022, 4, 28),
     [("Labour Day", "2022-05-01")]),
    ("Skating in Ottawa is free on Family Day.", date(2022, 2, 1), [("Family Day", "2022-02-21")]),
    ("Activists marched in Geneva on Human Rights Day.", date(2021, 12, 1),
     [("Human Rights Day", "2021-12-10")]),
    ("The shop shuts for the May bank holiday.", date(2023, 4, 20),
     [("the May bank holiday", "2023-05-01")]),
    ("Rain to Last Through the Weekend", date(2020, 2, 5), [("the Weekend", "2020-W06-WE")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), HOLIDAYS)
def test_holidays_by_name_and_country(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- words that are no times ---------------------------------------------------------------
NOT_TIMES = [
    # a road's number
    ("A tanker overturned on Ranch Road 2019 near the creek.", date(2021, 10, 20), "2019"),
    ("Crews reopened County Road 1998, the sheriff said.", date(2021, 10, 20), "1998"),
    # a rocket's model
    ("The probe flew on a Long March 2D rocket from the desert base.", date(2021, 10, 20),
     "March 2"),
    ("The crew rode a Long March 7A launcher into orbit.", date(2021, 10, 20), "March 7"),
    # a programme's name heading a transcript
    ("BBC THE WORLD TONIGHT  JOHN DOE, PRESENTER: Good evening.", date(2021, 10, 20),
     "TONIGHT"),
    ("RTE THE WORLD TODAY\n\nANNA BYRNE, HOST: Markets fell.", date(2021, 10, 20), "TODAY"),
    # "the day" opening a compound, its possessive too
    ("The friends of the hospice raised £9,000 for the day room's new chairs.",
     date(2021, 10, 20), "the day"),
    ("Parents paid for the day trip's coach.", date(2021, 10, 20), "the day"),
    # a count before "weekend" and a plural noun: a count of things
    ("It is the second of four weekend closures on the line.", date(2021, 10, 20),
     "four weekend"),
    ("Nurses now work two weekend shifts a month.", date(2021, 10, 20), "two weekend"),
    # "overnight" before a noun of works
    ("Overnight road closures will start on Monday.", date(2021, 10, 20), "Overnight"),
    ("The council plans overnight resurfacing works on the bypass.", date(2021, 10, 20),
     "overnight"),
    # a holiday naming the kind of event a day of its own dates
    ("The fair will run a Christmas market on Saturday 11 December.", date(2021, 11, 14),
     "Christmas"),
    ("The paper prints an Easter edition on Thursday.", date(2022, 4, 5), "Easter"),
    # a lower-case holiday naming a street
    ("the bins on hogmanay street are overflowing again", date(2023, 11, 10), "hogmanay"),
    ("new flats going up on christmas close 🙄", date(2023, 11, 10), "christmas"),
    # a song's length in brackets before "of"
    ("the band nailed Stairway (8:02 of bliss) last night", date(2021, 10, 20), "8:02"),
]


@pytest.mark.parametrize(("text", "dct", "span"), NOT_TIMES)
def test_words_that_are_no_times(text, dct, span) -> None:
    assert span not in _found(text, dct)


STAYS = [
    ("In 1987 Wall Street crashed.", date(2021, 10, 20), "1987", "1987"),
    ("The Harbour Road 2011 flood cost millions.", date(2021, 10, 20), "2011", "2011"),
    ("The launch is set for March 4 at the coast.", date(2021, 1, 20), "March 4", "2021-03-04"),
    ("Floods Hit Coast Today\n\nRain fell.", date(2021, 10, 20), "Today", "2021-10-20"),
    ("They met the day patients were moved.", date(2021, 10, 20), "the day", "2021-10-20"),
    ("The festival ran for three weekends.", date(2021, 10, 20), "three weekends", "P3WE"),
    ("Rain fell overnight and repairs began.", date(2021, 10, 20), "overnight", "2021-10-19TNI"),
    ("The shop shuts on Christmas Day.", date(2021, 11, 14), "Christmas Day", "2021-12-25"),
    ("They held a party on Christmas Eve.", date(2021, 11, 14), "Christmas Eve", "2021-12-24"),
    ("xmas street party tonight!!", date(2023, 11, 10), "xmas", "2023-12-25"),
    ("Gig starts (8:30) at the pub", date(2021, 11, 14), "8:30", "2021-11-14T20:30"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), STAYS)
def test_times_that_stay(text, dct, span, value) -> None:
    assert _found(text, dct).get(span, (None, None))[1] == value
