"""The tagger's shortcuts (issue 18 item 7, fifth pass) give what the slower reads they skip
give: the word before an expression, clause marks of a piece, a clock time's value and
interval, and the "the <event> opened" look-back."""

from __future__ import annotations

from datetime import date

from summarize.temporal import clause_says, tense
from summarize.temporal.events import STARTED_REACH, started_event
from summarize.temporal.values import Cal, interval, on_minute, value

TEXTS = (
    "Thursday 6 March: 09:15 ferry trial, 11:30 vote on the dock levy — Friday 7 March: "
    "14:45 talks with the pilots' union; 16:00 \"open day\" at the yard. Saturday: rest\n",
    "The pier reopened  on Monday, and the café_bar opened\ttoday. Crews began 3 May.  "
    "Ticket sales started yesterday; the fair_ground opened \n Sunday 'at' 10:00",
    "Was it 12:10?  Kickoff: 19:45 ... the quiz (opened) Tuesday, scores 2-1, \t 18:30",
)


def test_prev_word_equals_the_regex() -> None:
    for text in TEXTS:
        for b in range(len(text) + 1):
            for a in range(max(0, b - 14), b + 1):
                m = clause_says._PREV_WORD.search(text, a, b)
                assert clause_says._prev_word(text, a, b) == (m.group(1).lower() if m else ""), \
                    (text[a:b],)


def test_piece_marks_equal_the_search() -> None:
    for text in TEXTS:
        piece = tense.PieceWords(text, 0, len(text))
        piece.uses = 2  # read: marks come from the piece's list
        for a in range(len(text) + 1):
            for b in range(a, min(len(text), a + 40) + 1):
                m = tense._CLAUSE_MARK.search(text, a, b)
                assert piece.first_mark(a, b) == (m.start() if m else -1), (text[a:b],)
        assert piece.marks is not None and len(piece.marks) > 0


def test_clause_tense_with_and_without_piece() -> None:
    for text in TEXTS:
        piece = tense.PieceWords(text, 0, len(text))
        for start in range(0, len(text) - 5, 3):
            plain = tense.clause_tense(text, start, start + 5, 0, len(text))
            assert tense.clause_tense(text, start, start + 5, 0, len(text), piece) == plain


def test_on_minute_equals_value_and_interval() -> None:
    for day in (date(2025, 3, 7), date(2024, 2, 29), date(1999, 12, 31)):
        for stamp in ("00:00", "09:15", "16:00Z", "23:59"):
            cal = Cal("minute", day, stamp)
            assert on_minute(day, day.isoformat(), stamp) == (value(cal), interval(cal))


def test_started_event_shortcut_only_skips_misses() -> None:
    for text in (*TEXTS, "the border crossing opened Monday", "the blockade began, 10:00"):
        for w1 in range(len(text) + 1):
            w0 = max(0, w1 - STARTED_REACH)
            skipped = w1 - w0 < 2 or not text[w1 - 1].isspace() or not (
                text[w1 - 2].isspace() or text[w1 - 2].isalpha())
            if skipped:
                assert started_event(text[w0:w1]) is None, (text[w0:w1],)
    assert started_event("the border crossing opened ") is not None
