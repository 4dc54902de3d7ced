"""Key tokens: every rule's match contains one of its key tokens, so a rule is only tried at
word starts just before a key token (a cheap prefilter that keeps tagging fast)."""

from __future__ import annotations

import re
from functools import cache

from summarize import regex_cache as rx

from .patterns import HOLIDAY_FORMS
from .resources.calendar_words import (
    FIXED_HOLIDAYS,
    HISTORIC_DAYS,
    HOLIDAY_ALIASES,
    LETTER_MONTHS,
    MONTH_ABBREVIATIONS,
    MONTH_MISSPELLINGS,
    MONTHS,
    MOVABLE_HOLIDAYS,
    PARTS_OF_DAY,
    SEASONS,
    TIMED_SERVICES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_MISSPELLINGS,
    WEEKDAYS,
)
from .resources.day_words import (
    DAY_AT_WORDS,
    POST_DAY_WORDS,
    TOMORROW_SPELLINGS,
    TONIGHT_SPELLINGS,
)
from .resources.numbers import CARDINALS, DECADE_WORDS, HOUR_WORDS, ORDINALS, VAGUE_QUANTITIES
from .resources.post_days import RANGE_NOTICE_WORDS
from .resources.requests import DAY_SUITS, RESCHEDULE_VERBS, RESCHEDULED
from .resources.units import (
    ANAPHORIC_DAYS,
    APPROXIMATORS,
    BROADCAST_ZONES,
    DEICTIC_DAYS,
    POST_EVENING_CUES,
    POST_PARTS_OF_DAY,
    RUN_ADJECTIVES,
    SET_WORDS,
    UNIT_END_ABBREVIATIONS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_REFS,
    ZONE_CODES,
)
from .resources.verbs import CLOCK_START_VERBS

TOKEN = rx.compile(r"\w+")
_ORD = rx.compile(r"\d+(?:st|nd|rd|th)$")
_DECADE = rx.compile(r"\d*0s$")
_YEAR_QUARTER = rx.compile(r"\d{4}q[1-4]$")
#: Lower-case tokens that glue a number to letters and are a time whatever follows ("3pm",
#: "10a", "15h00", "0930hrs", "2018q4"): the recogniser tries them without a look ahead.
GLUED = rx.compile(r"(?:1[0-2]|0?[1-9])(?::?[0-5]\d)?[ap]m?|(?:[01]?\d|2[0-3])h(?:[0-5]\d)?"
                   r"|(?:1[0-2]|[1-9])ish"  # a post's "9ish"
                   r"|(?:[01]\d|2[0-3])[0-5]\d(?:hrs?|h|z|gmt|utc)|\d{4}q[1-4]"
                   r"|[1-4]q(?:\d\d){1,2}")


def _words(phrases) -> set[str]:
    return {w for p in phrases for w in re.findall(r"\w+", p.lower())}


_MONTH = set(MONTHS) | set(MONTH_ABBREVIATIONS) | set(MONTH_MISSPELLINGS)
_WEEKDAY = set(WEEKDAYS) | set(WEEKDAY_MISSPELLINGS)
_UNIT = _words(UNITS) | _words(UNIT_PLURALS)
_DAYPARTS = {"day", "morning", "night", "evening", "afternoon"}
_NUM = {"#NUM", "#YEAR"}

#: India's compact fiscal quarters, one token ("Q2FY24", "Q4FY2023"; session 15).
_COMPACT_FY_QUARTERS = frozenset(
    {f"q{q}fy{y:02d}" for q in range(1, 5) for y in range(100)}
    | {f"q{q}fy{y}" for q in range(1, 5) for y in range(1900, 2100)})
