"""The tagger's shortcuts for dense texts (issue 18: a schedule of clock times) read exactly
what the plain code reads: same words, same tenses, same mentions."""

from __future__ import annotations

import importlib
import random
import re
from collections import Counter
from datetime import date

import pytest

from summarize.temporal import tag_text
from summarize.temporal.keys import (
    DIGIT_KEY_START,
    KEY_PHRASES,
    KEY_SCAN_BEFORE,
    WORD_KEY_AFTER,
    WORD_KEY_BEFORE,
    phrase_key_after,
)
from summarize.temporal.tense import PieceWords, clause_tense
from summarize.temporal.verb_groups import WORD, normed

SCHEDULE = ("Monday 7 April: 09:15 ferry board meeting, 11:30 the mayor will open the "
            "new pier, 14:45 vote on the lighthouse fund — Tuesday 8 April: 10:00 the "
            "inquiry resumed its well-attended hearings, 16:30 concert in the old quarry")
PIECES = [
    SCHEDULE,
    "The ferry crew, who'd walked out on Friday, said they would return on Tuesday.",
    "Talks that were scheduled to end at 17:00 dragged on past mid-March; sources said so.",
    "It was a long-awaited, hard-won deal -- signed on 3 May, ratified two weeks later.",
    "  rock’n’roll night's end-of-season show: 20:00-23:00, doors open at 19:30  ",
]


def test_piece_words_equal_a_fresh_read_of_any_span() -> None:
    rng = random.Random(18)
    for text in PIECES:
        for lo, hi in ((0, len(text)), (3, len(text) - 2)):
            piece = PieceWords(text, lo, hi)
            for _ in range(300):  # the first uses read afresh, the later ones the piece
                a = rng.randint(lo, hi)
                b = rng.randint(a, hi)
                assert piece.between(a, b) == normed(WORD.findall(text[a:b])), (text, a, b)


def test_words_cut_at_both_edges_read_as_their_visible_parts() -> None:
    text = "a well-attended hearing"
    piece = PieceWords(text, 0, len(text))
    for _ in range(3):
        piece.between(0, 1)  # past the uses that read afresh
    assert piece.between(7, 13) == ["attend"]  # "well-attended" cut inside both halves
    assert piece.between(6, 23) == ["attended", "hearing"]
    assert piece.between(0, 4) == ["a", "we"]


def test_clause_tense_with_the_piece_is_clause_tense_without_it() -> None:
    for text in PIECES:
        found = [(m.start, m.end) for m in tag_text(text, date(2025, 4, 2))]
        assert found, text
        piece = PieceWords(text, 0, len(text))
        for _ in range(2):  # the second round reads the cached piece
            for start, end in found:
                assert clause_tense(text, start, end, 0, len(text), piece) == \
                    clause_tense(text, start, end, 0, len(text)), (text, start)


def test_schedule_clock_times_read_their_own_item() -> None:
    piece = PieceWords(SCHEDULE, 0, len(SCHEDULE))
    tenses = {}
    for _ in range(2):
        for m in tag_text(SCHEDULE, date(2025, 4, 2)):
            tenses[m.text] = clause_tense(SCHEDULE, m.start, m.end, 0, len(SCHEDULE), piece)
    assert tenses["11:30"].label == "future"
    assert tenses["11:30"].cue == "will open"


def test_started_event_prefilter_agrees_with_the_pattern() -> None:
    from summarize.temporal.events import _STARTED, STARTED_REACH, _head, started_event
    rng = random.Random(7)
    words = ["the", "ferry", "strike", "began", "opened", "broke", "out", "on", "in", "at",
             "took", "effect", "came", "into", "force", "got", "under", "way", "kicked", "off",
             "Tuesday", "union", "that", "\u00a0", "\n", "-"]
    tails = ["the pier strike began on ", "Since the new toll opened ", "the ferry ban took "
             "effect ", "the dock walkout broke out in  ", "the strike began", "the vote on "]
    for _ in range(3000):
        tails.append(" ".join(rng.choice(words) for _ in range(rng.randint(0, 9)))
                     + rng.choice(["", " ", "  ", "\t"]))
    for before in tails:
        m = _STARTED.search(before[-STARTED_REACH:])
        assert started_event(before) == (_head(m.group("np")) if m else None), before
    assert started_event("the pier strike began on ") == ("pier strike", "strike")


