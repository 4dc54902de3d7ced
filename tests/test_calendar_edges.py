"""Dates at the ends of the calendar (0001-01-01, 9999-12-31): nothing raises, what would fall
off the calendar is left out or clamped, and the user is warned once per article or run."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from summarize.corpus import Corpus, load_corpus
from summarize.index import open_index
from summarize.models import Article, Mention
from summarize.settings import Settings
from summarize.tagging import calendar_warning, tag_article
from summarize.temporal import infer_dct, learn_eras
from summarize.timeline import build_timeline, period_of
from tui.cli import main

FIRST, LAST = date.min, date.max
#: Written for these tests: every kind of expression that counts from the reference date.
TEXT = ("Harbour pilots walked out yesterday and talks resume tomorrow. The blockade entered "
        "its 12th day of the blockade today. Next week the ferries return; last month they "
        "stopped. The day before, the mayor spoke. This weekend and next year are uncertain. "
        "The pilots met again on Friday.")


def article(published: datetime | None = None, text: str = TEXT, aid: str = "pilots") -> Article:
    return Article(aid, "Pilots strike", text, "Quay Post", "", "", published, "", "en",
                   f"{aid}.txt")


@pytest.mark.parametrize("dct", [FIRST, date(1, 1, 2), date(1, 12, 31), date(9999, 12, 30),
                                 LAST])
@pytest.mark.parametrize("granularity", ["day", "week", "month"])
def test_tagging_and_timeline_at_the_ends(dct: date, granularity: str) -> None:
    tagged = tag_article(article(), given=dct)
    assert tagged.dct == dct
    for m in tagged.mentions:  # every value kept lies on the calendar
        if m.interval is not None:
            assert FIRST <= m.interval[0].date() <= m.interval[1].date() <= LAST
    entries = build_timeline([tagged], granularity=granularity)
    assert entries, "the sentences reported on the day are still filed"
    for e in entries:
        assert FIRST <= e.start <= e.end <= LAST


@pytest.mark.parametrize(("day", "granularity", "expected"), [
    (LAST, "day", ("9999-12-31", LAST, LAST)),
    (LAST, "week", ("9999-W52", date(9999, 12, 27), LAST)),
    (date(9999, 12, 5), "month", ("9999-12", date(9999, 12, 1), LAST)),
    (date(9999, 11, 5), "month", ("9999-11", date(9999, 11, 1), date(9999, 12, 1))),
    (FIRST, "week", ("0001-W01", FIRST, date(1, 1, 8))),
])
def test_periods_at_the_end_are_clamped(day: date, granularity: str, expected: tuple) -> None:
    assert period_of(day, granularity) == expected


def test_a_day_count_whose_first_day_falls_before_the_calendar_is_skipped() -> None:
    text = "The siege reached day 30 of the siege on Monday."
    tagged = tag_article(article(text=text), given=date(1, 1, 3))
    assert tagged.dct == date(1, 1, 3)
    mention = Mention("x", 0, 0, "day 30 of the siege", 0, "DATE", "0001-01-03",
                      (datetime(1, 1, 3), datetime(1, 1, 4)), "day", "dct", "", "era_day",
                      "", "")
    assert learn_eras([mention]) == []  # day 1 would be 28 days before 0001-01-01


@pytest.mark.parametrize("hint", [FIRST, LAST])
def test_story_hints_at_the_ends_do_not_raise(hint: date) -> None:
    info = infer_dct("Talks went on.", [], corpus_hint=[hint])
    assert info.value is not None and abs((info.value - hint).days) <= 1


@pytest.mark.parametrize(("day", "warned"), [
    (FIRST, True), (date(100, 12, 31), True), (date(101, 1, 1), False),
    (date(2024, 5, 4), False), (date(9899, 12, 31), False), (date(9900, 1, 1), True),
    (LAST, True), (None, False),
])
def test_calendar_warning_near_the_ends(day: date | None, warned: bool) -> None:
    message = calendar_warning(day)
    assert bool(message) is warned
    if warned:
        assert day is not None and day.isoformat() in message


def test_one_article_at_the_end_warns_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "far.md").write_text("---\ntitle: Far\npublished: 9999-12-31\n---\n" + TEXT)
    (tmp_path / "near.md").write_text("---\ntitle: Near\npublished: 0001-01-01\n---\n" + TEXT)
    (tmp_path / "ok.md").write_text("---\ntitle: Fine\npublished: 2024-05-04\n---\n" + TEXT)
    corpus = load_corpus([str(tmp_path)])
    assert [t.dct for t in corpus.tagged] == [LAST, FIRST, date(2024, 5, 4)]
    warnings = [(Path(p.path).name, p.severity) for p in corpus.problems]
    assert warnings == [("far.md", "warning"), ("near.md", "warning")]
    assert any(e.start.year == 2024 for e in corpus.timeline())


@pytest.mark.parametrize("dct", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("command", [["export", "--no-index"], ["export", "--format", "json",
                                     "--granularity", "month"], ["tag"], ["index"]])
def test_commands_with_dct_at_the_ends(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       dct: str, command: list[str]) -> None:
    (tmp_path / "a.txt").write_text("Pilots strike\n\n" + TEXT)
    extra = ["--index", str(tmp_path / "i.sqlite")] if command == ["index"] else []
    status = main([*command, str(tmp_path / "a.txt"), "--dct", dct, *extra])
    err = capsys.readouterr().err
    assert status == 0, err
    assert f"dateline: --dct {dct} is near the" in err


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_index_and_export_survive_one_record_at_the_end(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], published: str) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "edge.md").write_text(f"---\ntitle: Edge\npublished: {published}\n---\n{TEXT}")
    (corpus / "ok.md").write_text("---\ntitle: Fine\npublished: 2024-05-04\n---\n" + TEXT)
    index = str(tmp_path / "i.sqlite")
    assert main(["index", str(corpus), "--index", index]) == 0
    assert main(["export", str(corpus), "--index", index, "--format", "json",
                 "--granularity", "week"]) == 0
    out, err = capsys.readouterr()
    assert '"2024-W18"' in out
    assert f"edge.md: publication date {published} is near the" in err


def test_the_index_warns_as_a_fresh_load_does(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for name, day in [("a", "2024-05-04"), ("b", "9999-12-31"), ("c", "0100-12-31"),
                      ("d", "0101-01-01")]:
        (news / f"{name}.md").write_text(f"---\ntitle: T\npublished: {day}\n---\n{TEXT}")
    fresh = load_corpus([str(news)])
    indexed = open_index([str(news)], index=tmp_path / "i.sqlite")
    assert [Path(p.path).name for p in fresh.problems] == ["b.md", "c.md"]
    assert indexed.problems == fresh.problems
    again = open_index([str(news)], index=tmp_path / "i.sqlite")  # nothing changed
    assert again.problems == fresh.problems
    given = open_index([str(news)], Settings(dct=date(2024, 5, 4)), index=tmp_path / "i.sqlite")
    assert given.problems == []


def test_corpus_with_an_edge_dct_in_memory() -> None:
    tagged = [tag_article(article(), given=LAST)]
    corpus = Corpus(tagged, [], Settings(dct=LAST))
    assert corpus.published_span() == (LAST, LAST)