#: Rule name -> key tokens (lower case words, or #NUM / #YEAR / #ORD / #DECADE for digits).
RULE_KEYS: dict[str, set[str]] = {
    "date_iso": {"#YEAR"}, "date_numeric": _NUM,
    "date_iso_basic": {"dated", "date", "effective"},
    "date_month_day": _MONTH, "date_day_month": _MONTH, "month_year": _MONTH, "month": _MONTH,
    "month_lower_bare": _MONTH,
    "month_lower_bare_end": {"may", "march", "august"},
    "date_range_md": _MONTH, "date_range_dm": _MONTH,
    "date_numeric_md": _NUM, "date_numeric_dash": _NUM, "date_dmy_sep": _NUM | _MONTH,
    "date_mdy_sep": _MONTH,
    "year_month": {"#YEAR"}, "month_slash_year": {"#YEAR"},
    "day_of_month_rel": {"month"}, "year_range": {"#YEAR"},
    "weekday_day": _WEEKDAY | set(WEEKDAY_ABBREVIATIONS), "day_ordinal": {"#ORD"},
    "day_ordinal_range": set(RANGE_NOTICE_WORDS),
    "day_ordinal_range_end": set(RANGE_NOTICE_WORDS),
    "day_ordinal_moved": set(RESCHEDULE_VERBS) | set(RESCHEDULED), "day_ordinal_suits": {"#ORD"},
    "day_ordinal_was": {"was", "were"},  # keyed by its verb: no digit prefilter to keep
    "day_ordinal_word": {w.split()[0].split("-")[0] for w, n in ORDINALS.items()
                         if 10 <= n <= 31},
    "day_of_month_nth": {"day"}, "day_of_month_nth_rel": {"day"},
    "day_of_month_letter": set(LETTER_MONTHS),
    "week_of_month": {"week", "weekend", "wk"}, "week_of_date": {"week", "weekend"},
    "quarter_of_year": {"quarter", "period"}, "quarter_month": {"quarter", "period"},
    "date_rel_year": _MONTH, "year_short": {"#YY"},
    "year": {"#YEAR"}, "year_words": {"nineteen", "twenty", "thousand"},
    "year_words_old": {"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                       "seventeen", "eighteen", "nineteen"},  # "nineteen hundred" (s25)
    "month_rel_year": _MONTH, "year_fiscal_short": {"fy", "fiscal"},
    "decade": {"#DECADE", "#YEAR"} | set(DECADE_WORDS), "century": {"century"},
    "century_turn": {"turn"},
    "decade_short": {"#DECADE"},
    "quarter": {"quarter"}, "quarter_q": {"q1", "q2", "q3", "q4", "#YQ"} | _COMPACT_FY_QUARTERS,
    "half": {"half"}, "half_adjective": {"half"}, "half_h": {"h1", "h2"},
    "half_h_figure": {"h1", "h2"},
    "half_h_bare": {"h1", "h2"},  # session 31
    "period_number_first": _NUM,
    "season": set(SEASONS),
    "season_ago": {"springs", "summers", "autumns", "winters"},  # session 24
    "holiday": {h.removeprefix("the ").split()[0].split("'")[0]
                for h in [*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS, *HOLIDAY_ALIASES, *HISTORIC_DAYS]},
    "clock_ampm": _NUM, "clock_24h": _NUM, "clock_tv_listing": _NUM,
    "clock_range_start": _NUM | {"between"},  # "between 8 and 9pm" (session 13, round 2)
    "clock_event_start": _NUM, "clock_hour_zone": _NUM,
    "clock_hrs": _NUM | {"hours"}, "clock_oclock": {"clock"},
    "clock_word": {"after", "before"}, "clock_words": {"am", "pm", "m"},
    "clock_hhmm_range": _NUM, "clock_hhmm_range_end": _NUM,  # session 25
    # session 26: keyed by the run or the update after the digits (a bare "0715" keys nothing)
    "clock_hhmm_service": set(TIMED_SERVICES), "clock_hhmm_service_end": set(TIMED_SERVICES),
    "clock_hhmm_update": {"update", "updates", "kick", "kickoff", "ko"},
    "clock_words_zone": {z.lower() for z in ZONE_CODES.split("|")} | {"local"},  # session 25
    "clock_past": {"half", "quarter", "minutes", "minute", "twenty", "ten", "five"},
    "clock_half_hour": {"half"}, "clock_range_end": _NUM,
    "clock_hour_pod": {"morning", "afternoon", "evening", "night", "l8r", "later",
                       *TONIGHT_SPELLINGS, *TOMORROW_SPELLINGS},
    "clock_dot_tonight": set(TONIGHT_SPELLINGS), "clock_dot_cue": _NUM | {"#AT"},
    "clock_pod_at": {"morning", "afternoon", "evening", "night", *TONIGHT_SPELLINGS},
    "clock_until_evening": {"night", *TONIGHT_SPELLINGS, "evening"},
    "clock_from_till": {"from", "between"}, "clock_from_till_end": {"from", "between"},  # s16
    "clock_open_dash": {"open", "opens", "opening"},  # session 26
    "clock_open_dash_end": {"open", "opens", "opening"},
    "clock_comma_till": {"till", "til", "until"},  # session 25, round 2
    "clock_dot_from": _NUM,  # session 25, round 2 ("from 12.30": the digits key it)
    "clock_dot_day": _NUM,  # session 30 ("7.15 mon")
    "clock_comma_till_end": {"till", "til", "until"},
    "clock_post_at": {"at", "from", "by", "before", "b4", "til", "till", "until",  # session 13
                      "since", "around", "about",  # session 26
                      "and"},  # a list's last hour: "at 6, 7:30 and 9" (session 15, round 3)
    "clock_post_listing": {"doors", "showtime", "curtain", "curtains", "show"},  # session 13
    "clock_at_sign": {"#AT", "#NUM"},  # a bare number right after "@" ("#AT": recognise.py)
    "clock_ish": {"#NUM"},
    # s12, s25; "this aft" (s29)
    "part_of_day": _words(PARTS_OF_DAY) | set(POST_PARTS_OF_DAY) | {"noonish", "eve", "aft"},
    "tonight": {"tonight", "overnight"},
    "deictic_day": {p.split()[-1] for p in DEICTIC_DAYS} | set(TOMORROW_SPELLINGS),
    "anaphoric_day": _words(ANAPHORIC_DAYS) & (_DAYPARTS | {"date"}),
    "weekday": _WEEKDAY | {w + "s" for w in _WEEKDAY},
    "weekday_after_next": _WEEKDAY, "week_weekday": _WEEKDAY,
    "weekday_of_week": _WEEKDAY | set(WEEKDAY_ABBREVIATIONS),
    "unit_after_next": {"week", "weekend", "month", "quarter", "year", "wk", "wknd",
                        "wkend"},  # a chat's "the wknd after next" (session 28)
    "unit_before_last": {"week", "weekend", "month", "quarter", "year"},
    "unit_end_bare": {"day", "week", "month", "quarter", "year"},
    "unit_before_after": {"week", "weekend", "month", "quarter", "year", "wk", "wknd", "wkend",
                          "yr"},  # a post's "the wk after" (session 25)
    "weekday_abbr": set(WEEKDAY_ABBREVIATIONS), "weekday_abbr_time": set(WEEKDAY_ABBREVIATIONS),
    "weekday_abbr_chat": set(WEEKDAY_ABBREVIATIONS), "weekday_sun_past": {"sun"},
    "weekday_abbr_after_next": set(WEEKDAY_ABBREVIATIONS),
    "weekday_abbr_diary": set(WEEKDAY_ABBREVIATIONS),
    "weekday_abbr_farewell": set(WEEKDAY_ABBREVIATIONS),
    "clock_at_day": _WEEKDAY | set(WEEKDAY_ABBREVIATIONS) | set(CLOCK_START_VERBS)
    | set(DAY_AT_WORDS) | set(POST_DAY_WORDS) | set(POST_EVENING_CUES),
    "weekday_count": {w + "s" for w in _WEEKDAY},
    "unit_relative": {"week", "weekend", "month", "quarter", "year", "decade", "century",
                      "period", "wk", "wknd", "wkend", "yr"},
    "same_day_rel": {"week", "month", "year", "wk", "yr"}, "same_unit_year_back": {"same"},
    "today_generic": {"today"}, "unit_relative_clause": {"week", "month", "year", "quarter",
                                                       "decade", "century"},
    "unit_full_year": {"year"},
    "unit_year_end": {"end"}, "unit_year_ago_adj": {"earlier", "ago"},
    "unit_mid": {"mid", "midyear", "midmonth", "midweek"},
    "unit_end_abbr": set(UNIT_END_ABBREVIATIONS),
    "offset_fraction": {"year", "decade", "century", "month",
                        "half"},  # "a week and a half ago" (session 26)
    "offset": _UNIT, "offset_in": _UNIT, "offset_in_reminder": _UNIT, "offset_from": _UNIT,
    "offset_in_bare": {"back", "home"},
    "weekday_of_month": _WEEKDAY | set(WEEKDAY_ABBREVIATIONS),
    "offset_on": {"week", "weeks", "fortnight", "fortnights", "wk", "wks"},
    "weekday_week": _WEEKDAY | set(WEEKDAY_ABBREVIATIONS),  # "mon wk" (session 28)
    "weekday_nth_from": _WEEKDAY, "unit_streak": {"day", "week", "session"},
    "unit_superlative": {"day", "week", "session"},
    # "the other day/night" keyed by "other": "day" and "night" key many rules already
    "vague": {p.split()[-1] for p in VAGUE_REFS} - {"day", "night"} | {"other"},
    "vague_post": {"rn", "atm"},
    "set_rate": _UNIT | {"annum"}, "vague_adjective": {"recent"},
    "duration": _UNIT, "duration_range": _UNIT, "duration_compound": _UNIT,
    "duration_sum": _UNIT, "duration_another": _UNIT,
    "duration_fraction": {"hour", "minute", "day", "year", "decade", "century"},
    "duration_bare": _words(UNIT_PLURALS), "duration_first": _words(UNIT_PLURALS),
    "duration_bare_later": _words(UNIT_PLURALS), "duration_bare_away": _words(UNIT_PLURALS),
    "duration_headline": {"week", "month", "year", "decade", "century"},
    "headline_weekend": {"weekend"},  # "Through Weekend" (session 26)
    "unit_holiday_weekend_bare": {"weekend", "wknd", "wkend"},  # "bank hol wknd" (session 28)
    "clock_alarm": {"alarm", "alarms"}, "clock_half_post": {"half"},  # session 28
    "duration_within": {"hour", "minute"},
    "duration_fortnight": {"fortnight", "hour"},
    "duration_long": {"long"} | {f"{u}long" for u in ("hour", "day", "week", "month", "year",
                                                         "decade", "century")},
    "set_every": {"every", "each"}, "set_word": set(SET_WORDS),
    "set_times": {"once", "twice", "times"},
    "set_counted": {"minutes", "hours", "days", "nights", "mornings", "afternoons", "evenings",
                    "weekends", "weeks", "months", "hrs", "mins", "minute", "hour", "day",
                    "night", "morning", "afternoon", "evening", "weekend", "week", "month"},
    "set_weekdays": {w + "s" for w in _WEEKDAY} | {"weekends"},
    "then": {"then", "time"},
    "era_day_ordinal": {"day"}, "era_day_number": {"day"}, "era_since_start": {"since"},
}


#: Rules whose match has a number (or "a", "few", "more"...) right before the unit that keys
#: them ("three days ago", "a week or so"): tried only when such a word precedes the key.
NUMBER_BEFORE_KEY = frozenset({"duration", "duration_range", "duration_compound", "offset",
                               "offset_in", "offset_in_reminder", "offset_from", "offset_on",
                               "duration_sum",
                               "set_rate", "set_counted"})
NUMBERISH = frozenset(
    {w.split()[-1] for w in (*CARDINALS, *VAGUE_QUANTITIES)}
    | {"more", "half", "a", "an", "few", "several", "couple", "dozen", "of", "and", "or",
       "another", "additional", "further", "same", "extra", "per"}
    | set(RUN_ADJECTIVES))  # "six straight quarters"


def _first_words(phrases) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", p.lower())[0] for p in phrases)


_NUMBER_FIRST = _first_words(CARDINALS) | _first_words(VAGUE_QUANTITIES) | {"half"}
_APPROX_FIRST = _first_words(APPROXIMATORS)
#: Rules whose matches start with a number (or a hedge before it): the words such a match may
#: begin with, besides a digit. The recogniser tries them only where one of these starts, a
#: cheap word test before an expensive pattern (the number words are a long alternation).
RULE_FIRST_WORDS: dict[str, frozenset[str]] = {
    "offset": _APPROX_FIRST | _NUMBER_FIRST, "duration_sum": _APPROX_FIRST | _NUMBER_FIRST,
    "duration": _APPROX_FIRST | _NUMBER_FIRST | {"the", "another", "an", "a", "additional",
                                                 "each", "more", "these"},
    "duration_range": _NUMBER_FIRST, "offset_from": _NUMBER_FIRST, "offset_on": _NUMBER_FIRST,
    "weekday_count": _NUMBER_FIRST,
}


#: Rules whose matches start with a number followed by a separator, an am/pm or four digits
#: ("3/4", "10:30 pm", "1800 hrs"): what the text at a digit key must look like for a match to
#: start there. When neither the key nor any other token the rule has yet to try looks so, no
#: match can reach the key, so the rule is not tried there ("09:45" keys no date).
DIGIT_KEY_START: dict[str, str] = {
    "date_numeric": r"\d\d?[/.]", "date_numeric_md": r"\d\d?/", "date_numeric_dash": r"\d\d?-",
    "date_dmy_sep": r"\d\d?[-/]", "date_iso": r"\d{4}[-/.]\d", "year_month": r"\d{4}[-/]\d",
    "year_range": r"\d{4}\s*[-–/]\s*\d",  # "2008-09", "1999 – 2000" (session 17)
    # clock times: the hour's separator, a zone or "hrs" after four digits, an "@" before
    # (a year's "2019" tries none of them); the decade's "s" ("1990s", "1990 's", "'90s")
    "clock_hrs": rf"\d{{4}}\s*(?:hrs|hours|local|{ZONE_CODES}|ET)\b",
    "clock_24h": r"\d\d?[:h][0-5]\d", "clock_hour_zone": rf"\d\d?\s*(?-i:{BROADCAST_ZONES})\b",
    "clock_range_start": r"\d\d?(?:[:.]\d\d)?\s*(?:-|–|to|and|til|until)",
    "clock_range_end": r"\d\d?(?:[:.]\d\d)?\s*[ap]", "clock_at_sign": r"(?:(?<=@)|(?<=@\s))\d",
    "decade": r"(?:\d\d)?\d0 ?['’]?s",
    "clock_dot_cue": r"\d\d?\.[0-5]\d", "clock_ish": r"\d\d?(?:[:.]\d\d)?-?ish",
    "clock_ampm": r"\d+(?:\s?[:.]\d\d(?::\d\d)?)?\s*[ap]",
    # "on the 3rd", not "on the 12th day": what the rule's look-ahead after the day refuses
    "day_ordinal": (r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!-|\s+(?:of\s+)?(?!(?:and|when|"
                    r"for|from|with|after|before|until|till|through|again|too|but|then|that)\b)"
                    r"(?:[A-Z][a-z]{2}|[a-z]{3}))"),
    # "the 9th works for us", not "its 21st day": the offer's verb right after the day
    "day_ordinal_suits": (r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+"
                          + "(?:" + "|".join(sorted({w.split()[0] for w in DAY_SUITS})) + r")\b"),
}


#: Rules whose weekday or month key is the weekday (month) of the match: what must follow
#: the key word (``after``, matched where it ends) or end the text the rule has yet to try
#: before it (``before``). Where that is missing the rule could match nothing reaching the
#: key, so it is not tried ("Thursday 1 May:" tries neither "Thursday after next" nor
#: "May 2025").
WORD_KEY_AFTER: dict[str, str] = {
    "weekday_after_next": r"\s+(?:after|before)\b",
    "weekday_week": r"\.?\s+(?:week|fortnight|wk)\b",
    "weekday_of_week": r"\s+(?:of\s+)?(?:next|last|this|the)\b", "weekday_nth_from": r"\s+from\b",
    "weekday_of_month": r"\s+(?:of|in)\b", "clock_at_day": r"\.?\s+at\s",
    "weekday_day": r"\.?,?\s+(?:the\s+)?(?:\d|[a-z])",
    "date_month_day": r"\.?\s*\w", "date_range_md": r"\.?\s*\d", "month_year": r"\.?\s?,?\s",
    "month_rel_year": r"\.?\s+(?:of\s+)?(?:last|this|next|that|the)\b",
    "date_rel_year": r"\.?(?:\s*\d|\s+(?:of\s+)?(?:last|this|next|that|the)\b)",
    # rules keyed by the unit that ends them ("the 3rd day of May", "third straight day"): not
    # tried at a day count ("the 12th day of the strike")
    "day_of_month_nth": r"\s+(?:of|in)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "day_of_month_nth_rel": r"\s+of\s+(?:this|next|last|the(?:\s+(?:same|following|previous))?)"
                            r"\s+month\b",
    "unit_streak": r"(?!\s+of\s)", "unit_superlative": r"\s+(?:since|in|on\s+record|ever)\b",
    # an hour right after the plan's "at"/"from"/"by" ("back by 6"): not tried at every "at"
    "clock_post_at": r"\s+\d",
    "clock_from_till": r"\s+\d", "clock_from_till_end": r"\s+\d",  # "from 9 until 5"
    "day_ordinal_range": r"\s+\d", "day_ordinal_range_end": r"\s+\d",  # "off 3rd-5th"
    "clock_word": rf"\s+(?:{'|'.join(HOUR_WORDS)})\b",  # "after five"
    # rules keyed by a unit that a fixed phrase must follow (session 17): "the week after next",
    # "the year before last", "next week before the vote", "a day and a half", "the first
    # three days of" (a two-word unit's first word keys it: "business days of")
    "unit_after_next": r"\s+after\s+next\b", "unit_before_last": r"\s+before\s+last\b",
    "unit_relative_clause": r"\s+(?:before|after)\s+\w",
    "duration_compound": r"(?:\s+days?)?\s+and\s+a\s+half\b",
    "duration_first": r"(?:\s+days)?\s+of\b",
    "offset_from": r"(?:\s+days?)?\s+(?:from|before|after)\s",  # "two days from today"
    "duration_bare_later": r"(?:\s+days)?\s+(?:later|earlier)\b",  # "years later"
    "duration_bare_away": r"\s+(?:away|in\s+the\s+making)\b",  # "weeks away"
    "set_counted": r"\s+an?\s",  # "two hours a day"
}
#: Rules whose key words stand in a fixed list of phrases, as the holiday rule's names do
#: (session 17): at a key word, the rule needs what follows that word in one of them, and is
#: passed over elsewhere ("new" keys "New Year's Eve"; "May Day", not every "May").
KEY_PHRASES: dict[str, frozenset[str]] = {"holiday": HOLIDAY_FORMS}
#: From a key word's end in a phrase: the next separator and word (a line ends each phrase).
_PHRASE_STEP = rx.compile(r"[^\w\n]*\w*")
_WORD_CHAR = rx.compile(r"\w")


@cache
def _joined_phrases(name: str) -> str:
    """Rule ``name``'s phrases in lower case, one per line (searched with ``str.find``)."""
    return "\n" + "\n".join(sorted(p.lower() for p in KEY_PHRASES[name])) + "\n"


def phrase_key_after(name: str, key: str) -> str | None:
    """What must follow ``key`` (a lower-case key word) for one of rule ``name``'s phrases to
    hold it: the next separator and word after each place it has in them, matched without
    case; None where it ends a phrase (anything may follow) or stands in none."""
    joined, steps = _joined_phrases(name), set()
    at = joined.find(key)
    while at >= 0:
        end = at + len(key)
        if not _WORD_CHAR.match(joined, at - 1) and not _WORD_CHAR.match(joined, end):
            if joined[end] == "\n":
                return None
            steps.add(_PHRASE_STEP.match(joined, end).group())
        at = joined.find(key, at + 1)
    if not steps:
        return None
    return "(?:" + "|".join(r"\s+".join(map(re.escape, s.split(" "))) for s in sorted(steps)) + ")"


#: Fixed-width look-behinds that hold wherever a rule's ``WORD_KEY_BEFORE`` does: a word keying
#: only such rules is not even found elsewhere (session 17: "was" and "were" key only "the 3rd
#: was her last day", and stand in most sentences; one blank after the ordinal's last letter,
#: or more blanks).
KEY_SCAN_BEFORE: dict[str, str] = {"day_ordinal_was": r"[tdh\s]\s"}
WORD_KEY_BEFORE: dict[str, str] = {
    "week_weekday": r"week\s*,?\s+(?:on\s+)?$", "date_dmy_sep": r"[-/]$",
    "day_ordinal_was": r"\d(?:st|nd|rd|th)\s+$",  # "the 3rd was her last day": not every "was"
    "duration_fraction": r"(?:an?|half|quarters?)[\s-]+$",
    "date_range_dm": (r"\d(?:st|nd|rd|th)?\s*(?:-|–|to|until|and)\s*\d+(?:st|nd|rd|th)?\s+"
                      r"(?:of\s+)?$"),
}


#: Informal words that start with a digit but key a rule as words do ("2moro", "2nite").
DIGIT_WORDS = frozenset({"2moro", "2morrow", "2nite", "2night", "2day", "2nyt"})


def token_class(tok: str) -> str:
    """The key a token stands for: itself lower-cased, or a digit shape."""
    if not tok[0].isdigit():
        return tok.lower()
    if tok[-1].isalpha() and tok.lower() in DIGIT_WORDS:
        return tok.lower()
    if tok.isdigit():
        return "#YEAR" if len(tok) == 4 and 1600 <= int(tok) <= 2099 else "#NUM"
    if _ORD.match(tok):
        return "#ORD"
    if _YEAR_QUARTER.match(tok.lower()):
        return "#YQ"
    return "#DECADE" if _DECADE.match(tok) else "#NUM"

#: How many tokens before its key a rule's match may start (default 7).
RULE_BACK: dict[str, int] = {
    "date_iso": 1, "date_numeric": 3, "date_numeric_md": 2, "date_numeric_dash": 1,
    "date_dmy_sep": 3, "date_mdy_sep": 1, "year_month": 1, "year_range": 1,
    "day_of_month_rel": 5, "weekday_day": 1,
    "day_ordinal": 3, "day_of_month_nth": 3, "day_of_month_nth_rel": 3,
    "week_of_month": 3, "week_of_date": 2,
    "quarter_of_year": 4, "date_month_day": 5, "date_day_month": 5, "month_year": 5,
    "month": 6, "month_lower_bare": 2, "month_lower_bare_end": 2, "date_range_md": 1,
    "date_range_dm": 4, "year": 6, "year_words": 5,
    "quarter_month": 5, "date_rel_year": 3, "year_short": 2, "unit_streak": 5,
    "month_rel_year": 3, "year_fiscal_short": 1,
    "decade": 6, "decade_short": 3, "quarter_q": 1, "half_h": 1, "half_h_bare": 2,
    "period_number_first": 2,
    "month_slash_year": 2,
    "season": 5, "season_ago": 4, "holiday": 5,
    "clock_ampm": 2, "clock_range_start": 1, "clock_24h": 3, "clock_hrs": 3, "clock_oclock": 3,
    "clock_word": 2,
    "clock_past": 3, "clock_hour_pod": 7, "clock_pod_at": 2, "clock_words": 5,
    "clock_words_zone": 6, "clock_hhmm_range": 1, "clock_hhmm_range_end": 3,
    "clock_hhmm_service": 4, "clock_hhmm_service_end": 4, "clock_hhmm_update": 2,
    "clock_at_sign": 1, "clock_ish": 3, "clock_half_hour": 2, "clock_range_end": 1,
    "clock_dot_tonight": 3, "clock_dot_cue": 3,
    "part_of_day": 4,
    "tonight": 1, "deictic_day": 5, "anaphoric_day": 6, "weekday": 4, "weekday_after_next": 2,
    "weekday_abbr_after_next": 2,
    "weekday_of_week": 1, "week_weekday": 5, "weekday_of_month": 3, "weekday_count": 4,
    "offset_from": 5, "offset_on": 3, "weekday_week": 1, "weekday_nth_from": 3,
    "unit_after_next": 2, "unit_before_after": 2, "unit_before_last": 2,
    "unit_end_bare": 3, "same_day_rel": 4, "same_unit_year_back": 2, "weekday_abbr": 3,
    "weekday_abbr_time": 1,
    "weekday_abbr_chat": 1, "weekday_abbr_diary": 2, "weekday_sun_past": 14, "day_ordinal_was": 4,
    "weekday_abbr_farewell": 11,
    "clock_at_day": 1,
    "clock_post_at": 1,
    "clock_from_till": 1, "clock_from_till_end": 1,
    "clock_comma_till": 2, "clock_comma_till_end": 2,
    "clock_dot_from": 2, "clock_dot_day": 1,
    "clock_post_listing": 2,  # "curtain up 7"
    "unit_year_end": 4, "unit_mid": 1, "unit_end_abbr": 2,
    "unit_year_ago_adj": 4, "vague": 4, "vague_post": 1,
    "set_every": 5, "set_word": 4, "set_times": 3,
    "set_weekdays": 2, "set_counted": 3, "duration_within": 3, "set_rate": 2, "vague_adjective": 1,
    "duration_sum": 3, "duration_another": 3, "duration_fortnight": 3,
    "era_day_number": 3, "era_since_start": 1,
    "unit_full_year": 9,  # "expects sales (four words) for the full year"
    "clock_tv_listing": 1,
    "clock_event_start": 4,  # "puck drop at 3:15" (session 12)
    "clock_hour_zone": 2,
    "unit_holiday_weekend_bare": 3,  # "bank holiday long weekend" (session 28)
    "clock_alarm": 1, "clock_half_post": 1,  # session 28
    "century_turn": 2,  # "the turn of the century" (session 31)
}
