"""Calendar words that are parts of names, not times: a place or club ("Sunday Lane", "Christmas
Island"), a work's title ("the film Bright Midnight"), a paper's or a programme's ("the Sunday
Times", "Tuesday Night Quiz") or a name with a time word capitalised in running text ("Paradise
Now"). Kept apart so the recogniser asks one question per match."""

from __future__ import annotations

import re

from summarize import regex_cache as rx

from .resources.calendar_words import (
    DAY_EVENT_PLURALS,
    FIRM_SUFFIXES,
    FIXED_HOLIDAYS,
    GIVEN_NAMES,
    HOLIDAY_ALIASES,
    LOWER_CASE_HOLIDAYS,
    LOWER_LEGAL_SUFFIXES,
    LOWER_NAME_HEADS,
    LOWER_NAME_TITLES,
    LOWER_PLACE_HEADS,
    LOWER_PLACE_TITLES,
    MATCH_VERBS,
    MONTH_ABBREVIATIONS,
    MONTH_SUBJECT_VERBS,
    MONTHS,
    MOVABLE_HOLIDAYS,
    NAME_AFTER_DAY,
    NAME_BEFORE_TODAY,
    NAME_HEADS,
    NEWSPAPER_HEADS,
    ORG_HEADS,
    PARTS_OF_DAY,
    PERSON_PASTS,
    PERSON_PREDICATES,
    PET_NOUNS,
    PLACE_TITLES,
    PROGRAMME_NOUNS,
    SEASONS,
    VENUE_NOUNS,
    WEEKDAYS,
)

#: A place or club named after a calendar word: "Friday Street", "Christmas Island".
_NAME_HEAD = rx.compile(r"[ \t]+(?:" + "|".join(sorted(NAME_HEADS)) + r")\b")
#: An organisation named after a calendar word: "the September Group", "the Midsummer Trust".
_ORG_HEAD = rx.compile(r"[ \t]+(?:" + "|".join(sorted(ORG_HEADS)) + r")\b")
#: ... or a firm's legal or trade last word one or two capitalised words on: "Midnight Lamp
#: Ltd", "Morning Lark Brewery" (session 15, round 3).
_FIRM_AFTER = rx.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+(?:" + "|".join(sorted(FIRM_SUFFIXES))
                         + r")\b")
#: An age group's "under-" or "over-" before a plural of tens: "the Under-Twenties", "the
#: over-sixties club" (a team or a club, no decade) (session 15, round 3).
_AGE_GROUP_BEFORE = rx.compile(r"(?i:under|over)-$")
#: A capitalised "Weekly", "Daily"... after a capitalised word in prose: a paper's title ("the
#: Harbour Weekly"), not a frequency (session 15, round 3).
_PAPER_FREQUENCY = rx.compile(r"Weekly|Daily|Monthly|Fortnightly|Quarterly")
_CAPITALISED_BEFORE = rx.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+[ \t]+$")
#: A capitalised "Yesterday's" or "Tomorrow's" before a capitalised word: a name's first words
#: ("Yesterday's Heroes", "Tomorrow's Farms Group") in mid-sentence prose, or before a firm's
#: last word in a headline (session 15, round 3).
_NAME_POSSESSIVE_AFTER = rx.compile(r"['’]s(?:[ \t]+[A-Z][a-z]+)+")
#: A person named after a calendar word, right after the noun of their trade and before their
#: surname: "the actor Tuesday Marlowe", "the striker Sunday Okafor". With a name between
#: ("striker Ada Lund Saturday scored") the weekday stays a date, as news writes it.
_PERSON_NOUN_BEFORE = rx.compile(
    r"\b(?:actor|actress|singer|rapper|author|writer|novelist|poet|painter|artist|comedian|"
    r"presenter|broadcaster|striker|goalkeeper|midfielder|defender|winger|jockey|swimmer|"
    r"tenor|soprano|drummer|guitarist|pianist|composer|designer|chef)[ \t]+$")
#: A thanking or greeting phrase before a lone month that ends its phrase: a person's name
#: ("huge thanks to May and the crew", "happy birthday June!", "congrats April x"); a month
#: thanked in news has a determiner or a possessive ("thanks to a mild March") (session 10,
#: round 2).
_GREETED_BEFORE = rx.compile(
    r"(?:\bthanks[ \t]+(?:so[ \t]+much[ \t]+)?to|\bthank[ \t]+you|\bthx|\bty|"
    r"\bshout[ \t]*out[ \t]+to|"
    r"\bcongrats|\bcongratulations|\bcheers|\bhappy[ \t]+(?:birthday|bday)|\bhi|\bhey|\bhiya|"
    r"\blove[ \t]+you)[ \t]*,?[ \t]+$", re.IGNORECASE)
_GREETED_AFTER = rx.compile(r"[ \t]*(?:[,!?)]|\.(?!\d)|$|(?:and|&|for|x+|xo)\b)")
#: A capitalised colour before a calendar word: a title's or a name's words ("Red October",
#: "Blue Monday"); the days of history so named ("Black Monday") are matched whole before.
_COLOUR_BEFORE = rx.compile(r"(?<![\w'’-])(?:Red|Blue|Green|White|Black|Grey|Gray|Yellow|Golden|"
                            r"Silver|Purple|Pink|Scarlet|Crimson)[ \t]+$")
#: A place's noun and "of" before a calendar word: "the Isle of May", "the town of March".
_PLACE_OF_BEFORE = rx.compile(
    r"\b(?:town|city|village|hamlet|county|parish|borough|district|province|isle|island|"
    r"islands|port|bay|gulf|lake|straits?)[ \t]+of[ \t]+$", re.IGNORECASE)
#: A work's title (or a ship's, a band's, a firm's name) after the noun that names its kind
#: ("the film High Noon", "the ferry Bright Sunday", "the novel The
#: Thursday Murder Club", "the thriller Seven Days in May"), or one that goes on after the
#: match ("the sitcom Friday Night Dinner"; not "the album Tuesday in Oslo"): no time in it.
_WORK_NOUNS = frozenset({
    "film", "movie", "novel", "book", "song", "single", "album", "track", "hymn", "sitcom",
    "series", "play", "musical", "opera", "poem", "painting", "thriller", "comedy",
    "documentary", "show",
    # other things named after their kind: vessels, horses, bands, venues, firms
    "ship", "ferry", "yacht", "vessel", "boat", "tanker", "trawler", "liner", "schooner",
    "horse", "racehorse", "band", "restaurant", "pub", "bar", "café", "cafe", "hotel",
    "company", "firm", "brand", "label", "charity", "app",
    # session 13: a podcast's, an artwork's and a horse's names by their kind
    "podcast", "portrait", "sculpture", "mural", "ballet", "symphony", "mare", "colt", "filly",
    "gelding", "stallion", "greyhound"})
