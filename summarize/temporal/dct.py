"""Infer an article's publication date (DCT) from its text when metadata lacks one, and check
a metadata date against what the text says ("Today, Saturday")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from summarize import regex_cache as rx

from ..models import Mention
from .eras import Era
from .patterns import WEEKDAY
from .resources.units import DEICTIC_DAYS
from .tagger import as_date, tag_text
from .words import weekday_number

_WEEKDAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Characters from the top of the text where a full date most likely is the dateline.
_TOP = 400


@dataclass(frozen=True, slots=True)
class DctInfo:
    """The publication date chosen, where it came from, how sure, and why."""

    value: date | None
    source: str  # "metadata" | "inferred" | "given" | "unknown"
    confidence: float
    evidence: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


_APPOSITION = rx.compile(
    rf"(?:\b|(?-i:(?<=[a-z])(?=[TY])))(?P<dw>today|yesterday|tomorrow)\s*(?:,|\(|—|–)?\s*"
    rf"(?P<wd>{WEEKDAY})\b\)?"
    rf"|\b(?P<wd2>{WEEKDAY})\s*(?:,|\(|—|–)\s*(?P<dw2>today|yesterday|tomorrow)\b\)?",
    re.IGNORECASE)


def _weekday_constraints(text: str) -> list[tuple[int, str]]:
    """(ISO weekday the DCT must have, quoted phrase) from "today, Saturday" appositions."""
    out = []
    for m in _APPOSITION.finditer(text):
        offset, _ = DEICTIC_DAYS[(m.group("dw") or m.group("dw2")).lower()]
        wd = weekday_number(m.group("wd") or m.group("wd2"))
        out.append(((wd - 1 - offset) % 7 + 1, m.group()))
    return out


def _score(cand: date, dated: list[tuple[date, float, str]], weekdays: list[tuple[int, str]],
           hints: Sequence[date]) -> float:
    s = 0.0
    per_hint = min(0.5, 1.5 / len(hints)) if hints else 0.0  # the story's dates weigh <= 1.5
    for d, w, _ in dated:
        gap = (cand - d).days
        s += w * (1.0 if gap == 0 else 0.8 if gap == 1 else 0.5 if 0 <= gap <= 7
                  else 0.15 if 0 <= gap <= 60 else -0.3 if gap < 0 else 0.0)
    for need, _ in weekdays:
        s += 1.5 if cand.isoweekday() == need else -1.5
    for h in hints:
        gap = abs((cand - h).days)
        s += per_hint if gap <= 1 else per_hint / 2 if gap <= 3 else 0.0
    # A story whose other articles agree on a period: a date years away from all of them is
    # a historical date in the text ("the quake of 2 May 1787"), not the publication day.
    if len(hints) >= STORY_QUORUM and min(abs((cand - h).days) for h in hints) > FAR_FROM_STORY:
        s -= 1.5
    return s


#: Story hints needed before a candidate far from all of them is held unlikely.
STORY_QUORUM = 3
#: Days from every story hint beyond which a candidate is held unlikely.
FAR_FROM_STORY = 366


_LAST_DAY = date.max.toordinal()


#: How far (days) from the metadata date a day the text agrees on may lie and still replace
#: it (a wrong day or time zone in the metadata, not a story looking back).
TEXT_OVER_METADATA_DAYS = 3


def _text_over_metadata(mentions: list, weekdays: list[tuple[int, str]], meta: date
                        ) -> DctInfo | None:
    """The day two independent signals of the text agree on (an era day count, a full date
    near the top, a weekday apposition), when it differs from the metadata date by a few days
    and no weekday apposition contradicts it; the text wins and the conflict is reported."""
    signals: dict[date, dict[str, str]] = {}
    for m in mentions:
        if not isinstance(m, Mention) or m.day is None or m.granularity != "day":
            continue
        kind = "era" if m.anchor == "era" else "top" if m.anchor == "absolute" \
            and m.start < _TOP else ""
        if kind:
            signals.setdefault(m.day, {}).setdefault(kind, f"'{m.text}' = {m.day.isoformat()}")
    for day, kinds in signals.items():
        for need, phrase in weekdays:
            if day.isoweekday() == need:
                kinds.setdefault("weekday", f"'{phrase}': the DCT is a {_WEEKDAY[need - 1]}")
    agreed = [d for d, kinds in signals.items() if len(kinds) >= 2 and d != meta
              and abs((d - meta).days) <= TEXT_OVER_METADATA_DAYS
              and all(d.isoweekday() == need for need, _ in weekdays)]
    if len(agreed) != 1:
        return None
    day = agreed[0]
    evidence = list(signals[day].values())
    conflict = (f"metadata says {meta.isoformat()} ({_WEEKDAY[meta.weekday()]}) but the text "
                f"says {day.isoformat()} ({_WEEKDAY[day.weekday()]}): "
                f"{'; '.join(evidence)}; the text's date is used")
    return DctInfo(day, "inferred", 0.9, [*evidence, f"outvotes the metadata date "
                                          f"{meta.isoformat()}"], [conflict])


def infer_dct(text: str, mentions_or_candidates: Iterable[Mention] | None = None, *,
              metadata: datetime | date | None = None, given: date | None = None,
              eras: Sequence[Era] = (), corpus_hint: Sequence[date] = ()) -> DctInfo:
    """The article's DCT: ``given`` wins, then ``metadata`` (with conflicts reported) unless
    two independent signals of the text agree on a day near it (then the text wins), else
    the best-scoring candidate date from the text's full dates, era day counts, weekday
    appositions and the dates of other articles of the story (``corpus_hint``)."""
    if given is not None:
        return DctInfo(as_date(given), "given", 1.0, ["given by the user"])
    meta = as_date(metadata)
    if mentions_or_candidates is not None:
        mentions = list(mentions_or_candidates)
    else:  # with metadata only the cheap weekday check runs: tagging twice is slow
        mentions = [] if meta is not None else tag_text(text, None, eras=eras)
    dated: list[tuple[date, float, str]] = []
    for m in mentions:
        if not isinstance(m, Mention) or m.day is None or m.anchor not in ("absolute", "era"):
            continue
        weight = 2.0 if m.anchor == "era" else 1.0 if m.start < _TOP else 0.5
        dated.append((m.day, weight, f"'{m.text}' = {m.day.isoformat()}"
                      + (" near the top" if m.start < _TOP and m.anchor == "absolute" else "")))
    weekdays = _weekday_constraints(text)
    hints = [as_date(h) for h in corpus_hint]
    if meta is not None:
        outvoted = _text_over_metadata(mentions, weekdays, meta)
        if outvoted is not None:
            return outvoted
        conflicts = [f"metadata says {meta.isoformat()} ({_WEEKDAY[meta.weekday()]}) but the "
                     f"text says '{phrase}' (so a {_WEEKDAY[need - 1]})"
                     for need, phrase in weekdays if meta.isoweekday() != need]
        later = [d for d, _, why in dated if (d - meta).days > 1]
        if later:
            conflicts.append(f"the text mentions {max(later).isoformat()}, after the metadata "
                             f"date {meta.isoformat()}")
        return DctInfo(meta, "metadata", 0.6 if conflicts else 1.0, ["from metadata"],
                       conflicts)
    days = {d.toordinal() + k for d, _, _ in dated for k in (0, 1)}
    days |= {h.toordinal() + k for h in hints for k in (-1, 0, 1)}
    cands = {date.fromordinal(n) for n in days if 1 <= n <= _LAST_DAY}  # on the calendar
    if not cands:
        evidence = [f"'{p}': the DCT is a {_WEEKDAY[n - 1]}" for n, p in weekdays]
        return DctInfo(None, "unknown", 0.0, evidence or ["no dates in the text"])
    scored = sorted(((_score(c, dated, weekdays, hints), c) for c in cands),
                    key=lambda sc: (-sc[0], -sc[1].toordinal()))
    best_score, best = scored[0]
    total = sum(w for _, w, _ in dated) + 1.5 * len(weekdays) + min(1.5, 0.5 * len(hints))
    margin = best_score - (scored[1][0] if len(scored) > 1 else 0.0)
    confidence = max(0.0, min(1.0, 0.5 * best_score / total + 0.5 * min(1.0, margin / 1.5)))
    if not dated:  # only the story's other dates (and maybe a weekday) to go on
        confidence = min(confidence, 0.6 if weekdays else 0.3)
    evidence = [why for d, _, why in dated if 0 <= (best - d).days <= 7][:5]
    evidence += [f"'{p}': the DCT is a {_WEEKDAY[n - 1]}" for n, p in weekdays]
    if hints:
        evidence.append(f"{len(hints)} other article(s) of the story dated "
                        f"{min(hints).isoformat()}..{max(hints).isoformat()}")
    conflicts = [f"'{p}' says the DCT is a {_WEEKDAY[n - 1]}, but {best.isoformat()} is a "
                 f"{_WEEKDAY[best.weekday()]}" for n, p in weekdays if best.isoweekday() != n]
    return DctInfo(best, "inferred", round(confidence, 3), evidence, conflicts)
