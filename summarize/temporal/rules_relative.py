"""Recognition rules for deictic, anaphoric and vague references, offsets and weekdays."""

from __future__ import annotations

import re

from .patterns import (
    APPROX,
    EDGE_OF,
    MONTH,
    NOT_AFTER_SUBJECT,
    NOT_ORDINAL,
    NUMBER,
    SEASON,
    SUN_AT_PLAN,
    UNIT,
    WEEKDAY,
    WEEKDAY_ABBR_TIME,
    YEAR,
    alt,
    cased,
)
from .resources.calendar_words import (
    HOURS_BEFORE_RANGE,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_RANGE_JOINERS,
    WEEKDAYS,
)
from .resources.day_words import LOWER_DAY_SPELLINGS, TOMORROW_SPELLINGS
from .resources.post_days import (
    BOOKED_FOR_WORDS,
    CALENDAR_NOUNS,
    CHAT_DAY_EVENTS,
    CHAT_DAY_LEADS,
    CHAT_DAY_VERDICTS,
    DAY_CHOICES,
    DIARY_FOR_WORDS,
    DUE_DAY_LEADS,
    END_DAY_LEADS,
    EVENT_COPULAS,
    EVENT_NOUNS,
    FAREWELL,
    POST_CLOSING_ADVERBS,
    REMINDED,
    REMINDER_VERBS,
    RESUME_DAY_LEADS,
    ROTA_DUTIES,
    SAT_DAY_LEADS,
    SUN_PAST_VERBS,
)
from .resources.post_locale import EMOJI
from .resources.units import (
    ANAPHORIC_DAYS,
    DEICTIC_DAYS,
    FISCAL_START_VERBS,
    POST_SPELLINGS,
    POST_VAGUE_NOUNS,
    POST_VAGUE_REFS,
    RECENTLY_DATE_OPENERS,
    RECENTLY_LINKS,
    UNIT_END_ABBREVIATIONS,
    UNIT_RELATIONS,
    VAGUE_REFS,
)
from .resources.verbs import EXPECTATION_WORDS, RELEASES

_UNIT_WORDS = (r"(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal\s+year|period"
               r"|wknd|wkend|wk|(?-i:yr))")
#: Relation words; a post's spelling ("nxt") in lower case only ("NXT" names a brand).
_REL = ("(?:" + alt(r for r in UNIT_RELATIONS if r not in POST_SPELLINGS)
        + "|(?-i:" + alt(POST_SPELLINGS)[3:] + ")")
#: "later"/"earlier" before "than" compare two times ("a year later than planned"): the count
#: is the difference, a length, not a time ahead or behind.
_DIR = (r"(?:(?P<dir>ago|back|(?:earlier|later)(?!\s+than\b)|afterwards|from\s+now|hence)\b|"
        r"(?P<dir2>before|after|prior|on)(?=\s*(?:[,.;:!?)\"”]|$|and\b|but\b|when\b|as\b)"
        r"|(?<=e)\s+that\s*[,.;:!?]|(?<=r)\s+that\s*[,.;:!?]))")  # "a week before that,"

#: Words before which a post's "rn"/"atm" is a thing, not the present ("the atm", "an rn").
_THING_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in (
    "the", "a", "an", "my", "your", "ur", "our", "his", "her", "their", "this", "that", "no",
    "any", "nearest", "local", "at", "by", "of", "from", "as", "is", "was"))
#: Words that may follow a post's "rn"/"atm" ("tired atm lol", "rn i need coffee").
_CLAUSE_STARTS = ("lol", "lmao", "haha", "tho", "though", "tbh", "ngl", "and", "but", "so", "or",
                  "i", "i'm", "im", "we", "we're", "you", "u", "it", "it's", "its", "he", "she",
                  "they", "just", "still", "too", "xx", "x", "pls", "please", "thanks")
#: "as recently as <date>", "most recently in <date>": the date names the time, not "recently".
_RECENTLY_DATED = (rf"(?!(?<=recently),?\s+{alt(RECENTLY_LINKS)}\s+(?:\d|{MONTH}|{WEEKDAY}\b|"
                   rf"{SEASON}\b|{alt(RECENTLY_DATE_OPENERS)}\b))"
                   # "as recently as" before a count ("as recently as a couple of days ago",
                   # "as recently as two years ago"): the count's date names the time (s30;
                   # "as recently as anyone can remember" stays PAST_REF)
                   r"(?!(?<=\b[Aa]s\srecently)\s+as\s+(?:a|an|one|two|three|four|five|six|"
                   r"seven|eight|nine|ten|eleven|twelve|several|few|just|only)\b)")
#: A verb that places a calendar's day before "early"/"late" and "this year": "Thanksgiving
#: falls early this year", "the holidays come late this year": the adverb is the verb's, the
#: span "this year" (session 30; the season rule's "late last summer" guard for a predicate,
#: here for the present of a date's verbs; a past "fell", "came" keeps "early this year":
#: "sales fell early this year" is a time in the year, and so does "next"/"last": "the vote
#: comes early next year").
_PLACED_BEFORE = ("(?:(?!(?:early|late)\\s+this\\s+year\\b)|" + "".join(
    rf"(?<!\b{w}\s)" for w in ("falls", "fall", "comes", "come", "arrives", "arrive")) + ")")
#: Verbs (and a phrasal verb's particle) an "early"/"late" before "on <weekday>" belongs to:
#: "will close early on Thursday", "stays open late on Fridays", "went home early on Monday".
_VERB_EARLY_BEFORE = "".join(
    rf"(?<!\b{w}\s{e}\s)" for e in ("early", "late") for w in (
        "open", "opens", "opened", "opening", "close", "closes", "closed", "closing", "shut",
        "shuts", "stay", "stays", "stayed", "run", "runs", "ran", "work", "works", "worked",
        "finish", "finishes", "finished", "leave", "leaves", "left", "arrive", "arrives",
        "arrived", "sleep", "slept", "up", "out", "home", "off", "in"))
#: Words after "or" that go on with another time or a hedge ("this year or next", "the past
#: week or two", "the end of the year or early next year", "or so"): no verb of a new clause.
_OR_GOES_ON = alt((
    "so", "thereabouts", "more", "less", "longer", "shorter", "earlier", "later", "sooner",
    "next", "last", "this", "that", "the", "early", "late", "mid", "a", "an", "another", "one",
    "two", "three", "four", "five", "six", "several", "few", "even", "perhaps", "maybe",
    "possibly", "probably", "at", "in", "on", "by", "before", "after", "during", "until",
    "till", "within", "into", "beyond", "around", "about", "when", "whenever", "never", "ever",
    "not", "twice", "once", "day", "days", "week", "weeks", "weekend", "month", "months",
    "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries",
    "fortnight"))
#: "after next" that is not "after next week's ...".
_NOT_UNIT = r"(?!\s+(?:week|weekend|month|quarter|year)s?\b|\s*'s\b)"
_WEEK_REL = r"(?P<wrel>next|last|this|the\s+following|the\s+previous|the\s+same)"
#: Posts' parts of day after a weekday, in lower case: "nite", "arvo", "morn" and "eve" ("sun
#: eve", not "eve of": session 23), "aft" ("sun aft": session 26).
_POST_PODS = "(?-i:nite|arvo|morn|aft|eve(?![ \\t]+of\\b))"
#: A part of day right after a weekday ("next Monday morning"), not starting a compound.
_WD_POD = rf"(?:\s+(?P<pod>morning|afternoon|evening|night|{_POST_PODS})\b(?![-‐]\w))?"
#: ...or the parts of day of every such weekday ("on Saturday nights": a set).
_WD_PODS = (rf"(?:\s+(?P<pod>morning|afternoon|evening|night|{_POST_PODS})(?P<pods>s)?\b"
            r"(?![-‐]\w))?")
