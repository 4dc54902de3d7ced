"""The eighth speed pass (issue 18 item 7) changes no output: each shortcut answers as the
slower reading it stands in for, on crafted and random inputs."""

from __future__ import annotations

import random

from summarize.temporal import checks

#: Pieces a window before a clock time may hold: result words whole and cut, names, blanks,
#: the punctuation the score check stops at, and a timetable's items.
_SCORE_BITS = ("won", "beat", "beaten", "trailing", "led", "leads", "voted", "result", "odds",
               "ratio", "split", "drew", "scores", "defeated", "lost", "Luke", "John", "On",
               "Sunday", "Monday", "At", "the", "vote", "report", "launch", "flood", "sat",
               "resulted", "Wonder", "sold", "march", "3", "12:10", "21", ",", ":", ";", ".",
               "—", "(", "'", "’", "\n", " ", " ", " ", "\t", "  ", "é", "Éloi")


def test_the_score_check_equals_its_regex_search() -> None:
    rng = random.Random(18)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_SCORE_BITS) + rng.choice(("", " ", " ", "\t", "\n"))
                       for _ in range(rng.randint(1, 14)))
        hi = rng.randint(0, len(text))
        lo = rng.randint(max(0, hi - 40), hi)
        expected = checks._NOT_A_CLOCK.search(text, lo, hi) is not None
        assert checks.not_a_clock_before(text, lo, hi) == expected, (text, lo, hi)
        found += expected
    assert 500 < found < 19_500  # both answers were exercised


def test_the_score_check_reads_results_names_and_line_ends() -> None:
    cases = {
        "the vote split ": True, "Luke ": True, "the score was 21, then ": True,
        "John \n": True, "won 3 \n": True, "Monday 3 March: ": False, "flood report, ": False,
        "On ": False, "won. ": False, "scores;  ": False, "": False, "   ": False,
        "split\n": False, "a tight result:": False,
    }
    for before, expected in cases.items():
        text = before + "12:10 onwards"
        assert checks.not_a_clock_before(text, 0, len(before)) is expected, before
