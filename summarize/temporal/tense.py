"""The tense of the verb group governing a time expression: "past", "future", "present" or "".

The nearest verb group in the clause decides, looking left first, then right (``verb_groups``
reads the groups). A reporting verb ("said") dates the report, so it decides only the
expressions attached to it ("said on Tuesday"), not those of the clause it introduces ("said
the council would meet on Thursday"). A date that a scheduling verb governs ("was scheduled
for Monday") lies ahead whatever the clause's tense, and so does one a present progressive
plans ("are meeting Monday"). Word lists live in ``resources.verbs``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress

from summarize import regex_cache as rx

from ..resources.sentence_words import NAME_PLACE_ABBREVIATIONS, TITLES
from .resources.calendar_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .resources.determiners import DETERMINERS
from .resources.post_locale import EMOJI
from .resources.verbs import (
    ARRANGED_EVENTS,
    ARRANGEMENTS,
    ARRANGING_VERBS,
    BOOKED_THINGS,
    BOOKING_VERBS,
    CALENDAR_PRESENT,
    CALENDAR_SUBJECTS,
    CLEARANCES,
    DECLARING,
    FORECAST_CALLS,
    FORECAST_NOUNS,
    FORECAST_SUBJECTS,
    FUTURE_WORDS,
    HAVE_PRESENT,
    HEADLINE_INFINITIVES,
    PARTICIPLES,
    PASSES,
    PERIOD_STARTS,
    PREPARING_GAP,
    PREPARING_PROGRESSIVES,
    PROGRAMME_SUBJECTS,
    PROGRAMME_VERBS,
    RECURRENCE_WORDS,
    RELEASES,
    REPORTING,
    RUN_OUT_PREPS,
    RUN_SPAN_PREPS,
    RUNS,
    SAY_VERBS,
    SCHEDULE_ADVERBS,
    SCHEDULING,
    SCHEDULING_PARTICLES,
    SCHEDULING_PREPS,
    SET_DATES,
    STATE_RUN_PREPS,
    STATE_RUNS,
    WARN_OF,
    WARNED_THINGS,
    WARNING_NOTICES,
    WARNING_SPAN_PREPS,
    WEATHER_SUBJECTS,
)
from .slots import Memo
from .verb_groups import (
    NO_TENSE,
    PAST_CUES,
    WORD,
    Tense,
    group_after,
    group_before,
    is_past_form,
    normed,
)

#: Events arranged for a day and things booked for one ("set sentencing for", "book a table
#: for"): one set, built once, as both readers of an arrangement ask it.
_ARRANGED_OR_BOOKED = ARRANGED_EVENTS | BOOKED_THINGS
#: A title's or a place's abbreviation before a name ("at St. Mary's Church at 11 a.m. on
#: Friday", "Dr. Lee") ends no clause: the sentence goes on (session 21; an initial, "J. David
#: Dykes", still does: Timeline17 had one story better and one worse without it).
_NAME_ABBREVIATIONS = tuple(sorted(TITLES | NAME_PLACE_ABBREVIATIONS))
#: A post's emoji or flag ends its clause as a mark does ("sat 10am till 4 🎄 60 stalls, mulled
#: wine": "mulled" is no verb of the market's; session 11).
#: Written as one class of every first character, then each branch of the plain alternation
#: (``_PLAIN_CLAUSE_END``) checking its own first character behind it: the same matches, but
#: CPython's search skips the characters outside the class in C instead of trying five
#: branches at each (its fast scan needs a pattern that opens with a class; about 4x faster).
#: "(?<![aApP]\.[mM])\." becomes "(?<![aApP]\.[mM]\.)" once the dot is read.
#: "a.m."/"p.m." before a capitalised weekday that opens a span's end ("to", "until"...) ends
#: no clause: the weekday is the clock time's day and the span goes on ("a warning from 11
#: a.m. Monday to 8 p.m. Tuesday"; session 24, round 2; before any weekday it cost a blind
#: check batch).
#: Nor does an upper-case "A.M."/"P.M." before an upper-case "TOMORROW" or "TONIGHT": a
#: broadcast script's clock time and its day ("WILL CLOSE AT FIVE P.M. TOMORROW AND STAY
#: CLOSED"; session 25).
_NOT_AM_DAY = (r"(?:(?<![aApP]\.[mM]\.)|(?!\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
               r"\s+(?:to|until|till|through)\s)(?!(?<=[AP]\.M\.)\s+(?:TOMORROW|TONIGHT)\b))")
_CLAUSE_END = rx.compile(rf"[;!?\n\"“”`'.{EMOJI}](?:(?<=[;!?\n\"“”{EMOJI}])|(?<=`)`|(?<=')'"
                         r"|(?<=\.)(?:(?=\s*$)|"
                         + "".join(rf"(?<!\b{w}\.)" for w in _NAME_ABBREVIATIONS)
                         + r"(?=\s+[A-Z\"“‘])" + _NOT_AM_DAY + ")"
                         r"|(?<=\.)(?<![aApP]\.[mM]\.)(?=\s+\())")  # not "6 a.m. (0600 GMT)"
#: A short phrase in quotation marks inside a clause ('to a "recovery phase" from'): a word
#: before the opening mark, at most four words inside, and a lower-case word after the closing
#: one (session 25).
_SCARE_QUOTE = rx.compile(r"[A-Za-z,]\s+[\"“][A-Za-z][\w'’ -]{0,40}[\"”]\s+[a-z]")


def _scare_quoted(left: str, opened: int, closed: int) -> bool:
    """Whether the two last clause ends found in ``left`` (positions after them) are the two
    marks of a short quoted phrase inside its clause: the clause goes on past it."""
    if closed - opened > 42 or left[opened - 1] not in "\"“" or left[closed - 1] not in "\"”":
        return False
    if len(left[opened:closed - 1].split()) > 4:
        return False
    return _SCARE_QUOTE.match(left, max(0, opened - 3)) is not None


#: ``_CLAUSE_END`` as a plain alternation (a test compares the two).
_PLAIN_CLAUSE_END = (rf"[;!?\n\"“”{EMOJI}]|``|''|\.(?=\s*$)|"
                     + "".join(rf"(?<!\b{w})" for w in _NAME_ABBREVIATIONS)
                     + r"\.(?=\s+[A-Z\"“‘])" + _NOT_AM_DAY
                     + r"|(?<![aApP]\.[mM])\.(?=\s+\()")
#: The first characters of every ``_CLAUSE_END`` match: a window without one has no clause end.
_CLAUSE_MARK = rx.compile(rf"[;!?\n\"“”`'.{EMOJI}]")
#: ", then" before a verb, or "and" before the writer ("and I", "and we"), opens the next of two
#: clauses: its verb is not the first one's ("NYE till 3pm, then closed till Jan 4th", "Flight
#: to Oslo in 2 hours and I haven't packed"; session 12). Not "and you're all so anxious":
#: "two attacks in 10 years" stays the length it reads as there.
#: As ``_CLAUSE_END``, one class of both branches' first characters opens it, so the search
#: skips other characters in C; each branch checks its own behind it (``_PLAIN_THEN_CLAUSE``).
#: The writer may come contracted ("and i've done 0 readings", "and we're"; session 31).
_THEN_CLAUSE = rx.compile(r"[,\s](?:(?<=,)\s*then\s+(?=[a-z])"
                          r"|(?<=\s)(?=and\s+(?:I|i|we)(?:['’](?:ve|m|re|d|ll))?\s))")
_PLAIN_THEN_CLAUSE = r",\s*then\s+(?=[a-z])|\s(?=and\s+(?:I|i|we)(?:['’](?:ve|m|re|d|ll))?\s)"
_WINDOW = 160
#: Prepositions that open a phrase after a scheduled date; a verb beyond one belongs to the
#: phrase's noun ("for a clerk accused of fraud"), not to the event.
_PHRASE_PREPS = frozenset({"for", "of", "with", "against", "in", "at", "to", "from"})


_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group
#: ``normed`` words of a word's tail cut by a window's edge, by the tail.
_CUT_WORD = Memo(lambda tail: normed(WORD.findall(tail)))

_PAST_CUE = Memo(lambda w: w in PAST_CUES or (len(w) > 4 and w.endswith("ed")))
#: Whether the part of a word a window's edge cuts off reads as a past cue, by that part.
_CUT_CUE = Memo(lambda part: any(map(_PAST_CUE.__getitem__, normed(WORD.findall(part)))))


class PieceWords:
    """The normalised words of one sentence piece, read once for all its expressions (a
    schedule holds dozens per piece): ``between`` equals reading ``text[a:b]`` afresh."""

    __slots__ = ("ends", "hi", "lo", "marks", "past", "starts", "text", "uses", "words")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi, self.uses = text, lo, hi, 0
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        self.marks: list[int] | None = None
        self.past: list[int] | None = None

    def first_mark(self, a: int, b: int) -> int:
        """Where the first ``_CLAUSE_MARK`` in ``text[a:b]`` is (``lo <= a <= b <= hi``), -1
        when none; a piece read for its words (see ``between``) finds its marks once."""
        if self.uses < 2:
            return _first_mark(self.text, a, b)
        marks = self.marks
        if marks is None:
            marks = self.marks = list(map(_START, _CLAUSE_MARK.finditer(self.text, self.lo,
                                                                          self.hi)))
        i = bisect_left(marks, a)
        return marks[i] if i < len(marks) and marks[i] < b else -1

    def between(self, a: int, b: int) -> list[str]:
        """``normed`` words of ``text[a:b]`` (``lo <= a <= b <= hi``)."""
        text = self.text
        self.uses += 1
        if self.uses < 3:  # most pieces hold one expression: read the piece at the third use
            return normed(WORD.findall(text, a, b))
        if self.uses == 3:
            found = list(WORD.finditer(text, self.lo, self.hi))
            self.starts = list(map(_START, found))  # map: no Python frame per word
            self.ends = list(map(_END, found))
            self.words = normed(list(map(_GROUP, found)))
        starts = self.starts
        ends = self.ends
        i, j = bisect_right(ends, a), bisect_left(starts, b)
        if i >= j:
            return []
        if i == j - 1 and (starts[i] < a or ends[i] > b):
            return normed(WORD.findall(text, a, b))  # one word cut at both edges
        out = self.words[i:j]
        if ends[j - 1] > b:  # the last word cut by b
            out[-1:] = normed(WORD.findall(text, starts[j - 1], b))
        if starts[i] < a:  # the first word cut by a (the window's edge: it recurs)
            out[:1] = _CUT_WORD[text[a:ends[i]]]
        return out

    def may_be_past(self, start: int, end: int) -> bool:
        """Whether ``clause_tense`` of the expression at [start, end) in this piece may say
        "past": False when no word it can read (``_WINDOW`` characters each side, a word cut at
        an edge read as cut) is a past cue. Answers True until the piece is read (see
        ``between``), and for a piece holding "''" (a clause end that can cut a word)."""
        if self.uses < 3:
            return True
        if self.past is None:
            every = range(len(self.words))
            self.past = list(every) if self.text.find("''", self.lo, self.hi) >= 0 \
                else list(compress(every, map(_PAST_CUE.__getitem__, self.words)))
        return self._cue_in(max(self.lo, start - _WINDOW), start) \
            or self._cue_in(end, min(self.hi, end + _WINDOW))

    def _cue_in(self, a: int, b: int) -> bool:
        """Whether a word of ``between(a, b)`` may be a past cue: a whole word overlapping
        [a, b) is one, or the part of an edge word inside it is."""
        starts, ends, past = self.starts, self.ends, self.past
        i, j = bisect_right(ends, a), bisect_left(starts, b)
        if i >= j:
            return False
        k = bisect_left(past, i)
        if k < len(past) and past[k] < j:
            return True
        text = self.text
        if starts[i] < a and _CUT_CUE[text[a:min(ends[i], b)]]:
            return True
        return ends[j - 1] > b and _CUT_CUE[text[max(starts[j - 1], a):b]]


def _first_mark(text: str, a: int, b: int) -> int:
    """Where the first ``_CLAUSE_MARK`` in ``text[a:b]`` is, -1 when none."""
    m = _CLAUSE_MARK.search(text, a, b)
    return m.start() if m else -1


#: Object pronouns a scheduling verb may take before its preposition ("moved me to").
_MOVED_OBJECTS = frozenset({"me", "us", "it", "him", "her", "them", "you"})


def scheduled_for(before: list[str]) -> str:
    """The scheduling words the expression is the object of ("was scheduled for", "pushed back
    to", "is listed for", "a trial date of"), or "": a date a clause schedules lies ahead,
    whatever the clause's tense. A pluperfect ("had been scheduled for") tells of a plan since
    changed: not read."""
    if len(before) >= 2 and before[-1] in ("of", "for") and before[-2] in SET_DATES:
        return " ".join(before[-2:])  # "set a trial date of Oct. 7", "a deadline of June 30"
    if len(before) >= 4 and before[-1] == "at" and before[-2] in ARRANGED_EVENTS \
            and before[-3] == "for":
        before = before[:-1]  # "cleared for launch at 9:42 a.m. Friday": the event's clock
    if len(before) >= 4 and before[-2] == "for" and before[-1] in ARRANGED_EVENTS:
        before = before[:-1]  # "book a table for dinner friday": the meal names the event
    if len(before) >= 2 and before[-1] == "for" and before[-2] in CLEARANCES \
            and "had" not in before[-5:-2]:
        return " ".join(before[-2:])  # "is cleared for launch" (session 31, round 2)
    if len(before) >= 3 and before[-1] == "for" and before[-2] in _ARRANGED_OR_BOOKED:
        return _arranged_for(before)  # "set sentencing for", "organised a picnic for"
    if len(before) >= 3 and before[-1] == "for" and (booked := _booked_for(before)):
        return booked  # "booked the community hall for" (session 29)
    if len(before) < 2 or before[-1] not in SCHEDULING_PREPS:
        return ""
    k = len(before) - 2
    if before[k] in SCHEDULING_PARTICLES:
        k -= 1
    if k > 0 and before[k] in _MOVED_OBJECTS:
        k -= 1  # "the doctor moved me to thurs 10:15", "they pushed it back to Friday" (s21)
        if before[k] in SCHEDULING_PARTICLES:
            k -= 1
    if k < 0 or before[k] not in SCHEDULING or "had" in before[max(0, k - 3):k]:
        return ""
    return " ".join(before[k:])


#: The most words between an arranging verb and the event noun it puts on a day ("organised a
#: goodbye picnic for"; "called an early general election for", session 14).
_ARRANGED_GAP = 4


def _arranged_for(before: list[str]) -> str:
    """The words from an arranging verb to "for" when the event noun before "for" is its
    object ("set a hearing for", "have organised a goodbye picnic for"), else ""; not after
    "had" (a plan since changed), nor a noun's "the set" ("the set ... for")."""
    stop = len(before) - 2
    for k in range(stop - 1, max(-1, stop - 1 - _ARRANGED_GAP), -1):
        w = before[k]
        if w in ARRANGING_VERBS:
            if "had" in before[max(0, k - 3):k] or (k > 0 and before[k - 1] in _DETERMINERS):
                return ""
            return " ".join(before[k:])
        if not w.isalpha():  # a name, a number or a mark ends the object
            return ""
    return ""


def _booked_for(before: list[str]) -> str:
    """The words from a booking verb to "for" when the words between are its object
    ("booked the community hall for"), else ""; not after "had" nor a determiner ("the book
    for")."""
    stop = len(before) - 2
    for k in range(stop, max(-1, stop - _ARRANGED_GAP), -1):
        w = before[k]
        if w in BOOKING_VERBS:
            if k == stop or "had" in before[max(0, k - 3):k] \
                    or (k > 0 and before[k - 1] in _DETERMINERS):
                return ""  # "was booked for" (a player's caution) reads as before
            return " ".join(before[k:])
        if not w.isalpha():
            return ""
    return ""


def _headline_scheduled(text: str, a: int, start: int, before: list[str]) -> str:
    """``scheduled_for`` of a headline's Title Case words ("Unions Call Strike for Monday",
    "Hearing Adjourned Until Friday"), read in lower case: ``normed`` takes each capitalised
    word for a name (session 27); "" when the word before the preposition is no capitalised
    one or the words read are not those of ``before``."""
    if len(before) < 3 or before[-2] != "<name>" or (
            before[-1] not in SCHEDULING_PREPS and before[-1] != "<name>"):
        return ""
    last = text[max(a, start - 8):start].split()[-1:]
    if not last or last[0] not in _TITLE_SCHEDULING_PREPS:
        return ""
    lower = _title_words_lowered(text, a, start, before)
    return scheduled_for(normed(lower)) if lower is not None else ""


def _title_words_lowered(text: str, a: int, start: int, before: list[str]) -> list[str] | None:
    """The words of ``text[a:start]`` in lower case, for a headline's Title Case that ``normed``
    read as names ("Unions Call Strike for", "Handlers to Strike From"); None when they are not
    the words of ``before``."""
    raw = WORD.findall(text, a, start)
    return [w.lower() for w in raw] if len(raw) == len(before) else None


#: ``SCHEDULING_PREPS`` as written in lower case or in a headline's Title Case.
_TITLE_SCHEDULING_PREPS = SCHEDULING_PREPS | {w.title() for w in SCHEDULING_PREPS}


#: Determiners before a word that make it a noun ("the set", "a call"): the shared list less
#: "our", "my" and "your", which the rule was measured without.
_DETERMINERS = DETERMINERS - {"our", "my", "your"}


def _event_past(after: list[str]) -> Tense | None:
    """A past verb group right of a scheduled date that tells of the event itself ("the
    hearing, scheduled for Monday, was held"), not a reporting verb ("..., officials said"),
    nor a verb inside a phrase after it ("a date of Oct. 7 for a clerk accused of fraud")."""
    cut = next((k for k, w in enumerate(after) if w in _PHRASE_PREPS
                or (w == "and" and _past_form(after[k + 1:k + 2]))), len(after))
    found = group_after(after[:cut])
    if found is None or found.label != "past" or found.cue.split()[-1] in REPORTING:
        return None
    return found


def _past_form(words: list[str]) -> bool:
    """Whether ``words`` opens with a past form: after "and" it is a verb coordinated with the
    one that scheduled ("set a hearing for Friday and adjourned the case"), not the event's."""
    return bool(words) and is_past_form(words[0])


#: The most words between a present progressive and the expression it plans ("is visiting
#: Lagos on Saturday"); further away the expression belongs to another phrase.
_PLAN_GAP = 3
#: Words in -ing after "is"/"are" that tell of no arrangement ("is being", "is spring").
_NOT_PLANS = frozenset({"being", "thing", "bring", "sting", "swing", "spring", "string"})


def is_progressive(cue: str) -> bool:
    """Whether a verb group is a present progressive ("is leaving", "are meeting"); not "'s",
    which is as often a possessive ("BP's departing boss")."""
    words = cue.lower().split()
    return len(words) > 1 and words[0] in ("is", "are", "am", "'re", "'m") and (
        len(words[-1]) > 4 and words[-1].endswith("ing") and words[-1] not in _NOT_PLANS)


def _planned(found: Tense, before: list[str]) -> Tense:
    """A present progressive right before the expression ("is leaving Friday", "are meeting
    in March") tells of an arrangement: a future; any other group as found."""
    if found.label != "present" or not is_progressive(found.cue):
        return found
    last = found.cue.split()[-1]
    gap = before[::-1].index(last) if last in before else len(before)
    most = PREPARING_GAP if last in PREPARING_PROGRESSIVES else _PLAN_GAP  # "are bracing for"
    return Tense("future", found.cue) if gap <= most else found


#: The most words between "have" and the expression an arrangement it owns is on ("have a
#: hospital appointment with Dr Lee on Monday").
_ARRANGEMENT_GAP = 8


def _arranged(found: Tense, before: list[str]) -> Tense:
    """A present "have/has (got)" owning an arrangement noun right before the expression ("I
    have a dentist appointment on Tuesday") tells of a plan: a future; any other group as
    found ("had a meeting on Tuesday" stays past)."""
    cue = found.cue.split()
    if cue == ["got"] and found.label == "past" and _got_as_have(before):
        cue = ["have", "got"]  # a chat's "got a job interview on the 14th" (session 19)
    elif found.label not in ("present", "past") or not cue or cue[0] not in ("have", "has") \
            or (found.label == "past" and cue[1:2] != ["got"]):
        return found
    tail = before[-_ARRANGEMENT_GAP:]
    at = max((k for k, w in enumerate(tail) if w in HAVE_PRESENT), default=-1)
    if at < 0 or ARRANGEMENTS.isdisjoint(tail[at + 1:]):
        return found
    noun = next(w for w in tail[at + 1:] if w in ARRANGEMENTS)
    return Tense("future", f"{cue[0]} ... {noun}", True)


#: Subjects before a bare "got" that is "I've got" with its "'ve" dropped.
_GOT_SUBJECTS = frozenset({"i", "we", "ive", "weve", "i've", "we've"})


def _last_index(words: list[str], word: str) -> int:
    """Where ``word`` last stands in ``words``; -1 when it does not."""
    return len(words) - 1 - words[::-1].index(word) if word in words else -1


def _got_as_have(before: list[str]) -> bool:
    """Whether the last "got" of ``before`` opens its clause or follows "I"/"we": a chat's
    "(I've) got an interview on the 14th", possession, not "got" as received."""
    k = _last_index(before, "got")
    return k == 0 or (k > 0 and before[k - 1] in _GOT_SUBJECTS)


def schedule_present(before: list[str], lower: bool) -> Tense | None:
    """A present verb of a schedule right before the expression in its narrow frame (see
    ``resources.verbs.RUNS``): "the fair runs from Friday", "the deadline passes at 23:59 on
    Friday", a post's "drops fri" (``lower``: the expression is in lower case); else None."""
    tail = before[-6:]
    for k in range(len(tail) - 1, -1, -1):
        w = tail[k]
        if w in RUNS and tail[k + 1:k + 2] and tail[k + 1] in RUN_SPAN_PREPS and k >= len(tail) - 2:
            return Tense("future", f"{w} {tail[k + 1]}", True)
        if w in STATE_RUNS and k == len(tail) - 2 and tail[k + 1] in STATE_RUN_PREPS:
            return Tense("future", f"{w} {tail[k + 1]}", True)  # "lasts until" (session 27)
        if w in RUNS and k == len(tail) - 1:  # "the fair runs Oct. 11-13" (session 13)
            return Tense("future", w, True)
        if w in PASSES and k > 0 and tail[k - 1] in SET_DATES:
            return Tense("future", f"{tail[k - 1]} {w}", True)
        if w in RELEASES and lower and k == len(tail) - 1:
            return Tense("future", w, True)
    return None


#: Words between an event's noun and a day it is held on ("the gala on Friday night features").
_PROGRAMME_DAY_PREPS = frozenset({"on", "at", "this"})


def _programme_subject(word: str, raw: str) -> bool:
    """Whether ``word`` (as ``normed`` reads it; ``raw``, as written) is an event's noun of
    ``PROGRAMME_SUBJECTS``, the subject of a programme's verb ("the fete includes", "Highlights
    include", "the County Fair includes": a capitalised noun is read as written)."""
    return word in PROGRAMME_SUBJECTS or (word == "<name>" and raw.lower() in PROGRAMME_SUBJECTS)


def programme_present(before: list[str], raw: list[str]) -> Tense | None:
    """A programme's present before the expression: an event's noun and a present verb of
    ``PROGRAMME_VERBS`` ("the fete includes a dog show on Saturday", "Highlights include a
    tractor parade at 11 a.m. Sunday", "the open day runs from 10am to 4pm on Saturday"), with
    no past form or participle between the verb and the expression (not "the exhibition
    includes photographs taken on Saturday"): the day lies ahead (session 26); else None.
    ``raw`` holds the words as written, one for each of ``before`` (else empty)."""
    for k in range(len(before) - 1, 0, -1):
        w = before[k]
        if w in PROGRAMME_VERBS and _programme_subject(
                before[k - 1], raw[k - 1] if len(raw) == len(before) else ""):
            subject = raw[k - 1].lower() if before[k - 1] == "<name>" else before[k - 1]
            return Tense("future", f"{subject} {w}", True)
        if w in PARTICIPLES or is_past_form(w):
            return None
    return None


#: A clock time's "a.m."/"p.m." ending a window: its dot before a capitalised weekday ends a
#: clause for ``_CLAUSE_END`` ("at 7 p.m. Saturday and a ...").
_AM_PM_END = rx.compile(r"[aApP]\.[mM]\.\s*$")


def _programme_listed(text: str, a: int, lo: int, before: list[str]) -> Tense | None:
    """A programme's present whose list goes on past a clock time's day ("Highlights include a
    sheepdog trial at 2 p.m. Saturday and a tractor parade at 11 a.m. Sunday"): the clause cut
    at the dot of "p.m." opens with the day and "and"; the programme is read in the clause
    before the cut (session 26); else None."""
    if before[1:2] != ["and"] or not _AM_PM_END.search(text, max(lo, a - 6), a):
        return None
    b = max(lo, a - _WINDOW)
    cut = [m.end() for m in _CLAUSE_END.finditer(text, b, a - 1)]
    if cut:
        b = cut[-1]
    raw = WORD.findall(text, b, a)
    return programme_present(normed(raw), raw)


def programme_after(before: list[str], after: list[str]) -> Tense | None:
    """A programme's present right after the expression, whose event's noun stands right before
    it or before "on"/"at" and it ("the gala on Friday night features three choirs"): the day
    lies ahead (session 26); else None."""
    if not after or after[0] not in PROGRAMME_VERBS or not before:
        return None
    k = len(before) - (2 if before[-1] in _PROGRAMME_DAY_PREPS else 1)
    if k < 0 or before[k] not in PROGRAMME_SUBJECTS:
        return None
    return Tense("future", f"{before[k]} ... {after[0]}", True)


#: A clock time's first word as the tense reader holds it ("10am" of "10am", "10" of "10:30am"),
#: or a day of the month ("sat 18th april").
_CLOCK_WORD = rx.compile(r"\d{1,2}(?:[ap]m|st|nd|rd|th)$")
_MINUTE_WORD = rx.compile(r"\d{1,2}(?:[ap]m)?$")  # "sat 10:30am", "sat 2-4pm"


def _sat_as_day(words: list[str], prev: str = "", nxt: str = "") -> list[str]:
    """``words`` with a "sat" right before a clock time or a day of the month ("market sat 10am
    till 4", "sat 10:30am", "sat 18th april") read as the weekday it abbreviates, no past verb:
    a verb "sat" takes no bare clock time (session 11); a number ending ``words`` is the start
    of the range the expression ends ("sat 2-4pm"); ``words`` itself when it holds no such
    "sat". ``prev`` and ``nxt``, the expression's words before or after ``words``, let one of
    a pair of days be read ("fri or sat", "sat or sun")."""
    if "sat" not in words:
        return words
    n = len(words)
    if prev or nxt:
        ext = _sat_as_day(([prev] if prev else []) + words + ([nxt] if nxt else []))
        return ext[1:] if prev else ext[:n]
    return ["<day>" if w == "sat" and ((k + 1 < n and (
        _CLOCK_WORD.match(words[k + 1]) or (words[k + 1].isdigit() and len(words[k + 1]) <= 2
                                            and (k + 2 == n or _MINUTE_WORD.match(words[k + 2])))))
        or (k > 0 and _CLOCK_END.match(words[k - 1]))
        # ... or one of a chat's pair of days ("fri or sat for the picnic?"; session 30)
        or (k + 2 < n and words[k + 1] == "or" and words[k + 2] in _PAIR_DAYS)
        or (k > 1 and words[k - 1] == "or" and words[k - 2] in _PAIR_DAYS))
            else w for k, w in enumerate(words)]


def _first_word(text: str, start: int, end: int) -> str:
    """The first word of the expression at [start, end), lower case, only where it may be a
    day of a pair ("sat" of "sat or sun"); else ""."""
    m = WORD.search(text, start, end)
    w = m.group().lower() if m else ""
    return w if w in _PAIR_DAYS else ""


def _last_word(text: str, start: int, end: int) -> str:
    """The expression's last word where it may be a day of a pair ("fri" of "fri or sat")."""
    words = WORD.findall(text, start, end)
    w = words[-1].lower() if words else ""
    return w if w in _PAIR_DAYS else ""


#: Weekdays and their abbreviations as the tense reader holds them: the other day of a pair.
_PAIR_DAYS = frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS) | {"<day>"}