def test_evolve_and_candidates_build_what_their_dataclasses_build() -> None:
    import dataclasses

    from summarize.temporal.candidate import Candidate
    from summarize.temporal.context import Anchors, evolve
    a = Anchors(date(2025, 4, 2), tense="past", era_phrases=[("the strike", None)])
    b = evolve(a, tense="future", tense_cue="will open", today=True)
    assert b == dataclasses.replace(a, tense="future", tense_cue="will open", today=True)
    assert b.era_phrases is a.era_phrases and b.dct == date(2025, 4, 2)
    c = Candidate(3, 8, "17:00", "clock_24h", "clock")
    assert (c.start, c.end, c.text, c.rule, c.kind, dict(c.fields), c.parts) == \
        (3, 8, "17:00", "clock_24h", "clock", {}, ())
    assert dataclasses.replace(c, end=9).end == 9 and c == Candidate(3, 8, "17:00",
                                                                      "clock_24h", "clock")


def test_quick_init_and_quick_new_build_what_the_dataclass_builds() -> None:
    import dataclasses

    import pytest

    from summarize.models import Mention
    from summarize.temporal.slots import quick_init, quick_new

    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain:
        port: str
        berths: int = 4
        boats: list = dataclasses.field(default_factory=list)

    Quick = quick_init(dataclasses.dataclass(frozen=True, slots=True)(
        type("Quick", (), {"__annotations__": {"port": str, "berths": int, "boats": list},
                           "berths": 4, "boats": dataclasses.field(default_factory=list)})))
    q, p = Quick("Kelvan", boats=[1]), Plain("Kelvan", boats=[1])
    assert (q.port, q.berths, q.boats) == (p.port, p.berths, p.boats) == ("Kelvan", 4, [1])
    assert Quick("x").boats == [] and Quick("x").boats is not Quick("x").boats
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.port = "Orvessa"  # type: ignore[misc]
    make = quick_new(Mention)
    args = ("a1", 3, 8, "17:00", 0, "TIME", "2025-04-07T17:00", None, "minute", "dct",
            "2025-04-02", "clock_24h", "why")
    assert make(*args) == Mention(*args) and make(*args, mod="AFTER").mod == "AFTER"

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        n: int

        def __post_init__(self) -> None:
            raise AssertionError

    with pytest.raises(TypeError):
        quick_new(Checked)


def test_clock_times_of_a_schedule_fall_on_their_day_header() -> None:
    found = [(m.text, m.value) for m in tag_text(SCHEDULE, date(2025, 4, 2))]
    assert found[:5] == [("Monday 7 April", "2025-04-07"), ("09:15", "2025-04-07T09:15"),
                         ("11:30", "2025-04-07T11:30"), ("14:45", "2025-04-07T14:45"),
                         ("Tuesday 8 April", "2025-04-08")]
    assert found[5] == ("10:00", "2025-04-08T10:00")


