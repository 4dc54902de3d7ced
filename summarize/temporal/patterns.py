"""Regex fragments built from the word lists in ``resources`` (compiled by the rule modules)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from summarize import regex_cache as rx

from .resources.calendar_words import (
    BANK_HOLIDAY_BEFORE_WEEKEND,
    FIXED_HOLIDAYS,
    HISTORIC_DAYS,
    HOLIDAY_ALIASES,
    HOLIDAY_PREPOSITIONS,
    HOLIDAY_SPELLINGS,
    HOLIDAY_WRITTEN_FORMS,
    LETTER_MONTHS,
    LOWER_CASE_AFTER_PREPOSITION,
    LOWER_CASE_AFTER_THE,
    LOWER_CASE_BEFORE_WEEKEND,
    LOWER_CASE_HOLIDAYS,
    LOWER_CASE_ON_THE_DAY,
    LOWER_CASE_WITHOUT_DAY,
    MONTH_ABBREVIATIONS,
    MONTH_MISSPELLINGS,
    MONTHS,
    MOVABLE_HOLIDAYS,
    NOT_IN_CAPITALS,
    NOT_TITLED,
    PARTS_OF_DAY,
    SEASONS,
    TITLED_BEFORE_WEEKEND,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_MISSPELLINGS,
    WEEKDAYS,
    WITHOUT_DAY_FOLLOWERS,
)
from .resources.numbers import CARDINALS, DECADE_WORDS, ORDINALS, VAGUE_QUANTITIES
from .resources.post_locale import EMOJI
from .resources.units import APPROXIMATORS, LIKE_NOT_A_HEDGE, MODIFIERS, UNIT_PLURALS, UNITS

FLAGS = re.IGNORECASE


def alt(words: Iterable[str], case_sensitive: bool = False) -> str:
    """A non-capturing alternation of ``words``, longest first, spaces matching any blank.

    Shaped as a trie (shared prefixes written once, a longer word tried before its prefix): it
    matches exactly what the flat longest-first list does, and the regex engine, which tries a
    flat list's branches one by one, scans it many times faster. Two words equal but for case
    could both match in a case-blind rule and be tried in another order, so such a list stays
    flat unless the caller puts it in a case-sensitive group (``case_sensitive``). The tries of
    the engine's own lists ship as data (``ALTERNATIONS``, keyed by a digest of the words), so
    an import reads them instead of building them."""
    forms = frozenset(words)
    key = (forms, case_sensitive)
    made = _MADE.get(key)
    if made is None:
        made = _shipped_alternations().get(alternation_key(forms, case_sensitive)) \
            or build_alternation(forms, case_sensitive)
        _MADE[key] = made
    return made


def build_alternation(forms: Iterable[str], case_sensitive: bool = False) -> str:
    """``alt``'s pattern for ``forms``, built now (the table generator calls it too)."""
    ordered = sorted(set(forms), key=lambda w: (-len(w), w))  # same order in any process
    if not case_sensitive and len({w.lower() for w in ordered}) < len(ordered):
        return "(?:" + "|".join(map(_escaped, ordered)) + ")"
    return "(?:" + trie(ordered) + ")"


def alternation_key(forms: Iterable[str], case_sensitive: bool) -> str:
    """The shipped table's key of a word set: a digest of its sorted words and the flag."""
    text = "\x00".join(sorted(forms)) + ("\x01" if case_sensitive else "")
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


#: The shipped tries (``python -m summarize.temporal.make_tables`` writes them).
ALTERNATIONS = Path(__file__).with_name("resources") / "alternations.json"


