"""The sixth speed pass (issue 18 item 7) changes no output: sentences of one day share their
anchors, a clock time's field work is read once per spelling, and the splitter's shortcut for
"end. Next" gives the spans of the full reading."""

from __future__ import annotations

import random
import re
from datetime import date

from summarize import sentences
from summarize.temporal import tag_text, tagger
from summarize.temporal.context import Anchors
from summarize.temporal.values import Cal

DCT = date(2025, 4, 2)
#: A harbour's day of timed items, one sentence each (the shape of a schedule with full stops).
HARBOUR_DAY = ("Wednesday 9 April: 07:45 pilot boat drill. 09:30 customs briefing. 11:15 crane "
               "inspection on berth four. 13:00 lunch for the dock crews. 15:20 tide-gate test. "
               "Thursday 10 April: 08:10 ferry safety walk. 10:40 cargo audit.")


def test_a_day_of_timed_sentences_reuses_one_new_sentence_anchors(monkeypatch) -> None:
    made: list[Anchors] = []
    plain = tagger._NEW_SENTENCE

    def counted(a: Anchors, day, age: int) -> Anchors:
        made.append(plain(a, day, age))
        return made[-1]

    monkeypatch.setattr(tagger, "_NEW_SENTENCE", counted)
    found = [(m.text, m.value) for m in tag_text(HARBOUR_DAY, DCT)]
    # a clock time opening a later sentence falls on the publication date, as before
    assert found == [
        ("Wednesday 9 April", "2025-04-09"), ("07:45", "2025-04-09T07:45"),
        ("09:30", "2025-04-02T09:30"), ("11:15", "2025-04-02T11:15"),
        ("13:00", "2025-04-02T13:00"), ("15:20", "2025-04-02T15:20"),
        ("Thursday 10 April", "2025-04-10"), ("08:10", "2025-04-10T08:10"),
        ("10:40", "2025-04-02T10:40")]
    # one per change of day (the text's start, two headers, the move to the publication
    # date), not one per sentence (seven)
    assert len(made) == 4


def test_back_on_day_holds_only_where_advance_gives_the_base_again() -> None:
    d, e = date(2025, 4, 9), date(2025, 4, 10)
    day, other = Cal("day", d), Cal("day", e)
    bases = [
        tagger._ON_DAY(Anchors(DCT), day, day, day, 0),
        tagger._ON_DAY(Anchors(DCT, tense="past"), day, day, day, 0),
        tagger._ON_DAY(Anchors(DCT), day, Cal("month", date(2025, 4, 1)), day, 0),
        tagger._ON_DAY(Anchors(DCT), day, day, day, 2),
        tagger._ON_DAY(Anchors(DCT), day, day, Cal("day", d, "x"), 0),
        Anchors(DCT, day=day, period=day, sentence_day=Cal("day", d)),  # equal, not the same
        Anchors(DCT),
    ]
    cals = [(Cal("minute", d, "09:30"), "2025-04-09T09:30", "discourse"),
            (Cal("minute", e, "09:30"), "2025-04-10T09:30", "discourse"),
            (Cal("day", d), "2025-04-09", "dct"), (other, "2025-04-10", "absolute"),
            (Cal("month", date(2025, 4, 1)), "2025-04", "dct"),
            (Cal("minute", d, "09:30"), "2025-04-09T09:30", "none"),
            (Cal("day", d), "PRESENT_REF", "dct"), (None, "", "dct")]
    held = 0
    for base in bases:
        for age in (1, 2):
            fresh = tagger._NEW_SENTENCE(base, None, age)
            for cal, value, anchor in cals:
                if tagger._back_on_day(base, cal, value, anchor):
                    held += 1
                    assert tagger._advance(fresh, cal, value, anchor) == base
    assert held == 8  # the first two bases, each age, the two values on their day


def test_clock_times_read_once_per_spelling_keep_their_values() -> None:
    text = ("The tide gate opens at 16:00 UTC, the ferry at 1630 hrs, the bar at eight tonight. "
            "Crews worked until ten to six in the evening; odds were ten to one. The gates shut "
            "before 9:15 p.m. GMT and reopen at 6 a.m. on Friday.")
    for _ in range(2):  # the second reading comes from the remembered field work
        found = [(m.text, m.value) for m in tag_text(text, DCT)]
        assert found == [
            ("16:00 UTC", "2025-04-02T16:00Z"), ("1630 hrs", "2025-04-02T16:30"),
            ("eight tonight", "2025-04-02T20:00"),
            ("ten to six in the evening", "2025-04-02T17:50"),
            ("9:15 p.m. GMT", "2025-04-02T21:15Z"), ("6 a.m. on Friday", "2025-04-04T06:00")]


_PIECES = [". ", ".  ", ".\t", ". \u00a0", ".\u2003", ". '' ", ". -RRB- ", ' . " ', '." ', ".) ",
           ". (", ". [", ". ¿", " . ", "? ", "! ", "... ", "… ", "Mr. ", "U.S. ", "p.m. ",
           "5 p.m. Kyiv time", "pier", "Pier", "3", "x", "²", "_", "é", "É", "\n", "\n\n", " ",
           "Ltd. ", "Rd. ", "1. ", "(a) ", "dockToday", "'s ", "’ ", "» ", "a.m. The", "www.",
           "@", ". 10", ". Ok", ". ok"]


def test_the_spaces_then_a_word_shortcut_splits_as_the_full_reading(monkeypatch) -> None:
    rng = random.Random(18)
    texts = [HARBOUR_DAY, HARBOUR_DAY.replace(". ", ".  ")]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
              for _ in range(4000)]
    fast = [sentences.split_spans(t) for t in texts]
    monkeypatch.setattr(sentences, "_SPACES", re.compile(r"(?!)"))  # never taken
    assert fast == [sentences.split_spans(t) for t in texts]
    assert [HARBOUR_DAY[s:e] for s, e in fast[0]][:3] == [
        "Wednesday 9 April: 07:45 pilot boat drill.", "09:30 customs briefing.",
        "11:15 crane inspection on berth four."]
    assert len(fast[0]) == len(fast[1]) == 7
