"""Tag a text: recognise spans, resolve each against the DCT and the discourse, and return
Mentions in text order."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from types import MappingProxyType

from ..models import Mention
from .context import Anchors
from .eras import BUILTIN_ERAS, Era, active_phrases, event_span, last_era_in
from .recognise import Candidate, recognise
from .resolve import resolve
from .tense import clause_tense
from .values import RANK, Cal

_SIMPLE_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]*|\n|$)")
_DAY_LEVEL = RANK["day"]


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    try:
        from ..sentences import split_spans  # type: ignore[attr-defined]
        return [(int(s), int(e)) for s, e in split_spans(text)]
    except (ImportError, AttributeError, TypeError, ValueError):
        pass
    try:
        from ..sentences import split_sentences
        return [(s.start, s.end) for s in split_sentences(text)]
    except (ImportError, AttributeError):
        return [m.span() for m in _SIMPLE_SENTENCE.finditer(text)]


def as_date(dct: date | datetime | None) -> date | None:
    """The calendar day of a DCT given as date or datetime."""
    if isinstance(dct, datetime):
        return dct.date()
    return dct


def tag_text(text: str, dct: date | datetime | None, *, article_id: str = "",
             sentences: Sequence[tuple[int, int]] | None = None, day_first: bool = True,
             eras: Sequence[Era] = ()) -> list[Mention]:
    """Every time expression in ``text``, resolved against ``dct`` and the discourse.

    Relative phrases ("the day before", "two days later") follow the last day-level date the
    text has mentioned; deictic ones ("yesterday", "last week") follow the DCT. ``eras`` are
    tried before the built-in ones.
    """
    if not text:
        return []
    spans = list(sentences) if sentences is not None else _sentence_spans(text)
    starts = [s for s, _ in spans]
    phrases = active_phrases([*eras, *BUILTIN_ERAS], text)
    anchors = Anchors(as_date(dct), day_first=day_first, era_phrases=phrases)
    out: list[Mention] = []
    current_sentence = -1
    for cand in _recognise_by_sentence(text, spans):
        sent = max(0, bisect_right(starts, cand.start) - 1) if starts else 0
        if sent != current_sentence:
            age = anchors.period_age + (sent - current_sentence if current_sentence >= 0 else 0)
            anchors = replace(anchors, sentence_day=None, period_age=age)
            current_sentence = sent
        a = replace(anchors, tense=clause_tense(text, cand.start, cand.end))
        if cand.kind in ("era_day", "era_start"):
            a = replace(a, last_era=last_era_in(text[:cand.start], phrases))
            cand = _fit_event(text, cand, phrases)
        r = resolve(cand, a)
        if r is None:
            continue
        out.append(Mention(article_id, cand.start, cand.end, cand.text, sent, r.type, r.value,
                           r.interval, r.granularity, r.anchor, r.anchor_value, cand.rule,
                           r.explanation, r.mod))
        if not _comparison(cand.rule, r):
            anchors = _advance(anchors, r.cal, r.value, r.anchor)
    return out


def _recognise_by_sentence(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Candidates sentence by sentence, so a sentence edge is a word edge even where scraping
    glued two sentences together ("its 13th dayToday, Saturday")."""
    if not spans:
        return recognise(text)
    return [_shifted(c, start) for start, end in spans for c in recognise(text[start:end])]


def _shifted(cand: Candidate, offset: int) -> Candidate:
    """``cand`` found in a sentence, moved to its place in the whole text."""
    if not offset:
        return cand
    fields = cand.fields
    if "event_start" in fields:
        fields = MappingProxyType({**fields,
                                   "event_start": str(int(fields["event_start"]) + offset)})
    return replace(cand, start=cand.start + offset, end=cand.end + offset, fields=fields,
                   parts=tuple(_shifted(p, offset) for p in cand.parts))


def _fit_event(text: str, cand: Candidate, phrases) -> Candidate:
    """Stretch or cut an era candidate's span to its event phrase ("day 73 of the war in
    Ukraine", "the 12th day of the strike")."""
    if "event_start" not in cand.fields:
        return cand
    end, _era = event_span(text, int(cand.fields["event_start"]), cand.fields["event"], phrases)
    fields = dict(cand.fields)
    fields["event"] = text[int(cand.fields["event_start"]):end]
    return replace(cand, end=end, text=text[cand.start:end], fields=MappingProxyType(fields))


def _comparison(rule: str, r) -> bool:
    """ "a year earlier" / "year-ago" compare with the period under discussion without
    moving the discourse to it."""
    return r.anchor == "discourse" and r.granularity not in ("day", "part-of-day") and (
        rule in ("offset", "unit_year_ago_adj") or ("year" in r.explanation and "moved" in
        r.explanation))


def _advance(a: Anchors, cal: Cal | None, value: str, anchor: str) -> Anchors:
    """Move the discourse anchors to a newly resolved date."""
    if cal is None or anchor == "none" or value.endswith("_REF"):
        return a
    if RANK[cal.gran] <= _DAY_LEVEL:
        day = Cal("day", cal.start)
        return replace(a, day=day, period=day, sentence_day=day, period_age=0)
    return replace(a, period=cal, period_age=0)