@cache
def _shipped_alternations() -> dict[str, str]:
    try:
        table = json.loads(ALTERNATIONS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def made_alternations() -> dict[str, str]:
    """Every alternation asked for so far, built afresh and keyed as the shipped table is."""
    return {alternation_key(forms, cs): build_alternation(forms, cs)
            for forms, cs in sorted(_MADE, key=lambda k: alternation_key(*k))}


#: ``alt``'s answers, by word set: the rule modules ask for the same lists again and again.
_MADE: dict[tuple[frozenset[str], bool], str] = {}
#: Each character as the pattern writes it (a space matching any blank).
_ESCAPED: dict[str, str] = {" ": r"\s+"}


def _escaped(word: str) -> str:
    return "".join([_ESCAPED.get(ch) or _escape_char(ch) for ch in word])


def _escape_char(ch: str) -> str:
    _ESCAPED[ch] = escaped = re.escape(ch)
    return escaped


def trie(words: Iterable[str]) -> str:
    """``words`` as one regex trie; each character escaped, a space matching any blank (the
    recogniser's key tokens and first words use it bare, ``alt`` inside a group)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.get(ch) or node.setdefault(ch, {})
        node[""] = None
    return _walk(root)


def _walk(node: dict) -> str:
    """The pattern of the words below ``node``; a run of single letters is written in one go
    (most of a word list's letters are), so only the forks recurse."""
    branches = []
    for ch in sorted(node):
        if not ch:
            continue
        sub = node[ch]
        run = [_ESCAPED.get(ch) or _escape_char(ch)]
        while len(sub) == 1 and "" not in sub:
            ((ch, sub),) = sub.items()
            run.append(_ESCAPED.get(ch) or _escape_char(ch))
        branches.append("".join(run) + _walk(sub))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node \
        else "(?:" + "|".join(branches) + ")"
    return body + ("?" if "" in node else "")


def cased(words: Iterable[str]) -> str:
    """Case-sensitive alternation accepting Capitalised and UPPER forms only."""
    forms = {f for w in words for f in (w.capitalize(), w.upper())}
    return "(?-i:" + alt(forms, case_sensitive=True)[3:]


def compile_rule(pattern: str) -> re.Pattern[str]:
    return rx.compile(pattern, FLAGS)


#: Month names that are also English words in lower case ("you may", "march on", "an august
#: body"): in lower case they are months only beside a day or a year (see checks.py).
LOWER_CASE_WORDS = frozenset({"may", "march", "august"})
#: Month names: Capitalised, UPPER, or lower case where the word is nothing else.
MONTH_FULL = "(?-i:" + alt({f for w in (*MONTHS, *MONTH_MISSPELLINGS)
                           for f in (w.capitalize(), w.upper())}
                          | {w for w in (*MONTHS, *MONTH_MISSPELLINGS)
                             if w not in LOWER_CASE_WORDS}, case_sensitive=True)[3:]
MONTH_ABBR = "(?-i:(?:" + "|".join(
    sorted({w.capitalize() for w in MONTH_ABBREVIATIONS} | {w.upper() for w in MONTH_ABBREVIATIONS},
           key=lambda w: (-len(w), w))) + r")(?:\.|\b))"
#: Lower-case abbreviations and ambiguous names ("feb 18", "may 5"): months beside a day or
#: a year only, which checks.py makes sure of. A point after them is theirs only before a
#: number ("feb. 18"); a post's "3 mar. see you" ends its sentence there (session 11).
MONTH_LOWER = ("(?-i:(?:" + "|".join(sorted({*MONTH_ABBREVIATIONS, *LOWER_CASE_WORDS},
                                           key=lambda w: (-len(w), w)))
               + r")(?:\.(?=[ \t]*\d)|\b))")
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|{MONTH_LOWER})"
#: Weekday names, also in lower case (headlines, posts, transcripts).
WEEKDAY = "(?-i:" + alt({f for w in (*WEEKDAYS, *WEEKDAY_MISSPELLINGS)
                          for f in (w, w.capitalize(), w.upper())}, case_sensitive=True)[3:] \
    + r"(?!')?"
#: Subjects before which a lower-case "sat", "wed" is a verb ("we sat 3 april exams").
#: Not right after a subject pronoun, before which a lower-case "sat", "wed" or "sun" is a verb
#: or a word ("we sat", "who wed"): read by every rule that takes those abbreviations bare.
NOT_AFTER_SUBJECT = "".join(rf"(?<!\b{w}\s)" for w in ("i", "we", "they", "he", "she", "you",
                                                       "u", "who"))
#: A plan's lower-case "sun" before "at" and an hour ending its question or its line, after a
#: lower-case word that is no determiner or preposition ("brunch at the cafe sun at 11?"; not
#: "the sun at 11 o'clock", "sat in the sun at 11"; session 27).
SUN_AT_PLAN = (rf"{NOT_AFTER_SUBJECT}(?<=[a-z]\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bin\s)(?<!\bof\s)"
               r"(?<!\bhot\s)(?<!\bfull\s)(?<!\bmidday\s)(?<!\bmorning\s)(?<!\bno\s)(?-i:sun)"
               r"(?=\s+at\s+(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?(?:\s?[ap]m)?[ \t]*(?:\?|$))")
#: What may follow a post's lower-case abbreviation and a bare day with its suffix: a mark, an
#: emoji, the end, a kiss, or a clock time ("sat 14th x", "wed 28th 7am"; session 13).
_ORDINAL_DAY_ENDS = (rf"(?=[ \t]*(?:[,.;:!?)]|$|[{EMOJI}])|[ \t]+(?:x+|at|@|from)\b"
                     r"|[ \t]+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?(?-i:am|pm)\b"
                     # ... or a word of offering ("sat 7th still good?", "fri 9th works";
                     # session 14, round 3)
                     r"|[ \t]+(?:still|works|suits|ok|okay|fine)\b(?![-'’]))")
#: A weekday before a date: also abbreviated ("Sat., Feb 16"; lower case only with a point or
#: a comma: "sat, feb 16", not "he sat"; or right before a day and its month, "sat 18th may",
#: "tues 20/2", session 11).
WEEKDAY_ANY = (rf"(?:{WEEKDAY}|{cased(WEEKDAY_ABBREVIATIONS)}\.?"
               rf"|(?-i:{alt(WEEKDAY_ABBREVIATIONS)[3:]}(?=[.,])\.?)"
               rf"|{NOT_AFTER_SUBJECT}(?-i:{alt(WEEKDAY_ABBREVIATIONS)[3:]}"
               r"(?=\s+(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])"
               rf"(?:(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b|/(?:1[0-2]|0?[1-9])(?![\d/])"
               # ... or a day with its suffix ending its phrase ("drinks sat 14th x", "back wed
               # 28th!"), not "sat 14th in the table" (session 13)
               rf"|(?:st|nd|rd|th){_ORDINAL_DAY_ENDS}))")
#: A weekday abbreviation before a clock time or a part of day ("tues 4pm", "Thurs at 4", "fri
#: night"): in lower case "sat", "wed" and "sun" are also words ("he sat at 3", "the sun at
#: noon"), so they must open the text or a phrase, or follow a word that leads into a day
#: ("moved to sun 4pm").
_VERB_ABBR = ("sat", "wed", "weds", "sun")  # "weds": a headline's "marries" too
WEEKDAY_ABBR_TIME = (
    rf"(?:{cased(WEEKDAY_ABBREVIATIONS)}"
    rf"|(?-i:{alt(w for w in WEEKDAY_ABBREVIATIONS if w not in _VERB_ABBR)[3:]}"
    r"|(?:(?<![A-Za-z]\s)(?<![\w'’])|(?<=\bon\s)|(?<=\bby\s)|(?<=\bthis\s)|(?<=\bnext\s)"
    r"|(?<=\bfor\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bto\s))(?-i:sat|weds|wed|sun))")
#: A day of the month; digits glued to a capital letter are a model's code, no day ("a Long
#: March 4B rocket", "the Falcon 9B"; session 26).
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)(?-i:(?![A-Z]\b))"
ORDINAL_DAY_WORD = alt(w for w, n in ORDINALS.items() if n <= 31)
#: Days of the month in words from the tenth on ("the twenty-fourth"): a lower one is as often
#: a rank ("on the third").
DAY_WORD_FROM_TENTH = alt(w for w, n in ORDINALS.items() if 10 <= n <= 31)
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,]\d)"
YEAR_SHORT = r"(?:'\d\d)"
#: A year from 1000 to 1599 after a month ("in April 1561"): a bare number in that range is as
#: often a count, so only the month's rule reads it, and not before a plural ("In May 1500
#: workers marched": a count) (session 24).
YEAR_OLD = (r"(?<!,)(?<!,\s)(?:1[0-5]\d\d)(?![\d,]\d)"
            r"(?!\s+(?!(?:was|has|is|as|this|thus|its|his|hers|plus|across|less)\b)[a-z]+s\b)"
            # no comma before it nor a zone or "hrs" after it: "19 JANUARY, 1300 GMT" and
            # "15 June 1215 BST" are a day's clock times
            r"(?![ \t]*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|local|hrs|hours|h)\b)")
