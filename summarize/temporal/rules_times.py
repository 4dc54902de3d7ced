"""Recognition rules for clock times and parts of the day."""

from __future__ import annotations

from .patterns import (
    FIXED_HOLIDAY,
    MONTH_ABBR,
    MONTH_FULL,
    NOT_AFTER_SUBJECT,
    POD,
    SUN_AT_PLAN,
    WEEKDAY,
    WEEKDAY_ABBR_TIME,
    alt,
)
from .resources.calendar_words import TIMED_SERVICES, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .resources.day_words import (
    DAY_AT_WORDS,
    POST_DAY_WORDS,
    POST_TONIGHT_SPELLINGS,
    TONIGHT_SPELLINGS,
)
from .resources.numbers import HOUR_WORDS
from .resources.units import (
    BROADCAST_ZONES,
    CLOCK_HEDGES,
    EVENT_START_CUES,
    LENGTH_NOUNS,
    POST_BOOKING_CUES,
    POST_CLOCK_CUES,
    POST_EVENING_CUES,
    POST_PARTS_OF_DAY,
    POST_SHOW_CUES,
    ZONE_CODES,
)
from .resources.verbs import CLOCK_START_VERBS

#: An event's night ("quiz night", "movie night"): a weekday after it is the event's day, no
#: part of day of it ("Quiz night Friday at the Crown": the span is "Friday"; session 26).
_EVENT_NIGHT = "".join(rf"(?<!\b{w}\snight)" for w in (
    "quiz", "movie", "film", "date", "games", "game", "bingo", "karaoke", "pizza", "curry",
    "poker", "trivia", "comedy", "disco", "cocktail", "burger", "taco", "wing", "fight",
    "board", "jazz", "ceilidh", "pub", "girls", "lads", "family", "music", "open mic"))

#: A zone's first two characters (case-blind as the rules: "ſ" is an "s"), or a capital letter:
#: a cheap test in front of ``_TZ``'s thirty alternatives, which every clock time reaches, so
#: that a timetable's "09:45 council meeting" tries none of them; a lookahead, so it changes no
#: match (tests/test_temporal_ninth_pass.py checks it lets every zone through).
_ZONE_STARTS = (*ZONE_CODES.split("|"), "local", "ET", "PT", "CT", "MT")
_TZ_START = (r"(?=\s*\(?(?:(?-i:[A-Z])|[" + "".join(sorted({z[0].lower() for z in _ZONE_STARTS}))
             + "][" + "".join(sorted({z[1].lower() for z in _ZONE_STARTS})) + "]))")
#: A zone after a clock time: a code, "local time", or one to three capitalised words (in any
#: case of the text around: the rules ignore case) before "time" ("Pacific time", "UK time",
#: "Central European Time"), not a determiner's or a weekday's ("at 3 p.m. The time was...").
#: ... or a North American region's name alone, capitalised and before no capitalised word
#: ("7 p.m. Eastern", not "Eastern Europe"): in the span, no offset in the value (session 25).
_TZ_BODY = (rf"(?:{_TZ_START}\s*\(?(?P<tz>{ZONE_CODES}|local\s+time|ET|PT|CT|MT|"
            r"(?-i:(?!(?:The|This|That|A|An|Any|Each|Every|Some|No|Same|Next|Last|Mon|Tues|"
            r"Wednes|Thurs|Fri|Satur|Sun)(?:day)?\s)(?:[A-Z][A-Za-z]*\s+){1,3}[Tt]ime)|"
            r"(?-i:(?:Eastern|Pacific|Central|Mountain)(?![ \t]+[A-Z]|[-'’]\w)))\)?\b)")
_TZ = _TZ_BODY + "?"
#: A zone after a clock time's part of day ("six o'clock this morning Eastern time"; s25).
_TZ_LATE = _TZ.replace("(?P<tz>", "(?P<tz2>")
_AMPM = r"(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|(?<=:[0-5]\d)[ap]\b)"
_PRE = (r"(?P<pre>this|last|tomorrow|yesterday|that|the|this\s+past|early|late|mid|"
        rf"{alt(POST_DAY_WORDS)}|"
        rf"on\s+the|in\s+the|{WEEKDAY}|the\s+following|the\s+next|the\s+previous|the\s+same)")

#: A part of day that starts a compound noun is no time ("the night-shift plan", "night work").
_NOT_COMPOUND = (r"(?![-‐]\w|\s+(?:shifts?|work|workers?|clubs?|schools?|life|duty|watch|vision|"
                 r"flights?|sky|skies|staff|services?|buses|trains?|rate|rates|editor|session)\b)")
_HOUR_WORD = rf"(?:{'|'.join(HOUR_WORDS)})"
_HOUR = rf"(?P<hourw>{_HOUR_WORD}|1[0-2]|0?[1-9])"
#: A part of day after a clock time sets its half of the day and maybe its day ("3:15 in the
#: afternoon", "8 tonight", "9 tomorrow morning", "11 at night").
#: ... "last" only before "night" or "evening" ("at seven last night": yesterday at 19:00;
#: session 25).
_POD_AFTER = (r"(?:\s+(?:(?P<podpre>in\s+the|this|tomorrow|yesterday|that|last(?=\s+(?:night|"
              r"evening)\b))\s+"
              r"(?P<podw>morning|afternoon|evening|night)|at\s+(?P<atnight>night))\b"
              rf"|\s+(?P<tonight>tonight|(?-i:{'|'.join(POST_TONIGHT_SPELLINGS)}))\b)")
