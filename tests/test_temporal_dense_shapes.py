"""Speed shortcuts for texts dense with time expressions (issue 18 item 7) give what the plain
code gives: matches judged only when the selection reaches them, memoised verb-group tenses,
event phrases tried by first letter, anchors copied by a generated function."""

from __future__ import annotations

import dataclasses
import importlib
import random
from bisect import bisect_left
from datetime import date

import pytest

from summarize.temporal.context import Anchors, evolve, evolver
from summarize.temporal.eras import Era, _may_open, _norm, _phrase_pattern, match_era
from summarize.temporal.tense import _CLAUSE_END, _CLAUSE_MARK, clause_tense
from summarize.temporal.values import Cal

#: Glued into random texts: nested and overlapping forms, words the context checks reject
#: ("may" without a cue, "the Sunday Herald"), ranges that yield two candidates.
_PIECES = [" Monday 3 March", " Thursday 1 May", " 1 May", " may", " May", " march", " 09:15",
           " 14:30 talks", ", ", " — ", " the Sunday Herald", " Sunday", " 3-5 May", " May 3-5",
           " 2008-09", " 1998-2001", " at 10 pm", " noon Thursday", " today, Saturday",
           " in spring", " fall", " next week", " 5 p.m. EST, Nov. 6",
           " the 12th day of the strike",
           " three days ago", " 2025", " in 1990", " 1990 people", " soon", " as soon as",
           " Now", " for the weather", " the morning", " at night", " on Friday night", " 4/5/25",
           " 12/05", " '82", " 1800 hrs", " three-quarters", " a quarter", " 7 to 9 June"]


def _rec():
    return importlib.import_module("summarize.temporal.recognise")


def _eager_select(text: str, found: list[tuple]) -> list:
    """The selection as it was before: every match judged and built first, then chosen."""
    rec = _rec()
    cands = []
    for _, i, _, _, c in found:
        if not isinstance(c, rec.Candidate):
            name, kind, m, g = c
            if g is None:  # recognise leaves a match's groups unread until it is judged
                g = m.groupdict()
            if not rec._accept(text, name, kind, m, g):
                continue
            c = rec._expand(text, name, kind, m, g)[0]
        cands.append((i, c))
    order = sorted(cands, key=lambda pc: (-(pc[1].end - pc[1].start), pc[0], pc[1].start))
    starts: list[int] = []
    chosen: list = []
    for _, c in order:
        i = bisect_left(starts, c.start)
        if (i > 0 and chosen[i - 1].end > c.start) or (i < len(chosen)
                                                       and chosen[i].start < c.end):
            continue
        starts.insert(i, c.start)
        chosen.insert(i, c)
    return chosen


def test_judging_only_reachable_matches_selects_what_judging_all_selects(monkeypatch) -> None:
    rec = _rec()
    rng = random.Random(18)
    texts = ["Thursday 1 May: 09:15 talks, 14:30 vote — Friday 2 May: may rally",
             "the Sunday Herald said on Sunday, 3-5 May and 2008-09"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(25)) for _ in range(400)]
    lazy = [[(c.start, c.end, c.rule, dict(c.fields), c.parts) for c in rec.recognise(t)]
            for t in texts]
    monkeypatch.setattr(rec, "_select", _eager_select)
    eager = [[(c.start, c.end, c.rule, dict(c.fields), c.parts) for c in rec.recognise(t)]
             for t in texts]
    assert lazy == eager
    assert [c[:3] for c in lazy[0]] == [(0, 14, "date_day_month"), (16, 21, "clock_24h"),
                                        (29, 34, "clock_24h"), (42, 54, "date_day_month")]
    assert [c[:3] for c in lazy[1]] == [(26, 32, "weekday"), (34, 35, "date_range_dm"),
                                        (36, 41, "date_day_month"), (46, 50, "year_range"),
                                        (51, 53, "year_range")]


def test_a_memoised_verb_group_keeps_its_tense_and_cue() -> None:
    text = "The ferry board will meet at 09:15 and 11:30, then said it met at 14:45."
    spans = [(text.index(t), text.index(t) + 5) for t in ("09:15", "11:30", "14:45")]
    first = [clause_tense(text, s, e) for s, e in spans]
    again = [clause_tense(text, s, e) for s, e in spans]
    assert [(t.label, t.cue) for t in first] == [("future", "will meet"), ("future", "will meet"),
                                                 ("past", "met")]
    assert again == first