#: A mark, the end or an emoji after a post's word (not a point inside "a.m.").
_MARK_END = r"[ \t]*(?:[,;:!?)]|\.(?!\w)|$|[^\w\s'’-])"
#: What ends a post's phrase: a mark, the end, an emoji, a kiss, "and"/"but"/"so"/"lol".
_PHRASE_END = rf"(?={_MARK_END}|[ \t]+(?:x+|and|but|so|lol)(?![\w'’]))"
#: "just gone" after a weekday: the one that has passed ("Saturday just gone was mad", "sat
#: just gone 🥶"), in the span; not "just gone 9", "just gone midnight" (past an hour; session 23).
_GONE_END = (r"(?![\w'’-])(?![ \t]+(?:\d|midnight|noon|midday|half|quarter|ten|five|twenty)"
             r"(?![\w'’-]))")
_GONE = rf"(?:[ \t]+(?P<gone>just[ \t]+gone){_GONE_END})?"
#: ... and after a full weekday "gone" alone ("Monday gone we had a power cut"; session 25).
_GONE_FULL = (rf"(?:[ \t]+(?P<gone>just[ \t]+gone|gone(?![ \t]+(?:are|is|were|was)\b))"
              rf"{_GONE_END})?")
#: Lower-case weekday abbreviations but "sun" ("next fri", "on sat", "tues 4pm").
_ABBR_LOWER = "(?-i:" + alt(w for w in WEEKDAY_ABBREVIATIONS if w != "sun")[3:]
#: Weekday abbreviations in any case: inside "the last fri of the month" they are no word.
_ABBR_ANY = f"(?:{cased(WEEKDAY_ABBREVIATIONS)}|(?-i:{alt(WEEKDAY_ABBREVIATIONS)[3:]})"

#: A weekday, any spelling, ending its word: the other day of a chat's choice.
_DAY_ANY = rf"(?:{_ABBR_ANY}|{WEEKDAY})(?![\w'’-])"
_AMBIGUOUS_ABBR = ("sat", "sun", "wed", "weds")
#: Days that may open a chat's pair before "or" (session 30).
_PAIR_STARTS = frozenset(WEEKDAY_ABBREVIATIONS) | frozenset(WEEKDAYS)
#: What may follow a chat's pair of days: a question mark, a word of the choice or the plan
#: ("sat or sun for the picnic?", "wed or fri works", "fri or sat at 8"; session 30; "wed or
#: thurs to pick up the sofa?", an errand's infinitive: session 31; any end
#: of the phrase made a time-free check text of an older batch spurious).
_PAIR_AFTER = (r"(?:[ \t]*[?]|[ \t]+(?:for|to|works?|suits?|is|then|instead|next|this|ok|okay|"
               r"x+|lol|pls|please|either|better|best|good)(?![\w'’-])"
               r"|[ \t]+(?:at[ \t]+|@[ \t]*)?\d)")
#: A verb's particle after "sat"/"wed" ("sat down", "wed in secret"): no day (session 30).
_NO_PARTICLE = (r"(?![ \t]+(?:down|up|in|on|with|there|here|around|outside|beside|alone|by|"
                r"next|still|quietly|at(?![ \t]+\d)))")
#: After a "wed"/"weds" just matched, a post's "H.MM" ("weds 5.30 at the school gate"; session
#: 31): no verb "wed" takes a figure after it (not after will/to/'ll/couple/pair, nor a unit's
#: figure); read where the day is chosen and again in the tail that every such day must pass.
_WED_DOT_CLOCK = (r"(?<=wed|eds)(?<!\bwill\swed)(?<!\bto\swed)(?<!ll\swed)(?<!\bcouple\swed)"
                  r"(?<!\bpair\swed)\s(?:1[0-2]|0?[1-9])\.[0-5]\d(?![\d.,%])"
                  r"(?!\s*(?:per|%|m|km|kg|mm)\b)")
#: Where a "sat", "sun", "wed" (any case) just matched may be offered as a choice (a verb or a
#: word elsewhere: "the pair wed, Friday ..."): after a word that leads into a day ("can't do
#: weds, thurs?", "maybe sat or sun?"); at the start of a text it was a spurious time in a
#: time-free check half. Lookbehinds after the abbreviation, one per opener and word.
_CHOICE_OPENED = ("(?:" + "".join(rf"(?<!\b{a})" for a in _AMBIGUOUS_ABBR) + "|"
                  + "|".join(rf"(?<=\b{w}\s{a})" for w in ("about", "do", "either", "maybe", "on",
                                                        "say") for a in _AMBIGUOUS_ABBR) + ")")
_NOT_SUN = r"(?<![Ss]un)(?<!SUN)"
#: A chat's weekday abbreviation standing alone (session 14, round 3): before a choice of
#: another weekday ("mon or tues next wk?", "can't do weds, thurs?"; that one's week too), before
#: a verdict after its "'s" ("mon's no good") or a meal or outing ("sat brunch at ...?"); not
#: after a subject ("we sat, then"), "the"/"a"/"my"/"in" ("the sun, then rain"), nor "sun" before
#: "'s" or a meal. The words after it are taken into the match (the span is the weekday's).
_CHAT_ABBR = (
    rf"(?<![\w'’.-]){NOT_AFTER_SUBJECT}(?<!\bthe\s)(?<!\ba\s)(?<!\bmy\s)(?<!\bin\s)"
    rf"(?P<span>(?P<wd>{_ABBR_ANY}))"
    rf"(?:{_NOT_SUN}['’]s[ \t]+{alt(CHAT_DAY_VERDICTS)}\b"
    rf"|{_NOT_SUN}[ \t]+{alt(CHAT_DAY_EVENTS)}\b(?![-'’])"
    rf"|{_CHOICE_OPENED}(?=(?:[ \t]*[,/]|[ \t]+{DAY_CHOICES}\b)[ \t]*{_DAY_ANY}"
    r"(?:[ \t]+(?P<wrel>next|this)[ \t]+(?:week|wk)\b)?))")
#: ... or after a diary's noun, ending its phrase ("what's on my calendar weds", "anything in
#: the diary fri?").
_DIARY_ABBR = (rf"\b{alt(CALENDAR_NOUNS)}[ \t]+(?P<span>(?P<wd>{_ABBR_ANY}))"
               r"(?=[ \t]*(?:[,;:!?)]|\.(?!\w)|$))")


def _range_end_lookbehinds() -> str:
    """Lookbehinds that hold when a weekday abbreviation is the end of a post's range ("mon-[tue]",
    "wed & [thu]"), not of opening hours ("open mon-[fri]"): one per start and joiner, as
    Python's lookbehinds are of fixed width."""
    starts = sorted(WEEKDAY_ABBREVIATIONS)
    pos = "|".join(rf"(?<=\b{a}{re.escape(j)})" for a in starts for j in WEEKDAY_RANGE_JOINERS)
    neg = "".join(rf"(?<!\b{h}\s{a}{re.escape(j)})" for h in sorted(HOURS_BEFORE_RANGE)
                  for a in starts for j in ("-", "–"))
    return f"(?:{pos}){neg}"


#: A capitalised weekday abbreviation with its point before "and"/"or" and another weekday, as
#: US wire copy writes a pair ("will open cooling centres Wed. and Thurs."): no verb "wed" or
#: "sat" takes a capital and a point before such a pair; and the pair's end after one ("Tues.
#: and Wed."), capitalised (session 15, round 2).
_CAPITAL_ABBR = "(?-i:" + alt((w.capitalize() for w in WEEKDAY_ABBREVIATIONS),
                              case_sensitive=True)[3:]
