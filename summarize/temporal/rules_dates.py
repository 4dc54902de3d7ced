"""Recognition rules for calendar dates: explicit dates, months, years, quarters, seasons."""

from __future__ import annotations

from .patterns import (
    COUNT_WORD,
    DAY_NUM,
    DAY_WORD_FROM_TENTH,
    DECADE_WORD,
    EDGE_OF,
    HOLIDAY,
    LETTER_MONTH,
    MOD,
    MONTH,
    MONTH_FULL,
    MONTH_LOWER,
    ORDINAL,
    ORDINAL_DAY_WORD,
    SEASON,
    WEEKDAY,
    WEEKDAY_ANY,
    YEAR,
    YEAR_OLD,
    YEAR_SHORT,
    YEAR_WORDS,
    YEAR_WORDS_OLD,
    alt,
)
from .resources.determiners import POSSESSIVES
from .resources.post_days import RANGE_NOTICE_WORDS
from .resources.post_locale import EMOJI
from .resources.requests import (
    DAY_SUITS,
    DAY_WAS_WORDS,
    RESCHEDULE_AFTER,
    RESCHEDULE_GAP,
    RESCHEDULE_VERBS,
    RESCHEDULED,
)
from .resources.verbs import DAY_EVENT_IS_NOUNS, DAY_EVENT_LEADS, DAY_START_VERBS

_WD = rf"(?:(?P<wd>{WEEKDAY_ANY})(?:\s?,)?\s+(?:the\s+)?)?"
#: A year after a day or month; tokenised text spaces the comma ("March 3 , 2009").
_YR = rf"(?:(?:\s?,)?\s+(?:of\s+)?(?P<year>{YEAR}|{YEAR_SHORT}|{YEAR_WORDS})\b)?"
_DAY_WORD = rf"(?:(?P<dayw>{ORDINAL_DAY_WORD})\b)"
_MONTH_REL = (r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming|past"
              # named from the date under discussion: "the following March", "That June", "by
              # that June" (not a relative "that": "said that March was"; session 19)
              r"|the\s+following|the\s+next|the\s+previous|(?-i:That)"
              r"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bduring\s))that"
              r")\s+)?")
#: After a position word: a hyphen or a space; "end" only with a hyphen, as wire copy writes it
#: ("end-September", "at end-2018"; "to end 2019 in profit" is the verb).
_MOD_SEP = r"(?:\s*-\s*|(?<!\bend)\s+)"
#: Words after a hyphenated century that are no noun it qualifies ("in the 17th-century and
#: after", "the 17th-century was"): the century is the noun there.
_CENTURY_NOT_NOUN = alt(("and", "or", "but", "to", "in", "on", "at", "of", "for", "with",
                         "by", "from", "as", "when", "until", "till", "than", "that",
                         "which", "who", "was", "were", "is", "are", "had", "has", "have",
                         "saw", "onwards", "onward"))
_MOD = rf"(?:(?P<mod>{MOD}){_MOD_SEP})?"
#: A year named from the publication date (last, this, next) or from the year under discussion
#: ("25 June that year", "in March of the following year").
_YEAR_REL = r"last|this|next|that|the\s+same|the\s+following|the\s+previous"
_QREL = (r"(?:(?P<rel>this|last|next|current|latest|previous|coming|same|comparable"
         r"|corresponding|year-earlier|year-ago|year\s+earlier|prior)\s+)*")
#: The start, middle or end of a named quarter or half, in its span with a TIMEX3 mod ("[the end
#: of the third quarter]"), as "the end of the year" is.
_EDGE = rf"\b{EDGE_OF}"
#: Between a quarter's first and last months: "April-June", "April/June", "April to June".
_TO = r"(?:\s*[-–/]\s*|[\s-]+(?:to|through)[\s-]+)"
#: "last quarter" alone is the one before this one (a relative unit); "the last quarter" of
#: a year is its fourth.
_QORD = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|(?<=the\s)last)"
#: A weekday after a date ("Jul 18, Friday").
_WD_AFTER = rf"(?:,\s+(?P<wd2>{WEEKDAY})\b)?"
_DAY_ORD = r"(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"
#: A day of the month with no month ends at a link word or punctuation, never before a noun
#: ("on the 15th", not "on the 15th floor" or "Tuesday, the second day of talks").
_DAY_END = (r"\b(?!-|\s+(?:of\s+)?(?!(?:and|when|for|from|with|after|before|until|till|through|"
            r"again|too|"  # "working the 4th again" (session 25)
            r"but|then|that)\b)(?:[A-Z][a-z]{2}|[a-z]{3}))")
