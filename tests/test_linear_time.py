"""Tagging reads a bounded stretch of text around each time expression, so its work grows
linearly with the text: overlong sentences are cut into pieces (spans exact), the era last
named is found through an index, and every look-around is capped. Counting tests, no timing."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import pairwise

import pytest

from summarize import dedup
from summarize.temporal import clause_says, event_anchors, piece_candidates, tag_text, tagger
from summarize.temporal.clauses import MAX_PIECE, cap_spans
from summarize.temporal.eras import BUILTIN_ERAS, EraPhraseIndex, active_phrases, last_era_in
from summarize.temporal.events import STARTED_REACH

DCT = date(2025, 3, 20)


def _ordinal(n: int) -> str:
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def _clauses(n: int) -> list[str]:
    """Clauses that each date themselves, written for this test (no dataset text)."""
    places = ("Harwick", "Lonmouth", "Carrow Point", "the island", "Tesby")
    months = ("March", "April", "May")
    return [f"The ferry left {places[k % 5]} at {6 + k % 12:02d}:{(k * 7) % 60:02d} on "
            f"{1 + k % 28} {months[k % 3]} 2025 and returned two days later" for k in range(n)]


def _long_sentence(n: int, joint: str = "; ") -> str:
    return joint.join(_clauses(n)) + "."


# --- pieces: what the tagger reads as one sentence -----------------------------------------


def test_short_sentences_are_one_piece_each() -> None:
    text = "Talks began on Monday. They ended on Friday."
    spans = [(0, 22), (23, 44)]
    assert cap_spans(text, spans) == [(0, 22, 0), (23, 44, 1)]


@pytest.mark.parametrize("joint,ending", [("; ", ";"), (", and ", ","), (" — ", "—")])
def test_an_overlong_sentence_is_cut_at_clause_breaks(joint: str, ending: str) -> None:
    text = _long_sentence(400, joint)
    pieces = cap_spans(text, [(0, len(text))])
    assert len(pieces) > 1
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (_, end, index), (start, _, _) in pairwise(pieces):
        assert index == 0
        assert text[end - 1] == ending
        assert not text[end:start].strip()  # nothing but the space between pieces is left out
    assert all(0 < end - start <= MAX_PIECE for start, end, _ in pieces)


def test_a_comma_before_a_number_is_not_a_cut() -> None:
    # Only "Monday, 3 March" and "March 3, 2025" commas: the cut falls on a space instead.
    text = " ".join(["On Monday, 3 March or March 3, 2025"] * 200)
    for _, end, _ in cap_spans(text, [(0, len(text))])[:-1]:
        assert text[end - 1] == " " and text[end - 2] != ","


def test_a_sentence_without_spaces_is_cut_at_the_limit() -> None:
    text = "x" * (3 * MAX_PIECE + 5)
    assert cap_spans(text, [(0, len(text))]) == [
        (0, MAX_PIECE, 0), (MAX_PIECE, 2 * MAX_PIECE, 0), (2 * MAX_PIECE, 3 * MAX_PIECE, 0),
        (3 * MAX_PIECE, len(text), 0)]


def test_a_long_sentence_tags_as_its_clauses_do() -> None:
    """The same words with full stops (same offsets) give the same expressions and values,
    away from the cuts; every mention keeps the caller's sentence number."""
    long = _long_sentence(300)
    stops = long.replace("; ", ". ")
    assert len(long) > 10 * MAX_PIECE
    cuts = [end for _, end, _ in cap_spans(long, [(0, len(long))])]

    def far_from_cuts(mentions):
        return {(m.start, m.end, m.value) for m in mentions
                if all(abs(m.start - c) > 80 for c in cuts)}

    in_one = tag_text(long, DCT)
    assert {m.sentence for m in in_one} == {0}
    assert far_from_cuts(in_one) == far_from_cuts(tag_text(stops, DCT))
    assert len(far_from_cuts(in_one)) > 500


# --- counting: the look-arounds read bounded text -----------------------------------------