_DIGIT_WORD = alt(w for w, n in CARDINALS.items() if 1 <= n <= 9 and " " not in w and w not in
                  ("a", "an"))
_TEEN_WORD = alt(w for w, n in CARDINALS.items() if 10 <= n <= 19)
_TENS_WORD = alt(w for w, n in CARDINALS.items() if n in (20, 30, 40, 50, 60, 70, 80, 90))
#: A year in words: "nineteen ninety-six", "twenty twenty-four", "two thousand and one".
YEAR_WORDS = (rf"(?:(?:nineteen|twenty)[\s-]+(?:{_TENS_WORD}(?:[\s-]+{_DIGIT_WORD})?|{_TEEN_WORD}"
              rf"|oh[\s-]+{_DIGIT_WORD})\b|two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_TEEN_WORD}"
              rf"|{_DIGIT_WORD}))?\b)")
#: A year of an earlier century in words after a time preposition, tens required ("in
#: eighteen sixty-four", "since seventeen ninety"): a bare "eighteen twelve" is as often a count.
#: ... and a century's first year, "<teen> hundred" ("since nineteen hundred", "read the double
#: zero as nineteen hundred"; "as" not after a comparison's "as much"; session 25).
YEAR_WORDS_OLD = (r"\b(?:in|since|by|until|till|from|before|after|during"
                  r"|(?<!much\s)(?<!many\s)(?<!high\s)(?<!low\s)(?<!far\s)(?<!long\s)"
                  r"(?<!few\s)(?<!big\s)(?<!soon\s)(?<!well\s)as(?=\s+\w+\s+hundred\b))\s+"
                  rf"(?P<span>(?P<yw>(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)"
                  rf"[\s-]+{_TENS_WORD}(?:[\s-]+{_DIGIT_WORD})?"
                  r"|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                  r"\s+hundred))"
                  r"(?=[ \t]*(?:[,.;:!?)]|$)|\s+(?:and|when|but|as|after|before|until)\b)")
