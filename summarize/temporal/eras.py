"""Eras: named events with a known day 1 ("the war in Ukraine" began 2022-02-24), so that
"day 73 of the war" or "on its 73rd day" resolve to a date."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

from summarize import regex_cache as rx

from .patterns import ORDINAL, alt
from .resources.determiners import DAY_COUNT_DETERMINERS, DETERMINERS
from .resources.numbers import CARDINALS, ORDINALS
from .resources.verbs import IRREGULAR_PAST


@dataclass(frozen=True, slots=True)
class Era:
    """An event with a first day. ``aliases`` ("the war") count only when one of the
    ``context`` words occurs in the text (or when ``context`` is empty)."""

    name: str
    start: date
    phrases: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()


BUILTIN_ERAS: tuple[Era, ...] = (
    Era("Russia's invasion of Ukraine", date(2022, 2, 24),
        ("the war in Ukraine", "the Ukraine war", "Russia's war in Ukraine",
         "Russia's invasion of Ukraine", "the Russian invasion of Ukraine",
         "the invasion of Ukraine", "the special military operation",
         "Russia's full-scale invasion", "the full-scale invasion"),
        ("the war", "the invasion", "the conflict", "Russia's invasion", "Russia's war",
         "the Russian invasion", "the military operation", "the operation", "the offensive"),
        ("Ukraine", "Ukrainian", "Kyiv", "Kiev")),
    Era("Israel-Hamas war", date(2023, 10, 7),
        ("the war in Gaza", "the Gaza war", "the Israel-Hamas war", "the war with Hamas"),
        ("the war", "the conflict", "the offensive"), ("Gaza", "Hamas")),
    Era("Iraq's invasion of Kuwait", date(1990, 8, 2),
        ("the invasion of Kuwait", "Iraq's invasion of Kuwait", "the Gulf crisis"),
        ("the invasion", "the crisis", "the occupation"), ("Kuwait",)),
    Era("Gulf War air campaign", date(1991, 1, 17),
        ("the Gulf War", "Operation Desert Storm", "the air war"),
        ("the war", "the air campaign"), ("Iraq", "Kuwait", "Baghdad")),
    Era("2003 invasion of Iraq", date(2003, 3, 20),
        ("the invasion of Iraq", "the Iraq war", "the war in Iraq"),
        ("the war", "the invasion"), ("Iraq", "Baghdad")),
)

_STOP = (r"(?!(?:in|on|at|by|and|as|with|when|while|after|before|since|that|which|who|for|to|"
         r"from|was|is|has|had|said|were|are|but|or|of|its|the)\b)")
_EVENT = (rf"(?P<event>(?:{alt(DETERMINERS)[3:-1]}|(?-i:[A-Z])[\w.-]*['’]s)\s+"
          rf"(?:{_STOP}[\w'’-]+\s+){{0,3}}{_STOP}[\w'’-]+)")
_NUM_WORD = alt(w for w, n in CARDINALS.items() if 1 <= n <= 99)

#: Recognition rules (same shape as the other rule modules).
RULES: list[tuple[str, str, str]] = [
    ("era_day_ordinal", "era_day",
     rf"\b{alt(DAY_COUNT_DETERMINERS)}\s+(?P<ord>{ORDINAL})\s+(?:straight\s+|consecutive\s+|full\s+)?"
     rf"day\b(?:\s+of\s+{_EVENT})?"),
    ("era_day_number", "era_day", rf"\bday\s+(?P<n>\d{{1,4}}|{_NUM_WORD})\s+of\s+{_EVENT}"),
    ("era_since_start", "era_start",
     r"\bsince\s+(?P<span>the\s+(?:start|beginning|outbreak|onset)\s+of\s+"
     rf"{_EVENT[len('(?P<event>'):-1].join(('(?P<event>', ')'))})"),
]

_DET = rx.compile(rf"^{alt(DETERMINERS)}\s+", re.IGNORECASE)


def day_number(fields: dict[str, str]) -> int | None:
    """The N of an era day count from a candidate's fields ("73rd", "seventh", "12")."""
    raw = (fields.get("ord") or fields.get("n") or "").lower()
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group())
    return ORDINALS.get(raw) or CARDINALS.get(raw)


