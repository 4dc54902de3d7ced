"""The eighth speed pass (issue 18 item 7) changes no output: each shortcut answers as the
slower reading it stands in for, on crafted and random inputs."""

from __future__ import annotations

import random
from datetime import date
from importlib import import_module

import pytest
from test_temporal_seventh_pass import _PHRASES

from summarize.temporal import (
    clause_says,
    number_checks,
    piece_candidates,
    tag_text,
    tagger,
    tense,
)
from summarize.temporal.context import Anchors
from summarize.temporal.recognise import recognise
from summarize.temporal.resolve import resolve
from summarize.temporal.resolve.times import tense_moving_clock
from summarize.temporal.values import Cal

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
        expected = number_checks._NOT_A_CLOCK.search(text, lo, hi) is not None
        assert number_checks.not_a_clock_before(text, lo, hi) == expected, (text, lo, hi)
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
        assert number_checks.not_a_clock_before(text, 0, len(before)) is expected, before


#: Digit-led phrases that key the guarded rules, and words around them.
_DIGIT_PHRASES = ["17:00 press briefing", "09:45 launch", "Monday 3 March:", "at 3pm", "in '82",
                  "2009-10", "10/12", "3/4 of", "12.5.2024", "by 1700 hrs", "2Q21", "4 p.m.",
                  "won 21:19", "3 - 5 June", "the 12th", "1990s", "on 2/15", "6 a.m. (0600 GMT)",
                  "2024-03-01", "Q3 2023", "14 to 16 May", "20:15", "7", "45", "—", ",", "and",
                  "the vote", "report,", "'", "’"]


def _unguarded(rec, real):
    """``_rule_info`` without the prefilters: every rule tried at every start of its window."""
    def info(i: int) -> tuple:
        plain = (*real(i)[:6], None, None, None, None, None)
        rec._RULES[i] = plain
        return plain
    return info


def test_the_key_guards_pass_over_only_rules_that_cannot_match(monkeypatch) -> None:
    rec = import_module("summarize.temporal.recognise")  # the module, not its function
    rng = random.Random(8)
    texts = [" ".join(rng.choice(_DIGIT_PHRASES) for _ in range(rng.randint(1, 16)))
             for _ in range(1500)]
    fast = [rec.recognise(t) for t in texts]
    monkeypatch.setattr(rec, "_KEY_RULES", {})
    monkeypatch.setattr(rec, "_RULES", [None] * len(rec._RULES))
    monkeypatch.setattr(rec, "_rule_info", _unguarded(rec, rec._rule_info))
    slow = [rec.recognise(t) for t in texts]
    assert all(info is None or info[8] is None for info in rec._RULES)  # the slow path ran
    assert fast == slow
    assert [dict(c.fields) for c in fast for c in c] == [dict(c.fields) for c in slow for c in c]
    assert {"clock", "date", "numeric", "year"} <= {c.kind for found in fast for c in found}


def _as_values(found) -> list[tuple]:
    """Every field of each candidate and its parts, ``fields`` included (not in ==)."""
    return [(c.start, c.end, c.text, c.rule, c.kind, dict(c.fields), _as_values(c.parts))
            for c in found]


def test_moving_a_long_pieces_candidates_equals_copying_them() -> None:
    rng = random.Random(9)
    phrases = [*_PHRASES, "14:00 local time (1200 GMT) on Thursday", "day 12 of the siege"]
    shared = 0
    for _ in range(600):
        piece = " ".join(rng.choice(phrases) for _ in range(rng.randint(1, 14)))
        offset = rng.randint(1, 5_000)
        copied = [piece_candidates._shifted(c, offset) for c in recognise(piece)]
        found = recognise(piece)
        parts = [id(p) for c in found for p in c.parts]
        shared += len(parts) + len(found) > len(set(parts) | {id(c) for c in found})
        assert _as_values(piece_candidates._moved(found, offset, set())) == _as_values(copied)
    assert shared > 20  # candidates that are parts of others too were moved once


def test_a_long_piece_tags_as_when_its_candidates_were_copied(monkeypatch) -> None:
    text = ("Talks opened. " + "The port schedule: 14:00 local time (1200 GMT) on Thursday, "
            "09:30 crews report, the 3rd day of the harbour strike, noon Friday, " * 40)
    moved = tag_text(text, date(2025, 3, 20))
    monkeypatch.setattr(piece_candidates, "_moved", lambda found, offset, _: [
        piece_candidates._shifted(c, offset) for c in found])
    assert tag_text(text, date(2025, 3, 20)) == moved
    assert len(moved) > 150 and {"time_on_date", "era_day_ordinal"} <= {m.rule for m in moved}


#: Words around "today" and its kin, in every case, and letters beyond ASCII that a case-blind
#: search reads as ASCII ones ("thiſ", "TONİGHT", "ﬆ").
_TODAY_BITS = ("today", "Today", "TODAY", "tonight", "ToNiGhT", "this", "This", "morning",
               "Evening", "afternoon", "thiſ", "TONİGHT", "todaı", "Kelvin", "ﬆ", "to day",
               "Thistle", "tonights", "this\nmorning", "this  evening", "—", "’", "é", "the",
               "report", "17:00", ",", "_today", "today_", "2today", "", " ")