#: A clock time's last word as the tense reader holds it ("00" of "22:00", "10pm"): a "sat"
#: right after one is the day ("from 22:00 sat until ..."; session 24).
_CLOCK_END = rx.compile(r"(?:\d\d|\d{1,2}[ap]m)$")


def forecast_present(before: list[str]) -> Tense | None:
    """A forecast that "calls for" weather before the expression ("the forecast calls for a
    low of 6 below Friday night"): the day lies ahead (session 11, newswire); else None."""
    for k in range(1, len(before) - 1):
        if before[k] in FORECAST_CALLS and before[k + 1] == "for" \
                and before[k - 1] in FORECAST_SUBJECTS:
            return Tense("future", f"{before[k - 1]} {before[k]} for", True)
    return None


#: The most words between a headline's infinitive and the expression ("to run every 15
#: minutes from Sunday").
_HEADLINE_GAP = 6


def _headline_infinitive(before: list[str], text: str = "", start: int = 0) -> str:
    """The verb of "to <verb>" among the last words before the expression when it is a
    headline's verb of a scheduled event ("Ferry service to resume Tuesday", "Trains to run
    every 20 minutes from Monday"), not a place or a thing ("rail link to coast"); else ""."""
    tail = before[-_HEADLINE_GAP - 1:]
    for k in range(len(tail) - 2, -1, -1):
        if tail[k] == "to" and tail[k + 1] in HEADLINE_INFINITIVES and k > 0:
            return tail[k + 1]
    if text and len(before) > 3 and before[-1] in _HEADLINE_DAY_PREPS and before[-3] == "to" \
            and _headline_verb(before[-2]) \
            and WORD.findall(text, max(0, start - 48), start)[-2:-1] == [before[-2]]:
        # "Cold snap to ease by Thursday": any verb there, written in lower case, not a
        # name ("a visit to Marlow on Tuesday") (session 31)
        return before[-2]
    return ""