#: Pieces of dates and times, glued at random into texts of near misses ("3.4.10:30",
#: "'03/04", "Thursday 1 May:", "13 to 15 July").
_PIECES = ["3", "03", "10", "25", "2025", "1800", "0900", "4", "31", "12", "9", " hrs", " hours",
           " GMT", " Mar", " May", " March", "at ", "on ", " vote ", "Tuesday ", " am", "pm",
           "'", "’", "/", ".", "-", ":", ":30", ":00", "/5", ".4.", "-Mar-", ", ", " ", " — ",
           " after next", " week", " of ", " in ", " from now", " the ", "next ", "last ", "this ",
           " year", " July", " Thursday", " Sept.", " to ", "2nd", "13th", " second ", "the ",
           " first", " 15", " 1 to 3 May", " May 1-3", " the second Friday from now",
           " March of next year", " Friday of next week", " Friday week", " first Monday of June",
           " 3-May-25", " Tue, the 4th", " 1/2/2003", " 12-05-2024", " 7/8", " May 2 this year",
           " next week, on Monday", " 10:30 pm", "10am", " 9.15 a.m.", "1030pm", " 11:05:30 PM",
           " day", " days", " of the", " in a row", " straight ", " on record", " since ",
           " 3rd day of May", " 2nd day of next month", " 5th day in a row", " worst week since",
           " a quarter of an hour", " half a century", " half-", " an ", " hour", " on the 3rd",
           " 12th day of the", " third straight session", " 7th", "by the 21st of",
           " Friday at 3", " Thurs. at 9:30", " at ", ", the 9th works", " the 21st is fine",
           # session 15's guards: clock hours, ISO dates, decades, post plans, day ranges
           " 2024-03-05", " 2024-03", " the 1990s", " the late '80s", " 10-11 am", " 9 am to 11,",
           " at 8 EST", " @ 6", " around 7ish", " kickoff at 7.45", " back by 6.", " from 4,",
           " booked 3rd-5th.", " off 10th-12th,", " after five.", " before nine,", " was ",
           " the 3rd was her last day", " 21h30", " 1930 GMT",
           # session 16: key words found only before what their rules need ("and 5", "Tea at")
           " and ", " AND\t", "From ", " BY 6", " until\n", " till ", "b4 ", " party", " Tea",
           ". at ", " starts.", " dinner",
           # session 16: bare-hour ranges ("from 9 until 5")
           " from 9 until 5.", " from 8 till 6 ", " from 10 til 2,", " Monday after next",
           # session 17: units a fixed phrase must follow ("the year before last")
           " before last", " year before last", " a day and a half", " business day and a half",
           " the first three days of", " the final working days of", " before the vote",
           " month after the", " the last two hours", " and a half",
           # session 17: holiday names' key words ("New" needs "Year"; "May Day", not "May")
           " New Year's Eve", " new", " New", " May Day", " Good Friday", " good", " Black",
           " Friday", " St. Patrick's Day", " St", " Mother's Day", " mother", " Christmas",
           " Boxing Day", " family", " Family Day", " Presidents' Day", " presidents",
           " years later", " days earlier", " two days from today", " 3 weeks before tomorrow",
           " five hours a day", " 2008-09", " 1999 – 2000", " 2010/11", " business days later",
           # session 19: units that "away" or "in the making" must follow
           " weeks away", " years in the making", " away", " months"]


def _recognise_module():
    return importlib.import_module("summarize.temporal.recognise")


def test_digit_key_start_holds_at_the_digits_of_every_match_of_its_rule() -> None:
    rec = _recognise_module()
    text = ("At 1800 hrs, 0900 GMT and at 1000 hours: 5-Mar-2025, 12-05-2024 11:00, 4/5/25 9:30, "
            "3.4.10:30, 12/05 and 7/8, 1/2/2003; 2024-03-05 and 2024-03, the 1990s, the late '80s, "
            "the 1960 's, 10-11 am, 9 am to 11, 4:30 to 6, at 8 EST, @ 6, around 7ish, kickoff at "
            "7.45, 21h30, 7 till 11 tonight")
    rules = {name: rx for name, _, rx, _ in rec.COMPILED}
    seen = {}
    for name, start in DIGIT_KEY_START.items():
        for m in rules[name].finditer(text):
            digits = re.search(r"\d", m.group()).start() + m.start()
            assert re.compile(start).match(text, digits), (name, m.group())
            seen.setdefault(name, []).append(m.group())
    assert seen == {"date_numeric": ["4/5/25", "3.4.10", "1/2/2003"],
                    "date_numeric_md": ["12/05", "7/8"], "date_numeric_dash": ["12-05-2024"],
                    "date_dmy_sep": ["5-Mar-2025"],
                    "clock_hrs": ["1800 hrs", "0900 GMT", "at 1000 hours"],
                    # session 15: clock hours, ISO dates and decades (a year tries none of them)
                    "date_iso": ["2024-03-05"], "year_month": ["2024-03"],
                    "year_range": ["2024-03"],  # session 17: a range of years
                    "clock_24h": ["11:00", "9:30", "4:30", "21h30"],
                    "clock_hour_zone": ["at 8 EST"], "clock_range_start": ["10-11 am",
                                                                       "7 till 11 tonight"],
                    "clock_range_end": ["9 am to 11"], "clock_at_sign": ["@ 6"],
                    "clock_ish": ["around 7ish"], "clock_dot_cue": ["kickoff at 7.45"],
                    "decade": ["the 1990s", "the late '80s", "the 1960 's"],
                    "clock_ampm": ["11 am", "9 am"]}