class _CountingPattern:
    """A stand-in for a compiled pattern that counts the characters its searches read."""

    def __init__(self, pattern, counts: Counter) -> None:
        self.pattern, self.counts = pattern, counts

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        self.counts["today chars"] += end - pos
        return self.pattern.search(text, pos, end)


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """Counts of what the tagger hands its look-around helpers, and the largest stretch."""
    counts: Counter = Counter()

    def count(name: str, size: int) -> None:
        counts[f"{name} chars"] += size
        counts[f"{name} calls"] += 1
        counts[f"{name} max"] = max(counts[f"{name} max"], size)

    recognise, subject = piece_candidates.recognise, event_anchors.subject
    started, mentions_word = event_anchors.started_event, event_anchors.mentions_word
    resolve = tagger.resolve

    def counted_recognise(text: str):
        count("recognise", len(text))
        return recognise(text)

    def counted_subject(text: str, start: int = 0, end: int | None = None):
        count("subject", (len(text) if end is None else end) - start)
        return subject(text, start, end)

    def counted_started(before: str):
        count("started", len(before))
        return started(before)

    def counted_mentions_word(text: str, word: str) -> bool:
        count("mentions_word", len(text))
        return mentions_word(text, word)

    def counted_resolve(cand, anchors):
        count("resolve", 1)
        return resolve(cand, anchors)

    monkeypatch.setattr(piece_candidates, "recognise", counted_recognise)
    monkeypatch.setattr(event_anchors, "subject", counted_subject)
    monkeypatch.setattr(event_anchors, "started_event", counted_started)
    monkeypatch.setattr(event_anchors, "mentions_word", counted_mentions_word)
    monkeypatch.setattr(tagger, "resolve", counted_resolve)
    monkeypatch.setattr(event_anchors, "resolve", counted_resolve)
    monkeypatch.setattr(clause_says, "_TODAY", _CountingPattern(clause_says._TODAY, counts))
    return counts


def _tag_counts(read: Counter, text: str, dct: date | None = DCT) -> Counter:
    read.clear()
    tag_text(text, dct)
    return Counter(read)


def test_one_long_sentence_is_read_in_bounded_pieces(read: Counter) -> None:
    text = _long_sentence(400) + " The strike entered its 12th day on Friday, and " \
        + _long_sentence(400)
    counts = _tag_counts(read, text)
    assert counts["recognise max"] <= MAX_PIECE
    assert counts["subject max"] <= MAX_PIECE
    assert counts["started max"] <= STARTED_REACH
    assert counts["today chars"] <= len(text)  # once per piece, not once per expression


def test_look_arounds_grow_linearly_with_a_sentence(read: Counter) -> None:
    small = _tag_counts(read, _long_sentence(200))
    large = _tag_counts(read, _long_sentence(400))
    for key in ("recognise chars", "today chars", "started chars", "resolve calls"):
        assert large[key] <= 2.2 * small[key], key


def test_a_day_count_reads_a_few_expressions_ahead(read: Counter) -> None:
    """ "its 5th day on Mondays": no day 1 is known, so each count looks ahead for the day it
    falls on; plural weekdays never give one, and only ``DAY_AHEAD`` of them are read."""
    def sentence(n: int) -> str:
        return ", ".join(f"its {_ordinal(k)} day on Mondays" for k in range(2, n + 2)) + "."

    small = _tag_counts(read, sentence(60), dct=None)
    large = _tag_counts(read, sentence(120), dct=None)
    assert large["resolve calls"] <= 2.2 * small["resolve calls"]
    assert large["resolve calls"] <= 120 * (2 + event_anchors.DAY_AHEAD)


def test_the_day_before_an_event_reads_a_bounded_past(read: Counter) -> None:
    """ "the day before the <event>" looks back for a sentence naming the event and a day;
    when none does, it stops after ``EVENT_LOOK_BACK`` sentences instead of the whole text."""
    dated = " ".join(f"The ferry sailed on {1 + k % 28} April 2025." for k in range(300))
    events = " ".join(f"Fans left the day before the {w}." for w in (
        "regatta", "fair", "derby", "parade", "gala", "auction", "concert", "recital"))
    counts = _tag_counts(read, f"{dated} {events}")
    assert counts["mentions_word calls"] <= 8 * event_anchors.EVENT_LOOK_BACK