#: Prepositions between a headline's infinitive, whatever its verb, and the day ("Cold snap
#: to ease by Thursday", "Toll road to reopen from Monday"; session 31).
_HEADLINE_DAY_PREPS = frozenset({"by", "on", "from"})


def _headline_verb(word: str) -> bool:
    """Whether ``word``, right after "to" and before a day's preposition in a clause with no
    verb group, may be a headline's bare verb: a lower-case word of letters, no determiner
    or pronoun, no plural or past ("to schools on", "to talks on", "to Paris on" are places
    and things)."""
    return word.isalpha() and word.islower() and len(word) > 2 and word not in DETERMINERS \
        and not word.endswith(("s", "ed"))


#: Gerunds after "after" that tell of no finished event ("after being", "after having").
_NOT_DONE_GERUNDS = frozenset({"being", "having", "going", "getting"})


def _after_gerund(before: list[str]) -> str:
    """ "after" and a gerund among the eight words before the expression, with no verb group
    between ("will face a run-off on Saturday after falling short of a majority in Sunday's
    first round"): the gerund's event came first, told as done, so the clause reads as past
    whatever the main verb's tense (session 12, newswire); "" when there is none."""
    n = len(before)
    if "after" not in before[max(0, n - 8):n - 1]:  # the words the loop reads as "after"
        return ""
    return _gerund_after(before)