@lru_cache(maxsize=4096)
def _norm(phrase: str) -> str:
    """A phrase lower-cased, its apostrophes and leading determiner normalised (cached: the
    built-in eras' phrases are normalised for every text)."""
    return _DET.sub("", re.sub(r"[’']", "'", phrase.lower()).strip())


def active_phrases(eras: Sequence[Era], text: str) -> list[tuple[str, Era]]:
    """(normalised phrase, era) pairs usable in ``text``, longest first."""
    lowered = text.lower()
    found: dict[str, bool] = {}  # a context word two eras share ("Iraq") is looked for once
    usable = tuple(not era.context or any(
        found[w] if w in found else found.setdefault(w, w.lower() in lowered)
        for w in era.context) for era in eras)
    # The pairs depend on nothing but the eras and which of them have their aliases usable:
    # a text of the usual kind asks for a list made before.
    key = (tuple(eras), usable)
    pairs = _ACTIVE.get(key)
    if pairs is None:
        pairs = _phrase_pairs(eras, usable)
        if len(_ACTIVE) < 1024:
            _ACTIVE[key] = pairs
    return list(pairs)  # a list of the caller's own


def _phrase_pairs(eras: Sequence[Era], usable: Sequence[bool]) -> tuple[tuple[str, Era], ...]:
    """(normalised phrase, era) pairs of ``eras``, the aliases of the ``usable`` ones too,
    longest first (``active_phrases`` of a text where just those have their aliases usable)."""
    pairs: list[tuple[str, Era]] = []
    for era, aliases in zip(eras, usable, strict=True):
        pairs.extend((_norm(p), era) for p in era.phrases)
        if aliases:
            pairs.extend((_norm(p), era) for p in era.aliases)
    return tuple(sorted(pairs, key=lambda pe: -len(pe[0])))


#: ``_phrase_pairs`` by (eras, which have usable aliases): the built-in eras make few keys.
_ACTIVE: dict[tuple[tuple[Era, ...], tuple[bool, ...]], tuple[tuple[str, Era], ...]] = {}


_VERBISH = frozenset({"began", "begun", "brought", "ended", "continued", "saw", "came", "went",
                      "left", "drew", "marked", "passed", "showed", "started", "took", "was",
                      "is", "has", "had", "enters", "entered", "began,", "dragged", "drags"})


def event_span(text: str, start: int, event: str, phrases: list[tuple[str, Era]]
               ) -> tuple[int, Era | None]:
    """End offset of the event phrase starting at ``start`` and its era: a known phrase is
    matched in the text that follows (it may run past the captured words); an unknown event
    is cut before its first verb-like word."""
    ahead = text[start:start + 120]
    for phrase, era in _may_open(ahead, phrases):
        m = _phrase_pattern(phrase).match(ahead)
        if m:
            return start + m.end(), era
    kept: list[str] = []
    for i, w in enumerate(event.split()):
        if i and (w.lower() in _VERBISH or w.lower() in IRREGULAR_PAST
                  or w.lower().endswith(("ed", "ing"))):
            break
        kept.append(w)
    m = re.match(r"\s*".join(re.escape(w) for w in kept), ahead)
    return start + (m.end() if m else len(event)), None


_DETERMINER = rx.compile(rf"{alt(DETERMINERS)}\s+", re.IGNORECASE)