def test_the_texts_own_events_are_capped() -> None:
    """A text may date at most ``MAX_LEARNED_ERAS`` events of its own; the first are kept."""
    names = [f"{a}{b} strike" for a in ("dock", "rail", "bus", "post", "mine", "port",
                                        "farm", "mill", "yard") for b in "abcdefghij"]
    text = " ".join(f"Unions said the {n} began on 3 March 2025." for n in names)
    text += " On day 12 of the docka strike, talks resumed."
    m = next(m for m in tag_text(text, DCT) if m.text.startswith("day 12"))
    assert (m.value, m.anchor) == ("2025-03-14", "era")


# --- eras named far back -------------------------------------------------------------------


def test_era_index_agrees_with_a_scan_of_the_prefix() -> None:
    text = ("Kyiv said Russia’s invasion of Ukraine was in its second year. İstanbul talks on "
            "the war in Gaza stalled; the war in Ukraine went on. The Gulf War ended.")
    phrases = active_phrases(BUILTIN_ERAS, text)
    index = EraPhraseIndex(text)
    for pos in range(len(text) + 1):
        assert index.last_era_before(pos, phrases) == last_era_in(text[:pos], phrases), pos


def _filler(sentences: int, dated: bool = True) -> str:
    """Harbour news without an era phrase, written for this test."""
    when = [f"on {1 + k % 28} April 2025 " if dated else "" for k in range(sentences)]
    return " ".join(f"The harbour board met {when[k]}and approved {k + 3} new moorings."
                    for k in range(sentences))


def test_an_era_named_at_the_top_dates_a_count_a_megabyte_later() -> None:
    filler = _filler(22000, dated=False)
    text = f"Russia's invasion of Ukraine reshaped the port's trade. {filler} Kyiv marked its " \
        "100th day."
    assert len(text) > 1_000_000
    m = tag_text(text, DCT)[-1]
    assert (m.text, m.value, m.anchor) == ("its 100th day", "2022-06-03", "era")


def test_an_event_dated_at_the_top_dates_a_count_far_below() -> None:
    text = (f"Dock workers say the strike began on 3 March 2025. {_filler(800)} "
            "On day 12 of the strike, talks resumed. The strike entered its 20th day.")
    found = {m.text: m.value for m in tag_text(text, DCT)}
    assert found["day 12 of the strike"] == "2025-03-14"
    assert found["its 20th day"] == "2025-03-22"


# --- near-duplicates: a band shared by many sentences --------------------------------------


def _counted_confirmations(monkeypatch: pytest.MonkeyPatch) -> Counter:
    counts: Counter = Counter()
    confirmed = dedup._confirmed

    def counting(*args):
        counts["pairs"] += 1
        return confirmed(*args)

    monkeypatch.setattr(dedup, "_confirmed", counting)
    return counts


def test_sentences_differing_by_a_number_are_never_paired(
        monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _counted_confirmations(monkeypatch)
    texts = [f"On day {k} of the strike, union leaders met the port managers again."
             for k in range(2, 1200)]
    clusters = dedup.find_duplicates(texts, pairwise=False)
    assert len(clusters) == len(texts)
    assert counts["pairs"] == 0


def test_grouping_by_numbers_keeps_every_cluster() -> None:
    texts = []
    for k in range(60):
        texts.append(f"The ferry to Tesby left {k} minutes late on the first day of the fair.")
        texts.append(f"The ferry for Tesby left {k} minutes late on the first day of the fair.")
        texts.append(f"A bus to Tesby was {k} minutes late for the first day of the fair.")
    clusters = dedup.find_duplicates(texts, pairwise=False)
    sentences = [dedup.normalise(t) for t in texts]
    every_pair = {(a, b) for cluster in clusters for a in cluster for b in cluster if a < b}
    assert every_pair >= {(3 * k, 3 * k + 1) for k in range(60)}
    # the grouped candidates are exactly the ungrouped ones whose numbers agree
    all_pairs = dedup.candidate_pairs(sentences, dedup.DEFAULT_THRESHOLD)
    grouped = dedup.candidate_pairs(sentences, dedup.DEFAULT_THRESHOLD,
                                    groups=[dedup._numbers(w) for w in sentences])
    assert grouped == [(a, b) for a, b in all_pairs
                       if dedup._numbers(sentences[a]) == dedup._numbers(sentences[b])]
