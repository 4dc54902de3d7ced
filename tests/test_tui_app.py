"""The app driven by keys over the hand-made corpus: what each key does to what is shown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pilot_helpers import settle, sync
from test_tui_corpus import HARBOUR, hand_loader

from tui.app import DatelineApp
from tui.app.screens.article_screen import ArticleScreen
from tui.app.screens.help_screen import HelpScreen
from tui.app.screens.main_screen import MainScreen
from tui.app.widgets.article_body import ArticleBody
from tui.app.widgets.evidence_list import EvidenceList
from tui.app.widgets.summary_view import SummaryView
from tui.app.widgets.timeline_list import TimelineList

SIZE = (120, 40)




def app() -> DatelineApp:
    return DatelineApp(["hand-made"], loader=hand_loader)


def labels(pilot) -> list[str]:
    return [e.label for e in pilot.app.screen.query_one(TimelineList).entries]


def summary(pilot) -> str:
    return pilot.app.screen.query_one(SummaryView).markdown


def notifications(pilot) -> str:
    return "\n".join(f"{n.title}: {n.message}" for n in pilot.app._notifications)


@sync
async def test_main_screen_shows_timeline_summary_and_evidence():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(pilot.app.screen, MainScreen)
        assert labels(pilot) == ["Friday 3 May 2024", "Saturday 4 May 2024", "Sunday 5 May 2024",
                                 "May 2024"]
        assert pilot.app.sub_title.startswith("3 articles · 3 sources")
        text = summary(pilot)
        assert "## Friday 3 May 2024\n" in text  # harbour-1's firm date: no uncertainty mark
        assert "Dockers walked out yesterday, Friday, at the port of Orvessa. — *Harbour Wire*" \
            in text
        evidence = pilot.app.screen.query_one(EvidenceList)
        assert [(s.article_id, s.rule) for s in evidence.sentences] == [
            ("harbour-1", "mention"), ("harbour-1", "continues"), ("kelvan-1", "mention")]
        rows = [str(o.prompt) for o in evidence.options if o.id]
        assert "yesterday, Friday → 2024-05-03" in rows[0]
        assert "[continues] continues the sentence before · Harbour Wire" in rows[1]
        assert "†" not in rows[0] and rows[2].endswith("† date inferred or disputed")
        assert not pilot.app.screen.query_one("#loading").display


@pytest.mark.parametrize(("keys", "label", "in_summary"), [
    (["j"], "Saturday 4 May 2024", "The strike entered its second day on Saturday."),
    (["down", "down"], "Sunday 5 May 2024", "Shipping firms counted losses."),
    (["j", "k"], "Friday 3 May 2024", "They blocked the gates."),
    (["j", "j", "j"], "May 2024", "The union will meet in May."),
])
@sync
async def test_moving_selects_a_date_and_shows_its_summary(keys, label, in_summary):
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        assert pilot.app.screen.query_one(TimelineList).current.label == label
        assert in_summary in summary(pilot)


@sync
async def test_o_toggles_order_and_keeps_broader_periods_below():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert labels(pilot) == ["Sunday 5 May 2024", "Saturday 4 May 2024", "Friday 3 May 2024",
                                 "May 2024"]
        # the cursor stays on the date it was on
        assert pilot.app.screen.query_one(TimelineList).current.label == "Friday 3 May 2024"
        assert "newest first" in pilot.app.screen.query_one(TimelineList).border_title


@sync
async def test_g_cycles_day_week_month():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        # 3, 4 and 5 May 2024 are all in the ISO week starting Monday 29 April; "in May" stays
        # a broader period below it.
        assert labels(pilot) == ["week of 29 April 2024", "May 2024"]
        await pilot.press("g")
        await settle(pilot)
        assert labels(pilot) == ["May 2024"]
        assert len(pilot.app.screen.query_one(TimelineList).entries[0].sentences) == 10
        await pilot.press("g")
        await settle(pilot)
        assert labels(pilot)[0] == "Friday 3 May 2024"


@sync
async def test_search_narrows_the_timeline_and_empty_search_clears_it():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ferries", "enter")
        await settle(pilot)
        assert labels(pilot) == ["Saturday 4 May 2024"]
        evidence = pilot.app.screen.query_one(EvidenceList)
        assert [s.text for s in evidence.sentences] == ["Ferries stayed in port."]
        assert "“ferries”" in pilot.app.screen.query_one(TimelineList).border_subtitle
        await pilot.press("slash", "ctrl+u", "enter")
        await settle(pilot)
        assert len(labels(pilot)) == 4


@sync
async def test_search_with_no_match_shows_an_empty_timeline():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zeppelin", "enter")
        await settle(pilot)
        assert labels(pilot) == []
        assert "No dates" in summary(pilot)


@sync
async def test_f_filters_by_source():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        # all three start selected: "a" clears them, space picks the first (Harbour Wire)
        await pilot.press("a", "space", "enter")
        await settle(pilot)
        assert labels(pilot) == ["Friday 3 May 2024", "Saturday 4 May 2024", "May 2024"]
        saturday = pilot.app.screen.query_one(TimelineList).entries[1]
        assert [s.text for s in saturday.sentences] == ["Talks are stalled.",
                                                        "Police said nothing."]
        assert "1 source" in pilot.app.screen.query_one(TimelineList).border_subtitle


@sync
async def test_escape_cancels_the_source_filter():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", "a", "escape")
        await settle(pilot)
        assert len(labels(pilot)) == 4


@sync
async def test_s_cycles_summarizer_and_plus_minus_change_length_within_bounds():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        names = screen._names
        await pilot.press("s")
        await settle(pilot)
        expected = names[1 % len(names)]
        assert screen.summarizer == expected
        assert f"Summary · {expected} · 3 sentences" == screen.query_one(SummaryView).border_title
        assert f"{expected}, 3 sentences" in summary(pilot)
        await pilot.press("plus")
        await settle(pilot)
        assert screen.sentences == 4
        await pilot.press(*["minus"] * 12)
        await settle(pilot)
        assert screen.sentences == 1
        assert summary(pilot).count("\n- ") == 1
        await pilot.press(*["plus"] * 12)
        await settle(pilot)
        assert screen.sentences == 10


@sync
async def test_enter_opens_the_article_with_its_mentions_highlighted():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # timeline -> evidence pane
        assert pilot.app.focused is pilot.app.screen.query_one(EvidenceList)
        await pilot.press("enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.tagged.article.id == "harbour-1"
        assert screen.current_mention.text == "yesterday, Friday"
        body = screen.query_one(ArticleBody)
        first = body.query(".paragraph").first()
        spans = [(s.start, s.end, str(s.style)) for s in first.visual.spans]
        at = HARBOUR.index("yesterday, Friday")
        assert (at, at + len("yesterday, Friday"), "bold $background on $primary") in spans
        second = body.query(".paragraph")[1]  # "The union will meet in May. ..."
        in_may = "The union will meet in May.".index("in May")  # not current: the pale colour
        assert [(s.start, s.end, str(s.style)) for s in second.visual.spans] == [
            (in_may, in_may + 6, "$text-primary on $primary-muted")]
        detail = str(screen.query_one("#mention-detail").visual)
        assert "2024-05-03" in detail and "the day before the publication date" in detail
        await pilot.press("j")
        await pilot.pause()
        assert screen.current_mention.text == "in May"
        assert "2024-05 (month)" in str(screen.query_one("#mention-detail").visual)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, MainScreen)


@sync
async def test_article_shows_where_its_date_came_from():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "j", "j", "enter")  # the third sentence is Radio Kelvan's
        await settle(pilot)
        screen = pilot.app.screen
        assert screen.tagged.article.id == "kelvan-1"
        meta = str(screen.query_one("#article-meta").visual)
        assert "Sunday 5 May 2024" in meta
        assert "inferred from the text, confidence 60%" in meta
        assert "the text says Saturday" in meta
        assert screen.current_mention.text == "On Friday"


@sync
async def test_d_sets_the_article_date_and_updates_the_timeline():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        await pilot.press("d", "ctrl+u", *"2024-13-01", "enter")
        await pilot.pause()
        hint = str(pilot.app.screen.query_one("#dialog-hint").visual)
        assert "YYYY-MM-DD" in hint  # a bad date keeps the dialog open
        await pilot.press("ctrl+u", *"2024-05-10", "enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ArticleScreen)
        assert "set by you" in str(screen.query_one("#article-meta").visual)
        assert "Friday 10 May 2024" in str(screen.query_one("#article-meta").visual)
        main = pilot.app.main
        # harbour-1's reported sentences moved from 4 May to 10 May
        assert "Friday 10 May 2024" in [e.label for e in main.entries]
        saturday = next(e for e in main.entries if e.label == "Saturday 4 May 2024")
        assert {s.article_id for s in saturday.sentences} == {"kelvan-1"}


@sync
async def test_e_exports_the_current_view(tmp_path: Path):
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"friday", "enter")
        await settle(pilot)
        await pilot.press("e", "ctrl+u", *str(target), "enter")
        await settle(pilot)
        assert f"Briefing written to {target}" in notifications(pilot)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Timeline briefing\n")
    assert "## Friday 3 May 2024\n" in text
    assert "- Dockers walked out yesterday, Friday, at the port of Orvessa. — *Harbour Wire* " \
           "(harbour-1)" in text
    assert "Saturday 4 May 2024" not in text  # the search narrowed the export too


@sync
async def test_export_failure_is_a_notification_not_a_crash(tmp_path: Path):
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        bad = tmp_path / "missing-folder" / "brief.md"
        await pilot.press("e", "ctrl+u", *str(bad), "enter")
        await settle(pilot)
        assert "Export failed" in notifications(pilot)
        assert isinstance(pilot.app.screen, MainScreen)


@sync
async def test_problems_are_notified_and_listed_in_the_log():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "1 file skipped: broken.json: not valid JSON (line 1)" in notifications(pilot)
        log = pilot.app.screen.query_one("#log")
        assert not log.display
        await pilot.press("l")
        assert log.display
        assert any("broken.json" in line for line in log.lines)
        await pilot.press("l")
        assert not log.display


@sync
async def test_r_reloads():
    calls = []

    def loader(paths, settings, progress):
        calls.append(paths)
        return hand_loader(paths, settings, progress)

    async with DatelineApp(["x"], loader=loader).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "r")
        await settle(pilot)
        assert len(calls) == 2
        # the cursor stays on the date it was on
        assert pilot.app.screen.query_one(TimelineList).current.label == "Saturday 4 May 2024"


@sync
async def test_a_loader_error_is_shown_not_raised():
    def broken(paths, settings, progress):
        raise RuntimeError("disk on fire")

    async with DatelineApp(["x"], loader=broken).run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Loading failed: x: RuntimeError: disk on fire" in notifications(pilot)
        assert pilot.app.sub_title == "nothing loaded"
        await pilot.press("e", "f", "j")  # nothing loaded: keys do nothing harmful
        await settle(pilot)
        assert isinstance(pilot.app.screen, MainScreen)


@sync
async def test_progress_is_shown_and_keys_work_while_loading():
    release = threading.Event()

    def slow(paths, settings, progress):
        progress("load", 1, 2)
        release.wait(10)
        return hand_loader(paths, settings, progress)

    async with DatelineApp(["x"], loader=slow).run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        strip = pilot.app.screen.query_one("#loading")
        assert strip.display
        assert str(strip.query_one("#load-label").visual) == "Reading files 1/2"
        await pilot.press("o", "question_mark")  # answered while the worker runs
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        release.set()
        await settle(pilot)
        assert not strip.display
        assert labels(pilot)[0] == "Sunday 5 May 2024"  # "o" was honoured


@sync
async def test_help_lists_every_binding():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, HelpScreen)
        text = str(screen.query_one("#help-text").visual)
        for _group, bindings in pilot.app.binding_groups():
            for binding in bindings:
                assert (binding.tooltip or binding.description) in text
        for key in ("/", "f", "s", "+", "-", "g", "o", "e", "l", "r", "?", "q", "d", "esc",
                    "enter", "j", "k"):
            assert any(line.split()[:1] == [key] or f" {key} " in f" {line} "
                       for line in text.splitlines()), key
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)


@sync
async def test_every_main_screen_action_is_in_the_command_palette():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {c.title for c in pilot.app.get_system_commands(pilot.app.screen)}
        for binding in MainScreen.BINDINGS + DatelineApp.BINDINGS:
            assert binding.description in titles
        await pilot.press("ctrl+p", *"Order")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.main.newest_first


@sync
async def test_q_quits():
    async with app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert pilot.app._exit


@sync
async def test_watch_mode_reloads_when_a_file_changes(tmp_path: Path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    calls = []

    def loader(paths, settings, progress):
        calls.append(paths)
        return hand_loader(paths, settings, progress)

    async with DatelineApp([str(tmp_path)], loader=loader, watch=True).run_test(
            size=SIZE) as pilot:
        await settle(pilot)
        pilot.app._poll_files()  # nothing changed: no reload
        await settle(pilot)
        assert len(calls) == 1
        (tmp_path / "b.txt").write_text("Two.", encoding="utf-8")
        pilot.app._poll_files()
        await settle(pilot)
        assert len(calls) == 2
