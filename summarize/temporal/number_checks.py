"""Context checks on numbers a time rule matched that are no time: a score or a chapter and
verse ("won 25:23", "John 3:16"), "Friday at 4:30" left to the rule that reads the day, a slash
pair that is no date ("24/7", "3/4"), a year span that may be a month ("2014-10"), an age ("aged 6
months to 18 years", "in their sixties"), a share ("rose by a quarter"), temperatures ("highs in
the 80s"), a speed ("110 miles an hour") and the amount a rate needs ("$40 million a year").
Numbers are where rules over-match most; ``checks.context_ok`` asks these."""

from __future__ import annotations

import re
from functools import lru_cache

from summarize import regex_cache as rx

from .patterns import (
    DECADE_WORD,
    NUMBER,
    NUMBER_WORD,
    WEEKDAY,
    WEEKDAY_ABBR_TIME,
    WEEKDAY_ANY,
    alt,
)
from .resources.day_words import DAY_AT_WORDS, POST_DAY_WORDS
from .resources.determiners import POSSESSIVES
from .resources.requests import SLASH_MOVING_VERBS, SLASH_NOT_OBJECTS
from .resources.units import (
    CURRENCY_PREFIXES,
    DISTANCE_UNITS,
    EVENT_START_CUES,
    MUSIC_WORDS,
    RECORDING_WORDS,
)
from .resources.verbs import SLASH_DATE_VERBS

#: Units by length, for a count of one unit in each of another ("four days a week").
SPAN_ORDER = {"minute": 0, "hour": 1, "morning": 2, "afternoon": 2, "evening": 2, "night": 2,
               "day": 2, "weekend": 3, "week": 3, "month": 4, "year": 5}


#: A unit of distance right before "an hour"/"per hour": the rate is a speed.
DISTANCE_BEFORE = rx.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(u) for u in sorted(DISTANCE_UNITS, key=lambda w: (-len(w), w)))
    + r")[ \t]+$", re.IGNORECASE)


#: A day and "at" before a clock time ("Friday at", "tmrw at"), as ``clock_at_day`` reads them.
_DAY_AT_BEFORE = rx.compile(rf"\b(?:{WEEKDAY}|{WEEKDAY_ABBR_TIME}\.?|{'|'.join(DAY_AT_WORDS)}|"
                            rf"(?-i:{alt(POST_DAY_WORDS)[3:]})\s+at\s+$", re.IGNORECASE)


