"""Times of day: clock times ("3:15 p.m. GMT") and parts of day ("last night", "Friday
morning"), on the day the sentence is about or the publication date."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from ..candidate import Candidate
from ..context import Anchors, Resolution, anchor_name, dated, dct_day, discourse_day, vague
from ..resources.calendar_words import MIDNIGHT_PASSED_WORDS, PARTS_OF_DAY
from ..resources.numbers import CARDINALS
from ..resources.units import CLOCK_HEDGES, EVENING_HOUR, SMALL_HOURS_END
from ..resources.verbs import BOOKED_PARTICIPLES
from ..slots import Memo
from ..values import Cal, on_minute, value
from ..words import norm, weekday_number
from .weekdays import weak_after_a_day_ahead, weekday_date

_NOON = {"noon": 12, "midday": 12, "midnight": 0}
#: Minutes named in words before "past" or "to" ("a quarter past three", "twenty to six").
_MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15}


def clock_minutes(fields: Mapping[str, str]) -> int:
    """A clock time's minutes after midnight, from its fields (``_clock_time``)."""
    hour, minute = _clock_time(fields)
    return hour * 60 + minute


def _clock_time(f) -> tuple[int, int]:
    """Hour and minute of a clock time's fields; its part of day or am/pm picks the half."""
    if f.get("noon"):
        hour = _NOON[f["noon"].lower()]
    elif f.get("hourw"):
        w = f["hourw"].lower()
        hour = int(w) if w.isdigit() else CARDINALS[w]
    elif f.get("hhmm"):
        hour = int(f["hhmm"][:-2])
    else:
        hour = int(f.get("hour") or f["mhour"])  # "mhour": "at 1400 hours"
    minute = int(f.get("minute") or f.get("mminute")
                 or (f["hhmm"][-2:] if f.get("hhmm") else 0))
    if f.get("minw"):  # "ten thirty", "six oh five"
        minute = CARDINALS[" ".join(f["minw"].lower().replace("-", " ").split()
                                    ).removeprefix("oh ")]
    if f.get("mins"):
        w = " ".join(f["mins"].lower().replace("-", " ").split())
        minute = int(w) if w.isdigit() else _MINUTE_WORDS.get(w) or CARDINALS[w]
        if norm(f.get("dir")) in ("to", "till", "before"):
            hour, minute = (hour - 1) % 24, 60 - minute
            hour = 12 if hour == 0 and not f.get("noon") else hour  # "a quarter to one"
    if f.get("sampm") or f.get("shourw"):  # "10am till 4", "from 8 till 6": a range's end
        return _range_end(f, hour, minute)
    ampm = norm(f.get("ampm")).replace(".", "")
    pod = norm(f.get("podw") or f.get("atnight") or ("tonight" if f.get("tonight") else "")
               or ("tonight" if f.get("later") else ""))  # a post's "@ 7 l8r", "tonite at 7"
    if f.get("hour2") and ampm in ("pm", "p") and hour < 12 and (
            hour > int(f["hour2"]) or int(f["hour2"]) == 12):
        ampm = "am"  # "11-1pm", "10-12pm": a range that crosses noon starts in the morning
    if ampm in ("pm", "p") and hour < 12:
        hour += 12
    elif ampm in ("am", "a") and hour == 12:
        hour = 0
    elif ampm or f.get("noon"):
        pass
    elif f.get("eve") is not None and hour < 12:
        hour += 12  # "fri night ... till 10": an evening hour (rules_times)
    elif pod in ("afternoon", "evening", "tonight") and hour < 12:
        hour += 12  # "3:15 in the afternoon", "8 tonight"
    elif pod == "night" and 5 <= hour < 12:
        hour += 12  # "11 at night"; "2 at night" stays 2 a.m.
    elif pod in ("night", "morning") and hour == 12:
        hour = 0
    elif not pod and f.get("half") in ("evening", "night") \
            and 5 <= hour <= (11 if f["half"] == "night" else 10):
        hour += 12  # a post's "drinks @ 8", "dinner 8ish", "bed by 11" (post_hours)
    elif not pod and f.get("half") == "morning" and 5 <= hour <= 6:
        pass  # a post's "gym at 6", "alarm set for 5:45": the morning (post_hours)
    elif not pod and f.get("half") == "pm" and hour < 12:
        hour += 12  # a post's "KO was 7:45pm, it's 8:35 now": run on (post_hours, session 13)
    elif not pod and f.get("half") == "am":
        pass  # a post's "home at 1am, asleep by 3": the small hours run on (post_hours)
    elif not pod and f.get("hourw") and 1 <= hour <= 6 and f.get("h24") is None:
        hour += 12  # "after six", "two o'clock": news hours run 7 a.m. to 6 p.m.
    elif not pod and norm(f.get("hedge") or f.get("prep")) in CLOCK_HEDGES \
            and len(f.get("hour") or "") == 1 \
            and 1 <= hour <= 6 and not f.get("tz") and not f.get("half"):
        hour += 12  # "read at about 3:45": a reported time, p.m. as news hours (session 14)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError("bad time")
    return hour, minute




