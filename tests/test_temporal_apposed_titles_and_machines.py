"""Titles and model numbers that hold a time word (session 14): a capitalised "Summer of '69"
after a lower-case word that is no preposition, determiner or copula is a song's title; a Title
Case run between commas right after a work's noun is the work's title; four digits between a
maker's capitalised name (not opening the sentence) and a machine's noun are its model number.
The same forms as times stay."""

from __future__ import annotations

import pytest
from test_temporal_helpers import found

NO_TIME = [
    "He still hums Summer of '69 at every wedding.",
    "The pub band played Winter of '79 twice.",
    "she loves Summer of '99 more than any song",
    "Her debut novel, Late Spring, won the Tarrow prize.",
    "Their second album, Early Winter, sold well.",
    "The film, Last Summer, opens the festival.",
    "The Quillon 2010 tractor remains popular.",
    "The Corsa 1600 engine is a sturdy unit.",
    "He bought a Bexley 1800 chainsaw at the fair.",
    "Our old Marrick 2000 printer finally died.",
]


@pytest.mark.parametrize("text", NO_TIME)
def test_titles_and_model_numbers_are_no_times(text: str) -> None:
    assert found(text) == []


TIMES = [
    ("It was the Summer of '69 and the town was full.", "the Summer of '69"),
    ("We met in Summer of '69 at the fair.", "Summer of '69"),
    ("Summer of '69 was hot and dry.", "Summer of '69"),
    ("It was Summer of '69, and the town was full.", "Summer of '69"),
    ("Her novel, published Friday, won praise.", "Friday"),
    ("The film, late Friday, was pulled from cinemas.", "late Friday"),
    ("In 2010 tractor sales fell by a third.", "2010"),
    ("Sales of the 2010 tractor range rose.", "2010"),
    ("Nokia 2010 results disappointed investors.", "2010"),
    ("By 2010 engines were cleaner.", "2010"),
    ("Farmers said Tuesday 2010 tractor sales were weak.", "2010"),
    ("Crestwell 2019 tractor sales rose.", "2019"),
    ("A Ford 2010 model was stolen.", "2010"),
]


@pytest.mark.parametrize("text,span", TIMES)
def test_the_same_forms_as_times_stay(text: str, span: str) -> None:
    assert span in [t for t, _ in found(text)]