#: A clause's subject after "and"/"but" (session 30).
_CLAUSE_SUBJECT = (r"(?:i|it|its|it['’]s|we|they|he|she|u|you|im|i['’]m|thats|that['’]s|there['’]s"
                   r"|theres)")
#: Further weekdays with their days listed after a weekday's day, the last one with its month
#: ("... & Mon 27 May", "..., Sat 4 and Sun 5 October"): the month the listed days share.
_LISTED_MONTH = (rf"(?:[ \t]*(?:&|\+|and|,)[ \t]*(?:and[ \t]+)?(?:{WEEKDAY_ANY}),?[ \t]+"
                 r"(?:the[ \t]+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)){1,3}"
                 rf"[ \t]+(?:of[ \t]+)?(?P<lmonth>{MONTH})\b")
#: What ends a notice's bare range of days ("closed 25th-27th, back..."): a mark, an emoji, the
#: end, or a link word.
_RANGE_END_END = rf"(?=[ \t]*(?:[,.;:!?){EMOJI}]|$)|\s+(?:and|then|for|back)\b)"
_MONTH_YEAR = rf"(?P<month>{MONTH})(?:(?:\s?,)?\s+(?:of\s+)?(?P<year>{YEAR})\b)?"

#: (rule name, kind, pattern); a group named "span" narrows the mention to part of the match.
RULES: list[tuple[str, str, str]] = [
    ("date_iso", "iso",
     r"\b(?P<year>\d{4})(?P<isep>[-/.])(?P<mon>0?[1-9]|1[0-2])(?P=isep)(?P<day>0?[1-9]|[12]\d|3[01])"
     r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?P<zulu>Z)?)?(?![\d-])"),
    # a basic ISO 8601 date after a word that dates a paper ("dated 20250527", "date:
    # 20240308", "effective 19991001"): eight digits, a year of 1900-2099 (session 13)
    ("date_iso_basic", "iso",
     r"\b(?:dated|date:?|effective)[ \t]+(?P<span>(?P<year>(?:19|20)\d\d)(?P<mon>0[1-9]|1[0-2])"
     r"(?P<day>0[1-9]|[12]\d|3[01]))(?![\w-]|[.,/]\d)"),
    ("date_numeric", "numeric",
     r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d{4}|\d{2})"
     r"(?![\d/]|\.\d)"),
    # a weekday before it joins it, and picks day/month or month/day ("tues 20/2", session 11),
    # after a comma too when the name is whole ("from Monday, 3/16", session 12; "Fri., 4/2"
    # stays two, as a post's abbreviation and its times do)
    ("date_numeric_md", "numeric",
     rf"(?:(?P<wd>{WEEKDAY_ANY})(?:(?<=[dD][aA][yY]),)?[ \t]+)?"
     r"(?<![\d/.,-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/]|\.\d|,\d|(?-i:c)\b)"),
    ("date_numeric_dash", "numeric",
     r"(?<![\d/.-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<year>(?:19|20)\d\d)(?![\d-])"),
    ("date_dmy_sep", "date",
     rf"(?<![\w/.-])(?P<day>[0-3]?\d)(?P<sep>[-/])(?P<month>{MONTH})(?P=sep)"
     r"(?P<year>\d{4}|\d\d)(?![\w/-])"),
    # the month first: "Dec-15-2023", "Mar/05/2024" (session 22)
    ("date_mdy_sep", "date",
     rf"(?<![\w/.-])(?P<month>{MONTH})(?P<sep>[-/])(?P<day>[0-3]?\d)(?P=sep)"
     r"(?P<year>\d{4})(?![\w/-])"),
    ("year_month", "month",
     r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<mon>0[1-9]|1[0-2])(?![\d/-]|\.\d)"),
    # a month before its year: "03/2024", "11/1998" (not "1/2000 of a second")
    ("month_slash_year", "month",
     r"(?<![\w/.,-])(?P<mon>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d\d)(?![\w/]|[.,]\d|\s+of\b)"),
    ("date_month_day", "date",
     rf"{_WD}{_MOD}(?P<month>{MONTH})\s*(?:(?:the\s+)?(?P<day>{DAY_NUM})|(?:the\s+)?{_DAY_WORD})"
     r"(?:\s+(?P<chour>[01]\d|2[0-3]):(?P<cminute>[0-5]\d)(?::[0-5]\d)?(?=\s+\d{4}\b))?"
     rf"{_YR}{_WD_AFTER}(?!\s*(?:%|percent|-\d|–\d|:\d)|-)"),
    ("date_day_month", "date",
     rf"{_WD}(?:(?P<day>{DAY_NUM})\s+(?:of\s+)?|{_DAY_WORD}\s+of\s+)"
     rf"(?P<month>{MONTH}){_YR}"),
    ("day_of_month_rel", "day_of_month",
     rf"(?:the\s+)?(?:{_DAY_ORD}|{_DAY_WORD})\s+of\s+(?P<mrel>this|next|last|the\s+same|"
     r"the\s+following|the\s+previous|the)\s+month\b(?![-'’])"),
    ("weekday_day", "day_of_month",
     rf"(?P<wd>{WEEKDAY_ANY}),?\s+(?:the\s+)?(?:(?:{_DAY_ORD}|{_DAY_WORD})"
     # ... also before a chat's word of offering ("sat 7th still good?"; session 14, round 3)
     r"(?:\b(?=[ \t]+(?:still|works|suits|okay|ok|fine)\b(?![-'’]))|" + _DAY_END + ")"
     # ... or a bare day number listed before another weekday's day that names the month
     # ("Sun 26 & Mon 27 May": the first day takes the month; session 24, round 2)
     r"|(?P<lday>3[01]|[12]\d|0?[1-9])(?![\d:.,/]\d))"
     rf"(?:(?={_LISTED_MONTH}))?(?(lday)(?(lmonth)|(?!)))"),
    # ... and a greeting's "happy 4th!!" (kept only on the day it names: a post greets the day)
    ("day_ordinal", "day_of_month",
     # a present "is/are/'s on the 19th" ending its phrase: a day something is on, ahead
     # ("the exam's on the 19th, wish me luck"; session 13)
     r"(?:(?:(?<=\bis\s)|(?<=\bare\s)|(?<=['’]s\s))(?P<plan3>on)\s+(?=the\s+\d\d?(?:st|nd|rd|th)"
     rf"(?:[ \t]*(?:[,.;:!?){EMOJI}]|$)))"
     # a post's "b4" (session 30)
     r"|\b(?:on|by|until|till|til|before|(?-i:b4)|after|from|since|through"  # "til" (s21)
     # "the morning of the 14th"
     r"|(?:(?<=morning\s)|(?<=evening\s)|(?<=night\s)|(?<=afternoon\s))of)\s+(?=the\s)"
     r"|(?<=\b(?P<happy>happy)\s)"
     # "the new job starts the 15th", "back the 14th": a scheduled start or end (session 11)
     + "|" + "|".join(rf"(?<=\b{v}\s)" for v in sorted(DAY_START_VERBS)) + r"(?=the\s)"
     # a post's "booked for the 14th", "my bday is the 3rd": after "for"/"is" only where the
     # day ends its phrase ("for the 14th time", "is the 3rd in a row" are no dates)
     r"|(?:(?<=\b(?P<plan>for)\s)|(?<=\b(?P<plan2>is)\s))(?=the\s+\d\d?(?:st|nd|rd|th)"
     # ... or at an emoji ("my bday is the 22nd 🎂"; session 12), or before another "for"
     # phrase after "for" ("booked the hall for the 14th for the engagement"; session 29)
     rf"(?:[ \t]*(?:[,.;:!?){EMOJI}]|$)|[ \t]+(?:at|@|so|then)\b"
     r"|(?(plan)[ \t]+for\b|(?!))"
     # ... or, after "is", before "and"/"but" and another clause's subject ("payday is the 25th
     # and it's only the 12th"; not "is the 3rd and final", a rank; session 30)
     rf"|(?(plan2)[ \t]+(?:and|but)[ \t]+{_CLAUSE_SUBJECT}(?![\w'’-])|(?!))))"
     # ... or after an event's noun and "is", also before "and"/"but"/"so" and another clause
     # ("matric dance is the 30th and my dress isn't done"; not "is the 3rd and final";
     # session 31)
     + "|(?:" + "|".join(rf"(?<=\b{w}\sis\s)" for w in sorted(DAY_EVENT_IS_NOUNS))
     + r")(?P<plan5>)(?=the\s+\d\d?(?:st|nd|rd|th)"
     + rf"(?:[ \t]*(?:[,.;:!?){EMOJI}]|$)|[ \t]+(?:at|@|then)\b"
     + r"|[ \t]+(?:and|but|so)\b(?![ \t]+(?:final|last|deciding|only|biggest|best|latest)\b)))"
     # ... or the day it is now, ending its phrase: "it's only the 12th", "its the 3rd 😭"
     # (today's date; session 30)
     + "|(?:" + "|".join(rf"(?<=\b{w}\s{a})" for w in ("it's", "it’s", "its", r"it\sis")
                         for a in ("", r"only\s", r"already\s", r"now\s", r"just\s")) + ")"
     + r"(?=the\s+\d\d?(?:st|nd|rd|th)"
     rf"(?:[ \t]*(?:[,.;:!?){EMOJI}]|$)|[ \t]+(?:and|but|so|today|already|lol)\b))"
     # ... or a proposal's "can u do the 22nd for the fitting?" (session 22)
     r"|(?<=\b(?P<plan4>do)\s)(?=the\s+\d\d?(?:st|nd|rd|th)"
     rf"(?:[ \t]*(?:[,.;:!?){EMOJI}]|$)|[ \t]+(?:at|@|so|then|for|and)\b))"
     # ... or an event's noun or a rota's word: "Opening night the 16th", "working the 4th
     # again" (session 25)
     + "|(?:" + "|".join(rf"(?<=\b{w}\s)" for w in sorted(DAY_EVENT_LEADS))
     + r")(?=the\s+\d\d?(?:st|nd|rd|th)"
     rf"(?:[ \t]*(?:[,.;:!?){EMOJI}]|$)|[ \t]+(?:again|too|so|then|and|at|@|from)\b))"
     # ... or a list's next item after a comma, "&" or "and", a place's one or two capitalised
     # words before it or none: "Leeds on the 9th, York the 10th" (``checks`` wants a day after
     # a preposition of time opening the list; session 27)
     r"|(?:(?<=,\s)|(?<=&\s)|(?<=\band\s))(?P<listed>)(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}"
     r"(?=the\s+\d\d?(?:st|nd|rd|th)(?![\w'’])))"
     rf"(?P<span>(?:the\s+)?{_DAY_ORD})"
     rf"{_DAY_END}"),
    # a notice's bare range of days "closed 25th-27th": both ends, days of the month read as a
    # plan's (session 13); not "the 3rd-4th place match"
    ("day_ordinal_range", "day_of_month",
     rf"\b{alt(RANGE_NOTICE_WORDS)}\s+(?P<span>(?P<rng>{_DAY_ORD}))"
     rf"[-–](?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th){_RANGE_END_END}"),
    ("day_ordinal_range_end", "day_of_month",
     rf"\b{alt(RANGE_NOTICE_WORDS)}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)[-–]"
     rf"(?P<span>(?P<rng>{_DAY_ORD})){_RANGE_END_END}"),
    # a rescheduling's "move my haircut to the 10th", "push it to the 3rd please": the new day,
    # ahead, ending its phrase (not "move up to the 3rd place"; session 14); in the past tense
    # too, and before a clause's "so", "and", "but" ("swapped my shift to the 18th so I can
    # come", "got moved to the 9th"; session 14, round 2)
    ("day_ordinal_moved", "day_of_month",
     rf"\b(?P<moved>{alt(RESCHEDULE_VERBS | RESCHEDULED)})\s+"
     rf"(?:(?!to\b)[\w'’]+\s+){{0,{RESCHEDULE_GAP}}}to\s+(?P<span>the\s+{_DAY_ORD})"
     rf"(?=[ \t]*(?:[,.;:!?){EMOJI}]|$)|[ \t]+{alt(RESCHEDULE_AFTER)}(?![\w'’]))"),
    # a bare day of the month offered as a plan's subject, opening its phrase or after "is":
    # "the 9th works for us", "the 3rd suits me", "is the 21st ok?" (a day ahead; not "the
    # 3rd works of the set": the verb must follow the day; session 14, round 2)
    ("day_ordinal_suits", "day_of_month",
     r"(?:(?<![\w'’]\s)(?<![\w'’])|" + "|".join(rf"(?<=\b{w}\s)" for w in ("and", "but", "is",
                                                                         "or", "so")) + ")"
     rf"(?P<span>the\s+{_DAY_ORD})\s+(?P<plan>{alt(DAY_SUITS)})(?![\w'’-])"
     r"(?!\s+of\b)"),
    # a bare day of the month as the subject of a past "was/were" and a possessive, opening its
    # phrase: "the 30th was my last shift" (the last such day on or before; session 14, round 3)
    ("day_ordinal_was", "day_of_month",
     r"(?:(?<![\w'’]\s)(?<![\w'’])|" + "|".join(rf"(?<=\b{w}\s)" for w in ("and", "but", "so"))
     + rf")(?P<span>the\s+{_DAY_ORD})\s+(?P<was>was|were)\s+{alt(POSSESSIVES)}\s+"
     rf"{alt(DAY_WAS_WORDS)}\b(?![-'’])"),
    # "go on sale on the twenty-fourth.": a day from the tenth on in words, after a word that
    # leads into a date and ending its phrase (a lower ordinal is as often a rank: "on the
    # third") (session 12, phrasings)
    ("day_ordinal_word", "day_of_month",
     r"\b(?:on|by|until|till|before|from|through)\s+"
     rf"(?P<span>the\s+(?P<dayw>{DAY_WORD_FROM_TENTH}))(?=[ \t]*(?:[,.;:!?)]|$))"),
    # a commercial letter's "the 4th prox.", "the 3rd inst.", "the 28th ult." (session 13)
    ("day_of_month_letter", "day_of_month",
     rf"\b(?P<span>the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\s+"
     rf"(?P<mrel>{LETTER_MONTH})(?:\.|\b(?=[ \t]*(?:[,;:!?)]|$))))"),
    ("day_of_month_nth", "day_of_month",
     rf"(?:the\s+)?(?P<nth>{ORDINAL}|last|final)\s+day\s+(?:of|in)\s+{_MONTH_YEAR}"),
    # "the last day of the month", "the first day of next month": of a month counted from now
    ("day_of_month_nth_rel", "day_of_month",
     rf"(?:\bthe\s+)?\b(?P<nth>{ORDINAL}|last|final)\s+day\s+of\s+(?P<mrel>this|next|last|"
     r"the\s+same|the\s+following|the\s+previous|the)\s+month\b(?![-'’])"),
    ("week_of_month", "week_of_month",
     r"(?:the\s+)?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+"
     # ... a post's "wk" in lower case ("the 2nd wk of june"; session 26)
     rf"(?P<unit>week|weekend|(?-i:wk))\s+(?:of|in)\s+{_MONTH_YEAR}"),
    ("week_of_date", "week_of_month",
     rf"\bthe\s+(?P<unit>week|weekend)\s+of\s+(?:(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})"
     # "the week of 27 February": the day first (session 25)
     rf"|(?P<dayfirst>{DAY_NUM})\s+(?:of\s+)?(?P<month2>{MONTH})){_YR}"),
    ("month_year", "month",
     rf"{_MOD}(?P<month>{MONTH})(?:(?:\s?,)?\s+|\s+of\s+)(?P<year>{YEAR}|{YEAR_SHORT}|{YEAR_WORDS}"
     rf"|{YEAR_OLD})\b"),
    # "July 1 next year", "3 March last year": a day of the year before or after this one
    ("date_rel_year", "date",
     rf"(?:(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})|(?P<dayfirst>{DAY_NUM})\s+(?:of\s+)?"
     rf"(?P<month2>{MONTH}))\s+(?:of\s+)?(?P<yrel>{_YEAR_REL})\s+year\b"),
    # "in '82", "since '98": a year in two digits after a preposition
    ("year_short", "year",
     r"\b(?:in|since|of|from|until|till|by|before|after|during|to)\s+"
     r"(?P<span>(?P<yy>['’]\d\d))(?![\w'’-]|\s*(?:%|percent))"),
    ("month_rel_year", "month",
     rf"{_MOD}(?P<month>{MONTH})\s+(?:of\s+)?(?P<yrel>{_YEAR_REL})\s+year\b"),
    ("month", "month",
     # Indian English writes a month's end after it: "by September-end", "till March end"
     # (a space only right after a preposition and before an edge; session 23)
     r"(?P<endlead>(?<=\bby\s)|(?<=\btill\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bsince\s)"
     r"|(?<=\bfrom\s)|(?<=\bat\s)|(?<=\bin\s)|(?<=\bof\s))?"
     rf"{_MONTH_REL}{_MOD}(?P<month>{MONTH_FULL}|Sept\."
     # ... a chat's lower-case abbreviation right after "mid" ("mid jan", "mid-feb"; s27)
     r"|(?<=\bmid[\s-])(?-i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![\w'’-]))"
     r"(?!\s*\d)(?!\s+quarter\b)"
     r"(?P<endmod>-end\b(?!-)|(?(endlead)\s+end\b(?=\s*(?:[.,;:!?)]|$|(?:and|or|to)\b|"
     r"(?:this|next|last)\s+year\b))|(?!)))?"),
    # posts' lower-case "in march,", "since may.", "until aug and": checks.py keeps them only
    # before an edge ("in may be" is a verb, "from march organisers" a noun)
    ("month_lower_bare", "month",
     r"\b(?:in|since|until|till|by|from|during|through|before|after)\s+"
     r"(?!(?:may|march|august)\.)"
     rf"(?P<span>(?P<month>{MONTH_LOWER}))(?![\w'’-]|\.\w|\s*\d)"),
    # ... and a month word ending its sentence ("we went in march."), the point left out
    ("month_lower_bare_end", "month",
     r"\b(?:in|since|until|till|by|from|during|through|before|after)\s+"
     r"(?P<span>(?P<month>(?-i:may|march|august)))\.(?!\w)"),
    ("year", "year",
     rf"(?<![$£€\d.,/-])(?:the\s+year\s+|(?P<mod>{MOD}){_MOD_SEP})?"
     rf"(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?(?P<year>{YEAR})\b"
     r"(?!\s*(?:%|percent|-\d|–\d|\.\d|:\d|/\d))"),
    ("year_range", "year_range",
     rf"(?<![$£€\d.,/-])(?P<year>{YEAR})\s*[-–/]\s*(?P<year2>(?:19|20)\d\d|\d\d)\b"
     r"(?![-/.]\d|\s*(?:%|percent))"),
    ("year_words", "year",
     rf"the\s+year\s+(?P<year>{YEAR_WORDS})|(?P<yw>(?=(?:nineteen|twenty)[\s-]){YEAR_WORDS})"),
    # "opened in eighteen sixty-four": a year of an earlier century in words (session 13)
    ("year_words_old", "year", YEAR_WORDS_OLD),
    ("year_fiscal_short", "year",
     r"\b(?P<fiscal>FY|fiscal)\s*'?(?:(?P<yy>\d\d)|(?P<year>(?:19|20)\d\d))\b"),
    ("decade", "decade",
     # ... "the end of the 1960s": an edge's "of" before "the" too (session 27)
     rf"(?:the\s+)?(?:(?P<mod>{MOD}){_MOD_SEP}(?:(?<=of\s)the\s+(?=\d))?)?"
     rf"(?:(?P<decade>(?:1[6-9]|20)\d0)(?: ?['’])?s|(?P<decshort>['’] ?\d0)s"
     rf"|(?P<decword>(?:nineteen[\s-]+)?{DECADE_WORD}))\b"),
    ("decade_short", "decade",
     rf"\bthe\s+(?:(?P<mod>{MOD}){_MOD_SEP})?(?P<decshort>[2-9]0)'?s\b"
     # ... "the 80s & 90s", "the 60s&70s" too (session 25)
     r"|(?:(?<=0s\sand\s)|(?<=0s,\s)|(?<=0s\sor\s)|(?<=0s\s&\s)|(?<=0s&))"
     r"(?P<decnext>[2-9]0)'?s\b"),
    ("century", "century",
     # "the 17th-century church": a hyphenated century before its noun is an adjective, and
     # "the" is the noun's (session 29); not before a word that ends the noun phrase
     rf"(?!the\s+(?:(?:{MOD}){_MOD_SEP})?{ORDINAL}-century\s+(?!{_CENTURY_NOT_NOUN}\b)"
     r"(?-i:[a-z]))"
     rf"(?:the\s+)?(?:(?P<mod>{MOD}){_MOD_SEP})?(?P<ord>{ORDINAL})[\s-]+century\b"),
    # "the turn of the century", "the turn of the millennium": the year a century or a
    # millennium turns, one span (session 31; not "the turn of the 20th century": a century)
    ("century_turn", "century_turn",
     r"\bthe\s+turn\s+of\s+the\s+(?P<unit>century|millennium)\b(?![\s-]+(?:old|long)\b)"),
    ("quarter", "quarter",
     rf"(?:\b{alt(POSSESSIVES | {'a', 'an'})}\s+)?(?P<span>"
     rf"(?:(?P<mod>{_EDGE})\s+(?=the\s))?(?:(?P<the>the|this\s+year's|"
     rf"last\s+year's|next\s+year's)\s+)?{_QREL}"
     rf"(?:(?P<qyear>{YEAR})\s+)?(?:fiscal[\s-]+)?{_QORD}[\s-]+(?:fiscal\s+)?quarter\b"
     rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR})|,?\s+(?P<year2>{YEAR})\b"
     r"|(?P<ofrel>\s+of\s+(?:this|last|next|the)\s+year))?)"),
    # "the June quarter": the quarter that ends with that month (company reports); "the
    # April-June quarter", "the July-September period": the quarter its first and last months
    # name (Japanese and Indian companies report so)
    ("quarter_month", "quarter",
     rf"(?:\b(?:a\s+|(?P<poss>{alt(POSSESSIVES)})\s+))?(?P<span>(?(poss)(?:the\s+)?|(?:\bthe\s+"
     # with no article: a statistics office's "December quarter 2005" (its year after it) and
     # India's "March-quarter net" (session 23)
     rf"|\b(?=(?:March|June|September|December)(?:-quarter\b|\s+quarter,?\s+{YEAR}\b))))"
     r"(?:(?P<qmonth>March|June|September|December)"
     rf"(?:\s+|-)quarter\b(?!-)(?:,?\s+(?P<year2>{YEAR})\b|\s+of\s+(?P<qyear>{YEAR})\b)?"
     rf"|(?:January{_TO}(?=March)|April{_TO}(?=June)|"
     rf"July{_TO}(?=September)|October{_TO}(?=December))"
     r"(?P<qmonth2>March|June|September|December)\s+(?:quarter|period)\b"
     rf"(?:\s+of\s+(?P<year>{YEAR})\b)?))"),
    # "the 1988 quarter", and in a results report "the 1989 period" (the quarter reported on)
    ("quarter_of_year", "quarter",
     rf"(?:\b{alt(POSSESSIVES | {'a', 'an'})}\s+)?(?P<span>(?:the\s+)?(?P<qyear>{YEAR})\s+"
     r"(?:fiscal\s+)?quarter\b"
     rf"|\bthe\s+(?P<pyear>{YEAR})\s+period\b)"),
    ("quarter_q", "quarter",
     # (session 15: India's compact "Q2FY24", no space before "FY")
     r"\bQ(?P<qn2>[1-4])(?:\s*FY|\s+fiscal)\s*'?(?P<fy>\d\d|(?:19|20)\d\d)\b"
     rf"|\b(?:(?P<qyear>{YEAR})\s*[-/]?\s*)?Q(?P<qn>[1-4])(?:\s*[-/]?\s*(?P<year>{YEAR}|'\d\d))?\b"),
    ("half", "half",
     rf"(?:(?P<mod>{_EDGE})\s+(?=the\s))?"
     rf"(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?:fiscal\s+(?:year\s+)?)?"
     rf"(?P<year>{YEAR})\b"
     r"|(?P<yrel>this|last|next|the)\s+year)"),
    ("half_h", "half", rf"\bH(?P<hn>[12])\s*(?P<year>{YEAR})\b"),
    # "first-half profit", "second-half sales": a half of the year as "third-quarter profit" is
    # a quarter; only before a figure of a report ("a second-half goal" is a match's half), "net"
    # alone too ("first-half net rose", as "third-quarter net")
    ("half_adjective", "half",
     r"\b(?P<span>(?P<h>first|second)-half)\s+(?:(?:net|pretax|pre-tax|operating|core|"
     r"underlying)\s+)?(?:profits?|earnings|sales|revenues?|results|loss(?:es)?|income|growth|"
     r"output|dividends?|margins?|performance|deliveries|shipments|net)\b"),
    # "the company's H1 profit": a bare "H1"/"H2" before a report's figure, as "first-half
    # profit" (session 21); not a heading's or a virus's "H1" ("the H1 tag", "H1N1")
    ("half_h_figure", "half",
     r"(?<![\w.-])(?P<span>(?-i:H)(?P<hn>[12]))\s+(?:(?:net|pretax|pre-tax|operating|core|"
     r"underlying)\s+)?(?:profits?|earnings|sales|revenues?|results|loss(?:es)?|income|"
     r"dividends?|margins?|deliveries|shipments)\b"),
    # ... and a bare "H1"/"H2" after a preposition of time, ending its phrase ("deliveries pick
    # up in H2.", "guidance for H1 and H2"; session 31); not a gas's "H2" before a noun ("in H2
    # tanks"), a heading's, nor a virus's ("H1N1")
    ("half_h_bare", "half",
     r"\b(?:in|during|for|by|into|over|through|until)[ \t]+(?P<span>(?-i:H)(?P<hn>[12]))"
     r"(?=[ \t]*(?:[.,;:!?)](?!\w)|$|(?:and|or|as|when|than|versus|vs)\b))"),
    # the number first, as analysts write them: "3Q24", "4Q 2023", "1H23", "2H FY25"
    ("period_number_first", "quarter",
     r"(?<![\w.,/-])(?:(?P<qn>[1-4])(?-i:Q)|(?P<hn>[12])(?-i:H))\s?(?:(?:FY|fiscal)\s?)?'?"
     r"(?P<year>(?:19|20)\d\d|\d\d)(?![\w:/-]|[.,]\d)"),
    ("season", "season",
     # "the end of the summer", "the start of last winter": the edge in the span, as a mod, as
     # "the end of the year" has it; a bare "the end of summer" keeps "summer" (session 27)
     rf"(?:(?P<sedge>{_EDGE})\s+(?=(?:the|this|last|next)\s+(?:spring|summer|autumn|fall|winter)\b))?"
     # "later this spring", "earlier this summer": in the span, as "later this year" (s25)
     r"(?:\b(?:later|earlier)\s+(?=(?:this|next|last)\s+(?:spring|summer|autumn|fall|winter)\b))?"
     # "late last summer", "early this spring": the edge in the span, as a mod (session 13)
     # (not a predicate's "late": "the harvest was late last summer")
     r"(?:(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
     r"(?P<smod>early|late|mid)\s+(?=(?:last|this|next)\s))?"
     rf"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the|early|late|mid|"
     rf"the\s+early|the\s+late|the\s+following|the\s+next|the\s+previous|the\s+same"
     # "in the coming autumn": the next one, as "this coming autumn" (session 29)
     r"|the\s+coming|the\s+upcoming"
     # "That summer", "in that spring"; not a relative "that" ("buildings that fall down")
     r"|(?-i:That)|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\bover\s)"
     r"|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bthrough\s))that"
     # ... or after "and"/"but" opening a clause: "and that summer voters rejected"; not a
     # relative's verb: "rules and that fall under" (session 20)
     r"|(?:(?<=\band\s)|(?<=\bbut\s))that(?![\s-]+fall\b)"
     # ... or closing its clause: "the yard nearly closed that autumn, but"; a complement's
     # "that" goes on ("reported that summer sales fell"), a relative's takes "fall" (session 21)
     r"|that(?=\s+(?:spring|summer|autumn|winter)\s*(?:[,.;:!?)]|$)))"
     rf"[\s-]+)?(?:(?P<year0>{YEAR})\s+)?(?P<season>{SEASON})\b"
     r"(?!\s+(?:olympics|games|olympic)\b)"
     rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}|{YEAR_SHORT}|{YEAR_WORDS})\b"
     r"(?:\s*[-/]\s*(?P<yearend>\d\d|(?:19|20)\d\d)\b)?"
     r"|\s+of\s+(?P<syrel>last|this|next)\s+year\b(?![-'’]))?"),
    # "two summers ago", "a couple of winters ago": that many seasons of the kind back, the
    # last one past counting one (session 24)
    ("season_ago", "season",
     r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of)\s+"
     r"(?P<season>spring|summer|autumn|winter)s\s+ago\b"),
    ("holiday", "holiday",
     # "the day after Christmas"; "the weekend before Thanksgiving" (session 24)
     rf"(?:(?P<around>the\s+(?:day|weekend)\s+(?:after|before))\s+"
     # "two days after Christmas", "a week before Easter": counted on or back from the
     # holiday, one date, as "the day after Christmas" is; not after "for" ("shut for two
     # days after Christmas" is a length) (session 27)
     rf"|(?<![Ff]or\s)\b(?P<hcount>\d{{1,2}}|an?|one|{COUNT_WORD})[\s-]+"
     r"(?P<hunit>days?|weeks?|fortnights?)\s+(?P<hdir>after|before)\s+"
     # "the Easter weekend", "the easter wknd" (session 28)
     r"|(?P<thewe>the)\s+(?=(?:[\w'’]+\s+){1,3}(?:weekend|(?-i:wknd|wkend))\b)"
     # "the May bank holiday": a name whose head is a common noun takes its "the", as "the
     # Fourth of July" does; not "the Spring Festival", which a check half keys without it
     # (session 23); "the late May bank holiday", "the August bank holiday" (session 26)
     # ... and "the bank holiday" alone, not before its weekday ("the bank holiday monday"
     # keeps its span) (session 27)
     r"|(?P<thename>the)\s+(?=(?:(?:(?:early|late)\s+)?(?:may|august)\s+)?bank\s+(?:holiday|(?-i:hol))\b"
     r"(?!\s+(?:monday|friday|mon|fri)\b)))?"
     rf"(?:(?P<rel>last|next|this)\s+)?"
     # not a wish's "have a good fri(day)" in lower case (session 28)
     r"(?!(?<=\ba\s)(?-i:good\s+fri))"
     rf"(?P<hol>{HOLIDAY})\b"
     # ... a chat's "labor day wknd" (session 28)
     r"(?(thewe)(?P<hwe>\s+(?:long\s+)?(?:weekend|(?-i:wknd|wkend))\b)"
     r"|(?P<hwe2>\s+(?:long\s+)?(?:weekend|(?-i:wknd|wkend))\b)?"
     # "xmas morning", "New Year's Eve night": that part of the holiday, one TIME; not a
     # thing named after it ("the Christmas night market", "a Boxing Day morning shift")
     # (session 11)
     r"(?:\s+(?P<hpod>morning|afternoon|evening|night)\b(?![-‐]\w|\s+(?:markets?|shifts?|"
     r"bus|buses|trains?|clubs?|editions?|programmes?)\b))?)"
     rf"(?:,?\s+(?P<year>{YEAR})\b)?"),
    ("date_range_md", "range",
     rf"(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})\s*(?:-|–|to|until|through|and)\s*"
     rf"(?P<day2>{DAY_NUM}){_YR}"),
    ("date_range_dm", "range",
     rf"(?<!\d)(?P<day>{DAY_NUM})\s*(?:-|–|to|until|and)\s*(?P<day2>{DAY_NUM})\s+"
     rf"(?:of\s+)?(?P<month>{MONTH}){_YR}"),
]
