"""Recognition rules for durations ("three days", "the past 24 hours"), sets ("every Friday",
"$5 million a year") and the vague adjective "recent" ("recent rulings")."""

from __future__ import annotations

from .patterns import (
    APPROX,
    COUNT_WORD,
    FIXED_HOLIDAY,
    MONTH_ABBR,
    MONTH_FULL,
    NOT_ORDINAL,
    NUMBER,
    POD,
    SEASON,
    TIMES_COUNT,
    UNIT,
    UNIT_PLURAL,
    WEEKDAY,
    alt,
)
from .resources.calendar_words import WEEKDAY_ABBREVIATIONS
from .resources.units import (
    CURRENCY_SIGNS,
    RUN_ADJECTIVES,
    SET_WORDS,
    STRAIGHT_DIRECTIONS,
    UNITS,
    VAGUE_ADJECTIVE_NOUNS,
)
from .resources.verbs import PARTICIPLES, PAST_AFTER_ADVERB

#: A recurrence's first day after its adverb ("daily starting Oct. 28", "weekly beginning on
#: Monday", "monthly effective next year"): the adverb is the verb's, a SET (session 28).
_SET_STARTS = (r"(?:starting|beginning|effective)\s+(?=(?:on|in|from|next|this|today|tomorrow|"
               r"tonight)\b|(?-i:[A-Z0-9]))")
#: Irregular participles of a passive before a recurrence adverb ("are set daily"), with
#: ``PARTICIPLES`` (session 27).
_IRREGULAR_PASSIVES = frozenset({
    "set", "put", "cut", "paid", "made", "held", "sold", "kept", "sent", "run", "read", "fed",
    "bought", "brought", "built", "shut", "spent", "told", "taught", "heard", "met", "won",
    "lost", "fixed"})

#: An age is no duration: "a 43-year-old man", "37 years old", "52 years of age", "aged 60",
#: "one to four year olds", "five-year-olds".
_NOT_AGE = r"(?![-\s]+olds?\b|\s+of\s+age\b)"
#: "quarter" as a fraction ("a quarter of its staff", "about a quarter, of the") is no unit
#: of time.
_NOT_FRACTION = (r"(?!(?<=quarter)\s*,?\s+of\s+(?!an?\s+(?:hour|century|year|day|mile)\b))"
                 # "three quarters of the crop", "two quarters of its land": shares (session
                 # 18); "three quarters of growth" stays a length
                 r"(?!(?<=quarters)\s+of\s+(?:the|its|their|his|her|our|my|your|all|those|"
                 r"these|them|it|us)\b)")
#: "minute" as the adjective "tiny" before its noun ("a minute tear", "minute traces"): no
#: unit of time (session 19).
_NOT_TINY = (r"(?!(?<=minute)\s+(?:amounts?|quantit(?:y|ies)|fractions?|traces?|tears?|cracks?|"
             r"holes?|particles?|details?|differences?|changes?|increases?|decreases?|doses?|"
             r"droplets?|specks?|portions?|fragments?|errors?|deviations?|variations?)\b)")
_UNIT_END = rf"\b{_NOT_AGE}{NOT_ORDINAL}{_NOT_FRACTION}{_NOT_TINY}"
#: A number after a currency sign is an amount, no count of units ("2 for £5 night", "a $10
#: day pass"; session 11), nor is the tail of a number ("£4.50 day"); ``checks.context_ok``
#: drops any rule's match after a sign, this keeps the durations' from starting inside a price.
_NOT_MONEY = rf"(?<![{''.join(sorted(CURRENCY_SIGNS))}\d])(?<!\d[.,])"
#: A run's adverb after the unit, in the span ("two days straight", "three nights running").
_RUN_AFTER = (rf"\s+(?:straight\b(?!\s+{alt(STRAIGHT_DIRECTIONS)}\b)"
              r"|running\b(?=\s*(?:[.,;:!?)]|$)))")

