"""Events the text dates itself: "the corridor opened yesterday" gives the corridor a day 1,
"The siege entered its 11th day" names what "its" counts, and "the day before the talks"
points at the day the talks were reported on. Plain text heuristics, no parser."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from summarize import regex_cache as rx

from .eras import Era
from .patterns import alt
from .resources.determiners import DEFINITE_DETERMINERS, DETERMINERS
from .resources.verbs import IRREGULAR_PAST

#: Verbs that mark an event's first day ("the strike began on April 22").
_START_VERBS = (r"opened|began|started|broke\s+out|erupted|got\s+under\s*way|was\s+launched|"
                r"were\s+launched|was\s+imposed|was\s+declared|came\s+into\s+force|took\s+effect|"
                r"kicked\s+off|opens|begins|starts")
_NP = r"(?P<np>(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)"
_STARTED = rx.compile(rf"\b{alt(DETERMINERS)}\s+{_NP}\s+(?:{_START_VERBS})\s+"
                      r"(?:(?:on|in|at)\s+)?$")
#: The last word ``_STARTED`` accepts before the date: a test most texts fail cheaply.
_STARTED_LAST = tuple({re.findall(r"[a-z]+", verb)[-1] for verb in _START_VERBS.split("|")}
                      | {"on", "in", "at"})
_SUBJECT = rx.compile(rf"[\W]*(?:the|this)\s+{_NP}", re.IGNORECASE)
_OBJECT = rx.compile(rf"^\s+{alt(DEFINITE_DETERMINERS)}\s+{_NP}")
#: Words that end a noun phrase read left to right.
_STOP = frozenset({
    "of", "in", "at", "on", "to", "for", "with", "by", "from", "and", "or", "but", "as",
    "into", "over", "under", "after", "before", "since", "until", "is", "was", "were", "are",
    "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "said",
    "rolled", "entered", "reached", "went", "that", "which", "who", "its", "their", "the",
    "both", "each", "it", "they", "shows", "stays", "remains", "continues", "goes", "enters",
    "reaches", "moves", "drags",
})


def _head(np: str) -> tuple[str, str] | None:
    """(the words kept, the head noun) of a lower-case noun phrase read left to right."""
    kept: list[str] = []
    for w in np.split():
        if w in _STOP or w in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and kept):
            break
        kept.append(w)
    if not kept:
        return None
    return " ".join(kept), kept[-1]


#: How far before a date "the <event> opened" is looked for.
STARTED_REACH = 80


def may_end_started(text: str, lo: int, end: int) -> bool:
    """Whether "the <event> opened " may end at ``end`` (``text[lo:end]`` is what
    ``started_event`` would read): a letter (every ``_STARTED_LAST`` word ends with one) or
    white space, then white space. Cheaper than slicing and reading when it cannot."""
    return end - lo >= 2 and text[end - 1].isspace() and (text[end - 2].isspace()
                                                          or text[end - 2].isalpha())


def started_event(before: str) -> tuple[str, str] | None:
    """(noun phrase, head noun) of "the <event> opened|began..." ending right where a date
    starts ("Since the humanitarian corridor opened | yesterday")."""
    before = before[-STARTED_REACH:]
    last = before.rstrip()
    if len(last) == len(before) or not last.endswith(_STARTED_LAST):
        return None
    m = _STARTED.search(before)
    return _head(m.group("np")) if m else None


def subject(text: str, start: int = 0, end: int | None = None) -> tuple[str, str] | None:
    """(noun phrase, head noun) of the subject of the sentence ``text[start:end]`` when it
    opens with "The <noun>" ("The siege entered its 11th day" -> the siege)."""
    m = _SUBJECT.match(text, start, len(text) if end is None else end)
    if not m or not m.group("np")[:1].islower():
        return None
    return _head(m.group("np"))


def object_after(after: str) -> tuple[str, str] | None:
    """(noun phrase, head noun) right after an anaphoric day ("the day before | the talks")."""
    m = _OBJECT.match(after[:60])
    return _head(m.group("np")) if m else None


def local_era(np: str, head: str, day1: date) -> Era:
    """An era the text itself dates, matched by its whole phrase or its head noun."""
    phrases = tuple(dict.fromkeys((f"the {np}", f"the {head}")))
    return Era(f"the {np} (dated by this text)", day1, phrases)


def era_from_count(np: str, head: str, day: date, n: int) -> Era | None:
    """The era implied by "day ``n`` of <np>" falling on ``day``; None when its day 1 would
    fall before the calendar's first day."""
    try:
        return local_era(np, head, day - timedelta(days=n - 1))
    except OverflowError:
        return None


def mentions_word(text: str, word: str) -> bool:
    """Whether ``word`` (or its singular/plural) occurs in ``text`` as a whole word."""
    stem = re.escape(word.removesuffix("s"))
    return re.search(rf"\b{stem}s?\b", text, re.IGNORECASE) is not None


#: A leading determiner, as ``eras`` strips it from a phrase.
_DETERMINER = rx.compile(rf"^{alt(DETERMINERS)}\s+")


def merge_phrases(phrases: Sequence[tuple[str, Era]], eras: Sequence[Era]
                  ) -> list[tuple[str, Era]]:
    """``phrases`` plus the phrases of ``eras`` (normalised as in ``eras.active_phrases``),
    longest first; a phrase already known keeps its era."""
    known = {p for p, _ in phrases}
    extra = []
    for era in eras:
        for p in era.phrases:
            norm = _DETERMINER.sub("", p.lower())
            if norm not in known:
                known.add(norm)
                extra.append((norm, era))
    return sorted([*phrases, *extra], key=lambda pe: -len(pe[0]))