NUMBER_WORD = alt([w for w in CARDINALS if w != "hundred"] + list(VAGUE_QUANTITIES)
                  + ["half a", "half an"])
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|"
          rf"\b{NUMBER_WORD}\b(?:[\s-]+and[\s-]+a[\s-]+half\b)?)")
#: A count from two to 99 in words ("eight", "twenty-five"): of times before a set, and after
#: "every" ("every twenty minutes").
COUNT_WORD = alt(w for w, n in CARDINALS.items() if 2 <= n < 100 and " of" not in w
                 and not w.startswith("a "))
#: A count of times before a set ("twice", "eight times", "24 times"): joins its span.
TIMES_COUNT = rf"(?:once|twice|thrice|(?:{COUNT_WORD}|\d+)\s+times)"
ORDINAL = rf"(?:\d{{1,4}}(?:st|nd|rd|th)|{alt(ORDINALS)})"
UNIT = alt(list(UNITS) + list(UNIT_PLURALS))
#: After a unit: "second" as an ordinal is no unit of time ("a second time", "a second group",
#: and joined to a noun: "a second-floor flat", "in a second-round match").
NOT_ORDINAL = (r"(?!(?<=second)\s+(?!(?:ago|later|earlier|or|and|before|after|longer|more|too|"
               r"to|in|of|for|at|on|since|until|when|as|than|now|then|there)\b)[a-z]"
               r"|(?<=second)-[A-Za-z])")
