"""The seventh speed pass (issue 18 item 7) changes no output: a clock time whose value no
clause tense can move skips the tense guess, and recognition builds a chosen candidate without
re-reading its match."""

from __future__ import annotations

import random
from datetime import date
from importlib import import_module

from summarize.temporal import tag_text, tagger, tense
from summarize.temporal.context import Anchors
from summarize.temporal.recognise import recognise
from summarize.temporal.resolve import resolve
from summarize.temporal.resolve.times import tense_moving_clock
from summarize.temporal.resources import verbs
from summarize.temporal.values import Cal

DCT = date(2025, 4, 2)
#: A port's timetable on one line: days before and after the publication date, items with and
#: without a past form around their clock time.
TIMETABLE = (
    "Monday 31 March: 08:40 the crane crews were stood down, 07:15 pilot boat drill, 09:05 "
    "customs walk-through, 11:30 tug inspection, 12:45 pump trial on the east quay, 13:20 "
    "pontoon repairs, 14:10 radio check, 15:30 crane handover, 16:05 gangway inspection "
    "— Thursday 10 April: 06:50 berth four sweep, 10:45 harbour-master "
    "briefing, 12:10 lunch for the dock crews, 14:25 ballast test, 16:35 tide-gate check, 17:05 "
    "buoy survey, 18:30 fuel barge, 19:10 net repairs, 20:00 quay lights on — Friday 11 April: "
    "07:20 pilot boat drill, 09:30 the night shift had already left, 10:05 they said no "
    "sailings till 11:40, 13:15 net repairs")


def _read(piece: tense.PieceWords) -> None:
    """Make ``piece`` read its words (as its third use does)."""
    while piece.uses < 3:
        piece.between(piece.lo, piece.lo)


def _vocabulary() -> list[str]:
    """Every word of the tense word lists, spelt as text may spell them, and filler."""
    words: set[str] = set()
    for value in vars(verbs).values():
        if isinstance(value, (set, frozenset)):
            words |= {w for w in value if isinstance(w, str)}
    spelt = sorted(words)
    spelt += [w.capitalize() for w in spelt[::7]] + [w.replace("'", "’") for w in spelt if "'" in w]
    return [*spelt, "pier", "Jihad", "wash", "shed", "Wednesday", "bred", "the", "a", "crews",
            "ferry", "10:30", "3", ",", ";", ".", "''", '"', "—", "-", "(", "\n", "it", "would",
            "to", "as", "until", "recalled", "planned", "moved"]


def test_may_be_past_holds_wherever_the_clause_reads_past() -> None:
    rng = random.Random(7)
    vocabulary = _vocabulary()
    past = ruled_out = 0
    for _ in range(1500):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 70)))
        lo = rng.randint(0, min(5, len(text) - 1))
        hi = rng.randint(max(lo + 1, len(text) - 5), len(text))
        piece = tense.PieceWords(text, lo, hi)
        _read(piece)
        for _ in range(12):
            start = rng.randint(lo, hi - 1)  # at a word's edge or inside one
            end = rng.randint(start, min(hi, start + 8))
            label = tense.clause_tense(text, start, end, lo, hi).label
            may = piece.may_be_past(start, end)
            if label == "past":
                past += 1
                assert may, (text[lo:hi], start, end)
            ruled_out += not may
    assert past > 1000 and ruled_out > 100  # both answers are exercised


def test_may_be_past_reads_a_word_cut_by_the_window_as_cut() -> None:
    # "wash" cut by the window's right edge reads "was" (past); "Jihad" cut on the left, "had"
    text = "09:30 pier" + " " * 153 + "wash" + " . " + "x" * 150 + " Jihad" + " " * 155 + "10:30"
    piece = tense.PieceWords(text, 0, len(text))
    _read(piece)
    right = text.index("wash") + 3 - tense._WINDOW  # the window ends after "was"
    assert tense.clause_tense(text, right - 5, right, 0, len(text)).label == "past"
    assert piece.may_be_past(right - 5, right)
    left = text.index("Jihad") + 2 + tense._WINDOW  # the window starts at "had"
    assert tense.clause_tense(text, left, left + 5, 0, len(text)).label == "past"
    assert piece.may_be_past(left, left + 5)
    assert not piece.may_be_past(0, 5)  # "pier" and blanks: nothing past