def _range_end(f, hour: int, minute: int) -> tuple[int, int]:
    """The end of a clock range whose start has the am/pm ("sat 10am till 4" = 16:00, "9am-11"
    = 11:00, "7pm till 11" = 23:00) or is a bare hour ("from 8 till 6" = 18:00): the first
    such hour after the start on its day; one past midnight ("8pm till 2") raises ValueError,
    as the day would change."""
    if f.get("shourw"):  # "from 8 till 6": a bare start hour, as news hours (7 a.m.-6 p.m.)
        start = int(f["shourw"]) % 12
        start += 12 if start <= 6 else 0  # "from 12 until 4": noon, as "from 2 until 4"
    else:
        start = int(f["shour"]) % 12 + (12 if norm(f["sampm"]).startswith("p") else 0)
    start_minutes = start * 60 + int(f.get("sminute") or 0)
    for h in (hour % 12, hour % 12 + 12):
        if h * 60 + minute > start_minutes:
            return h, minute
    raise ValueError("a range past midnight")


def _clock_parts(items: tuple) -> tuple[str, str, str, str, str] | None:
    """What ``_clock`` reads from a clock time's fields (as items): None for a count ("ten to
    one"), else its "HH:MM", time zone, value stamp, day word before and modifier."""
    f = dict(items)
    if f.get("mins") and _counted_to(f):
        return None
    hour, minute = _clock_time(f)
    hhmm = f"{hour:02d}:{minute:02d}"
    zone = f.get("tz") or f.get("tz2")  # "six o'clock this morning Eastern time" (s25)
    tz = f" {zone}" if zone else ""
    # TIMEX3 marks a time given in UTC: "16:00 UTC" = T16:00Z
    stamp = hhmm + "Z" if tz and tz.strip().upper() in _UTC else hhmm
    return (hhmm, tz, stamp, norm(f.get("podpre") or ("tonight" if f.get("tonight") else "")
                                  or ("tomorrow" if f.get("dayafter") else "")),
            "APPROX" if f.get("ish") or f.get("hedge") else _CLOCK_MODS.get(norm(f.get("rel")), ""))