_WORK_BEFORE = rx.compile(
    r"\b(?:" + "|".join(sorted(_WORK_NOUNS)) + r")[ \t]+[\"“‘']?"
    r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:[A-Z][\w'’-]*|of|in|for|the|and|a|on|at|to)[ \t]+){0,3})?)$")
_CAPITAL_AFTER = rx.compile(r"[ \t]+[A-Z]")
#: A work's noun and a comma right before a Title Case run closed by another comma: the title
#: in apposition ("her debut novel, Late Spring, won"; session 14).
_WORK_APPOSED = rx.compile(r"\b(?:" + "|".join(sorted(_WORK_NOUNS)) + r"),[ \t]*[\"“‘']?$")
#: A title that goes on after the calendar word with a possessive or a preposition and an
#: article before a capitalised word ("the horse Monday's Child", "the painting Sunday in the
#: Orchard"; not "the album Tuesday in Oslo") (session 13).
_TITLE_GOES_ON = rx.compile(r"['’]s[ \t]+[A-Z]|[ \t]+(?:of|at|in|on|for|by|with|under|from|"
                            r"and)[ \t]+(?:the|a|an)[ \t]+[A-Z]")
#: ... where the work's noun opens the sentence ("The sitcom ...") or follows a preposition and
#: a determiner ("a scene from the sitcom ..."), one adjective allowed: no verb took the noun as
#: its object, so no weekday after it dates that verb ("seized the boat Friday at the Port").
_WORK_OPENS = rx.compile(
    r"(?:(?:^|[.!?:]\s+)[\"“‘']?(?:The|A|An|Her|His|Their|Our|My)|"
    r"\b(?:of|from|in|on|about|for|with|by|as|like|to)\s+(?:the|a|an|his|her|their|its|my|"
    r"our|your))\s+(?:[a-z][\w-]*\s+)?$")
#: A phrase of two or more words, every one capitalised ("The Day After Tomorrow", "Next
#: Summer"): after a work's noun a title, as prose writes such a phrase in lower case.
_TITLE_CASE_RUN = rx.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")
#: A word prose writes in lower case, capitalised inside a name ("Apocalypse Now", "the
#: Midnight Oil drummer"): not opening a sentence, after a capitalised word that is no
#: preposition, or before a capitalised word, in mixed-case prose (not a headline).
_NAME_TIME_WORD = rx.compile(r"(?:The[ \t]+)?(Now|Noon|Midnight|Tonight|Tomorrow|Yesterday)")
_WORD_BEFORE = rx.compile(r"(?:^|[.!?:]\s*|(\S+)[ \t]+)$")
_NAME_WORD_AFTER = rx.compile(r"[ \t]+[A-Z][a-z]+\b(?!['’])")
_PREPOSITION = frozenset({"At", "By", "Until", "Till", "Since", "From", "Before", "After",
                          "Around", "About", "Past", "For", "Of", "On", "In", "Through", "But",
                          "And", "Or", "So", "Yet", "Even", "Only", "Just", "Right", "Not"})
#: ... written with its first letter before the look-behind (``(?<![\w'’])[a-z]{4,}\b`` read
#: the same characters: the look-behind now spans the letter and the one before it) so that
#: the search opens with a character class and skips other characters in C.
_PROSE_WORD = rx.compile(r"[a-z](?<![\w'’][a-z])[a-z]{3,}\b")
#: Words that make the calendar word after them a name: a person's title or a storm's
#: ("Uncle Monday", "Father Christmas", "Storm Sunday").
_NAME_TITLES = frozenset({
    "Father", "Mother", "Uncle", "Aunt", "Auntie", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lady",
    "Lord", "Hurricane", "Storm", "Typhoon", "Cyclone",
    # newswire's abbreviated titles, written with or without the point ("Gov. March", "Sen.
    # May"): the point is stripped before the look-up
    "Gov", "Sen", "Rep", "Gen", "Col", "Capt", "Lt", "Sgt", "Prof", "Rev", "Supt", "Insp",
    "Cmdr", "Adm", "Maj",
    # trades and offices written as a title before a name (session 10: "Nurse August")
    "Professor", "Nurse", "Judge", "Coach", "Councillor", "Councilor", "Inspector", "Detective",
    "Sergeant", "Constable", "Captain", "Bishop", "Sister", "Pastor"})
#: One capitalised word: a name's ("Addams", "Ruth").
_BARE_WORD = rx.compile(r"[A-Z][a-z]+")
#: Relatives' nouns that both a person's possessive takes and a name follows ("Ann's sister",
#: "my sister April").
_RELATIVES = (r"mum|mom|mother|dad|father|sister|brother|husband|wife|boyfriend|girlfriend|son|"
              r"daughter|cousin|gran|grandma")
#: A possessive before (an adjective and) a relative, a friend or a pet: only a person has them
#: (session 24: grandparents, aunts and uncles, nieces and nephews, in-laws, flatmates).
_KIN_AFTER = rx.compile(
    rf"['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:{_RELATIVES}|parents|fianc[eé]e?|partner|baby|kids|"
    r"children|family|friends?|mates?|grandad|dog|cat|puppy|puppies|kitten|pet|granny|grannie|"
    r"nan|nana|nanna|nanny|grandpa|granddad|grandmother|grandfather|grandparent|grandkid|"
    r"grandchild|grandchildren|grandson|granddaughter|aunt|auntie|aunty|uncle|niece|nephew|"
    r"stepmum|stepmom|stepdad|stepson|stepdaughter|in-laws|hubby|bestie|bff|bf|gf|flatmate|"
    r"housemate|roommate|godmother|godfather|goddaughter|godson)s?\b")
#: A weekday and a capitalised part of day before another capitalised word: a title
#: ("Friday Night Lights", "Sunday Morning Service"), in prose a weekday's night is lower case.
_DAY_AND_PART = rx.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+"
                           r"(?:Night|Morning|Evening|Afternoon)")


def part_of_a_name(text: str, m: re.Match[str], kind: str = "") -> bool:
    """Whether the match ``m`` (of a rule of ``kind``) in ``text`` is part of the name of a
    place, club, work, person or thing."""
    s, e = m.span()  # read once: the checks below ask for them again and again
    word_end = text[e - 1:e].isalpha()  # a head or a firm's word may follow
    if word_end and _NAME_HEAD.match(text, e):
        return True  # a place or club: "Friday Street", "Christmas Island", "24 March Road"
    if word_end and _ORG_HEAD.match(text, e) \
            and not (_WEEKDAY_CUE if kind == "weekday" else _DATE_CUE).search(
                text, max(0, s - 12), s):
        return True  # an organisation: "the September Group", "The Midsummer Trust"
    if word_end and text[max(text.rfind(" ", s, e) + 1, s)].isupper() \
            and _FIRM_AFTER.match(text, e) \
            and not _DATE_CUE.search(text, max(0, s - 12), s):
        return True  # a firm: "Midnight Lamp Ltd", "that Morning Lark Brewery" (session 15)
    # the hyphen (or a newline, where "$" also matches) right before: most matches skip the search
    if text[s - 1:s] in ("-", "\n") \
            and _AGE_GROUP_BEFORE.search(text, max(0, s - 6), s):
        return True  # an age group: "the Under-Twenties", "an over-sixties club" (session 15)
    if text[s].islower() and " " not in m.group(0) and (_lower_case_name(text, m)
                                      or (kind == "month" and _lower_case_month_person(text, m))):
        return True  # a post's firm, place or person: "noon dairy", "dr noon" (session 15)
    # a capital or "the" opens every match _named_by_its_context reads on (its _ONE_WORD)
    if (text[s].isupper() or text[s] == "t") and _named_by_its_context(text, m):
        return True  # session 14: "the Daybreak nightclub", "known as Midday", "Noon & Night"
    if _season_of_year_title(text, m):
        return True  # a song's title: "he still hums Summer of '69" (session 14)
    if kind == "month" and _KIN_AFTER.match(text, e):
        return True  # a person's: "april's dog", "June's husband" (a month has no kin)
    if "unit" in m.re.groupindex and _counted_unit_in_a_title(text, m):
        return True  # "Seven Years in Tibet", "28 Days Later": prose writes a unit lower case
    if kind == "pod" and _part_of_day_in_a_name(text, m):
        return True  # a paper's or a ship's: "the Evening Chronicle", "The Dawn Voyager"
    if (text[s - 5:s] == "NEWS " or text[s - 10:s] == "THE WORLD ") \
            and _programme_after_news(text, s, e):
        return True  # a programme's name: "ABC NEWS WORLD NEWS TONIGHT" (session 24), "BBC
        # THE WORLD TONIGHT", "THE WORLD THIS WEEKEND" (session 26)
    if kind in ("year", "season") and text[e - 1].isdigit() and _quoted_year_title(text, m):
        return True  # a title's year: 'the comedy "Class of '79"', '"Harbour 1977," sold'
    if not text[s].isupper():
        return False
    if kind == "month" and _GAELIC_SURNAME_AFTER.match(text, e) and " " not in m.group(0) \
            and not _DATE_CUE.search(text, max(0, s - 12), s):
        return True  # a given name before an O'/Mc/Mac surname: "tag reads MAY O'HARE" (s23)
    if kind == "month" and text[s + 1:s + 2].isupper() and _SPEAKER_LABEL_AFTER.match(text, e) \
            and _LABEL_OPENS.search(text, max(0, s - 4), s) and " " not in m.group(0):
        return True  # a transcript's speaker: "JUNE OKORO, HARBOUR TRUST:" (session 25)
    # the checks below read a capitalised match only (both of these need one of its capitals)
    if _PAPER_FREQUENCY.fullmatch(text, s, e) \
            and _CAPITALISED_BEFORE.search(text, max(0, s - 30), s) \
            and _in_prose(text, m):
        return True  # a paper's title: "edited the Harbour Weekly" (session 15)
    if _possessive_name(text, m):
        return True  # "Volunteers at Yesterday's Heroes", "Tomorrow's Farms Group" (session 15)
    if _quoted_title(text, m, kind) or _pet_named(text, m):
        return True  # 'starred in "Sunday Lunch"', "her dog, Monday, ran off" (session 13)
    if _programme_or_band(text, m, kind):
        return True  # "hosts the Monday Teatime Show", "booked the Thursday Herons" (session 14)
    lo = max(0, s - 60)
    work = None if _WORK_NOUNS.isdisjoint(text[lo:s].split()) \
        else _WORK_BEFORE.search(text, lo, s)  # the split is cheaper than the search
    if work and (work.group(1) or _CAPITAL_AFTER.match(text, e)
                 or _TITLE_CASE_RUN.fullmatch(text, s, e)
                 or (_TITLE_GOES_ON.match(text, e)
                     and _WORK_OPENS.search(text, max(0, work.start() - 40), work.start()))) \
            and not any(c.isdigit() for c in text[s:e]):  # "a hotel ... May 1"
        return True  # a title: "the film High Noon", "the sitcom Friday Night Dinner"
    if text[e:e + 1] in (",", "'", "’", " ") and _apposed_title(text, m):
        return True  # a title between commas: "her novel, Late Spring, won" (session 14)
    if kind in ("month", "weekday", "season", "holiday", "pod") \
            and _performed_title(text, m, kind):
        return True  # a song or a piece performed: "the choir sang Autumn Rain", "opened
        # with October"
    if kind == "holiday" and not any(m.groupdict().get(k) for k in ("rel", "year")) \
            and _holiday_in_a_name(text, m):
        return True  # an event's or a treaty's name: "the Easter Rising", "Good Friday Agreement"
    if _title_case_opener(text, m, kind):
        return True  # a title in running text: "hummed Last Christmas"
    if kind in ("month", "holiday", "weekday") and _BARE_WORD.fullmatch(text, s, e):
        return _named_after_a_word(text, m) or (kind == "weekday" and _between_names(text, m)) \
            or _named_place_or_person(text, m) or (kind == "month" and (
                _greeted(text, m) or _month_as_a_surname(text, m) or _kin_named(text, m)
                or _person_by_context(text, m))) \
            or _a_person_by_verb(text, m, kind)
    return _time_word_in_a_name(text, m)


#: A lower-case noun that ends a firm's or a place's name (``LOWER_NAME_HEADS``), right after
#: the calendar word: "noon dairy", "december holdings", "christmas quay".
_LOWER_HEAD = rx.compile(r"[ \t]+(?:" + "|".join(sorted(LOWER_NAME_HEADS))
                         + r")(?![\w'’-])")
_LOWER_PLACE_HEAD = rx.compile(r"[ \t]+(?:" + "|".join(sorted(LOWER_PLACE_HEADS))
                         + r")(?![\w'’-])")
#: A street's noun after a lower-case holiday, not going on to a gathering, a market or works
#: ("hogmanay lane flats"; not "xmas street party", "christmas road closures") (session 26).
_HOLIDAY_STREET_AFTER = rx.compile(
    r"[ \t]+(?:lane|street|road|close|drive)(?![\w'’-])(?![ \t]+(?:party|parties|markets?|"
    r"fairs?|lights|closures?|works|trips?|races?|shows?|parades?|sales?)\b)")
#: One more lower-case word and a firm's legal suffix: "midnight kettle ltd", "june orchard plc".
_LOWER_FIRM_AFTER = rx.compile(r"[ \t]+[a-z]+[ \t]+(?:" + "|".join(sorted(LOWER_LEGAL_SUFFIXES))
                               + r")(?![\w'’-])")
#: A lower-case title (or a lake's first word) and the word before it, before a calendar word.
_LOWER_TITLE_BEFORE = rx.compile(r"(?:^|[^\w'’]|(\w+)[ \t]+)(\w+)\.?[ \t]+$")
#: Determiners and possessives before a title or a lake: "the coach monday", "my lake friday".
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "my", "our", "your", "his", "her",
                          "their", "its"})


