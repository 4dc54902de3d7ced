"""Titles of works in running text (session 10): "Last"/"Next"/"This" capitalised before a
holiday after a lower-case word ("hummed Last Christmas"; a capitalised "The" so placed is left
alone, and a sentence run on without its point keeps its time); a capitalised colour before a
calendar word ("Red October", "Blue Monday"); a four-digit number before a colon and a title in
Title Case ("2001: A Space Odyssey was"), or after a verb of reading, watching or listening at
its clause's end ("listening to 1989 by ..."); a capitalised part of day after "at the" before a
capitalised word ("at the Midnight Bell"). DCT Saturday 2022-05-07."""

from __future__ import annotations

import pytest
from test_temporal_helpers import found

TITLES = [
    "The choir ended with Last Christmas and a bow.",
    "Her favourite carol is Next Christmas Morning, she told the reporter.",
    "The novel is a sequel to The Hunt for Red April, the publisher said.",
    "The club night always closes with Blue Friday played loud.",
    "1999: The Last Harvest was shown at the village hall.",
    "A battered copy of 2049: A Northern Saga sold at auction.",
    "She finally reread 1984 and hated it.",
    "We were listening to 1979 by the quartet from Kelso.",
    "kids keep watching 2012 again lol",
    "The darts final at the Midnight Anchor was won by a plumber.",
]


@pytest.mark.parametrize("text", TITLES)
def test_titles_in_running_text_are_no_time(text: str) -> None:
    assert found(text) == []


TIMES = [
    ("Last Christmas we drove to the coast.", ("Last Christmas", "2021-12-25")),
    ("come along This Saturday!", ("This Saturday", "2022-05-07")),
    ("Markets crashed on Black Monday, the veteran recalled.", ("Black Monday", "1987-10-19")),
    ("The ferry leaves at midnight, the captain said.", ("midnight", "2022-05-07T24:00")),
    ("Analysts read 2019 results as weak.", ("2019", "2019")),
    ("She has reread every page since 2019.", ("2019", "2019")),
    ("2019: the year the river froze", ("2019", "2019")),
]


@pytest.mark.parametrize("text,mention", TIMES)
def test_times_beside_titles_stay(text: str, mention: tuple) -> None:
    assert mention in found(text)


RUN_ON = [
    ("Crews need fuel and water The coming days will be hard.", "The coming days"),
    ("a reporter, Lyle Gant, science editor The next few weeks will tell.", "The next few weeks"),
    ("there is always hope The following day, rescuers found him.", "The following day"),
]


@pytest.mark.parametrize("text,span", RUN_ON)
def test_a_sentence_run_on_without_its_point_keeps_its_time(text: str, span: str) -> None:
    assert span in [t for t, _ in found(text)]
