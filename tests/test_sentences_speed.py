"""The sentence splitter's speed tricks give exactly what the plain forms they replace give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize import sentences

#: Characters that exercise every branch: terminals, seams, bullets, blanks, quotes, words.
_ALPHABET = st.sampled_from([*"aZbY.!?…•▪ \n\t\"'()1x", "...", " . ", "U.S.", "Mr", "p.m."])
_TEXTS = st.lists(_ALPHABET, max_size=60).map("".join)

_PLAIN_POINT = re.compile(r"[.!?…]+|[A-Z](?<=[a-z\d][A-Z])|\s[•▪◦‣●■](?=\s)")
_PLAIN_POINT_NO_BULLET = re.compile(r"[.!?…]+|[A-Z](?<=[a-z\d][A-Z])")


def _spans(pattern: re.Pattern[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    """Every match of ``pattern`` in ``text`` from ``start``, as spans."""
    return [m.span() for m in pattern.finditer(text, start)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 5))
def test_point_patterns_match_their_plain_forms(text: str, start: int) -> None:
    assert _spans(sentences._POINT, text, start) == _spans(_PLAIN_POINT, text, start)
    assert _spans(sentences._POINT_NO_BULLET, text, start) == _spans(
        _PLAIN_POINT_NO_BULLET, text, start
    )


def test_point_patterns_on_hand_picked_text() -> None:
    text = "He left... Then dayToday a.m. • item ▪x U.S. ?! end.\"' Next ••  • b"
    assert _spans(sentences._POINT, text) == _spans(_PLAIN_POINT, text)
    assert _spans(sentences._POINT_NO_BULLET, text) == _spans(_PLAIN_POINT_NO_BULLET, text)


_PTB = st.sampled_from(
    [
        *(" . ", " , ", " ? ", " ", "The", "the", "Mr", "No", "e.g", "1", "(a)", "``", "''"),
        *("x", "\n", "(", "«"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PTB, max_size=40).map("".join))
def test_spaced_stop_agrees_with_terminal_cut(text: str) -> None:
    _check_spaced_stop(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks , said ( Mr . Smith , ended . `` Dr . Jones said no . 10 ( No . 5 ) . ''",
        "It was said by the (Mr . Smith) and \"Dr . Jones\" and «Gen . Lee» all . Then .",
        "The figure ( approx . 40 ) ended .  And the end \t . Then at No  . 10 .",
    ],
)
def test_spaced_stop_agrees_with_terminal_cut_after_openers(text: str) -> None:
    _check_spaced_stop(text)


def _check_spaced_stop(text: str) -> None:
    """Wherever ``_spaced_stop`` decides a period, ``_terminal_cut`` decides it the same."""
    for start, end in sentences._blocks(text):
        quotes = [m.start() for m in re.finditer('"', text) if start <= m.start() < end]
        for sentence_start in (start, max(start, end - 12)):
            for pos in range(start, end):
                if text[pos] != "." or text[pos + 1 : pos + 2] == ".":
                    continue
                fast = sentences._spaced_stop(text, start, end, pos, sentence_start)
                if fast is not None:
                    term = (pos, pos + 1)
                    full = sentences._terminal_cut(text, (start, end), term, sentence_start, quotes)
                    assert fast == full


def test_spaced_stop_takes_the_common_points_and_leaves_abbreviations() -> None:
    text = "It ended . The talks , said Mr . Smith , ended . then on No . 10 ."
    stops = {
        pos: sentences._spaced_stop(text, 0, len(text), pos, 0)
        for pos in range(len(text))
        if text[pos] == "."
    }
    split, keep = text.index(". The"), text.index(". then")
    assert stops[split] == (split + 1, split + 2, sentences._SPLIT, split + 2)
    assert stops[keep] == (keep + 1, keep + 2, sentences._KEEP, keep + 2)
    assert stops[text.index(". Smith")] is None  # "Mr" goes to _terminal_cut
    assert stops[text.index(". 10")] is None  # "No" before a number too
    assert stops[len(text) - 1] is None  # the end of the text


_ABBREVIATED = st.sampled_from(
    [
        *" .  ", "U.S.", "U.S", "D.C.", "a.M.", "Ph.D.", "St.", "Inc.", "Co.", "GmbH.", "Gen.",
        "e.g.", "p.m.", "Nr.", "The", "Coast", "McDonald", "It's", "Americans", "A", "Die", "Das",
        "in", "2010", "Obama", "TheUS", "ʼs", "\u200b", "\n", "...", "(", ")", "''", '"', ",", "-",
        "Also", "Jr.", "Dec.", "II.", "X.", "I.", "a.", "envi", "WASHINGTON", "BP", "[", "..",
        "Gen...", "no.", "Lt.", "Jr...", "IV", "Mon.", "Sen", "Posted",
    ]
)


def _resolved(text: str) -> list[list[tuple[int, int, int, int]]]:
    """Every block's cuts after syntok has settled those it is asked about."""
    resolved = []
    for start, end in sentences._blocks(text):
        cuts = list(sentences._cuts(text, start, end))
        resolved.append(sentences._ask_syntok(text, start, end, cuts))
    return resolved


