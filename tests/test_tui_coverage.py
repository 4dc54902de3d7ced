"""The coverage strip: counts per day (week, month) over the span, outliers counted at the
ends, columns at any width, the selection marked; and in the app it follows what the list
shows (filters, granularity, anything else that picks the entries) and the article's mentions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pilot_helpers import settle, sync
from test_tui_app import SIZE, app, labels

from tui.app.screens.article_screen import ArticleScreen
from tui.app.widgets.coverage_strip import (
    Coverage,
    CoverageStrip,
    Period,
    axis_line,
    bar_rows,
    columns,
    columns_of,
    core,
    coverage_of,
    entry_periods,
    mention_periods,
    span_label,
)
from tui.app.widgets.timeline_list import TimelineList

D = date(2031, 3, 2)  # a Sunday; nothing in the samples or data is about 2031


def day(offset: int) -> date:
    return D + timedelta(days=offset)


def days(*counts: int, start: int = 0) -> list[Period]:
    """One period per day from ``start``, with these counts."""
    return [Period(day(start + i), day(start + i + 1), n) for i, n in enumerate(counts)]


# --- the span ---------------------------------------------------------------------------


def test_periods_are_sorted_and_empty_ones_dropped():
    cov = coverage_of([*days(0, 4, start=5), *days(2, 0, 1)], trim=False)
    assert [(p.start, p.count) for p in cov.periods] == [(day(0), 2), (day(2), 1), (day(6), 4)]
    assert cov.window == (day(0), day(7))


def test_a_far_outlier_is_counted_at_the_ends_not_drawn():
    # A fortnight of news, one sentence recalling 1962 and one looking ahead to 2090.
    news = days(*[10] * 14)
    then = Period(date(1962, 10, 16), date(1962, 10, 17), 1)
    later = Period(date(2090, 1, 1), date(2090, 1, 2), 1)
    cov = coverage_of([then, *news, later])
    assert cov.window == (day(0), day(14))
    assert (cov.earlier, cov.later) == (1, 1)
    assert [p.start for p in cov.periods] == [day(i) for i in range(14)]


def test_a_small_story_keeps_its_early_days():
    # The walkout began nine days before the busy week: within four times the core span, so
    # the strip still reaches back to it.
    cov = coverage_of([*days(3, start=-9), *days(*[20] * 7)])
    assert cov.window == (day(-9), day(7)) and cov.earlier == 0


def test_the_core_is_the_shortest_run_holding_most_of_the_count():
    # 157 in all; 95 % is 149.15: the three busy days (150) are enough without the quiet one.
    ordered = [*days(1, start=-400), *days(5, 50, 60, 40), *days(1, start=300)]
    first, last = core(ordered)
    assert (ordered[first].start, ordered[last].start) == (day(1), day(3))


def test_an_article_strip_reaches_its_publication_date():
    cov = coverage_of(days(2, start=3), trim=False, also=day(10))
    assert cov.window == (day(3), day(11))
    assert coverage_of([], also=day(10)).window == (day(10), day(11))
    assert coverage_of([]).window is None


# --- columns ----------------------------------------------------------------------------


def test_days_narrower_than_a_column_add_up():
    cov = coverage_of(days(*range(1, 31)), trim=False)  # 30 days on 10 columns
    values = columns(cov, 10)
    assert values[0] == 1 + 2 + 3 and values[-1] == 28 + 29 + 30
    assert sum(values) == sum(range(1, 31))


def test_a_day_wider_than_a_column_fills_each_column_it_covers():
    cov = coverage_of(days(5, 0, 0, 9, 1), trim=False)  # 5 days on 20 columns: 4 each
    assert columns(cov, 20) == [5.0] * 4 + [0.0] * 8 + [9.0] * 4 + [1.0] * 4


def test_a_column_split_between_two_days_belongs_to_the_one_over_its_middle():
    cov = coverage_of(days(1, 2, 3), trim=False)  # 3 days on 10 columns: 3.33 each
    assert columns(cov, 10) == [1.0] * 3 + [2.0] * 4 + [3.0] * 3
    assert columns_of(cov, 10, day(1), day(2)) == (3, 6)  # the marks match the bars


def test_thousands_of_dates_come_down_to_the_width():
    many = [Period(day(i * 3), day(i * 3 + 1), 1 + i % 7) for i in range(4300)]
    cov = coverage_of(many, trim=False)
    values = columns(cov, 117)
    assert len(values) == 117
    assert sum(values) == sum(p.count for p in many)


def test_weeks_and_months_are_their_own_units():
    weeks = [Period(day(7 * i), day(7 * i + 7), n) for i, n in enumerate([3, 0, 8])]
    cov = coverage_of(weeks, "week", trim=False)
    assert cov.unit == "week"
    assert columns(cov, 6) == [3.0, 3.0, 0.0, 0.0, 8.0, 8.0]


def test_bars_start_from_zero_and_show_every_column_with_something():
    # Two rows are 16 eighths: 16 fills both, 8 the lower one, 4 half of it; 1 would round to
    # one eighth and is drawn as two; nothing at all is the faint baseline.
    bars = bar_rows([0, 1, 8, 16, 4], 2)
    assert bars.plain.split("\n") == ["   █ ",
                                       "▁▂██▄"]


def test_bars_colour_the_selection():
    bars = bar_rows([3, 3, 3, 3], 1, selected=(1, 2))
    styles = [(span.start, span.end, str(span.style)) for span in bars.spans]
    assert styles == [(0, 1, "$primary"), (1, 2, "$accent"), (2, 3, "$accent"),
                      (3, 4, "$primary")]


# --- marks ------------------------------------------------------------------------------


def test_where_a_selection_falls():
    cov = coverage_of(days(*[1] * 10), trim=False)  # 10 days on 20 columns
    assert columns_of(cov, 20, day(3), day(4)) == (6, 7)
    assert columns_of(cov, 20, day(0), day(10)) == (0, 19)
    assert columns_of(cov, 20, day(-5), day(-4)) == "earlier"
    assert columns_of(cov, 20, day(12), day(13)) == "later"
    assert columns_of(cov, 20, day(3), day(3)) == (6, 7)  # an hour of the day: the day
    assert columns_of(Coverage("day"), 20, day(0), day(1)) is None


def test_the_axis_marks_the_selection_and_names_the_ends():
    cov = coverage_of(days(*[1] * 30), trim=False)
    line = axis_line(cov, 60, selected=(day(15), day(16))).plain
    assert len(line) == 60
    assert line.startswith("2 Mar 2031") and line.endswith("31 Mar 2031")
    assert line[30:32] == "▲━"
    week = axis_line(cov, 60, selected=(day(14), day(21))).plain
    assert week[28:42] == "━" * 6 + "▲" + "━" * 7  # 14 columns, ▲ at the middle


def test_a_mark_hides_the_label_it_would_cover():
    cov = coverage_of(days(*[1] * 30), trim=False)
    line = axis_line(cov, 60, selected=(day(0), day(1))).plain
    assert line.startswith("▲━ ") and line.endswith("31 Mar 2031")


def test_outliers_are_counted_and_a_selection_outside_points_there():
    news = days(*[10] * 14)
    cov = coverage_of([Period(date(1962, 10, 16), date(1962, 10, 17), 2), *news])
    line = axis_line(cov, 50).plain
    assert line.startswith("◀2 2 Mar 2031")
    outside = axis_line(cov, 50, selected=(date(1962, 10, 16), date(1962, 10, 17))).plain
    assert outside.startswith("◀ ") and outside.endswith("15 Mar 2031")


def test_the_pin_is_drawn_under_its_day():
    cov = coverage_of(days(1, 1, 1, 1), trim=False, also=day(5))
    line = axis_line(cov, 30, pin=day(5)).plain
    assert line.index("◆") == 25


def test_an_empty_strip_says_so():
    assert axis_line(Coverage("day"), 40).plain == "nothing on the calendar"


@pytest.mark.parametrize(("first", "last", "unit", "label"), [
    (date(2031, 5, 2), date(2031, 5, 7), "day", "2 – 7 May 2031"),
    (date(2031, 4, 28), date(2031, 5, 7), "day", "28 Apr – 7 May 2031"),
    (date(2030, 12, 30), date(2031, 1, 2), "day", "30 Dec 2030 – 2 Jan 2031"),
    (date(2031, 3, 1), date(2031, 6, 1), "month", "Mar – Jun 2031"),
    (date(2031, 3, 1), date(2031, 3, 1), "day", "1 Mar 2031"),
])
def test_span_labels(first, last, unit, label):
    assert span_label(first, last, unit) == label


# --- from the engine's objects ----------------------------------------------------------


def test_entry_periods_count_sentences_of_the_views_own_dates(samples_dir):
    from summarize.open import open_corpus
    from summarize.settings import Settings

    corpus = open_corpus([str(samples_dir)], Settings())
    for granularity in ("day", "week", "month"):
        entries = corpus.timeline(granularity)
        unit, periods = entry_periods(entries)
        assert unit == granularity
        own = [e for e in entries if not e.is_coarse]
        assert [(p.start, p.count) for p in periods] == [(e.start, len(e.sentences))
                                                          for e in own]


# --- in the app -------------------------------------------------------------------------


def strip(pilot) -> CoverageStrip:
    return pilot.app.screen.query_one(CoverageStrip)


def drawn(pilot) -> list[tuple[date, int]]:
    return [(p.start, p.count) for p in strip(pilot).coverage.periods]


MAY = date(2024, 5, 3), date(2024, 5, 4), date(2024, 5, 5)


@sync
async def test_the_strip_shows_the_timelines_dates_and_marks_the_selected_one():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert drawn(pilot) == [(MAY[0], 3), (MAY[1], 4), (MAY[2], 2)]
        assert strip(pilot).border_title == "Sentences per day · 3 – 5 May 2024"
        assert strip(pilot).selected == (MAY[0], MAY[1])
        assert strip(pilot).border_subtitle == "▲ Friday 3 May 2024 · 3 sentences"
        await pilot.press("j")
        await settle(pilot)
        assert strip(pilot).selected == (MAY[1], MAY[2])
        axis = str(pilot.app.screen.query_one("#coverage-axis").visual)
        assert "▲" in axis


@sync
async def test_the_strip_follows_search_sources_and_granularity():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ferries", "enter")
        await settle(pilot)
        assert drawn(pilot) == [(MAY[1], 1)]
        await pilot.press("slash", "ctrl+u", "enter", "f", "a", "space", "enter")
        await settle(pilot)
        assert labels(pilot)[:2] == ["Friday 3 May 2024", "Saturday 4 May 2024"]
        assert drawn(pilot) == [(MAY[0], 2), (MAY[1], 2)]  # Harbour Wire's only
        await pilot.press("f", "a", "enter", "g")  # all sources again; weeks
        await settle(pilot)
        assert strip(pilot).coverage.unit == "week"
        assert drawn(pilot) == [(date(2024, 4, 29), 9)]


@sync
async def test_the_strip_draws_whatever_the_list_is_given():
    # Anything that chooses the entries (a story, a future filter) goes through the list.
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = pilot.app.screen.query_one(TimelineList)
        timeline.show_entries([e for e in timeline.entries if e.start == MAY[2]])
        await settle(pilot)
        assert drawn(pilot) == [(MAY[2], 2)]


@sync
async def test_the_strip_follows_the_story_choice(samples_dir):
    from tui.app import DatelineApp

    async with DatelineApp([str(samples_dir)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = drawn(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("down", "down", "enter")  # All, the dock strike, the siege
        await settle(pilot)
        shown = [e for e in pilot.app.screen.query_one(TimelineList).entries if not e.is_coarse]
        assert drawn(pilot) == [(e.start, len(e.sentences)) for e in shown]
        assert drawn(pilot) != before


@sync
async def test_the_article_strip_shows_its_days_and_follows_the_mention():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "j", "j", "enter")  # Radio Kelvan, published Sunday 5 May
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ArticleScreen)
        article_strip = screen.query_one(CoverageStrip)
        assert [(p.start, p.count) for p in article_strip.coverage.periods] == [
            (MAY[0], 1), (MAY[1], 1)]
        assert article_strip.pin == MAY[2]
        assert article_strip.coverage.window == (MAY[0], date(2024, 5, 6))
        assert article_strip.selected == (MAY[0], MAY[1])  # "On Friday"
        assert "◆" in str(screen.query_one("#article-coverage-axis").visual)
        await pilot.press("k")
        await pilot.pause()
        assert article_strip.selected == (MAY[1], MAY[2])  # "on Saturday"


def test_mention_periods_count_calendar_days_only():
    from test_tui_corpus import hand_corpus

    mentions = [m for t in hand_corpus().tagged for m in t.mentions]
    assert sorted((p.start, p.count) for p in mention_periods(mentions)) == [
        (MAY[0], 2), (MAY[1], 1)]  # "in May" is a month, "within a week" a duration
