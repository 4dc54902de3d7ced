"""Whether four digits name a year or count things: "in 1990" and "the 2010 elections" against
"some 1990 people", "2000 dead soldiers", "Route 1999", "carried by 1850 votes to 1200" (a rule's
context check, ``checks.context_ok``, asks for a bare year)."""

from __future__ import annotations

import re

from summarize import regex_cache as rx

from .patterns import alt
from .resources.calendar_words import MONTHS, ORG_HEADS, WEEKDAYS
from .resources.determiners import YEAR_DETERMINERS
from .resources.units import (
    COUNTED_NOUNS,
    MACHINE_NOUNS,
    MEASURE_UNITS,
    NOT_AIRLINE_CODES,
    NOT_MACHINE_ADJECTIVES,
    PRODUCT_NOUNS,
    QUANTIFIERS,
    SIZE_UNITS,
)
from .rules_times import HHMM_AND, HHMM_SERVICE, HHMM_UPDATE

#: A word that dates what follows: after it a four-digit number is a year even before a noun
#: ("In 1990 people were poorer").
_TIME_PREPOSITION = rx.compile(
    r"\b(?:in|since|by|until|till|during|before|after|through|from|circa|c\.|early|late|"
    r"mid|spring|summer|autumn|fall|winter|fiscal)[\s-]*$", re.IGNORECASE)
#: A determiner or possessive: "the 2010 elections", "its 1998 results" name years.
_DETERMINER = rx.compile(rf"\b{alt(YEAR_DETERMINERS)}\s+$|['’]s\s+$", re.IGNORECASE)
#: A greeting right before the number: "Happy 2025 my people" greets a year, whatever noun
#: follows the word after it ("happy 2000 followers" counts them; session 27).
_GREETED = rx.compile(r"\bhappy\s+$", re.IGNORECASE)
#: "the" right before the number.
_THE_BEFORE = rx.compile(r"\bthe\s+$", re.IGNORECASE)
#: A plural verb right after the number (its subject): "the 1975 were", "the 2000 have".
_PLURAL_VERB_AFTER = rx.compile(r"(?:[ \t]+(?:are|were|have)|['’]re)\b")
_QUANTIFIER = rx.compile(rf"\b(?:{'|'.join(QUANTIFIERS)})\s+$", re.IGNORECASE)
_NEXT_WORDS = rx.compile(r"\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?")
_NEXT_UNIT = rx.compile(
    rf"\s*(?:{'|'.join(re.escape(u) for u in sorted(MEASURE_UNITS, key=lambda w: (-len(w), w)))})"
    r"(?!\w)", re.IGNORECASE)


#: Nouns a number names a thing after ("Route 1999", "bus 2015", "Room 1905", "No. 2010",
#: "Model 2001", "Class 1990", "bug 2041"); session 15: a numbered building of an estate
#: ("Block 1903", "Blk 1987", "Tower 2001", "Building 1950").
_LABEL_BEFORE = rx.compile(
    r"\b(?:route|flight|bus|room|gate|platform|suite|apartment|flat|unit|ward|bed|cell|seat|"
    r"block|blk|tower|building|bldg|"
    r"row|exit|junction|highway|interstate|channel|track|lot|item|invoice|ticket|order|"
    r"no\.|number|nos?|page|pages|paragraph|clause|section|article|chapter|rule|"
    r"form|line|pier|berth|hangar|locker|box|code|pin|extension|ext\.|postcode|zip|"
    r"level|model|version|class|bug|issue|bill|h\.?r\.?|ld|hb|sb)\s*#?\s*$",
    re.IGNORECASE)

#: A trade union's branch after the union's capitalised name ("United Auto Workers Local 1967",
#: "Teamsters Local 2010", "IBEW Local 1249"): the branch's number, no year (session 28); a
#: capitalised preposition or determiner before "Local" opens a headline's phrase ("In Local
#: 2019 Races") and keeps the year.
_UNION_LOCAL_BEFORE = rx.compile(
    r"(?-i:(?<![\w'’-])(?!(?:In|On|At|By|For|From|To|Of|The|A|An|This|Last|Next|Since|Until|"
    r"Before|After|During)\s)[A-Z][A-Za-z&.'’-]*\s+Local)\s+(?:No\.?\s*|#\s*)?$")
