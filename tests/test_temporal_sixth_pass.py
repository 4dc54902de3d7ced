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
    # a clock time opening a later sentence falls on the day of the sentence before
    # (test_temporal_clock_after_a_day.py), so each header's day runs through its items
    assert found == [
        ("Wednesday 9 April", "2025-04-09"), ("07:45", "2025-04-09T07:45"),
        ("09:30", "2025-04-09T09:30"), ("11:15", "2025-04-09T11:15"),
        ("13:00", "2025-04-09T13:00"), ("15:20", "2025-04-09T15:20"),
        ("Thursday 10 April", "2025-04-10"), ("08:10", "2025-04-10T08:10"),
        ("10:40", "2025-04-10T10:40")]
    # one per change of day (the text's start, two headers), not one per sentence (seven)
    assert len(made) == 3


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


def test_the_started_event_early_out_only_skips_misses() -> None:
    from summarize.temporal import events
    assert all(w[-1].isalpha() for w in events._STARTED_LAST)  # what the early-out assumes
    rng = random.Random(6)
    words = ["the", "ferry", "toll", "opened", "began", "took", "effect", "on", "in", "at", ",",
             "3", "'", "(", "\u00a0", "\t", "\n", "", "strike", "kicked", "off"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8))) + rng.choice(
            ["", " ", "  ", ", ", ": "])
        for end in range(len(text) + 1):
            lo = max(0, end - events.STARTED_REACH)
            if not events.may_end_started(text, lo, end):
                assert events.started_event(text[lo:end]) is None, (text[lo:end],)
    assert events.may_end_started("the ferry toll opened Monday", 0, 22)
    assert events.started_event("the ferry toll opened ") == ("ferry toll", "toll")


def test_clock_resolutions_equal_what_dated_builds() -> None:
    from summarize.temporal.context import dated
    from summarize.temporal.recognise import recognise
    from summarize.temporal.resolve import resolve
    text = ("Boats leave at 06:40, 9:15 p.m. GMT, 16:00 UTC and 1630 hrs; the bar shuts at "
            "eight tonight and the gate at ten to six in the evening")
    days = [None, Cal("day", date(2025, 4, 9)), Cal("day", date(2024, 2, 29))]
    seen = 0
    for c in recognise(text):
        for day in days:
            for tense in ("", "past", "future"):
                a = Anchors(DCT, day=day, period=day, sentence_day=day, tense=tense)
                r = resolve(c, a)
                if r is None or r.cal is None or r.granularity != "minute":
                    continue
                seen += 1
                assert r == dated(r.cal, r.anchor, r.anchor_value, r.explanation, r.mod), c.text
    assert seen >= 15


def test_the_span_shortcuts_equal_the_span_group_reading() -> None:
    from summarize.temporal.recognise import COMPILED, _span
    text = ("at 9:15 p.m. on Friday, from 3 to 5 March, by 16:00 UTC, 3 days later, the week "
            "of 7 April, Friday at 3, noon Thursday, 2008-09, the 12th day of the strike, at "
            "0900 hrs, 10:30 GMT, in the third quarter, the 1st, in '98")
    tried = unused = 0
    for _, _, rx, _ in COMPILED:
        if "span" not in rx.groupindex:
            continue
        for pos in range(len(text)):
            m = rx.match(text, pos)
            if m is None:
                continue
            tried += 1
            sp = m.span("span")
            unused += sp[0] < 0
            key_loop = sp if sp[0] >= 0 else m.span()  # recognise's loop
            groups = m.groupdict()
            expand = m.span("span") if groups.get("span") is not None else m.span()  # _expand
            assert key_loop == expand == _span(m), (rx.pattern[:40], m.group())
    assert tried >= 8 and unused >= 1  # the span group taking part and not