def _lower_case_name(text: str, m: re.Match[str]) -> bool:
    """Whether a lower-case calendar word in a post is a firm's, a place's or a person's name
    word: before a firm's or a place's last noun with no date cue before ("noon dairy",
    "midnight lamp ltd"), or after a title or a lake's word with no determiner ("dr noon",
    "lake friday"); posts write names in lower case, so capitals cannot tell them."""
    end = m.end()
    if text[end - 1:end].isalpha() and (_LOWER_HEAD.match(text, end)
                                        or _LOWER_FIRM_AFTER.match(text, end)) \
            and not _DATE_CUE.search(text, max(0, m.start() - 12), m.start()):
        return True
    if text[end - 1:end].isalpha() and _LOWER_PLACE_HEAD.match(text, end):
        return True
    if _HOLIDAY_STREET_AFTER.match(text, end) and m.group(0) in LOWER_CASE_HOLIDAYS:
        return True  # a street's name: "hogmanay lane flats", "christmas road is" (session 26)
    before = _LOWER_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return False
    word = before.group(2)
    if word not in LOWER_NAME_TITLES and word not in LOWER_PLACE_TITLES:
        return False
    return before.group(1) is None or before.group(1).lower() not in _DETERMINERS


#: A pronoun and "and" before a month, a verb of a plural subject after: "me and june are",
#: "you and april have": two people, no time (session 15, round 3).
_PRONOUN_AND_BEFORE = rx.compile(
    r"(?:^|[^\w'’])(?:me|you|him|her|us|them|i)[ \t]+(?:and|&|n)[ \t]+$")
_PLURAL_VERB_AFTER = rx.compile(r"[ \t]+(?:are|were|have|had|went|got|did|do|'re|’re|'ve|’ve)\b"
                                r"|(?:'re|’re|'ve|’ve)\b")
#: A lower-case surname in the possessive after a month: "ella june ramsey's new single".
_SURNAME_POSSESSIVE_AFTER = rx.compile(r"[ \t]+[a-z]+['’]s\b")


def _lower_case_month_person(text: str, m: re.Match[str]) -> bool:
    """Whether a lower-case month in a post is a person's name: after a pronoun and "and" before
    a plural verb ("me and june are"), or a middle name between a given name and a possessive
    surname ("ella june ramsey's"), or greeted ("happy birthday june!!")."""
    lo = max(0, m.start() - 12)
    if _PRONOUN_AND_BEFORE.search(text, lo, m.start()) and _PLURAL_VERB_AFTER.match(text, m.end()):
        return True
    if _greeted(text, m):
        return True  # "happy birthday june!!": greeted, as a capitalised month (session 21)
    if _ADDRESSED_BEFORE.search(text, lo, m.start()) and _ADDRESSED_AFTER.match(text, m.end()):
        return True  # "pls tell june her lasagne was unreal", "text april that" (session 22)
    if _WITH_ME_AFTER.match(text, m.end()) or _DOING_AFTER.match(text, m.end()):
        return True  # "april and i are going", "june's bringing her brother" (session 22)
    if _kin_named(text, m) or _person_by_context(text, m):
        return True  # "my niece june has", "july can't make it" (session 23)
    prev = _WORD_BEFORE.search(text, lo, m.start())
    word = prev and prev.group(1)
    return bool(word) and word.capitalize() in GIVEN_NAMES \
        and _SURNAME_POSSESSIVE_AFTER.match(text, m.end()) is not None


#: An Irish or Scottish surname right after a month, in title case or capitals ("O'Hare",
#: "McAllister", "MACLEOD"; not "MacBook"): the month is a given name (session 23).
_GAELIC_SURNAME_AFTER = rx.compile(r"[ \t]+(?:O['’][A-Z]|Mc[A-Z]|MC[A-Z]|Mac(?!Book)[A-Z][a-z]"
                                   r"|MAC(?!BOOK)[A-Z]{2})")
#: A transcript's speaker label after a month in capitals: an all-caps surname, then a colon or a
#: comma, an all-caps title or body and a colon ("APRIL SORENSEN, TACOMA EDUCATION ASSOCIATION:",
#: "JUNE OKORO:"); a date in capitals has digits or a calendar word there (session 25).
_SPEAKER_LABEL_AFTER = rx.compile(
    r"[ \t]+(?!(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|LAST|NEXT|EARLY|LATE|MID)\b)[A-Z][A-Z'’-]+"
    r"(?:[ \t]+[A-Z][A-Z'’-]+)?[ \t]*(?::|,[ \t]+[A-Z][A-Z'’.&-]*(?:[ \t]+[A-Z][A-Z'’.&-]*){0,5}"
    r"[ \t]*:)")
#: Where a speaker's label opens: a line's or the text's start, or a sentence's end before it.
_LABEL_OPENS = rx.compile(r"(?:^|\n|[.!?\"”][ \t]+)$")
#: What a person does right after a lone month (session 23): a chat's "can't make it", a speaker's
#: verb, or "has (already) <a person's act>" ("june has already booked it"); a month's weather
#: ("april can be wet", "june is hot") names none of them.
_PERSON_DONE = (r"(?:named|texted|told|said|called|rung|rang|messaged|booked|bought|promised|"
                r"offered|asked|agreed|baked|picked)\b")
_PERSON_ACTS_AFTER = rx.compile(
    r"[ \t]+(?:(?:can['’]?t|cannot|couldn['’]?t|won['’]?t|wont)[ \t]+make[ \t]+it\b"
    r"|(?:says|said|texted|messaged|replied|reckons|reckoned|thinks|wants|knows)\b"
    rf"|(?:has|had)[ \t]+(?:already[ \t]+|just[ \t]+)?{_PERSON_DONE})"
    rf"|['’]s[ \t]+(?:already[ \t]+|just[ \t]+){_PERSON_DONE}", re.IGNORECASE)
#: A verb that gives a person a thing right before the month, and the thing after it ("got june
#: a card", "send April some flowers"); not "give june a miss", "got june off to a start".
_GIVEN_BEFORE = rx.compile(r"(?<![\w'’-])(?:got|get|gets|getting|bought|buy|buying|sent|send|"
                           r"sending|gave|give|giving|owe|owes|lend|lent|wish|wished)[ \t]+$",
                           re.IGNORECASE)
_GIVEN_AFTER = rx.compile(r"[ \t]+(?:an?|some|her|his|my|our|your|their)[ \t]+(?!(?:miss|month|"
                          r"year|week|time|go|rest|break)\b)[a-z]", re.IGNORECASE)
#: A verb of meeting right before a lone month and a person's word after it ("see june for
#: a coffee", "met april and her mum", "visit june at her flat"): a person (session 24).
_MET_BEFORE = rx.compile(r"(?<![\w'’-])(?:see|seeing|saw|meet|meeting|met|visit|visiting|"
                         r"visited|hug|hugged)[ \t]+$", re.IGNORECASE)
_MET_AFTER = rx.compile(r"[ \t]+(?:(?:and|&|n)[ \t]+)?(?:her|his|him|my|our|their)\b"
                        r"|[ \t]+for[ \t]+(?:a[ \t]+)?(?:coffee|lunch|dinner|drinks?|brunch|"
                        r"tea|a[ \t]+catch[ \t]*up)\b", re.IGNORECASE)
#: A month joined by "and" to another word before a plural verb and a people's noun ("jan and
#: june are twins", "June and Priya were neighbours"): two people, as months are no twins.
_TWO_BEFORE = rx.compile(r"(?<![\w'’-])[A-Za-z]+[ \t]+(?:and|&|n)[ \t]+$")
_TWO_AFTER = rx.compile(r"[ \t]+(?:and|&|n)[ \t]+[A-Za-z]+(?=[ \t]+(?:are|were)\b)")
_PEOPLE_AFTER = rx.compile(
    r"[ \t]+(?:are|were)[ \t]+(?:both[ \t]+)?(?:" + "|".join(sorted(
        (PERSON_PREDICATES - {"coming", "here"})
        | {"siblings", "besties", "mates", "neighbours", "neighbors", "dating"}))
    + r"|best[ \t]+(?:friends|mates)|a[ \t]+couple)\b", re.IGNORECASE)


