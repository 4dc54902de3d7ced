"""Context checks on a count of units after "in" or "over": whether it is a length ("lasted
over five months", "earn more in a year than...", "the first strike in 30 years"), a time during
which things happen ("killed 900 people over five months") or an offset ahead ("in a year"), and
whether a relative clause picks a unit rather than counting one ("in a year when prices fell").
The rule's regex sees only the count; ``checks.context_ok`` asks these."""

from __future__ import annotations

import re

from summarize import regex_cache as rx

#: Words before "over" and a count that make it "more than" ("lasted over a week", "in over
#: a year", "for over a decade", verbs that spend the time: "served over five years"); after
#: anything else it means during ("used over three years", TimeBank's keys).
OVER_AS_MORE = rx.compile(r"(?:\b(?:in|for|last|lasts|lasted|lasting|take|takes|took|taken|"
                           r"of|than|after|within|spent|spend|is|was|are|were|be|been|"
                           r"serve|serves|served|serving|wait|waits|waited|waiting|lived|"
                           r"stayed|worked|remained|existed|ran|run|runs|running|"
                           r"ago))\s*$", re.IGNORECASE)
#: After "over" and a count: an offset ("over two years ago", "over a year before the vote")
#: keeps "over" as "more than"; "before"/"after" leading a clause of a gerund ("interviewed them
#: over two weeks before deciding") is a later event, not an offset (session 12, newswire).
AGO_AFTER = rx.compile(r"\s+(?:ago|old|later|earlier|(?:before|after)(?!\s+[a-z]+ing\b))\b",
                       re.IGNORECASE)


#: A relative clause after "in a <unit>" picks which one ("in a year when prices fell").
RELATIVE_AFTER = rx.compile(r"\s+(?:that|which|when|where|whose|in\s+which|during\s+which)\b")
IN_BEFORE = rx.compile(r"\b(?:in|during)\s+an?\b", re.IGNORECASE)


#: A superlative, an ordinal or "only" a few words (a two-word name counting as one, session
#: 11; "of" and its noun too, session 21: "the first change of government there in nine years")
#: before "in <count> <unit>", with no verb between: the count is the time since ("the first
#: strike in 30 years", "the third vote in two years"), no date ahead. ``_RECORDS``: the words
#: that make a record.
_RECORDS = (
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only|highest|"
    r"lowest|biggest|largest|smallest|strongest|weakest|fastest|"
    r"slowest|sharpest|steepest|deepest|longest|shortest|greatest|heaviest|hottest|coldest|"
    r"warmest|wettest|driest|busiest|worst|best|fewest|(?:most|least)\s+[a-z]+)")
RECORD_BEFORE = rx.compile(
    _RECORDS +
    # a name of two capitalised words counts as one ("Fewest Labor Day traffic deaths")
    r"(?:\s+(?!(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|"
    r"to|has|have|had|and|but|that|which)\b)(?-i:[A-Z][\w'’-]*\s+(?=[A-Z]))?(?:of\s+)?[\w'’-]+){0,3}"
    r"\s+$", re.IGNORECASE)

#: ... and a prepositional phrase after its noun ("the third launch failure for a U.S. rocket
#: in nine months", "the second fatal crash at the Brno track in six months"): still the time
#: since, with no verb between (session 31). Only for a count after "in" (``checks``).
#: Auxiliaries, modals, "to" and words that open a clause: no word of a noun phrase.
_NOT_PHRASE_WORDS = ("will", "would", "shall", "should", "can", "could", "may", "might", "must",
                     "is", "are", "was", "were", "be", "been", "to", "has", "have", "had", "and",
                     "but", "that", "which", "who")


def phrase_word(*more: str) -> str:
    """A pattern for one word of a noun phrase with no verb in it: an initialism ("U.S.") or a
    word, not one of ``_NOT_PHRASE_WORDS`` nor of ``more`` (a caller's own stops: "or",
    pronouns)."""
    stops = "|".join((*_NOT_PHRASE_WORDS, *more))
    return rf"(?!(?:{stops})\b)(?:(?-i:[A-Z]\.(?:[A-Z]\.)+)|[\w'’-]+)"


_PHRASE_HEAD = phrase_word()
_PHRASE_WORD = rf"\s+{_PHRASE_HEAD}"
RECORD_PHRASE_BEFORE = rx.compile(
    _RECORDS + rf"(?:{_PHRASE_WORD}){{1,3}}\s+(?:for|at|on|by|among|across|from|of)"
    # ... the phrase's noun after a determiner or a capital ("for a U.S. rocket", "at Brno"),
    # not an idiom's bare noun ("the best seats go on sale in three days")
    r"\s+(?=(?:a|an|the|its|their|his|her|our|these|those)\s|(?-i:[A-Z]))"
    rf"{_PHRASE_HEAD}(?:{_PHRASE_WORD}){{0,2}}\s+$", re.IGNORECASE)
#: (A determiner or a capital and up to two words: "for the final go on sale in" is no phrase.)
#: A future verb earlier in the clause of such a record ("will add a second route for the
#: Baltic in five months"): a plan, whose count may be a date ahead.
FUTURE_IN_CLAUSE = rx.compile(r"\b(?:will|shall|would|going\s+to|plans?\s+to|aims?\s+to)\b"
                              r"[^.;:!?\n]*$|['’]ll\b[^.;:!?\n]*$", re.IGNORECASE)


def record_phrase_before(text: str, start: int) -> bool:
    """Whether a record and a prepositional phrase end right before ``start`` ("the third
    launch failure for a U.S. rocket in"), with no future verb before them in the clause."""
    m = RECORD_PHRASE_BEFORE.search(text, max(0, start - 70), start)
    return m is not None and FUTURE_IN_CLAUSE.search(
        text, max(0, m.start() - 80), m.start()) is None


#: A superlative or an ordinal, its noun (up to six words: a relative clause's subject too)
#: and a participle of witness ("seen", "recorded", "witnessed", "known"...; "has/have/had"
#: and "ever" may come before it, a place after it) right before "since": "the largest march
#: the city has seen since", "the wettest month ever recorded in the county since". The date
#: after it bounds the record as after "the lowest since" (session 26).
RECORD_SEEN = rx.compile(
    _RECORDS + r"(?:\s+[\w'’-]+){1,6}?\s+(?:(?:has|have|had)\s+)?(?:ever\s+)?"
    r"(?:seen|witnessed|recorded|known|experienced|suffered|registered|measured|logged|"
    r"endured)(?:\s+(?:in|on|at|across|for)(?:\s+[\w'’-]+){1,3}?)?\s+$", re.IGNORECASE)


#: A comparison of amounts right before "in <count>" ("earn more in", "sell fewer tickets in")
#: and its "than" later in the sentence: the count is the length compared over.
COMPARED_BEFORE = rx.compile(r"\b(?:more|less|fewer)(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)
THAN_AFTER = rx.compile(r"[^.;!?]*?\bthan\b", re.IGNORECASE)
