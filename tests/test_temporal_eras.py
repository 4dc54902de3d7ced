"""Era day counts ("day 73 of the war"), TOML era files and learning eras from dated text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_temporal_helpers import mention

from summarize.temporal import BUILTIN_ERAS, Era, learn_eras, load_eras, tag_text

STRIKE = Era("teachers' strike", date(2024, 3, 1), ("the strike",))


@pytest.mark.parametrize("text,span,value", [
    ("It was day 73 of the war in Ukraine.", "day 73 of the war in Ukraine", "2022-05-07"),
    ("The war in Ukraine is now on its 73rd day.", "its 73rd day", "2022-05-07"),
    ("Kyiv marked the 100th day of the special military operation.",
     "the 100th day of the special military operation", "2022-06-03"),
    ("In Ukraine, day 1 of the war was chaos.", "day 1 of the war", "2022-02-24"),
])
def test_builtin_era_day_counts(text: str, span: str, value: str) -> None:
    for dct in (date(2022, 5, 7), None):
        m = mention(text, span, dct=dct)
        assert (m.value, m.anchor, m.anchor_value) == (value, "era", "2022-02-24")


def test_generic_alias_needs_context() -> None:
    assert all(m.anchor != "era" for m in tag_text("It was day 5 of the war.", None))


def test_user_era() -> None:
    m = mention("Schools stayed shut on the 12th day of the strike.",
                "the 12th day of the strike", dct=None, eras=[STRIKE])
    assert (m.value, m.anchor) == ("2024-03-12", "era")


def test_since_the_start_of_a_known_era() -> None:
    m = mention("Since the start of the conflict in Ukraine, prices doubled.",
                "the start of the conflict", dct=None)
    assert m.value == "2022-02-24"


def test_unknown_era_with_dct_takes_the_sentence_date_and_is_learnable() -> None:
    found = tag_text("Schools stayed shut on the 12th day of the strike.", date(2024, 3, 12))
    [m] = [m for m in found if m.rule.startswith("era_day")]
    assert (m.value, m.anchor) == ("2024-03-12", "dct")
    [era] = learn_eras(found)
    assert era.start == date(2024, 3, 1)
    again = mention("Day 20 of the strike brought talks.", "Day 20 of the strike", dct=None,
                    eras=[era])
    assert again.value == "2024-03-20"


def test_unknown_era_without_dct_is_underspecified() -> None:
    m = mention("Day 5 of the siege began.", "Day 5 of the siege", dct=None)
    assert (m.value, m.interval) == ("XXXX-XX-XX", None)


def test_load_eras_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "eras.toml"
    path.write_text('[[era]]\nname = "Siege"\nstart = "2022-03-01"\n'
                    'phrases = ["the siege of Mariupol"]\naliases = ["the siege"]\n'
                    'context = ["Mariupol"]\n', encoding="utf-8")
    [era] = load_eras(path)
    assert era == Era("Siege", date(2022, 3, 1), ("the siege of Mariupol",), ("the siege",),
                      ("Mariupol",))
    m = mention("In Mariupol, on the 9th day of the siege, water ran out.",
                "the 9th day of the siege", dct=None, eras=[era])
    assert m.value == "2022-03-09"


@pytest.mark.parametrize("content", ["[[era]]\nname = 'x'\n", "not toml = = ",
                                     "[[era]]\nname='x'\nstart='yesterday'\n"])
def test_load_eras_rejects_bad_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError):
        load_eras(path)


def test_builtin_registry_has_the_invasion_of_ukraine() -> None:
    assert any(e.start == date(2022, 2, 24) and "the special military operation" in e.phrases
               for e in BUILTIN_ERAS)