#: An airline's code after "flight" before the number ("flight KL 1712", "flights TP 1358"):
#: a flight's number, no year (session 15).
_FLIGHT_CODE_BEFORE = rx.compile(r"\bflights?\s+(?-i:[A-Z]{2,3}|[A-Z]\d|\d[A-Z])\s?$",
                                 re.IGNORECASE)
#: ... or a bare code with a route after the number ("BA 1947 to Lisbon", "EZ 2014 from Nice").
_AIRLINE_CODE_BEFORE = rx.compile(r"(?<![\w.&'’-])(?P<code>(?-i:[A-Z]{2}|[A-Z]\d|\d[A-Z])) $")
_ROUTE_AFTER = rx.compile(r"\s+(?:to|from)\s+(?!(?:Present|Date|Now|Today)\b)(?-i:[A-Z][a-z])")


def a_flight_number(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``text[start:end]`` number a flight after an airline's code
    ("flight KL 1712", "BA 1947 to Lisbon"): a code before a year is rare, a route rarer."""
    if _FLIGHT_CODE_BEFORE.search(text, max(0, start - 16), start):
        return True
    code = _AIRLINE_CODE_BEFORE.search(text, max(0, start - 4), start)
    return (code is not None and code.group("code") not in NOT_AIRLINE_CODES
            and _ROUTE_AFTER.match(text, end) is not None)


#: A noun that the number after it counts, and the word that links them ("a crowd of 1920",
#: "Attendance was 1742", "a high score of 2048"; not "the class of 1999").
_COUNT_NOUN_BEFORE = rx.compile(
    r"\b(?:(?:crowds?|attendances?|audiences?|turnout|gate|headcount|membership|workforce|"
    r"capacity|tally|total|score)\s+(?:of|was|is|were|are|reached|hit|topped|totall?ed|stood\s+at)"
    # a player's rating: "she is rated 1820", "ranked 1540", "an Elo of 1900" (session 25)
    r"|rated|ranked|(?:rating|elo)(?:\s+(?:of|is|was|now|at)){1,2})"
    r"\s+(?:(?:about|some|nearly|almost|around|roughly|over|under|more\s+than|fewer\s+than|"
    r"less\s+than|just|only|barely)\s+){0,2}$", re.IGNORECASE)
#: A possessive right after the number: a year's ("ranked 2019's best").
_POSSESSIVE_AFTER = rx.compile(r"['’]s\b")
#: Two more groups of digits after the number: a phone number ("1800 402 117", "1902 771-0042").
_PHONE_GROUPS_AFTER = rx.compile(r"[ \t-]\d{3,4}[ \t-]\d{3,4}(?![\d,.]\d)")
#: ... and two groups of digits before the number, one of them no year (a leading zero, or
#: not four digits), each after a blank or a hyphen: the phone number's last group ("0803 555
#: 1947", "020 7946 1999"; session 29). A list of years ("1914 1918 1939") keeps them.
_PHONE_GROUPS_BEFORE = rx.compile(
    r"(?<![\w,.:/+-])(?!(?:[12]\d{3}[ \t-]){2}$)\+?\d{2,5}[ \t-]\d{2,5}[ \t-]$")
#: Software lines whose editions are named with a year ("Office 2019", "SQL Server 2016").
_EDITION_BEFORE = rx.compile(
    r"(?<![\w'’-])(?:Windows|Office|Server|Studio|Exchange|Excel|Outlook|Word|PowerPoint|Visio|"
    r"SharePoint|Photoshop|Illustrator|AutoCAD|Revit|Dynamics|SolidWorks|QuickBooks)[ \t]+$")
#: A product named right after a noun of software or of a product line ("its checkout
#: software, StoreLink 2010", "the app Fotolog 2019", "its new small car, the Velmont 2000"):
#: the number is the model or edition in its name (session 11; products: session 12).
_SOFTWARE_NAME_BEFORE = rx.compile(
    rf"\b{alt(PRODUCT_NOUNS)}[ \t]*,?[ \t]+(?:the[ \t]+)?(?-i:[A-Z][\w'’-]*)[ \t]+$",
    re.IGNORECASE)
#: Cars, phones and games whose models are numbered like years ("the Peugeot 2008", "Battlefield
#: 1942", "Anno 1800"), unless a report follows ("Nokia 2010 results") (session 10).
_MODEL_BEFORE = rx.compile(
    r"(?<![\w'’-])(?:Peugeot|BMW|Nokia|Battlefield|Anno|Cyberpunk|Simulator)[ \t]+$")
#: A maker's capitalised name after a word of the sentence (not opening it, not a preposition)
#: and a machine's noun after the number: "the Quillon 2010 tractor" (session 14).
_NO_MAKERS = sorted({"In", "On", "At", "By", "Since", "Until", "From", "For", "Of", "And", "Or",
                     "Before", "After", "During", "Through", "Between"}
                    | {w.title() for w in MONTHS} | {w.title() for w in WEEKDAYS})
_MAKER_BEFORE = rx.compile(r"(?<=[a-z,] )(?!(?:" + "|".join(_NO_MAKERS) + r")\b)"
                           r"[A-Z][A-Za-z-]+[ \t]+$")
_MACHINE_AFTER = rx.compile(
    r"[ \t]+(?:(?!(?:" + "|".join(sorted(NOT_MACHINE_ADJECTIVES)) + r")\b)[a-z][a-z-]+[ \t]+)"
    r"{0,2}(?:" + "|".join(sorted(MACHINE_NOUNS)) + r")\b")  # adjectives between: session 24

#: The noun of a work right before a number that is its title ("the album 1989"); the list
#: also makes ``year_is_date``'s guard (``_WORK_WORDS``).
_WORK_NOUNS = ("film", "movie", "album", "novel", "song", "single", "track", "play", "musical",
               "opera", "documentary", "poem", "painting", "sitcom", "band", "podcast")
_WORK_BEFORE = rx.compile(r"\b(?:" + "|".join(_WORK_NOUNS) + r")[ \t]+$", re.IGNORECASE)
#: A capitalised noun that ends an organisation's name right after the number ("the 2005
#: Trust", "the 1922 Committee"): the year is a word of the name (session 13).
_ORG_HEAD_AFTER = rx.compile(r"[ \t]+(?:" + "|".join(sorted(ORG_HEADS)) + r")\b"
                             r"(?![ \t]+(?:\d|[A-Z]\b))")  # not a stage's "Group 6", "Group B"
_RANGE_AFTER = rx.compile(r"\s*(?:-|–|to|and|through|until)\s*\d")
#: A capitalised word of a name right before the number (after a lower-case word or a comma,
#: not a preposition, a month or a weekday): with an organisation's last word right after it
#: the number is a word of a firm's name ("an economist at Meridian 2000 Advisors"; session 27).
_NAME_WORD_BEFORE = rx.compile(r"(?<=[a-z,] )(?!(?:" + "|".join(_NO_MAKERS) + r")\b)"
                               r"[A-Z][a-z]+[ \t]+$")
#: A statute's short title right before its year, as British, Irish and Indian law writes it:
#: "the Explosives Act 1974", "the Companies Act, 2013" (capitalised "Act": "the 1974 act"
#: keeps its year). A US title's "Act of 1933" keeps it too: TimeBank's check half tags it
#: (dropping it lost a mention there; session 27).
_STATUTE_BEFORE = rx.compile(r"(?-i:\bAct),?[ \t]+$")


#: Arithmetic beside the number ("x * 2048", "2024 mod 7"), or a code's "is" ("the postcode
#: is 2060", "the PIN was 1984"): no year (session 10).
_MATH_BEFORE = rx.compile(r"(?:[*×÷=^+]|\b(?:code|pin|postcode|zip|password|passcode|"
                          r"(?:house|flat|door|room|unit|apartment|plot|locker|seat)\s+number)\s+"
                          r"(?:is|was|:))\s*$", re.IGNORECASE)
_MATH_AFTER = rx.compile(r"\s*(?:[*×÷=^+]|mod\b)")
#: An operation in words beside the number ("what's 2048 divided by 8", "1024 times 2", "9
#: plus 2016"): a sum, no year (session 13).
_MATH_WORDS_AFTER = rx.compile(r"[ \t]+(?:divided[ \t]+by|multiplied[ \t]+by|squared\b|"
                               r"cubed\b|(?:times|plus|minus|over)[ \t]+\d)", re.IGNORECASE)
_MATH_WORDS_BEFORE = rx.compile(r"\d[ \t]+(?:divided[ \t]+by|multiplied[ \t]+by|times|plus|"
                                r"minus)[ \t]+$", re.IGNORECASE)
#: A function of maths before the number ("the square root of 1936", "the factorial of 2010",
#: "sqrt(2025)") or a divisibility test after it ("is 2023 divisible by 7", "2027 is a prime
#: number"): a number worked on, no year (session 14).
_MATH_OF_BEFORE = rx.compile(r"(?:\b(?:(?:square|cube|fourth|nth)[ \t]+root|factorial|"
                             r"logarithm|prime[ \t]+factors|divisors)[ \t]+of"
                             r"[ \t]+|\bsqrt[ \t]*\(?[ \t]*)$", re.IGNORECASE)
_MATH_TEST_AFTER = rx.compile(r"[ \t]+(?:(?:is[ \t]+)?divisible[ \t]+by|is[ \t]+(?:a[ \t]+)?"
                              r"prime(?:[ \t]+number)?\b)", re.IGNORECASE)
#: A unit of size right after the number, before the noun it sizes, written without the
#: hyphen ("the 2000 piece puzzle", "a 1500 seat arena", "the 1200 page report") (session 13).
_SIZE_UNIT_AFTER = rx.compile(r"[ \t]+(?:" + "|".join(sorted(SIZE_UNITS)) + r")[ \t]+"
                              r"(?!(?:of|in|for|and|or|to|on|at|by|count|counts|tally|total|"
                              r"totals|share|majority|gains?|loss(?:es)?)\b)[a-z]")
#: A title after the number and a colon, in Title Case with prose after it ("2001: A Space
#: Odyssey was shown"): the number is the title's first word.
_SUBTITLE_AFTER = rx.compile(r":[ \t]+(?:(?:A|An|The)[ \t]+)?[A-Z][a-z]+[ \t]+[A-Z][a-z]+"
                             r"(?:[ \t]+[A-Z][a-z]+)*[ \t]+[a-z]")
#: A verb of reading, watching or listening right before the number: a work's title ("just
#: finished reading 1984", "listening to 1989 by ..."); a count takes its plural after it.
_CONSUMED_BEFORE = rx.compile(
    r"\b(?:(?:re-?)?read|reading|re-?reading|watch(?:ed|ing)?|re-?watch(?:ed|ing)?|"
    r"listen(?:ed|ing)?\s+to|stream(?:ed|ing)?|binged|bingeing|binging)\s+$", re.IGNORECASE)
#: What may follow a title there: the end of the clause or a word of no noun ("by", "and"...).
_TITLE_END_AFTER = rx.compile(r"\s*(?:[.,;:!?)\"”]|$|(?:by|and|on|again|for|with|in|at|to|"
                              r"while|twice|lol|is|was)\b)")


#: Runs of letters: the words of a window in lower case.
_LETTERS = rx.compile(r"[a-z]+")
#: The words (in lower case, as ``_LETTERS`` reads them) one of which each pattern needs whole
#: before the number: its alternation's words, or their first runs of letters ("re-read").
_MATH_WORDS = frozenset({"divided", "multiplied", "times", "plus", "minus"})
_MATH_OF_WORDS = frozenset({"square", "cube", "fourth", "nth", "factorial", "logarithm", "prime",
                            "divisors", "sqrt"})
_CONSUMED_WORDS = frozenset({"read", "reread", "re", "reading", "rereading", "watch", "watched",
                             "watching", "rewatch", "rewatched", "rewatching", "listen",
                             "listened", "listening", "stream", "streamed", "streaming", "binged",
                             "bingeing", "binging"})
_LABEL_WORDS = frozenset({
    "route", "flight", "bus", "room", "gate", "platform", "suite", "apartment", "flat", "unit",
    "ward", "bed", "cell", "seat", "block", "blk", "tower", "building", "bldg", "row", "exit",
    "junction", "highway", "interstate", "channel", "track", "lot", "item", "invoice", "ticket",
    "order", "no", "number", "nos", "page", "pages", "paragraph", "clause", "section", "article",
    "chapter", "rule", "form", "line", "pier", "berth", "hangar", "locker", "box", "code", "pin",
    "extension", "ext", "postcode", "zip", "level", "model", "version", "class", "bug", "issue",
    "bill", "h", "hr", "ld", "hb", "sb"})  # a state's bills: "LD 1644", "HB 2017" (s20)
#: A capitalised road's noun after a capitalised word right before four digits ("Farm Road
#: 2031", "County Rd 1998") that end their phrase (a mark, a preposition, "and") is the road's
#: number, no year; "the Wall Street 1987 crash" goes on to a noun (session 26).
_ROAD_WORDS = frozenset({"road", "rd", "street", "st", "avenue", "ave", "lane", "drive",
                         "highway", "hwy", "pike", "route"})
_ROAD_BEFORE = rx.compile(r"(?-i:\b[A-Z][a-z]+\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|"
                          r"Highway|Hwy|Pike|Route))\s+$")
_ROAD_AFTER = rx.compile(r"\s*(?:[,.;:)!?]|$|\s+(?:and|or|near|at|in|on|outside|between|"
                         r"from|to|north|south|east|west|where|which|was|is|were)\b)")
_UNION_LOCAL_WORDS = frozenset({"local"})
_COUNT_NOUN_WORDS = frozenset({"crowd", "crowds", "attendance", "attendances", "audience",
                               "audiences", "turnout", "gate", "headcount", "membership",
                               "workforce", "capacity", "tally", "total", "score",
                               "rated", "ranked", "rating", "elo"})
_PRODUCT_WORDS = frozenset(w.lower() for w in PRODUCT_NOUNS)
_WORK_WORDS = frozenset(_WORK_NOUNS)


def _words(window: str) -> frozenset[str] | None:
    """The lower-case words of an ASCII window (None for other text): where a pattern needs
    one of a few words whole and the window has none, its search is skipped. In ASCII text
    ignoring case is comparing in lower case (only "ſ", "ı", "İ" and "K" fold onto ASCII)."""
    return frozenset(_LETTERS.findall(window.lower())) if window.isascii() else None


def _may(words: frozenset[str] | None, needed: frozenset[str]) -> bool:
    """Whether a window with ``words`` (None: not read) may hold a pattern needing ``needed``."""
    return words is None or not needed.isdisjoint(words)


#: A four-digit 24-hour time with its leading zero and a range's joiner, right before four
#: digits: they end a shift ("0600 to 1800"), no year (``rules_times.clock_hhmm_range``).
_SHIFT_START_BEFORE = rx.compile(r"(?<![\w:.,$£€#/-])0\d[0-5]\d[ \t]*(?:-|–|to|till|til|until)"
                                 r"[ \t]*$")


#: A notice's four-digit time joined after one with its leading zero before a timetabled
#: run ("the 0715 and 1930 sailings"), or after "next update"/"KO" ("next update 1930"): a
#: clock time, no year (``rules_times.clock_hhmm_service``, ``clock_hhmm_update``; session 26).
_SERVICE_PAIR_BEFORE = rx.compile(rf"(?<![\w:.,$£€#/-])0\d[0-5]\d{HHMM_AND}$", re.IGNORECASE)
_SERVICE_AFTER = rx.compile(HHMM_SERVICE, re.IGNORECASE)
_UPDATE = rx.compile(HHMM_UPDATE, re.IGNORECASE)


def _notice_clock(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``text[start:end]`` are a notice's clock time (above)."""
    if _SERVICE_PAIR_BEFORE.search(text, max(0, start - 10), start) \
            and _SERVICE_AFTER.match(text, end):
        return True
    if text[max(0, start - 40):start].rstrip(" \t:@").lower().endswith(
            ("update", "updates", "off", "ko", "at", "is", "due", "around", "by")):
        # the leftmost match opening in the 40 characters before the digits, tried at each
        # of them: a search from there would run on to the end of the piece when none opens
        for p in range(max(0, start - 40), start):
            m = _UPDATE.match(text, p)
            if m is not None:
                return m.start("span") == start
    return False


def year_is_date(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``text[start:end]`` name a year rather than count things."""
    if _NEXT_UNIT.match(text, end):
        return False  # "2000 km", "1500 metres"
    if _notice_clock(text, start, end):
        return False  # "the 0715 and 1930 sailings", "next update 1930" (session 26)
    if _SHIFT_START_BEFORE.search(text, max(0, start - 12), start):
        return False  # a shift's end: "0600 to 1800" (session 25)
    if _MATH_BEFORE.search(text, max(0, start - 16), start) or _MATH_AFTER.match(text, end):
        return False  # arithmetic or a code: "1e-3 * 2048", "2024 mod 7", "postcode is 2060"
    # the words of the 48 characters before: a search below (of these 48 or of their last 24)
    # whose pattern opens with \b or a blank before one of a few words runs only if one is there
    near = _words(text[max(0, start - 48):start])
    if _MATH_WORDS_AFTER.match(text, end) or (_may(near, _MATH_WORDS) and _MATH_WORDS_BEFORE.search(
            text, max(0, start - 24), start)):
        return False  # a sum in words: "what's 2048 divided by 8", "7 times 2020"
    if (_may(near, _MATH_OF_WORDS) and _MATH_OF_BEFORE.search(text, max(0, start - 24), start)) \
            or _MATH_TEST_AFTER.match(text, end):
        return False  # maths on the number: "the square root of 1936", "2023 is a prime"
    if _SIZE_UNIT_AFTER.match(text, end):
        return False  # a size: "the 2000 piece puzzle", "a 1500 seat arena"
    if _SUBTITLE_AFTER.match(text, end) or (_may(near, _CONSUMED_WORDS) and _CONSUMED_BEFORE.search(
            text, max(0, start - 24), start) and _TITLE_END_AFTER.match(text, end)):
        return False  # a work's title: "2001: A Space Odyssey was", "listening to 1989 by"
    joined = _JOINED_AFTER.match(text, end)
    word = joined and joined.group(1)
    if joined and (word is None or word in ("strong", "year") or f"{word}s" in COUNTED_NOUNS
                   or f"{word}s" in MEASURE_UNITS):
        return False  # "a 1900-strong crowd", "a 2000-piece set", "Case 2019-CV-0412",
        # "series 1990-B" (a bond series; session 20)
    before = text[max(0, start - 24):start]
    # searched as a string of its own, where \b holds at its start: its own words, the first
    # maybe cut short
    words = _words(before)
    if _may(words, _LABEL_WORDS) and _LABEL_BEFORE.search(before):
        return False  # "Route 1999", "flight 2012", "room 1905": a number that names a thing
    if _may(words, _UNION_LOCAL_WORDS) and _UNION_LOCAL_BEFORE.search(before):
        return False  # "Auto Workers Local 1967": a union branch's number (session 28)
    if _may(words, _ROAD_WORDS) and _ROAD_BEFORE.search(before) and _ROAD_AFTER.match(text, end):
        return False  # "Farm Road 2031 and", "County Road 1998 near": a road's number (s26)
    if a_flight_number(text, start, end):
        return False  # "flight KL 1712", "BA 1947 to Lisbon": a flight's number
    if _may(near, _COUNT_NOUN_WORDS) \
            and _COUNT_NOUN_BEFORE.search(text, max(0, start - 48), start) \
            and not _POSSESSIVE_AFTER.match(text, end):
        return False  # a count: "a crowd of 1920", "Attendance was 1742", "turnout reached 2011";
        # a rating: "is rated 1820" (not "rated 2019's best": a year's possessive)
    if _PHONE_GROUPS_AFTER.match(text, end) or _PHONE_GROUPS_BEFORE.search(before):
        return False  # a phone number in groups: "call 1800 402 117", "0803 555 1947"
    if _MODEL_BEFORE.search(before) and not _REPORT_AFTER.match(text, end):
        return False  # a model's number: "the Peugeot 2008", "Battlefield 1942"
    if _MACHINE_AFTER.match(text, end) and _MAKER_BEFORE.search(before):
        return False  # a machine's model: "the Quillon 2010 tractor", "a Corsa 1600 engine"
    if _EDITION_BEFORE.search(before):
        return False  # a software edition: "Windows 2000", "Excel 2010", "Visual Studio 2022"
    if _may(near, _PRODUCT_WORDS) and _SOFTWARE_NAME_BEFORE.search(text, max(0, start - 48), start):
        return False  # a product's edition: "its billing software, PayDesk 2016"
    if _ORG_HEAD_AFTER.match(text, end) and (_THE_BEFORE.search(before)
                                             or _NAME_WORD_BEFORE.search(before)):
        return False  # an organisation's name: "The 2005 Trust gave grants", "at Meridian 2000
        # Advisors" (session 27)
    if _STATUTE_BEFORE.search(before):
        return False  # a statute's title: "charged under the Firearms Act 1968" (session 27)
    if _may(words, _WORK_WORDS) and _WORK_BEFORE.search(before) \
            and not _RANGE_AFTER.match(text, end):
        return False  # a work's title: "the album 1989", "the film 2012"
    if _THE_BEFORE.search(before) and _PLURAL_VERB_AFTER.match(text, end):
        return False  # a year takes no plural verb: "the 1975 were on stage"
    tally = _TALLY_AFTER.match(text, end) or _TALLY_BEFORE.search(before)
    if tally and (tally.group(1) in COUNTED_NOUNS or _plural_count(tally.group(1))):
        return False  # a tally: "carried by 1850 votes to 1200", "by 1650 votes against 1710"
    if _bare_tally(text, start, end):
        return False  # a tally after a result: "passed 2016 to 1804", "carried 1450 against 990"
    if _MONEY_AFTER.match(text, end) and _EARNED_BEFORE.search(before):
        return False  # a sum earned or spent: "took home 1650 after fees" (session 23)
    if _TIME_PREPOSITION.search(before) or _DETERMINER.search(before):
        return True
    if _GREETED.search(before):  # "Happy 2025 my people", not "happy 2000 customers"
        first = _NEXT_WORDS.match(text, end)
        return first is None or not (first.group(1).lower() in COUNTED_NOUNS
                                     or _plural_count(first.group(1)))
    if STREET_AFTER.match(text, end):
        return False  # a house number: "at 1823 Elm Street", "2010 Ocean Drive"
    nxt = _NEXT_WORDS.match(text, end)
    if nxt is None:
        return True
    first, second = nxt.group(1), nxt.group(2)
    if _QUANTIFIER.search(before) and first.islower():
        return False  # "some 1990 people", "nearly 2000 new homes"
    counted = [w for w in (first, second) if w and w.lower() in COUNTED_NOUNS]
    if counted and (first.lower() in COUNTED_NOUNS or first.islower()):
        return False
    # after a verb, before a plural (one lower-case word may come between): "seized 2005
    # fake notes", "has 1850 rooms"; a year still names a report ("posted 2005 earnings")
    return not (first.islower() and _VERB_BEFORE.search(before) and any(
        _plural_count(w) for w in ((first, second) if second and second.islower() else (first,))))


#: A word joined to the number by a hyphen ("-strong", "-piece", "-acre": a count, unlike
#: "-era", "-style"), or a code of capitals and digits ("2019-CV-0412": an identifier).
_JOINED_AFTER = rx.compile(r"-(?:([a-z]+)\b(?!-(?!old\b))|[A-Z]{1,4}-?\d|[A-Z](?![\w'’-]))")


#: A counted noun and "to"/"against" a number after the number: one side of a tally.
_TALLY_AFTER = rx.compile(r"[ \t]+([a-z]+)[ \t]+(?:to|against)[ \t]+\d")
_TALLY_BEFORE = rx.compile(r"\d[ \t]+([a-z]+)[ \t]+(?:to|against)[ \t]+$")


#: A verb of a result or a vote right before a number (maybe with "by"): a tally may follow.
_RESULT = (r"\b(?:passed|carried|won|lost|beat|defeated|approved|rejected|voted|adopted|"
           r"ratified|split|ended|finished)(?:[ \t]+by)?[ \t]+")
_RESULT_BEFORE = rx.compile(_RESULT + "$", re.IGNORECASE)
#: "to"/"against" and a number after the number, or a result, a number and "to" before it: the
#: other side of a bare tally.
_BARE_TALLY_AFTER = rx.compile(r"[ \t]+(?:to|against)[ \t]+(\d[\d,]*)\b")
_BARE_TALLY_BEFORE = rx.compile(_RESULT + r"(\d[\d,]*)[ \t]+(?:to|against)[ \t]+$",
                                re.IGNORECASE)


def _bare_tally(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``text[start:end]`` are one side of a tally after a result
    ("passed 2016 to 1804"): the first number no earlier year than the second, which would make
    "2009 to 2012" a range of years."""
    after = _BARE_TALLY_AFTER.match(text, end)
    if after is not None and _RESULT_BEFORE.search(text, max(0, start - 24), start):
        first, second = text[start:end], after.group(1).replace(",", "")
    else:
        before = _BARE_TALLY_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        first, second = before.group(1).replace(",", ""), text[start:end]
    return not (len(first) == 4 and len(second) == 4 and int(second) > int(first))


#: A verb of earning, paying or keeping money right before a number, maybe with a hedge
#: (session 23): "made 1800", "paid about 1200", "took home 1650".
_EARNED_BEFORE = rx.compile(
    r"\b(?:made|make|makes|making|earn|earns|earned|earning|paid|pay|pays|paying|spend|spends|"
    r"spent|spending|raise|raised|raises|raising|save|saves|saved|saving|lost|lose|loses|"
    r"losing|owe|owes|owed|owing|netted|nets|pocketed|pockets|banked|banks|charge|charged|"
    r"charges|cleared|clears|collected|(?:took|take|takes|taking)[ \t]+home|"
    r"(?:brought|bring|brings|bringing)[ \t]+in)"
    r"(?:[ \t]+(?:about|around|roughly|nearly|almost|over|just|only|barely|like))?[ \t]+$",
    re.IGNORECASE)
#: ... and after the number, what makes it money: what was taken off ("after commission",
#: "before tax"), what it came in ("in tips"), a rate ending its phrase ("a week.") or the day
#: it was made ("today") (session 23). "made 1998 a year to remember" stays a year.
_MONEY_AFTER = rx.compile(
    r"[ \t]+(?:(?:after|before)[ \t]+(?:commission|tax|taxes|fees|expenses|costs|deductions|"
    r"fuel|petrol|diesel|gas|rent|tips)|in[ \t]+(?:tips|commission|fees|cash|profits?|sales|"
    r"wages|overtime|bonus|bonuses|donations|winnings|fares)"
    r"|(?:a|per)[ \t]+(?:day|week|month|night|shift|hour|fortnight)(?=[ \t]*(?:[.,;:!?)]|$)|"
    r"[ \t]+(?:and|but|from|on|at|after|before)\b)"
    r"|today|yesterday|tonight|(?:this|last)[ \t]+(?:week|month|night|shift))\b")


#: A street's name after a number (a house number): "1823 Elm Street", "2010 Ocean Drive".
STREET_AFTER = rx.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Lane|Boulevard|"
    r"Blvd|Way|Place|Court|Terrace|Crescent|Highway|Parkway|Square)\b")
#: A verb right before a number: having, holding, losing, counting (or any past in -ed).
_VERB_BEFORE = rx.compile(
    r"(?<![\w'’-])(?!(?-i:as|its|this|his|hers|ours|yours|theirs|towards|besides|across|"
    r"whereas|plus|minus|versus|us|was)\s)"
    r"(?-i:[a-z]+ed|[a-z]{2,}s|have|had|sold|bought|lost|won|took|cut|shed|built|found|made|"
    r"sent|got|gave|need|seize|with|between|among|amongst)\s+$")
#: Plural nouns a year names ("posted 2005 earnings", "issued 2030 bonds").
_REPORTS = frozenset({
    "results", "earnings", "profits", "revenues", "sales", "figures", "levels", "prices",
    "forecasts", "estimates", "accounts", "elections", "games", "budgets", "models", "targets",
    "returns", "losses", "taxes", "dividends", "rates", "filings", "statements", "totals",
    "standards", "rules", "plans", "projections", "expectations", "goals", "contracts",
    "bonds", "notes", "debentures", "securities", "maturities", "finals", "championships",
    "olympics", "accords", "talks", "protests", "riots", "floods", "attacks", "reforms",
})


_REPORT_AFTER = rx.compile(r"[ \t]+(?:" + "|".join(sorted(_REPORTS)) + r")\b")


def _plural_count(word: str) -> bool:
    """Whether a lower-case word looks like a plural noun that things are counted in."""
    return (len(word) >= 4 and word.islower() and word.endswith("s")
            and not word.endswith(("ss", "us", "is")) and word not in _REPORTS)