def _gerund_after(before: list[str]) -> str:
    """``_after_gerund``'s search, without its guard (a test compares the two)."""
    n = len(before)
    for i in range(max(0, n - 8), n - 1):
        w = before[i + 1]
        if before[i] == "after" and w.endswith("ing") and len(w) > 5 \
                and w not in _NOT_DONE_GERUNDS and n - i <= 8 \
                and group_before(before[i + 2:])[0] is None:
            return f"after {w}"
    return ""


#: Words that open a condition, and the modals of the consequence it threatens.
_CONDITIONS = frozenset({"if", "unless"})
#: ... and the modals of a permitted or a required consequence ("either side may walk away if
#: the deal has not closed by Dec. 31"; session 30).
_CONSEQUENCE_MODALS = frozenset({"would", "will", "'ll", "could", "may", "might", "can",
                                 "should", "must"})


def _conditional_deadline(before: list[str]) -> bool:
    """Whether the expression follows "by"/"until" in a condition ("if"/"unless") whose
    consequence a modal before it states ("said it would strike again from Monday if the
    operator did not withdraw its plan by Friday"): a deadline set ahead, even in the
    reported past's "did not"; a pluperfect ("if it had signed by") is no deadline (session 12,
    newswire)."""
    if not before or before[-1] not in ("by", "until"):
        return False
    for k in range(len(before) - 2, 0, -1):
        if before[k] in _CONDITIONS:
            return "had" not in before[k:] \
                and not _CONSEQUENCE_MODALS.isdisjoint(before[max(0, k - 14):k])
    return False


