"""Context checks on a rule's match that its regex cannot express cheaply: whether a four-digit
number is a year or a count ("in 1990" against "some 1990 people", "2000 dead soldiers"; read
in ``years_or_counts``), a lower-case "may" a month, "2/15" a date and "2009-10" a month."""

from __future__ import annotations

import re

from .names import names_a_title
from .patterns import (
    DECADE_WORD,
    LOWER_CASE_WORDS,
    MONTH_CUES,
    NUMBER,
    NUMBER_WORD,
    WEEKDAY,
    WEEKDAY_ABBR_TIME,
    WEEKDAY_ANY,
    alt,
)
from .resources.calendar_words import MONTH_ABBREVIATIONS, SPRING_HOLDERS, THING_HEADS
from .resources.determiners import ARTICLES, DETERMINERS, POSSESSIVES
from .resources.units import DISTANCE_UNITS, LOWER_CASE_UNITS, POST_DAY_WORDS
from .years_or_counts import year_is_date


def context_ok(text: str, name: str, m: re.Match[str], g: dict | None = None, *,
               shortcut: bool = True) -> bool:
    """Whether the match of rule ``name`` is a time in its context (``g``: its groupdict,
    when the caller has it already). A ``clock_24h`` match (a timetable's every time) runs
    only its own check: it has none of ``GROUPS_READ`` and holds a digit, so no idiom's word;
    ``shortcut=False`` runs every check (tests compare the two)."""
    if g is None:
        g = m.groupdict()
    if name == "clock_24h" and _read_as_day_at(text, m, g):
        return False  # "Friday at 4:30": the hour after a day and "at" (clock_at_day) reads it
    if shortcut and name == "clock_24h":
        return bool(g["prep"] or g["tz"]) or not not_a_clock_before(
            text, max(0, m.start("span") - 30), m.start("span"))
    unit = g.get("unit")
    if unit and unit.lower() in LOWER_CASE_UNITS and not unit.islower():
        return False  # "a SEC filing", "MIN"
    if unit and unit[:6].lower() == "centur" and _RUNS_BEFORE.search(
            text, max(0, m.start() - 40), m.start()):
        return False  # runs in cricket: "scored a century", "brought up his half-century"
    if unit and unit.lower() in ("minute", "night") and (g.get("num") or "").lower() in (
            "a", "an") and _NOUN_AFTER.match(text, m.end()):
        return False  # "a minute crack", "a night porter": an adjective, a modifier
    if name in ("set_rate", "duration") and unit.lower() in ("hour", "minute", "second") \
            and (g.get("per") or g.get("num") or "").lower() in ("a", "an", "per") \
            and _DISTANCE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # a speed: "110 miles an hour", "300 km per hour"
    if name in ("unit_relative", "anaphoric_day") and m.group()[:4].lower() == "the " \
            and _AWARD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # an award: "player of the year", "employee of the month", "album of
        # the day"
    if m.group().lower() in _IDIOM_WORDS and _in_an_idiom(text, m):
        return False  # "now and then", "back in the day", "call it a day": no time named
    if name == "year":
        return year_is_date(text, m.start("year"), m.end("year"))
    if name in ("duration", "duration_range") and _AGED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()):
        return False  # the upper end of an age range: "aged 6 months to 18 years"
    if name == "decade" and g.get("decword") and _POSSESSIVE_BEFORE.search(
            text, max(0, m.start() - 48), m.start()):
        return False  # an age: "people in their sixties", "a man in his late forties"
    season = g.get("season")
    if season and season.lower() == "fall" and not (g.get("year") or g.get("year0")) \
            and _FALL_AS_A_NOUN.match(text, m.end()):
        return False  # a drop or a collapse: "the fall of the currency", "the fall in prices"
    if season and season.lower() == "spring" and not (g.get("year") or g.get("year0")) \
            and _SPRING_AS_A_COIL.match(text, m.end()):
        return False  # a coil: "the spring in the mechanism", "the spring of the valve"
    if season and _PARTICIPLE_JOINED.match(text, m.end("season")):
        return False  # a compound adjective: "a spring-loaded latch", "spring-fed ponds"
    head = "season" if season else "pod" if g.get("pod") else "wd" if g.get("wd") \
        else "hol" if g.get("hol") else ""
    if head and (_THING_HEAD.match(text, m.end(head))
                 or (head == "hol" and _THING_HEAD_TITLE.match(text, m.end(head)))) \
            and _modifies_a_thing(text, m, g, head):
        return False  # a thing named after a time: "the summer house", "Sunday school"
    if season and season[:1].isupper() and not (g.get("year") or g.get("year0")) \
            and (g.get("rel") or "the").lower() == "the" and _season_in_a_title(text, m):
        return False  # "The Winter's Tale", "Days of Summer": a title's word
    month = g.get("month")
    if month and month.islower() and not _lower_month_ok(text, m, month.rstrip(".")):
        return False
    if name in ("weekday", "deictic_day", "part_of_day") and names_a_title(text, m, g):
        return False
    if name == "clock_24h" and not g.get("prep") and not g.get("tz") and not_a_clock_before(
            text, max(0, m.start("span") - 30), m.start("span")):
        return False  # a score or a reference: "the vote split 12:10", "John 3:16"
    if name == "date_numeric_md":
        return _slash_date_ok(text, m)
    if name == "decade_short":  # "highs in the 80s" are degrees
        return not _HEAT.search(text, max(0, m.start() - 80), m.start())
    if name == "duration" and (g.get("approx") or "").lower() == "over" \
            and not _OVER_AS_MORE.search(text, max(0, m.start() - 16), m.start()) \
            and not _AGO_AFTER.match(text, m.end()):
        return False  # "killed 900 people over five months": during them (the rule without
        # "over" takes the count); "lasted over five months", "in over a year": more than
    if name == "set_counted":  # "four days a week", not "two weeks a day"
        return _SPAN_ORDER[g["inner"].rstrip("s")] < _SPAN_ORDER[g["unit"]]
    if name == "set_rate":
        return g["per"].lower() == "per" or bool(_AMOUNT_BEFORE.search(
            text, max(0, m.start() - 48), m.start()))
    if name == "year_range":
        return later_year(g["year"], g["year2"]) is not None
    if name == "year_month":
        return int(g["mon"]) != (int(g["year"]) + 1) % 100  # "2009-10" is a season of years
    if name in ("offset_in", "duration") and (g.get("num") or "").lower() in ("a", "an") \
            and _RELATIVE_AFTER.match(text, m.end()) and _IN_BEFORE.search(
                text, max(0, m.start() - 8), m.start() + 5):
        return False  # "in a quarter that produced a loss": which quarter, not one ahead
    if name == "duration" and g["unit"].lower() == "quarter" and g["num"].lower() in ("a", "an"):
        return not _is_fraction(text, m, g)
    if name == "duration_bare_later" and m.group().split()[-1][0].isupper():
        return False  # "28 Days Later": a title's words
    if name == "offset_in" and _COMPARED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()) and _THAN_AFTER.match(text, m.end()):
        return False  # "earn more in a year than...": a length (the duration rule takes it)
    # "its highest level in five years": the length since, a duration (the rule without "in")
    return name != "offset_in" or not _RECORD_BEFORE.search(text, max(0, m.start() - 60),
                                                            m.start())


