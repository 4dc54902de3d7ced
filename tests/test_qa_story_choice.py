"""``--story`` by label prefix: a prefix shared by several stories names the first five and says
how many more there are; an id wins over a prefix; a repeated choice counts once."""

from __future__ import annotations

import pytest

from summarize.storylines import Storyline, select_stories


def story(i: int, label: str) -> Storyline:
    return Storyline(id=f"s{i:02d}", label=label, articles=(f"a{i}",), sources=(), first=None,
                     last=None)


STORIES = [story(i, f"Harbour · strike {i}") for i in range(8)] + [story(8, "Ferry · fares")]


def test_an_ambiguous_prefix_names_five_and_counts_the_rest():
    with pytest.raises(ValueError) as err:
        select_stories(STORIES, ["harbour"])
    shown = ", ".join(f"s{i:02d} (Harbour · strike {i})" for i in range(5))
    assert str(err.value) == f"story 'harbour' is ambiguous: {shown} and 3 more"


def test_a_prefix_of_two_names_both_and_no_count():
    two = STORIES[:2]
    with pytest.raises(ValueError) as err:
        select_stories(two, ["Harb"])
    assert str(err.value) == ("story 'Harb' is ambiguous: s00 (Harbour · strike 0), "
                              "s01 (Harbour · strike 1)")


def test_ids_and_unique_prefixes_choose_each_story_once():
    chosen = select_stories(STORIES, ["ferry", "s03", "FERRY ·"])
    assert [s.id for s in chosen] == ["s08", "s03"]
    with pytest.raises(ValueError, match="no story 'tram'"):
        select_stories(STORIES, ["tram"])