def read_as_day_at(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether an "H:MM" of one to six with no leading zero, zone or part of day follows a day
    and "at": the hour after "<weekday> at" is one to six p.m. with minutes too ("Friday at
    4:30" = 16:30, as "Friday at 4"), so ``clock_24h`` leaves it to ``clock_at_day``."""
    return (g["hour"] in ("1", "2", "3", "4", "5", "6") and not g["tz"]
            and not (g.get("podw") or g.get("atnight") or g.get("tonight"))
            and bool(_DAY_AT_BEFORE.search(text, max(0, m.start("span") - 24),
                                           m.start("span"))))


#: A start's word before a clock time ("KO", "gates open at"), as ``clock_event_start`` reads it.
_EVENT_START_BEFORE = rx.compile(r"(?<![\w-])" + alt(EVENT_START_CUES)
                                 + r"(?:\s+(?:is|was|'s|’s))?(?:\s+at)?\s+$", re.IGNORECASE)


def read_as_event_start(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether an "H:MM" of one to six with no leading zero, zone or part of day follows the
    word of a match's or a show's start ("Gates open 1:30", "puck drop 3:15"), which
    ``clock_event_start`` reads as p.m. (session 12), or of seven or eight ("Doors 7:30"), which
    it reads by the post's words (session 13)."""
    return (g["hour"] in ("1", "2", "3", "4", "5", "6", "7", "8") and not g["tz"]
            and not (g.get("podw") or g.get("atnight") or g.get("tonight"))
            and bool(_EVENT_START_BEFORE.search(text, max(0, m.start("span") - 24),
                                                m.start("span"))))


_RECORDING = rx.compile(r"(?<![\w'’])" + alt(RECORDING_WORDS) + r"(?![\w'’])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _has_recording_word(text: str) -> bool:
    """Whether ``text`` holds a radio's or a player's word anywhere: searched once per text,
    not once per bracketed length in it (a long playlist stays linear)."""
    return _RECORDING.search(text) is not None


def a_length_in_brackets(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether an unpadded "M:SS" with no zone or part of day stands alone in brackets right
    after a word, in a text with a radio's or a player's word: a track's length after its
    title ("Now playing: Paper Lanterns - Slow Tide (4:12)"), no clock time (session 13); also
    after a title a verb of performing introduces, with no such word (session 20)."""
    s, e = m.span("span")
    if len(g["hour"]) == 1 and not g["tz"] and not g.get("prep") and not g.get("hedge") \
            and text[s - 1:s] == "(" and _LENGTH_OF_AFTER.match(text, e):
        return True  # "(5:55 of pure chaos)": so long of something, a length (session 26)
    return (len(g["hour"]) == 1 and not g["tz"] and not g.get("prep") and not g.get("hedge")
            and text[s - 2:s] in (" (", "\t(") and text[e:e + 1] == ")"
            and s >= 3 and text[s - 3].isalnum()
            and (_has_recording_word(text)
                 or _ARTIST_DASH_TITLE.search(text, max(0, s - 80), s - 2) is not None
                 or _TITLE_BEFORE.search(text, max(0, s - 60), s - 2) is not None
                 or _listed_lengths(text, s)))


#: A bare "(M:SS)" right after a title's word: a track's or a clip's length when another one
#: stands near it, as a setlist or a tracklist writes them (session 30).
_BRACKETED_LENGTH = rx.compile(r"(?<=[\w'’!?])[ \t]*\((\d{1,2}:[0-5]\d)\)")


def _listed_lengths(text: str, start: int) -> bool:
    """Whether the bracketed "M:SS" at ``start`` is one of two or more after titles within 120
    characters ("Copper (5:12), Ember (3:07)"): a list's lengths with no radio's word; a lone
    "tonight (7:30)" stays a time."""
    near = [m.start(1) for m in _BRACKETED_LENGTH.finditer(
        text, max(0, start - 120), min(len(text), start + 126))]
    return start in near and len(near) > 1


#: A race's or a song's time, not the time of day (session 29): an "M:SS" or "MM:SS" right
#: before "of" and a lower-case word ("the single is 4:20 of pure perfection", "scored 4:20 of
#: the third period"; not "of the morning/clock"), before a personal best's word within a few
#: words ("parkrun!! 19:48, new pb"), or after a finish's "in" ("finished in 21:13").
_LENGTH_OF = rx.compile(r"[ \t]+of[ \t]+(?!(?:the[ \t]+)?(?:morning|afternoon|evening|night|"
                        r"day|clock)\b)[a-z]")
_BEST_AFTER = rx.compile(r"[ \t,;!–—-]{1,4}(?:(?:a|my|new|another|official)[ \t]+){0,2}"
                         r"(?:(?-i:pb|PB|PR(?=[ \t]*(?:[!.,]|$))|p\.b\.)|personal[ \t]+best|"
                         r"course[ \t]+record|"
                         r"season'?s?[ \t]+best)\b", re.IGNORECASE)
_FINISH_IN_BEFORE = rx.compile(r"\b(?:finish(?:ed|es|ing)?|crossed[ \t]+the[ \t]+line|"
                               r"c[oa]me[ \t]+(?:home|in))[ \t]+in[ \t]+$", re.IGNORECASE)


def a_race_or_song_length(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether a bare "M:SS"/"MM:SS" (no preposition of time, zone, hedge nor part of day) is
    a race's or a song's time: before "of" and a lower-case word, before a personal best's
    word, or after a finish's "in" (``_LENGTH_OF``, ``_BEST_AFTER``, ``_FINISH_IN_BEFORE``;
    session 29)."""
    if g.get("prep") or g.get("hedge") or g.get("tz") or g.get("pod") or g.get("podw"):
        return False
    s, e = m.span("span")
    if e != m.end() or text[e:e + 1] == ":":
        return False
    return bool(_LENGTH_OF.match(text, e) or _BEST_AFTER.match(text, e)
                or _FINISH_IN_BEFORE.search(text, max(0, s - 30), s))


#: "of" and a few lower-case words closing the brackets after an "M:SS": "(5:55 of pure
#: chaos)", "(3:40 of bliss)" (session 26).
_LENGTH_OF_AFTER = rx.compile(r"[ \t]+of[ \t]+[a-z][a-z' ]{0,40}\)")


#: A title (capitalised words) after a verb of performing right before the brackets: a
#: karaoke night's or a set's track ("won with Bohemian Rhapsody (5:55)", "covered Low Tide
#: (2:58)"; session 20).
_TITLE_BEFORE = rx.compile(r"\b(?:s[aiu]ng|with|played|covered|performed)[ \t]+"
                           r"(?:[A-Z][\w'’]*[ \t]+(?:&[ \t]+)?){0,3}[A-Z][\w'’]*$")


#: A work's noun right before a clock time that opens a Title Case title ("the western 3:10 to
#: Yuma", "the novel 4.50 from Paddington"): the title's words, no time; lower case only, as a
#: train's "the 3:10 to Leeds" and "the Great Western 5:15 to Penzance" stay times (session 24).
_WORK_BEFORE_CLOCK = rx.compile(r"\b(?-i:film|movie|western|thriller|novel|book|song|single|"
                                r"track|album|play|musical|opera|comedy|drama|documentary|"
                                r"classic|sitcom)[ \t]+[\"“‘']?$")
_TITLE_AFTER_CLOCK = rx.compile(r"[\"”’']?[ \t]+(?-i:to|from|till|til)[ \t]+(?-i:[A-Z][a-z])")


def a_clock_in_a_title(text: str, start: int, end: int) -> bool:
    """Whether the clock time at [start, end) opens a work's title after the work's noun
    ("screened the western 3:10 to Yuma"; session 24)."""
    return _TITLE_AFTER_CLOCK.match(text, end) is not None \
        and _WORK_BEFORE_CLOCK.search(text, max(0, start - 24), start) is not None


#: "Artist - Title" right before the brackets: a track named as players list it ("Moth Parade -
#: Lanternfish (3:41)"; session 19).
_ARTIST_DASH_TITLE = rx.compile(r"[A-Z][\w'’.&]*[ \t]+[-–—][ \t]+[A-Z][^()\n.!?]*$")


#: Before a bare "12:10" that is no clock: a result ("won 25:23", "the score was 21:19") or a
#: capitalised name that it numbers, as a book's chapter and verse ("John 3:16").
_SCORE_WORDS = (r"scores?|won|lost|beat|beaten|led|leads?|trail(?:ed|s|ing)?|split|voted|drew|"
                r"defeated|ratio|odds|result|"
                r"[Dd]ilute|[Dd]iluted|[Dd]ilution|"  # "diluted 1:50": a ratio (session 31)
                r"pb|PB|clocked|personal best")  # a race time (session 13): "my PB is 21:19"
_NOT_A_CLOCK = rx.compile(
    # ... or a race's or a speedrun's target after "sub" ("sub 1:02 is next", "a sub 3:30
    # marathon": under that time; session 12)
    rf"(?:\b(?:{_SCORE_WORDS})\b[^.:;\n]{{0,20}}|(?<![\w'’-])(?-i:sub|Sub|SUB)|(?<![\w'’])(?!(?:On|At|By|From|Until|Since|"
    # ... nor a live post's "Update 09:45:" (session 24)
    r"Before|After|Around|About|To|Update[sd]?|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\b)"
    r"[A-Z][a-z]+)"
    r"[ \t]+$")
#: The result words alone, anywhere: where none is, only a capitalised word can end the match.
_SCORE_WORD = rx.compile(_SCORE_WORDS)


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


#: "aged" and the lower end of a range before a length: that length is an age too.
AGED_BEFORE = rx.compile(rf"\baged\s+(?:between\s+|from\s+)?(?:{NUMBER}(?:[\s-]+[a-z]+)?"
                          r"\s*(?:to|and|or|-|–)\s*)?$", re.IGNORECASE)
#: A group's average, median or mean age and its verb or "of" before a count of years: "whose
#: average age is 17 years", "an average age of 12 years", "the median age of the trucks was
#: about 11 years" (session 30): an age, as "aged 60" is, no length.
AVERAGE_AGE_BEFORE = rx.compile(
    r"\b(?:average|median|mean)[ \t]+age[ \t]+(?:of[ \t]+(?:the|its|their|our|his|her)[ \t]+"
    r"(?:[a-z]+(?:['’]s)?[ \t]+){1,3})?"
    r"(?:(?:is|was|are|were|has|had|now|stands|stood|risen|fallen|rose|fell|"
    r"climbed|dropped|reached|to|at|of|about|around|nearly|almost|roughly|some|just|under|"
    r"over|only)[ \t]+){1,4}$", re.IGNORECASE)
#: "in" and a possessive before a decade in words ("in their sixties", "in her late forties",
#: "in their fifties and sixties"): an age ("their Seventies heyday" is a time).
POSSESSIVE_BEFORE = rx.compile(
    rf"\bin\s+{alt(POSSESSIVES)}\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:(?:{DECADE_WORD}|[2-9]0['’]?s)\s*(?:,|and|or|to)\s+(?:(?:early|mid|late)[\s-]+)?)"
    r"{0,3}$",
    re.IGNORECASE)


#: Before "a quarter" that is a share of something: "rose by a quarter", "nearly a quarter",
#: "only a quarter voted" (not "for nearly a quarter", a length).
_SHARE_BEFORE = rx.compile(r"\b(?:by|nearly|almost|about|roughly|some|around|approximately|"
                           r"than|under|only|just)\s+$", re.IGNORECASE)
_TIME_BEFORE = rx.compile(r"\b(?:for|in|within|during|after|every|each)\s+$", re.IGNORECASE)


#: A price's verb before "a quarter" (a 25-cent coin): "paid a quarter", "costs a quarter",
#: "sold them for a quarter", "charged a quarter" (session 15).
_PRICE_BEFORE = rx.compile(
    r"\b(?:(?:pay|pays|paid|paying|cost|costs|costing|charge|charges|charged|charging)"
    r"(?:\s+(?:\w+\s+)?(?:just|only|about|nearly|almost|barely))?"
    r"|(?:sold|sell|sells|selling|bought|buy|buys|buying|went|go|goes|going|rented|rent|"
    r"rents|hired|hire)\s+(?:[\w'’-]+\s+){0,2}?for(?:\s+(?:just|only))?)"
    r"\s+$", re.IGNORECASE)
#: A price's word after "a quarter": "a quarter apiece", "a quarter each", "a quarter a ride".
_PRICE_AFTER = rx.compile(r"\s+(?:apiece|each|a\s+(?:ride|go|game|song|play|cup|call|copy|"
                          r"piece|pop|throw|turn))\b", re.IGNORECASE)


def is_coin(text: str, at: int, end: int) -> bool:
    """Whether "a quarter" from at to end is a 25-cent price ("paid a quarter", "a quarter
    apiece"), no three months."""
    return bool(_PRICE_BEFORE.search(text[max(0, at - 40):at]) or _PRICE_AFTER.match(text, end))


def is_fraction(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether "a quarter" is a share of something or a coin rather than three months."""
    at = m.start("num")
    before = text[max(0, at - 40):at]
    if is_coin(text, at, m.end()):
        return True  # "paid a quarter to get in", "a quarter apiece": a 25-cent coin
    share = _SHARE_BEFORE.search(before)
    return share is not None and not _TIME_BEFORE.search(before, 0, share.start())


#: A currency written with letters before its amount ("Sh120", "Rs 40"; session 23), in its
#: case ("sh", "rm" are words).
_PREFIXES = "(?-i:\\b(?:" + "|".join(re.escape(p) for p in CURRENCY_PREFIXES) + "))"
#: An amount and at most three words before a rate's "a" ("$40 million a year", "12 hulls a
#: year"); the words are no function words ("earned 5 million in a year" is a length), but
#: "of" may join a measure to its noun ("40 tons of coal a day").
AMOUNT_BEFORE = rx.compile(
    # a unit glued to the number counts as its noun ("3mm a year", "0.2C a decade"; s22)
    rf"(?<![\w.,])(?:(?:[$£€]|{_PREFIXES})\s?|(?-i:\b[RN](?=\d)))?(?:\d[\d,.]*(?:\s*%|°?[A-Za-z]{{1,3}}(?![\w-]))?|\b{NUMBER_WORD})"
    r"(?:[\s-]+(?:(?<=[a-z] )of\s+)?"  # "380 million tons of silt a year": an amount of a noun
    r"(?!(?:in|within|for|over|after|before|than|of|by|to|the|a|an|at|on|from|during|"
    r"under|about|nearly|and|or|ago|earlier|later|is|was|are|were|be|been)\b)[A-Za-z$%][\w-]*)"
    r"{0,3}\s+$", re.IGNORECASE)


#: Words of temperature before "the 80s": degrees, not a decade ("readings", "the mercury",
#: "wind chills" added in session 29).
HEAT = rx.compile(r"\b(?:temperatures?|degrees|highs?|lows?|fahrenheit|celsius|heat|mercury|"
                  r"thermometers?|wind[ -]?chills?)\b|°"
                  # "readings in the 90s" (not "her readings of the poems in the 80s")
                  r"|\breadings?\s+(?:(?:were|are|will\s+be|stayed|stay)\s+)?in(?:to)?\s+$",
                  re.IGNORECASE)


def later_year(first: str, second: str) -> int | None:
    """The second year of "2008-09", "2012/13", "1990-95", "2008-2010", or None when it is not
    later or may be a month ("2014-10")."""
    y = int(first)
    y2 = int(second) if len(second) == 4 else y // 100 * 100 + int(second)
    if len(second) == 2 and y2 != y + 1 and int(second) <= 12:
        return None  # "2008-09", "2012/13", "1990-95": other two-digit ends may be months
    return y2 if y < y2 <= y + 50 else None


#: Words that lead into a date: "on 2/15", "by 3/1", "Friday 2/15".
_SLASH_LEAD = rx.compile(rf"\b(?:on|by|until|till|from|since|before|after|through|due|dated|"
                         rf"{alt(SLASH_DATE_VERBS)[3:-1]}|{WEEKDAY_ANY})[\s,]*$", re.IGNORECASE)
#: A post's moving or booking verb, at most four words of its object, and "to"/"for"/"till"
#: before a slash pair ("dentist moved to 5/12", "pushed my appt back to 6/3", "booked the van
#: for 14/8"): the new day (session 29); not a score's, a rating's or a price's object ("bumped
#: the rating to 9/10"). The window is 44 characters.
_MOVED_LEAD = rx.compile(
    rf"\b{alt(SLASH_MOVING_VERBS)}"
    rf"(?:\s+(?!{alt(SLASH_NOT_OBJECTS)}\b)[\w'’]+){{0,4}}?\s+(?:to|for|till|until)\s+$",
    re.IGNORECASE)
_NOT_DATES = frozenset({"24/7", "9/11", "7/7"})
_SHARE_OF = rx.compile(r"\s+of\s+(?:the|a|an|all|our|their|its|his|her|my|your|voters|staff|"
                       r"those|these|them|us)\b", re.IGNORECASE)


#: A reference's label before "N/YYYY": "Regulation (EC) No 1/2003", "Law No. 12/2011",
#: "Decree 4/2009" number a text of law or a file, no month (session 23); the window is 48
#: characters.
REFERENCE_BEFORE = rx.compile(
    r"\b(?:nos?\.?|numbers?|regulations?|directives?|decisions?|laws?|acts?|decrees?|"
    r"resolutions?|ordinances?|circulars?|notifications?|case|ref\.?|reference|file|docket|"
    r"judg(?:e)?ments?|opinions?|rulings?|orders?)(?:\s+\([A-Z]{1,4}\))?\s*#?\s*"
    r"(?:\d{1,4}/\d{4}\s*(?:,|and|&|or)\s*)*$",  # and a list's next: "Nos 4/2010 and 5/2010"
    re.IGNORECASE)


#: A word of music near a slash pair: a time signature (session 13).
_MUSIC = rx.compile(rf"\b{alt(MUSIC_WORDS)}\b", re.IGNORECASE)
#: ... unless a word that dates a day leads into it ("the drummer joins on 7/8").
_DAY_LEAD = rx.compile(r"\b(?:on|by|until|till|due|dated|before|after|since)\s+$", re.IGNORECASE)


#: What follows a rating's "9/10" ("pushed it to 9/10 stars"): no day.
_RATED_AFTER = rx.compile(r"\s*(?:stars?|points?|pts|marks?|rating|score|for\b|from\b|"
                          r"(?:would|will)\s+(?:recommend|book|go)|[!*⭐])", re.IGNORECASE)


def slash_date_ok(text: str, m: re.Match[str]) -> bool:
    """ "2/15" is a date after a word that leads into one, or when one number can only be a
    day (over 12); never "24/7", "9/11", nor a fraction ("3/4") standing alone."""
    if m.group() in _NOT_DATES or _SHARE_OF.match(text, m.end()):
        return False  # "Friday, 2/3 of the staff": a share, after a weekday too (session 12)
    if m.group("b") in ("2", "4", "8", "16") and _MUSIC.search(
            text, max(0, m.start() - 80), m.end() + 80) \
            and not _DAY_LEAD.search(text, max(0, m.start() - 12), m.start()):
        return False  # a time signature: "the song shifts from 4/4 to 5/4" (session 13)
    if m.groupdict().get("wd") or _SLASH_LEAD.search(text, max(0, m.start() - 20), m.start()):
        return True  # "tues 20/2", "results post 2/9" (session 11)
    if _MOVED_LEAD.search(text, max(0, m.start() - 44), m.start()) \
            and not (m.group("b") in ("5", "10", "100") and _RATED_AFTER.match(text, m.end())):
        return True  # "dentist moved to 5/12" (session 29)
    a, b = int(m.group("a")), int(m.group("b"))
    return a >= 1 and b >= 1 and (12 < a <= 31) != (12 < b <= 31)
