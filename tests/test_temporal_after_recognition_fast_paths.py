"""Session 16's fast paths after recognition give what the plain computation gives: each is
checked against the code it replaced (kept here as the reference) on texts written for this
test."""

from __future__ import annotations

from datetime import date

from summarize.temporal import eras
from summarize.temporal.eras import BUILTIN_ERAS, Era, active_phrases

_OWN = Era("the harbour strike", date(2024, 5, 2), ("the harbour strike",),
           ("the strike", "the walkout"), ("Dockers", "harbour"))
_NO_CONTEXT = Era("the drought", date(2023, 6, 1), ("the long drought",), ("the drought",))


def _plain_active_phrases(era_list, text):
    """``active_phrases`` as written before its memo (session 15)."""
    lowered = text.lower()
    pairs = []
    for era in era_list:
        pairs.extend((eras._norm(p), era) for p in era.phrases)
        if not era.context or any(w.lower() in lowered for w in era.context):
            pairs.extend((eras._norm(p), era) for p in era.aliases)
    return sorted(pairs, key=lambda pe: -len(pe[0]))


_TEXTS = [
    "",
    "The council met on Tuesday.",
    "Kyiv said the war had entered its 100th day.",
    "KIEV and BAGHDAD: talks on the invasion stalled.",
    "İstanbul hosted talks; Hamas and Gaza were named, and Kuwait's envoy came.",
    "Iraq, Kuwait and Ukrainian officials met. Dockers walked out at the harbour.",
    "The ſtrike in the ukraine-bound port ended.",
]


def test_active_phrases_equal_the_plain_scan() -> None:
    for era_list in (BUILTIN_ERAS, (_OWN, *BUILTIN_ERAS), (_NO_CONTEXT, _OWN), ()):
        for text in _TEXTS:
            for _ in range(2):  # the second call is served from the memo
                got = active_phrases(era_list, text)
                assert got == _plain_active_phrases(era_list, text), text
                assert [id(e) for _, e in got] == [
                    id(e) for _, e in _plain_active_phrases(era_list, text)]


def test_active_phrases_hands_out_a_list_of_its_own() -> None:
    first = active_phrases(BUILTIN_ERAS, "Kyiv said so.")
    first.clear()
    assert active_phrases(BUILTIN_ERAS, "Kyiv said so.") == _plain_active_phrases(
        BUILTIN_ERAS, "Kyiv said so.")


_GRANS = ("minute", "hour", "part-of-day", "day", "weekend", "week", "month", "quarter", "half",
          "season", "year", "decade", "century")
_UNITS = ("day", "week", "weekend", "month", "quarter", "half", "year", "season", "decade",
          "century")


def _cals():
    from summarize.temporal.values import Cal

    extras = {"minute": "14:05", "hour": "09:00", "part-of-day": "TEV", "season": "SU"}
    for gran in _GRANS:
        for start in (date(2024, 2, 29), date(1999, 12, 31), date(2025, 1, 1), date(2010, 7, 15)):
            yield Cal(gran, start, extras.get(gran, ""))


def test_shift_equals_replace() -> None:
    from dataclasses import replace

    from summarize.temporal.values import floor, shift

    for cal in _cals():
        for unit in _UNITS:
            for n in (-13, -1, 0, 1, 2, 7):
                got = shift(cal, n, unit)  # the start as computed, the rest of ``cal`` kept
                s = got.start
                if cal.gran not in ("day", "hour", "minute", "part-of-day", "season"):
                    assert floor(s, cal.gran) == s
                assert got == replace(cal, start=s) and type(got) is type(cal)


def test_dated_reads_value_and_interval_as_before() -> None:
    from summarize.temporal.context import dated
    from summarize.temporal.values import interval, value

    for _ in range(2):  # the second round is served from the memo
        for cal in _cals():
            for mod in ("", "START", "MID", "END", "APPROX"):
                r = dated(cal, "dct", "2025-01-01", "why", mod)
                assert (r.value, r.interval, r.cal, r.mod) == (value(cal), interval(cal, mod),
                                                                cal, mod)
                assert r.type == ("TIME" if cal.gran in ("hour", "minute", "part-of-day")
                                  else "DATE")


def test_present_ref_and_datetime_keep_every_field() -> None:
    from summarize.temporal import tag_text

    [now] = tag_text("Prices are rising now.", date(2025, 3, 20))
    assert (now.value, now.anchor, now.anchor_value, now.granularity) == (
        "PRESENT_REF", "dct", "2025-03-20", "day")
    assert now.interval is not None and now.interval[0].date() == date(2025, 3, 20)
    [when] = tag_text("The talks start at 9 a.m. on Friday, officials said.", date(2025, 3, 20))
    assert when.value == "2025-03-21T09:00" and "(" in when.explanation


_CLAUSE_TEXTS = (
    "It shut at 6 a.m. (0600 GMT) on Friday; ``the pier'' reopened. Then \"we\" left?! "
    "Sales rose 3.5 % . And they said ” no “ … Mr. Lee 🎄 came\nhome. At 7 p.m. (local) it "
    "ended. ok. A.M. (x) B",
    "Thursday 6 March: 09:15 ferry trial, 11:30 vote on the dock levy — Friday 7 March: "
    "14:45 talks with the pilots' union; 16:00 \"open day\" at the yard. Saturday: rest\n",
)


def test_clause_ends_start_at_a_mark() -> None:
    """``tense.clause_tense`` scans for clause ends from the first mark of its window: every
    window's matches are the same as scanning it whole."""
    from summarize.temporal.tense import _CLAUSE_END, _first_mark

    for text in _CLAUSE_TEXTS:
        for a in range(len(text) + 1):
            for b in range(a, min(len(text), a + 60) + 1):
                window, mark = text[a:b], _first_mark(text, a, b)
                whole = [m.span() for m in _CLAUSE_END.finditer(window)]
                if mark < 0:
                    assert whole == [], window
                    continue
                assert [m.span() for m in _CLAUSE_END.finditer(window, mark - a)] == whole


def _plain_after_gerund(before):
    """``tense._after_gerund`` as written before its guard (session 12): the search alone."""
    from summarize.temporal.tense import _gerund_after

    return _gerund_after(before)


def test_after_gerund_guard_skips_misses_only() -> None:
    import random

    from summarize.temporal.tense import _after_gerund

    vocab = ["after", "falling", "being", "the", "talks", "will", "face", "on", "said",
             "having", "winning", "<name>", "was", "rising", "in", "a"]
    rng = random.Random(16)
    for _ in range(5000):
        words = [rng.choice(vocab) for _ in range(rng.randrange(0, 14))]
        assert _after_gerund(words) == _plain_after_gerund(words), words


def test_possessive_word_pattern_reads_the_same_words() -> None:
    import random
    import re

    from summarize.temporal.verb_groups import WORD

    greedy = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
    alphabet = "ab1_'’- -–.,Éé\t\nx--'"
    rng = random.Random(16)
    texts = ["run-off, well-to-do -- x- -y a--b it's rock’n’roll 9-5 -", *(
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(5000))]
    for text in texts:
        assert [m.span() for m in WORD.finditer(text)] == [
            m.span() for m in greedy.finditer(text)], text
        for a in range(0, len(text), 7):
            assert WORD.findall(text, a, len(text) - 3) == greedy.findall(text, a, len(text) - 3)
