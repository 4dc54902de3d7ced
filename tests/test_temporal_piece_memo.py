"""Short pieces the tagger has read before (a schedule's or a feed's repeated sentences) are
remembered, what they hold and what they say around each expression: the output is what
reading them afresh gives (issue 18 item 7)."""

from __future__ import annotations

import importlib
import random
from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2025, 3, 20)  # a Thursday
#: Short sentences, glued into texts with and without a space before them.
_SENTENCES = ["10:15 council meeting.", "Thursday 1 May: 09:30 hearing.", "Today the board will "
              "meet on Thursday.", "sunday 2pm?", "The ferry sailed at 7 pm on Friday.",
              "Nothing happened.", "The vote is Tuesday.", "It ended last week.",
              "tonight the choir will sing on Thursday.", "On day 4 of the strike, pickets stayed.",
              "See you at 3?", "Talks resume in May."]


def _tagger():
    return importlib.import_module("summarize.temporal.tagger")


def _pieces():
    return importlib.import_module("summarize.temporal.piece_candidates")


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch):
    """Tag with nothing remembered before or during the call."""
    pieces = _pieces()

    def run(text: str, spans: list[tuple[int, int]]):
        monkeypatch.setattr(pieces, "MEMO_PIECE", -1)
        try:
            return tag_text(text, DCT, sentences=spans)
        finally:
            monkeypatch.undo()
    return run


def _glued(rng: random.Random, n: int) -> tuple[str, list[tuple[int, int]]]:
    """A text of ``n`` sentences, some glued to the one before ("...Mondayx10:15")."""
    text, spans = "", []
    for _ in range(n):
        text += rng.choice(["", " ", "x", "\n", "day"])
        start = len(text)
        text += rng.choice(_SENTENCES)
        spans.append((start, len(text)))
    return text, spans


def test_remembered_pieces_give_what_reading_them_afresh_gives(fresh) -> None:
    rng = random.Random(18)
    for _ in range(60):
        text, spans = _glued(rng, rng.randint(1, 12))
        assert tag_text(text, DCT, sentences=spans) == fresh(text, spans)


def test_the_character_before_a_piece_is_part_of_what_is_remembered() -> None:
    # after a space the sentence speaks of tonight, and a bare 9 is in the evening; glued to
    # a word it does not, and the 9 is the morning's
    piece = "tonight the choir will sing at 9."
    values = {}
    for before in ("The talks went well on Monday. ", "The talks went well on Mondayx"):
        text = before + piece
        found = tag_text(text, DCT, sentences=[(0, len(before)), (len(before), len(text))])
        values[before[-1]] = [m.value for m in found if m.start >= len(before)]
    assert values == {" ": ["2025-03-20TNI", "2025-03-20T21:00"],
                      "x": ["2025-03-20TNI", "2025-03-20T09:00"]}


def test_a_repeated_short_piece_is_recognised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = _pieces()
    calls: list[str] = []
    recognise = pieces.recognise
    monkeypatch.setattr(pieces, "recognise", lambda text: calls.append(text) or recognise(text))
    monkeypatch.setattr(pieces, "_RECOGNISED", {})
    monkeypatch.setattr(pieces, "_SEEN", set())
    text = " ".join(["10:15 council meeting."] * 4)
    found = tag_text(text, DCT, sentences=[(0, 22), (23, 45), (46, 68), (69, 91)])
    assert [(m.start, m.value) for m in found] == [
        (0, "2025-03-20T10:15"), (23, "2025-03-20T10:15"), (46, "2025-03-20T10:15"),
        (69, "2025-03-20T10:15")]
    # read when first seen and when seen again (then remembered), not after
    assert calls == ["10:15 council meeting."] * 2


def test_long_pieces_are_not_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    tagger, pieces = _tagger(), _pieces()
    monkeypatch.setattr(pieces, "_RECOGNISED", {})
    monkeypatch.setattr(pieces, "_SEEN", set())
    monkeypatch.setattr(tagger, "_SAID", {})
    sentence = "The council met at 10:15 " + "and talked " * 30 + "until noon."
    tag_text(sentence + " " + sentence, DCT)
    assert len(sentence) > pieces.MEMO_PIECE
    assert not pieces._RECOGNISED and not pieces._SEEN and not tagger._SAID


def test_the_memo_starts_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    tagger, pieces = _tagger(), _pieces()
    monkeypatch.setattr(pieces, "_RECOGNISED", {})
    monkeypatch.setattr(pieces, "_SEEN", set())
    monkeypatch.setattr(tagger, "_SAID", {})
    monkeypatch.setattr(pieces, "MEMO_PIECES", 3)
    monkeypatch.setattr(tagger, "MEMO_PIECES", 3)
    text = " ".join(f"Talks at {h}:00. Talks at {h}:00." for h in range(10, 17))
    found = tag_text(text, DCT)
    assert [m.value for m in found] == [f"2025-03-20T{h}:00" for h in range(10, 17)
                                        for _ in (1, 2)]
    assert len(pieces._SEEN) <= 3 and len(pieces._RECOGNISED) <= 3 and len(tagger._SAID) <= 3


def test_forget_repeats_makes_a_text_fresh_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A benchmark that re-tags its corpus empties the memo first: the text is read afresh
    (the memo had made repeated passes look twice as fast as tagging is)."""
    from summarize.temporal import forget_repeats

    tagger, pieces = _tagger(), _pieces()
    monkeypatch.setattr(pieces, "_RECOGNISED", {})
    monkeypatch.setattr(pieces, "_SEEN", set())
    monkeypatch.setattr(tagger, "_SAID", {})
    calls: list[str] = []
    recognise = pieces.recognise
    monkeypatch.setattr(pieces, "recognise", lambda text: calls.append(text) or recognise(text))
    text = "The vote is Tuesday."
    for _ in range(3):
        assert [m.value for m in tag_text(text, DCT)] == ["2025-03-25"]
    assert calls == [text] * 2 and pieces._RECOGNISED and tagger._SAID
    forget_repeats()
    assert not pieces._RECOGNISED and not pieces._SEEN and not tagger._SAID
    assert [m.value for m in tag_text(text, DCT)] == ["2025-03-25"]
    assert calls == [text] * 3
