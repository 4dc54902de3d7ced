"""PTB-tokenised text shown as prose (sentences written for this project); spans stay on
their words; plain prose is left alone."""

from __future__ import annotations

import pytest

from summarize.detokenize import detokenize, detokenize_spans, looks_tokenized


@pytest.mark.parametrize(("ptb", "prose"), [
    ("The union -LRB- VDU -RRB- said it would stay out .",
     "The union (VDU) said it would stay out."),
    ("`` We do n't want a long strike , '' Ana Ferreira said .",
     "“We don't want a long strike,” Ana Ferreira said."),
    ("The company ca n't say when ships will move ; it wo n't guess .",
     "The company can't say when ships will move; it won't guess."),
    ("The port 's owners say they 're losing $ 2 million a day -- 5 % of revenue .",
     "The port's owners say they're losing $2 million a day — 5% of revenue."),
    ("Why does n't the mayor ` take charge ' of the talks ?",
     "Why doesn't the mayor ‘take charge’ of the talks?"),
    ("The dockers ' union met in Kelvan\\/Valmora on Friday .",
     "The dockers’ union met in Kelvan/Valmora on Friday."),
])
def test_ptb_reads_as_prose(ptb: str, prose: str) -> None:
    assert looks_tokenized(ptb)
    assert detokenize(ptb) == prose


@pytest.mark.parametrize("prose", [
    "Dock workers walked out on Monday, April 22, closing all 18 berths.",
    "\"We will stay out,\" she said (twice).",
    "The 'final offer' came at 10:30.",
])
def test_plain_prose_is_left_as_it_is(prose: str) -> None:
    assert not looks_tokenized(prose)
    assert detokenize(prose) == prose


def test_spans_stay_on_their_words() -> None:
    text = "Talks resumed on Friday , May 10 -LRB- the 19th day -RRB- , officials said ."
    spans = [(text.index("Friday , May 10"), text.index("Friday , May 10") + 15),
             (text.index("the 19th day"), text.index("the 19th day") + 12)]
    shown, moved = detokenize_spans(text, spans)
    assert shown == "Talks resumed on Friday, May 10 (the 19th day), officials said."
    assert [shown[s:e] for s, e in moved] == ["Friday, May 10", "the 19th day"]


def test_spans_of_plain_text_do_not_move() -> None:
    text = "Talks resumed on Friday, May 10."
    assert detokenize_spans(text, [(17, 31)]) == (text, [(17, 31)])