UNIT_PLURAL = alt(UNIT_PLURALS)
SEASON = alt(SEASONS)
POD = alt(w for w in PARTS_OF_DAY if w not in ("tonight", "overnight"))


def _title(phrase: str) -> str:
    small = {"the", "of", "and", "al", "ul", "el"}  # "Eid al-Fitr", "Eid-el-Fitr"
    return " ".join("-".join(p if p in small else p[:1].upper() + p[1:] for p in w.split("-"))
                    for w in phrase.split())


#: Holiday and historic day names, case-sensitive in Title Case ("Christmas Day", "New Year's
#: Eve", "D-Day") and, for some, in lower case ("christmas", "mothers day").
HOLIDAY_NAMES = [*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS, *HOLIDAY_ALIASES, *HISTORIC_DAYS]
_TITLED = ({_title(h) for h in HOLIDAY_NAMES if h not in NOT_TITLED}
           | set(HOLIDAY_SPELLINGS.values()))
#: ... and with only the first word capitalised, as informal text writes them ("MLK day",
#: "Labor day", "Boxing day").
_FIRST_CAPITAL = {f"{t.split(' ', 1)[0]} {t.split(' ', 1)[1].lower()}" for t in _TITLED
                  if " " in t}
#: ... and, for a name that ends in a weekday, with the weekday capitalised as it always is
#: ("Bank holiday Monday"; session 12).
_FIRST_CAPITAL |= {f"{t.rsplit(' ', 1)[0]} {t.rsplit(' ', 1)[1].capitalize()}"
                   for t in _FIRST_CAPITAL if t.count(" ") > 1
                   and t.rsplit(" ", 1)[1] in WEEKDAYS}
#: ... and names that are also words in lower case only after a preposition ("since easter").
_AFTER_PREPOSITION = "(?:" + "|".join(rf"(?<=\b{p}\s)" for p in HOLIDAY_PREPOSITIONS) + ")" \
    + alt(LOWER_CASE_AFTER_PREPOSITION)
#: ... and those safe in lower case in capitals too, as posts shout them ("HAPPY HALLOWEEN!!!";
#: session 11, round 3).
_CAPITALS = {h.upper() for h in LOWER_CASE_HOLIDAYS if h not in NOT_IN_CAPITALS}
#: ... and names that are also words in lower case only before "weekend" ("memorial day
#: weekend"; session 22).
_BEFORE_WEEKEND = alt(LOWER_CASE_BEFORE_WEEKEND) \
    + r"(?=\s+(?:long\s+)?(?:weekend|(?-i:wknd|wkend))\b)"  # "memorial day wknd" (session 28)
_BEFORE_WEEKEND += "|" + r"(?<!\bthis\s)(?<!\bnext\s)(?<!\blast\s)(?<!\ba\s)(?<!\bany\s)" \
    + r"(?<!\bevery\s)(?<!\beach\s)(?<!\banother\s)" \
    + alt(BANK_HOLIDAY_BEFORE_WEEKEND) + r"(?=\s+(?:long\s+)?(?:weekend|(?-i:wknd|wkend))\b)"
