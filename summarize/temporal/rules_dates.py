"""Recognition rules for calendar dates: explicit dates, months, years, quarters, seasons."""

from __future__ import annotations

from .patterns import (
    DAY_NUM,
    DECADE_WORD,
    HOLIDAY,
    MOD,
    MONTH,
    MONTH_FULL,
    ORDINAL,
    ORDINAL_DAY_WORD,
    SEASON,
    WEEKDAY_ANY,
    YEAR,
    YEAR_SHORT,
    YEAR_WORDS,
)

_WD = rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+(?:the\s+)?)?"
_YR = rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}|{YEAR_SHORT}|{YEAR_WORDS})\b)?"
_DAY_WORD = rf"(?:(?P<dayw>{ORDINAL_DAY_WORD})\b)"
_MONTH_REL = r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming|past)\s+)?"
_MOD = rf"(?:(?P<mod>{MOD})(?:\s*-\s*|\s+))?"
_QREL = (r"(?:(?P<rel>this|last|next|current|latest|previous|coming|same|comparable"
         r"|corresponding|year-earlier|year-ago|year\s+earlier|prior)\s+)*")
_QORD = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"

#: (rule name, kind, pattern); a group named "span" narrows the mention to part of the match.
RULES: list[tuple[str, str, str]] = [
    ("date_iso", "iso",
     r"\b(?P<year>\d{4})-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
     r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?Z?)?(?![\d-])"),
    ("date_numeric", "numeric",
     r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d{4}|\d{2})"
     r"(?![\d/]|\.\d)"),
    ("date_month_day", "date",
     rf"{_WD}{_MOD}(?P<month>{MONTH})\s*(?:(?P<day>{DAY_NUM})|(?:the\s+)?{_DAY_WORD}){_YR}"
     r"(?!\s*(?:%|percent|-\d|–\d|:\d))"),
    ("date_day_month", "date",
     rf"{_WD}(?:(?P<day>{DAY_NUM})|{_DAY_WORD})\s+(?:of\s+)?(?P<month>{MONTH}){_YR}"),
    ("month_year", "month",
     rf"{_MOD}(?P<month>{MONTH})(?:,?\s+|\s+of\s+)(?P<year>{YEAR}|{YEAR_SHORT}|{YEAR_WORDS})\b"),
    ("month_rel_year", "month",
     rf"{_MOD}(?P<month>{MONTH})\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b"),
    ("month", "month", rf"{_MONTH_REL}{_MOD}(?P<month>{MONTH_FULL}|Sept\.)(?!\s*\d)"),
    ("year", "year",
     rf"(?<![$£€\d.,/-])(?:(?P<mod>{MOD})(?:\s*-\s*|\s+))?(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?"
     rf"(?P<year>{YEAR})\b(?!\s*(?:%|percent|-\d|–\d|\.\d|:\d|/\d))"),
    ("year_words", "year",
     rf"the\s+year\s+(?P<year>{YEAR_WORDS})|(?P<yw>(?=(?:nineteen|twenty)[\s-]){YEAR_WORDS})"),
    ("year_fiscal_short", "year", r"\b(?P<fiscal>FY|fiscal)\s*'?(?P<yy>\d\d)\b"),
    ("decade", "decade",
     rf"(?:the\s+)?(?:(?P<mod>{MOD})(?:\s*-\s*|\s+))?"
     rf"(?:(?P<decade>(?:1[6-9]|20)\d0)'?s|(?P<decshort>'\d0)s"
     rf"|(?P<decword>(?:nineteen[\s-]+)?{DECADE_WORD}))\b"),
    ("century", "century",
     rf"(?:the\s+)?(?:(?P<mod>{MOD})(?:\s*-\s*|\s+))?(?P<ord>{ORDINAL})[\s-]+century\b"),
    ("quarter", "quarter",
     rf"(?:(?P<the>the|its|their|this\s+year's|last\s+year's|next\s+year's|a)\s+)?{_QREL}"
     rf"(?:(?P<qyear>{YEAR})\s+)?(?:fiscal[\s-]+)?{_QORD}[\s-]+(?:fiscal\s+)?quarter\b"
     rf"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR})|,?\s+(?P<year2>{YEAR})\b"
     r"|(?P<ofrel>\s+of\s+(?:this|last|next|the)\s+year))?"),
    ("quarter_q", "quarter",
     rf"\b(?:(?P<qyear>{YEAR})\s*[-/]?\s*)?Q(?P<qn>[1-4])(?:\s*[-/]?\s*(?P<year>{YEAR}|'\d\d))?\b"),
    ("half", "half",
     rf"(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?P<year>{YEAR})\b"
     r"|(?P<yrel>this|last|next|the)\s+year)"),
    ("half_h", "half", rf"\bH(?P<hn>[12])\s*(?P<year>{YEAR})\b"),
    ("season", "season",
     rf"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the|early|late|mid|"
     rf"the\s+early|the\s+late)[\s-]+)?(?P<season>{SEASON})\b"
     rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}|{YEAR_SHORT}|{YEAR_WORDS})\b)?"),
    ("holiday", "holiday",
     rf"(?:(?P<rel>last|next|this)\s+)?(?P<hol>{HOLIDAY})\b"
     rf"(?:,?\s+(?P<year>{YEAR})\b)?"),
    ("date_range_md", "range",
     rf"(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})\s*(?:-|–|to|until|through|and)\s*"
     rf"(?P<day2>{DAY_NUM}){_YR}"),
    ("date_range_dm", "range",
     rf"(?<!\d)(?P<day>{DAY_NUM})\s*(?:-|–|to|until|and)\s*(?P<day2>{DAY_NUM})\s+"
     rf"(?:of\s+)?(?P<month>{MONTH}){_YR}"),
]
