"""Time-free texts, session 14 round 2: a calendar word before a street's last word ("Pentecost
Mews"), opening a Title Case programme's name ("the Thursday Teatime Show"), a weekday after
"the" before a capitalised plural that names a band ("the Monday Otters played"), a title with
a possessive calendar word between commas after a work's noun ("her album, Saturday's Kite,
is"), four digits after "house number is" or between a maker and a household machine ("the
Brightway 1800 kettle"), a month opening its sentence that does something to "his" or "her"
("October fixed his bike"), and a weekday's "best" before clothes ("sunday best outfit") are no
times. The same forms as times stay."""

from __future__ import annotations

import pytest
from test_temporal_helpers import found

NO_TIME = [
    # a street's last word after a calendar word
    "The van was parked outside a house on Pentecost Mews.",
    "Neighbours on Thursday Wynd want a new crossing.",
    "She grew up on Easter Row in Dunmallow.",
    "The witness, of Pentecost Close, Brackenfold, gave evidence.",
    "A fox was seen near Saturday Walk again.",
    "The cafe on Christmas Parade serves soup.",
    "Families from Friday Green signed the petition.",
    "The bins on Monday Drive were left full.",
    # a programme's Title Case name
    "He hosts the Thursday Teatime Show on Radio Carrow.",
    "She won a kettle on the Friday Pub Quiz at the social club.",
    "Listeners rang the Monday Gardening Phone-In with questions.",
    "Listeners love the Saturday Soul Programme on Radio Carrow.",
    # a band or a team after "the" and a weekday
    "The promoter booked the Monday Otters, a trio from Lisburn.",
    "the drummer said the Saturday Gulls played a short set",
    "Fans of the Tuesday Herons queued round the block.",
    # a possessive title between commas after a work's noun
    "Her second album, Saturday's Kite, is full of ballads.",
    "His debut novel, Friday's Orchard, won the Tarrow prize.",
    "The film, Sunday's Harvest, opens the festival.",
    # numbers that name a place or a machine
    "our house number is 1998 so look for the green gate",
    "the flat number was 2014, top floor",
    "the door number is 2011, next to the shop",
    "the Brightway 1800 kettle broke again",
    "my mum swears by her Pelham 2000 vacuum",
    "a Harlow 1900 toaster for a fiver",
    # a weekday's "best" before clothes: the idiom's finery
    "monday best outfit for the interview 👗",
    "Sunday best shoes polished and ready",
    # a month that is a person
    "June's teaching her nephew to swim",
    "October fixed his bike all by himself",
    "June's packing her bags for uni",
    "August lost his phone on the bus",
    "April painted her room yellow!!",
]


@pytest.mark.parametrize("text", NO_TIME)
def test_names_in_time_free_texts_are_no_times(text: str) -> None:
    assert found(text) == []


TIMES = [
    ("The shops on the high street close Sunday and reopen Monday.", "Sunday"),
    ("We will walk Sunday if it stays dry.", "Sunday"),
    ("Voters go to the polls Thursday, green groups said.", "Thursday"),
    ("She will host the show on Monday evening.", "Monday evening"),
    ("The show airs Friday on the local channel.", "Friday"),
    ("He said the Friday Prayers drew a big crowd.", "Friday"),
    ("Officials said the Sunday Elections went ahead.", "Sunday"),
    ("The team played on Saturday and the fans were upset.", "Saturday"),
    ("Their album, out Tuesday, is her best.", "Tuesday"),
    ("The chairman said Sunday best suits the plan.", "Sunday"),
    ("We play Sunday, best of luck to the lads.", "Sunday"),
    ("Her new album, Tuesday, is out.", "Tuesday"),
    ("The number of visitors in 2016 was a record.", "2016"),
    ("Kettle sales rose in 2019, the report said.", "2019"),
    ("In 2000 kettles cost more.", "2000"),
    ("Last March saw her first win.", "Last March"),
    ("Late May brought her a win.", "Late May"),
    ("Profits fell in March, her spokesman said.", "March"),
    ("By March his team had won twice.", "March"),
    ("April's rainfall was the highest on record.", "April"),
    ("August was hot and dry.", "August"),
    ("Sales rose in March and her shop did well.", "March"),
    ("June passed the bill on to her colleagues.", "June"),
    ("In June, she passed her test.", "June"),
]


@pytest.mark.parametrize("text,span", TIMES)
def test_the_same_forms_as_times_stay(text: str, span: str) -> None:
    assert span in [t for t, _ in found(text)]