RULES: list[tuple[str, str, str]] = [
    ("set_rate", "set",  # an amount comes before "a": checks.py looks for it
     # "per annum" is "per year" (session 23)
     rf"\b(?P<per>(?P<perw>per)|a|an)\s+(?P<unit>{alt(UNITS)}|(?<=per\s)annum)\b(?!-){_NOT_TINY}"
     # "a day after" is an offset; "per day after that" stays a rate (session 12); "a day
     # from now" too, but "flights a day from its hubs" is a rate (session 21)
     r"(?(perw)|(?!\s+(?:ago|earlier|later|before|after|or|and\s+a\s+half)\b"
     # nor before "from" and a year, the rate's period ("7 percent a year from 1990 to
     # 1996"; session 22)
     r"|\s+from\s+(?!(?:its|their|his|her|our|the|a|an)\s|(?:1[6-9]|20)\d\d\b)))"),
    # "four days a week", "18 hours a day": a count of a smaller unit in each unit recurs with
    # the larger unit's period (checks.py keeps the smaller unit first); lower case only, as
    # "Eight Days a Week" is a title; "40 hours per week" keeps its two mentions
    ("set_counted", "set",
     rf"\b(?P<count>{NUMBER})\s+(?-i:(?P<inner>minutes|hours|days|nights|mornings|afternoons|"
     r"evenings|weekends|weeks|months|hrs|mins"
     # one of them: "one day a week", "1 night a month" (session 18)
     r"|(?:(?<=\bone\s)|(?<=\b1\s)"
     # an article as its count: "an hour a day", "a night a week" (session 28)
     r"|(?P<art>(?<=\ban\s)|(?<=\ba\s)))(?:minute|hour|day|night|morning|afternoon|evening"
     r"|weekend|week|month))\s+an?\s+"
     r"(?P<unit>day|night|week|month|year))\b"
     # ... not an offset's: "a day a week ago", "an hour a day later"
     r"(?(art)(?!\s+(?:ago|earlier|later|before|after|from|or)\b))"),
    ("duration", "duration",
     # "over several weeks" is during them: "over" means "more than" only before a number
     r"(?<!aged\s)(?:(?!over\s+(?:several|a\s+few|few|many|some)\b)"
     rf"(?P<approx>{APPROX})\s+(?!the\b))?(?:(?P<rel>the\s+(?:past|last|next|first|"
     r"previous|coming|following|latest|final|remaining|last\s+few|past\s+few|next\s+few|same|"
     r"entire|whole|full|initial|preceding|prior|year-earlier|year-ago|comparable|"
     r"corresponding)|these\s+(?:past|last)|another|an\s+additional|a\s+further|"
     r"additional|each\s+of\s+the\s+past|each\s+of\s+the\s+last|more)\s+|(?P<det>the)\s+)?"
     # "six straight quarters": a run's adjective between count and unit, in the span; an
     # article is no count before "-long": "a [month-long] recess" ("duration_long"; s21)
     r"(?!an?\s+(?:hour|day|week|month|year|decade|century)-?long\b)"
     rf"{_NOT_MONEY}(?P<num>{NUMBER})(?:\s+more)?(?:\s+{alt(RUN_ADJECTIVES)}(?=\s))?(?:\s+|-|\s*-\s*)"
     rf"(?P<unit>{UNIT}){_UNIT_END}"
     # a compound noun's first word: "a day-date window", "a day-trip", "a week-night"
     # (session 22); "-long" is a length's adjective, "-high", "-low", "-plus" keep it one
     r"(?!-(?!(?:long|high|low|plus)\b)[A-Za-z])"
     rf"(?(det)(?<=s)(?!\s+of\b))(?:(?P<adj>-long)|{_RUN_AFTER})?"),
    ("duration_another", "duration",
     rf"\b(?P<rel>another|an\s+additional|a\s+further|an\s+extra)\s+(?P<unit>{alt(UNITS)})"
     rf"{_UNIT_END}"),
    ("duration_range", "duration",
     rf"{_NOT_MONEY}(?P<num>{NUMBER})\s+(?:to|or)\s+(?P<num2>{NUMBER})\s+(?P<unit>{UNIT}){_UNIT_END}"),
    ("duration_sum", "duration",
     rf"(?:(?P<approx>{APPROX})\s+)?{_NOT_MONEY}(?P<num>{NUMBER})[\s-]+(?P<unit>{UNIT})(?:\s*,\s*|\s+)"
     rf"(?:and\s+)?(?P<num2>{NUMBER})[\s-]+(?P<unit2>{UNIT}){_UNIT_END}"
     # a chain of three or four: "2 hours, 6 minutes, 48 seconds" (a race time; session 23)
     rf"(?:(?:\s*,\s*|\s+)(?:and\s+)?(?P<num3>{NUMBER})[\s-]+(?P<unit3>{UNIT}){_UNIT_END}"
     rf"(?:(?:\s*,\s*|\s+)(?:and\s+)?(?P<num4>{NUMBER})[\s-]+(?P<unit4>{UNIT}){_UNIT_END})?)?"),
    ("duration_fraction", "duration",
     r"\b(?P<frac>a\s+quarter|three[\s-]+quarters|a\s+half|half)[\s-]+(?:of\s+an?\s+|"
     r"a\s+(?=century)|(?=century))(?P<unit>hour|minute|day|year|decade|century)\b"),
    ("duration_compound", "duration",
     rf"(?P<num>\ban?\b|\bone\b)\s+(?P<unit>{UNIT})\s+and\s+a\s+half\b"),
    # after a word of sequence a stretch may be "of" something ("after months of talks",
    # "within hours of the blast")
    ("duration_bare", "duration",
     r"(?:(?P<seq>\b(?:after|following|follows|followed|amid|ended|ending|ends|despite|"
     r"within)\s+)"
     # "took" with an article is a thing taken ("took the minutes" of a meeting), no length
     # a verb of taking time before a bare unit: "could take months" (session 11)
     r"|(?P<prep>\b(?:for|within|over|in|after|(?:took|take|takes|taking|taken)"
     r"(?!\s+the\b)|lasted|last|spent)\s+"
     r"(?:just\s+|only\s+)?)|"
     # time needed, as time taken: "will need years to rebuild" (session 28), before "to"
     # or a mark only ("need days off", "needs weeks of work" are no lengths)
     r"(?P<need>\b(?:need|needs|needed|needing)\s+(?:just\s+|only\s+)?)|"
     r"(?P<rel>\b(?:the\s+)?(?:past|coming|last|next)\s+))"
     rf"(?P<span>(?P<rel2>the\s+)?(?P<unit>{UNIT_PLURAL})\b(?:\s+ahead\b)?)"
     r"(?!\s+(?:ago|later|earlier)\b)"
     r"(?(seq)|(?!\s+of\b))(?(need)(?=\s+to\b|\s*[.,;:!?]|\s*$))"),
    # a headline drops the article: "after decade of debate" is "after a decade of debate"
    # (one unit); "the Year of the Horse" and "day of action" name things (session 10)
    ("duration_headline", "duration",
     # not "year after year of losses"; no "day" ("after day of action", "day after day")
     r"(?<!week\s)(?<!month\s)(?<!year\s)(?<!decade\s)"
     r"\b(?:after|following|amid|despite|ending|ended)\s+"
     r"(?P<span>(?P<unit>week|month|year|decade|century))\s+of\b(?!\s+(?:the|a|an)\b)"),
    # "Months later", "just days earlier": a stretch of unknown length from a time named before
    # (as "a few days later"); a count before it makes an offset ("two days later")
    # (before "than" only where a comparative before it owns the "than": "less likely to
    # fall ill decades later than those who ...", session 27; the check reads it)
    ("duration_bare_later", "duration",
     rf"(?<![\w'’-])(?P<span>(?P<unit>{UNIT_PLURAL})\s+(?:later|earlier)\b)(?P<than>\s+than\b)?"),
    # "weeks away", "decades in the making": how far off or how long it took, a stretch of
    # unknown length (session 19); not "light-years away", "light years away"
    ("duration_bare_away", "duration",
     rf"(?<![\w'’-])(?<!light\s)(?P<span>(?P<unit>{UNIT_PLURAL}))"
     r"\s+(?:away|in\s+the\s+making)\b"),
    # "the first hours of the war", "the final months of his life": a stretch of unknown length
    ("duration_first", "duration",
     r"\b(?P<span>the\s+(?:first|final|opening|closing|last|initial)\s+"
     rf"(?P<unit>{UNIT_PLURAL}))\s+of\b"),
    ("duration_fortnight", "duration",
     r"\b(?P<rel>the\s+(?:past|last|next|coming|previous|following|first))\s+"
     r"(?P<unit>fortnight|hour)\b(?![-'’])"),  # "the past hour": PT1H
    ("duration_within", "duration", r"\bwithin\s+(?P<span>the\s+(?P<unit>hour|minute))\b"),
    # "a year-long inquiry", "the weeklong strike": one unit, as "a three-year plan" counts
    ("duration_long", "duration",
     r"(?<![\w'’-])(?P<unit>hour|day|week|month|year|decade|century)-?long\b(?!-)"),
    ("set_every", "set",
     # any count from two to 99 ("every twenty minutes"; session 18: "every ten" alone was read)
     # "once every four years": the "once" in the span (session 19)
     rf"\b(?:once\s+)?(?P<every>every|each)\s+(?:(?P<other>other|second)\s+)?(?:(?P<num>\d+|"
     rf"{COUNT_WORD}|"
     # a weekday also abbreviated, as posts write it ("every fri", "each Tues")
     rf"few)\s+|(?P<half>half)\s+(?=hours?\b))?"  # "every half hour" (session 11)
     rf"(?:(?P<wd>{WEEKDAY}|{alt(WEEKDAY_ABBREVIATIONS)}(?![\w'’-]))"
     # its part of day in the span: "every tuesday night" (session 15, round 2)
     r"(?:\s+(?P<wdpod>morning|afternoon|evening|night)(?![\w'’-]))?"
     rf"|(?-i:(?P<holiday>{FIXED_HOLIDAY}))"  # "every Christmas Eve": yearly (session 11)
     rf"|(?P<pod>{POD})|(?P<season>{SEASON})"
     rf"|(?P<unit>{UNIT})|(?<!other\s)(?<!second\s)(?P<month>{MONTH_FULL}))\b"),
    # "twice daily", "three times weekly": the count of times belongs to the set's span
    ("set_word", "set",
     # after a passive ("are set daily", "is checked twice weekly") the word is the verb's
     # adverb whatever follows ("are set daily according to ..."): no adjective stands
     # after a participle (session 27)
     rf"(?:(?P<passive>\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ed|"
     rf"{alt(PARTICIPLES | _IRREGULAR_PASSIVES)[3:-1]})\s+)(?=(?:{TIMES_COUNT}\s+)?"
     rf"{alt(SET_WORDS)}\b))?(?P<span>\b(?:{TIMES_COUNT}\s+)?"
     rf"(?P<setword>{alt(SET_WORDS)})\b)"
     # "with" may follow: "would rise annually with inflation" (session 11); so may the
     # subject's past verb: "to pay premiums monthly died in committee" (session 12)
     r"(?(passive)|(?!\s+(?!(?:and|or|in|on|at|to|for|by|the|a|an|since|until|from|basis|during|"
     rf"with|{alt(PAST_AFTER_ADVERB)[3:-1]})\b"
     # the day it starts from: "will fly daily starting Oct. 28", "weekly beginning in June",
     # a month and its day, "daily June 1 through Sept. 30" (session 28; "a daily starting
     # price" goes on to a noun, "its monthly Sunday market" to a weekday)
     rf"|{_SET_STARTS}|(?:{MONTH_FULL}|{MONTH_ABBR})\s*\d"
     # ... or the day it runs to: "trains hourly through Sunday" (a bare "through" cost
     # TimeBank's check half in session 11)
     rf"|through\s+(?:{WEEKDAY}\b|{MONTH_FULL}\b|{MONTH_ABBR}))[a-z]))"),
    # a hedge before the count is in the span, APPROX: "tested [about four times a year]"
    # (session 30, as hedged lengths and clock times have it)
    ("set_times", "set",
     r"\b(?:(?P<approx>about|around|roughly|approximately)\s+)?"
     rf"(?P<times>{TIMES_COUNT})\s+(?:a|an|per|each|every)"
     r"\s+(?P<unit>second|minute|hour|day|week|month|quarter|year|decade)\b"),
    ("vague_adjective", "vague",
     rf"\b(?P<span>(?P<phrase>recent))\s+(?:[\w.-]+\s+){{0,2}}?{alt(VAGUE_ADJECTIVE_NOUNS)}\b"),
    # "at weekends" (British) as "on weekends"; "at" before a weekday's plural is no English
    ("set_weekdays", "set",
     rf"(?:(?P<prep>\b(?:on|most|some|all|at(?=\s+weekends\b))\s+))(?P<span>(?:(?P<wd>{WEEKDAY})|"
     r"(?P<weekend>weekend))s)\b"),
]
