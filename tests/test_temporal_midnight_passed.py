""""Midnight" after "since" or in a past clause, with no day of its own, is the midnight that
began the publication day (T00:00): the one ending it has not come yet (session 13, news).
Ahead or in the present it stays T24:00 of the day. Invented sentences; published Wednesday
13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, want", [
    ("Negotiations at the Brelford depot collapsed shortly after midnight.", "2024-03-13T00:00"),
    ("The Quarrington ferry crews walked out soon after midnight.", "2024-03-13T00:00"),
    ("Snow has fallen on the Tarvane pass since midnight.", "2024-03-13T00:00"),
    ("Firefighters said the barn fire began just before midnight.", "2024-03-13T00:00"),
    ("The Osterby toll bridge will reopen at midnight.", "2024-03-13T24:00"),
    ("The new parking charges take effect at midnight.", "2024-03-13T24:00"),
    ("Bars in Mellick may stay open until midnight tonight.", "2024-03-13T24:00"),
    ("The Dunmore count went on until midnight.", "2024-03-13T24:00"),
])
def test_midnight_passed_or_ahead(text: str, want: str) -> None:
    assert ("midnight", want) in [(m.text, m.value) for m in tag_text(text, DCT)]