#: ``_clock_parts`` of each clock time's fields seen (a schedule repeats its times).
_CLOCK_PARTS = Memo(_clock_parts)
_UTC = frozenset({"UTC", "GMT", "Z"})
#: A day word with the part of day after a clock time -> days from the publication date.
_POD_DAYS = {"this": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last": -1}


def _counted_to(f) -> bool:
    """ "ten to one", "five to four" are odds and scores: minutes before an hour count as a
    clock time only with a quarter, "minutes", am/pm, o'clock, a part of day or noon."""
    return norm(f.get("dir")) in ("to", "till", "before") and not (
        "quarter" in f["mins"].lower() or f.get("mw") or f.get("ampm") or f.get("oclock")
        or f.get("noon") or f.get("podw") or f.get("atnight") or f.get("tonight"))


_CLOCK_MODS = {"after": "AFTER", "before": "BEFORE"}


def _clock(c: Candidate, a: Anchors) -> Resolution | None:
    global _LAST_DAY
    parts = _CLOCK_PARTS[tuple(c.fields.items())]
    if parts is None:
        return None
    hhmm, tz, stamp, pre, mod = parts
    if c.fields.get("entry") and a.dct is not None:  # a live page's entry time
        return dated(Cal("minute", a.dct, stamp), "dct", a.dct.isoformat(),
                     f"'{c.text}' = {hhmm}, the time of a live page's entry, on the "
                     f"publication date {a.dct.isoformat()}")
    day = clock_day(a)
    if day is not None and a.dct is not None and (
            (a.tense == "future" and day.start < a.dct)
            # "since 2pm" is past, never after the publication date (session 28)
            or (a.prep == "since" and day.start > a.dct)
            or (a.tense == "past" and day.start > a.dct
                and norm(a.tense_cue) not in BOOKED_PARTICIPLES)):
        # "who met them on Thursday, is due to speak at 3 p.m.": not Thursday; a booking's
        # participle looks ahead ("locked in for a week today, crew on site 8am"; session 25)
        day = None
    if int(hhmm[:2]) >= EVENING_HOUR and a.tense in ("past", ""):  # "" news: the past (s22)
        day = _named_evening(a, day) or day  # "ran aground late Monday ... at 10:50 p.m."
    if day is not None and int(hhmm[:2]) < SMALL_HOURS_END \
            and norm(c.fields.get("ampm")).startswith("a") and _night_before(a, day):
        day = Cal("day", day.start + timedelta(days=1))  # "Last night ... around 2 a.m."
    if pre in _POD_DAYS and a.dct is not None:
        n = _POD_DAYS[pre]
        base = Cal("day", a.dct + timedelta(days=n))
        return dated(Cal("minute", base.start, stamp), "dct", a.dct.isoformat(),
                     f"'{c.text}' = {hhmm}{tz} on the publication date {a.dct.isoformat()}"
                     + (f" {n:+d} day" if n else ""), mod)
    if pre == "that":
        day = a.day or day
    if day is not None:
        last = _LAST_DAY
        if last[0] is not day:  # a day's clock times fall on one Cal
            last = _LAST_DAY = _day_values(day)  # one assignment: a thread sees a whole entry
        _, start, anchor, av, iso = last
    elif a.dct:
        start, anchor, av = a.dct, "dct", a.dct.isoformat()
        iso = av
    else:
        return vague(f"XXXX-XX-XXT{stamp}", f"'{c.text}' has no day", "TIME", gran="minute")
    v, span = on_minute(start, iso, stamp)  # as dated(Cal("minute", start, stamp), ...)
    return Resolution("TIME", v, span, "minute", anchor, av,
                      f"'{c.text}' = {hhmm}{tz} on the {anchor_name(anchor)} {av}", mod,
                      Cal("minute", start, stamp))


def _day_values(day: Cal) -> tuple[Cal, date, str, str, str]:
    """What ``_clock`` reads from the day a clock time falls on: the day itself, its start,
    the anchor, its value and the start's ISO form."""
    av = value(day)
    return day, day.start, "discourse", av, av if day.gran == "day" else day.start.isoformat()


#: ``_day_values`` of the day ``_clock`` read last.
_LAST_DAY: tuple = (None,)


def clock_day(a: Anchors) -> Cal | None:
    """The day a bare clock time falls on: its sentence's day, else the day the sentence
    before named if nothing was dated since ("Rebels struck late Monday. At 10:45 p.m. ..."),
    as TimeML anchors a clock time to the discourse's last day. A day named in the clock's own
    sentence ("Today, ...") sets ``sentence_day`` first; a tense against the day drops it."""
    day = a.sentence_day
    if day is None and a.period_age == 1 and a.day is not None and a.period is a.day \
            and a.day.gran == "day":
        return a.day
    if day is None and a.entry is not None and a.entry.gran == "day":
        return a.entry  # the day heading its story section or entry (session 25)
    return day


def _named_evening(a: Anchors, day: Cal | None) -> Cal | None:
    """The day whose evening the text named ("late Monday", "Monday night") when it is the day
    before the one a clock time would fall on and the clock's sentence names no day of its own:
    an evening hour told in the past is that evening's, not the next day's."""
    ev = a.evening
    if ev is None or a.dct is None or a.sentence_day is not None or a.today:
        return None
    base = day.start if day is not None else a.dct
    return ev if (base - ev.start).days == 1 else None


def _night_before(a: Anchors, day: Cal) -> bool:
    """Whether ``day`` is the day whose evening or night the text named and the day after it
    is not past the publication date: a small hour then falls in that night, on the day after
    (session 14), as a night's news tells it in order."""
    ev = a.evening
    return ev is not None and a.dct is not None and ev.start == day.start < a.dct \
        and day.gran == "day"


def tense_moving_clock(a: Anchors) -> str:
    """The tense that would move a clock time off its sentence's day in ``_clock`` ("future"
    before the publication date, "past" after it); "" when the tense cannot change its value
    (no day, no publication date, or the publication date itself), so the tagger need not read
    the clause's tense for it."""
    day = clock_day(a)
    if day is None or a.dct is None or day.start == a.dct:
        return "past" if _named_evening(a, day) is not None else ""
    return "future" if day.start < a.dct else "past"


def _pod_code(word: str) -> tuple[str, str]:
    code = PARTS_OF_DAY[word]
    if code.startswith("T") and ":" in code:
        return "minute", code[1:]
    return "part-of-day", code


_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "this": 0, "last": -1,
              "tonight": 0, "overnight": 0, "this past": -1}