def test_says_today_equals_the_case_blind_search() -> None:
    rng = random.Random(10)
    said = 0
    for _ in range(20_000):
        text = " ".join(rng.choice(_TODAY_BITS) for _ in range(rng.randint(1, 10)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        expected = clause_says._TODAY.search(text, lo, hi) is not None
        assert clause_says.says_today(text, lo, hi) == expected, (text, lo, hi)
        said += expected
    assert 2_000 < said < 18_000
    assert clause_says.says_today("see you thiſ morning", 0, 20)  # a long s
    assert not clause_says.says_today("see you — thistle", 0, 17)


def test_the_glued_token_memo_answers_as_the_pattern() -> None:
    rec = import_module("summarize.temporal.recognise")
    rng = random.Random(12)
    tokens = ["".join(rng.choice("0123456789ahmpqsz") for _ in range(rng.randint(1, 7)))
              for _ in range(5_000)] + ["3pm", "10a", "15h00", "0930hrs", "2018q4", "1q24", "00"]
    glued = [t for t in tokens if rec._GLUED[t]]
    assert glued == [t for t in tokens if rec.GLUED.fullmatch(t)]
    assert len(glued) > 50


def _anchors_in_turn(rng: random.Random, n: int) -> list[Anchors]:
    """``n`` anchors drawn from a few, each repeated a few times in a row (as a day's clock
    times share theirs), on days before, on and after the publication date."""
    pool = []
    for dct in (date(2025, 4, 2), None):
        for delta in (-3, 0, 4, None):
            day = None if delta is None or dct is None else Cal(
                "day", date(2025, 4, 2).fromordinal(dct.toordinal() + delta))
            for age in (0, 1):
                pool.append(Anchors(dct, day=day, period=day, sentence_day=day if age == 0
                                    else None, period_age=age))
    out: list[Anchors] = []
    while len(out) < n:
        out += [rng.choice(pool)] * rng.randint(1, 4)
    return out[:n]


def test_the_clock_caches_answer_as_a_fresh_reading() -> None:
    times = import_module("summarize.temporal.resolve.times")
    rng = random.Random(13)
    piece = "Talks at 10:30 went on, 11:45 lunch, 14:00 the crews had left, 16:15 vote"
    words = tense.PieceWords(piece, 0, len(piece))
    while words.uses < 3:
        words.between(0, 0)
    clocks = [c for c in recognise(piece) if c.kind == "clock"]
    sequence = _anchors_in_turn(rng, 3_000)
    for anchors in sequence:
        cand = rng.choice(clocks)
        moving = tense_moving_clock(anchors)
        fresh = not moving or (moving == "past" and not words.may_be_past(cand.start, cand.end))
        assert tagger._tense_unread(anchors, cand, words) == fresh
        got = resolve(cand, anchors)
        times._LAST_DAY = (None,)  # forget the day: read it afresh
        assert got == resolve(cand, anchors)
    assert len({id(a) for a in sequence}) > 8


@pytest.mark.parametrize(("text", "tense_label", "expected"), [
    ("on 14 March", "past", "took 2025, the nearest to"),
    ("on 14 August", "past", "took 2024, past tense ('met'), on or before"),
    ("on 14 August", "future", "took 2025, future tense ('met'), on or after"),
    ("on 14 August", "present", "took 2025, the nearest to"),
    ("on Thursday 14 August", "", "took 2025, the nearest to"),
])
def test_a_date_without_a_year_explains_its_choice(text, tense_label, expected) -> None:
    cand = next(c for c in recognise(text) if c.kind == "date")
    anchors = Anchors(date(2025, 3, 20), tense=tense_label, tense_cue="met")
    r = resolve(cand, anchors)
    assert f"has no year: {expected} the publication date 2025-03-20" in r.explanation


def _nearest_as_before(cands: list[date], ref: date, tense: str) -> date:
    """``absolute.nearest`` as it was: every choice made, whatever the number of candidates."""
    close = min(cands, key=lambda d: (abs((d - ref).days), d > ref))
    if abs((close - ref).days) <= 62:
        return close
    if tense == "past" and any(d <= ref for d in cands):
        return max(d for d in cands if d <= ref)
    if tense == "future" and any(d >= ref for d in cands):
        return min(d for d in cands if d >= ref)
    return min(cands, key=lambda d: (abs((d - ref).days), d > ref))


def test_the_nearest_date_is_chosen_as_before() -> None:
    absolute = import_module("summarize.temporal.resolve.absolute")
    rng = random.Random(14)
    ref = date(2025, 3, 20)
    for _ in range(5_000):
        cands = sorted({ref.fromordinal(ref.toordinal() + rng.randint(-800, 800))
                        for _ in range(rng.randint(1, 3))})
        tense_label = rng.choice(("past", "future", "present", ""))
        assert absolute.nearest(cands, ref, tense_label) == _nearest_as_before(
            cands, ref, tense_label)


def test_a_candidates_fields_are_the_groups_that_took_part() -> None:
    rec = import_module("summarize.temporal.recognise")
    rng = random.Random(15)
    seen = 0
    for _ in range(300):
        piece = " ".join(rng.choice([*_PHRASES, *_DIGIT_PHRASES]) for _ in range(6))
        for _name, kind, rx, _ in rec.COMPILED:
            for m in rx.finditer(piece):
                if m.end() == m.start() or kind in rec._TWO_ENDS:
                    continue
                groups = m.groupdict()
                c = rec._candidate(piece, "rule", kind, m, groups, m.start(), m.end())
                expected = {k: v for k, v in groups.items() if v is not None}
                if "event" in expected:
                    expected["event_start"] = str(m.start("event"))
                assert dict(c.fields) == expected and list(c.fields) == list(expected)
                seen += 1
    assert seen > 1_000