def test_tense_moving_clock_names_the_only_tense_that_moves_a_clock() -> None:
    clocks = recognise("at 06:40, 9:15 p.m. GMT, 1630 hrs, that night at 11 and 8 this evening")
    days = [None, Cal("day", date(2025, 3, 28)), Cal("day", DCT), Cal("day", date(2025, 4, 9))]
    moved = 0
    for c in clocks:
        for day in days:
            for dct in (DCT, None):
                base = Anchors(dct, day=day, period=day, sentence_day=day)
                plain = resolve(c, base)
                for label in ("present", "past", "future"):
                    r = resolve(c, Anchors(dct, day=day, period=day, sentence_day=day,
                                           tense=label))
                    if label == tense_moving_clock(base):
                        moved += r != plain
                    else:
                        assert r == plain, (c.text, day, dct, label)
    assert moved >= 4  # the tense it names does move clock times (two days, three clocks)


def test_a_timetable_tags_as_with_every_tense_read(monkeypatch) -> None:
    skipped = []
    unread = tagger._tense_unread

    def counted(anchors, cand, words) -> bool:
        skipped.append(unread(anchors, cand, words))
        return skipped[-1]

    quoted = TIMETABLE.replace("said no sailings", "said ''no sailings''")  # cuts a word
    monkeypatch.setattr(tagger, "_tense_unread", counted)
    fast = [tag_text(TIMETABLE, DCT), tag_text(quoted, DCT)]
    monkeypatch.setattr(tagger, "_tense_unread", lambda *_: False)  # every tense read
    assert fast == [tag_text(TIMETABLE, DCT), tag_text(quoted, DCT)]
    assert skipped.count(True) >= 8 and skipped.count(False) >= 20
    found = {m.text: m.value for m in fast[0]}
    assert found["08:40"] == "2025-03-31T08:40"  # before the publication date: no move
    assert found["10:45"] == "2025-04-10T10:45"  # after it, no past form around: its day
    assert found["17:05"] == "2025-04-02T17:05"  # "had already left" in reach: past, moved
    assert found["18:30"] == "2025-04-02T18:30"  # the day 17:05 moved to: no tense read


def _select_as_before(text: str, found: list[tuple]) -> list:
    """``recognise._select`` as it was: each chosen match built by ``_expand``."""
    from bisect import bisect_left

    rec = import_module("summarize.temporal.recognise")  # the module, not its function
    order = sorted(found, key=rec._ORDER)
    starts: list[int] = []
    chosen: list = []
    for _, _, s, e, c in order:
        i = bisect_left(starts, s)
        if i > 0 and chosen[i - 1].end > s:
            continue
        if i < len(chosen) and chosen[i].start < e:
            continue
        if not isinstance(c, rec.Candidate):
            name, kind, m, g = c
            if g is None:
                g = m.groupdict()
            if not rec._accept(text, name, kind, m, g):
                continue
            c = rec._expand(text, name, kind, m, g)[0]
        starts.insert(i, s)
        chosen.insert(i, c)
    return chosen


def _merge_as_before(text: str, cands: list) -> list:
    """``appositions.merge_appositions`` as it was: every neighbour pair handed to
    ``_merge_pair``."""
    rec = import_module("summarize.temporal.appositions")
    out: list = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and not prev.parts:
            merged = rec._merge_pair(text, prev, c, text[prev.end:c.start])
            if merged is not None:
                out[-1] = merged
                continue
        out.append(c)
    return out


_PHRASES = ["on day 9 of the ferry strike", "the 4th day of the harbour blockade,", "at 07:45,",
            "Tuesday at 3 p.m.", "noon Friday", "today, Saturday", "yesterday (Sunday)",
            "from 2 to 6 June", "in 2019-20", "three weeks later", "the week of 9 June",
            "by 1700 hrs", "last autumn", "in May", "May Ellis", "10:30 GMT on Monday",
            "the crews", "walked out", ",", "—", "(", "and", "then"]


def test_recognition_shortcuts_equal_the_reading_they_replace(monkeypatch) -> None:
    rec = import_module("summarize.temporal.recognise")  # the module, not its function
    rng = random.Random(11)
    texts = [TIMETABLE] + [" ".join(rng.choice(_PHRASES) for _ in range(rng.randint(1, 12)))
                           for _ in range(1500)]
    fast = [rec.recognise(t) for t in texts]
    monkeypatch.setattr(rec, "_select", _select_as_before)
    monkeypatch.setattr(rec, "merge_appositions", _merge_as_before)
    slow = [rec.recognise(t) for t in texts]
    assert fast == slow
    assert [dict(c.fields) for c in fast[1:] for c in c] == [
        dict(c.fields) for c in slow[1:] for c in c]  # fields do not take part in ==
    kinds = {c.kind for found in fast for c in found}
    assert {"era_day", "datetime", "apposition", "clock", "date"} <= kinds
