"""Context checks on time words used in another sense: idioms ("now and then", "call it a
day"), things named after a time ("the summer house", "Sunday school"), titles ("The Winter's
Tale"), other nouns ("the fall of the currency", "the spring in the valve", "a night porter", "a
maiden century", "player of the year", "spring-loaded") and lower-case "may"/"march" that are
months only beside a day, a year or a preposition of time. ``checks.context_ok`` asks these."""

from __future__ import annotations

import re

from summarize import regex_cache as rx

from .patterns import (
    LOWER_CASE_WORDS,
    MONTH_CUES,
    WEEKDAY,
    alt,
)
from .resources.calendar_words import (
    AWARD_NOUNS,
    BEST_CLOTHES,
    GROUP_HEADS,
    MONTH_ABBREVIATIONS,
    MONTH_LEAD_VERBS,
    ROUND_HEADS,
    SERVICE_HEADS,
    SPRING_ACTS,
    SPRING_HOLDERS,
    SPRING_PROPERTIES,
    SPRING_WATER_ACTS,
    SPRING_WATER_TAKERS,
    THING_HEADS,
)
from .resources.day_words import IDIOM_DAY_WORDS
from .resources.determiners import ARTICLES, DETERMINERS, POSSESSIVES
from .resources.game_words import GAME_PHRASES, GAME_WORDS

#: Nouns that "day" opens a compound with ("the day room", "a day centre", "the day shift"),
#: singular: "the day patients left" is a day (session 24); its possessive too, and a day
#: ticket ("for the day room's chairs", "a day ticket"; session 26).
_DAY_COMPOUND_HEADS = (r"(?:room|job|trip|tripper|centre|center|shift|pass|ward|nursery|surgery|"
                       r"unit|hospital|clinic|patient|bed|boat|ticket|"
                       r"care(?!\s+(?:workers?|staff)\b))")
#: What may follow a compound's head: no hyphen, no quote but a possessive's (session 26).
_DAY_COMPOUND_END = r"\b(?![-]|['’](?!s\b))"
#: ... right after a match that ends in "day": "near the end of the day shift" (session 25).
DAY_COMPOUND_AFTER = rx.compile(r"[ \t]+" + _DAY_COMPOUND_HEADS + _DAY_COMPOUND_END,
                                re.IGNORECASE)
#: Idioms built on time words that name no time, and the matches they may hold.
_IDIOM = rx.compile(r"\b(?:(?:every\s+)?now\s+and\s+(?:then|again)|back\s+in\s+the\s+day\b"
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
                    # session 22: a church service's name, a living's ("the day job")
                    r"midnight\s+mass(?:es)?|the\s+day\s+jobs?|june\s+bugs?|"
                    # session 24: "day" opening a compound noun ("the day room", "a day
                    # centre", "on the day shift"), singular: "the day patients left" is a day
                    r"(?:the|a)\s+day\s+" + _DAY_COMPOUND_HEADS + _DAY_COMPOUND_END + "|"
                    # "the future of the reef": its fate, no time (session 22)
                    r"the\s+future\s+of\s+(?:the|a|an|its|our|their|his|her|this|that|these|"
                    r"those|my|your)\b|" +
                    # round 3: "tonight's the night", "today is the day": a predicate of the
                    # time word before it, no time of its own
                    alt(IDIOM_DAY_WORDS) + r"(?:['’]s|\s+is)"
                    r"\s+the\s+(?:day|night)(?!\s+(?:of|before|after)\b))\b",
                    re.IGNORECASE)
#: What follows "now" in the one idiom that holds the letters "now" ("now and then"): where
#: it does not, the half of the matches that are "now" need no search for an idiom.
_AND_AFTER = rx.compile(r"\s+and\s", re.IGNORECASE)
IDIOM_WORDS = frozenset({"now", "the day", "a day", "one day", "a month", "sundays", "a while",
                          "to date", "to-date", "the last minute", "the day after",
                          "the day before", "the future", "these days", "the night",
                          "midnight", "june"})


