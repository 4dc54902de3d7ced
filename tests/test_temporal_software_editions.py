"""A four-digit number right after the name of a software line ("Excel 2010", "AutoCAD 2018",
"Visual Studio 2022") is the edition's name, not a year; the same word with a preposition or
other words between ("Windows sales peaked in 2009") leaves the year alone."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

EDITIONS = [
    "Our accountant still keeps the payroll in Excel 2010.",
    "The plans were drawn in AutoCAD 2018 by an intern.",
    "Install Visual Studio 2022 before building the project.",
    "The firm moved its mail to Exchange 2016 and kept the old archive.",
    "The slides open in PowerPoint 2013 without errors.",
    "Every laptop in the library runs Windows 2000 or newer.",
]

YEARS = [
    ("Windows sales peaked in 2009.", "2009", "2009"),
    ("The Office reopened in 2021 after repairs.", "2021", "2021"),
    ("Studio bosses said 2019 was their best year.", "2019", "2019"),
    ("Excel was launched for the Macintosh in 1985.", "1985", "1985"),
]


@pytest.mark.parametrize("text", EDITIONS)
def test_software_edition_is_no_year(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), YEARS)
def test_year_after_a_product_word_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]
