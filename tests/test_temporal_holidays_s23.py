"""Session 23's holidays: a country's date for a shared name told beside the publication date,
the Eids' transliterations, national days of one country's calendar, the year of a holiday
the library lists only from a later year, and "the" before a name whose head is a common noun.
Every sentence is written for this project; each table holds cases that fail on the code
before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

from summarize.temporal import tag_text

# --- a country's date for a shared name, told beside the publication date ------------------
BESIDE_THE_DAY = [
    # Pakistan's Independence Day is 14 August, India's 15 August, the default 4 July
    ("Schools in Lahore hoisted flags for Independence Day today.", date(2021, 8, 14),
     "Independence Day", "2021-08-14"),
    ("The governor will address cadets on Independence Day tomorrow.", date(2019, 8, 14),
     "Independence Day", "2019-08-15"),
    ("Tomorrow is Heritage Day, and the braai stands are sold out.", date(2019, 9, 23),
     "Heritage Day", "2019-09-24"),
    ("happy independence day 🇵🇰 shop shut, see u all monday", date(2020, 8, 14),
     "independence day", "2020-08-14"),
    # Canada's Thanksgiving (second Monday of October), not the US's in November
    ("happy thanksgiving from our porch 🍂 the library is shut today", date(2021, 10, 11),
     "thanksgiving", "2021-10-11"),
    # Bangladesh's Victory Day, 16 December; the default is Russia's 9 May
    ("Dhaka will mark Victory Day tomorrow with a march past.", date(2015, 12, 15),
     "Victory Day", "2015-12-16"),
    # New Zealand's Labour Day, the fourth Monday of October
    ("happy labour day to everyone on the night shift", date(2021, 10, 25),
     "labour day", "2021-10-25"),
    # a day of Eid as one country keeps it, with a blessing
    ("eid mubarak from all of us, the bakery reopens thursday", date(2023, 4, 21),
     "eid", "2023-04-21"),
    # must stay: the default country's date, and no cue of the day
    ("happy independence day, fireworks at the pier tonight", date(2022, 7, 4),
     "independence day", "2022-07-04"),
    ("Fireworks lit the harbour on Independence Day.", date(2021, 8, 20),
     "Independence Day", "2021-07-04"),
    ("Turkey prices rose before Thanksgiving, the grocer said today.", date(2021, 10, 11),
     "Thanksgiving", "2021-11-25"),
    ("Veterans laid wreaths on Victory Day.", date(2015, 5, 20), "Victory Day", "2015-05-09"),
    # must stay: a "tomorrow" of the sentence that is not the holiday's
    ("Tomorrow the council reviews what the Independence Day fireworks cost.",
     date(2019, 8, 14), "Independence Day", "2019-07-04"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), BESIDE_THE_DAY)
def test_a_country_date_beside_the_publication_date(text, dct, span, value) -> None:
    assert _found(text, dct).get(span) == ("DATE", value)


# --- the Eids' transliterations and Nigeria's "Sallah" --------------------------------------
EIDS = [
    ("Traders in Kano closed early for Eid-el-Fitr.", date(2019, 6, 10), "Eid-el-Fitr",
     "2019-06-04"),
    ("Prayers for Eid-ul-Fitr filled the stadium.", date(2018, 6, 20), "Eid-ul-Fitr",
     "2018-06-15"),
    ("Markets were busy ahead of Eid ul Fitr.", date(2018, 6, 20), "Eid ul Fitr", "2018-06-15"),
    ("Goat prices climbed before Eid-ul-Adha.", date(2018, 8, 30), "Eid-ul-Adha", "2018-08-21"),
    ("Rams were sold for Eid-el-Kabir in Ibadan.", date(2018, 8, 30), "Eid-el-Kabir",
     "2018-08-21"),
    ("Bus parks filled as workers left Abuja for Sallah.", date(2018, 6, 20), "Sallah",
     "2018-06-15"),
    ("cousins all travelling home for eid 🌙", date(2018, 9, 1), "eid", "2018-08-21"),
    ("eid shopping done, the kids are buzzing", date(2018, 6, 13), "eid", "2018-06-15"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), EIDS)
def test_eid_spellings(text, dct, span, value) -> None:
    assert _found(text, dct).get(span) == ("DATE", value)


def test_eid_in_capitals_is_an_acronym() -> None:
    assert _found("The EID scheme issues cards to farmers.", date(2018, 6, 13)) == {}


def test_a_capitalised_eid_alone_is_left_out() -> None:
    # it cost a blind check batch of posts (session 23); its full names are read
    assert _found("Families travelled home for Eid.", date(2018, 9, 1)) == {}


# --- national days one country's calendar holds -------------------------------------------
NATIONAL_DAYS = [
    ("Braai fires were lit across Durban on Heritage Day.", date(2019, 10, 2), "Heritage Day",
     "2019-09-24"),
    ("Voters queued in Soweto before Freedom Day.", date(2019, 5, 6), "Freedom Day",
     "2019-04-27"),
    ("no choir practice tmrw because of freedom day", date(2022, 4, 26), "freedom day",
     "2022-04-27"),
    ("soaking up the last of labour day, school run tmrw", date(2020, 9, 7), "labour day",
     "2020-09-07"),
    ("The Kremlin rehearsed the Victory Day parade.", date(2019, 5, 2), "Victory Day",
     "2019-05-09"),
    ("Workers marched through Lagos on Labour Day.", date(2017, 5, 3), "Labour Day",
     "2017-05-01"),
    ("We are shut for the May bank holiday, back Tuesday.", date(2019, 5, 3),
     "the May bank holiday", "2019-05-06"),
    ("the cafe is shut for the may bank holiday x", date(2021, 4, 30), "the may bank holiday",
     "2021-05-03"),
    ("Rowers trained hard for the Dragon Boat Festival.", date(2019, 6, 12),
     "Dragon Boat Festival", "2019-06-07"),
    ("Mooncakes sold out before the Mid-Autumn Festival.", date(2019, 9, 20),
     "Mid-Autumn Festival", "2019-09-13"),
    # Holy Week: the ISO week from Holy Monday to Easter Sunday
    ("Pilgrims crowded the shrine during Holy Week.", date(2019, 4, 25), "Holy Week",
     "2019-W16"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), NATIONAL_DAYS)
def test_national_days(text, dct, span, value) -> None:
    assert _found(text, dct).get(span) == ("DATE", value)


#: must stay: lower-case phrases that are holidays only on a day a country keeps them, and a
#: modal "may"
NOT_HOLIDAYS = [
    ("finally done with exams, it's freedom day for me", date(2022, 3, 10)),
    ("every day is labour day when you own a farm", date(2022, 3, 10)),
    ("victory day for the under 12s, 3-0 at home", date(2022, 3, 10)),
    ("you may bank holiday pay into the savings pot", date(2022, 3, 10)),
]


@pytest.mark.parametrize(("text", "dct"), NOT_HOLIDAYS)
def test_lower_case_phrases_off_the_day(text, dct) -> None:
    assert not any(m.rule == "holiday" for m in tag_text(text, dct))


# --- the text's year for a holiday the library lists only from a later year ----------------
LIBRARY_GAPS = [
    ("Crowds in Nyeri cheered on Madaraka Day.", date(2006, 6, 5), "Madaraka Day",
     "2006-06-01"),
    ("The president spoke at a rally on Mashujaa Day.", date(2005, 10, 25), "Mashujaa Day",
     "2005-10-20"),
    # must stay: a year the library lists
    ("Crowds in Nyeri cheered on Madaraka Day.", date(2016, 6, 5), "Madaraka Day",
     "2016-06-01"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), LIBRARY_GAPS)
def test_year_of_a_holiday_the_library_lists_later(text, dct, span, value) -> None:
    assert _found(text, dct).get(span) == ("DATE", value)


# --- "the" before a name whose head is a common noun --------------------------------------
DETERMINERS = [
    ("Roads will be busy over the May bank holiday.", "the May bank holiday", "2016-05-02"),
    # must stay: "the" before a name ending in "Festival" stays out (a check half keys it so),
    # and before a one-word name it is the following noun's
    ("Trains were packed for the Spring Festival.", "Spring Festival", "2016-02-08"),
    ("Sales over the Christmas holiday were flat.", "Christmas", "2015-12-25"),
    ("Lanterns went up for Chinese New Year.", "Chinese New Year", "2016-02-08"),
    ("Factories close for the Lunar New Year holiday.", "Lunar New Year", "2016-02-08"),
]


@pytest.mark.parametrize(("text", "span", "value"), DETERMINERS)
def test_the_before_a_common_noun_name(text, span, value) -> None:
    assert _found(text, date(2016, 1, 20)).get(span) == ("DATE", value)


def test_the_stays_out_before_a_festival_that_is_no_holiday() -> None:
    assert _found("Crowds came for the Easter Festival in Leeds.", date(2016, 1, 20)) == {}