#: The groups the checks of ``context_ok`` read besides the rule's name; a rule given its own
#: shortcut there must have none of them (a test makes sure).
GROUPS_READ = frozenset({"unit", "num", "per", "season", "year", "year0", "year2", "pod", "wd",
                         "hol", "rel", "month", "mon", "day", "dayw", "pre", "dw", "mod"})


#: Words before "over" and a count that make it "more than" ("lasted over a week", "in over
#: a year", "for over a decade", verbs that spend the time: "served over five years"); after
#: anything else it means during ("used over three years", TimeBank's keys).
_OVER_AS_MORE = re.compile(r"(?:\b(?:in|for|last|lasts|lasted|lasting|take|takes|took|taken|"
                           r"of|than|after|within|spent|spend|is|was|are|were|be|been|"
                           r"serve|serves|served|serving|wait|waits|waited|waiting|lived|"
                           r"stayed|worked|remained|existed|ran|run|runs|running|"
                           r"ago))\s*$", re.IGNORECASE)
_AGO_AFTER = re.compile(r"\s+(?:ago|old|later|earlier|before|after)\b", re.IGNORECASE)


#: Units by length, for a count of one unit in each of another ("four days a week").
_SPAN_ORDER = {"minute": 0, "hour": 1, "morning": 2, "afternoon": 2, "evening": 2, "night": 2,
               "day": 2, "weekend": 3, "week": 3, "month": 4, "year": 5}


#: A unit of distance right before "an hour"/"per hour": the rate is a speed.
_DISTANCE_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(u) for u in sorted(DISTANCE_UNITS, key=len, reverse=True))
    + r")[ \t]+$", re.IGNORECASE)


