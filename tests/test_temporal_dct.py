"""Inferring the publication date from the text, and checking metadata against it."""

from __future__ import annotations

from datetime import date, datetime

from summarize.temporal import infer_dct


def test_given_overrides_everything() -> None:
    info = infer_dct("Today, Saturday, May 7, 2022.", metadata=datetime(2020, 1, 1),
                     given=date(2021, 1, 1))
    assert (info.value, info.source, info.confidence) == (date(2021, 1, 1), "given", 1.0)


def test_full_date_near_the_top_and_weekday_apposition() -> None:
    info = infer_dct("KYIV, May 6, 2022 - Today, Saturday, the army said it advanced.")
    assert (info.value, info.source) == (date(2022, 5, 7), "inferred")
    assert any("Saturday" in e for e in info.evidence)


def test_yesterday_friday_means_a_saturday_dct_with_corpus_hint() -> None:
    info = infer_dct("Yesterday, Friday, the army attacked.",
                     corpus_hint=[date(2022, 5, 6), date(2022, 5, 8)])
    assert info.value == date(2022, 5, 7)


def test_era_day_count_dates_the_article() -> None:
    info = infer_dct("Today is day 73 of the war in Ukraine.")
    assert info.value == date(2022, 5, 7)


def test_metadata_kept_but_conflict_reported_with_both_sides() -> None:
    info = infer_dct("Today, Saturday, the army said.", metadata=datetime(2022, 5, 6, 9))
    assert (info.value, info.source) == (date(2022, 5, 6), "metadata")
    assert len(info.conflicts) == 1
    assert "Friday" in info.conflicts[0] and "Today, Saturday" in info.conflicts[0]


def test_metadata_without_conflict_is_confident() -> None:
    info = infer_dct("Today, Saturday, the army said.", metadata=date(2022, 5, 7))
    assert (info.confidence, info.conflicts) == (1.0, [])


def test_nothing_to_go_on_is_unknown() -> None:
    info = infer_dct("The army said it advanced.")
    assert (info.value, info.source, info.confidence) == (None, "unknown", 0.0)


def test_latest_date_wins_over_older_background_dates() -> None:
    text = ("The war began on Feb. 24, 2022. Fighting continued on May 5, 2022, "
            "and on May 6, 2022 the city fell.")
    assert infer_dct(text).value in (date(2022, 5, 6), date(2022, 5, 7))


def test_story_dates_alone_give_a_low_confidence_guess() -> None:
    hints = [date(2022, 5, 6), date(2022, 5, 6), date(2022, 5, 7), date(2021, 1, 1)]
    info = infer_dct("The army said it advanced.", corpus_hint=hints)
    assert info.value in (date(2022, 5, 6), date(2022, 5, 7))
    assert info.confidence <= 0.3


HISTORY = ("The Caribbean is better known for its hurricanes. On 2 May 1787 a quake shook the "
           "islands, and another killed 1,600 people on 11 Oct 1918, records say.")
STORY = [date(2009, 12, 28), date(2010, 1, 12), date(2010, 1, 13), date(2010, 1, 13),
         date(2010, 1, 14), date(2010, 1, 20), date(2010, 1, 30), date(2010, 1, 30)]


def test_a_historical_date_does_not_date_an_article_of_a_recent_story() -> None:
    # Eight articles of the story within a month: 13 January 2010 sits among most of them
    # (12, 13, 13, 14 January within three days), 1787 and 1918 are centuries away.
    info = infer_dct(HISTORY, corpus_hint=STORY)
    assert info.value == date(2010, 1, 13)


def test_without_a_story_the_text_date_still_counts() -> None:
    # Two hints are no quorum: the latest full date of the text (and the day after) wins.
    info = infer_dct(HISTORY, corpus_hint=STORY[:2])
    assert info.value in (date(1918, 10, 11), date(1918, 10, 12))
