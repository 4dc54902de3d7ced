"""Which gold TIMEX3s one tagger gets right and another does not, grouped by category.

A category is derived from the gold expression alone: its type, the shape of its value with
digits masked ('9999-99-99', 'P9Y', 'PRESENT_REF') and a coarse lexical kind of its text
(weekday, month name, relative unit, vague...), so fixes can be planned by phenomenon.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarize.evaluate.timeml import MentionLike, TimemlDocument, match_relaxed

#: Coarse lexical kinds of a gold expression, first match wins (checked on the lowercased text).
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    ("holiday", r"christmas|easter|thanksgiving|new year|labou?r day|memorial day|"
                r"independence day|halloween|valentine|passover|ramadan|hanukkah|black \w+day"),
    ("clock time", r"\d(:\d\d)?\s*[ap]\.?m\b|\bnoon\b|midnight|o'clock|\d:\d\d"),
    ("numeric date", r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"),
    ("decade/century", r"\d0'?s\b|centur|decade|millenni"),
    ("month name", r"\b(january|february|march|april|may|june|july|august|september|october|"
                   r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"),
    ("weekday/weekend", r"\b(mon|tues|wednes|thurs|fri|satur|sun)day|\bweekend"),
    ("fiscal", r"fiscal"),
    ("quarter/half/season", r"quarter|\bhalf\b|spring|summer|\bfall\b|autumn|winter|season"),
    ("part of day", r"morning|afternoon|evening|night|overnight|dawn|dusk"),
    ("today/yesterday/tomorrow", r"\b(today|yesterday|tomorrow|tonight)"),
    ("offset (ago/later/earlier)", r"\bago\b|\blater\b|\bearlier\b|\bbefore\b|\bafter\b|"
                                   r"from now|\bprior\b"),
    ("relative unit (last/next/this)", r"\b(last|next|this|past|previous|coming|current|"
                                       r"recent|following|latest|same|that)\b.*\b(day|week|month|"
                                       r"year|quarter|term|period|time|hour)s?\b"),
    ("count + unit", r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                     r"twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many|"
                     r"some)\b.*\b(second|minute|hour|day|week|month|year)s?\b"),
    ("year number", r"^(the )?(year )?('\d\d|\d{4})$"),
    ("vague (now/recent/former)", r"\b(now|recent|recently|currently|current|present|former|"
                                  r"formerly|future|past|soon|once|then|nowadays|lately|"
                                  r"already|so far|yet|moment|period|times?)\b"),
    ("unit word (day/week/year)", r"\b(second|minute|hour|day|week|month|year)s?\b|annual|"
                                  r"daily|weekly|monthly|yearly"),
))


def lexical_kind(text: str) -> str:
    """A coarse lexical kind of a time expression ('last week' -> relative unit)."""
    lowered = " ".join(text.lower().split())
    return next((kind for kind, pattern in KINDS if pattern.search(lowered)), "other")


def value_shape(value: str) -> str:
    """A TIMEX3 value with digits masked ('1998-01-08' -> '9999-99-99'; durations 'P9Y')."""
    value = value.strip()
    if value.startswith("P"):
        return re.sub(r"\d+(\.\d+)?", "9", value)
    return re.sub(r"\d", "9", value) or "(empty)"


def category(gold_type: str, gold_value: str, gold_text: str) -> str:
    """Where a gold TIMEX3 belongs when listing errors: type, value shape and lexical kind."""
    return f"{gold_type} {value_shape(gold_value)} · {lexical_kind(gold_text)}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one system did on one gold TIMEX3: 'right', 'wrong value' or 'missed', and its span."""

    verdict: str
    value: str = ""
    text: str = ""
    exact: bool = False
    fit: str = ""


def outcomes(doc: TimemlDocument, mentions: Sequence[MentionLike]) -> list[Outcome]:
    """Each gold TIMEX3's outcome, matched one-to-one by overlap exactly as the scorer does."""
    pairs = match_relaxed([(g.start, g.end) for g in doc.gold],
                          [(m.start, m.end) for m in mentions])
    result = [Outcome("missed")] * len(doc.gold)
    for i, j in pairs:
        gold, found = doc.gold[i], mentions[j]
        value = found.value.strip()
        verdict = "right" if value == gold.value.strip() else "wrong value"
        exact = (found.start, found.end) == (gold.start, gold.end)
        if found.start <= gold.start and found.end >= gold.end:
            fit = "wider span"
        elif found.start >= gold.start and found.end <= gold.end:
            fit = "narrower span"
        else:
            fit = "shifted span"
        result[i] = Outcome(verdict, value, doc.text[found.start:found.end], exact,
                            "exact span" if exact else fit)
    return result


@dataclass(slots=True)
class Contrast:
    """Gold TIMEX3s that one system gets right and the other does not, by category."""

    counts: Counter[str]
    how: dict[str, Counter[str]]
    examples: dict[str, list[str]]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def contrast(docs: Iterable[TimemlDocument], winner: dict[str, Sequence[MentionLike]],
             loser: dict[str, Sequence[MentionLike]], *, aspect: str = "value",
             n_examples: int = 3) -> Contrast:
    """Gold TIMEX3s ``winner`` gets right and ``loser`` does not.

    aspect 'value': right value against a wrong value or a miss; 'span': an exact span against
    an overlapping one that is not (misses are counted under 'value' already).
    """
    found = Contrast(Counter(), defaultdict(Counter), defaultdict(list))
    for doc in docs:
        pairs = zip(outcomes(doc, winner[doc.name]), outcomes(doc, loser[doc.name]), strict=True)
        for gold, (won, lost) in zip(doc.gold, pairs, strict=True):
            if aspect == "value":
                if won.verdict != "right" or lost.verdict == "right":
                    continue
                how = lost.verdict
                other = lost.value if lost.verdict == "wrong value" else "missed"
            else:
                if not won.exact or lost.exact or lost.verdict == "missed":
                    continue
                how = lost.fit
                other = f'"{" ".join(lost.text.split())}"'
            key = category(gold.type, gold.value, gold.text)
            found.counts[key] += 1
            found.how[key][how] += 1
            if len(found.examples[key]) < n_examples:
                found.examples[key].append(f'"{" ".join(gold.text.split())}" {gold.value} '
                                           f"({other})")
    return found


def by_kind(found: Contrast) -> Counter[str]:
    """The category counts rolled up to the lexical kind alone."""
    kinds: Counter[str] = Counter()
    for key, count in found.counts.items():
        kinds[key.split(" · ", 1)[1]] += count
    return kinds