#: A relative clause after "in a <unit>" picks which one ("in a year when prices fell").
_RELATIVE_AFTER = re.compile(r"\s+(?:that|which|when|where|whose|in\s+which|during\s+which)\b")
_IN_BEFORE = re.compile(r"\b(?:in|during)\s+an?\b", re.IGNORECASE)


#: A superlative, an ordinal or "only" a few words (a two-word name counting as one; session
#: 11) before "in <count> <unit>", with no verb between: the count is the time since ("the
#: first strike in 30 years", "the third vote in two years"), no date ahead.
_RECORD_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only|highest|"
    r"lowest|biggest|largest|smallest|strongest|weakest|fastest|"
    r"slowest|sharpest|steepest|deepest|longest|shortest|greatest|heaviest|hottest|coldest|"
    r"warmest|wettest|driest|busiest|worst|best|fewest|(?:most|least)\s+[a-z]+)"
    # a name of two capitalised words counts as one ("Fewest Labor Day traffic deaths")
    r"(?:\s+(?!(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|"
    r"to|has|have|had|and|but|that|which)\b)(?-i:[A-Z][\w'’-]*\s+(?=[A-Z]))?[\w'’-]+){0,3}"
    r"\s+$", re.IGNORECASE)


#: Idioms built on time words that name no time, and the matches they may hold.
_IDIOM = re.compile(r"\b(?:(?:every\s+)?now\s+and\s+(?:then|again)|back\s+in\s+the\s+day\b"
                    r"(?!\s+(?:of|when|before|after))|call(?:s|ed|ing)?\s+it\s+a\s+day|"
                    r"one\s+day\s+at\s+a\s+time|a\s+month\s+of\s+Sundays|once\s+in\s+a\s+while|"
                    r"up[\s-]+to[\s-]+date|(?:at|to|until)\s+the\s+last\s+minute|"
                    # "50 years to the day after the fire": exactly so long, no day of its own
                    r"(?:years?|months?|weeks?|decades?|century|centuries|ago)\s+to\s+the\s+day"
                    r"(?:\s+(?:after|before|since|that|when))?|"
                    # "End of the day, voters want jobs": opening a clause with no "at the"
                    r"(?<!\w\s)(?<![\w,])end\s+of\s+the\s+day(?=\s*,)|"
                    # session 10: a reckoning, a rescue, a film's title, a vague someday
                    r"(?:a|the)\s+day\s+of\s+(?:reckoning|judge?ment)|"
                    r"(?:sav|carr|seiz)(?:e|es|ed|ies|ied|y|ing)\s+the\s+day|"
                    r"back\s+to\s+the\s+future|one\s+of\s+these\s+(?:days|mornings|nights)|"
                    # round 3: "tonight's the night", "today is the day": a predicate of the
                    # time word before it, no time of its own
                    r"(?:today|tonight|tonite|2nite|2day|tomorrow|tmrw|2moro)(?:['’]s|\s+is)"
                    r"\s+the\s+(?:day|night)(?!\s+(?:of|before|after)\b))\b",
                    re.IGNORECASE)
_IDIOM_WORDS = frozenset({"now", "the day", "a day", "one day", "a month", "sundays", "a while",
                          "to date", "to-date", "the last minute", "the day after",
                          "the day before", "the future", "these days", "the night"})


def _in_an_idiom(text: str, m: re.Match[str]) -> bool:
    """Whether the match lies inside an idiom ("every now and then", "one day at a time")."""
    return any(i.start() <= m.start() and m.end() <= i.end()
               for i in _IDIOM.finditer(text, max(0, m.start() - 24), m.end() + 24))


#: A day and "at" before a clock time ("Friday at", "tmrw at"), as ``clock_at_day`` reads them.
_DAY_AT_BEFORE = re.compile(rf"\b(?:{WEEKDAY}|{WEEKDAY_ABBR_TIME}\.?|today|tomorrow|2day|"
                            rf"(?-i:{alt(POST_DAY_WORDS)[3:]})\s+at\s+$", re.IGNORECASE)


