"""What a text's events anchor: what an era day count counts ("day 12 of the strike"), the day
an earlier sentence names an event on ("the day before the talks"), the eras a text dates
itself ("the curfew began yesterday"), and era counts read again once the whole text has
dated its events."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from types import MappingProxyType

from ..models import Mention
from .candidate import Candidate
from .context import Anchors, evolve
from .eras import Era, EraPhraseIndex, day_number, event_span, match_era
from .events import (
    STARTED_REACH,
    era_from_count,
    local_era,
    may_end_started,
    mentions_word,
    object_after,
    started_event,
    subject,
)
from .resolve import resolve
from .resources.event_words import EVENT_SYNONYMS
from .tense import clause_tense
from .values import Cal

#: How many later expressions a day count reads for the day it falls on.
DAY_AHEAD = 16
#: How many earlier pieces naming a day "the day before the talks" reads for the talks.
EVENT_LOOK_BACK = 64


_DAY_KINDS = ("weekday", "deictic_day", "date", "apposition", "iso", "numeric")


def day_ahead(text: str, cands: Sequence[Candidate], k: int, hi: int, a: Anchors,
              kinds: tuple[str, ...] = _DAY_KINDS) -> Cal | None:
    """The day a later expression of the same sentence names ("reached its 10th day on
    Wednesday"), for a day count that has no known day 1; the next ``DAY_AHEAD`` only; a
    clock time with its day (``kinds`` "datetime") gives its day."""
    for j in range(k + 1, min(len(cands), k + 1 + DAY_AHEAD)):
        later = cands[j]
        if later.start >= hi:
            break
        if later.kind in kinds:
            t = clause_tense(text, later.start, later.end, 0, hi)
            r = resolve(later, evolve(a, tense=t.label, tense_cue=t.cue, tense_explicit=t.explicit))
            if r is not None and r.cal is not None and r.granularity == "day":
                return r.cal
            if r is not None and r.cal is not None and later.kind == "datetime" \
                    and r.granularity in ("hour", "minute", "part-of-day"):
                return Cal("day", r.cal.start)
    return None


def era_context(text: str, cand: Candidate, a: Anchors, lo: int, index: EraPhraseIndex
                ) -> Anchors:
    """What an era day count without an event counts: the sentence's subject ("The siege
    entered its 11th day") when it opens the sentence, else the era last named."""
    if "event" in cand.fields:
        return evolve(a, last_era=index.last_era_before(cand.start, a.era_phrases))
    subj = subject(text, lo, cand.start)
    if subj is None:
        return evolve(a, last_era=index.last_era_before(cand.start, a.era_phrases))
    np, head = subj
    found = match_era(f"the {np}", a.era_phrases) or match_era(f"the {head}", a.era_phrases) \
        or next(filter(None, (match_era(f"the {w}", a.era_phrases)
                              for w in EVENT_SYNONYMS.get(head.lower(), ()))), None)
    return evolve(a, last_era=found[0] if found else None, era_subject=f"the {np}")


def dated_event(text: str, cand: Candidate, r, a: Anchors, lo: int) -> Era | None:
    """An era this mention dates: "the corridor opened <yesterday>" (day 1), or a day count
    of an event with no known day 1 ("day 3 of the siege" on a known day)."""
    if r.cal is None or r.granularity not in ("day", "part-of-day", "hour", "minute"):
        return None
    if cand.kind == "era_day" and r.anchor not in ("era", "absolute"):
        event = cand.fields.get("event") or a.era_subject
        n = day_number(cand.fields)
        named = _head_of(event)
        if n and named and not match_era(event, a.era_phrases):
            return era_from_count(*named, r.cal.start, n)
        return None
    w0, w1 = max(lo, cand.start - STARTED_REACH), cand.start
    if not may_end_started(text, w0, w1):
        return None
    started = started_event(text[w0:w1])
    if started is None or match_era(f"the {started[0]}", a.era_phrases):
        return None
    return local_era(*started, r.cal.start)


def _head_of(event: str) -> tuple[str, str] | None:
    words = event.lower().split()
    if not words:
        return None
    if words[0] in ("the", "this", "its", "their", "a", "an"):
        words = words[1:]
    return subject("the " + " ".join(words)) if words else None


def event_anchor(text: str, cand: Candidate, a: Anchors, out: list[Mention],
                  dayish: Sequence[tuple[int, int, int]]) -> Anchors:
    """ "The day before the talks": the day of the last earlier sentence that names the talks
    and a day (else the date under discussion, as for a bare "the day before"); only the
    last ``EVENT_LOOK_BACK`` such sentences are read."""
    obj = object_after(text[cand.end:cand.end + 60])
    if obj is None:
        return a
    head = obj[1]
    read = 0
    piece = (-1, -1)
    names = False
    for i, lo, hi in reversed(dayish):
        if hi > cand.start:
            continue
        if (lo, hi) != piece:  # each piece is read once, for its last mention
            if read == EVENT_LOOK_BACK:
                break
            read += 1
            piece, names = (lo, hi), mentions_word(text[lo:hi], head)
        if names:
            m = out[i]
            return evolve(a, day=Cal("day", m.day), event=f"the {obj[0]}", event_text=m.text)
    return a


def retry_eras(out: list[Mention], retry, phrases, article_id: str, text: str,
               pieces: Sequence[tuple[int, int, int]], eras: EraPhraseIndex) -> list[Mention]:
    """Re-resolve era candidates with the eras the whole text has dated."""
    extra: list[Mention] = []
    starts = [lo for lo, _, _ in pieces]
    for index, cand, a in retry:
        lo, _, sent = pieces[max(0, bisect_right(starts, cand.start) - 1)]
        a2 = era_context(text, cand, evolve(a, era_phrases=phrases), lo, eras)
        cand = fit_event(text, cand, phrases)
        r = resolve(cand, a2)
        if r is None or r.anchor != "era":
            continue
        old = out[index] if index >= 0 else None
        m = Mention(article_id, cand.start, cand.end, cand.text,
                    old.sentence if old else sent, r.type, r.value, r.interval,
                    r.granularity, r.anchor, r.anchor_value, cand.rule, r.explanation, r.mod)
        if old is not None:
            out[index] = m
        else:
            extra.append(m)
    return sorted([*out, *extra], key=lambda m: m.start) if extra else out


def fit_event(text: str, cand: Candidate, phrases) -> Candidate:
    """Stretch or cut an era candidate's span to its event phrase ("day 73 of the war in
    Ukraine", "the 12th day of the strike")."""
    if "event_start" not in cand.fields:
        return cand
    end, _era = event_span(text, int(cand.fields["event_start"]), cand.fields["event"], phrases)
    fields = dict(cand.fields)
    fields["event"] = text[int(cand.fields["event_start"]):end]
    return Candidate(cand.start, end, text[cand.start:end], cand.rule, cand.kind,
                     MappingProxyType(fields), cand.parts)