def _person_by_context(text: str, m: re.Match[str]) -> bool:
    """Whether a lone month is a person by what is said of it (session 23): what a person does
    after it ("april can't make it", "june has already named him"), a thing given to it ("got
    june a card"), or a pair of people it makes with another word ("jan and june are twins")."""
    s, e = m.span()
    if _PERSON_ACTS_AFTER.match(text, e):
        return True
    if _GIVEN_BEFORE.search(text, max(0, s - 10), s) and _GIVEN_AFTER.match(text, e):
        return True
    if _MET_BEFORE.search(text, max(0, s - 10), s) and _MET_AFTER.match(text, e):
        return True  # "see june for a coffee", "met april and her mum" (session 24)
    if _TWO_BEFORE.search(text, max(0, s - 20), s):
        return _PEOPLE_AFTER.match(text, e) is not None
    pair = _TWO_AFTER.match(text, e)
    return pair is not None and _PEOPLE_AFTER.match(text, pair.end()) is not None


#: A verb of speaking or writing to someone right before a lower-case month in a post, and
#: what follows its object ("tell june her", "text april that", "ask may if"): a person.
_ADDRESSED_BEFORE = rx.compile(r"\b(?:tell|text|ask|call|ring|message|msg|remind|thank|thank"
                               r"s|invite|email|dm|pm)[ \t]+$")
_ADDRESSED_AFTER = rx.compile(r"[ \t]+(?:her|his|him|my|our|that|to|if|about|what|when|how|i|"
                              r"we|you|the)\b|[ \t]*(?:[,!?]|$)")
#: "and i"/"and me" after a lower-case month ("april and i are doing a class"), or its "'s"
#: before a verb's "-ing" and what that verb takes ("june's bringing her brother"): a person.
_WITH_ME_AFTER = rx.compile(r"[ \t]+(?:and|&|n)[ \t]+(?:i|me)\b")
_DOING_AFTER = rx.compile(r"['’]s[ \t]+[a-z]+ing[ \t]+(?:her|his|the|a|an|over|round|home|"
                          r"back|with|up|out|us|me|them|it)\b")


#: One to two more capitalised words and a programme's noun after a calendar word: a show's
#: name ("the Monday Teatime Show", "the Friday Night Quiz") (session 14, round 2).
_PROGRAMME_AFTER = rx.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+(?:" + "|".join(sorted(
    PROGRAMME_NOUNS)) + r")\b")
#: A capitalised plural right after "the" and a weekday, then a mark or a lower-case word: a
#: band's or a team's name ("signed the Thursday Herons, a trio", "the Saturday Gulls played").
_THE_BEFORE = rx.compile(r"(?:\bthe|(?:^|[.!?]\s+)The)[ \t]+$")
#: ... or the last word of a newspaper's name, its possessive or a mark or a word after it.
_PAPER_AFTER = rx.compile(r"[ \t]+(?:" + "|".join(sorted(NEWSPAPER_HEADS))
                          + r")(?=['’]s\b|[ \t]*[,;:.!?)]|[ \t]+[a-z]|$)")
_PLURAL_NAME_AFTER = rx.compile(r"[ \t]+([A-Z][a-z]+s)(?=[ \t]*[,;:.!?)]|[ \t]+[a-z])")


def _programme_or_band(text: str, m: re.Match[str], kind: str) -> bool:
    """Whether a capitalised calendar word opens a Title Case programme's name ("the Sunday
    Teatime Show") or, after "the", a weekday names a band or a team with a capitalised plural
    ("the Thursday Herons played") in prose: a name, no time (session 14, round 2)."""
    if not _BARE_WORD.fullmatch(text, m.start(), m.end()) or not _in_prose(text, m):
        return False
    if _PROGRAMME_AFTER.match(text, m.end()):
        return True
    if kind != "weekday" or not _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False
    paper = _PAPER_AFTER.match(text, m.end())
    if paper is not None:
        return True  # a newspaper: "readers of the Sunday Crier" (session 15, round 2)
    band = _PLURAL_NAME_AFTER.match(text, m.end())
    return band is not None and band.group(1).lower() not in _DATE_WORDS \
        and band.group(1) not in DAY_EVENT_PLURALS


#: A verb of performing a piece right before a title (a run of up to three capitalised words
#: may come first: "sang Sunday Bloody Sunday"): "sang", "hummed", "covered", "opened with"...
#: (session 13). Not "played": a team "played Sunday".
_PERFORMED_BEFORE = rx.compile(
    r"\b(?:s[aiu]ng|sings|singing|hum(?:s|med|ming)?|whistl(?:e|es|ed|ing)|croon(?:s|ed|ing)?|"
    r"belt(?:s|ed|ing)?[ \t]+out|cover(?:s|ed|ing)|perform(?:s|ed|ing)|recit(?:e|es|ed|ing)|"
    r"(?:open|clos|end|finish)(?:ed|es|s|ing)?[ \t]+with|danc(?:e|es|ed|ing)[ \t]+to)[ \t]+"
    r"[\"“‘']?((?:[A-Z][\w'’-]*[ \t]+(?:(?:of|the|and)[ \t]+)?){0,3})$")


def _performed_title(text: str, m: re.Match[str], kind: str) -> bool:
    """Whether a capitalised calendar word with no digit follows a verb of performing (maybe
    after a title's first words): a song's or a piece's title ("the band covered Late
    September", "she hummed Midsummer Lanterns"); a weekday only inside a title that goes on
    ("sang Sunday Bloody Sunday"; "the choir sang Sunday at the abbey" is a date) (session 13)."""
    if not text[m.start()].isupper() or any(c.isdigit() for c in text[m.start():m.end()]):
        return False
    before = _PERFORMED_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before is None or not _in_prose(text, m):
        return False
    if before.group(1) or _CAPITAL_AFTER.match(text, m.end()) \
            or _POSSESSIVE_TITLE_GOES_ON.match(text, m.end()):
        return True  # "sang Saturday Night's Alright", "sang The Twelve Days of Christmas"
    return kind not in ("weekday", "pod") and _TITLE_ENDS.match(text, m.end()) is not None


#: A title going on after a possessive ("Saturday Night's Alright for Fighting"; session 20).
_POSSESSIVE_TITLE_GOES_ON = rx.compile(r"['’]s[ \t]+[A-Z]")


#: Where a one-word title ends: a mark or a word that starts no noun phrase of its own ("opened
#: with September and ..."; not "opened with March contracts": a month modifying a noun).
_TITLE_ENDS = rx.compile(r"[ \t]*(?:[.,;:!?)\"”’]|$|[ \t]+(?:and|as|for|at|in|on|to|while|"
                         r"with|from|by|before|after|again|twice|tonight|live)\b)")


#: A quoted run of two to six words, each capitalised or a title's small word ('"Sunday
#: Lunch"', "'Late October'", '"A Week in May"'): a title (session 13).
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|of|in|at|on|the|a|an|and|for|to|with)"
_QUOTED_TITLE = rx.compile(
    r"(?:[\"“‘']|``[ \t]?)((?:[A-Z][\w'’-]*)"  # ``Ten Days in May'': tokenised quotes (s21)
    rf"(?:[ \t]+{_TITLE_WORD}){{1,5}}),?"
    r"(?:[\"”’']|[ \t]?'')"
    r"(?![\w'’])")  # American style puts a comma inside: '"Sunday Kind of Blues," sold' (s19)
#: ... and a title in apposition whose words a comma parts, closed by a comma inside the quotes
#: ('"Late Summer, Harwick," painted in 1931'; session 21); a sign's '"Closed Monday, Open
#: Tuesday"' is no title.
_QUOTED_COMMA_TITLE = rx.compile(
    rf"[\"“]((?:[A-Z][\w'’-]*)(?:,?[ \t]+{_TITLE_WORD}){{1,5}}),[\"”](?![\w'’])")
#: A quoted count of days or hours in a month, season or day: a title's shape ("Ten Days in
#: May", "Nine Hours in November"), no headline's date, which has a verb (session 21).
_COUNTED_IN_TITLE = rx.compile(
    r"(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|"
    r"Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Hundred|Few|Many|Last|Lost|Long)[ \t]+"
    r"(?:Days|Nights|Hours|Weeks|Months|Years|Minutes|Seconds|Summers|Winters)[ \t]+"
    r"(?:in|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*")
#: A pet's noun and its name's link ("a cat called", "her dog,"): the capitalised word after it
#: is the pet's name; "named/called the kitten" before the noun is ``_PET_NAMED_BEFORE``'s
#: (session 13).
_PET_BEFORE = rx.compile(
    r"\b(?:dog|dogs|puppy|pup|cat|kitten|pony|parrot|rabbit|bunny|hamster|tortoise|goldfish|"
    r"guinea[ \t]+pig|budgie|lamb|goat|donkey)(?:(?:[ \t]+(?:is|was))?[ \t]+(?:called|named|"
    r"nicknamed)[ \t]+|,[ \t]*|[ \t]+(?=\S+[ \t]+after\b))$", re.IGNORECASE)
#: A piece of every pet's noun the two patterns name, in lower case: where an ASCII window
#: holds none, neither can match (case folds onto an ASCII letter from "ſ", "ı", "İ" or "K"
#: alone, so in ASCII text ignoring case is comparing in lower case).
_PET_NOUN = rx.compile(r"dog|pup|cat|kitten|pony|parrot|rabbit|bunny|hamster|tortoise|goldfish|"
                       r"guinea|budgie|lamb|goat|donkey")
