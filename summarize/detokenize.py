"""PTB-tokenised text shown as prose, for display and export only.

Corpora prepared for research (Timeline17 among them) come Penn-Treebank tokenised: "-LRB-"
for "(", "``" and "''" for quotes, "do n't", "the union 's", a space before every comma. The
engine keeps that text as it is (every offset points into ``Article.text``); what a reader sees
goes through ``detokenize``, and ``detokenize_spans`` keeps highlighted spans on their words.
A leaf: imports nothing of dateline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from summarize import regex_cache as rx

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{",
             "-RCB-": "}"}
#: Sure signs that a text is PTB-tokenised: bracket tokens, split clitics.
_PTB_TOKENS = rx.compile(r"-[LR][RSC]B-| n't\b|\w '(?:s|re|ve|ll|d|m) ")
#: Spaced punctuation is a sign too, unless the text also attaches commas as prose does.
_SPACED = rx.compile(r" [,.;:?!](?: |$)")
_ATTACHED = rx.compile(r"[^\W\d][,;] ")
_STEPS: tuple[tuple[re.Pattern[str], str], ...] = tuple((rx.compile(p), r) for p, r in (
    (r"-[LR][RSC]B-", ""),                          # brackets: replaced by _BRACKETS below
    (r"``\s?", "“"),
    (r"\s?''", "”"),
    (r"\\([/*])", r"\1"),
    (r"(?<=\w) (n't)\b", r"\1"),                    # do n't -> don't, ca n't -> can't
    (r"(?<=\w) ('(?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))\b", r"\1"),
    (r"`\s?", "‘"),
    (r"(?<=\w)\s'(?=\s|$|[,.;:!?])", "’"),        # the dockers ' union -> dockers’ union
    (r"\s+([,.;:?!%)\]}”’])", r"\1"),              # no space before closing punctuation
    (r"([(\[{“‘$])\s+", r"\1"),                     # nor after an opening one
    (r" -- ", " — "),
))


def looks_tokenized(text: str) -> bool:
    """Does ``text`` carry PTB tokenisation (-LRB-, split clitics, or punctuation spaced off
    every word)? Plain prose is left exactly as it is."""
    return bool(_PTB_TOKENS.search(text)) or (
        bool(_SPACED.search(text)) and not _ATTACHED.search(text))


def detokenize(text: str, *, tokenized: bool | None = None) -> str:
    """``text`` as prose when it is PTB-tokenised (``tokenized`` decides, or it is detected);
    any other text comes back unchanged."""
    if not (looks_tokenized(text) if tokenized is None else tokenized):
        return text
    for pattern, replacement in _STEPS:
        if replacement:
            text = pattern.sub(replacement, text)
        else:
            text = pattern.sub(lambda m: _BRACKETS[m.group(0)], text)
    return text


def detokenize_spans(text: str, spans: Sequence[tuple[int, int]]
                     ) -> tuple[str, list[tuple[int, int]]]:
    """``detokenize`` for a text with spans (start, end offsets into it, e.g. highlighted
    time expressions): each piece between span edges is detokenised on its own, so every
    span still covers its own words in the result."""
    tokenized = looks_tokenized(text)
    if not tokenized:
        return text, list(spans)
    edges = sorted({0, len(text), *(max(0, min(len(text), e)) for s in spans for e in s)})
    pieces = [detokenize(text[a:b], tokenized=True) for a, b in pairwise(edges)]
    if pieces:
        pieces[0] = pieces[0].lstrip()
    offsets = {edges[0]: 0}
    at = 0
    for edge, piece in zip(edges[1:], pieces, strict=True):
        at += len(piece)
        offsets[edge] = at
    return "".join(pieces), [(offsets[max(0, min(len(text), s))],
                              offsets[max(0, min(len(text), e))]) for s, e in spans]