def in_an_idiom(text: str, m: re.Match[str]) -> bool:
    """Whether the match lies inside an idiom ("every now and then", "one day at a time")."""
    if m.group().lower() == "now" and _AND_AFTER.match(text, m.end()) is None:
        return False  # the only idiom with a "now" in it has "and" right after it
    return any(i.start() <= m.start() and m.end() <= i.end()
               for i in _IDIOM.finditer(text, max(0, m.start() - 24), m.end() + 24))


#: After "fall" a collapse or a drop goes on: "of the empire", "in prices", "from grace" (not "of
#: next year": a season).
FALL_AS_A_NOUN = rx.compile(r"\s+(?:of|in|from)\s+(?!(?:next|last|this|that|each|every)\b|"
                             r"the\s+year\b|['’]?\d)", re.IGNORECASE)

#: "spring" before "in"/"of"/"inside"/"on" a device (two words may come between): a coil.
SPRING_AS_A_COIL = rx.compile(
    r"\s+(?:in|of|inside|on|from)\s+" + alt(DETERMINERS) + r"\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(SPRING_HOLDERS)) + r")\b(?![-'’])",
    re.IGNORECASE)

#: ... or a coil's act after "spring" (a holder of up to three words may come between: "the
#: spring on the trampoline snapped", "the spring squeaked") (session 13).
SPRING_ACTING = rx.compile(
    r"(?:\s+(?:in|of|inside|on|from|under)\s+" + alt(DETERMINERS) + r"(?:\s+[a-z][\w-]*){1,3}?"
    # ... or a place's name ("the spring at Wellby bubbles up"; session 15)
    r"|\s+(?:at|near|below|above|beside|by)\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2})?"
    r"\s+(?:has\s+|had\s+|just\s+|still\s+|never\s+)?(?:"
    + "|".join(sorted(SPRING_ACTS | SPRING_WATER_ACTS)) + r")\b",
    re.IGNORECASE)
#: A coil's measure after "spring" ("the spring constant"; session 15).
SPRING_PROPERTY = rx.compile(r"[ \t]+(?:" + "|".join(sorted(SPRING_PROPERTIES))
                             + r")\b(?![-'’])", re.IGNORECASE)
_TIME_WORD_BEFORE = rx.compile(r"\b(?:in|during|by|since|until|till|through|over|before|after|"
                               r"this|last|next|early|late)\s+(?:the\s+)?$", re.IGNORECASE)


#: A place right after "the spring" ("the spring up by the chapel", "the spring near the
#: ford", "the spring where we swam"): a spring of water (session 25); not a stretch of time
#: ("the spring by the time", "the spring up north" keeps the season).
_SPRING_PLACED = rx.compile(
    r"[ \t]+(?:(?:(?:up|down|out|over)[ \t]+)?(?:by|near|beside|behind|below|above|past|"
    r"next[ \t]+to)[ \t]+the[ \t]+(?!(?:time|end|start|beginning|middle|way|close|turn)\b)"
    r"|where[ \t]+)", re.IGNORECASE)
#: ... or a verb of taking water a few words before "from the spring" ("fill bottles from the
#: spring", "drank straight from the spring"), the spring ending its phrase or before a place.
_SPRING_TAKEN_FROM = rx.compile(
    rf"\b{alt(SPRING_WATER_TAKERS)}\b[^.!?\n]{{0,30}}?\bfrom[ \t]+the[ \t]+$", re.IGNORECASE)
_SPRING_ENDS = rx.compile(r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:in|at|on|near|by|below|above|"
                          r"behind|beside)\b", re.IGNORECASE)
_THE_BEFORE = rx.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def a_spring_of_water(text: str, m: re.Match[str]) -> bool:
    """Whether "the spring" is a source of water: a place right after it, or a verb of taking
    water before "from the spring" (session 25); a preposition of time before "the" keeps the
    season ("in the spring by the lake")."""
    at = m.start("season")
    if not _THE_BEFORE.search(text, max(0, at - 5), at) \
            or _TIME_WORD_BEFORE.search(text, max(0, at - 16), at):
        return False
    return _SPRING_PLACED.match(text, m.end("season")) is not None or (
        _SPRING_ENDS.match(text, m.end("season")) is not None
        and _SPRING_TAKEN_FROM.search(text, max(0, at - 60), at) is not None)


def a_coil_acting(text: str, m: re.Match[str]) -> bool:
    """Whether "spring" (no preposition of time before it) goes on to a coil's act: "the spring
    on the trampoline snapped"; "talks in the spring broke down" keep the season (session 13)."""
    return (SPRING_ACTING.match(text, m.end()) is not None
            or SPRING_PROPERTY.match(text, m.end()) is not None) and not _TIME_WORD_BEFORE.search(
        text, max(0, m.start("season") - 16), m.start("season"))


#: The noun of an award before "of the year/month/day..." ("player of the year", "car of the
#: year", "photo of the day").
AWARD_BEFORE = rx.compile(rf"\b{alt(AWARD_NOUNS)}[ \t]+of[ \t]+$", re.IGNORECASE)


#: A participle joined to a season by a hyphen: a compound adjective ("spring-loaded").
PARTICIPLE_JOINED = rx.compile(r"[-‐](?:[a-z]+ed|fed|grown|sown|born)\b")


#: A season's kind of training, as its "sports" and "league" are kinds of games (session 28):
#: "before winter training begins", "the spring training camp"; after a weekday or a holiday
#: ("missed Tuesday training") the noun is that day's session, and the day stays a date.
SEASON_ACTIVITY_HEAD = rx.compile(r"[ \t]+(?:training)\b(?![-'’])")
#: A noun that makes a thing of the time word before it ("summer house", "Sunday school").
THING_HEAD = rx.compile(r"[ \t]+(?:" + "|".join(sorted(THING_HEADS)) + r")\b(?![-'’])")
#: The same capitalised, after a holiday in a Title Case headline ("Christmas Tree Arrives").
THING_HEAD_TITLE = rx.compile(
    r"[ \t]+(?:" + "|".join(sorted(h.capitalize() for h in THING_HEADS)) + r")\b(?![-'’])")
#: A noun of what a group does and the group's noun after a weekday ("the Thursday quiz team",
#: "her Sunday book club"): the weekday names the group (session 13).
GROUP_AFTER_NOUN = rx.compile(r"[ \t]+[a-z]{3,}[ \t]+(?:" + "|".join(sorted(GROUP_HEADS))
                              + r")\b(?![-'’])")
#: "best" and a noun of clothes after a weekday: the idiom's clothes ("sunday best outfit",
#: "her Sunday best shoes"), even with no determiner before (session 14, round 2).
_BEST_CLOTHES = rx.compile(r"[ \t]+best[ \t]+(?:" + "|".join(sorted(BEST_CLOTHES)) + r")\b")
#: ...and what may follow it where it ends its phrase: punctuation, the end, a preposition.
_PHRASE_END = rx.compile(r"[ \t]+[a-z]+(?:\s*(?:[.,;:!?)]|$)|[ \t]+(?:in|on|at|for|with|to|"
                         r"from|of|and|or|but|as|like)\b)")
#: A preposition of time before a season, a part of day or a holiday (and its "the"): then it is
#: a time ("in the summer house prices rose", "at midnight blue lights flashed"); not "of" or
#: "with" ("sold out of Halloween costumes").
_PREPOSITION_BEFORE = rx.compile(
    r"\b(?:in|on|at|by|for|from|to|during|over|through|throughout|since|until|till|"
    r"before|after|into|across|around|about|within|past|towards?|all)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: A determiner or a possessive before a weekday: "her Sunday best", "a Sunday driver" (not
#: "this"/"that": "this Sunday" is a date).
_DETERMINER_BEFORE = rx.compile(rf"(?:\b{alt(ARTICLES | POSSESSIVES)}|['’]s)\s+$", re.IGNORECASE)


#: ... and a service or a shift after a part of day, even after a preposition ("on the night
#: bus", "on the morning shift"; session 12).
SERVICE_HEAD = rx.compile(r"[ \t]+(?:" + "|".join(sorted(SERVICE_HEADS)) + r")\b(?![-'’])")
#: A broadcast's or a round's noun after a part of day (``ROUND_HEADS``), and the prepositions
#: that date a part of day before it all the same ("in the evening news broke").
ROUND_HEAD = rx.compile(r"[ \t]+(?:" + "|".join(sorted(ROUND_HEADS)) + r")\b(?![-'’])"
                        # "a midday news conference" is held then (Timeline17)
                        r"(?![ \t]+(?:conference|conferences|briefing|briefings|release)\b)")
_DATING_BEFORE = rx.compile(
    r"\b(?:in|at|by|during|over|through|throughout|since|until|till|before|after|all)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
#: ... where no preposition but "on", "off" or "onto" comes before it ("in the morning trains
#: were late" is a time).
_NOT_ON_BEFORE = rx.compile(r"\b(?!on\s|off\s|onto\s)[a-z]+\s+(?:the\s+)?$", re.IGNORECASE)


def names_a_service(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether a part of day after "the" names a service or a shift ("valid on the night bus",
    "worked the night shift"), not a time (session 12), or a broadcast or a round ("the evening
    news", "for the morning run": session 25)."""
    if (g.get("pre") or "the").lower() != "the" or g.get("after"):
        return False
    at = m.start("pod")
    if ROUND_HEAD.match(text, m.end("pod")):
        return _DATING_BEFORE.search(text, max(0, at - 24), at) is None
    if not SERVICE_HEAD.match(text, m.end("pod")):
        return False
    before = _PREPOSITION_BEFORE.search(text, max(0, at - 24), at)
    return before is None or _NOT_ON_BEFORE.match(text, before.start(), at) is None


def modifies_a_thing(text: str, m: re.Match[str], g: dict, head: str) -> bool:
    """Whether the time word ``g[head]``, before a thing's noun, modifies it: a season, a part of
    day or a holiday alone or after "the", with no preposition of time before; a weekday after a
    determiner, or before a noun that ends its phrase ("taught Sunday school in Leeds"; "said
    Tuesday school buses would run" is a date)."""
    if g.get("year") or g.get("year0") or (g.get("rel") or g.get("pre") or "the").lower() != "the":
        return False
    at = m.start(head)
    if head == "wd":
        return bool(_DETERMINER_BEFORE.search(text, max(0, at - 12), at)
                    or _PHRASE_END.match(text, m.end(head))
                    or _BEST_CLOTHES.match(text, m.end(head))
                    or (text[at].islower() and _SENTENCE_OPENS.search(text, max(0, at - 4), at)))
        # "sunday roast done right": a post's noun phrase opening its sentence (session 20)
    if head == "season" and not g.get("rel") and not g.get("pre") \
            and _CLAUSE_CONJUNCTION_BEFORE.search(text, max(0, at - 8), at) \
            and _SUBJECT_VERB_AFTER.match(text, m.end(head)):
        return True  # "before winter training begins": the clause's subject (session 28)
    return not _PREPOSITION_BEFORE.search(text, max(0, at - 24), at)


#: A word that opens a clause as well as a phrase, right before a bare season; the season and
#: its thing's noun are the clause's subject when a verb follows them ("until summer camp
#: opens", "before winter training begins"; "in the summer house prices rose" keeps its date).
_CLAUSE_CONJUNCTION_BEFORE = rx.compile(r"\b(?:before|after|until|till|once|when)\s+$",
                                        re.IGNORECASE)
_SUBJECT_VERB_AFTER = rx.compile(
    r"[ \t]+[a-z]+[ \t]+(?:begins?|began|begun|starts?|started|resumes?|resumed|opens?|"
    r"opened|ends?|ended|finishes|finished|gets|got|is|was|are|were|will|has|had|kicks)\b")


def season_in_a_title(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised season is a possessive before a capitalised word ("The Winter's
    Tale") or follows a capitalised word and "of" ("Days of Summer", "the Rite of Spring")."""
    at = m.start("season")
    return bool(_POSSESSIVE_NAME.match(text, m.end("season"))
                or _TITLE_OF.search(text, max(0, at - 24), at))


#: Where a sentence opens: the text's start, or a full stop, "!" or "?" and blanks.
_SENTENCE_OPENS = rx.compile(r"(?:^|[.!?][ \t\n]+)$")
_POSSESSIVE_NAME = rx.compile(r"['’]s[ \t]+[A-Z][a-z]+")
_TITLE_OF = rx.compile(r"(?<![\w'’])[A-Z][a-z]+[ \t]+of[ \t]+$")


#: A noun after "a minute" / "a night" (not a word that goes on a length: "a night in jail",
#: "a minute late", "a night which...", "a night spent...").
NOUN_AFTER = rx.compile(
    r"[ \t]+(?!(?:ago|later|earlier|or|and|before|after|longer|more|too|to|in|of|for|at|on|"
    r"since|until|when|as|than|now|then|there|late|early|away|past|each|with|without|by|from|into|"
    r"ahead|behind|please|so|but|if|because|while|though|although|again|here|yet|which|that|"
    r"who|where|or|out|off|spent|passed|went|is|was|has|had|will|would|could)\b|[a-z]+ing\b)"
    r"[a-z]")


#: A verb of scoring before "a century" (a hundred runs): "made a maiden century".
RUNS_BEFORE = rx.compile(
    r"\b(?:scor(?:e|es|ed|ing)|ma(?:de|kes?|king)|hit(?:s|ting)?|struck|notched|compiled|"
    r"br(?:ought|ings?|inging)\s+up)\s+(?:(?:" + alt(ARTICLES | POSSESSIVES) + r"|another|maiden|"
    r"first|second|third|fine|fluent|brilliant|\d+|two|three|four)\s+)*"
    # any adjective of the innings after its article: "made a brisk half-century" (session 21),
    # not a preposition's stretch ("made a difference for a century")
    r"(?:(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bits\s))"
    r"(?!(?:for|in|of|over|about|nearly|almost|than|after|within|since|to|by|through|during|"
    r"more|less|half|a)\b)[a-z]+\s+)?$", re.IGNORECASE)


#: Lower-case words that are months only beside a day or a year ("feb 18", "may 5, 2021").
_GUARDED = frozenset(MONTH_ABBREVIATIONS) | LOWER_CASE_WORDS
#: Before a lower-case "may" or "march" with a day: a word that leads into a date, or the
#: start of a line ("on may 5", "may 5: rally") or a verb of a schedule ("starts august 13";
#: session 12, round 2), not a subject ("they may 5...").
_DATE_LEAD = rx.compile(rf"(?:\b{MONTH_CUES}|\b{WEEKDAY},?|^|[\n:;(\[\-–—,]|"
                        rf"\b{alt(MONTH_LEAD_VERBS)})\s*$")


#: A lower-case month word alone is a month after a preposition of time and before an edge
#: ("back in march, we", "since may.", "until aug and"), not before a word it may govern ("in
#: may be", "from march organisers").
_BARE_LEAD = rx.compile(r"\b(?:in|since|until|till|by|from|during|through|before|after)\s+$",
                        re.IGNORECASE)
_BARE_EDGE = rx.compile(r"\s*(?:[,.;:!?)]|$|\s*\n|"
                        r"\s+(?:and|or|but|when|so|too|lol|then|until|till)\b)")


#: A preposition of time right before a day that precedes a lower-case "may"/"march"/"august"
#: ("on 20 march", "for 3 may"): with the month ending its phrase, a date (session 14).
_DAY_FIRST_LEAD = rx.compile(r"\b(?:on|by|until|till|from|before|after|for|since)\s+$",
                             re.IGNORECASE)


#: A possessive and a pet's or a relative's noun right before a lower-case month with no day:
#: the month is a name ("my dog june ate a sock", "our niece april"; session 29).
_NAMED_BY_NOUN = rx.compile(
    r"\b(?:my|our|his|her|their|your|ur)\s+(?:dog|cat|puppy|pup|kitten|horse|pony|rabbit|bunny|"
    r"hamster|parrot|sister|brother|daughter|son|niece|nephew|cousin|aunt|auntie|aunty|nan|"
    r"nana|granny|friend|bestie|mate|baby|girl|boy)\s+$", re.IGNORECASE)
#: Where a post's person is from, right after a lower-case month that is a first name ("april
#: from work", "june from next door", "may from accounts"; session 30).
_PERSON_FROM = rx.compile(
    r"[ \t]+from[ \t]+(?:work|school|uni|college|church|the[ \t]+(?:office|gym|club|shop|"
    r"choir|team|pub)|next[ \t]+door|accounts|hr|down[ \t]+the[ \t]+road|across[ \t]+the[ \t]+road)"
    r"\b")


def lower_month_ok(text: str, m: re.Match[str], month: str) -> bool:
    """Whether a lower-case month word is a month here: beside a day or a year after a word that
    leads into a date, or alone after a preposition of time and before an edge ("since may.");
    not a pet's or a relative's name ("my dog june")."""
    g = m.groupdict()
    dayless = not (g.get("day") or g.get("dayw") or g.get("year"))
    if dayless and _NAMED_BY_NOUN.search(text, max(0, m.start("month") - 24), m.start("month")):
        return False
    if dayless and _PERSON_FROM.match(text, m.end("month")) and not _BARE_LEAD.search(
            text, max(0, m.start("month") - 12), m.start("month")):
        return False  # a colleague or a neighbour: "april from work is getting married" (s30)
    if month not in _GUARDED:
        return True
    if (g.get("mod") or "") == "mid" and month in MONTH_ABBREVIATIONS:
        return True  # "moving mid jan": "mid" leads only into a time here (session 27)
    if dayless:
        end = m.end("month")  # a point after the month ("in march.") ends the sentence
        point = text[end - 1:end] == "." or text[end:end + 1] == "."
        return bool(_BARE_LEAD.search(text, max(0, m.start("month") - 12), m.start("month"))
                    and (point or _BARE_EDGE.match(text, end)) and m.end() <= end + 1)
    if month in LOWER_CASE_WORDS and g.get("day") and m.start("day") < m.start("month") \
            and _DAY_FIRST_LEAD.search(text, max(0, m.start("day") - 10), m.start("day")) \
            and (g.get("year") or _BARE_EDGE.match(text, m.end("month"))):
        return True  # "birthday on 20 march", "booked for 3 may." (session 14)
    if month in LOWER_CASE_WORDS:
        return bool(_DATE_LEAD.search(text, 0, m.start("month"))) or bool(
            g.get("year") or (g.get("wd") and g.get("day")))  # "sat 18th may" (session 11)
    return True


#: A word or phrase of a game in play, or a running score ("up 71-68", "led 3-1", "trail 2-0").
_GAME_CUE = rx.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(
        GAME_WORDS | set(GAME_PHRASES), key=lambda w: (-len(w), w)))
    # a board's rebound, not a market's "rebound in sales", "a rebound from the slump"
    # (session 29)
    + r"|rebounds|(?:grabbed|grabs|grab|snagged|pulled[ \t]+down|offensive|defensive)[ \t]+"
    r"(?:a[ \t]+|the[ \t]+)?rebound|rebound(?![ \t]+(?:in|from|of|to)\b)"
    + r"|(?:up|down|led|leads?|leading|tied|trail|win|wins|won|winning|beat|lost|losing)"
    r"[ \t]+\d{1,3}[-–]\d{1,3}|\d{1,3}[-–]\d{1,3}[ \t]+(?:win|victory|defeat|loss|lead))"
    r"(?![\w-])",
    re.IGNORECASE)


def a_game_period(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether a quarter with no year ("after the third quarter", "Q4 underway") has a game's
    words within 100 characters: a period of the game, no quarter of the year (session 13)."""
    if any(g.get(k) for k in ("year", "year2", "qyear", "fy", "ofrel", "qmonth", "qmonth2")):
        return False
    return _GAME_CUE.search(text, max(0, m.start() - 100), m.end() + 100) is not None