def test_event_phrases_tried_by_first_letter_find_what_trying_all_finds() -> None:
    era = Era(name="the harbour strike", start=date(2024, 5, 1), phrases=(), aliases=(),
              context=())
    phrases = [(_norm(p), era) for p in ("the harbour strike", "the dock walkout", "a strike",
                                         "Kelvin's siege", "Ísland's vote", "’t Hooft affair",
                                         "9/11 inquiry", "the siege of Kestrel")]
    rng = random.Random(7)
    words = ["the ", "The ", "THEIR ", "an ", "a ", "its ", "this ", "  ", "harbour strike",
             "Harbour  Strike", "dock walkout", "strike", "\u212aelvin's siege", "kelvin’s siege",
             "siege of kestrel", "\u0130sland's vote", "ísland's vote", "'t hooft affair",
             "9/11 inquiry", "x", "ſtrike", "Dock walkout began"]
    for _ in range(3000):
        ahead = "".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        every = next((p for p, _ in phrases if _phrase_pattern(p).match(ahead)), None)
        tried = next((p for p, _ in _may_open(ahead, phrases) if _phrase_pattern(p).match(ahead)),
                     None)
        assert tried == every, ahead
    assert [p for p, _ in _may_open("The dock walkout began", phrases)] == [
        "dock walkout", "ísland's vote", "'t hooft affair"]
    assert [p for p, _ in _may_open("strike", phrases)] == [
        "strike", "ísland's vote", "'t hooft affair", "siege of kestrel"]
    assert len(_may_open("\u212aelvin's siege", phrases)) == len(phrases)


def test_evolve_copies_every_other_field_as_replace_does() -> None:
    day = Cal("day", date(2025, 3, 3))
    a = Anchors(date(2025, 3, 20), day=day, period=day, sentence_day=day, period_age=2,
                tense="past", tense_cue="met", era_phrases=[], era_subject="the siege",
                today=True, prep="on")
    names = [f.name for f in dataclasses.fields(Anchors)]
    rng = random.Random(3)
    for _ in range(200):
        changed = rng.sample(names, rng.randint(1, 4))
        values = {n: f"<{n}>" for n in changed}
        got = evolve(a, **values)
        assert type(got) is Anchors
        assert [getattr(got, n) for n in names] == [
            getattr(dataclasses.replace(a, **values), n) for n in names]
    assert evolve(a, sentence_day=None, period_age=3).era_phrases is a.era_phrases
    with pytest.raises(KeyError):
        evolve(a, weekday="Monday")


def test_every_clause_end_starts_with_a_clause_mark() -> None:
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(32, 127)] + list("\n\t“”‘’«»–—…") + [" A", ". The"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        for m in _CLAUSE_END.finditer(text):
            assert _CLAUSE_MARK.match(text, m.start()), (text, m.group())
    text = "The pier closed; on Monday. The vote, at 10:00"
    ends = [m.end() for m in _CLAUSE_END.finditer(text)]
    assert ends == [16, 27] and clause_tense(text, 41, 46).label == ""


def test_phrases_that_may_open_a_text_are_remembered_per_list() -> None:
    era = Era(name="the harbour strike", start=date(2024, 5, 1), phrases=(), aliases=(),
              context=())
    first = [(_norm(p), era) for p in ("the harbour strike", "a strike", "the siege")]
    second = [(_norm(p), era) for p in ("the dock walkout", "the strike")]
    for _ in range(2):  # the second round reads what the first remembered
        assert [p for p, _ in _may_open("the strike went on", first)] == ["strike", "siege"]
        assert [p for p, _ in _may_open("the strike went on", second)] == ["strike"]
        assert [p for p, _ in _may_open("Harbour strike", first)] == ["harbour strike"]


def test_an_era_phrase_starts_an_event_alone_or_before_a_space() -> None:
    era = Era(name="the strike", start=date(2024, 5, 1), phrases=(), aliases=(), context=())
    other = Era(name="the strike talks", start=date(2024, 6, 1), phrases=(), aliases=(),
                context=())
    phrases = [("strike talks", other), ("strike", era)]
    assert match_era("the strike", phrases) == (era, "strike")
    assert match_era("the strike talks ended", phrases) == (other, "strike talks")
    assert match_era("the striker", phrases) is None
    assert match_era("the strikes", phrases) is None


def test_an_evolver_is_evolve_with_its_fields_in_order() -> None:
    a = Anchors(date(2025, 3, 20), tense="past", prep="on")
    says = evolver("tense", "tense_cue", "today", "prep", "note")
    assert says(a, "future", "will meet", True, "at", False) == evolve(
        a, tense="future", tense_cue="will meet", today=True, prep="at", note=False)
    assert evolver("tense", "tense_cue", "today", "prep", "note") is says