def test_rules_skipped_at_their_keys_would_have_found_nothing(monkeypatch) -> None:
    rec = _recognise_module()
    rng = random.Random(7)
    texts = [SCHEDULE, "Tuesday 4 March: 15:00 talks, 3.4.10:30 rally, '03/04:30 vote, 12/05",
             "At 1800 hrs, 0900 GMT and at 1000 hours: 5-Mar-2025, 12-05-2024 11:00, 4/5/25 9:30",
             "Thursday 1 May: 13 to 15 July, Friday after next, next week, Friday, May 2 last year"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(30)) for _ in range(1000)]
    fast = [[(c.start, c.end, c.rule, dict(c.fields)) for c in rec.recognise(t)] for t in texts]
    for table in ("DIGIT_KEY_START", "WORD_KEY_AFTER", "WORD_KEY_BEFORE", "KEY_PHRASES"):
        monkeypatch.setattr(rec, table, {})
    monkeypatch.setattr(rec, "_ORDINAL", re.compile(r"(?!)"))  # an ordinal counts as a number
    monkeypatch.setattr(rec, "_RULES", [None] * len(rec._RULES))
    monkeypatch.setattr(rec, "_KEY_RULES", {})
    plain_keys = rec._key_pattern({})  # every key word found, whatever follows it
    monkeypatch.setattr(rec, "_KEY_TOKEN", re.compile(plain_keys))
    monkeypatch.setattr(rec, "_KEY_TOKEN_ANY_CASE", re.compile(plain_keys, re.IGNORECASE))
    plain = [[(c.start, c.end, c.rule, dict(c.fields)) for c in rec.recognise(t)] for t in texts]
    assert fast == plain
    assert [c[:3] for c in fast[1]] == [(0, 15, "date_day_month"), (17, 22, "clock_24h"),
                                        (30, 36, "date_numeric"), (51, 56, "clock_24h")]
    assert [c[:3] for c in fast[3]] == [
        (0, 14, "date_day_month"), (16, 18, "date_range_dm"), (22, 29, "date_day_month"),
        (31, 48, "weekday_after_next"), (50, 67, "week_weekday"), (69, 84, "date_rel_year")]
    rules = Counter(c[2] for found in fast[4:] for c in found)  # the random texts' near misses
    assert sum(rules.values()) > 1000
    assert {r for r in (*DIGIT_KEY_START, *WORD_KEY_AFTER, *WORD_KEY_BEFORE, *KEY_PHRASES)
            if rules[r] < 2} == set()


def test_a_day_count_tries_no_rule_its_unit_cannot_end(monkeypatch) -> None:
    """ "its 12th day of the strike": an ordinal is no duration's number, "day of the" no
    date's day or streak, so only the day-count rules run their patterns there."""
    rec = _recognise_module()
    tried: Counter = Counter()
    plain_info = rec._rule_info

    class Counted:
        def __init__(self, rx: re.Pattern, name: str) -> None:
            self.rx, self.name = rx, name

        def match(self, text: str, pos: int = 0):
            tried[self.name] += 1
            return self.rx.match(text, pos)

    def counted_info(i: int) -> tuple:
        info = plain_info(i)
        info = (*info[:2], Counted(info[2], info[0]), *info[3:])
        rec._RULES[i] = info
        return info

    monkeypatch.setattr(rec, "_rule_info", counted_info)
    monkeypatch.setattr(rec, "_RULES", [None] * len(rec._RULES))
    monkeypatch.setattr(rec, "_KEY_RULES", {})
    text = "The lockout entered its 21st day as the ferry crews marked the 22nd day of the dispute"
    found = [(c.text, c.rule) for c in rec.recognise(text)]
    assert found == [("its 21st day", "era_day_ordinal"),
                     ("the 22nd day of the dispute", "era_day_ordinal")]
    # a streak is still tried where no "of" follows ("its 21st day as")
    assert set(tried) == {"era_day_ordinal", "era_day_number", "anaphoric_day", "unit_streak"}


