"""A date whose sentences cannot stand alone (a bare quotation) keeps its heading and counts in
the Markdown briefing and says why it has no bullet, as the TUI's summary pane does."""

from __future__ import annotations

from pathlib import Path

from tui.cli import main

SAMPLES = str(Path(__file__).resolve().parent.parent / "samples")


def test_a_date_with_nothing_to_summarise_says_so(capsys) -> None:
    assert main(["export", SAMPLES, "--no-index", "--no-diagram"]) == 0
    text = capsys.readouterr().out
    june = text[text.index("### June 2024"):]
    june = june[:june.index("\n###")]
    assert june == ("### June 2024\n\n_1 sentence, 1 source._\n\n"
                    "_No sentence here stands alone as a summary (a bare quote, a question, "
                    "chatter); the JSON export and the TUI's evidence list them._\n")