#: A conjunction and a preposition that open a new clause with the expression ("..., and on
#: Saturday it will ..."): the clause's own verb group comes after it (session 15, newswire).
_JOINING = frozenset({"and", "but"})
_JOINED_PREPS = frozenset({"on", "from"})
#: The most words between the expression and the future group of its joined clause.
_JOINED_GAP = 5


def _joined_future(text: str, end: int, hi: int) -> Tense | None:
    """The future verb group of a clause the expression opens after "and on" ("the hall is a
    cinema again, and on Saturday it will stage a show"), when it comes within a few words;
    else None: the earlier clause's verb does not govern the weekday."""
    b = min(hi, end + 60)
    stop = _CLAUSE_END.search(text, end, b)
    words = normed(WORD.findall(text, end, stop.start() if stop else b))[:_JOINED_GAP + 2]
    found = group_after(words)
    return found if found is not None and found.label == "future" else None


def _reported_would(before: list[str]) -> bool:
    """Whether the last "would" of ``before`` (not "would have") follows a reporting verb: the
    future of reported speech ("said members would meet again Wednesday", "said that the
    search would continue Friday"), which news tell of the days ahead (session 19)."""
    k = _last_index(before, "would")
    return k > 0 and before[k + 1:k + 2] != ["have"] and not REPORTING.isdisjoint(before[:k])


