"""A page's "<date> Last updated at <clock> <zone>" stamp (and the "Help" link about times some
pages print after it) is furniture, cut before tagging; the same words inside a sentence stay.

Sentences written for this project (invented places and events).
"""

from __future__ import annotations

import pytest

from summarize.ingest.scraped import clean_scraped


@pytest.mark.parametrize(("text", "left"), [
    ("4 March 2024 Last updated at 06:15 GMT Help Ferry crews in Kelvan voted to strike .",
     "Ferry crews in Kelvan voted to strike ."),
    ("Friday , 12 April 2024 Last updated at 21:40 BST Help `` We will not move , '' a nurse said"
     " .", "`` We will not move , '' a nurse said ."),
    ("The harbour closed .\n9 May 2024 Updated at 08:05 GMT Tug crews met on Monday .",
     "The harbour closed .\nTug crews met on Monday ."),
    ("June 3 , 2024 Last updated at 7:30 PM EDT The council voted again .",
     "The council voted again ."),
    ("2 July 2024 Page last updated at 11:02 GMT Help Rain returned to the valley .",
     "Rain returned to the valley ."),
    # "Help" followed by a lower-case word is the article's own first word
    ("3 May 2024 Last updated at 09:12 GMT Help arrived too late for the valley .",
     "Help arrived too late for the valley ."),
])
def test_a_dated_update_stamp_is_cut(text: str, left: str) -> None:
    cleaned = clean_scraped(text)
    assert cleaned.text == left
    assert dict(cleaned.removed) == {"timestamp": 1}


@pytest.mark.parametrize("text", [
    # after a preposition the date belongs to a sentence
    "The board met on 3 May 2024 Last updated at 09:12 GMT the site showed nothing .",
    # lower case "last updated" with no date before it is prose
    "The map was last updated at 09:12 GMT , officials said .",
    # a date and "updated" without a clock time
    "On 3 May 2024 the list was updated again .",
])
def test_the_same_words_in_a_sentence_stay(text: str) -> None:
    assert clean_scraped(text).text == text