def _may_open(ahead: str, phrases: list[tuple[str, Era]]) -> list[tuple[str, Era]]:
    """The phrases whose pattern may match at the start of ``ahead``: those whose first
    character is the text's first one, or the one after a determiner (all of them when
    either is not ASCII: case-insensitive matching folds a few other letters to ASCII)."""
    det = _DETERMINER.match(ahead)
    firsts = {ahead[:1], ahead[det.end():det.end() + 1] if det else ""}
    if not all(c.isascii() for c in firsts):
        return phrases
    firsts = frozenset(c.lower() for c in firsts)
    known = _OPENERS.get(id(phrases))
    if known is None or known[0] is not phrases:  # each list read once per pair of letters
        if len(_OPENERS) >= 256:
            _OPENERS.clear()
        known = _OPENERS[id(phrases)] = (phrases, {})
    found = known[1].get(firsts)
    if found is None:
        found = known[1][firsts] = [(p, e) for p, e in phrases if p[:1] in firsts or not (
            p[:1].isascii() and p[:1].isalnum())]
    return found


#: id of a phrase list -> (the list, its ``_may_open`` phrases by first letters).
_OPENERS: dict[int, tuple[list, dict[frozenset[str], list[tuple[str, Era]]]]] = {}


def match_era(event_text: str, phrases: list[tuple[str, Era]]) -> tuple[Era, str] | None:
    """The era whose phrase starts ``event_text`` (a phrase's words may not be cut)."""
    norm = _norm(event_text)
    for phrase, era in phrases:  # the phrase, alone or before a space (nothing concatenated)
        if norm.startswith(phrase) and (len(norm) == len(phrase) or norm[len(phrase)] == " "):
            return era, phrase
    return None


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A normalised era phrase as it may be written: any quote, any spacing, a determiner."""
    words = r"\s+".join(re.escape(w) for w in phrase.replace("'", "’").split())
    return re.compile(rf"(?:{alt(DETERMINERS)}\s+)?{words}\b".replace("’", "['’]"),
                      re.IGNORECASE)


def _lowered(text: str) -> str:
    return re.sub(r"[’']", "'", text.lower())


def last_era_in(text: str, phrases: list[tuple[str, Era]]) -> Era | None:
    """The era whose phrase occurs last in ``text`` (for "on its 73rd day" with no event)."""
    lowered = _lowered(text)
    best: tuple[int, Era] | None = None
    for phrase, era in phrases:
        i = lowered.rfind(phrase)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, era)
    return best[1] if best else None


class EraPhraseIndex:
    """Where era phrases occur in one text, found once per phrase: ``last_era_before(p)`` is
    ``last_era_in(text[:p])`` at the cost of a bisect per phrase, not a scan of the prefix."""

    def __init__(self, text: str) -> None:
        self._lowered = _lowered(text)
        #: Offsets into the lower-cased text, when lower-casing changed its length ("İ").
        self._offsets = None if len(self._lowered) == len(text) else list(
            accumulate((len(c.lower()) for c in text), initial=0))
        self._starts: dict[str, list[int]] = {}
        #: id of a phrase list -> (the list, its (phrase, era, starts) found in the text).
        self._found: dict[int, tuple[list, list]] = {}

    def _in_text(self, phrases: list[tuple[str, Era]]) -> list[tuple[str, Era, list[int]]]:
        """The phrases that occur in the text (or are empty), in order, with their starts:
        the others can never be the last one named, so each count skips them."""
        got = self._found.get(id(phrases))
        if got is None or got[0] is not phrases:
            found = []
            for phrase, era in phrases:
                starts = self._starts.get(phrase)
                if starts is None:
                    starts = self._starts[phrase] = _occurrences(self._lowered, phrase)
                if starts or not phrase:
                    found.append((phrase, era, starts))
            if len(self._found) >= 256:  # a text learns at most 64 eras: never in practice
                self._found.clear()
            got = self._found[id(phrases)] = (phrases, found)
        return got[1]

    def last_era_before(self, pos: int, phrases: list[tuple[str, Era]]) -> Era | None:
        """The era whose phrase ends last at or before offset ``pos``."""
        end = pos if self._offsets is None else self._offsets[pos]
        best: tuple[int, Era] | None = None
        for phrase, era, starts in self._in_text(phrases):
            if phrase:
                k = bisect_right(starts, end - len(phrase)) - 1
                i = starts[k] if k >= 0 else -1
            else:
                i = end  # str.rfind finds the empty string at the end
            if i >= 0 and (best is None or i > best[0]):
                best = (i, era)
        return best[1] if best else None


def _occurrences(text: str, phrase: str) -> list[int]:
    """Every offset where ``phrase`` starts in ``text``, overlapping ones included."""
    found: list[int] = []
    i = text.find(phrase) if phrase else -1
    while i >= 0:
        found.append(i)
        i = text.find(phrase, i + 1)
    return found


def load_eras(path: str | Path) -> list[Era]:
    """Read eras from TOML. Format::

        [[era]]
        name = "Russia's invasion of Ukraine"
        start = "2022-02-24"          # day 1 (a TOML date also works)
        phrases = ["the war in Ukraine", "the special military operation"]
        aliases = ["the war"]         # optional: generic names, used only with context
        context = ["Ukraine", "Kyiv"]  # optional

    Raises ValueError with a readable message on a malformed file.
    """
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"cannot read eras from {path}: {exc}") from exc
    eras = []
    for i, item in enumerate(data.get("era", [])):
        try:
            start = item["start"]
            start = start if isinstance(start, date) else date.fromisoformat(str(start))
            eras.append(Era(str(item["name"]), start, tuple(item.get("phrases", ())),
                            tuple(item.get("aliases", ())), tuple(item.get("context", ()))))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: era #{i + 1} is malformed: {exc}") from exc
    return eras


@cache
def _day_count_patterns() -> list[re.Pattern[str]]:
    """The day-count rules, compiled on first use (only learning eras needs them here)."""
    return [rx.compile(p, re.IGNORECASE) for _, k, p in RULES if k == "era_day"]


#: A day count may be reported a day early or late ("day 12" written on day 11 or 13): votes
#: for starts this many days apart back the same first day.
START_TOLERANCE_DAYS = 1


def learn_eras(dated_mentions: Iterable) -> list[Era]:
    """Infer unknown eras' first days from dated day counts ("day 12 of the strike" in an
    article about 2024-03-12 -> the strike began 2024-03-01), one era per event phrase.

    An era is learned only from a clear finding: the start whose tolerance window holds the
    most votes must hold more than half of the phrase's votes. A phrase shared by several
    stories with different first days ("the strike" of many strikes) learns nothing, so a few
    new votes cannot move it by years. The result does not depend on the mentions' order."""
    starts: dict[str, Counter[date]] = {}
    spellings: dict[str, Counter[str]] = {}
    for m in dated_mentions:
        day = getattr(m, "day", None)
        if day is None or not m.rule.startswith("era_day"):
            continue
        for count_rx in _day_count_patterns():
            hit = count_rx.search(m.text)
            if hit and hit.groupdict().get("event"):
                n = day_number(hit.groupdict())
                if n and (n - 1) <= (day - date.min).days:  # day 1 is on the calendar
                    key = _norm(hit.group("event"))
                    spellings.setdefault(key, Counter())[hit.group("event")] += 1
                    starts.setdefault(key, Counter())[day - timedelta(days=n - 1)] += 1
                break
    learned = []
    for key in sorted(starts):
        start = clear_start(starts[key])
        if start is not None:
            name = min(spellings[key].items(), key=lambda sc: (-sc[1], sc[0]))[0]
            learned.append(Era(f"{name} (learned)", start, (name,)))
    return learned


def clear_start(votes: Counter[date]) -> date | None:
    """The first day most votes back, each start counting the votes within
    ``START_TOLERANCE_DAYS`` of it (ties: the start with more votes of its own, then the
    earliest), or None when that window holds no more than half of all the votes."""
    by_ordinal = {s.toordinal(): n for s, n in votes.items()}  # no overflow at date.min/max

    def backing(start: date) -> int:
        day = start.toordinal()
        return sum(by_ordinal.get(day + k, 0)
                   for k in range(-START_TOLERANCE_DAYS, START_TOLERANCE_DAYS + 1))

    best = min(votes, key=lambda s: (-backing(s), -votes[s], s))
    return best if 2 * backing(best) > sum(votes.values()) else None