#: ``_POD_AFTER``, then maybe a zone.
_POD_ZONE = rf"(?:{_POD_AFTER}{_TZ_LATE})"
#: What may follow a clock time given in words alone ("half past six."): an edge or a link.
_CLOCK_EDGE = (r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:on|at|in|this|that|tomorrow|today|tonight|"
               rf"yesterday|and|or|when|as|before|after|GMT|UTC|local|{WEEKDAY}"
               # ... or, as posts end a phrase, an emoji or another symbol ("quarter to 9 😩"),
               # or a post's link ("half past 6 by the clock", "quarter to 8 then chips")
               r"|by|for|then|so|sharp|with|tonite|2nite|tmrw)\b|[ \t]*[^\w\s%'’/:.,-])")
#: What ends a post's bare clock time: a mark, the end, an emoji or another symbol, a link word
#: ("sat 10am till 4 🎄", "first act at half 7, sign up"); not a digit, a unit or a noun it
#: counts ("till 4 days", "half 7 of them").
_POST_EDGE = (r"(?=[ \t]*(?:[,;:!?)]|\.(?!\d)|$|[^\w\s%'’/:.,-])|\s[-–—]\s"
              r"|\s+(?:and|then|so|but|on|at|in|by|for|with|sharp|pls|please|x+|tonight|tonite|"
              # ... or a post's "tho" ("parade still going ahead at half 2 tho"; session 31)
              r"2nite|today|tomorrow|tmrw|tho|though)\b)")
#: A day or "open" right before "from" and an hour range with a dash ("open sat from 9-5",
#: "tmrw from 8-2"), as a post gives its opening hours (session 23).
#: A weekday as a lead may write it: its abbreviations, its name in lower case or capitalised.
_WEEKDAY_LEADS = frozenset(WEEKDAY_ABBREVIATIONS) | {f for w in WEEKDAYS
                                                     for f in (w, w.capitalize())}
_DASH_LEADS = sorted({"open", "opens", "today", "tomorrow", "tmrw"} | _WEEKDAY_LEADS)
_DASH_LEAD = "(?:(?P<dlead>)(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _DASH_LEADS) + "))"
#: A day right before "between" and two bare hours joined by "and" ("the engineer is coming
#: tmrw between 9 and 1", "fri between 10 and 2"): the hours a visit is due in, read as "from 9
#: until 1" is (session 26, round 2).
_BETWEEN_LEADS = sorted({"today", "tomorrow", "tmrw", "tomoz", "2moro"} | _WEEKDAY_LEADS)
_BETWEEN_LEAD = ("(?:(?P<blead>)(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _BETWEEN_LEADS)
                 + r")between)")
#: What joins the two hours of such a range: "till"/"til"/"until", a dash after a lead, or
#: "and" after a day's "between".
_TILL_OR_DASH = (r"(?:\s+(?:till|til|until)\s+|(?(dlead)[ \t]?[-–][ \t]?|(?!))"
                 r"|(?(blead)\s+and\s+|(?!)))")
#: What may follow the range's end: a post's edge, or "as usual" after a lead.
_TILL_EDGE = (rf"(?:{_POST_EDGE}|(?(dlead)(?=\s+as\s+(?:usual|normal|always|ever)\b)|(?!)))")
#: The day of a notice's opening hours after "open" ("open sat 9-5", "Open easter monday
#: 9-5", "open today 10-4"; session 26): a weekday or its abbreviation, today, tomorrow, or a
#: holiday's name of up to three words (bank holiday, good friday, boxing day, new year's day).
_OPEN_DAY = (r"(?:(?:this|next|on)[ \t]+)?(?:(?:bank[ \t]+hol(?:iday)?|easter|good|boxing|"
             r"new[ \t]+year['’]?s|christmas|xmas|st[ \t]+\w+['’]?s?)[ \t]+)?"
             rf"(?:{WEEKDAY}|{WEEKDAY_ABBR_TIME}|today|tomorrow|(?-i:tmrw|tomoz)|day|eve)\b")
#: Minutes in words after an hour in words ("ten thirty", "seven forty-five", "six oh five").
_MINUTE_WORDS = (r"(?P<minw>(?:twenty|thirty|forty|fifty)(?:[\s-]+(?:one|two|three|four|five|six|"
                 r"seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                 r"seventeen|eighteen|nineteen|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|"
                 r"nine))")
_MINUTES = (r"(?P<mins>half|(?:a\s+)?quarter|(?:twenty[\s-]+)?(?:one|two|three|four|five|six|"
            r"seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
            r"eighteen|nineteen|twenty|\d{1,2})")

#: What joins the two four-digit times of a shift ("0730 to 1530", "0600-1400").
_HHMM_TO = r"[ \t]*(?:-|–|to|till|til|until)[ \t]*"
#: What joins two four-digit times of one notice ("the 0715 and 1930 sailings"), and the
#: timetabled run after them (``TIMED_SERVICES``; session 26).
HHMM_AND = r"[ \t]*(?:,|&|and|or)[ \t]*"
HHMM_SERVICE = (rf"[ \t]+{alt(TIMED_SERVICES)}\b"
                r"(?![-‐]\w|[ \t]+(?:seasons?|timetables?|schedules?)\b)")
#: A four-digit 24-hour time after a notice's "next update" or a match's "KO"/"kick-off", ending
#: its phrase ("next update 1030", "KO 1945 ⚽"; session 26).
HHMM_UPDATE = (r"\b(?:(?:next|further|another|latest)\s+updates?|kick[- ]?off|(?-i:KO|ko))"
               r"(?:\s+(?:at|is|due|due\s+at|around|by))?[ \t]*[:@]?[ \t]*"
               r"(?P<span>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d))"
               r"(?![\w:.,/%-]\w|[\w:/%£$€])"
               r"(?=[ \t]*(?:[,;:!?)]|\.(?!\d)|$|[^\w\s%'’/:.,$£€+*=×&#-]))")