#: Verbs of an arrangement whose past progressive, reported, tells a plan ahead ("said it was
#: flying in 30 tonnes of supplies on Sunday"; session 19).
_PLANNED_PROGRESSIVES = frozenset({
    "flying", "sending", "shipping", "delivering", "meeting", "holding", "hosting", "visiting",
    "leaving", "travelling", "traveling", "heading", "launching", "releasing", "publishing",
    "returning", "opening"})


def _reported_plan(cue: str, before: list[str]) -> bool:
    """Whether the verb group ``cue`` is a past progressive of an arrangement ("was flying",
    "were sending") in speech a reporting verb introduces: the reported present progressive,
    a plan ahead."""
    words = cue.lower().split()
    if len(words) != 2 or words[0] not in ("was", "were") or words[1] not in _PLANNED_PROGRESSIVES:
        return False
    k = _last_index(before, words[0])
    return k > 0 and not REPORTING.isdisjoint(before[:k])


#: A weekday and its clock time ("tues 8pm", "Friday at 6.30pm", "sat 10:15"; session 24).
_DAY_AT_CLOCK = rx.compile(r"[A-Za-z]+\.?,?[ \t]+(?:at[ \t]+|@[ \t]*)?(?:[01]?\d|2[0-3])"
                           r"(?:[:.][0-5]\d)?[ \t]?(?:[ap]\.?m\.?)?")


#: Participles that open a clause of what comes next in a series ("..., followed on Friday by
#: the spending data"): no tense of their own; the clause before the comma lends its future.
_SEQUELS = frozenset({"followed", "preceded"})
#: A comma and such a participle, and "on"/"by" or nothing, right before the expression; or
#: "by", what follows (up to four words, no mark) and a preposition ("will run from 16:00 to
#: 22:00, followed by stage 2 until 05:00 on Sunday": session 30, round 2).
_SEQUEL = rx.compile(r",\s*(?:followed|preceded)\s+(?:(?:on|by|from)\s+|by\s+(?:[^\s,;:.]+\s+)"
                     r"{1,4}(?:on|from|until|till|to|at|through)\s+)?$")


def _carried_sequel(text: str, a: int, start: int, lo: int, hi: int,
                    piece: PieceWords | None) -> Tense | None:
    """The future of the clause before ", followed (on)" when the expression follows that
    participle ("figures are due at 1330 GMT, followed on Friday by spending data"): the
    series goes on ahead; None when the clause before is not future."""
    m = _SEQUEL.search(text, a, start)
    if m is None or m.start() <= lo:
        return None
    before = clause_tense(text, m.start(), m.start(), lo, hi, piece)
    return before if before.label == "future" else None


_FALLS = frozenset({"falls", "fall"})
_FALLS_PREPS = frozenset({"on", "in"})
#: "is due" (not "was due", nor "is due to" and a verb, which ``classify`` reads).
_DUE = (["is", "due"], ["are", "due"], ["'s", "due"])


def _cue_words(cue: str) -> list[str]:
    """The lower-case words of a verb group's cue without its schedule adverbs ("officially")."""
    return [w for w in cue.lower().split() if w not in SCHEDULE_ADVERBS]


def _calendar_cue(words: list[str]) -> bool:
    """Whether a future verb group (its ``_cue_words``) is a calendar verb's present simple
    ("ends", "officially begins", "is due"): see ``resources.verbs.CALENDAR_PRESENT``."""
    return (len(words) == 1 and words[0] in CALENDAR_PRESENT and words[0] != "due") \
        or words in _DUE


#: Calendar verbs whose present names a schedule wherever it stands; the others (begins,
#: starts, opens, closes...) only in a relative clause ("the season, which starts in April"):
#: a timeline's "2 May: drilling starts" tells a past day in the present.
_ENDING_PRESENT = frozenset({"end", "ends", "expire", "expires", "lapse", "lapses", "mature",
                             "matures", "due"})


def _calendar_cue_near(cue: str, before: list[str]) -> bool:
    """Whether the calendar verb of ``cue`` stands within the three words before the
    expression ("ends in March", "which starts on 16 May"), and, for a verb of starting or
    opening, right after "which"/"that" (session 24)."""
    verb = cue.lower().split()[-1]
    tail = before[-3:]
    if verb not in tail:
        return False
    k = len(before) - 1 - tail[::-1].index(verb)  # its last place in ``before``
    return verb in _ENDING_PRESENT or (k > 0 and before[k - 1] in ("which", "that"))


def calendar_present(cue: str, explicit: bool) -> bool:
    """Whether an explicit future's cue is a calendar verb's present ("ends", "is due", "falls
    on", "runs out in"): a month or a date it names lies on or after the publication date,
    however near behind it the same name is (session 24)."""
    if not explicit:
        return False
    words = _cue_words(cue)
    if len(words) == 1 and not words[0].endswith("s"):
        return False  # a plural's "classes start in September": a blind check batch of posts
        # fell with it; "the tax year ends in April" is the calendar's
    return _calendar_cue(words) or (len(words) == 2 and words[0] in _FALLS) \
        or (words[1:2] == ["out"] and words[0] in RUNS)


def _habitual(text: str, before: list[str], end: int, hi: int, *,
              to_comma: bool = False) -> bool:
    """Whether a word of recurrence stands in the clause before the expression or in the few
    words after it ("usually closes in June", "closes in June every year"): a habit. With
    ``to_comma`` (a programme's present: "the show usually features bands on Saturday") the
    words after it are read up to a comma only: one in a phrase of its own after a comma tells
    how often a part of the programme recurs ("on Saturday, with demonstrations every hour";
    session 26)."""
    if not RECURRENCE_WORDS.isdisjoint(before):
        return True
    stop = min(hi, end + 40)
    if to_comma:
        comma = text.find(",", end, stop)
        stop = stop if comma < 0 else comma
    return not RECURRENCE_WORDS.isdisjoint(normed(WORD.findall(text, end, stop)))


#: Things a warning foresees: the weather, and hazards and disruption.
_WARNED = FORECAST_NOUNS | WEATHER_SUBJECTS | WARNED_THINGS
#: The most words between "warned of" and the expression ("warned of heavy snow and strong
#: winds on Tuesday").
_WARNED_GAP = 14  # "warned of delays of up to two hours at LaGuardia, Kennedy and Newark
# airports on Wednesday afternoon" (session 31, round 2; 8 before)
#: The most words between a notice's "for" and the expression, the weather first ("a warning
#: for heavy snow across Wales, the Midlands and south-west England on Friday"; session 25).
_NOTICE_GAP = 12
#: Words before the expression after the thing warned of ("... snow on Tuesday", "... from
#: Friday", "late Tuesday").
_WARNED_PREPS = frozenset({"on", "from", "for", "by", "until", "till", "through", "late",
                           "early", "into", "overnight"})