def test_key_words_left_unfound_are_the_keys_whose_rules_are_all_passed_over() -> None:
    """A word keying only rules that start at it and need what follows (``_key_guards``), or
    a look-behind (``KEY_SCAN_BEFORE``), is found just where its rules' check passes: in lower
    and any case, as the plain key regex and the check on the text find it."""
    rec = _recognise_module()
    plain = re.compile(rec._key_pattern({}))
    guarded = rec._key_guards(WORD_KEY_AFTER)
    behind = rec._key_lookbehinds(KEY_SCAN_BEFORE)
    assert {k for k, g in guarded.items() if g} >= {"and", "at", "from", "by", "tea", "party"}
    assert set(behind) == {"was", "were"}
    rng = random.Random(16)
    texts = ["".join(rng.choice(_PIECES) for _ in range(30)) for _ in range(500)]
    texts += ["AND 5 And\t7 at 9 At 10 tea at 6 TEA AT 7 tea. at 8 by\n6 from 4 b4 5 untilnow",
              "the 3rd was, the 2ND  WAS her, 1st\twere, it was, the 4th  was"]
    for text in texts:
        for pattern, subject in ((rec._KEY_TOKEN, text.lower()),
                                 (rec._KEY_TOKEN_ANY_CASE, text)):
            want = [m.span() for m in plain.finditer(subject.lower())
                    if (not guarded.get(m.group()) or re.compile(
                        guarded[m.group()], re.IGNORECASE).match(text, m.end()))
                    and (m.group() not in behind or re.compile(
                        f"(?<={behind[m.group()]})", re.IGNORECASE).match(text, m.start()))]
            assert [m.span() for m in pattern.finditer(subject)] == want, text


@pytest.mark.parametrize("text", [
    "the 3rd was her last day", "The 21st  was my first shift", "the 2ND WAS OUR last day",
    "the 1st\twere their last days"])
def test_the_key_scan_look_behind_holds_wherever_the_rule_needs_its_ordinal(text) -> None:
    """ "was" is found only after an ordinal's last letter and a blank (or two blanks):
    wherever ``day_ordinal_was``'s own check before its key passes, the scan finds the key."""
    rec = _recognise_module()
    verb = re.search(r"(?i)\b(?:was|were)\b", text)
    assert re.compile(WORD_KEY_BEFORE["day_ordinal_was"], re.IGNORECASE).search(
        text, 0, verb.start())
    assert verb.span() in [m.span() for m in rec._KEY_TOKEN.finditer(text.lower())]
    assert verb.span() in [m.span() for m in rec._KEY_TOKEN_ANY_CASE.finditer(text)]
    assert rec.recognise(text)[0].rule == "day_ordinal_was"
    assert "was" not in [m.group() for m in rec._KEY_TOKEN.finditer("she was there, as was i")]


def test_name_checks_guards_hold_wherever_their_patterns_match() -> None:
    """``part_of_a_name`` searches for an age group's "under-" only after a hyphen (or a
    newline, where "$" matches too), and ``_season_of_year_title`` reads on only before a
    "'69": wherever the patterns match, the character the guard reads is there."""
    names = importlib.import_module("summarize.temporal.names")
    rng = random.Random(16)
    bits = ["under-", "Over-", "over-\n", "UNDER", "-", "\n", " ", "Summer of '69", "Fall of ’99",
            " of ", "'", "’", "69", "Winter", "x", "Summer", "of"]
    hits = Counter()
    for _ in range(3000):
        text = "".join(rng.choice(bits) for _ in range(6))
        for s in range(len(text) + 1):
            if names._AGE_GROUP_BEFORE.search(text, max(0, s - 6), s):
                hits["age"] += 1
                assert text[s - 1:s] in ("-", "\n"), (text, s)
            for e in range(s, len(text) + 1):
                if names._SEASON_OF_YEAR.fullmatch(text, s, e):
                    hits["season"] += 1
                    assert e >= 3 and text[e - 3] in "'’", (text, s, e)
    assert hits["age"] > 100 and hits["season"] > 100


@pytest.mark.parametrize(("key", "follows", "after"), [
    ("new", "New Year's Eve", " Year"), ("may", "May Day", " Day"),
    ("presidents", "Presidents' Day", "' Day"), ("st", "St. Patrick's Day", ". Patrick"),
    ("black", "Black Friday", " Friday"), ("good", "Good Friday", " Friday"),
])
def test_a_holiday_key_word_needs_the_next_word_of_a_holiday_name(key, follows, after) -> None:
    """ "new" keys the holiday rule only before "Year": what follows a key word in some holiday
    name, matched without case; a word that ends a name ("Christmas") needs nothing."""
    need = re.compile(phrase_key_after("holiday", key), re.IGNORECASE)
    assert need.match(follows, len(key)) is not None
    assert need.match(after.upper(), 0) is not None
    assert need.match(" York", 0) is None and need.match(" says", 0) is None
    assert phrase_key_after("holiday", "christmas") is None
    assert phrase_key_after("holiday", "easter") is None  # "since easter" ends a name
