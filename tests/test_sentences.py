"""Sentence splitting: hand-checked cases, exact spans, and invariants on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.sentences import split_sentences, split_spans

CASES = [
    # plain prose
    ("He left. She stayed.", ["He left.", "She stayed."]),
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ("No final punctuation here", ["No final punctuation here"]),
    ("  Leading and trailing space.  ", ["Leading and trailing space."]),
    ("", []),
    (" \n\t \n", []),
    # titles and abbreviations
    (
        "Lt. Gen. John Smith arrived. Mr. Brown left.",
        ["Lt. Gen. John Smith arrived.", "Mr. Brown left."],
    ),
    ("Dr. Jones met Prof. Lee and Gov. Jindal.", ["Dr. Jones met Prof. Lee and Gov. Jindal."]),
    ("Sen. McCain spoke. Rep. Pelosi replied.", ["Sen. McCain spoke.", "Rep. Pelosi replied."]),
    (
        "The U.S. and the U.N. met on Sept. 3 in Paris.",
        ["The U.S. and the U.N. met on Sept. 3 in Paris."],
    ),
    (
        "It happened in the U.S. The president said so.",
        ["It happened in the U.S.", "The president said so."],
    ),
    (
        "He lives in the U.S. President Obama spoke.",
        ["He lives in the U.S. President Obama spoke."],
    ),
    ("Talks began on Jan. 5 in Geneva.", ["Talks began on Jan. 5 in Geneva."]),
    ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
    ("He said no. The talks ended.", ["He said no.", "The talks ended."]),
    ("He works at Acme Inc. The company is big.", ["He works at Acme Inc.", "The company is big."]),
    ("He moved to St. Louis in May.", ["He moved to St. Louis in May."]),
    ("Buy fruit, e.g. Apples or pears.", ["Buy fruit, e.g. Apples or pears."]),
    ("Spain vs. France ended 2-1.", ["Spain vs. France ended 2-1."]),
    ("It weighs approx. 5 kg.", ["It weighs approx. 5 kg."]),
    # clock times
    ("He arrived at 5 p.m. He left.", ["He arrived at 5 p.m.", "He left."]),
    ("He arrived at 5 p.m. on Monday and left.", ["He arrived at 5 p.m. on Monday and left."]),
    ("It starts at 9 a.m. Sunday in Kyiv.", ["It starts at 9 a.m. Sunday in Kyiv."]),
    ("Polls close at 8 p.m. ET. Results follow.", ["Polls close at 8 p.m. ET.", "Results follow."]),
    (
        "It ended at 5 p.m. Officials left.",
        ["It ended at 5 p.m.", "Officials left."],
    ),
    ("He spoke at 7 p.m. Kyiv time.", ["He spoke at 7 p.m. Kyiv time."]),
    # ambiguous abbreviations settled by syntok
    (
        "He met Martin Luther King Jr. Crowds cheered.",
        ["He met Martin Luther King Jr.", "Crowds cheered."],
    ),
    ("She lives on Elm Blvd. Police came.", ["She lives on Elm Blvd.", "Police came."]),
    # numbers and initials
    ("Prices rose 3.5% in May. Rents fell.", ["Prices rose 3.5% in May.", "Rents fell."]),
    ("It cost $1.2bn. That was a record.", ["It cost $1.2bn.", "That was a record."]),
    (
        "J. R. R. Tolkien wrote it. He was British.",
        ["J. R. R. Tolkien wrote it.", "He was British."],
    ),
    ("The war began in 2022. 3,000 people fled.", ["The war began in 2022.", "3,000 people fled."]),
    # ellipsis
    ("Wait... What happened? Nothing.", ["Wait...", "What happened?", "Nothing."]),
    ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
    ("It was ... well, odd.", ["It was ... well, odd."]),
    # quotes and brackets
    ('"We will not retreat," he said.', ['"We will not retreat," he said.']),
    ('He said: "We will fight." Then he left.', ['He said: "We will fight."', "Then he left."]),
    ("He said: “We will fight.” Then he left.", ["He said: “We will fight.”", "Then he left."]),
    ('"Why?" she asked. He shrugged.', ['"Why?" she asked.', "He shrugged."]),
    ("He left (it was late.) Then she came.", ["He left (it was late.)", "Then she came."]),
    ('He left. "We are done," she said.', ["He left.", '"We are done," she said.']),
    # lines, paragraphs, headlines, lists
    ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
    ("He met Mr.\n\nBrown left.", ["He met Mr.", "Brown left."]),
    ("The rig\n  \nsank.", ["The rig", "sank."]),
    (
        "Oil spill reaches coast\nBP said on Friday that oil had reached the coast.",
        ["Oil spill reaches coast", "BP said on Friday that oil had reached the coast."],
    ),
    ("- First item\n- Second item\n• Third item", ["First item", "Second item", "Third item"]),
    ("1. Numbered one\n2. Numbered two", ["1. Numbered one", "2. Numbered two"]),
    ("## Background\nThe rig sank.", ["Background", "The rig sank."]),
    ("The rig sank on\nthursday night.", ["The rig sank on\nthursday night."]),
    ("Oil leaked • Crews responded", ["Oil leaked", "Crews responded"]),
    (
        "This paragraph was wrapped by hand at about seventy columns so that its\n"
        "Second line starts with a capital letter. It has two sentences.",
        [
            "This paragraph was wrapped by hand at about seventy columns so that its\n"
            "Second line starts with a capital letter.",
            "It has two sentences.",
        ],
    ),
    # glued seams from scraped and machine-translated news
    (
        "The war is on its 73rd dayToday, Saturday, the army said.",
        ["The war is on its 73rd day", "Today, Saturday, the army said."],
    ),
    (
        "Fighting continued in LuganskThe attackers fled.",
        ["Fighting continued in Lugansk", "The attackers fled."],
    ),
    ("They fled.The army followed.", ["They fled.", "The army followed."]),
    (
        "Shelling went on overnightIt stopped at dawn.",
        ["Shelling went on overnight", "It stopped at dawn."],
    ),
    ("McDonald met McCain at YouTube.", ["McDonald met McCain at YouTube."]),
    ("She bought an iPhone and a PhD.", ["She bought an iPhone and a PhD."]),
    ("The show at LuganskTheatre ended.", ["The show at LuganskTheatre ended."]),
    ("LinkedIn said so.", ["LinkedIn said so."]),
    ("A BofA spokesman declined.", ["A BofA spokesman declined."]),
    ("Fans of PlayOn . They cheered .", ["Fans of PlayOn .", "They cheered ."]),
    (
        "See bbc.co.uk or mail john.Smith@example.com now.",
        ["See bbc.co.uk or mail john.Smith@example.com now."],
    ),
    ("The U.S.-led coalition won.", ["The U.S.-led coalition won."]),
    # PTB-tokenized Timeline17 text
    ("... the well . BP said it would pay .", ["... the well .", "BP said it would pay ."]),
    (
        "`` We will fight . '' Then he left .",
        ["`` We will fight . ''", "Then he left ."],
    ),
    (
        "`` It is bad , '' he said . BP did n't comment .",
        ["`` It is bad , '' he said .", "BP did n't comment ."],
    ),
    ("He spoke for approx . 40 minutes .", ["He spoke for approx . 40 minutes ."]),
    ("-LRB- He left . -RRB- The end .", ["-LRB- He left . -RRB-", "The end ."]),
    ("Think . . if you were there .", ["Think . . if you were there ."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spans_point_back_into_the_text(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text, "art-1")
    assert [(s.start, s.end) for s in sentences] == split_spans(text)
    for i, s in enumerate(sentences):
        assert s.article_id == "art-1"
        assert s.index == i
        assert text[s.start : s.end] == s.text


def test_spans_are_exact_offsets() -> None:
    text = "  He left.\n\nShe stayed.  "
    assert split_spans(text) == [(2, 10), (12, 23)]


def test_glued_seam_spans_meet() -> None:
    text = "its 73rd dayToday, Saturday"
    assert split_spans(text) == [(0, 12), (12, 27)]


def test_bullet_marker_is_left_out_of_the_span() -> None:
    text = "• Crews responded"
    assert split_spans(text) == [(2, 17)]


# fmt: off
_PIECES = st.sampled_from([
    "a", "The", " ", ".", ". ", "!", "?", "...", "…", '"', "'", "''", "``", "(", ")",
    "\n", "\n\n", "\r\n", "\t", "\u2029", "•", "- ", "# ", "1. ", "Mr.", "U.S.", "p.m.",
    "dayToday", "LuganskThe", "fled.The", "e.g.", "3.5", " . ", "x@y.com", "St.", "Inc.",
])
# fmt: on
_TEXT = st.one_of(st.text(), st.lists(_PIECES | st.text(max_size=3), max_size=40).map("".join))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_any_text_gives_ordered_exact_nonempty_spans(text: str) -> None:
    spans = split_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece.strip() == piece
        previous_end = end
    assert [(s.start, s.end) for s in split_sentences(text)] == spans
    assert split_spans(text) == spans  # deterministic


ARTICLE = """# Day 73 of the war

Ukrainian forces counterattack near Kharkiv
The war is on its 73rd dayToday, Saturday, the army said. Fighting continued in LuganskThe \
attackers fled.
Mr. Zelensky said: "We will not give up." He spoke at 7 p.m. Kyiv time.

* Evacuations continue
* Gen. Valery Zaluzhny met Lt. Gen. John Smith...
Earlier...The Pentagon declined to comment. Read more at www.bbc.co.uk/News.
"""


def test_scraped_article_with_headlines_lists_and_seams() -> None:
    assert [s.text for s in split_sentences(ARTICLE)] == [
        "Day 73 of the war",
        "Ukrainian forces counterattack near Kharkiv",
        "The war is on its 73rd day",
        "Today, Saturday, the army said.",
        "Fighting continued in Lugansk",
        "The attackers fled.",
        'Mr. Zelensky said: "We will not give up."',
        "He spoke at 7 p.m. Kyiv time.",
        "Evacuations continue",
        "Gen. Valery Zaluzhny met Lt. Gen. John Smith...",
        "Earlier...",
        "The Pentagon declined to comment.",
        "Read more at www.bbc.co.uk/News.",
    ]