#: Words that end a span whose start a notice named ("from 11 a.m. Monday to ...").
_SPAN_ENDS = frozenset({"to", "until", "till", "through", "thru"})
#: The most words between a verb of declaring and the "starting" of the period it declares.
_DECLARED_GAP = 8


def _foreseen(before: list[str]) -> str:
    """The words that make the expression a day foreseen, ahead whatever the clause's tense,
    or "": a warning of a thing on a day ("warned of heavy snow on Tuesday", "warnings of gales
    from Friday": the thing a forecast names, no verb group between "of" and the day), a
    notice's days ("has issued a red flag warning from 11 a.m. Monday", "a flood watch for
    Friday"), a period declared with its start ("declared three days of mourning starting
    Monday"; session 24, round 2)."""
    n = len(before)
    if n < 2:
        return ""
    last = before[-1]
    if last in WARNING_SPAN_PREPS and before[-2] in WARNING_NOTICES:
        return " ".join(before[-2:])
    if last in _SPAN_ENDS:  # "a red flag warning from 11 a.m. Monday to 8 p.m. Tuesday"
        for k in range(n - 2, max(0, n - 10), -1):
            if before[k] == "from" and before[k - 1] in WARNING_NOTICES:
                return "" if group_before(before[k + 1:-1])[0] is not None \
                    else " ".join(before[k - 1:k + 1])
    if last in PERIOD_STARTS:
        if not DECLARING.isdisjoint(before[max(0, n - 1 - _DECLARED_GAP):n - 1]):
            return last
        return ""
    if "for" in before[max(0, n - _NOTICE_GAP - 1):n - 1]:
        k = _last_index(before, "for")
        if k > 0 and before[k - 1] in WARNING_NOTICES and last in _WARNED_PREPS \
                and not _WARNED.isdisjoint(before[k + 1:k + 3]) \
                and group_before(before[k + 1:])[0] is None \
                and "had" not in before[max(0, k - 6):k - 1]:
            # "an amber warning for heavy snow across Wales and the Midlands on Friday": the
            # weather a notice is out for, and its day ahead (session 25); a pluperfect's
            # ("had issued a warning for ice ... on Friday, but") is told after the day
            return " ".join(before[k - 1:k + 1])
    lo = max(1, n - _WARNED_GAP - 1)
    # the warning's own "of", not one inside the thing warned of ("warned of delays of up to two
    # hours at three airports on Wednesday"; session 31, round 2)
    k = next((j for j in range(n - 2, lo - 1, -1)
              if before[j] == "of" and before[j - 1] in WARN_OF), -1)
    if k < 1:
        return ""
    thing = before[k + 1:]
    if last not in _WARNED_PREPS and last not in _WARNED:
        return ""
    if _WARNED.isdisjoint(thing) or group_before(thing)[0] is not None:
        return ""
    return " ".join(before[k - 1:k + 1])


#: A market's close after a weekday's possessive ("Monday's closing price", "Friday's close,";
#: a tokenised "Monday 's")
#: and a word of comparison before the weekday ("a premium to", "above", "from").
_CLOSE_BASE = rx.compile(r" ?['’]s\s+clos(?:e\b|ing\s+(?:price|level|value|bid|rate)s?\b)")
_CLOSE_BASE_BEFORE = rx.compile(r"\b(?:to|over|above|below|from|on|versus|vs\.?|with|than)\s+$",
                                re.IGNORECASE)


def measured_close(text: str, start: int, end: int, lo: int = 0) -> bool:
    """Whether the weekday at [start, end) is a market's close a figure is measured against
    ("a 38% premium to Monday's closing price", "above Friday's close"): a known value, past,
    and a base told aside, not the story's day (session 30, round 2)."""
    return text.startswith(("'s", "’s", " 's", " ’s"), end) \
        and _CLOSE_BASE.match(text, end) is not None \
        and _CLOSE_BASE_BEFORE.search(text, max(lo, start - 12), start) is not None


#: A weekday's possessive before a participle of a thing lost or failed ("Thursday's lost overs",
#: "Monday's abandoned match", "Friday's failed launch"): the day is behind, whatever the
#: clause's tense ("to make up for Thursday's lost overs"; session 31, round 2). Not
#: "cancelled", "postponed": a day may be called off ahead ("Friday's cancelled flights").
_LOST_DAY = rx.compile(r" ?['’]s\s+(lost|missed|abandoned|aborted|failed|botched"
                       r"|washed-out|rained-out|rained-off)\b")


#: A weekday's possessive event as the subject of "would" ("Thursday's vote would be decided
#: by turnout", "Friday's attempt would be the third launch this month"): an event the writer
#: foresees, ahead; not "would have" (session 31, round 2).
_EVENT_WOULD = rx.compile(r" ?['’]s\s+([a-z]+(?:-[a-z]+)?)\s+would\s+(?!have\b)")
#: Events such a possessive names: ``ARRANGED_EVENTS`` and a launch's "attempt".
_WOULD_EVENTS = ARRANGED_EVENTS | {"attempt"}