def _read_as_day_at(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether an "H:MM" of one to six with no leading zero, zone or part of day follows a day
    and "at": the hour after "<weekday> at" is one to six p.m. with minutes too ("Friday at
    4:30" = 16:30, as "Friday at 4"), so ``clock_24h`` leaves it to ``clock_at_day``."""
    return (g["hour"] in ("1", "2", "3", "4", "5", "6") and not g["tz"]
            and not (g.get("podw") or g.get("atnight") or g.get("tonight"))
            and bool(_DAY_AT_BEFORE.search(text, max(0, m.start("span") - 24),
                                           m.start("span"))))


#: Before a bare "12:10" that is no clock: a result ("won 25:23", "the score was 21:19") or a
#: capitalised name that it numbers, as a book's chapter and verse ("John 3:16").
_SCORE_WORDS = (r"scores?|won|lost|beat|beaten|led|leads?|trail(?:ed|s|ing)?|split|voted|drew|"
                r"defeated|ratio|odds|result")
_NOT_A_CLOCK = re.compile(
    rf"(?:\b(?:{_SCORE_WORDS})\b[^.:;\n]{{0,20}}|(?<![\w'’])(?!(?:On|At|By|From|Until|Since|"
    r"Before|After|Around|About|To|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\b)[A-Z][a-z]+)"
    r"[ \t]+$")
#: The result words alone, anywhere: where none is, only a capitalised word can end the match.
_SCORE_WORD = re.compile(_SCORE_WORDS)


def not_a_clock_before(text: str, lo: int, hi: int) -> bool:
    """``_NOT_A_CLOCK.search(text, lo, hi)``, answered without it where it cannot match: its
    match ends in blanks at ``hi`` (or before a newline there), the character before them a
    lower-case letter (a name's end) or inside a result's tail, which holds no [.:;\\n] and
    follows a result word (a timetable's "report, 09:45" has none)."""
    end = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi
    k = end
    while k > lo and text[k - 1] in " \t":
        k -= 1
    if k in (end, lo) or text[k - 1] in ".:;\n":
        return False
    if not "a" <= text[k - 1] <= "z" and _SCORE_WORD.search(text, lo, end) is None:
        return False
    return _NOT_A_CLOCK.search(text, lo, hi) is not None


#: After "fall" a collapse or a drop goes on: "of the empire", "in prices", "from grace" (not "of
#: next year": a season).
_FALL_AS_A_NOUN = re.compile(r"\s+(?:of|in|from)\s+(?!(?:next|last|this|that|each|every)\b|"
                             r"the\s+year\b|['’]?\d)", re.IGNORECASE)

#: "spring" before "in"/"of"/"inside"/"on" a device (two words may come between): a coil.
_SPRING_AS_A_COIL = re.compile(
    r"\s+(?:in|of|inside|on|from)\s+" + alt(DETERMINERS) + r"\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(SPRING_HOLDERS)) + r")\b(?![-'’])",
    re.IGNORECASE)

#: "aged" and the lower end of a range before a length: that length is an age too.
_AGED_BEFORE = re.compile(rf"\baged\s+(?:between\s+|from\s+)?(?:{NUMBER}(?:[\s-]+[a-z]+)?"
                          r"\s*(?:to|and|or|-|–)\s*)?$", re.IGNORECASE)
#: "in" and a possessive before a decade in words ("in their sixties", "in her late forties",
#: "in their fifties and sixties"): an age ("their Seventies heyday" is a time).
_POSSESSIVE_BEFORE = re.compile(
    rf"\bin\s+{alt(POSSESSIVES)}\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:{DECADE_WORD}\s*(?:,|and|or|to)\s+(?:(?:early|mid|late)[\s-]+)?)?$", re.IGNORECASE)

#: The noun of an award before "of the year/month/day..." ("player of the year", "car of the
#: year", "photo of the day").
_AWARD_BEFORE = re.compile(
    r"\b(?:employee|person|player|manager|coach|sportsperson|sportsman|sportswoman|athlete|"
    r"footballer|cricketer|rookie|newcomer|entertainer|car|word|album|song|book|team|pub|"
    r"restaurant|volunteer|photo|picture|image|quote|question|track|video|tip)[ \t]+of[ \t]+$",
    re.IGNORECASE)


#: A participle joined to a season by a hyphen: a compound adjective ("spring-loaded").
_PARTICIPLE_JOINED = re.compile(r"[-‐](?:[a-z]+ed|fed|grown|sown|born)\b")


#: A noun that makes a thing of the time word before it ("summer house", "Sunday school").
_THING_HEAD = re.compile(r"[ \t]+(?:" + "|".join(sorted(THING_HEADS)) + r")\b(?![-'’])")
#: The same capitalised, after a holiday in a Title Case headline ("Christmas Tree Arrives").
_THING_HEAD_TITLE = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(h.capitalize() for h in THING_HEADS)) + r")\b(?![-'’])")
#: ...and what may follow it where it ends its phrase: punctuation, the end, a preposition.
_PHRASE_END = re.compile(r"[ \t]+[a-z]+(?:\s*(?:[.,;:!?)]|$)|[ \t]+(?:in|on|at|for|with|to|"
                         r"from|of|and|or|but|as|like)\b)")
#: A preposition of time before a season, a part of day or a holiday (and its "the"): then it is
#: a time ("in the summer house prices rose", "at midnight blue lights flashed"); not "of" or
#: "with" ("sold out of Halloween costumes").
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|by|for|from|to|during|over|through|throughout|since|until|till|"
    r"before|after|into|across|around|about|within|past|towards?|all)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: A determiner or a possessive before a weekday: "her Sunday best", "a Sunday driver" (not
#: "this"/"that": "this Sunday" is a date).
_DETERMINER_BEFORE = re.compile(rf"(?:\b{alt(ARTICLES | POSSESSIVES)}|['’]s)\s+$", re.IGNORECASE)


def _modifies_a_thing(text: str, m: re.Match[str], g: dict, head: str) -> bool:
    """Whether the time word ``g[head]``, before a thing's noun, modifies it: a season, a part of
    day or a holiday alone or after "the", with no preposition of time before; a weekday after a
    determiner, or before a noun that ends its phrase ("taught Sunday school in Leeds"; "said
    Tuesday school buses would run" is a date)."""
    if g.get("year") or g.get("year0") or (g.get("rel") or g.get("pre") or "the").lower() != "the":
        return False
    at = m.start(head)
    if head == "wd":
        return bool(_DETERMINER_BEFORE.search(text, max(0, at - 12), at)
                    or _PHRASE_END.match(text, m.end(head)))
    return not _PREPOSITION_BEFORE.search(text, max(0, at - 24), at)


def _season_in_a_title(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised season is a possessive before a capitalised word ("The Winter's
    Tale") or follows a capitalised word and "of" ("Days of Summer", "the Rite of Spring")."""
    at = m.start("season")
    return bool(_POSSESSIVE_NAME.match(text, m.end("season"))
                or _TITLE_OF.search(text, max(0, at - 24), at))


_POSSESSIVE_NAME = re.compile(r"['’]s[ \t]+[A-Z][a-z]+")
_TITLE_OF = re.compile(r"(?<![\w'’])[A-Z][a-z]+[ \t]+of[ \t]+$")


#: Before "a quarter" that is a share of something: "rose by a quarter", "nearly a quarter",
#: "only a quarter voted" (not "for nearly a quarter", a length).
_SHARE_BEFORE = re.compile(r"\b(?:by|nearly|almost|about|roughly|some|around|approximately|"
                           r"than|under|only|just)\s+$", re.IGNORECASE)
_TIME_BEFORE = re.compile(r"\b(?:for|in|within|during|after|every|each)\s+$", re.IGNORECASE)


#: A noun after "a minute" / "a night" (not a word that goes on a length: "a night in jail",
#: "a minute late", "a night which...", "a night spent...").
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:ago|later|earlier|or|and|before|after|longer|more|too|to|in|of|for|at|on|"
    r"since|until|when|as|than|now|then|there|late|early|away|past|each|with|without|by|from|"
    r"ahead|behind|please|so|but|if|because|while|though|although|again|here|yet|which|that|"
    r"who|where|or|out|off|spent|passed|went|is|was|has|had|will|would|could)\b|[a-z]+ing\b)"
    r"[a-z]")


#: A verb of scoring before "a century" (a hundred runs): "made a maiden century".
_RUNS_BEFORE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|ma(?:de|kes?|king)|hit(?:s|ting)?|struck|notched|compiled|"
    r"br(?:ought|ings?|inging)\s+up)\s+(?:(?:" + alt(ARTICLES | POSSESSIVES) + r"|another|maiden|"
    r"first|second|third|fine|fluent|brilliant|\d+|two|three|four)\s+)*$", re.IGNORECASE)


def _is_fraction(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether "a quarter" is a share of something rather than three months."""
    at = m.start("num")
    before = text[max(0, at - 40):at]
    share = _SHARE_BEFORE.search(before)
    return share is not None and not _TIME_BEFORE.search(before, 0, share.start())


#: An amount and at most three words before a rate's "a" ("$40 million a year", "12 hulls a
#: year"); the words are no function words ("earned 5 million in a year" is a length), but
#: "of" may join a measure to its noun ("40 tons of coal a day").
_AMOUNT_BEFORE = re.compile(
    rf"(?<![\w.,])(?:[$£€]\s?)?(?:\d[\d,.]*(?:\s*%)?|\b{NUMBER_WORD})"
    r"(?:[\s-]+(?:(?<=[a-z] )of\s+)?"  # "380 million tons of silt a year": an amount of a noun
    r"(?!(?:in|within|for|over|after|before|than|of|by|to|the|a|an|at|on|from|during|"
    r"under|about|nearly|and|or|ago|earlier|later|is|was|are|were|be|been)\b)[A-Za-z$%][\w-]*)"
    r"{0,3}\s+$", re.IGNORECASE)
#: A comparison of amounts right before "in <count>" ("earn more in", "sell fewer tickets in")
#: and its "than" later in the sentence: the count is the length compared over.
_COMPARED_BEFORE = re.compile(r"\b(?:more|less|fewer)(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)
_THAN_AFTER = re.compile(r"[^.;!?]*?\bthan\b", re.IGNORECASE)
_HEAT = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|fahrenheit|celsius|heat)\b|°",
                   re.IGNORECASE)
def later_year(first: str, second: str) -> int | None:
    """The second year of "2008-09", "2012/13", "1990-95", "2008-2010", or None when it is not
    later or may be a month ("2014-10")."""
    y = int(first)
    y2 = int(second) if len(second) == 4 else y // 100 * 100 + int(second)
    if len(second) == 2 and y2 != y + 1 and int(second) <= 12:
        return None  # "2008-09", "2012/13", "1990-95": other two-digit ends may be months
    return y2 if y < y2 <= y + 50 else None


#: Lower-case words that are months only beside a day or a year ("feb 18", "may 5, 2021").
_GUARDED = frozenset(MONTH_ABBREVIATIONS) | LOWER_CASE_WORDS
#: Before a lower-case "may" or "march" with a day: a word that leads into a date, or the
#: start of a line ("on may 5", "may 5: rally"), not a subject ("they may 5...").
_DATE_LEAD = re.compile(rf"(?:\b{MONTH_CUES}|\b{WEEKDAY},?|^|[\n:;(\[\-–—,])\s*$")


#: A lower-case month word alone is a month after a preposition of time and before an edge
#: ("back in march, we", "since may.", "until aug and"), not before a word it may govern ("in
#: may be", "from march organisers").
_BARE_LEAD = re.compile(r"\b(?:in|since|until|till|by|from|during|through|before|after)\s+$",
                        re.IGNORECASE)
_BARE_EDGE = re.compile(r"\s*(?:[,.;:!?)]|$|\s*\n|"
                        r"\s+(?:and|or|but|when|so|too|lol|then|until|till)\b)")


def _lower_month_ok(text: str, m: re.Match[str], month: str) -> bool:
    if month not in _GUARDED:
        return True
    g = m.groupdict()
    if not (g.get("day") or g.get("dayw") or g.get("year")):
        end = m.end("month")  # a point after the month ("in march.") ends the sentence
        point = text[end - 1:end] == "." or text[end:end + 1] == "."
        return bool(_BARE_LEAD.search(text, max(0, m.start("month") - 12), m.start("month"))
                    and (point or _BARE_EDGE.match(text, end)) and m.end() <= end + 1)
    if month in LOWER_CASE_WORDS:
        return bool(_DATE_LEAD.search(text, 0, m.start("month"))) or bool(g.get("year"))
    return True


#: Words that lead into a date: "on 2/15", "by 3/1", "Friday 2/15".
_SLASH_LEAD = re.compile(rf"\b(?:on|by|until|till|from|since|before|after|through|due|dated|"
                         rf"{WEEKDAY_ANY})[\s,]*$", re.IGNORECASE)
_NOT_DATES = frozenset({"24/7", "9/11", "7/7"})


def _slash_date_ok(text: str, m: re.Match[str]) -> bool:
    """ "2/15" is a date after a word that leads into one, or when one number can only be a
    day (over 12); never "24/7", "9/11", nor a fraction ("3/4") standing alone."""
    if m.group() in _NOT_DATES:
        return False
    if _SLASH_LEAD.search(text, max(0, m.start() - 20), m.start()):
        return True
    a, b = int(m.group("a")), int(m.group("b"))
    return a >= 1 and b >= 1 and (12 < a <= 31) != (12 < b <= 31)