def _check_local_verdicts(text: str) -> None:
    """The cuts are the same whether ``_syntok_keeps`` and ``_syntok_verdict`` settle some
    points or syntok settles all."""
    fast = _resolved(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sentences, "_syntok_keeps", lambda *_: False)
        patch.setattr(sentences, "_syntok_verdict", lambda *_: None)
        assert fast == _resolved(text)


@settings(max_examples=800, deadline=None)
@given(st.lists(_ABBREVIATED, max_size=30).map(" ".join))
def test_local_verdicts_agree_with_syntok(text: str) -> None:
    _check_local_verdicts(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ABBREVIATED, max_size=40).map("".join))
def test_local_verdicts_agree_with_syntok_unspaced(text: str) -> None:
    _check_local_verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the U.S. Coast Guard said so. The U.S. Centers for Disease Control agreed.",
        "He lives in Bay St. Louis , Miss. now. It was filed in U.S. District Court on Monday.",
        "Shares of Acme Inc. Also rose. Acme Inc. The firm. Work at Siemens GmbH. Staff left.",
        "They met in the U.S. It was cold. Talks (in the U.S. The end) went on. U.S. 2010 data.",
        "The U.S. McDonald plan. The U.S. It's over. The U.S. Die Welt. The U.S. ʼs view.",
        "The U.S. TheUS and the U.S. ItsX: syntok reads The and Its first.",
        "over the response to the envi ... WASHINGTON -LRB- AP -RRB- -- The Obama team said",
        "King Jr. Day is near. Sat 29 Oct. Pumpkins. Gen... Lee left. Gen. Lee left. Mon. Next",
        "the spill (see the envi ... WASHINGTON said) went on. Part II. Then III... Now. A. B",
        "It was bad ... Posted by : someone ... no. Later ... Jr... Sen ... Sen. Wie ... Die",
        "Part III ... Lee left. Chapter IV... Smith said. Plan B ... Lee said. Then plan b ... Lee",
        "Then vitamin a ... Lee said. Then X ... Lee said. The mix ... Lee said. The III. Lee said",
        "Plan B ... Lee said. It was so.",
        "It was plan b ... Lee said. It was so.",
        "It was vitamin a ... Lee said. It was so.",
    ],
)
def test_local_verdicts_agree_with_syntok_on_news(text: str) -> None:
    _check_local_verdicts(text)


def test_syntok_verdict_settles_the_common_cases() -> None:
    def verdict(text: str) -> int | None:
        term_end = text.rindex(".") + 1
        word_pos = term_end + len(text[term_end:]) - len(text[term_end:].lstrip(" "))
        return sentences._syntok_verdict(text, 0, (term_end, word_pos, sentences._ASK, word_pos))

    assert verdict("the envi ... WASHINGTON said") == sentences._SPLIT
    assert verdict("King Jr. Day is") == sentences._SPLIT  # "Jr" is no abbreviation to syntok
    assert verdict("Sen. Smith said") == sentences._KEEP  # "Sen" is one
    assert verdict("Sen. The end") == sentences._SPLIT  # "The" opens a sentence for syntok
    assert verdict("(see Sen. Smith)") is None  # syntok may skip the bracket
    assert verdict("Part II. Then it") is None  # a roman numeral
    assert verdict("Gen.... Lee left") is None  # four points
    assert verdict("Jr. McCain said") is None  # "McCain" is two tokens to syntok
    assert verdict("Jr. Day") is None  # the word must end in a space


def test_a_syntok_without_the_lists_read_is_asked_every_time(monkeypatch) -> None:
    """The foreseen verdicts read syntok's internals; without them (another syntok) every
    undecided point goes to syntok, and the spans are the same."""
    text = ("Officials of the U.S. Coast Guard said so. Martin Luther King Jr. Day fell on a "
            "Monday. Shares of Acme Inc. Rose. He met Dr. Okafor in the U.S. It was cold.")
    asked: list[int] = []
    plain = sentences._syntok_starts
    monkeypatch.setattr(sentences, "_syntok_starts",
                        lambda t, a, b: asked.append(a) or plain(t, a, b))
    foreseen = sentences.split_spans(text)
    assert asked == []  # every undecided point foreseen
    monkeypatch.setattr(sentences, "_FORESEEN", False)
    assert sentences.split_spans(text) == foreseen
    assert asked  # syntok was asked where the lists had settled it
    assert text[slice(*foreseen[0])] == "Officials of the U.S. Coast Guard said so."