def clause_tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None,
                 piece: PieceWords | None = None) -> Tense:
    """The tense of the verb group governing the expression at [start, end), looking at the
    clause inside the sentence [lo, hi): the nearest group to the left, else to the right.
    ``piece``, the words of [lo, hi), saves reading them again for each expression."""
    hi = len(text) if hi is None else hi
    if measured_close(text, start, end, lo):
        # "a 38% premium to Monday's closing price": a market's close a figure is measured
        # against is already known, whatever the clause's tense (session 30, round 2)
        return Tense("past", "'s close", True)
    lost = _LOST_DAY.match(text, end)
    if lost is not None:  # "to make up for Thursday's lost overs": a day behind
        return Tense("past", "'s " + lost.group(1), True)
    foreseen = _EVENT_WOULD.match(text, end)
    if foreseen is not None and foreseen.group(1) in _WOULD_EVENTS:
        return Tense("future", f"'s {foreseen.group(1)} would", True)
    a = max(lo, start - _WINDOW)
    quoted = None
    mark = piece.first_mark(a, start) if piece is not None and piece.uses > 1 \
        else _first_mark(text, a, start)  # a piece not read yet: search
    if mark >= 0:
        left = text[a:start]
        # every clause end starts with a mark: none is found before the first one, so the
        # scan starts there (on the same string: the lookbehind still sees what is before)
        cut = [m.end() for m in _CLAUSE_END.finditer(left, mark - a)]
        if len(cut) > 1 and _scare_quoted(left, cut[-2], cut[-1]):
            # 'would move to a "recovery phase" from Monday': the clause goes on past a short
            # quoted phrase, whose own words are no verb of it (session 25)
            quoted = (a + cut[-2] - 1, a + cut[-1])
            del cut[-2:]
        if cut:
            a += cut[-1]
    if quoted is None:
        before = piece.between(a, start) if piece is not None \
            else normed(WORD.findall(text, a, start))
    else:
        before = normed(WORD.findall(text, a, quoted[0]) + WORD.findall(text, quoted[1], start))
    if "sat" in before:
        before = _sat_as_day(before, nxt=_first_word(text, start, end))
    if len(before) > 1 and before[-1] in _JOINED_PREPS and before[-2] in _JOINING:
        ahead = _joined_future(text, end, hi)
        if ahead is not None:  # "..., and on Saturday it will stage its first show"
            return ahead
    gerund = _after_gerund(before)
    if gerund:  # "will face a run-off after falling short in Sunday's first round"
        return Tense("past", gerund)
    if _conditional_deadline(before):  # "would strike again if the firm did not drop its
        return Tense("future", "if ... by", True)  # plan by Friday": a deadline ahead
    if "and" in before[-4:] and any(ch.isdigit() for ch in text[start:end]):
        k = len(before) - 1 - before[::-1].index("and")
        joined = schedule_present(before[k + 1:], False) if before[k + 1:k + 2] else None
        if joined is not None:  # "began June 1 and runs through Nov. 30": the present's
            return joined
    if len(before) > 2 and before[-3] in RUNS and before[-2] == "out" \
            and before[-1] in RUN_OUT_PREPS:
        return Tense("future", " ".join(before[-3:]), True)  # "runs out in May" (session 14)
    if len(before) > 2 and before[-1] in _FALLS_PREPS and before[-2] in _FALLS \
            and before[-3] in CALENDAR_SUBJECTS and not _habitual(text, before, end, hi):
        return Tense("future", " ".join(before[-2:]), True)  # "which falls on Monday" (s24)
    foreseen = _foreseen(before)
    if foreseen:  # "warned of heavy snow on Tuesday", "a flood watch from Friday" (s24 r2)
        return Tense("future", foreseen, True)
    found, _reported = group_before(before)
    if found is not None and found.label == "past" and (
            before[-1] in RUN_SPAN_PREPS or before[-1] in STATE_RUN_PREPS):
        run = schedule_present(before, False)
        if run is not None and " " in run.cue and run.cue.partition(" ")[0] not in \
                found.cue.split():  # "The show, held every two years, runs through Sunday":
            return run  # the schedule's present, nearer than a participle before it (s27)
    if found is not None and found.label == "past" and found.cue in _SEQUELS:
        carried = _carried_sequel(text, a, start, lo, hi, piece)
        if carried is not None:  # "are due at 1330 GMT, followed on Friday by" (s24)
            return carried
    if found is not None and found.label == "future" and not found.explicit \
            and _calendar_cue(_cue_words(found.cue)) and _calendar_cue_near(found.cue, before) \
            and not _habitual(text, before, end, hi):
        found = Tense("future", found.cue, True)  # "fiscal 2017, which ends in March" (s24)
        # only right before the expression: a timeline's "2 June: inquiry begins 15 July: new
        # cap brings a halt" is a list of past days told in the present
    if found is not None and found.label == "future" and not found.explicit \
            and _reported_would(before):
        found = Tense("future", found.cue, True)
    elif found is not None and found.label == "past" and _reported_plan(found.cue, before):
        found = Tense("future", found.cue, True)  # "said it was flying in supplies on Sunday"
    scheduled = ""
    # a date set for an event is read even when the verb that set it is not ("set a date of")
    if found is not None or (len(before) > 1 and (
            before[-2] in SET_DATES or before[-2] in _ARRANGED_OR_BOOKED
            or before[-1] in ARRANGED_EVENTS  # an imperative "book a table for dinner"
            or before[-1] in SCHEDULING_PREPS or before[-1] == "<name>")):
        # a bare participle ("Hearing adjourned until"), a headline's Title Case (session 27)
        scheduled = scheduled_for(before) or (
            _headline_scheduled(text, a, start, before) if quoted is None else "")
        if not scheduled and found is not None:
            return _arranged(_planned(found, before), before)
    b = min(hi, end + _WINDOW)
    mark = piece.first_mark(end, b) if piece is not None and piece.uses >= 3 \
        else _first_mark(text, end, b)
    if mark >= 0:  # else no clause end; none before the first mark, as on the left
        stop = _CLAUSE_END.search(text[end:b], mark - end)
        if stop:
            b = end + stop.start()
    then = _THEN_CLAUSE.search(text, end, b)  # "NYE till 3pm, then closed" (session 12)
    if then:
        b = then.start()
    if found is None and not scheduled:
        scheduling = schedule_present(before, text[start:end].islower()) \
            or forecast_present(before)
        if scheduling is None and not PROGRAMME_VERBS.isdisjoint(before) \
                and not _habitual(text, before, end, hi, to_comma=True):
            scheduling = programme_present(before, WORD.findall(text, a, start)
                                           if quoted is None else [])
        if scheduling is None and before[1:2] == ["and"]:
            scheduling = _programme_listed(text, a, lo, before)
        if scheduling is not None:
            return scheduling
    after = piece.between(end, b) if piece is not None else normed(WORD.findall(text, end, b))
    if "sat" in after:
        after = _sat_as_day(after, prev=_last_word(text, start, end))
    found = group_after(after) if not scheduled else _event_past(after)
    if found is None and not scheduled and after and after[0] in PROGRAMME_VERBS \
            and not _habitual(text, before, end, hi, to_comma=True):
        found = programme_after(before, after)  # "the gala on Friday night features" (s26)
    if scheduled:  # "was scheduled for Monday" looks ahead; "..., was held" does not
        return found or Tense("future", scheduled)
    if found is not None and found.cue.lower() in SAY_VERBS and not scheduled \
            and after[:1] != [found.cue.lower()]:
        verb = _headline_infinitive(before, text, start)
        if verb:  # "Cold snap to ease by Thursday, Environment Canada says": the report's
            return Tense("future", f"to {verb}", True)  # verb after it is no clause's (s31)
    if found is not None:
        if not before and text.startswith(" is ", end) and found.label == "present" \
                and (" " not in text[start:end] or _DAY_AT_CLOCK.fullmatch(text, start, end)):
            # not a title's "Friday Night Is Music Night", nor a post's standing "weds night
            # is pie night" (a part of day's recurring evening: session 15's key)
            return Tense("present", "is")  # "Saturday is a holiday": a day something is, ahead
            # (and "tues 8pm is the only slot": a weekday with its clock time; session 24)
        return found
    verb = _headline_infinitive(before, text, start) if quoted is None \
        else _headline_infinitive(before)
    if not verb and quoted is None and "<name>" in before[-_HEADLINE_GAP:]:
        # in Title Case ("Handlers to Strike From Friday") ``normed`` takes the verb for a
        # name: read the words in lower case (session 29)
        lower = _title_words_lowered(text, a, start, before)
        if lower is not None:
            verb = _headline_infinitive(lower)
    if verb:  # a headline's "Ferry service to resume Tuesday": no verb but the infinitive's
        return Tense("future", f"to {verb}", True)
    if FUTURE_WORDS.isdisjoint(before) and FUTURE_WORDS.isdisjoint(after):
        return NO_TENSE
    for w in (*reversed(before), *after):
        if w in FUTURE_WORDS:
            return Tense("future", w)
    return NO_TENSE
