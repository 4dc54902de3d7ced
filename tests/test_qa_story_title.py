"""``export --story`` names the story it kept: the briefing is titled with the story's label
(as each ``--split`` file is), unless ``--title`` says otherwise; without ``--story`` the title
stays "Timeline briefing"."""

from __future__ import annotations

import json
from pathlib import Path

from tui.cli import main

SAMPLES = str(Path(__file__).resolve().parent.parent / "samples")


def export(capsys, *extra: str) -> str:
    assert main(["export", SAMPLES, "--no-index", "--no-diagram", *extra]) == 0
    return capsys.readouterr().out


def test_one_story_is_titled_with_its_label(capsys) -> None:
    assert export(capsys, "--story", "orvessa").startswith("# Orvessa · Hesk · Vastrian\n")
    data = json.loads(export(capsys, "--story", "valmora", "--format", "json"))
    assert {a["id"] for a in data["articles"]} >= {"valmora-dockers-stay-out"}


def test_two_stories_are_both_named_and_a_given_title_wins(capsys) -> None:
    text = export(capsys, "--story", "valmora", "--story", "orvessa")
    assert text.startswith("# Valmora · dockers · Brenholt + Orvessa · Hesk · Vastrian\n")
    assert export(capsys, "--story", "orvessa", "--title", "Siege").startswith("# Siege\n")
    assert export(capsys).startswith("# Timeline briefing\n")


def test_the_tui_export_of_one_story_is_titled_with_its_label(tmp_path: Path) -> None:
    import asyncio

    from pilot_helpers import settle

    from tui.app import DatelineApp

    target = tmp_path / "siege.md"

    async def run() -> None:
        async with DatelineApp([SAMPLES], stories=["orvessa"]).run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("e", "ctrl+u", *str(target), "enter")
            await settle(pilot)

    asyncio.run(run())
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Orvessa · Hesk · Vastrian\n")
    assert "valmora-dockers-stay-out" not in text