#: Hedges before a clock time, in its span with the mod APPROX ("about 2am", "approx 22:15",
#: "around noon"; session 24): ``units.CLOCK_HEDGES``, "approx." with its point.
_HEDGE = alt(CLOCK_HEDGES | {"approx."})
_NOTICE_HEDGE = alt(CLOCK_HEDGES - {"about", "around"} | {"approx."})
RULES: list[tuple[str, str, str]] = [
    # "about 2am", "around 9 p.m.": the hedge belongs to the span; "00:36 am" (forums write it)
    ("clock_ampm", "clock",
     rf"(?:\b(?P<hedge>{_HEDGE})\s+)?"
     rf"(?<![\d:.])(?:(?P<hour>1[0-2]|0?[1-9]|00(?=[:.][0-5]\d(?::[0-5]\d)?\s*a))(?:\s?[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?)?|(?P<hhmm>(?:1[0-2]|"
     rf"[1-9])[0-5]\d))\s*{_AMPM}{_TZ}{_POD_ZONE}?"),
    # the start of a range whose end has the am/pm: "7-8pm", "6.30-10.00 pm", "from 7 to 9pm"
    # (the end is its own mention)
    ("clock_range_start", "clock",
     r"(?:(?P<btw>\bbetween\s+))?"
     r"(?<![\d:.,$£€])(?P<span>(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?)"
     # ... "till"/"til"/"until" too ("7 till 11 tonight", "10 til 2pm"; session 26, round 2)
     r"\s*(?:-|–|to|(?<=\s)(?:till|til|until)(?=\s)|(?(btw)and|(?!)))\s*"
     r"(?P<hour2>1[0-2]|0?[1-9])(?:\s?[:.][0-5]\d)?"
     # ... or whose end has a part of day after it ("from 8 to 9 this evening", "between 7
     # and 9 tonight"): the start takes that half of the day too (session 13, round 2)
     rf"(?:\s*{_AMPM}|{_POD_AFTER})"),
    # the end of a clock range whose start has the am/pm ("sat 10am till 4", "9am-5"): the
    # first such hour after the start, on the start's day; one past midnight is left out
    # (session 11)
    ("clock_range_end", "clock",
     r"(?<![\d:.,$£€])(?P<shour>1[0-2]|0?[1-9])(?:[:.](?P<sminute>[0-5]\d))?\s*"
     r"(?P<sampm>am|pm|a\.m\.|p\.m\.)\s*(?:-|–|to|till|til|until)\s*"
     r"(?P<span>(?P<hourw>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?)"
     rf"(?![\w:]|\.\d|\s*(?:[ap]\.?m\b|[ap]\.m\.|o'clock\b)){_POST_EDGE}"),
    ("clock_24h", "clock",
     r"(?:(?P<prep>\b(?:at|by|until|till|from|before|after|around|about|since|to)\s+))?"
     # a notice's hedge is in the span before a two-digit hour, as before a clock time with
     # its am/pm: "at [approx 22:15]", "[roughly 06:40]" (session 24); "about"/"around" before
     # a bare "H:MM" stay out as prepositions, as session 14 keys them ("at about 11:45")
     # "the 1:30 mark" is a time elapsed in a race or a match, no clock
     # ... and "the same 4:12 song", "a 6:50 mile": the length of a recording or a race
     rf"(?P<span>(?:\b(?P<hedge>{_NOTICE_HEDGE})\s+(?=\d\d[:h]))?(?<![\d:.,$£€])"
     rf"(?!\d\d?:\d\d(?::\d\d)?\s+(?:mark\b|{alt(LENGTH_NOUNS)}(?![\w-])))"
     # ... and an unpadded "H:MM:SS" with no preposition of time nor am/pm is a finish time or
     # a length ("finished in 1:58:40", "3:41:07 and my knees are done"; session 11, round 3)
     r"(?(prep)|(?(hedge)|(?!\d:[0-5]\d:[0-5]\d(?![\d:])(?!\s*(?:am|pm|a\.m\.|p\.m\.)))))"
     r"(?P<hour>[01]?\d|2[0-3])[:h](?P<minute>[0-5]\d)(?::[0-5]\d)?"
     # ... and "3:58/km", "7:40/mi": a runner's pace, no clock time (session 20)
     # ... a colon after it only before no digit: a post's "UPDATE 14:05: ..." (session 24)
     rf"(?!\d|:\d|\.\d|/(?:km|mi|mile|k)\b)(?:\s*(?:hrs|hours|h)\b)?{_TZ}{_POD_AFTER}?)"),
    # an unpadded "H:MM" of one to six after the word of a match's or a show's start ("KO 3pm.
    # Gates open 1:30", "PUCK DROP 3:15"): p.m., as after "Friday at" (session 12)
    # ... and one of seven or eight, told with "is"/"was" too ("Doors 7:30", "first pitch was
    # 7:05"): the evening's, unless the post's words say morning (post_hours; session 13); a
    # nine stays as written ("Gates open at 9:30" is a morning's)
    ("clock_event_start", "clock",
     rf"(?<![\w-])(?P<scue>{alt(EVENT_START_CUES)[3:]}(?:\s+(?:is|was|'s|’s))?(?:\s+at)?\s+"
     r"(?P<span>(?<![\d:.,$£€])(?:(?P<hourw>[1-6])|(?P<hour>[78])):(?P<minute>[0-5]\d)"
     r"(?![\d:]|\.\d|\s*(?:[ap]\.?m\b|[ap]\.m\.|h\b|hrs?\b|hours\b|mark\b)))"),
    # a bare hour with a North American zone code after "at" or "@" ("LIVE at 8 EST", "@ 9
    # ET"): a stream's or a broadcast's time, as "9/8c" is, so seven to eleven are p.m. and one
    # to six p.m. as news hours are (session 12); the code in capitals only ("at 8 est")
    ("clock_hour_zone", "clock",
     r"(?:\b(?:at|from|until|till)\s+|(?<=@)|(?<=@\s))(?<![\d:.,$£€])"
     r"(?P<span>(?:(?P<hourw>[1-6]|12)|(?P<hour>1[01]|[7-9])(?P<eve>))"
     rf"\s*(?-i:(?P<tz>{BROADCAST_ZONES})))\b(?![:/.]\d)"),
    # a US TV listing's "9/8c" (9 Eastern, 8 Central: the hour before the slash, p.m., as
    # prime time is); no space before the "c", the second hour one less (session 11, round 3)
    ("clock_tv_listing", "clock",
     r"(?<![\w/.,-])(?P<span>(?P<hour>1[01]|[2-9])(?P<eve>)/(?P<central>10|[1-9])(?-i:c))\b"),
    ("clock_past", "clock",
     rf"\b{_MINUTES}(?:\s+(?P<mw>minutes?))?\s+(?P<dir>past|after|to|till|before)\s+"
     rf"(?:(?P<noon>noon|midday|midnight)\b|{_HOUR}(?:\s*{_AMPM}|\s+(?P<oclock>o'clock)\b)?)"
     rf"(?:{_POD_AFTER}|{_CLOCK_EDGE})"),
    # a British "half 7" (7:30) after a word that leads into a time ("first act at half 7",
    # "@ half 8", "open till half 10"): one to six p.m. as a bare hour is, else the post's words
    # pick its half of the day (post_hours); not "half 7s", "about half 7 of them" (session 11)
    ("clock_half_hour", "clock",
     r"(?:\b(?:at|from|by|till|til|until|around|about)\s+|(?<=@)|(?<=@\s)"
     # ... or after a day ("monday half 7", "tmrw half 6")
     rf"|\b(?:{WEEKDAY}|{WEEKDAY_ABBR_TIME}|today|tomorrow|tonight|(?-i:tmrw|2moro|tonite|2nite))"
     r"\s+"
     # ... or with a day word after it ("quiz half 7 tmrw")
     r"|\b(?=half\s+\w+\s+(?:tmrw|2moro|tomorrow|today|tonight|tonite|2nite)\b))"
     rf"(?P<span>(?P<mins>half)\s+(?P<hourw>{_HOUR_WORD}|1[0-2]|0?[1-9])(?![\w:.]\w|\.\d)"
     # ... also before a verb of being ("the parade at half 11 was brilliant"; session 30)
     rf"(?:{_POD_AFTER}|{_POST_EDGE}|(?=\s+(?:was|were|is|are|will|would)\b)))"),
    # ... and a post's "@ 7 l8r": "later" after the hour (out of the span) makes it evening
    ("clock_hour_pod", "clock",
     rf"(?:\b(?:at|by|around|about|until|till|from|before|after|since)\s+|(?<=@)|(?<=@\s)"
     # ... or as the end of a range of bare hours ("from 8 to 9 this evening", "between 7 and
     # 9 tonight"; session 13, round 2)
     r"|(?<![\d:.,$£€])(?:\bbetween\s+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s+and"
     r"|(?<![a-z]s\s)(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:-|–|to)"
     # ... (after a plural noun, "flats 1-6 tomoz", numbers of things: the day word alone)
     r"|(?<=[a-z]s\s)(?P<things>)(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:-|–|to))\s*)(?P<span>"
     # ... minutes in words after an hour in words ("at two thirty this afternoon"; s25)
     rf"{_HOUR}(?:(?<=[a-z])[\s-]+{_MINUTE_WORDS})?(?:\s+o'clock)?"
     rf"(?:{_POD_ZONE}|(?=\s+(?:l8r|later)\b)"
     # ... or before "tomorrow", which sets its day ("back at 10 tmrw"; session 11)
     r"|(?(things)(?!)|\s+)(?P<dayafter>tomorrow|(?-i:tmrw|2moro|2morrow|tomoz))\b"
     r"(?!\s+(?:morning|afternoon|"
     r"evening|night)\b)))"
     r"(?:(?<![a-z])\s+(?P<later>l8r|later)\b)?"),
    # a post's bare hour after "@" where it ends its phrase ("beer garden @ 6, who's in?"):
    # an hour as "at 6" is read (one to six p.m.); not a price or a count ("@ 6 each", "@ 5%")
    # (the "@" itself is a third branch only so that the rule can be drawn whole, as
    # tests/test_temporal_no_dct.py draws every rule: matches start at words, after it)
    # a post's "7.30 tonight": a point between hour and minutes before tonight (session 11;
    # not "rose 1.25 this morning", a figure)
    ("clock_dot_tonight", "clock",
     r"(?<![\d:.,$£€])(?P<hour>1[0-2]|0?[1-9])\.(?P<minute>[0-5]\d)"
     r"\s+(?P<tonight>tonight|(?-i:tonite|2nite))\b"),
    # ... and "doors 7.30", "kick off 7.45", "dinner at 8.15": a point between hour and minutes
    # after a word of a start or an outing, ending its phrase (session 11; not a price after
    # "closed at" or "rose to")
    ("clock_dot_cue", "clock",
     r"(?:\b(?:doors|kick[\s-]?off|kickoff|ko|starts?|starting|begins?|opens?|"
     r"(?:meet|meeting|back|home|leave|leaving|arrive|arriving|dinner|lunch|brunch|drinks|on|"
     r"starts?|kick[\s-]?off)\s+at)\s+|(?<=@)|(?<=@\s))"
     r"(?P<span>(?P<hourw>1[0-2]|0?[1-9])\.(?P<minute>[0-5]\d))(?![\w:.]\w|\.\d)"
     rf"{_POST_EDGE}"),
    # ... and a post's "langar from 12.30", "doors from 7.30": "from" and a quarter hour with
    # a point, ending its phrase, in a post that names a plan or another time (``post_hours.
    # plan_hours``; session 25, round 2); not an amount's "up from 7.30", "tickets from 12.50",
    # "from 12.30 to 14.50 per cent" (``post_hours.plan_hour``, the edge)
    # ... and a post's "H.MM" right before a lower-case weekday abbreviation that is no other
    # word ("physio moved to 7.15 mon"), as "7:15 mon" is: a decimal takes no day after it
    # (session 30)
    ("clock_dot_day", "clock",
     r"(?<![\w.,$£€])(?P<span>(?P<hourw>1[0-2]|0?[1-9])\.(?P<minute>[0-5]\d))"
     r"[ \t]+(?-i:mon|tues?|thu(?:rs?)?|fri)(?![\w'’-])"),
    ("clock_dot_from", "clock",
     r"\bfrom\s+(?P<span>(?P<hourw>1[0-2]|0?[1-9])\.(?P<minute>00|15|30|45))(?![\w:.]\w|\.\d)"
     rf"{_POST_EDGE}"),
    ("clock_at_sign", "clock",
     r"(?:(?<=@)|(?<=@\s)|@\s?)(?P<span>(?P<hourw>1[0-2]|0?[1-9]))(?=[ \t]*(?:[,;:!?)]|\.(?!\d)|$)"
     r"|\s+(?:who|then|sharp|and|so|pls|please|if|x+|for|til|till|until)\b)"),
    # a bare evening hour after "till"/"until" in a sentence that named the night before it
    # ("fri night and i'm stuck at work till 10."): that evening, 7 to 11 p.m. (before
    # ``clock_post_at``, which reads the same hours and yields to it: session 13)
    ("clock_until_evening", "clock",
     rf"\b(?:night|{'|'.join(TONIGHT_SPELLINGS)}|evening)\b[^.!?\n]{{0,60}}?\b(?:till|until|til)\s+"
     r"(?P<span>(?P<hourw>1[01]|[7-9])(?P<eve>))(?![\w:%-]|\.\d|\s*(?:am|a\.m\.|pm|p\.m\.)\b)"),
    # a post's approximate hour: "9ish", "8-ish tonight", "7:30ish" (APPROX, as "noon-ish")
    ("clock_ish", "clock",
     rf"(?:(?<=@)|(?<=@\s)|\b(?P<cue>{alt(POST_CLOCK_CUES)[3:]}\s+"
     # ... or a booking's "for", the hour ending its phrase ("taxi booked for 7ish and i";
     # not "booked for 5ish people"; session 31)
     rf"|\b(?P<book>{alt(POST_BOOKING_CUES)[3:]}\s+"
     # ... or after a day, which it joins: "back tues 7ish", "tmrw 8ish" (session 12)
     rf"|\b(?:{WEEKDAY}|{WEEKDAY_ABBR_TIME}|today|tomorrow|(?-i:{alt(POST_DAY_WORDS)[3:]}"
     # ... a lower-case "sat", "sun", "wed" too, not after a subject or "the"/"a" ("come
     # round sat 8ish"; session 27)
     rf"|{NOT_AFTER_SUBJECT}(?<!\bthe\s)(?<!\ba\s)(?-i:sat|sun|weds|wed))\s+"
     # ... or a listing's next item after a comma, its label in lower case ("doors 8pm,
     # headliner 10ish": ``checks`` wants a clock time closing the item before; session 29)
     # (no word of ``POST_CLOCK_CUES`` among them: "then drinks 9ish" is the cue's)
     rf"|(?<=,\s)(?-i:(?:(?!{alt(POST_CLOCK_CUES)}\b)[a-z]{{2,12}}[ \t]+)?"
     rf"(?!{alt(POST_CLOCK_CUES)}\b)(?P<lword>[a-z]{{2,12}}))[ \t]+)"
     r"(?P<span>(?P<hourw>1[0-2]|[1-9])(?:[:.](?P<minute>[0-5]\d))?-?(?P<ish>ish)\b"
     rf"{_POD_AFTER}?)(?(book){_POST_EDGE}|)"),
    ("clock_pod_at", "clock",
     rf"\b(?:(?P<tonight>tonight|(?-i:{'|'.join(POST_TONIGHT_SPELLINGS)}))"
     r"|(?P<podpre>this|tomorrow|yesterday)\s+(?P<podw>morning|"
     # ... or "@": a post's "2nite @ 7" (session 20)
     # ... or an approximate hour right after it: "tonite 9ish", one TIME (session 26)
     rf"afternoon|evening|night))\s+(?:at\s+|@\s*|(?=\d\d?(?:[:.][0-5]\d)?-?ish\b))"
     rf"{_HOUR}(?:[:.](?P<minute>[0-5]\d))?(?:-?(?P<ish>ish)\b)?(?![\d%])"
     rf"(?:\s*{_AMPM})?{_TZ}"),
    # an hour after a weekday and "at": "Friday at 3", "mon at 10:30" (the weekday is its own
    # mention; not a score or a rate: "at 3-1", "at 10%")
    # ... or after a verb of starting: "the parade starts at 2", "trick or treaters start at 6"
    ("clock_at_day", "clock",
     # ... or after a word of an evening out: "pub at 6 anyone??" (session 11, round 3)
     rf"\b(?:{WEEKDAY}|{WEEKDAY_ABBR_TIME}\.?|{SUN_AT_PLAN}|(?P<startv>(?-i:{alt(CLOCK_START_VERBS)[3:]}"
     rf"|(?-i:{alt(POST_EVENING_CUES)[3:]})"
     # ... or after "today"/"tomorrow" and posts' spellings: "tmrw at 6" (session 10, round 2)
     rf"|{'|'.join(DAY_AT_WORDS)}|(?-i:{alt(POST_DAY_WORDS)[3:]})"
     r"\s+at\s+(?P<span>(?P<hourw>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?)"
     r"(?![\w:%-]|[.,]\d)"
     # after a verb the hour ends its phrase: "prices start at 5 dollars" is no clock time
     r"(?(startv)(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?:and|then|sharp|so|but|tonight|on|anyone)"
     r"\b))"),
    # opening hours and shifts of bare hours: "open from 9 until 5", "from 8 till 6 🙃": each
    # hour its own mention, the start as news hours (7 to 11 a.m., 12 noon, 1 to 6 p.m.), the
    # end the first such hour after it; only "till"/"til"/"until" (not "to": "from 8 to 6
    # seats"), and the end closes its phrase (session 16)
    # ... or with a dash right after a day or "open" ("open sat from 9-5 as usual"; session 23),
    # not a score ("came back from 2-1")
    # ... and "from 6 to 7:30": "to" and a clock time with its minutes and no am/pm, ending its
    # phrase, after a bare hour (session 28; "from 8 to 6 seats" has no minutes)
    ("clock_from_till", "clock",
     rf"(?:{_DASH_LEAD}?\bfrom|{_BETWEEN_LEAD})\s+(?P<span>(?P<hourw>1[0-2]|0?[1-9]))"
     rf"(?:{_TILL_OR_DASH}(?:1[0-2]|0?[1-9])(?![\w:%'’-]|[.,]\d){_TILL_EDGE}"
     r"|(?<=\d)\s+to\s+(?:1[0-2]|0?[1-9]):[0-5]\d"
     rf"(?![\d:]|\.\d|\s*(?:[ap]\.?m\b|[ap]\.m\.|h\b|hrs?\b|mins?\b)){_POST_EDGE})"),
    ("clock_from_till_end", "clock",
     rf"(?:{_DASH_LEAD}?\bfrom|{_BETWEEN_LEAD})\s+(?P<shourw>1[0-2]|0?[1-9]){_TILL_OR_DASH}"
     rf"(?P<span>(?P<hourw>1[0-2]|0?[1-9]))(?![\w:%'’-]|[.,]\d){_TILL_EDGE}"),
    # a notice's opening hours with a dash right after "open" and a day of one to three words
    # ("Open bank holiday monday 10-4", "open sat 9-5 🌷"; session 26): two clock times as
    # "from 9 until 5" are, the end closing its phrase; not a recurring "open daily 9-5",
    # "open weekends 10-4", "open mon-fri 9-5" (standing hours) nor a score
    ("clock_open_dash", "clock",
     rf"\b[Oo]pen(?:s|ing)?[ \t]+{_OPEN_DAY}[ \t]+(?P<span>(?P<hourw>1[0-2]|0?[1-9]))"
     rf"[ \t]?[-–][ \t]?(?:1[0-2]|0?[1-9])(?![\w:%'’-]|[.,]\d){_POST_EDGE}"),
    ("clock_open_dash_end", "clock",
     rf"\b[Oo]pen(?:s|ing)?[ \t]+{_OPEN_DAY}[ \t]+(?P<shourw>1[0-2]|0?[1-9])"
     rf"[ \t]?[-–][ \t]?(?P<span>(?P<hourw>1[0-2]|0?[1-9]))(?![\w:%'’-]|[.,]\d){_POST_EDGE}"),
    # ... or right after a comma or a colon closing a notice's place or event ("the drive is
    # on at the youth hall, 10 til 2."; session 25, round 2): "till"/"til"/"until" only, the end
    # closing its phrase (not "aged 10 to 12", "won 10-2", "10 til 2 goals")
    # (the letter, the mark and the space are a second branch only so that the rule can be
    # drawn whole, as tests/test_temporal_no_dct.py draws every rule)
    ("clock_comma_till", "clock",
     r"(?:(?<=[a-z][,:][ \t])|\b[a-z][,:][ \t])(?P<span>(?P<hourw>1[0-2]|0?[1-9]))"
     rf"[ \t]+(?:till|til|until)[ \t]+(?:1[0-2]|0?[1-9])(?![\w:%'’-]|[.,]\d){_POST_EDGE}"),
    ("clock_comma_till_end", "clock",
     r"(?:(?<=[a-z][,:][ \t])|\b[a-z][,:][ \t])(?P<shourw>1[0-2]|0?[1-9])"
     r"[ \t]+(?:till|til|until)[ \t]+"
     rf"(?P<span>(?P<hourw>1[0-2]|0?[1-9]))(?![\w:%'’-]|[.,]\d){_POST_EDGE}"),
    # a post's bare hour after "at"/"from" ending its phrase, where the post names today, a
    # meal or an outing ("brunch at 11 🌷", "doors at 7, we're out front from 3"; session 12,
    # round 2): ``post_hours.plan_hour`` checks the post; not "at 7 percent", "at 3-1", "at 21"
    # ... and after "by", "before", "b4", "til", "till", "until" ("home by 7", "no calls b4 3";
    # session 13): the post's words anywhere in it decide (``post_hours.plan_hours``)
    # (after ``clock_at_day``, to which it yields the same hours: "the parade starts at 2")
    ("clock_post_at", "clock",
     # ... and a list's last hour after "and" ("seatings at 6, 7:30 and 9": ``post_hours.
     # plan_hour`` wants the list's "at" before it; session 15, round 3)
     r"(?:\b(?:at|from|by|before|b4|til|till|until|(?<=\d\s)and"
     # ... "since" in a post of an evening out ("fireworks going off since 6": ``post_hours.
     # plan_hour``), a hedge after a return ("home around 10", in the span; session 26)
     r"|(?P<since>since))\s+|(?<=\b(?:home|back)\s)(?=(?:around|about)\s))"
     r"(?P<span>(?:(?P<hedge>around|about)\s+)?(?P<hourw>1[0-2]|0?[1-9]))"
     r"(?![\w:%'’-]|[.,]\d)"
     r"(?=[ \t]*(?:[,;:!?)]|\.(?!\d)|$|[^\w\s%'’/:.,$£€+*=×&#-])"
     # ... or a condition, a deadline's "latest" ("open til 6 if...", "back by 5 latest"; s26)
     r"|\s+(?:if|(?:at\s+the\s+)?latest"
     r"|then|so|sharp|pls|please|x+|who|anyone|tonight|tonite|2nite|today|or|dont|don't"
     # ... or a purpose ("home by 7 for the bath"; session 13)
     r"|for\s+(?:the|a|an|my|our|your|his|her|their))\b"
     # ... after "since", also before "and" or a gerund ("fireworks since 6 and the dog is
     # hiding", "awake since 5 waiting"; not "and a half", "and 7"; session 27)
     r"|\s+(?(since)(?:and\b(?!\s+(?:a\s+half|a\s+quarter|\d))|[a-z]{2,}ing\b)|(?!)))"),
    # a post's alarm: a bare hour after "alarm (is) set for", "alarm for", ending its phrase
    # ("alarm set for 7 and the uniform is still wet"): a morning's hour, a.m. (post_hours), on
    # the day after the publication date where the post names tomorrow (post_alarms; s28)
    ("clock_alarm", "clock",
     r"\balarms?(?:['’]s|\s+(?:is|was|now))?\s+(?:(?:set|on)\s+)?for\s+"
     r"(?P<span>(?P<hourw>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?)"
     r"(?![\w:%'’-]|[.,]\d|\s*(?:[ap]\.?m\b|[ap]\.m\.|o'clock\b|h\b|hrs?\b|hours?\b|mins?\b|"
     rf"minutes?\b|days?\b)){_POST_EDGE}"),
    # a post's "half 8" ending its phrase with no preposition before it ("on stage half 8 🤘"),
    # in a post that names a plan (post_hours.plan_hours, as for "at 8"); not after "a"/"and"
    # ("two and a half 8-hour shifts"), not before "of" ("half 8 of the team") (session 28)
    ("clock_half_post", "clock",
     r"(?<![\w'’-])(?<!\ba\s)(?<!\band\s)(?<![\d.,]\s)"
     r"(?P<span>(?P<mins>half)\s+(?P<hourw>1[0-2]|0?[1-9])(?![\w:.]\w|\.\d))"
     r"(?=[ \t]*(?:[,;!?)]|\.(?!\d)|$|[^\w\s%'’/:.,$£€+*=×&#-])"
     r"|\s+(?:then|so|sharp|pls|please|x+|tonight|tonite|2nite|today|tmrw|tomorrow)\b"
     # ... or before the place it is at ("doors half 8 at the academy"; session 29)
     r"|[ \t]+(?:at|@)[ \t]+the\b)"),
    # a show's listing of bare hours without a preposition ("Doors 8, show 9", "curtain up 7";
    # session 13): the evening's hours (post_hours), in a post only (``post_hours.plan_hours``)
    ("clock_post_listing", "clock",
     rf"(?:(?<![\w-])(?P<scue>{alt(POST_SHOW_CUES)[3:]}|(?<=[,;|/]\s)(?P<show>show))\s+"
     r"(?P<span>(?P<hourw>1[0-2]|0?[1-9]))(?![\w:%'’-]|[.,]\d)"
     r"(?=[ \t]*(?:[,;:!?)]|\.(?!\d)|$|[^\w\s%'’/:.,$£€+*=×&#-])"
     r"|\s+(?:then|so|sharp|pls|please|x+|tonight|tonite|2nite|today|at|on)\b)"),
    ("clock_hrs", "clock",
     rf"(?<![\d:.,$])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs|(?P<tz>{ZONE_CODES}|"
     r"ET|local\s+time))\b"  # not "MT" here: "1430 mt of steel" are tonnes
     r"|\b(?:at|by|from|until|till|since|before|after)\s+(?P<span>(?P<mhour>[01]\d|2[0-3])"
     r"(?P<mminute>[0-5]\d)\s+hours)\b"),
    # a shift's or a notice's range of four-digit 24-hour times, the start with its leading
    # zero ("0730 to 1530", "0600-1400"): two clock times, each its own mention, on the day
    # the text names (session 25); not a flight's or a route's lone "0730", nor a years' span
    ("clock_hhmm_range", "clock",
     r"(?<![\w:.,$£€#/-])(?P<span>(?P<hour>0\d)(?P<minute>[0-5]\d))"
     rf"{_HHMM_TO}(?:[01]\d|2[0-3])[0-5]\d(?![\w:.,/-]\w|[\w:/%])"),
    ("clock_hhmm_range_end", "clock",
     rf"(?<![\w:.,$£€#/-])0\d[0-5]\d{_HHMM_TO}"
     r"(?P<span>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d))(?![\w:.,/-]\w|[\w:/%])"),
    # a notice's four-digit 24-hour times before a timetabled run: "the 0715 and 1930
    # sailings" (two, the first with its leading zero: both clock times), "the 0640 ferry" (a
    # leading zero alone; "the 1930 sailing season" stays a year); "next update 1030", "KO
    # 1945" ending their phrase (session 26)
    ("clock_hhmm_service", "clock",
     r"(?<![\w:.,$£€#/-])(?P<span>(?P<hour>0\d)(?P<minute>[0-5]\d))"
     rf"(?:{HHMM_AND}(?:[01]\d|2[0-3])[0-5]\d)?{HHMM_SERVICE}"),
    ("clock_hhmm_service_end", "clock",
     rf"(?<![\w:.,$£€#/-])0\d[0-5]\d{HHMM_AND}"
     rf"(?P<span>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)){HHMM_SERVICE}"),
    ("clock_hhmm_update", "clock", HHMM_UPDATE),
    # an hour in words with am/pm, minutes in words between ("ten thirty am", "three a.m.";
    # not "no one am I")
    ("clock_words", "clock",
     rf"\b(?!one\s+am\b)(?P<hourw>{_HOUR_WORD})(?:[\s-]+{_MINUTE_WORDS})?\s*{_AMPM}{_TZ}"
     rf"{_POD_ZONE}?"),
    # ... or with a zone's code and no am/pm: "nine-fifteen GMT", "at ten UTC", "eleven
    # thirty local time" (as written: a zone's clock runs on 24 hours; session 25), after a
    # preposition of time, "or", "and", a comma or a bracket (not a count: "ten UTC staff")
    ("clock_words_zone", "clock",
     r"(?:(?<=[,(])|(?<=[,(]\s)|\b(?:at|by|from|to|until|till|since|before|after|around|about"
     r"|or|and)\s+)"
     rf"\b(?P<span>(?P<h24>)(?P<hourw>{_HOUR_WORD})(?:[\s-]+{_MINUTE_WORDS})?\s+"
     rf"(?P<tz>{ZONE_CODES}|local\s+time)\b)"),
    ("clock_oclock", "clock",
     rf"\b(?P<hourw>{_HOUR_WORD}|\d{{1,2}})"
     # a zone after it in the span, as after "a.m." ("six o'clock local time"; session 13)
     rf"\s+o'clock\b(?:\s*{_AMPM})?{_TZ}{_POD_ZONE}?"),
    ("clock_word", "clock",
     r"(?:(?P<approx>shortly|just|soon|right|some\s+time)\s+)?(?P<rel>after|before)\s+"
     rf"(?P<hourw>{_HOUR_WORD})(?=\s*(?:[,.;:!?)]|$|and\b|or\b|in\s+the\s+(?:morning|afternoon|"
     r"evening)|on\b|at\b|this\b|that\b|last\b|tonight\b|yesterday\b|today\b))"),
    # "noon-ish": noon, approximately
    # ... a hedge before noon, midday or midnight in the span, mod APPROX ("[around midday]"),
    # and "12 noon", "12 midnight" one time (session 24)
    ("part_of_day", "pod", rf"(?:\b(?:on|in)\s+(?=the\s))?(?P<span>"
     rf"(?:\b(?P<hedge>{_HEDGE})\s+(?=(?:12\s+)?(?:noon|midday|midnight)\b))?"
     r"(?:(?<![\d:.,$£€])12\s+(?=(?:noon|midday|midnight)\b))?"
     rf"(?:{_PRE}[\s-]+)?(?P<pod>{POD}|"
     # a post's "nite", "arvo" only after a day word ("2moro nite", "this arvo")
     # ("the morn" is Scots' tomorrow: "morn" not after "the"/"that"; session 23)
     rf"(?(pre)(?:(?-i:(?<!\bthe\s)(?<!\bthat\s){alt(POST_PARTS_OF_DAY)[3:]}"
     # ... and "this eve", "tmrw eve": an evening after a deictic day word (session 25)
     r"|(?-i:(?:(?<=\bthis\s)|(?<=\btomorrow\s)|(?<=\btmrw\s)|(?<=\b2moro\s)"
     # ... and "this aft", "tmrw aft": an afternoon there too, not a ship's or a plane's
     # "aft" before its part ("this aft deck"; session 29)
     r"|(?<=\byesterday\s)|(?<=\byday\s))(?:eve(?![ \t]+of\b)|aft(?![ \t]+(?:of|deck|decks|"
     r"cabin|cabins|section|end|hold|mast|door|doors|hatch|cockpit|galley|fuselage|cargo|"
     r"part|bulkhead|compartment|seats?|rows?|wing|pylon|lounge)\b)(?![\w'’-]))))|(?!)))"
     rf"(?:(?<=noon)(?P<ish>-?ish)\b|\b{_NOT_COMPOUND})"
     # ... noon, midday and midnight with a zone: "noon GMT" = T12:00Z (session 25)
     rf"(?:(?:(?<=noon)|(?<=midday)|(?<=midnight)){_TZ_BODY})?{_EVENT_NIGHT}(?P<after>\s+(?:of\s+)?(?:yesterday|today|tomorrow|{WEEKDAY})"
     # ... or a lower-case noon, midday, midnight before a capitalised weekday abbreviation
     # ("around noon Sat", "midnight Thurs"), not "Sun" ("the Midnight Sun", a name's) nor
     # before a capitalised word (session 27)
     r"|(?-i:(?<=noon)|(?<=midday)|(?<=midnight))[ \t]+(?-i:(?:Mon|Tues?|Weds?|Thu(?:rs?)?"
     r"|Fri|Sat)(?![\w'’-]))(?![ \t]+(?-i:[A-Z])))?"
     # "the morning after," "the night before.": of the day after/before the one discussed
     r"(?:(?<!\d)(?P<pab>\s+(?:after|before))(?=\s*(?:[,.;:!?]|$)))?)"
     # "the early hours of the rescue": a stretch of an event; "of May 3" a date (session 11),
     # "of Jan. 30" too (session 21), and "of New Year's Day", a holiday of a fixed date
     # (session 22), "of 14 February 1993", the day first (session 24)
     rf"(?!(?<=hours)\s+of\b(?!\s+(?-i:{MONTH_FULL}|{MONTH_ABBR}\.?)\s+\d"
     rf"|\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?-i:{MONTH_FULL}|{MONTH_ABBR}\.?)(?!\w)"
     rf"|\s+(?-i:{FIXED_HOLIDAY})\b))"),
    ("tonight", "pod",
     rf"\b(?P<pod>tonight|overnight)\b(?:\s+(?:on\s+)?(?P<after>{WEEKDAY})\b(?!'))?"),
]