_POINTED_PAIR = rf"(?={_CAPITAL_ABBR}\.[ \t]+(?:and|or|&)[ \t]+{_DAY_ANY})"
_POINTED_PAIR_END = "(?:" + "|".join(
    rf"(?<=\b{a.capitalize()}\.\s{j}\s)" for a in sorted(WEEKDAY_ABBREVIATIONS)
    for j in ("and", "or", "&")) + rf")(?={_CAPITAL_ABBR}\b)"
_NOT_HOURS = "".join(rf"(?<!\b{h}\s)" for h in sorted(HOURS_BEFORE_RANGE))
_JOIN = "(?:" + "|".join(re.escape(j).replace(r"\ ", r"\s+") for j in WEEKDAY_RANGE_JOINERS) + ")"
#: A post's range of weekday abbreviations, both ends days ("bakery closed wed-thu", "wed &
#: thu"), not opening hours ("open mon-fri", "mon-fri 9-5"): the start, then the end (session 11).
_RANGE_START = (rf"(?<![\w'’.-]){_NOT_HOURS}(?=(?:{_ABBR_ANY}){_JOIN}(?:{_ABBR_ANY}|{WEEKDAY})"
                r"(?![\w'’-])(?![ \t]*\d))")
_RANGE_END = rf"{_range_end_lookbehinds()}(?=[a-zA-Z]+(?![\w'’-])(?![ \t]*\d))"
#: Posts' spellings of "tomorrow", lower case only: "day after tmrw", "a week from tmrw"
#: (session 15).
_TMRW = "(?-i:" + "|".join(sorted(w for w in TOMORROW_SPELLINGS if w != "tomorrow")) + ")"
#: Deictic day words read in any case, and posts' spellings read in lower case only ("tmr",
#: not "TMR"; a capital first letter too: "Tmr at 8"; session 30).
_DEICTIC_ANY_CASE = [w for w in DEICTIC_DAYS if w not in LOWER_DAY_SPELLINGS]
_LOWER_DAYS = "(?-i:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].isalpha() else w
                                 for w in LOWER_DAY_SPELLINGS) + ")"