_ANAPHORIC = {"that": 0, "the": 0, "the same": 0, "on the": 0, "in the": 0, "early": 0,
              "late": 0, "mid": 0, "the following": 1, "the next": 1, "the previous": -1}


def _gone_for_a_forecast(a: Anchors) -> bool:
    """Whether the day its sentence named is gone and a forecast's clause (an explicit future)
    holds the part of day ("After Monday's record heat, storms clear out by midnight", told on
    a Tuesday): the night is the publication date's, as a future clock time's (session 25)."""
    return a.sentence_day is not None and a.dct is not None and a.tense == "future" \
        and a.tense_explicit and a.sentence_day.start < a.dct \
        and a.tense_cue.lower().split()[:1] not in (["was"], ["were"])


def _pod(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    word = norm(f["pod"])
    word = "evening" if word == "eve" else word  # a post's "this eve" (session 25)
    gran, code = _pod_code(word)
    pre = norm(f.get("pre"))
    after = norm(f.get("after")).removeprefix("of ").strip()
    day_word = after or pre or ("tonight" if word in ("tonight", "overnight") else "")
    if day_word in _DAY_WORDS or not day_word:
        own = a.sentence_day or (a.entry if a.entry is not None and a.entry.gran == "day"
                                 else None)  # the day heading its section (session 25)
        base = dct_day(a) if day_word or _gone_for_a_forecast(a) else (
            (own, "discourse", value(own)) if own else dct_day(a))
        n = _DAY_WORDS.get(day_word, 0)
        if (word == "night" and day_word == "last") or (day_word == "last" and word != "night"):
            n = -1
    elif day_word in _ANAPHORIC:
        base, n = discourse_day(a), _ANAPHORIC[day_word]
        if f.get("pab"):  # "the morning after", "the night before"
            n = 1 if f["pab"].strip().lower() == "after" else -1
    else:
        wd = weekday_number(day_word)
        base0 = dct_day(a)
        if base0 is None:
            return vague(f"XXXX-WXX-{wd}T{code.lstrip('T')}", f"'{c.text}' has no date",
                         "TIME", gran=gran)
        d, how = weekday_date(wd, base0[0].start, "", a.tense, a.tense_cue, a.asked, a.prep,
                              a.note, a.tense_explicit or (
                                  a.tense == "future" and weak_after_a_day_ahead(
                                      a, base0[0].start, a.tense_cue)))
        return dated(Cal(gran, d, code), base0[1], base0[2],
                     f"'{c.text}' = {how} the {anchor_name(base0[1])} {base0[2]}",
                     "APPROX" if f.get("hedge") else "")
    if base is None:
        return vague(f"XXXX-XX-XXT{code.lstrip('T')}" if gran == "part-of-day" else
                     f"XXXX-XX-XXT{code}", f"'{c.text}' has no date", "TIME", gran=gran)
    cal, anchor, av = base
    day = cal.start + timedelta(days=n)
    why = f"'{c.text}' = {word} of the {anchor_name(anchor)} {av}" + (f" {n:+d} day" if n else "")
    if code == "TNI" and n == 0 and day == a.dct and a.tense == "past" \
            and (word == "overnight" or day_word in ("the", "in the", "on the")):
        day -= timedelta(days=1)  # "were hit overnight": the night that ended on the DCT
        why = f"'{c.text}' in a past clause ('{a.tense_cue}') = the night before the " \
              f"publication date {av}"
    if code == "24:00" and n == 0 and (day == a.dct or anchor == "discourse") and not day_word \
            and (a.prep == "since" or (a.tense == "past" and a.prep in MIDNIGHT_PASSED_WORDS)) \
            and not (a.evening is not None and a.evening.start == cal.start):
        # "talks broke down after midnight": the midnight that began the day; after the day's
        # evening ("began late on Saturday and went on until after midnight") the one ending it
        code = "00:00"
        why = f"'{c.text}' after 'since' or in a past clause = the midnight that began {av}"
    if f.get("tz"):  # "noon GMT" = T12:00Z; "midnight local time" keeps no offset (s25)
        why += f", {f['tz']}"
        if " ".join(f["tz"].upper().split()) in _UTC:
            code += "Z"
    return dated(Cal(gran, day, code), anchor, av, why,
                 "APPROX" if f.get("ish") or f.get("hedge") else "")



HANDLERS = {"clock": _clock, "pod": _pod}
