"""A live page's entry times: four digits opening each entry, newest first, are clock times on
the publication date, not years (session 9, real-news audit of Timeline17 tune stories).
Pages written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2024, 3, 13)

STORM = ("Live: the storm over Carrow Bay. 2315 The coastguard says two boats are missing. "
         "2251 Winds reached 90 mph at Pellan Point, the weather office reports. "
         "2230 The ferry to Inchmore has been cancelled. "
         "2202 Our reporter in Carrow says streets are flooded.")
OVER_MIDNIGHT = ("0012 Power is back in Tolley. 2358 Crews reach the Orrin bridge. "
                 "2341 \"We are safe,\" a resident of Marl Street tells us. "
                 "2320 The river gauge at Branwick shows a record level.")
MORNING = ("0945 Polls open across Westmere. 0930 Queues form at Dunmore town hall. "
           "0912 The election office says turnout software is working.")



@pytest.mark.parametrize(("text", "expected"), [
    (STORM, [("2315", "TIME", "2024-03-13T23:15"), ("2251", "TIME", "2024-03-13T22:51"),
             ("2230", "TIME", "2024-03-13T22:30"),
             ("2202", "TIME", "2024-03-13T22:02")]),
    (OVER_MIDNIGHT, [("0012", "TIME", "2024-03-13T00:12"), ("2358", "TIME", "2024-03-13T23:58"),
                     ("2341", "TIME", "2024-03-13T23:41"),
                     ("2320", "TIME", "2024-03-13T23:20")]),
    (MORNING, [("0945", "TIME", "2024-03-13T09:45"), ("0930", "TIME", "2024-03-13T09:30"),
               ("0912", "TIME", "2024-03-13T09:12")]),
])
def test_entry_times_of_a_live_page(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, DCT, "text", "type", "value") == expected


@pytest.mark.parametrize("text", [
    # a chronology runs oldest first
    "1905 The Orrin bridge opened. 1910 The Tolley mill closed. 1914 War came to Carrow.",
    # a reverse chronology names no year to come
    "2012 The Branwick ferry sank. 2008 The pier burned. 2005 The harbour was dredged.",
    # two openings are no live page
    "2027 The Carrow line opens. 2026 The Tolley depot is finished.",
    # out of order
    "2026 The Tolley depot is finished. 2027 The Carrow line opens. "
    "2025 The Branwick survey ends.",
])
def test_years_opening_sentences_stay_years(text: str) -> None:
    tagged = found(text, DCT, "text", "type", "value")
    assert tagged and all(t == "DATE" and v == w for w, t, v in tagged), tagged