_PET_NAMED_BEFORE = rx.compile(
    r"\b(?:named|called|nicknamed|christened)[ \t]+(?:the|a|our|my|his|her|their)[ \t]+"
    r"(?:dog|puppy|pup|cat|kitten|pony|parrot|rabbit|hamster|tortoise|goldfish|budgie|lamb|"
    r"goat|donkey)[ \t]+$", re.IGNORECASE)


#: A lower-case preposition of time right before the calendar word inside the quotes: a quoted
#: headline's date ('"Talks Resume on Monday"'), no title's word.
_QUOTED_DATE_CUE = rx.compile(r"\b(?:on|in|at|by|until|till|since|from|before|after)[ \t]+$")


def _quoted_title(text: str, m: re.Match[str], kind: str = "") -> bool:
    """Whether the match lies inside quotes that hold a Title Case run of two to six words in
    mixed-case prose: a work's title, no time ('starred in "Sunday Lunch"') (session 13). A
    preposition before a day or a month makes it a quoted headline's date ('"Talks Resume on
    Monday"'); a part of day or a season after one stays a title's ('"Harbour at Dusk"',
    '"Ninety Days in Spring"'; session 19), and so does a month after a count of days ('"Ten
    Days in May"'; session 21)."""
    lo, hi = max(0, m.start() - 50), min(len(text), m.end() + 50)
    for q in (*_QUOTED_TITLE.finditer(text, lo, hi), *_QUOTED_COMMA_TITLE.finditer(text, lo, hi)):
        if q.start(1) <= m.start() and m.end() <= q.end(1):
            return _in_prose(text, m) and not any(c.isdigit() for c in q.group(1)) \
                and (kind in ("pod", "season")
                     or not _QUOTED_DATE_CUE.search(text, q.start(1), m.start())
                     or _COUNTED_IN_TITLE.fullmatch(q.group(1)) is not None)
    return False


#: Title Case words and a closing quote after a year ('Hotel 1989,"', 'of '79" opened'), and
#: an opening quote and Title Case words before it, its first word capitalised (session 24).
_YEAR_TITLE_END = rx.compile(rf"(?:[ \t]+{_TITLE_WORD}){{0,4}},?(?:[\"”’']|[ \t]?'')(?![\w'’])")
_YEAR_TITLE_OPEN = rx.compile(
    rf"(?:[\"“‘']|``[ \t]?)(?:([A-Z][\w'’-]*(?:[ \t]+{_TITLE_WORD}){{0,4}})[ \t]+)?$")
#: A work's noun (or "called", "titled"...) right before the opening quote, a comma between or
#: not: what makes the quoted words a title; a quoted event's or a slogan's year ('"Expo
#: 2025"', '"Vote 2019"') stays a year (session 24).
_YEAR_TITLE_WORK = rx.compile(
    r"\b(?:" + "|".join(sorted(_WORK_NOUNS)) + r"|record|drama|called|titled|entitled|dubbed)"
    r",?[ \t]*$")


#: What ends a programme's name after "NEWS": the line's end, two blanks (a transcript's
#: header runs on with the presenter's name) or a capitalised word (session 24).
_PROGRAMME_END = rx.compile(r"[ \t]*(?:\n|$)|[ \t]{2}|[ \t]+[A-Z]{2,}\b(?!['’:])")


def _programme_after_news(text: str, s: int, e: int) -> bool:
    """Whether a time word in capitals right after "NEWS " (or "THE WORLD ": session 26) in a
    line of capitals ends a broadcast's name ("CBS NEWS EVENING NEWS TONIGHT  JANE DOE, CBS
    NEWS", "WEEKEND NEWS SUNDAY", "BBC THE WORLD TONIGHT"): the programme's, no time (session
    24). A possessive or a colon after it, or a colon after "NEWS", is a headline's day
    ("NEWS: SATURDAY'S FIRE KILLS 3")."""
    if not text[s:e].isupper():
        return False
    line = text[text.rfind("\n", 0, s) + 1:s]
    return not any(c.islower() for c in line) and _PROGRAMME_END.match(text, e) is not None


def _quoted_year_title(text: str, m: re.Match[str]) -> bool:
    """Whether a year (four digits, or "'79") ends a quoted Title Case title of one to five
    words before it and up to four after, right after a work's noun or "called"/"titled" (a
    comma may come between), in mixed-case prose: the title's word, no year
    ('the comedy "Class of '79"', 'her album "Hotel 1989," reached'); a preposition of time
    right before it makes a quoted headline's date ('"Floods Hit Coast in 2019"'), and a
    quoted sentence has lower-case words ("'We sold it in 1984,' she said") (session 24)."""
    s, e = m.span("span") if "span" in m.re.groupindex and m.start("span") >= 0 else m.span()
    end = _YEAR_TITLE_END.match(text, e)
    if end is None:
        return False
    opened = _YEAR_TITLE_OPEN.search(text, max(0, s - 60), s)
    if opened is None or (opened.group(1) is None and not text[s].isupper()):
        return False  # a quoted year alone ('the album "1989"') is the album rule's
    return not _QUOTED_DATE_CUE.search(text, opened.start(), s) \
        and _YEAR_TITLE_WORK.search(text, max(0, opened.start() - 16), opened.start()) \
        is not None and _in_prose(text, m)


