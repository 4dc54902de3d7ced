"""Calendar words inside the names of places, organisations and people (session 10): after a
word that opens a place's name ("Fort", "Mount", "Lake", "Port", "Cape"...; not after another
capitalised word: "Pine Lake Monday" is a lake and a date), after a place's noun and "of" ("the
Isle of May"), before a place's or an organisation's last word ("Easter Quay", "the September
Group"), after a trade before a surname ("the actor Tuesday Marlowe"), after a title ("Nurse
August") or a given name ("Ada Friday"). DCT Saturday 2022-05-07."""

from __future__ import annotations

import pytest
from test_temporal_helpers import found

NAMES = [
    "The garrison at Fort Thursday was moved inland.",
    "Hikers were rescued from Mount Sunday after dark fell.",
    "Anglers camp beside Lake Friday with their dogs.",
    "The ferry to Port Monday was cancelled.",
    "The lighthouse keeper at Cape August retired.",
    "Seals were counted on the Isle of March by volunteers.",
    "Shoppers in the town of May welcomed the new bakery.",
    "Police from Wednesday Valley station attended the crash.",
    "A crane toppled at Christmas Quay.",
    "The stalls at Saturday Market sell cheese and rope.",
    "The October Group advises shipping firms.",
    "The November Trust restored the old mill.",
    "The actor Thursday Brennan signed copies of her memoir.",
    "The striker Sunday Okorie scored twice.",
    "Nurse December was thanked by the patients.",
    "Judge April dismissed the appeal.",
    "Professor Ada Monday lectures on geology.",
    "The letters of Noel Easter, a grocer, were donated to the archive.",
]


@pytest.mark.parametrize("text", NAMES)
def test_calendar_words_in_names_are_no_time(text: str) -> None:
    assert found(text) == []


TIMES = [
    ("Divers searched Pine Lake Monday for the missing kayak.", ("Monday", "2022-05-02")),
    ("In March Group sales rose by a tenth.", ("March", "2022-03")),
    ("The actor arrived on Thursday for the premiere.", ("Thursday", "2022-05-05")),
    ("The striker Ada Lund Saturday scored twice.", ("Saturday", "2022-05-07")),
    ("Flights to the Isle of Skye resume in May.", ("May", "2022-05")),
    ("The council met on Friday at Fort Kelso.", ("Friday", "2022-05-06")),
]


@pytest.mark.parametrize("text,mention", TIMES)
def test_calendar_words_beside_names_stay_times(text: str, mention: tuple) -> None:
    assert mention in found(text)
