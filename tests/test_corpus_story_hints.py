"""Undated articles get story hints only when some article is dated (no numpy otherwise)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

from summarize.corpus import _story_hints, analyse_articles
from summarize.models import Article

UNDATED = Article("u1", "Floods close Harwick Bridge",
                  "Engineers from Delmore Water said the Harwick Bridge over the Tarrow would "
                  "stay shut after the Tarrow flooded Harwick.")


def _dated(day: int) -> Article:
    return Article(f"d{day}", "Harwick Bridge flood",
                   "The Tarrow flooded Harwick and Delmore Water shut the Harwick Bridge.",
                   published=datetime(2024, 3, day))


def test_without_a_dated_article_every_hint_is_empty() -> None:
    tagged = analyse_articles([UNDATED])
    assert _story_hints([UNDATED, UNDATED], tagged) == [(), ()]


def test_dated_articles_of_the_same_story_are_the_hints() -> None:
    other = Article("o", "Quillon airport strike", "Porters at Quillon Airport walked out over "
                    "pay, Quillon Airport said.", published=datetime(2024, 3, 20))
    tagged = analyse_articles([_dated(12), _dated(13), other])
    (hints,) = _story_hints([UNDATED], tagged)
    assert sorted(hints) == [date(2024, 3, 12), date(2024, 3, 13)]


def test_a_lone_undated_article_does_not_load_the_story_index() -> None:
    code = ("import sys; from summarize.corpus import analyse_articles; "
            "from summarize.models import Article; "
            "t = analyse_articles([Article('a', 'T', 'The council met on Tuesday.')]); "
            "print([m.value for m in t[0].mentions], 'summarize.stories' in sys.modules, "
            "'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["['XXXX-WXX-2']", "False", "False"]