def _pet_named(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised calendar word is a pet's name: after "a cat called", "her dog,"
    (an apposition closed by a comma) or "named the puppy" (session 13)."""
    lo = max(0, m.start() - 40)
    window = text[lo:m.start()]
    if window.isascii() and _PET_NOUN.search(window.lower()) is None:
        return False  # both patterns need a pet's noun, a cheap search in lower case
    if _PET_NAMED_BEFORE.search(text, lo, m.start()):
        return True
    pet = _PET_BEFORE.search(text, lo, m.start())
    if pet is None:
        return False
    if pet.group().rstrip().endswith(","):
        return text[m.end():m.end() + 1] == ","  # "her dog, Monday, ran off"
    return True


def _greeted(text: str, m: re.Match[str]) -> bool:
    """Whether a lone capitalised month is thanked or greeted and ends its phrase: a person
    ("huge thanks to May and the Tuesday crew"), as a month is never thanked bare."""
    return _GREETED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None \
        and _GREETED_AFTER.match(text, m.end()) is not None


#: A verb of speech or messaging right after a word that opens its sentence: its subject is a
#: person ("Sunday says hi", "April texted"); a day opening news is no speaker (session 13).
_SPEAKS_AFTER = rx.compile(r"[ \t]+(?:says|said|texted|messaged|replied|wrote|asked|told)\b")
#: A verb whose object is a person, right before a lone month: "add April to the chat",
#: "ask June", "remind August" (session 13); a month's date has "in", "for" or "to" before it.
_PERSON_VERB_BEFORE = rx.compile(
    r"(?<![\w'’-])(?:add|invite|ask|tell|text|call|ring|phone|message|ping|dm|email|e-mail|cc|"
    r"tag|remind|thank|hug)[ \t]+$", re.IGNORECASE)


def _a_person_by_verb(text: str, m: re.Match[str], kind: str) -> bool:
    """Whether a lone capitalised month or weekday opens its sentence before a verb of speech
    ("Sunday says hi x") or a month is the object of a verb that takes a person ("add April to
    the group chat"): a person's name, no time (session 13)."""
    if kind not in ("month", "weekday"):
        return False
    if _SPEAKS_AFTER.match(text, m.end()) \
            and _LINE_START.search(text, max(0, m.start() - 4), m.start()):
        return True
    does = _MONTH_DOES_HIS.match(text, m.end()) if kind == "month" else None
    if does and does.group(1) not in MONTH_SUBJECT_VERBS \
            and _LINE_START.search(text, max(0, m.start() - 4), m.start()):
        return True  # "June's teaching her nephew to swim", "October lost his keys" (round 2)
    return kind == "month" and _PERSON_VERB_BEFORE.search(
        text, max(0, m.start() - 12), m.start()) is not None


#: After a month opening its sentence: "'s" and a verb in -ing, or a verb in the past, then
#: within three words a pronoun of a person ("April's learning to ride her bike", "August
#: passed his driving test"): the month is the pronoun's person (session 14, round 2).
_MONTH_DOES_HIS = rx.compile(
    r"(?:['’]s[ \t]+(?=[a-z]+ing\b)|[ \t]+(?=[a-z]+ed\b|(?:" + "|".join(sorted(PERSON_PASTS))
    + r")\b))([a-z]+)"
    r"(?:[ \t]+(?!be\b|been\b)[a-z]+){0,3}?[ \t]+(?:his|her|himself|herself)\b")


def names_a_title(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether a capitalised weekday (with its part of day) or "Today" (``g``: the match's
    groupdict) starts the name of a paper, a programme or a person ("the Sunday Times",
    "Tuesday Night Quiz", "USA Today", "Wednesday Addams")."""
    key = "dw" if g.get("dw") else "pod" if g.get("pod") else "wd"
    word = g.get(key) or ""
    if not word[:1].isupper() or g.get("rel") or g.get("mod"):
        return False
    after = _NEXT_WORD.match(text, m.end(key), m.end(key) + 30)
    if after and after.group(1) in NAME_AFTER_DAY:
        if after.group(1).islower():  # "statistics published on Wednesday show that ...": a
            prev = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())  # verb
            if prev and prev.group(1) and prev.group(1).title() in _PREPOSITION:
                return False
        return True
    if signed_off(text, m, key):
        return True  # a broadcast's sign-off: "This is VOA Today." (session 29)
    if key == "pod":  # "Friday Night Lights" in prose; not "on Friday Night", nor a headline
        if not (_DAY_AND_PART.fullmatch(text, m.start(), m.end())
                and _NAME_WORD_AFTER.match(text, m.end())):
            return False
        prev = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        return not (prev and prev.group(1) and prev.group(1).title() in _PREPOSITION) \
            and _in_prose(text, m)
    if key == "wd" and after and _BARE_WORD.fullmatch(after.group(1)) \
            and after.group(1).lower() not in _DATE_WORDS \
            and _LINE_START.search(text, max(0, m.start(key) - 4), m.start(key)):
        return True  # a first name opening a sentence: "Wednesday Addams is a costume"
    if key != "dw":
        return False
    before = _PREVIOUS_WORD.search(text, max(0, m.start(key) - 12), m.start(key))
    return before is not None and before.group(1) in NAME_BEFORE_TODAY


def signed_off(text: str, m: re.Match[str], key: str) -> bool:
    """Whether a capitalised "Today" or "Tonight" (group ``key`` of ``m``, ending it) closes a
    programme's name in a broadcast's sign-off ("This is World News Tonight.")."""
    return text[m.start(key):m.end(key)] in ("Today", "Tonight") and m.end(key) == m.end() \
        and _SIGN_OFF_BEFORE.search(text, max(0, m.start(key) - 60), m.start(key)) is not None \
        and _SIGN_OFF_AFTER.match(text, m.end(key)) is not None


#: A broadcast's sign-off before a programme's name ending in "Today"/"Tonight": "This is" and
#: one to three capitalised words ("This is World News Tonight.", "This is VOA Today."), the
#: name ending its sentence; TimeBank leaves the name untagged (session 29).
_SIGN_OFF_BEFORE = rx.compile(r"(?<![\w'’])(?-i:This[ \t]+is)(?:[ \t]+(?-i:[A-Z][\w'’&.-]*)){1,3}"
                              r"[ \t]+$")
_SIGN_OFF_AFTER = rx.compile(r"[ \t]*(?:[.,;:!]|$)")


#: Words after a weekday that are no surname: date words, titles, common nouns of news.
_DATE_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS) | {
    "night", "morning", "afternoon", "evening", "noon", "midnight", "the", "and", "or", "at",
    "in", "on", "a", "an", "this", "next", "last", "week", "weekend", "president", "prime",
    "minister", "mr", "mrs", "ms", "dr", "sir", "general", "king", "queen", "pope", "police",
    "officials", "government"} | frozenset(WEEKDAYS)
#: The start of a text or sentence (an opening quote may come first); in news a weekday there
#: before a capitalised word has a comma ("Friday, Xi arrived") or a title ("Friday President").
_LINE_START = rx.compile(r"(?:^|[\n.!?]\s*)[\"“‘']?$")
_NEXT_WORD = rx.compile(r"[ \t]+(\w+)")
_PREVIOUS_WORD = rx.compile(r"(\S+)[ \t]+$")


def _possessive_name(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised lone "Yesterday" or "Tomorrow" with "'s" opens a name: in
    mid-sentence prose ("at Yesterday's Heroes"), or before a firm's last word in a headline
    ("Tomorrow's Farms Group Buys"); "Tomorrow's Forecast" opening prose stays a date."""
    if text[m.start():m.end()] not in ("Yesterday", "Tomorrow"):
        return False
    after = _NAME_POSSESSIVE_AFTER.match(text, m.end())
    if after is None:
        return False
    words = set(text[after.start():after.end()].split())
    if not words.isdisjoint(ORG_HEADS) or not words.isdisjoint(FIRM_SUFFIXES):
        return True
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return prev is not None and prev.group(1) is not None and _in_prose(text, m)


def _counted_unit_in_a_title(text: str, m: re.Match[str]) -> bool:
    """Whether a counted unit is capitalised ("One Hundred Years", "28 Days Later") in mixed-case
    prose: a title's words; a unit opening a sentence ("Days later") is no title."""
    unit = m.group("unit")
    return bool(unit) and m.start("unit") > m.start() and _BARE_WORD.fullmatch(unit) is not None \
        and _in_prose(text, m)


def _holiday_in_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether a holiday stands before a capitalised word that is no time word, with no date cue
    before it, in mixed-case prose: a name ("the Easter Rising"); "at Easter Parliament" is a
    date, and so are "Christmas Eve", "the Easter Weekend"."""
    if not _name_word_after(text, m.end()):
        return False
    return not _DATE_CUE.search(text, max(0, m.start() - 12), m.start()) and _in_prose(text, m)


def _name_word_after(text: str, end: int) -> bool:
    """Whether a capitalised word that is no time word follows ``end`` ("Rising", not "Eve")."""
    after = _NEXT_WORD.match(text, end, end + 30)
    return after is not None and _BARE_WORD.fullmatch(after.group(1)) is not None \
        and after.group(1).lower() not in _TIME_NOUNS


#: Capitalised words after a holiday that make it a time ("Easter Weekend", "Christmas Eve").
_TIME_NOUNS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {
    "day", "days", "eve", "morning", "night", "evening", "afternoon", "weekend", "week", "holiday",
    "holidays", "break", "season", "period", "recess", "term", "vacation", "time", "rush"}
#: A word that dates the holiday after it: "at Easter", "since Christmas", "last Easter".
_DATE_CUE = rx.compile(r"\b(?:in|at|on|by|over|since|until|till|before|after|during|for|from|"
                       r"through|around|this|last|next|of|and|or)[ \t]+$", re.IGNORECASE)


#: The cues that date a weekday before an organisation's last word: not "at" nor "of" ("workers
#: at Monday Mills", "members of the Tuesday Guild") (session 15, round 3).
_WEEKDAY_CUE = rx.compile(r"\b(?:on|by|over|since|until|till|before|after|during|for|from|"
                          r"through|this|last|next|and|or)[ \t]+$", re.IGNORECASE)


def _in_prose(text: str, m: re.Match[str]) -> bool:
    """Whether a lower-case word of four letters or more stands near the match: mixed-case
    prose, where a capitalised word is a name's, not a headline's, whose words all are."""
    return bool(_PROSE_WORD.search(text, max(0, m.start() - 40), m.end() + 40))


def _part_of_day_in_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised part of day (alone or after "the") before a capitalised word that
    is no time word, not opening a sentence without "the" and with no date cue before, stands
    in mixed-case prose: a name ("the Morning Ledger"); "On Friday Evening Prayer" is a time."""
    if "pre" not in m.re.groupindex or not text[m.start("pod")].isupper() or m.group("after"):
        return False
    pre = m.group("pre")
    if (pre and pre.lower() != "the") or m.start("span") != m.start():
        return False  # "This Morning", "in the Morning ..."
    if not _name_word_after(text, m.end()):
        return False
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if prev is None or (not pre and prev.group(1) is None) \
            or (not pre and _POD_CUE.search(text, max(0, m.start() - 12), m.start())):
        return False  # opening a sentence ("Morning Ministers..."), or "at Dawn"; "at the
        # Midnight Bell" is a name (session 10)
    return _in_prose(text, m)


#: A word before a part of day that makes it a time: "at Dawn", "until Midnight", "by Noon".
_POD_CUE = rx.compile(r"\b(?:at|by|since|until|till|before|after|during|through|this|last|"
                      r"next)[ \t]+$", re.IGNORECASE)


def _named_after_a_word(text: str, m: re.Match[str]) -> bool:
    """Whether a lone month, holiday or weekday follows a person's or a storm's title ("Uncle
    Monday", "Storm Sunday") or a given name ("Ruth Monday"); after a surname it stays a date
    ("Clinton Saturday vowed")."""
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    word = prev and prev.group(1)
    if word in ("Man", "Girl") and text[m.start():m.end()] == "Friday":
        return True  # "his Man Friday", "a Girl Friday": an aide (session 20)
    if word is not None and (word.rstrip(".") in _NAME_TITLES or word in GIVEN_NAMES):
        return True
    if word is not None and _BARE_WORD.fullmatch(word) is not None \
            and _POST_NOMINAL_AFTER.match(text, m.end()) is not None:
        return True  # "counsel Olu Friday KC", "Ada Monday MP": a name's letters (session 29)
    return word is not None and _BARE_WORD.fullmatch(word) is not None \
        and _TITLED_NAME_AFTER.match(text, m.end()) is not None \
        and _TITLED_GIVEN_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None


#: A person's title and one capitalised word right before a weekday: a given name and the
#: weekday a surname ("heard by Judge Amaka Sunday in Abuja"), where a preposition, a
#: relative word or a comma follows it; "Judge Okafor Monday ruled" (a surname and a date,
#: as US wire writes it) has a verb after it. Not a storm's title ("Storm Ida Sunday")
#: (session 28).
_TITLED_GIVEN_NAME_BEFORE = rx.compile(
    r"(?<![\w'’.-])(?:" + "|".join(sorted(
        t for t in _NAME_TITLES if t not in ("Hurricane", "Storm", "Typhoon", "Cyclone")))
    + r")\.?[ \t]+[A-Z][a-z]+[ \t]+$")
_TITLED_NAME_AFTER = rx.compile(r"(?:[ \t]*[,;]|[ \t]+(?:in|of|at|from|who|whose|and)\b)")


#: Letters after a name (an honour, a rank of counsel, a seat, a degree, a generation): a
#: weekday between them and a capitalised word is a surname (session 29).
_POST_NOMINAL_AFTER = rx.compile(r"[ \t]+(?:KC|QC|SC|SAN|MP|MEP|MSP|MS|TD|MBE|OBE|CBE|KBE|DBE|"
                                 r"PhD|Jr|Sr|III|II)(?![\w'’])")


#: A speaker's verb and a capitalised word right before a lone month: a person's first name
#: and surname ('"It is our turn," said Carmen April, president of'); a month as a date takes
#: a preposition or a day, and a weekday may follow a surname ("said Clinton Saturday").
_SPOKEN_BY_BEFORE = rx.compile(r"\b(?:said|says|added|explained|according\s+to|thanks\s+to)"
                               r"[ \t]+[A-Z][a-z]+[ \t]+$")
#: A list of capitalised words closed by "and" or "&" before a lone month: a list of names
#: ("thanks to Jade, Kirsty and April"); a list of months or days is read as dates.
_NAME_LIST_BEFORE = rx.compile(r"(?<![\w'’])((?:[A-Z][a-z]+,[ \t]+)+[A-Z][a-z]+),?[ \t]+(?:and|&)"
                               r"[ \t]+$")
#: Capitalised words that keep a month after them a date: calendar words and edges.
_DATE_WORDS_BEFORE = frozenset(
    {w.capitalize() for w in (*MONTHS, *WEEKDAYS, *SEASONS)}
    | {"Early", "Late", "Mid", "Last", "Next", "This", "Every", "Each", "Fiscal", "Since"}
    # one-word holidays ("Christmas", "Easter", "Ramadan"): the calendar's own lists
    | {h.capitalize() for h in (*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS, *HOLIDAY_ALIASES)
       if h.isalpha()})


#: A relative's or a friend's noun right before a name ("my sister April", "auntie June").
_KIN_BEFORE = rx.compile(
    rf"\b(?:{_RELATIVES}|aunt|auntie|aunty|uncle|niece|nephew|granny|grandmother|nan|nana|"
    r"friend|bestie|neighbou?r|colleague)[ \t]+$", re.IGNORECASE)
_DIGIT_AFTER = rx.compile(r"[ \t]*\d")


def _kin_named(text: str, m: re.Match[str]) -> bool:
    """Whether a lone capitalised month is the name of the relative or friend named right
    before it ("my sister April got a phone", "auntie June sent her list"; session 22); a day
    after it keeps a date ("her son June 3" is not read so)."""
    return _KIN_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None \
        and _DIGIT_AFTER.match(text, m.end()) is None


def _month_as_a_surname(text: str, m: re.Match[str]) -> bool:
    """Whether a lone capitalised month is a person's surname or first name: after a speaker's
    verb and a first name, or closing a list of names (session 21)."""
    lo = max(0, m.start() - 60)
    spoken = _SPOKEN_BY_BEFORE.search(text, lo, m.start())
    if spoken is not None:
        first = spoken.group().split()[-1]
        return first not in _DATE_WORDS_BEFORE and first not in _PREPOSITION
    listed = _NAME_LIST_BEFORE.search(text, lo, m.start())
    return listed is not None and _in_prose(text, m) and not any(
        w.strip() in _DATE_WORDS_BEFORE for w in listed.group(1).split(","))


def _named_place_or_person(text: str, m: re.Match[str]) -> bool:
    """Whether a lone month, holiday or weekday is a word of a place's name ("Fort Wednesday",
    "Lake Sunday", not "Pine Lake Monday"; "the Isle of May") or a person's named after their
    trade ("the actor Tuesday Marlowe")."""
    lo = max(0, m.start() - 30)
    if _PLACE_OF_BEFORE.search(text, lo, m.start()):
        return True
    if _COLOUR_BEFORE.search(text, lo, m.start()) and _in_prose(text, m):
        return True  # a title's words: "The Hunt for Red October", "a set closed by Blue Monday"
    if _PERSON_NOUN_BEFORE.search(text, lo, m.start()) and _name_word_after(text, m.end()):
        return True
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if prev is None or prev.group(1) not in PLACE_TITLES:
        return False
    two_back = _WORD_BEFORE.search(text, max(0, prev.start(1) - 30), prev.start(1))
    return two_back is None or two_back.group(1) is None or not two_back.group(1)[0].isupper()


#: A capitalised word that prose writes in lower case before a holiday ("last", "next",
#: "this"), opening a match: in mid-sentence only a title writes it so.
_CAPITAL_OPENER = rx.compile(r"(?:Last|Next|This)\b")


def _title_case_opener(text: str, m: re.Match[str], kind: str) -> bool:
    """Whether a holiday has a capitalised "Last", "Next" or "This" before it (in the match or
    right before it) after a lower-case word, in mixed-case prose: a title ("She hummed Last
    Christmas"); opening a sentence, after a capitalised word or in a headline it is a time.
    A capitalised "The" is left alone: Timeline17's check stories lost date F1 with it (a
    sentence run on without its point reads like a title)."""
    if kind != "holiday":
        return False
    start = m.start()
    if not _CAPITAL_OPENER.match(text, start):
        prev = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if not (prev and prev.group(1) and _CAPITAL_OPENER.fullmatch(prev.group(1))):
            return False
        start = prev.start(1)
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word = prev.group(1) if prev else None
    return word is not None and word.isalpha() and word.islower() and _in_prose(text, m)


def _between_names(text: str, m: re.Match[str]) -> bool:
    """Whether a weekday stands between two capitalised words (no preposition before, no time
    word after) in mixed-case prose: inside a name ("the Good Friday Agreement")."""
    prev = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if prev is None or prev.group(1) is None or not _BARE_WORD.fullmatch(prev.group(1)) \
            or prev.group(1) in _PREPOSITION:
        return False
    return _name_word_after(text, m.end()) and _in_prose(text, m)


#: A capitalised word of a closed class (a verb of being, a pronoun, a conjunction, a
#: preposition, an adverb) right after a time word: Title Case ("Now That's What I Call...");
#: not "I", nor "The" or "A", which open a name ("Yesterday The Times reported").
_CAPITAL_FUNCTION_WORD = rx.compile(
    r"[ \t]+(?:Never|Is|Was|Will|Are|Were|Has|Have|Had|That|That['’]s|It|It['’]s|We|You|They|"
    r"And|Or|But|Of|In|On|At|For|To|With|From|Only|Once|Again|Forever|Always|Too)\b")


def _time_word_in_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether a lone capitalised "Now", "Noon", "Midnight"... is a word of a name or title."""
    word = _NAME_TIME_WORD.fullmatch(text, m.start(), m.end())
    if word is None:
        return False
    if _CAPITAL_FUNCTION_WORD.match(text, m.end()):
        return _in_prose(text, m)  # only a title capitalises these: "Tomorrow Never Dies"
    prev = _WORD_BEFORE.search(text, max(0, word.start(1) - 30), word.start(1))
    if prev is None or prev.group(1) is None:
        return False  # opening a sentence: "Tomorrow the council votes"
    after = _NAME_WORD_AFTER.match(text, m.end())
    named = prev.group(1)[0].isupper() and not prev.group(1).isupper() \
        and prev.group(1) not in _PREPOSITION  # not "But Now", not "SANS FRONTIERES Yesterday"
    if not (named or after):
        return False
    return _in_prose(text, m)


#: One capitalised word, maybe after "the": the calendar word a session 14 rule looks at.
_ONE_WORD = rx.compile(r"(?:[Tt]he[ \t]+)?([A-Z][a-z]+)")
#: Calendar words prose writes in lower case: capitalised mid-sentence they are a name's.
_LOWER_TIME_WORDS = frozenset(w for w in PARTS_OF_DAY if " " not in w) | frozenset(SEASONS) \
    | {"tomorrow", "yesterday", "today", "now"}
#: ... of which a venue is named after: not the deictic words ("reopened the pub Tonight").
_NAME_LIKE_TIME_WORDS = _LOWER_TIME_WORDS - {"tonight", "tomorrow", "yesterday", "today", "now",
                                             "overnight", "lunchtime"}
_CALENDAR_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | _LOWER_TIME_WORDS
_VENUE_AFTER = rx.compile(r"[ \t]+((?i:" + "|".join(sorted(VENUE_NOUNS)) + r"))\b")
#: A venue's noun right before the word: "the cafe Midday", "a bar called" is ``_NAMED_BEFORE``'s.
_VENUE_BEFORE = rx.compile(r"\b(?i:" + "|".join(sorted(VENUE_NOUNS)) + r")[ \t]+$")
#: An ampersand joining the word to a capitalised word: a firm's or a venue's name.
_AMPERSAND_AFTER = rx.compile(r"[ \t]*&[ \t]*([A-Z][a-z]+)")
_AMPERSAND_BEFORE = rx.compile(r"([A-Z][a-z]+)[ \t]*&[ \t]*$")
#: A phrase that gives a name before the word ("known as", "nicknamed", "they call her", "a
#: singer called"); a bare "called"/"named" is a verb of news ("the union called Monday for").
_NAMED_BEFORE = rx.compile(
    r"\b(?:known[ \t]+as|nicknamed|dubbed|(?:go|goes|went)[ \t]+by|"
    r"call(?:s|ed)?[ \t]+(?:him|her|them|me|it|us|himself|herself|themselves)|"
    r"(?:artist|singer|rapper|band|dj|performer|painter|boy|girl|man|woman|guy|lady|person|"
    r"character|bar|club|restaurant|caf[eé]|shop|place|venue|horse)[ \t]+(?:called|named))"
    r"[ \t]+[\"“‘']?$", re.IGNORECASE)
#: A lower-case noun phrase opened by "a" or a possessive, then "called"/"named": a name's
#: ("a very excitable spaniel called Friday", "my goldfish named Sunday"); news's "the union
#: called Monday for a strike" has "the" and a verb (session 25).
_NOUN_NAMED_BEFORE = rx.compile(
    r"(?<![\w'’-])(?i:a|an|my|our|his|her|their|your)[ \t]+(?:[a-z]+[ \t]+){0,2}?[a-z]+[ \t]+"
    r"(?:called|named)[ \t]+$")
#: ... unless a date's words follow the name ("a man named Friday for the post" is rare; "a
#: meeting called Monday to discuss" is a verb's day).
_NOT_NAMED_AFTER = rx.compile(r"[ \t]+(?:for|to|at|on|in|by|after|morning|afternoon|evening|"
                              r"night|\d)\b")
#: "... is the name of": the word is a name.
_NAME_OF_AFTER = rx.compile(r"[ \t]+(?:is|was)[ \t]+(?:the|a|its|his|her|their|our|my)[ \t]+"
                            r"(?:[a-z]+[ \t]+)?name[ \t]+of\b")
_PETS = "|".join(sorted(PET_NOUNS))
#: A possessive and a pet's noun opening the sentence before the word: "Our dog Sunday ran off".
_PET_OWNED_BEFORE = rx.compile(
    r"(?:^|[.!?]\s+)[\"“‘']?(?:our|my|his|her|their|your)[ \t]+(?:(?:pet|little|old|new)[ \t]+)?"
    r"(?:" + _PETS + r")[ \t]+$", re.IGNORECASE)
#: The pet's noun after the word: "Monday the hamster escaped", "Sunday is my sister's dog".
_PET_AFTER = rx.compile(
    r"[ \t]+(?:the[ \t]+(?:" + _PETS + r")(?![\w'’-]|[ \t]+(?:show|shows|food|race|races|"
    r"trials?|fair|market|walk)\b)|(?:is|was)[ \t]+(?:my|our|his|her|their|your|the|a)[ \t]+"
    r"(?:[\w'’]+[ \t]+){0,2}?(?:" + _PETS + r"|friend|neighbour|neighbor|sister|brother|"
    r"cousin|colleague|flatmate|roommate)(?![\w'’-]))", re.IGNORECASE)
#: A team's name ending in a weekday, opening the sentence ("Glenwick Saturday beat Arden Rovers
#: 3-0"): one or two capitalised words before, a match's verb and a score after.
_TEAM_BEFORE = rx.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?[ \t]+$")
_SCORE_AFTER = rx.compile(r"[ \t]+(?:" + "|".join(sorted(MATCH_VERBS)) + r")[ \t]+"
                          r"(?:[\w'’-]+[ \t]+){0,4}?\d{1,2}[-–]\d{1,2}\b")
#: Two calendar words joined by "and" before a predicate only people have: "June and Winter are
#: both coming to the party" (the first word's view; the second's is ``_PAIR_BEFORE``).
_PREDICATES = "|".join(sorted(p for p in PERSON_PREDICATES if p != "coming"))
_PERSON_PREDICATE = (r"[ \t]+(?:are|were)[ \t]+(?:both[ \t]+)?(?:(?:" + _PREDICATES + r")\b|"
                     r"coming[ \t]+(?:to|over|round|along|with)\b)")
_PAIR_AFTER = rx.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][a-z]+)" + _PERSON_PREDICATE)
_PAIR_BEFORE = rx.compile(r"([A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+$")
_PAIR_PREDICATE = rx.compile(_PERSON_PREDICATE)


def _named_by_its_context(text: str, m: re.Match[str]) -> bool:
    """Whether a lone capitalised calendar word is named by the words around it (session 14): a
    venue's ("the Daybreak nightclub", "Noon & Night"), a person's or a pet's ("known as
    Midday", "our dog Sunday", "Noon is the name of..."), a team's ("Glenwick Saturday beat
    Arden 3-0") or two people's ("June and Winter are both coming to the party")."""
    one = _ONE_WORD.fullmatch(text, m.start(), m.end())
    if one is None:
        return False
    word = one.group(1).lower()
    if word not in _CALENDAR_NAMES:
        return False
    bare = one.start(1) == m.start()
    lo = max(0, m.start() - 40)
    venue = _VENUE_AFTER.match(text, m.end()) if word in _LOWER_TIME_WORDS else None
    if venue and (venue.group(1)[0].isupper()
                  or not (bare and _POD_CUE.search(text, max(0, m.start() - 12), m.start()))):
        return True  # "the Daybreak nightclub", "at Midnight Bar"; not "until Midnight bar staff"
    if not bare:
        return False
    if word in _NAME_LIKE_TIME_WORDS and _VENUE_BEFORE.search(text, lo, m.start()) \
            and _in_prose(text, m):
        return True  # "we ate at the cafe Midday on Rook Street"
    joined = _AMPERSAND_AFTER.match(text, m.end()) or _AMPERSAND_BEFORE.search(text, lo, m.start())
    if joined and (word in _LOWER_TIME_WORDS or joined.group(1).lower() not in _CALENDAR_NAMES) \
            and _in_prose(text, m):
        return True  # "dinner at Dusk & Dawn", "the bistro Noon & Night"; not "Monday & Tuesday"
    if _NAMED_BEFORE.search(text, lo, m.start()) or _NAME_OF_AFTER.match(text, m.end()):
        return True  # "the artist known as Midday", "Noon is the name of the cafe"
    if _NOUN_NAMED_BEFORE.search(text, lo, m.start()) and not _NOT_NAMED_AFTER.match(text, m.end()):
        return True  # "a spaniel called Friday", "my goldfish named Sunday" (session 25)
    if _PET_OWNED_BEFORE.search(text, lo, m.start()) or _PET_AFTER.match(text, m.end()):
        return True  # "our cat Friday knocked...", "Monday the hamster", "Sunday is my dog"
    if word in WEEKDAYS and _SCORE_AFTER.match(text, m.end()):
        team = _TEAM_BEFORE.search(text, lo, m.start())
        if team and team.group(1) not in _PREPOSITION:
            return True  # "Glenwick Saturday beat Arden Rovers 3-0"
    if word in _LOWER_TIME_WORDS - frozenset(SEASONS) - {"now"}:
        return False
    pair = _PAIR_AFTER.match(text, m.end())
    if pair and pair.group(1).lower() in _CALENDAR_NAMES:
        return True  # "June and Winter are both coming to the party"
    before = _PAIR_BEFORE.search(text, lo, m.start())
    return before is not None and before.group(1).lower() in _CALENDAR_NAMES \
        and _PAIR_PREDICATE.match(text, m.end()) is not None


#: A capitalised season, "of" and an apostrophe's two-digit year, with no article: a title's
#: form ("Summer of '69"); with "the" or a preposition before it is the season (session 14).
_SEASON_OF_YEAR = rx.compile(r"(?:Spring|Summer|Autumn|Winter|Fall)[ \t]+of[ \t]+['’]\d\d")
_SHORT_YEAR = rx.compile(r"(?:of[ \t]+)?['’]\d\d")
_SEASON_OF_BEFORE = rx.compile(r"(?:Spring|Summer|Autumn|Winter|Fall)[ \t]+of[ \t]+$")
_LOWER_WORD_BEFORE = rx.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")
#: Words before such a phrase that leave it a time: prepositions, determiners, copulas.
_SEASON_CUES = frozenset({
    "in", "during", "since", "until", "till", "through", "throughout", "by", "from", "before",
    "after", "of", "over", "that", "this", "the", "last", "early", "late", "mid", "all", "whole",
    "entire", "a", "was", "is", "were", "be", "been", "and", "or", "back", "around"})


def _season_of_year_title(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised "Summer of '69" (season, "of", an apostrophe's year) follows a
    lower-case word that is no preposition, determiner or copula, in prose: a song's or a
    film's title ("he still plays Summer of '69"), no season (session 14)."""
    if not text[m.end() - 1:m.end()].isdigit() or m.end() < 3 or text[m.end() - 3] not in "'’":
        return False  # the form ends in its year's "'69": most matches leave here at once
    start = m.start()
    if _SHORT_YEAR.fullmatch(text, m.start(), m.end()):  # the year alone, once the season is out
        season = _SEASON_OF_BEFORE.search(text, max(0, m.end() - 20), m.end() - 3)
        start = season.start() if season else start
    if not _SEASON_OF_YEAR.fullmatch(text, start, m.end()):
        return False
    prev = _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start)
    return prev is not None and prev.group(1) not in _SEASON_CUES and _in_prose(text, m)


_CAPITALS_BEFORE = rx.compile(r"(?:[A-Z][\w'’-]*[ \t]+)*$")
#: The rest of a Title Case run after the match, a possessive's "'s" first ("Tuesday's Lantern").
_CAPITALS_AFTER = rx.compile(r"(?:['’]s)?(?:[ \t]+[A-Z][\w'’-]*)*")


def _apposed_title(text: str, m: re.Match[str]) -> bool:
    """Whether the match ends a Title Case run of two words or more set between commas right
    after a work's noun: the work's title ("their album, Early Winter, sold well") (session
    14)."""
    rest = _CAPITALS_AFTER.match(text, m.end())  # "album, Tuesday's Lantern, has" (round 2)
    end = rest.end() if rest else m.end()
    if text[end:end + 1] != ",":
        return False  # the closing comma first: it spares most matches the search back
    if any(c.isdigit() for c in text[m.start():m.end()]):
        return False
    run = _CAPITALS_BEFORE.search(text, max(0, m.start() - 40), m.start())
    start = run.start() if run else m.start()
    return _TITLE_CASE_RUN.fullmatch(text, start, end) is not None \
        and _WORK_APPOSED.search(text, max(0, start - 40), start) is not None