#: ... and Title Case names that are a holiday only before "weekend" ("the King's Birthday
#: long weekend"; session 25).
_TITLED_BEFORE_WEEKEND = "(?-i:" + alt(TITLED_BEFORE_WEEKEND, case_sensitive=True)[3:-1] \
    + r")(?=\s+(?:long\s+)?weekend\b)"
#: ... and names whose first word is a modal in lower case only after "the" ("the may bank
#: holiday"; session 23).
_AFTER_THE = r"(?<=\bthe\s)" + alt(LOWER_CASE_AFTER_THE)
#: ... and St Patrick's Day without its "day", in lower case, ending its phrase or before a
#: greeting's or a plan's word ("happy st paddys from limerick"; not "st patricks cathedral";
#: session 28).
_WITHOUT_DAY = "(?-i:" + alt(LOWER_CASE_WITHOUT_DAY, case_sensitive=True)[3:-1] \
    + r")(?=[ \t]*(?:[^\w\s'’-]|$)|[ \t]+(?-i:" + "|".join(WITHOUT_DAY_FOLLOWERS) + r")\b)"
HOLIDAY = "(?-i:" + alt(_TITLED | _FIRST_CAPITAL | LOWER_CASE_HOLIDAYS | _CAPITALS
                        | (LOWER_CASE_ON_THE_DAY - LOWER_CASE_WITHOUT_DAY)
                        | HOLIDAY_WRITTEN_FORMS,
                        case_sensitive=True)[3:-1] + "|" \
    + _AFTER_PREPOSITION + "|" + _BEFORE_WEEKEND + "|" + _AFTER_THE + "|" \
    + _TITLED_BEFORE_WEEKEND + "|" + _WITHOUT_DAY + ")"
#: Every form ``HOLIDAY`` matches, as written: the recogniser reads from them what must follow
#: a holiday's key word for a holiday to hold it ("New" needs "Year"; ``keys.phrase_key_after``).
HOLIDAY_FORMS = frozenset(_TITLED | _FIRST_CAPITAL | LOWER_CASE_HOLIDAYS | _CAPITALS
                          | LOWER_CASE_ON_THE_DAY | HOLIDAY_WRITTEN_FORMS
                          | set(LOWER_CASE_AFTER_PREPOSITION) | LOWER_CASE_BEFORE_WEEKEND
                          | LOWER_CASE_AFTER_THE | TITLED_BEFORE_WEEKEND)
#: Holidays of a fixed date in Title Case ("Christmas Eve", "New Year's Eve"): "every" before
#: one is a yearly SET on that date (session 11).
FIXED_HOLIDAY = alt(_title(h) for h in FIXED_HOLIDAYS if h not in NOT_TITLED)
#: A commercial letter's month word after a day ("the 4th prox."; session 13).
LETTER_MONTH = alt(LETTER_MONTHS)
MOD = alt(MODIFIERS)
#: The start, middle or end of a named period, read as one expression with a TIMEX3 mod: "[the
#: end of the third quarter]", "[the start of the day]".
EDGE_OF = r"the\s+(?:end|close|start|beginning|middle)\s+of"
#: Quantity hedges; a post's "like" only where it neither compares nor is a verb.
#: (The lookahead for "like" first: the engine then tries the lookbehinds only before it.)
APPROX = "(?:" + alt(w for w in APPROXIMATORS if w != "like")[3:-1] + r"|(?=like)" \
    + "".join(rf"(?<!\b{re.escape(w)}\s)" for w in LIKE_NOT_A_HEDGE) + r"\blike)"
DECADE_WORD = alt(DECADE_WORDS)
#: Words a bare month name may follow (and May/March must follow) to count as a month.
MONTH_CUES = alt(["in", "since", "until", "till", "by", "from", "through", "of", "before",
                  "after", "during", "last", "next", "this", "early", "mid", "late",
                  "between", "and", "to", "each", "every", "on", "throughout", "for",
                  "around", "past", "coming", "end", "start", "beginning", "middle", "or"])