RULES: list[tuple[str, str, str]] = [
    # "today's GM", "in today's world": the present in general, not the publication day
    ("today_generic", "vague",
     r"\b(?P<span>(?P<phrase>(?-i:[Tt]oday)))\s?['’]s\s+(?-i:[A-Z][\w&.-]*|world|society|economy|"
     r"generation|youth|standards)\b"),
    ("deictic_day", "deictic_day",
     rf"(?:(?P<mod>early|late|later|earlier|mid)\s+)?"
     rf"(?P<dw>{alt(_DEICTIC_ANY_CASE)}|day\s+after\s+(?:tomorrow|{_TMRW})|day\s+before\s+yesterday"
     # a post's "tmr", "tonyt", "2nyt": lower case or a capital first letter (session 30)
     rf"|(?<![\w@#/'’-]){_LOWER_DAYS})"
     r"\b"),
    # not before a gerund: "late in the day after falling 250 points" is "the day"
    # "the end of the day", "the start of the same day": the day with a mod, one expression
    ("anaphoric_day", "anaphoric_day",
     rf"(?:\b(?P<mod>{EDGE_OF})\s+"
     r"(?=the\s+(?:same\s+|next\s+|following\s+)?day\b))?"
     rf"\b(?P<phrase>{alt(ANAPHORIC_DAYS)})\b(?!\s+of\b)"
     # "that date palm", "that date loaf": the fruit (session 27)
     r"(?!(?<=date)\s+(?:palms?|trees?|fruits?|groves?|farms?|orchards?|stones?|loaf|loaves|"
     r"cakes?|syrup|paste|squares?|scones?|sugar|honey|seeds?|pits?|crops?|harvests?)\b)"
     r"(?!(?<=after)\s+\w+ing\b)(?!(?<=before)\s+\w+ing\b)"),
    ("weekday", "weekday",
     r"(?:(?P<rel>last|next|(?-i:nxt)|this|this\s+past|this\s+coming|coming|the\s+previous"
     r"|the\s+following|the\s+next|that|the\s+same|past"
     # "on the Wednesday," / "on the Tuesday at": a day of the story's week (session 25);
     # "By the Friday,", "until the Thursday.", "from the Monday," too (session 25, round 2)
     r"|(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Tt]ill\s)"
     rf"|(?<=\b[Ff]rom\s))the(?=\s+{WEEKDAY}(?:\s*[,.;:]|\s+at\b)))\s+)?"
     # not a length's "late"/"early": "open 2 hours late Monday" (session 25)
     r"(?:(?<!hours\s)(?<!hour\s)(?<!hrs\s)(?<!hr\s)(?<!minutes\s)(?<!mins\s)(?<!days\s)"
     r"(?<!day\s)(?<!weeks\s)(?<!week\s)(?P<mod>early|late)\s+"
     # "late on Wednesday", "early on Thursday": one span, as "late Wednesday" (the blind
     # set's keys), not a verb's adverb: "will close early on Thursday", "stay open late on
     # Friday" keep the weekday alone (session 30)
     rf"(?:(?=on\s){_VERB_EARLY_BEFORE}on\s+)?)?"
     rf"(?P<wd>{WEEKDAY})(?:(?P<plural>s)\b|\b{_WD_PODS}{_GONE_FULL})"
     # "Monday's raid": the day owns a noun, so the clause's verb does not place it
     r"(?:(?=(?P<poss>\s?['’]s\b)))?"),
    ("weekday_abbr_chat", "weekday", _CHAT_ABBR),
    ("weekday_abbr_diary", "weekday", _DIARY_ABBR),
    # a farewell with a place between and a lower-case abbreviation ending its phrase ("see u
    # all at the rink sat 😤", "c u down the club wed x"): the coming day, as "see u sat" is
    # (session 26, round 2)
    ("weekday_abbr_farewell", "weekday",
     rf"\b{FAREWELL}(?:[ \t]+(?:all|guys|both|lot|there))?[ \t]+(?:at|in|down|outside|by)"
     r"(?:[ \t]+(?!(?:on|at|in|and|or|then)\b)[A-Za-z'’]+){1,3}"
     rf"[ \t]+(?P<span>(?P<wd>(?-i:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)))\.?{_PHRASE_END}"),
    # a past line's closing "on sun" after a verb of coming and going ("got back from the coast
    # on sun"): the Sunday gone (session 14, round 3); not "panels run on sun", "came to rely
    # on sun", nor across another clause ("went out and lay on sun")
    ("weekday_sun_past", "weekday",
     rf"(?<![\w'’-]){alt(SUN_PAST_VERBS)}\b"
     r"(?:(?!\b(?:to|and|but|or|then|lay|lie|lying|lain|rely|relied|run|ran|depend|depended)\b)"
     r"[^.!?;:\n]){0,40}?\bon[ \t]+(?P<span>(?P<wd>(?-i:sun)))"
     r"(?=[ \t]*(?:[.!?)]|$))"),
    # "next Tue", "this Sat", "on Fri": an abbreviation only after a word that makes it a day
    # (in lower case too, but not "on sun"), or before a clock time or a part of day; "tues",
    # "thurs" and lower-case "fri" are no other word, so they need no cue ("new episode out
    # thurs", "the new season drops fri")
    ("weekday_abbr", "weekday",
     r"(?:\b(?P<rel>last|next|(?-i:nxt)|this|this\s+past|this\s+coming|coming)\s+|(?<=\b[Oo]n\s)"
     # a post's "no heating since mon" (session 21), not the verbs "since sat down", "since
     # (we) wed in 2010"
     r"|(?<=\bsince\s)(?!(?-i:sat|wed)\s+(?:down|up|in|on|at|with|there|here|next|by|around|"
     r"outside|beside|for)\b)"
     # a proposal's "can we do sat instead?", "shall we do wed": no verb after "do" is "sat"
     # or "wed" (session 22)
     r"|(?:(?<=\bwe\sdo\s)|(?<=\bu\sdo\s)|(?<=\byou\sdo\s))(?=(?-i:sat|sun|wed|weds)\b)"
     # ... and a chat's "cant do weds, got the dentist", "can do sat" (session 30)
     r"|(?:(?<=\bcan't\sdo\s)|(?<=\bcan’t\sdo\s)|(?<=\bcant\sdo\s)|(?<=\bcannot\sdo\s)"
     r"|(?<=\bcan\sdo\s)|(?<=\bcould\sdo\s))(?=(?-i:sat|sun|wed|weds|mon)\b"
     rf"{_NO_PARTICLE})"
     # office shorthand's day: "by eod mon", "cob wed", "1st thing sat" (session 24)
     r"|(?:(?<=\beod\s)|(?<=\bcob\s)|(?<=\bfirst\sthing\s)|(?<=\b1st\sthing\s))"
     # a post's "see u sat", "c u wed": a farewell names a day ahead
     r"|(?:(?<=\bsee\su\s)|(?<=\bsee\syou\s)|(?<=\bsee\sya\s)|(?<=\bc\su\s)|(?<=\bcya\s))"
     r"(?=[a-z]+\.?(?:[ \t]*(?:[,;:!?)]|\.(?!\w)|$)|\s+(?:night|nite|morning|afternoon|evening|x+"
     r"|lol|then|at|@|\d"
     # ... or a clause of what happens then ("see u mon when i drop the keys back"; session 31)
     r"|when|after|once)\b))"
     r"|(?<![\w'’.-])(?=(?-i:[Tt]ues|[Tt]hurs?|fri)\b(?![-'’]))"
     # a post's event noun before a lower-case "wed", "sat", "sun" ending its phrase ("tube
     # strike wed 😩", "bbq sat!!"; session 12)
     + "|(?:" + "|".join(rf"(?<=\b{n}\s)" for n in sorted(EVENT_NOUNS)) + ")"
     # ... or before a kiss ("pizza night sat x"; session 14, round 2)
     # (and "mon": "gym sesh mon?"; session 28)
     + rf"(?=(?-i:wed|weds|sat|sun|mon)(?:{_MARK_END}"
     r"|[ \t]+(?-i:x+)(?![\w'’])))"
     # ... or after a present of a release ("new ep drops wed 🎙️", "the album lands sat!";
     # session 31), ending its phrase; no "sun" ("the temperature drops sun")
     + "|(?:" + "|".join(rf"(?<=\b{n}\s)" for n in sorted(RELEASES)) + ")"
     + rf"(?=(?-i:wed|weds|sat)(?:{_MARK_END}|[ \t]+(?-i:x+)(?![\w'’])))"
     # ... or after a word of a due date, or an event noun's copula ("essay due weds", "the
     # wedding is sat and ..."; session 30), ending its phrase
     + "|(?:" + "|".join([rf"(?<=\b{n}\s)" for n in sorted(DUE_DAY_LEADS)]
                         + [rf"(?<=\b{n}{c.replace(' ', chr(92) + 's')}\s)"
                            for n in sorted(EVENT_NOUNS) for c in EVENT_COPULAS]) + ")"
     + rf"(?=(?-i:sat|sun|wed|weds|mon){_PHRASE_END})"
     # ... or after a word that leads into a day or a host's place ("cant wait for sat!!",
     # "open sat from 10", "drinks at ours wed?"; session 23)
     + "|(?:" + "|".join(rf"(?<=\b{n}\s)" for n in sorted(SAT_DAY_LEADS)) + ")"
     # (and "mon": "open mon?", "ok for mon?"; session 28)
     + rf"(?=(?-i:sat|wed|weds|mon)(?:{_PHRASE_END}|[ \t]+(?:from|at|then|x+)\b|[ \t]*@"
     r"|[ \t]+\d))"
     # ... or after "til"/"till"/"until" before a post's closing adverb ("camping til mon
     # anyway", "off till sat tho"), or a capitalised "Mon" there ending its phrase ("shut
     # until Mon."; session 29)
     r"|(?:(?<=\btil\s)|(?<=\btill\s)|(?<=\buntil\s))"
     rf"(?=(?-i:mon|sat|wed|weds)[ \t]+{alt(POST_CLOSING_ADVERBS)}(?![\w'’-])"
     rf"|(?-i:Mon|MON)\.?{_PHRASE_END})"
     # ... or after a chat's word of a move, a choice, being free or away, a lower-case
     # "mon", "sat", "weds" ending its phrase ("swap to sat instead?", "what about mon?",
     # "go out mon?"; no "wed": "plans to wed."; session 28)
     + "|(?:" + "|".join(rf"(?<=\b{n}\s)" for n in sorted(CHAT_DAY_LEADS)) + ")"
     + rf"(?=(?-i:mon|sat|weds)(?:{_MARK_END}|[ \t]+(?:instead|x+)(?![\w'’])))"
     # ... or after a post's word of a start or a return, ending its phrase ("back at it Wed.",
     # "viewings start mon"; session 26)
     + "|(?:" + "|".join(rf"(?<=\b{n.replace(' ', chr(92) + 's')}\s)"
                         for n in sorted(RESUME_DAY_LEADS)) + ")"
     + rf"(?=(?-i:[Mm]on|[Ww]eds?|[Ss]at|MON|WEDS?|SAT)\.?{_MARK_END})"
     # ... or after a rota's duty after "on" ("I'm on pickup wed", "on the school run sat x";
     # not "the pickup sat in the drive"), ending its phrase (session 26, round 2)
     + "|(?:" + "|".join(rf"(?<=\bon\s{d}\s)|(?<=\bon\sthe\s{d}\s)"
                         for d in (n.replace(" ", chr(92) + "s") for n in sorted(ROTA_DUTIES)))
     + rf")(?=(?-i:[Mm]on|[Tt]ues?|[Ww]eds?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at)\.?{_PHRASE_END})"
     # ... or after a notice's word of an end, ending its phrase ("WORK ENDS FRI", "offer ends
     # sat!"; session 26, round 2)
     + "|(?:" + "|".join(rf"(?<=\b{n}\s)" for n in sorted(END_DAY_LEADS))
     + r")(?=(?-i:[Mm]on|[Tt]ues?|[Ww]eds?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at|MON|TUES?|WEDS?"
     + rf"|THU(?:RS?)?|FRI|SAT|SUN)\.?{_MARK_END})"
     # ... or before "just gone", a day that has passed ("the boiler died sat just gone")
     rf"|(?<!\bthe\s){NOT_AFTER_SUBJECT}(?=(?-i:sat|wed|weds|sun)[ \t]+just[ \t]+gone{_GONE_END})"
     # ... also after "the", but for "the sun" ("the weds just gone was our anniversary";
     # session 25)
     rf"|(?<=\bthe\s)(?=(?-i:sat|wed|weds)[ \t]+just[ \t]+gone{_GONE_END})"
     # ... or a chat's choice of two days: an abbreviation opening its line before "or" and
     # another day ("sat or sun for the picnic?"), or ending a pair after a day and "or" ("fri
     # or sat", "Friday or wed"), the pair ending its phrase or going on as a choice does
     # (``_PAIR_AFTER``: "for", "works", "then", "at 8"...), not a verb's particle ("Friday or
     # sat down"; session 30)
     rf"|(?<![^\n])(?={_ABBR_ANY}[ \t]+or[ \t]+{_DAY_ANY}{_PAIR_AFTER})"
     + "|(?:" + "|".join(rf"(?<=\b{d}\sor\s)" for d in sorted(_PAIR_STARTS)) + ")"
     + rf"(?={_ABBR_ANY}(?![\w'’-]){_PAIR_AFTER})"
     rf"|{_RANGE_START}|{_RANGE_END}|{_POINTED_PAIR}|{_POINTED_PAIR_END})"
     rf"(?P<wd>{cased(WEEKDAY_ABBREVIATIONS)}|(?<!n\s)(?-i:sun)|{_ABBR_LOWER})"
     # its point is in the span where it ends no sentence ("is Thurs.!", "Tues., 6pm"), as
     # "Jan." keeps its own (session 11, round 3)
     r"(?:\.(?=[ \t]*[,;:!?)]|[ \t]+[a-z\d]))?"
     # ... and "next Sat's trip": after last/next/this its possessive (session 24)
     rf"(?!\w|['’](?(rel)(?!s\b))|[-–](?!(?:{_ABBR_ANY}|{WEEKDAY})(?![\w'’-])))"  # "mon-tue"
     rf"{_WD_POD}{_GONE}"),
    # lower-case "sat", "sun", "wed" before a part of day anywhere ("dinner sat night"), not
    # after "the"/"a" ("the sun morning") nor in "sat night after night"; or right before a
    # clock time with its am/pm ("market on the square sat 10am"), not after a pronoun ("we sat
    # 10am till noon") (session 11)
    ("weekday_abbr_time", "weekday",
     rf"\b(?P<wd>{WEEKDAY_ABBR_TIME}|(?<!\bthe\s)(?<!\ba\s)(?-i:sat|sun|weds|wed)"
     rf"(?=\s+(?:morning|afternoon|evening|night|{_POST_PODS})\b(?!\s+(?:after|of)\b))"
     # ... or an approximate hour, not after a subject ("come round sat 8ish"; session 27)
     rf"|{NOT_AFTER_SUBJECT}(?<!\bthe\s)(?<!\ba\s)(?-i:sat|sun|weds|wed)"
     r"(?=\s(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?-?ish\b)"
     rf"|{NOT_AFTER_SUBJECT}(?<!\bthe\s)(?<!\ba\s)(?<!\bthat\s)(?<!\bjust\s)(?<!\bhave\s)"
     r"(?-i:sat|sun|weds|wed)(?=\s(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?"
     r"(?:[-–]\s?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?)?(?-i:am|pm)\b"  # "sat 2-4pm" too
     r"|\s(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"  # "lunch wed 12:30?" (session 13)
     # ... "wed(s)" before a post's "H.MM" ("weds 5.30 at the school gate"; session 31)
     rf"|{_WED_DOT_CLOCK}"
     # ... or "at" and a clock time or noon after a note's word ("dentist wed at noon",
     # "lunch sat at 1?"; session 21), not a wedding's "will wed at noon", "the pair wed at 3"
     # (each "..." is the three letters just read: sat, sun, wed)
     r"|(?<!\bwill\s...)(?<!\bto\s...)(?<!ll\s...)(?<!\bcouple\s...)(?<!\bpair\s...)"
     r"(?<=[a-z]\s...)(?<!\bsun)\s+at\s+(?:noon|midday|midnight|(?:1[0-2]|[01]?\d|2[0-3])"
     r"(?:[:.][0-5]\d)?(?:\s?[ap]m)?|(?:(?:a\s+)?quarter|half|ten|twenty|five|twenty-five)\s+"
     r"(?:to|past)\s+(?:1[0-2]|[1-9]))(?![\w:.%-]|\.\d))"
     # ... or a plan's "sun at 11?" (session 27)
     rf"|{SUN_AT_PLAN}"
     # ... or right after one, ending its phrase ("kick off 3pm sat ⚽") (session 11)
     # ... or after a 24-hour "HH:MM" ("23:00 Fri", "10:15 Sat from the halt"; session 24)
     # ... or, for a day that is no other word, after a post's "H.MM" ("moved to 7.15 mon";
     # session 30)
     r"|(?<=\d\.[0-5]\d\s)(?<![\d.,$£€]\d\.[0-5]\d\s)(?<![\d.,$£€]\d\d\.[0-5]\d\s)(?P<aftrt>)"
     r"(?-i:mon|tues?|thu(?:rs?)?|fri)(?![\w'’-])"
     r"|(?:(?<=[ap]m\s)|(?<=\d:[0-5]\d\s))(?P<aftert>)(?:(?-i:sat|sun|weds|wed|Sat|Sun|Weds|Wed)"
     # ... or before "then" ("gym 6am sun then brunch?"; session 22), or a word of a plan's
     # place or start ("6.15am sat from the depot", "7am sun start"; session 23)
     rf"(?={_MARK_END}|[ \t]+(?:then|from|at|start|starts|till|til"
     r"|until|@|x+)\b|[ \t]+to[ \t]+\d"
     # ... or a chat's link word or a plea ("5am sun so set alarms", "7am sat if that works",
     # "leaving 6am sat for the coast"; "for" not after "sun": "3pm sun for all"; session 24)
     r"|[ \t]+(?:so|if|pls|plz|please|instead|sharp|latest|ok|okay)\b(?![-'’])"
     r"|(?<![Ss]un)[ \t]+for[ \t]+(?:the|a|an|our|my|your|brunch|lunch|dinner|breakfast|"
     r"drinks)\b)"
     # ... and the other abbreviations, which are no English word, before anything but a
     # hyphen or an apostrophe ("switched to 10am mon", "9am Thurs in room 4"; session 23);
     # so are "Sat", "Sun", "Wed" capitalised, unless a capitalised word follows (a name:
     # "9am Sun Valley"): "until 6am Sat for resurfacing" (session 27)
     r"|(?-i:[Mm]on|MON|[Tt]ues?|TUES?|[Tt]hu(?:rs?)?|THU(?:RS?)?|[Ff]ri|FRI"
     r"|(?:Sat|Sun|Weds?|SAT|SUN|WEDS?)(?![ \t]+[A-Z]))(?![\w'’-])))"
     rf"(?(aftert)|(?(aftrt)(?![\w'’-])|\.?(?![\w'’-])(?:\s+(?P<pod>morning|afternoon|evening|night|{_POST_PODS})"
     r"\b(?![-‐]\w)"
     r"|(?=,?\s+(?:at\s+)?"
     r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:[-–]\s?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?)?"
     r"(?:[ap]\.?m\b|[ap]\.m\.)"
     r"|\s+at\s+(?:1[0-2]|[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?![\w:.%]|\.\d)"
     # ... or a British "at half 10" ("sat at half 10 for the swim"; session 29)
     r"|\s+at\s+half\s+(?:1[0-2]|[1-9])(?![\w:.%]|\.\d)"
     # ... or "at quarter to 1", "at ten past 6" (session 30)
     r"|\s+at\s+(?:(?:a\s+)?quarter|half|ten|twenty|five|twenty-five)\s+(?:to|past)\s+"
     r"(?:1[0-2]|[1-9]|noon|midnight)(?![\w:.%]|\.\d)"
     r"|\s(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?-?ish\b"  # "sat 8ish" (session 27)
     # ... or "at noon", "at midnight" ("wed at noon"; session 15), not "sun at noon" (weather)
     rf"|{_NOT_SUN}\s+at\s+(?:noon|midday|midnight)\b(?![-'’])"
     rf"|{_WED_DOT_CLOCK}"
     r"|\s+(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])))))"),
    ("weekday_after_next", "weekday",
     rf"(?:\bthe\s+)?\b(?P<wd>{WEEKDAY})\s+(?P<after>after\s+next|before\s+last)\b{_NOT_UNIT}"),
    # a chat's "the tues after next", "the sat before last": with its "the" (session 24)
    ("weekday_abbr_after_next", "weekday",
     # ... or without it, in lower case and not after a subject ("fri after next"; "sun" and
     # "wed" only with "the": the star, the verb) (session 27)
     rf"(?:\bthe\s+|\b{NOT_AFTER_SUBJECT}(?=(?-i:mon|tues?|weds|thu(?:rs?)?|fri|sat)\.?\s+"
     rf"after\s+next\b))(?P<wd>{_ABBR_ANY})\.?\s+(?P<after>after\s+next|before\s+last)\b{_NOT_UNIT}"),
    ("weekday_count", "weekday",
     rf"\b(?P<count>{NUMBER})\s+(?P<wd>{WEEKDAY})s\s+(?P<dir>ago|from\s+now|hence)\b"),
    # also a chat's abbreviation before "next week", "this wk" ("is weds next week ok?"), one
    # span; lower-case "sun" is the weather, "sat"/"wed" after a subject a verb (session 14,
    # round 2)
    ("weekday_of_week", "weekday",
     rf"\b(?P<wd>{WEEKDAY}|(?<!\bthe\s){NOT_AFTER_SUBJECT}(?:{cased(WEEKDAY_ABBREVIATIONS)}"
     rf"|(?-i:{alt(w for w in WEEKDAY_ABBREVIATIONS if w != 'sun')[3:]})\.?"
     r"(?=\s+(?:next|this)\s+(?:week|wk)\b))"
     rf"\s+(?:of\s+)?{_WEEK_REL}\s+(?:week|wk)\b(?![-'’])"),
    ("week_weekday", "weekday",
     rf"\b{_WEEK_REL}\s+week\s*,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b(?!')"),
    ("unit_after_next", "unit_rel",
     # a chat's "the wk after next", "the wknd after next" in lower case (session 28)
     r"(?:\bthe\s+)?\b(?P<unit>week|weekend|month|quarter|year|(?-i:wk|wknd|wkend))\s+"
     r"(?P<rel>after\s+next)\b"
     rf"{_NOT_UNIT}"),
    # "the week before last", "the year before last": two back from the publication date's
    ("unit_before_last", "unit_rel",
     r"(?:\bthe\s+)?\b(?P<unit>week|weekend|month|quarter|year)\s+before\s+last\b"
     rf"{_NOT_UNIT}"),
    # "end of week", "by start of month", "end of day": no article, the current one
    ("unit_end_bare", "unit_rel",
     r"(?<!\bthe\s)(?<!\bthe)\b(?P<mod>(?:end|start|beginning|middle)\s+of)\s+"
     r"(?P<unit>day|week|month|quarter|year)\b(?![-'’]|\s+(?:of|ago|before|after)\b)"
     rf"(?!(?<=day)\s+(?:on\s+)?(?:today|tomorrow|yesterday|{WEEKDAY})\b)"),
    ("unit_relative", "unit_rel",
     r"(?:\b(?:so\s+far|by)\s+(?=th))?"  # outside the span: "[so far] this year"
     rf"(?P<span>(?:\b(?:later|earlier)\s+(?=th))?(?:(?P<mod>{_PLACED_BEFORE}(?:early|late)|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning"
     rf"\s+of|the\s+middle\s+of|end\s+of|start\s+of|the\s+rest\s+of)\s+)?"
     # "the long weekend": a weekend with a holiday on it, read as "the weekend" (session 12),
     # and so is "this holiday wknd" (session 25; not "the holiday weekend": news tell it of the
     # holiday's own weekend, ahead or behind, which "the weekend"'s tense reading missed in
     # Timeline17)
     # not a verb's "early"/"late" ("falls early this year": `_PLACED_BEFORE`, session 30)
     rf"{_PLACED_BEFORE}"
     rf"(?P<rel>{_REL})\s+(?:(?:long|(?<![Tt]he\s)(?:holiday|bank\s+holiday|(?-i:bank\s+hol)))\s+"
     r"(?=weekend\b|wknd\b))?"
     rf"{_UNIT_WORDS}\b(?!-)"
     # "of" after it only after a past verb ("convicted last month of fraud"), which the
     # check reads (`checks._verb_before_of`); "the last month of the year" stays out (s27)
     r"(?!\s+(?:old|before|earlier|later)\b)"
     # "or" goes on with another time ("this year or next", "the past week or two") unless a
     # verb's lower-case word follows it: "must stop by the end of the year or lose their
     # licences" (session 29)
     # ... nor a question's "or not" ending its phrase ("don't know if there's a shift next
     # week or not"; session 31)
     rf"(?!\s+or\b(?!\s+(?!{_OR_GOES_ON}\b)(?-i:[a-z])|\s+not[ \t]*(?:[,.;:!?)]|$)))"
     # ... but an edge's "after that" ending its clause is the post's next step ("booked up
     # till the end of the month after that"; session 26, round 2)
     r"(?!\s+after\b(?(mod)(?!\s+that[ \t]*(?:[,.;:!?)]|$|[^\w\s]))|))"
     # "the fiscal year ended June 30, 2021" (its year), "... beginning Oct. 1" (session 14)
     r"(?=\s+(?P<ended>ended|ending)\b"
     rf"(?:\s+(?:on\s+)?(?P<endmonth>{MONTH})\.?\s+(?P<endday>\d{{1,2}})\b"
     rf"(?:,?\s+(?P<endyear>{YEAR}))?)?)?"
     rf"(?=\s+(?:that\s+|which\s+)?(?P<fstart>{alt(FISCAL_START_VERBS)})\s+(?:on\s+)?"
     rf"(?P<fmonth>{MONTH})\.?\s+(?P<fday>\d{{1,2}})\b)?)"),
    # a post's bare lower-case "bank hol wknd", "bank holiday weekend" opening its clause (the
    # text's start, after a mark or an emoji): the weekend of the publication date's week, as
    # "this bank holiday wknd" is (session 28; "the bank holiday weekend" stays out, above)
    ("unit_holiday_weekend_bare", "unit_rel",
     r"(?<![\w'’&-])(?<![\w'’&-][ \t])(?P<span>(?-i:(?:bank[ \t]+hol(?:iday)?|holiday)[ \t]+"
     r"(?:long[ \t]+)?(?P<unit>weekend|wknd|wkend)))(?![\w'’-])"),
    # a headline drops the article: "Rain to Last Through Weekend" is "through the weekend",
    # a capitalised preposition of time before a capitalised "Weekend" ending its line
    # (session 26)
    ("headline_weekend", "unit_rel",
     r"(?-i:\b(?:Through|Thru|Over|Until|Till|Into|During|By|Before|After)\s+"
     r"(?P<span>(?P<unit>Weekend)))(?=[ \t]*(?:[\n.;:!?)–—-]|$))"),
    # "a referendum next year after delegates voted": before/after open a clause here
    ("unit_relative_clause", "unit_rel",
     # with its edge as "unit_relative" has it: "late last week after talks failed" (s21)
     rf"\b(?P<span>(?:\b(?:later|earlier)\s+(?=th))?(?:(?P<mod>{_PLACED_BEFORE}(?:early|late)|mid)\s+)?"
     # ... and "the following month after it cut its forecast": no offset takes "the
     # following/previous" (session 22)
     # ... and a stretch up to now or from now, which no offset takes either: "over the past
     # decade after catches were cut" (session 29; not "the last/next decade after", a
     # decade counted from the event)
     r"(?P<rel>next|last|this|the\s+following|the\s+previous|(?:the\s+|this\s+)?past"
     r"|(?:the\s+)?coming)\s+(?P<unit>week|month|year"
     r"|(?:(?<=past\s)|(?<=coming\s))(?:quarter|decade|century)))"
     r"\s+(?:before|after)\s+\w"),
    # "an increase for the full year": the year under discussion, else the publication year
    # after a word of expectation ("expects sales for the full year") the year in progress
    ("unit_full_year", "unit_rel",
     rf"(?:\b(?P<expect>{alt(EXPECTATION_WORDS)})\s+(?:[\w'’-]+\s+){{0,4}}?(?:for|in|over)\s+)?"
     r"\b(?P<span>(?P<rel>the)\s+(?:full|whole|entire)\s+(?P<unit>year)"
     # "full-year results", "its full-year forecast": the adjective before a report's figure
     # or an outlook's word is the full year (an outlook's the year in progress; session 27)
     r"|(?<![\w-])full-(?P<adjunit>year)(?=\s+(?:results|figures|numbers|(?P<outlook>"
     r"forecasts?|guidance|outlook|targets?|estimates?|expectations?))\b))\b"
     r"(?![-'’]|\s+(?:ago|earlier|later|before|after|ended|ending)\b)"
     # ... "of" only before an amount: "a profit for the full year of at least $5 million"
     # (session 27); "the full year of trading" stays out
     r"(?!\s+of\b(?!\s+(?:(?:at\s+(?:least|most)|about|around|some|nearly|almost|roughly|"
     r"up\s+to|more\s+than|less\s+than|over|between)\s+)?(?:[$€£¥]|US\$|\d(?!\d{3}\b))))"),
    ("unit_year_end", "unit_rel",
     r"(?:\bthe\s+(?=\w+['’]s\s+end\b))?"  # "by the month's end", "at year's end"
     r"\b(?P<rel>year|month|week|quarter)(?:[\s-]|['’]s\s+)(?P<mod>end)\b"),
    # a post's or a notice's "till EOD", "by eow": the end of the current unit (capitals
    # anywhere, lower case after by/till/until/before; session 12)
    ("unit_end_abbr", "unit_rel",
     r"(?:\b(?P<prep>by|till|until|before)\s+)?\b(?P<span>(?P<abbr>(?(prep)"
     rf"(?-i:{'|'.join(UNIT_END_ABBREVIATIONS)}|{'|'.join(UNIT_END_ABBREVIATIONS).upper()})"
     rf"|(?-i:{'|'.join(UNIT_END_ABBREVIATIONS).upper()}))))\b"
     # ... not before the day it ends ("by eod fri", "EOD Friday": the day is the time, as
     # "end of day Friday" is; session 24)
     rf"(?![ \t]+(?:{WEEKDAY}|{_ABBR_ANY}|tomorrow|{_TMRW})\.?(?![\w'’-]))"),
    # "by mid-year", "midweek", "mid-month": the middle of the current one
    ("unit_mid", "unit_rel", r"\b(?P<mod>mid)[\s-]?(?P<rel>year|month|week)\b(?![-'’]\w)"),
    ("unit_year_ago_adj", "unit_rel",
     r"(?:\bthe\s+(?:comparable\s+)?(?=year-(?:earlier|ago)\s+(?:quarter|period)\b))?"
     r"\b(?P<rel>year-earlier|year-ago)(?:\s+(?P<unit>quarter|period)\b)?"
     r"|\b(?P<rel2>year\s+earlier|year\s+ago)\b"),
    ("offset", "offset",  # not "for a decade before that": a length
     rf"(?<![Ff]or\s)(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER})\s+(?P<unit>{UNIT})"
     # "a year ago today"; "ten years ago this month": that month so many years back (s18)
     rf"(?:\s+or\s+so)?\s+{_DIR}(?:(?<=ago)\s+(?:(?P<today>today|yesterday)"
     r"|this\s+(?P<thisunit>week|month))\b)?"),
    # a fraction of a unit, or one unit and a half, before its direction ("three quarters of a
    # century ago", "a half century ago", "a decade and a half ago", "a year and a half from
    # now"): an offset, as "two and a half years ago" is (session 25)
    ("offset_fraction", "offset",
     r"(?<![Ff]or\s)\b(?:(?P<frac>a\s+quarter|three[\s-]+quarters|a\s+half)[\s-]+"
     r"(?:of\s+an?\s+|(?=century))|(?P<num>an?|one)\s+)"
     # ... or a week, a fortnight, a day or an hour and a half ("a week and a half ago"; s26)
     r"(?P<unit>year|decade|century|month|(?(num)(?:week|fortnight|day|hour)(?!\w)|(?!)))"
     # ... counted from the publication date only: "a year and a half later" keeps its length
     r"(?(num)\s+(?P<andhalf>and\s+a\s+half))(?:\s+or\s+so)?\s+"
     r"(?P<dir>ago|back|from\s+now|hence)\b"),
    ("unit_before_after", "unit_rel",
     # a post's "the wk after", "the wknd before" in lower case (session 25)
     r"\bthe\s+(?P<unit>week|weekend|month|quarter|year|(?-i:wk|wknd|wkend|yr))\s+"
     r"(?P<dir>before|after|earlier|later"
     # ... ending its phrase: a mark, the end, an emoji (a post's "... the week after 😭";
     # session 30), a clause's word
     rf"|prior)(?=\s*(?:[,.;:!?)\"”{EMOJI}]|$|and\b|but\b|when\b|as\b))"),
    ("offset_from", "offset_from",
     # not "every 20 minutes from Monday": a SET and the day it starts (session 11)
     rf"(?<![Ff]or\s)(?<![Ee]very\s)\b(?P<num>{NUMBER})\s+(?P<unit>{UNIT})\s+from\s+"
     rf"(?P<base>today|tomorrow|{_TMRW}|yesterday|(?P<next>next\s+)?(?P<wd>{WEEKDAY}"
     # ... or a weekday's abbreviation ("a fortnight from sat"; session 25), a lower-case
     # "sun" only ending its phrase ("two hours from sun up" is the sun)
     rf"|{_ABBR_ANY}(?![\w'’-])(?!(?<=sun)\s+[a-z])))\b(?!')"
     # "two days before yesterday", "three days after tomorrow"
     rf"|\b(?P<num2>{NUMBER})\s+(?P<unit2>days?|weeks?)\s+(?P<dir>before|after)\s+"
     r"(?P<base2>today|tomorrow|yesterday)\b(?!')"),
    # "this time last year", "this day next week", "this date last year": the publication date
    # a unit back or on
    ("same_day_rel", "offset_from",
     # (a post's "this time nxt wk", lower case only: session 24)
     # ... and a chat's "same time next week" with no "the" ("the same time next year" keeps
     # news's reading: a period compared; session 27)
     r"\b(?:this|(?<!\bthe\s)same)\s+(?P<same>time|day|date)\s+(?P<dir>last|next|(?-i:nxt))\s+"
     r"(?P<unit>week|month|year|(?-i:wk|yr))\b(?![-'’])"),
    # "the same month last year", "the same period a year earlier": the period under discussion
    # a year back, one expression (session 23)
    ("same_unit_year_back", "same_year_back",
     r"\bthe\s+same\s+(?P<unit>period|month|quarter|week|half|day)\s+(?:of\s+)?(?:the\s+)?"
     r"(?:last\s+year|previous\s+year|year\s+before|a\s+year\s+(?:earlier|ago|before))\b"
     r"(?![-'’])"),
    # "a week today", "two weeks tomorrow", "a fortnight on Saturday" (not "for a week today"),
    # "a week ago Monday"
    ("offset_on", "offset_from",
     # not after "for" (a length: "adjourned for a week on Monday"), unless a diary's or a
     # booking's ("in the diary for a week on friday"; session 13)
     "(?:(?<![Ff]or\\s)|" + "|".join(rf"(?<=\b{w}\sfor\s)" for w in DIARY_FOR_WORDS) + "|"
     # ... or a booking's before "today"/"tomorrow" ("locked in for a fortnight today"; s25)
     + "(?:" + "|".join(rf"(?<=\b{w}\sfor\s)" for w in BOOKED_FOR_WORDS) + ")"
     + r"(?=\S+\s+(?:weeks?|fortnights?)\s+(?:today|tomorrow)\b))"
     rf"\b(?P<num>{NUMBER})\s+(?P<unit>weeks?|fortnights?|(?-i:wks?))\s+"
     # ... a post's "a week tmrw", "two wks 2moro"; a British "a week yesterday", that many
     # weeks before yesterday (session 28)
     rf"(?:(?P<base>today|tomorrow|{_TMRW}|yesterday)|on\s+(?P<wd>{WEEKDAY}"
     # ... or its abbreviation ("a wk on thurs"; a lower-case "sun" only ending its phrase:
     # "a week on sun loungers"; session 27)
     rf"|{_ABBR_ANY}(?![\w'’-])(?!(?<=sun)\s+[a-z]))"
     # a chat's "a fortnight sat", "2 wks fri": no "on", the day ending its phrase or before
     # a subject ("2 wks sat we're off"); "a fortnight sat in a cell" keeps the verb (s24)
     rf"|(?P<wd2>{WEEKDAY}|{_ABBR_ANY})(?={_MARK_END}|[ \t]+(?:we|i|you|u|it|they|he|she"
     r"|x+)(?![\w-])|[ \t]+(?:we|you|it|they)['’](?:re|s|ll)\b)"
     # US "a week ago Monday", "two weeks ago Friday": that many weeks before the last such
     # weekday, one expression (session 14)
     rf"|ago\s+(?P<agowd>{WEEKDAY}))\b(?![-'’])"),
    # "Thursday week": a week after the coming Thursday; "Thursday fortnight" two (session 13)
    ("weekday_week", "weekday",
     # ... and a chat's "mon wk", "Fri fortnight" (an abbreviation; lower-case "sun" is the
     # weather, "sat"/"wed" after a subject or "the" a verb or a thing; session 28)
     rf"\b(?P<wd>{WEEKDAY}|(?<!\bthe\s){NOT_AFTER_SUBJECT}(?:{cased(WEEKDAY_ABBREVIATIONS)}"
     rf"|{_ABBR_LOWER})\.?)"
     r"\s+(?P<wk>week|fortnight|(?-i:wk))\b(?![-'’]|\s+(?:of|on|after|before|ago|later"
     r"|earlier|and|or|\d)\b)"),
    # "the second Monday from now"
    ("weekday_nth_from", "weekday",
     r"\b(?:the\s+)?(?P<nth>second|third|fourth|fifth|2nd|3rd|4th|5th)\s+"
     rf"(?P<wd>{WEEKDAY})\s+(?P<dir>from\s+(?:now|today))\b"),
    # "a third straight day", "the fifth consecutive session", "a fourth week in a row": the
    # latest of a run, the day (or week) reported on
    ("unit_streak", "streak",
     r"(?:\bthe\s+)?\b(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
     r"\s+(?:(?:straight|consecutive|successive)\s+(?P<unit>day|week|session|trading\s+day)\b"
     r"|(?P<unit2>day|week|session)(?:(?=\s+in\s+a\s+row\b)"
     # "for the third day running": "running" closing its clause, in the span as after a
     # length (session 22); not "the third day running the stall"
     r"|\s+running(?=[ \t]*(?:[.,;:!?)]|$)|\s+(?:and|but|as|after|with|on|in|despite)\b)))"
     r"(?!\s+of\s)"),
    # "their best week since November", "its worst day in a decade": the day (week) reported on
    ("unit_superlative", "streak",
     r"\b(?:best|worst|biggest|largest|sharpest|steepest|strongest|weakest|busiest|heaviest)"
     r"\s+(?P<span>(?P<unit>day|week|session))\s+(?:since|in|on\s+record|ever)\b"),
    ("weekday_of_month", "nth_weekday",
     r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
     rf"(?P<wd>{WEEKDAY}|{_ABBR_ANY})\s+(?:of|in)\s+(?:(?P<mrel>next|last|this|the\s+same|that)"
     r"\s+month\b|the\s+(?P<mthe>month)\b"
     rf"|(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR})\b)?)"),
    ("offset_in", "in_offset",
     # a hedge before a count of hours or minutes is in the span ("next car in about an hour":
     # a point ahead on the day, APPROX; session 26, round 2)
     rf"\b(?P<prep>in|within)\s+(?P<span>(?:(?P<approx>about|around|roughly|approximately)\s+"
     rf"(?=(?:{NUMBER}|an?)\s+(?:hours?|hrs?|minutes?|mins?)\b))?(?P<num>{NUMBER}|(?:a|three)[\s-]+quarters?\s+of\s+an?)\s+"
     rf"(?P<unit>{UNIT})(?:['’]?s?\s*time)?\b){NOT_ORDINAL}"
     r"(?!\s+(?:of|to|since|after|before)\b)"),
    # a reminder's "in <count> <unit>" is a point ahead before a to-infinitive too ("remind me
    # in 20 mins to ring the vet"; session 13)
    ("offset_in_reminder", "in_offset",
     rf"\b{alt(REMINDER_VERBS)}\s+{alt(REMINDED)}\s+"
     rf"(?P<prep>in)\s+(?P<span>(?P<num>{NUMBER})\s+(?P<unit>{UNIT})\b){NOT_ORDINAL}"
     r"\s+to\s+[a-z]"),
    # a chat's "back in 20", "home in 10": a bare count of minutes up to 59 after "back"/"home"
    # opening its phrase (or after "be"), ending it: a point ahead on the day (session 14,
    # round 2; not "came back in 20", a score or a year)
    ("offset_in_bare", "in_offset",
     r"(?:(?<![\w'’]\s)(?<![\w'’])|(?<=\bbe\s))(?:back|home)\s+"
     r"(?P<prep>in)\s+(?P<span>(?P<num>[1-5]?\d))(?![\w'’/%-]|[.,:]\d)"
     rf"(?=[ \t]*(?:[,.!?;)]|$|[{EMOJI}])|[ \t]+(?-i:x+)\b)"),
    # "at the moment", "at present", "at this time": the preposition is no part of the span
    # ("prepositions do not"), the phrase still looked up whole (session 28)
    ("vague", "vague",
     r"\b(?:at\s+(?P<span>(?P<atphrase>the\s+moment|present|this\s+time))\b(?![-'’])"
     rf"|(?P<phrase>{alt(VAGUE_REFS)})\b(?!-){_RECENTLY_DATED})"),
    # a post's "rn", "atm" ("ironing my shirt rn"): the present, in lower case only, not a
    # thing after a determiner or before its noun ("the atm ate my card", "an rn", "atm fees")
    ("vague_post", "vague",
     rf"(?<![\w@#/.'’-]){_THING_BEFORE}(?P<phrase>(?-i:{alt(POST_VAGUE_REFS)[3:]})"
     rf"(?![\w@'’/-])(?!\s+{alt(POST_VAGUE_NOUNS)}\b)"
     # ... ending its clause, or before a word that starts one ("the closest atm is" is no time)
     rf"(?=[ \t]*(?:[^\w\s]|$)|\s+{alt(_CLAUSE_STARTS)}(?![\w'’]))"),
    # "until then", "by then", "since then": the date under discussion (the span is "then")
    ("then", "then",
     r"\b(?:until|by|since|till|before)\s+(?P<span>then|that\s+time)\b(?![-'’]|\s+of\b)"),
]
