"""Snapshots of the main, article and help screens on the bundled samples (dark and light)."""

from __future__ import annotations

from pathlib import Path

from tui.app import DatelineApp

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SIZE = (120, 40)


def at(*keys: str, theme: str | None = None):
    """A run_before hook: wait for loading, press ``keys``, wait for the workers they start."""
    async def run(pilot) -> None:
        if theme:
            pilot.app.theme = theme
        for key in ("", *keys):
            if key:
                await pilot.press(key)
            for _ in range(4):
                await pilot.app.workers.wait_for_complete()
                await pilot.pause()
    return run


def test_main_screen(snap_compare):
    assert snap_compare(DatelineApp([str(SAMPLES)]), terminal_size=SIZE, run_before=at())


def test_coverage_strip_by_week_with_the_second_week_selected(snap_compare):
    assert snap_compare(DatelineApp([str(SAMPLES)]), terminal_size=SIZE,
                        run_before=at("g", "j"))


def test_main_screen_light_theme_on_a_busy_day(snap_compare):
    app = DatelineApp([str(SAMPLES)])
    assert snap_compare(app, terminal_size=SIZE,
                        run_before=at(*["j"] * 9, theme="textual-light"))


def test_article_screen(snap_compare):
    app = DatelineApp([str(SAMPLES)])
    assert snap_compare(app, terminal_size=SIZE,
                        run_before=at(*["j"] * 9, "enter", "enter", "j"))


def test_help_screen(snap_compare):
    assert snap_compare(DatelineApp([str(SAMPLES)]), terminal_size=SIZE,
                        run_before=at("question_mark"))
