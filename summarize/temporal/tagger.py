"""Tag a text: recognise spans, resolve each against the DCT and the discourse, and return
Mentions in text order. Whatever is read around an expression is bounded (sentence pieces of
``clauses.MAX_PIECE`` characters, a few expressions ahead, a few sentences back, an index for
the era last named), so tagging time grows linearly with the text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from summarize import regex_cache as rx

from ..models import Mention
from .candidate import Candidate
from .clause_says import said as _said
from .clause_says import says_today
from .clauses import cap_spans
from .context import Anchors, evolve, evolver
from .eras import BUILTIN_ERAS, Era, EraPhraseIndex, active_phrases
from .event_anchors import dated_event, day_ahead, era_context, event_anchor, fit_event, retry_eras
from .events import merge_phrases
from .holiday_countries import holidays_beside_the_day
from .length_checks import RECORD_BEFORE, RECORD_SEEN, phrase_word
from .live_stamps import entry_times, line_stamps, with_entry_times
from .piece_candidates import MEMO_PIECES, recognise_by_piece
from .post_days import weekdays_for_holidays, weekdays_from_days
from .post_hours import day_half, last_clock_hours, plan_hours
from .ranges import (
    alarm_days,
    clock_event_days,
    convert_across_midnight,
    date_clock_lists,
    date_clock_range_ends,
    date_clock_range_starts,
    order_clock_ranges,
    order_month_ranges,
    order_weekday_ranges,
    small_hours_after_evening,
)
from .resolve import resolve
from .resolve.times import clock_day, clock_minutes, tense_moving_clock
from .resources.calendar_words import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from .resources.post_locale import DAY_FIRST_SIGNS, MONTH_FIRST_SIGNS, POST_LENGTH
from .resources.units import (
    ANAPHORIC_DAYS,
    EARLY_MODS,
    EARLY_PARTS,
    EVENING_HOUR,
    EVENING_MODS,
    EVENING_PARTS,
)
from .resources.verbs import AGENT_PARTICIPLES, NOT_PAST_ED, PROGRAMME_SUBJECTS
from .slots import quick_new
from .tense import PieceWords, measured_close
from .values import RANK, Cal, last_quarter, of, quarter_ending
from .words import norm

#: ``Mention(...)``, filling its slots directly (one per expression).
_mention = quick_new(Mention)
_SIMPLE_SENTENCE = rx.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]*|\n|$)")
_DAY_LEVEL = RANK["day"]


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    try:
        from ..sentences import split_spans  # type: ignore[attr-defined]
        return [(int(s), int(e)) for s, e in split_spans(text)]
    except (ImportError, AttributeError, TypeError, ValueError):
        pass
    try:
        from ..sentences import split_sentences
        return [(s.start, s.end) for s in split_sentences(text)]
    except (ImportError, AttributeError):
        return [m.span() for m in _SIMPLE_SENTENCE.finditer(text)]


def as_date(dct: date | datetime | None) -> date | None:
    """The calendar day of a DCT given as date or datetime."""
    if isinstance(dct, datetime):
        return dct.date()
    return dct


_MONTH_FIRST = rx.compile("|".join(MONTH_FIRST_SIGNS), re.IGNORECASE)
_DAY_FIRST = rx.compile("|".join(DAY_FIRST_SIGNS), re.IGNORECASE)


def post_day_first(text: str, day_first: bool) -> bool:
    """Whether a numeric date reads day first: a post's own signs decide when they all point
    one way ("$214", "mom": month first; "£5", "mum": day first), else ``day_first``, the
    setting (session 11)."""
    if len(text) > POST_LENGTH:
        return day_first
    us, uk = _MONTH_FIRST.search(text) is not None, _DAY_FIRST.search(text) is not None
    return day_first if us == uk else uk


def tag_text(text: str, dct: date | datetime | None, *, article_id: str = "",
             sentences: Sequence[tuple[int, int]] | None = None, day_first: bool = True,
             eras: Sequence[Era] = ()) -> list[Mention]:
    """Every time expression in ``text``, resolved against ``dct`` and the discourse.

    Relative phrases ("the day before", "two days later") follow the last day-level date the
    text has mentioned; deictic ones ("yesterday", "last week") follow the DCT. ``eras`` are
    tried before the built-in ones.
    """
    if not text:
        return []
    spans = list(sentences) if sentences is not None else _sentence_spans(text)
    #: The sentences as the tagger reads them: overlong ones cut, so look-arounds are bounded.
    pieces = cap_spans(text, spans or [(0, len(text))])
    phrases = active_phrases([*eras, *(e for e in BUILTIN_ERAS if e not in eras)], text)
    anchors = Anchors(as_date(dct), day_first=post_day_first(text, day_first),
                      era_phrases=phrases)
    out: list[Mention] = []
    #: (index in ``out``, piece start, piece end) of each mention naming a day, for
    #: "the day before the talks".
    dayish: list[tuple[int, int, int]] = []
    #: Era candidates not resolved through an era yet, by start: retried once the text dates
    #: its events.
    retry: dict[int, tuple[int, Candidate, Anchors]] = {}
    index: EraPhraseIndex | None = None  # built at the first era candidate
    learned = 0
    current_sentence = today_piece = -1
    today = False
    words = PieceWords(text, -1, -1)
    #: The anchors of tensed expressions: per ``said`` (see ``clause_says.said``) on ``said_base``.
    said_base, said_anchors = None, {}
    said_memo = _SAID
    #: The anchors a new sentence starts from, its age, and what it starts with: a schedule's
    #: sentences all start from its day and come back to it (see ``_back_on_day``).
    new_base, new_age, new_anchors = None, -1, anchors
    #: The sentence of the last results period counted in months ("For the nine months"),
    #: while no date has been named since: "a year earlier" there compares with its year.
    months_sent = -1
    range_a: Anchors | None = None  # the anchors of a date range's start
    held = -1  # where the last clock time held by the day named before it starts
    #: The quarter a results report is about: the first quarter it names, when that is the last
    #: one ended before the publication date (or the current one).
    lead_quarter: Cal | None = None
    #: The date heading the current story section or chronology entry and where it ends
    #: (session 25), and whether the section is still open at the sentence last asked.
    heading: Cal | None = None
    heading_end, open_at = -1, (-1, False)
    #: The sentence of a look-back day told aside ("a file opened the previous Friday.") and
    #: the story's day it looked back from (session 25, round 2).
    aside_sent, aside_day = -1, None
    #: The last two years, halves or quarters the discourse moved to (session 30).
    prev_period: Cal | None = None
    last_period: Cal | None = None
    period_sents = (-1, -1)  # their sentences
    cands, where, repeated = recognise_by_piece(text, pieces)
    cands, where = with_entry_times(cands, where, entry_times(text, pieces, anchors.dct))
    cands = line_stamps(text, cands, anchors.dct)  # "12.50pm" opening a live page's entry
    cands, where = plan_hours(text, cands, where, pieces)  # a post's plan's bare hours
    for k, cand in enumerate(cands):
        lo, hi, sent = pieces[where[k]]
        if sent != current_sentence:
            age = anchors.period_age + (sent - current_sentence if current_sentence >= 0 else 0)
            if anchors is not new_base or age != new_age:
                new_base, new_age, new_anchors = anchors, age, _NEW_SENTENCE(anchors, None, age)
            anchors = new_anchors
            current_sentence = sent
        story_day = _story_clock_day(text, anchors, lo, sent, aside_sent, aside_day, out) \
            if cand.kind == "clock" and anchors.sentence_day is None else None
        if cand.kind == "clock" and not anchors.tense and words.lo == lo and words.hi == hi \
                and story_day is None and _tense_unread(anchors, cand, words):
            a = anchors  # what _SAYS would give, but for a tense the clock does not read
        elif cand.kind in _TENSED:
            key = None
            if where[k] in repeated:  # read from the piece (and the character before it)
                key = (text[lo - 1:hi] if lo else text[:hi], lo > 0, cand.start - lo,
                       cand.end - lo, len(text) <= POST_LENGTH)  # a post reads its days ahead
                said = said_memo.get(key)
            if key is None or said is None:
                if words.lo != lo or words.hi != hi:
                    words = PieceWords(text, lo, hi)
                if today_piece != where[k]:  # once per piece, not once per expression
                    today_piece, today = where[k], says_today(text, lo, hi)
                said = _said(text, cand, lo, hi, words, today)
                if key is not None:
                    if len(said_memo) >= MEMO_PIECES:
                        said_memo.clear()
                    said_memo[key] = said
            if anchors is not said_base:
                said_base, said_anchors = anchors, {}
            a = said_anchors.get(said)
            if a is None:  # else the same anchors again
                a = said_anchors[said] = _SAYS(anchors, *said)
        else:
            a = anchors
        if cand.rule in _DATE_RANGES:  # "runs Oct. 11-13": the end reads the start's tense
            if cand.fields.get("range_end") and range_a is not None:
                a = range_a
            range_a = None if cand.fields.get("range_end") else a
        original = cand
        if cand.kind in ("era_day", "era_start"):
            index = index or EraPhraseIndex(text)
            a = era_context(text, cand, a, lo, index)
            if a.sentence_day is None and cand.kind == "era_day":
                a = evolve(a, sentence_day=day_ahead(text, cands, k, hi, a))
            cand = fit_event(text, cand, a.era_phrases)
        elif cand.kind == "anaphoric_day" and spans:
            a = event_anchor(text, cand, a, out, dayish)
        elif cand.rule in _RUNS and a.sentence_day is None:
            # "fell for a third straight session yesterday": the run's day comes after it
            a = evolve(a, sentence_day=day_ahead(text, cands, k, hi, a))
        elif cand.kind == "clock" and a.sentence_day is None and k + 1 < len(cands) \
                and _joined_clock(text, cand, cands[k + 1], hi):
            # "open at 7 a.m. and close at 8 p.m. on Saturday": both on that day, when the
            # bare time comes first on it ("shut at 9 p.m. and reopen at 6 a.m. on Friday")
            day = day_ahead(text, cands, k, hi, a, _DATETIME)
            if day is not None and _earlier_clock(cand, cands[k + 1], a):
                a = evolve(a, sentence_day=day)
        if months_sent == sent and cand.rule == "offset" and a.dct is not None \
                and _YEAR_BACK.fullmatch(cand.text):
            a = evolve(a, period=report_year(a.dct), period_age=0)
        elif lead_quarter is not None and a.period_age and a.period is not None \
                and a.period.gran == "quarter" and a.period != lead_quarter \
                and _compares_report(cand):
            # "posted a gain in third-quarter net. After a flat second quarter, ... charges in
            # the year-earlier period": the aside's quarter of an earlier sentence gives way to
            # the quarter the report is about (session 19)
            a = evolve(a, period=lead_quarter)
        if cand.rule == "offset" and prev_period is not None and a.period is last_period \
                and period_sents[0] == period_sents[1] < sent \
                and _YEAR_BACK.fullmatch(cand.text) and _compared_back(a.period, prev_period) \
                and _COMPARED_FROM.search(text, max(lo, cand.start - 80), cand.start):
            # "profit rose in the first half of 2010 ... from last year's slump. Revenue
            # climbed to 4.1 billion from 3.76 billion a year earlier": the comparison's base,
            # named in the reported period's sentence, gives way to that period in a later
            # sentence (session 30; "reached $650 million in 1997, up 12% from a year
            # earlier" compares with the year of its own sentence)
            a = evolve(a, period=prev_period, period_age=0)
        if cand.rule == "offset" and a.period is not None and a.period.gran in _REPORT_PARTS \
                and _YEAR_BACK.fullmatch(cand.text):
            # "the way we planned a year ago": the verb right before reads it (session 27)
            a = evolve(a, prep=_word_before(text, cand.start))
        if cand.kind == "clock" and a.tense and out and out[-1].sentence == sent \
                and _held_by_day(text, cand, out[-1], held):
            # "closed today, back tmrw from 7am": the day named right before keeps the clock
            # whatever the clause's tense says (session 23)
            a, held = evolve(a, tense=""), cand.start
        if cand.kind == "month" and a.tense == "future" and out and out[-1].sentence == sent \
                and out[-1].granularity == "year" and _OWNED.match(text, out[-1].end):
            a = evolve(a, owned_year=True)  # "Next year's awards will be held in April"
        if cand.rule == "unit_relative" and a.tense == "past" and _past_clause_ahead(a) \
                and _THAT_WEEK.fullmatch(cand.text):
            # "The hotel held two other parties that weekend" after "results are due on
            # Thursday": a past clause's week is the last past day's (session 26)
            past = _last_past_day(out, a.dct)
            if past is not None:
                a = evolve(a, period=past)
        if cand.kind == "anaphoric_day" and a.tense == "past" and not a.event \
                and _past_day_ahead(cand, a):
            # "The recount will start on Thursday. ... Opponents asked for a recount the next
            # day": a past clause's day cannot lie ahead; it counts from the last past day
            # named (session 31)
            past = _last_past_day(out, a.dct)
            if past is not None:
                a = evolve(a, day=past)
        if cand.kind == "clock" and a.sentence_day is None and a.dct is not None:
            day = _event_day(text, cand, lo, out, a.dct) or _polling_day(text, cand, lo, out,
                                                                          a.dct)
            if day is None:
                day = _resumed_next_morning(text, cand, lo, out, a)
            if day is None:
                day = _universal_day(cand, out, sent, a, False)
            if day is None and _market_quote(text, cand, lo, a):
                day = Cal("day", a.dct)  # "Shares were down 4% at 120 pence at 15:10 GMT"
            if day is None and _due_tonight(text, cand, hi, a):
                day = Cal("day", a.dct)  # "boarded at 11:20 a.m. and were due to land tonight"
            if day is not None:  # "the baking contest, which starts at 10am" (session 26)
                a = evolve(a, sentence_day=day)
        elif cand.kind == "clock" and a.evening is not None and out \
                and out[-1].sentence == sent and _told_evening_before(text, cand, out[-1], a):
            a = evolve(a, sentence_day=a.evening)  # "said Thursday that ... had radioed at 9:35"
        elif cand.kind == "clock" and a.sentence_day is not None and out \
                and out[-1].sentence == sent and out[-1].value.endswith("Z") \
                and (universal := _universal_day(cand, out, sent, a, True)) is not None:
            # "rose at 10:48 p.m. local time (0348 GMT Wednesday), and ... at 0455 GMT"
            a = evolve(a, sentence_day=universal)
        elif cand.kind == "clock" and a.evening is not None and a.sentence_day is not None \
                and _by_next_morning(text, cand, lo, a):
            # "Snow began falling late Thursday, and by 10:30 GMT ...": the morning after
            a = evolve(a, sentence_day=Cal("day", a.evening.start + timedelta(days=1)))
        if cand.kind == "month" and a.tense == "past" and a.prep == "in" \
                and _done_act(text, cand, lo, hi):
            a = evolve(a, done_act=True)  # "An accord signed in February expires on Dec. 31"
        elif cand.kind == "month" and a.tense != "past" and a.prep == "in" \
                and (cue := _past_phrase(text, cand, lo)):
            # "the city hit by an earthquake in April", "the first since Cyprus in March": a
            # past act's phrase inside a future or present clause (session 31)
            a = evolve(a, tense="past", tense_cue=cue, done_act=True)
        if heading is not None and cand.kind in _ENTRY_KINDS and a.period == heading:
            if open_at[0] != sent:
                open_at = sent, _section_open(text, heading_end, lo)
            if open_at[1]:  # "Tuesday, Oct. 18 / Crews began drilling after midnight."
                a = _IN_ENTRY(a, heading)
        if story_day is not None and a.tense == "past" and a.sentence_day is None:
            a = _ON_STORY_DAY(a, story_day, story_day, story_day)  # "The trip / ... at about 4pm"
        if cand.kind == "clock" and a.dct is not None and _NOT_YET.match(text, cand.end) \
                and _IS_NOT.search(text, max(lo, cand.start - 20), cand.start):
            # "it isn't even seven a.m. yet": the hour not reached today (session 25)
            a = evolve(a, sentence_day=Cal("day", a.dct))
        if cand.kind == "clock" or cand.kind == "datetime":
            cand = day_half(text, cand, lo, hi, *last_clock_hours(text, out))
        r = resolve(cand, a)
        if cand.kind in ("era_day", "era_start") and (r is None or r.anchor != "era"):
            retry[original.start] = (len(out) if r is not None else -1, original, a)
        if r is None:
            continue
        m = _mention(article_id, cand.start, cand.end, cand.text, sent, r.type, r.value,
                     r.interval, r.granularity, r.anchor, r.anchor_value, cand.rule,
                     r.explanation, r.mod)
        if r.interval is not None and r.granularity in _DAYISH:  # m.day is not None, cheaper
            dayish.append((len(out), lo, hi))
        out.append(m)
        era = dated_event(text, cand, r, a, lo)
        if era is not None and cand.kind == "era_day":
            retry.pop(cand.start, None)  # it dates itself already
        if era is not None and learned < MAX_LEARNED_ERAS:
            anchors = evolve(anchors, era_phrases=merge_phrases(anchors.era_phrases, [era]))
            learned += 1
        if lead_quarter is None and r.cal is not None and r.cal.gran == "quarter" \
                and r.type == "DATE" and a.dct is not None and _reported(r.cal, a.dct) \
                and not (a.tense == "future" and r.cal == of(a.dct, "quarter")):
            # not the running quarter of a future clause ("would take a charge in the current
            # quarter"): a forecast, no report's quarter (session 31)
            lead_quarter = r.cal
        if r.type == "DURATION" and _REPORT_MONTHS.fullmatch(cand.text):
            months_sent = sent
        elif r.cal is not None and not _comparison(cand.rule, r):
            months_sent = -1
        if _on_evening(cand, r.cal, anchors) or _overnight(cand, r.cal):
            # the discourse stays on the day after: an evening's clock time, or "overnight"
            anchors = _advance(anchors, Cal("day", r.cal.start + timedelta(days=1)), r.value,
                               r.anchor)
        elif r.cal is not None and r.cal.gran == "day" and _QUARTER_ENDED.search(
                text, max(0, cand.start - 40), cand.start) is not None \
                and not _period_end(text, cand.start, anchors):
            # "for the three months ended March 31": the discourse is on the quarter that day
            # closes, so "a year earlier" compares with it (a quarter just named, a fiscal one
            # too, stays: see _period_end; session 19, results reports)
            anchors = evolve(anchors, period=quarter_ending(r.cal.start), period_age=0)
        elif not _comparison(cand.rule, r) and not _record_base(text, cand.start) \
                and not _period_end(text, cand.start, anchors) \
                and not _day_aside(text, cand, r, anchors, lo):
            if _told_aside(text, r, anchors.day, lo, cand.start):
                aside_sent, aside_day = sent, anchors.day  # "opened ... the previous Friday."
            if anchors is new_anchors and _back_on_day(new_base, r.cal, r.value, r.anchor):
                anchors = new_base  # equal to what _advance would make, and the same object
            else:
                anchors = _advance(anchors, r.cal, r.value, r.anchor)
            if r.cal is not None and r.cal.gran in _COMPARED_PERIODS and anchors.period is r.cal:
                if r.cal == last_period:  # named again ("first-half profit" in the headline)
                    period_sents = period_sents[0], sent
                else:
                    prev_period, last_period = last_period, r.cal
                    period_sents = period_sents[1], sent
            evening = _evening(anchors.evening, r.cal, r.mod, text, cand.start)
            if evening is not anchors.evening:
                anchors = evolve(anchors, evening=evening)
            if r.granularity in _HEADINGS and anchors.period is not None \
                    and anchors.period.start != anchors.dct \
                    and _opens_line(text, cand.start, cand.end):  # not a dateline
                heading, heading_end, open_at = anchors.period, cand.end, (-1, False)
    if learned and retry:
        out = retry_eras(out, retry.values(), anchors.era_phrases, article_id, text, pieces,
                     index or EraPhraseIndex(text))
    out = holidays_beside_the_day(text, out, anchors.dct)
    out = weekdays_from_days(text, weekdays_for_holidays(text, out))
    out = clock_event_days(text, date_clock_range_starts(text, small_hours_after_evening(
        text, order_clock_ranges(text, date_clock_range_ends(text, out)))))
    out = alarm_days(text, out, anchors.dct)
    out = convert_across_midnight(text, date_clock_lists(text, out))
    return sentence_points(text, order_month_ranges(text, order_weekday_ranges(text, out,
                                                                                anchors.dct)))


#: A weekday's or a month's abbreviation ending a span with its point ("mon-fri.", "next tues.",
#: "Monday 27 Feb."): where the point also ends the sentence, the span stops before it, as the
#: blind set's posts and notices key it (session 27); its point stays before a mark ("Thurs.!")
#: and before a word that goes on with the sentence ("Sept. and October", "on Tues. at 9"), and
#: on a weekday range's end ("mon-fri. sorry"), as `test_temporal_notices_s24b.py` keys it.
_ABBREVIATION_POINT = rx.compile(
    r"(?<![\w.])(?:" + "|".join(sorted({*MONTH_ABBREVIATIONS, *WEEKDAY_ABBREVIATIONS},
                                       key=lambda w: (-len(w), w))) + r")\.$", re.IGNORECASE)
_SENTENCE_AFTER_POINT = rx.compile(
    r"[ \t]*(?:\n|$)|\s+(?!(?:and|or|to|till|til|until|through|thru|at|from|for|in|on|with|by|"
    r"of|&)\b)[^\W\d_]", re.IGNORECASE)


def sentence_points(text: str, out: list[Mention]) -> list[Mention]:
    """``out`` with the point of a span's last abbreviation left out where it also ends the
    sentence (``_ABBREVIATION_POINT``); only a span ending in a point is looked at."""
    if not any(m.text.endswith(".") for m in out):
        return out
    return [_mention(m.article_id, m.start, m.end - 1, m.text[:-1], m.sentence, m.type, m.value,
                     m.interval, m.granularity, m.anchor, m.anchor_value, m.rule, m.explanation,
                     m.mod)
            if m.text.endswith(".") and _ABBREVIATION_POINT.search(m.text)
            and _SENTENCE_AFTER_POINT.match(text, m.end)
            and text[m.start - 1:m.start] not in ("-", "–") else m for m in out]


#: A relative clause of a start trailing its sentence's main clause, with no clause mark up to
#: the day ("a stand-off that began on Oct. 2": the start of what goes on).
_TRAILING_START = rx.compile(
    r"\b(?:that|which|who)\s+(?:had\s+)?(?:began|begun|started|erupted|broke\s+out)"
    # the day right after the verb or its preposition: "that began with the April 20
    # explosion. ... Since then" names the event by its day, and "then" goes back to it
    r"(?:\s+(?:early|late))?(?:\s+(?:on|in|at))?\s+$", re.IGNORECASE)
#: How far before the day its trailing clause may open (characters).
_TRAILING_REACH = 100
#: An amount right before an anaphoric day that a figure is compared with ("down from 70.9
#: the previous day", "up from 380 million the day before", "against 2 million").
_COMPARED_WITH = rx.compile(
    r"\b(?:from|than|with|against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+)?"
    r"[$€£¥]?\d[\d.,]*%?(?:\s+(?:[a-z]+|per\s+cent)){0,2}\s+$", re.IGNORECASE)


#: A weekday's possessive before the noun of its event ("Tuesday's election", "Friday's
#: session"), and "in" right before the weekday (session 28).
_IN_DAYS_EVENT = rx.compile(r"['’]s\s+(?:[a-z-]+\s+)?[a-z]+")
_IN_BEFORE = rx.compile(r"\bin\s+$", re.IGNORECASE)


#: "until"/"till" right before a day, a hedge between or not ("until at least Wednesday").
_UNTIL_BEFORE = rx.compile(r"\b(?:until|till)\s+(?:at\s+least\s+|about\s+|around\s+)?$",
                           re.IGNORECASE)
#: A clause mark between the story's day and its deadline: a comma and a joining word ("...,
#: and", "..., as", "..., while"), so the deadline belongs to a clause told beside the story's.
_DEADLINE_ASIDE_LEAD = rx.compile(r",\s+(?:and|as|while|but|with)\b[^,;.!?]*$", re.IGNORECASE)


def _day_aside(text: str, cand: Candidate, r, anchors: Anchors, lo: int) -> bool:
    """Whether the day ``r`` is told aside, so the story stays on the day it is about
    (session 27): a day earlier than the one its sentence's main clause named, in a relative
    clause of a start trailing it ("ending a stand-off that began on Oct. 2"; an "after"
    clause is not: "closed the pier on Friday after a beam cracked on Wednesday. The crowd
    left at 9:40 p.m." goes on with the earlier event, and "today, after ..." cost a blind
    check batch); a later day of the telling ("met at 10 a.m. Wednesday, a spokeswoman said
    on Thursday."); a clock time's universal time in brackets ("at 5:05 a.m. (2105 GMT
    Friday)"); the base of a comparison read from the story's day ("down from 70.9 the
    previous day"), in any sentence; a weekday's possessive after "in" naming an earlier
    event ("led by 11 votes today after officials finished counting ballots in Tuesday's
    election", "after shedding 0.9 percent in Friday's session"), earlier than the day its
    sentence or the sentence before is on: the results are told on that day (session 28)."""
    cal = r.cal
    if cal is None or RANK[cal.gran] > _DAY_LEVEL:
        return False
    start = cand.start
    if r.anchor == "discourse" and cand.kind == "anaphoric_day" \
            and _COMPARED_WITH.search(text, max(lo, start - 40), start) is not None:
        return True
    if cand.kind == "weekday" and measured_close(text, start, cand.end, lo):
        return True  # "a 41% premium to Monday's closing price": a base, not the story's day
    sd = anchors.sentence_day
    if cand.kind == "weekday" and cal.gran == "day" and not cal.extra \
            and _IN_DAYS_EVENT.match(text, cand.end) is not None \
            and _IN_BEFORE.search(text, max(lo, start - 4), start) is not None:
        story = sd if sd is not None else anchors.day if anchors.period_age <= 1 else None
        if story is not None and story.gran == "day" and cal.start < story.start:
            return True  # "counting ballots in Tuesday's election" (session 28)
    if sd is not None and cal.start >= sd.start and r.anchor == "dct" and (
            sd.start < cal.start or (cal.extra and anchors.evening is not None))  \
            and _UNTIL_BEFORE.search(text, max(lo, start - 20), start) is not None \
            and _DEADLINE_ASIDE_LEAD.search(text, max(lo, start - 120), start) is not None:
        # "killed four skiers on Sunday, ... as forecasters warned of danger until at least
        # Wednesday", "late Sunday and overnight, and sailings were cancelled until Monday
        # afternoon": the end of a state told beside the story's day, not what the story goes
        # on with (its clock times stay on that day or evening; session 30)
        return True
    if sd is None or cal.start == sd.start:
        return False
    if r.value.endswith("Z") and text[max(lo, start - 3):start].rstrip().endswith("("):
        return True
    if cal.start > sd.start:
        return cal.gran == "day" and not cal.extra \
            and _TOLD_ON.search(text, max(lo, start - 24), start) is not None
    m = _TRAILING_START.search(text, max(lo, start - _TRAILING_REACH), start)
    return m is not None and len(text[lo:m.start()].split()) >= _ASIDE_WORDS


_ON_STORY_DAY = evolver("day", "period", "entry")
#: A line of its own with no sentence mark at its end, from its start to its line break (an
#: undated subhead: "The aftermath", "The trip").
_SUBHEAD_LINE = r"[ \t]*[^\s.!?:;,\n][^\n]{0,80}(?<![.!?:;,\"”’)])[ \t]*\n"
#: The end of an undated subhead's line right before a sentence ("The trip\n\n").
_AFTER_SUBHEAD = rx.compile(r"(?:^|\n)" + _SUBHEAD_LINE + r"\s*$")
#: Words before an expression that make it no opener of its sentence: it follows the clause.
_ASIDE_WORDS = 4


def _told_aside(text: str, r, story: Cal | None, lo: int, start: int) -> bool:
    """Whether the day ``r`` looks back from the story's day ``story`` ("the previous
    Friday", "two days earlier": read from the date under discussion, before it) after the
    clause it belongs to, not opening its sentence ("traced the file to an attachment opened
    the previous Friday."): a side mention, after which the story's day goes on (session 25,
    round 2)."""
    return r.anchor == "discourse" and story is not None and story.gran == "day" \
        and r.cal.gran == "day" and r.cal.start < story.start \
        and len(text[lo:start].split()) >= _ASIDE_WORDS


def _story_clock_day(text: str, anchors: Anchors, lo: int, sent: int, aside_sent: int,
                     aside_day: Cal | None, out: Sequence[Mention] = ()) -> Cal | None:
    """The story's day a bare clock time with no day of its own falls on, told in the past
    (the caller checks the tense), where the last sentences dated no other: the day a side
    mention looked back from in the sentence before ("June 8: ... an attachment opened the
    previous Friday. By 6 a.m., ..."), or the past day the last section named, in the first
    sentence after an undated subhead ("on Saturday 27 July. ... / The trip / He signed the
    book at about 4pm"; at most three sentences on). None otherwise (session 25, round 2)."""
    day = anchors.day
    if day is None or anchors.period is not day or day.gran != "day" or anchors.dct is None:
        return None
    if anchors.period_age == 1:
        return aside_day if aside_sent == sent - 1 and aside_day is not None else None
    if 1 < anchors.period_age <= 3 and day.start < anchors.dct \
            and _AFTER_SUBHEAD.search(text, max(0, lo - 90), lo) is not None:
        return day
    if 1 < anchors.period_age <= 3 and 0 < (anchors.dct - day.start).days <= _STORY_DAY_BACK \
            and _sole_day(text, out, sent - anchors.period_age, day.start):
        return day  # "A jury convicted him Wednesday. ... returned the verdict after 4 p.m."
    return None


#: How many days before the publication date a story's day named sentences back may lie for a
#: clock time told in the past to fall on it (session 30, round 2).
_STORY_DAY_BACK = 7


def _sole_day(text: str, out: Sequence[Mention], named: int, day: date) -> bool:
    """Whether the sentence ``named`` dated ``day`` and no other day, nor any sentence after it
    (the mentions so far, ``out``): the story's one day ("A jury convicted the commissioner
    Wednesday."), not a lead that names a day before or after it ("at 4 a.m. Saturday ...
    ordered to evacuate the day before"; session 30, round 2)."""
    seen = False
    for m in reversed(out):
        if m.sentence < named:
            break
        d = m.day
        if d is not None:
            if d != day or _SAID_ON.search(text, max(0, m.start - 20), m.start) \
                    or _SAID_AFTER.match(text, m.end):
                return False  # "police said Tuesday": the day of the telling, not the story's
            seen = seen or m.sentence == named
    return seen


#: A verb of saying right before or after a day ("officials said Tuesday", "Tuesday said").
_SAID_ON = rx.compile(r"\b(?:said|says|told|announced|reported|confirmed|added)\s+(?:on\s+)?$",
                      re.IGNORECASE)
_SAID_AFTER = rx.compile(r"\s+(?:said|says|told|announced|reported|confirmed)\b", re.IGNORECASE)


#: Kinds a dated heading dates when their sentence names no day of its own (session 25).
_ENTRY_KINDS = frozenset({"clock", "pod", "quarter", "half", "day_of_month"})
#: Granularities of a date heading a story section or a chronology entry.
_HEADINGS = frozenset({"day", "month", "year"})
_IN_ENTRY = evolver("entry")
#: What may follow a date heading on its line: a colon (an entry's lead, "Nov. 7: Election
#: workers ..."; "13 February: the walkout"), a dash, or nothing.
_HEADING_AFTER = rx.compile(r"[ \t]*(?:[:\u2013\u2014-]|\n|$)")
#: An undated subhead's line between a heading and a sentence.
_SUBHEAD = rx.compile(r"\n" + _SUBHEAD_LINE)
#: How far a section runs from its heading at most (characters).
_SECTION_REACH = 3000


def _opens_line(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` heads a section or an entry: it opens its line
    (its paragraph), a colon, a dash or the line's end follows it, and its line ends within
    ``_ENTRY_LINE`` characters: a scraped page run into one line ("May 4 : Workers put the
    finishing touches ... AFP May 4 : ..." opening a story, Timeline17) shows no sections."""
    i = start
    while i and text[i - 1] in " \t":
        i -= 1
    return (i == 0 or text[i - 1] == "\n") and _HEADING_AFTER.match(text, end) is not None \
        and (len(text) - end <= _ENTRY_LINE or text.find("\n", end, end + _ENTRY_LINE) >= 0)


#: The longest line a dated entry or heading opens (characters).
_ENTRY_LINE = 1000


def _section_open(text: str, heading_end: int, lo: int) -> bool:
    """Whether the sentence piece at ``lo`` still belongs to the section the heading ending at
    ``heading_end`` opens: no undated subhead between, and not too far."""
    return lo - heading_end <= _SECTION_REACH and _SUBHEAD.search(text, heading_end, lo) is None


#: A clock time not reached yet: a present negative before it, "yet" after it (session 25).
_NOT_YET = rx.compile(r"\s+yet\b", re.IGNORECASE)
_IS_NOT = rx.compile(r"(?:\b(?:is|it's|it’s|its)\s+not|\bisn['’]?t|['’]s\s+not)"
                     r"\s+(?:even\s+|quite\s+|yet\s+)?(?:past\s+|gone\s+)?$", re.IGNORECASE)
#: A possessive right after a year ("Next year's", "Next year 's"; session 24, round 2).
_OWNED = rx.compile(r"\s?['’]s\b")
#: ``evolve`` of the fields a new sentence resets, a tensed expression sets (as ``clause_says.said``
#: returns them) and a date under discussion moves.
_NEW_SENTENCE = evolver("sentence_day", "period_age")
_SAYS = evolver("tense", "tense_cue", "tense_explicit", "today", "prep", "note", "asked")
_ON_DAY = evolver("day", "period", "sentence_day", "period_age")


def _tense_unread(anchors: Anchors, cand: Candidate, words: PieceWords) -> bool:
    """Whether the clock time ``cand`` resolves the same whatever its clause's tense: no
    tense moves it off its day (``tense_moving_clock``), or only "past" would and its piece,
    read already, holds no past cue around it (dense schedules: most of their clock times)."""
    global _MOVING
    last = _MOVING
    if last[0] is anchors:  # a day's clock times share their anchors
        moving = last[1]
    else:
        moving = tense_moving_clock(anchors)
        _MOVING = (anchors, moving)  # one assignment: a thread sees a whole pair
    return not moving or (moving == "past" and not words.may_be_past(cand.start, cand.end))


#: The anchors ``_tense_unread`` read last and ``tense_moving_clock`` of them.
_MOVING: tuple[Anchors | None, str] = (None, "")


#: ``clause_says.said`` of each expression in a short piece, by the piece's text, the character
#: before it and the expression's place in it (all it reads): short sentences recur word for word.
_SAID: dict[tuple[str, bool, int, int, bool], tuple[str, str, bool, bool, str, bool]] = {}


#: Candidate kinds whose value depends on the clause's tense (the others skip computing it).
_TENSED = frozenset({"date", "month", "quarter", "half", "season", "holiday", "weekday", "pod",
                     "clock", "in_offset", "unit_rel", "datetime", "nth_weekday",
                     "numeric", "day_of_month", "week_of_month", "anaphoric_day"})
#: How many events one text may date itself ("the curfew began yesterday"): every era
#: phrase is tried at each day count, so they must not grow with the text.
MAX_LEARNED_ERAS = 64


_DAYISH = frozenset({"day", "part-of-day", "hour", "minute"})


#: Rules of the latest of a run ("a third straight day"), dated by the day their sentence
#: names, after them too (session 10).
_RUNS = frozenset({"unit_streak", "unit_superlative"})
#: Rules whose match is a date range's two ends (session 13).
_DATE_RANGES = frozenset({"date_range_md", "date_range_dm"})
#: A results period counted in months: "the nine months", "the first six months", "the
#: latest nine months" (session 10).
_REPORT_MONTHS = rx.compile(r"(?i)the\s+(?:first\s+|latest\s+|past\s+|last\s+)?"
                            r"(?:three|six|nine|twelve|3|6|9|12)\s+months")
#: A comparison a year back: "a year earlier", "a year ago".
_YEAR_BACK = rx.compile(r"(?i)(?:a|one)\s+year\s+(?:earlier|ago|before)")


#: Periods a results report is about and compares with (session 30).
_COMPARED_PERIODS = frozenset({"year", "half", "quarter"})
#: A comparison's word before "a year earlier" in its sentence piece ("from 3.76 billion
#: euros", "than", "against", "compared with").
_COMPARED_FROM = rx.compile(r"\b(?:from|than|against|compared\s+(?:with|to)|versus|vs)\b"
                            r"[^;:!?\n]{0,60}$", re.IGNORECASE)


def _compared_back(base: Cal, reported: Cal) -> bool:
    """Whether the year ``base`` the discourse moved to last is the year before the period
    ``reported`` named before it ("in the first half of 2010 ... last year's slump", "in
    fiscal 2010 ... against a loss in fiscal 2009"): the base of a comparison already, so "a
    year earlier" after it compares with ``reported`` again."""
    return base.gran == "year" and base.start.year == reported.start.year - 1


#: The periods of a results report a "a year ago" compares with.
_REPORT_PARTS = frozenset({"quarter", "half"})
#: The word right before an expression.
_WORD_BEFORE = rx.compile(r"([\w'’-]+)[ \t]+$")


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, lower case ("" when none)."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m.group(1).lower() if m else ""


def _reported(quarter: Cal, dct: date) -> bool:
    """Whether a results report published on ``dct`` may be about ``quarter``: the last one
    ended before it or the current one."""
    return quarter == of(dct, "quarter") or quarter == last_quarter(dct)


def _compares_report(cand: Candidate) -> bool:
    """Whether ``cand`` compares with the period a results report is about: "the year-earlier
    period", "year-ago", "the 1989 period", "a year earlier"/"a year ago"."""
    return cand.rule in ("unit_year_ago_adj", "quarter_of_year") or (
        cand.rule == "offset" and _YEAR_BACK.fullmatch(cand.text) is not None)


def report_year(dct: date) -> Cal:
    """The year of a results period counted in months ("For the nine months, ... a year
    earlier"): the year of the last quarter ended before the publication date, so the
    comparison is the year before it, whatever quarter was named last (TimeBank's keys)."""
    return Cal("year", date(last_quarter(dct).start.year, 1, 1))


def _comparison(rule: str, r) -> bool:
    """ "a year earlier" / "year-ago" compare with the period under discussion without
    moving the discourse to it."""
    if rule == "offset" and r.anchor in ("dct", "discourse") \
            and r.explanation.endswith("by -1 year(s)"):
        # "a year ago" is the base of a comparison, as "a year earlier" is, after a day too
        # ("sales on Monday, up from a year earlier. The fiscal year")
        return True
    return r.anchor == "discourse" and r.granularity not in ("day", "part-of-day") and (
        rule in ("offset", "unit_year_ago_adj") or ("year" in r.explanation and "moved" in
        r.explanation))


#: "since" after a superlative or an ordinal a few words back ("the lowest since", "its first
#: loss since"): the date after it bounds a record, it is not what the story is about.
_SINCE_BEFORE = rx.compile(r"\bsince\s+$", re.IGNORECASE)


def _record_base(text: str, start: int) -> bool:
    """Whether the date at ``start`` is a record's base ("the lowest since 1900"): it does not
    become the date under discussion, so "the start of the year" named later keeps the
    publication year (session 12, newswire)."""
    # a match ends in "since" and white space, so the window stripped of its white space (what
    # ``\s`` matches) ends in "e" or "E", the only characters a case-blind "e" matches: most
    # dates have another letter there and skip the search
    if text[max(0, start - 8):start].rstrip()[-1:] not in ("e", "E"):
        return False
    m = _SINCE_BEFORE.search(text, max(0, start - 8), start)
    return m is not None and (
        RECORD_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
        # "the largest march the city has seen since the 1990s" (session 26)
        or RECORD_SEEN.search(text, max(0, m.start() - 100), m.start()) is not None)


#: "that week", "that weekend": the week of the day under discussion.
_THAT_WEEK = rx.compile(r"(?i)that\s+week(?:end)?")
#: How many mentions back a past clause's "that weekend" looks for the last past day.
_PAST_DAY_REACH = 12


def _past_clause_ahead(a: Anchors) -> bool:
    """Whether the day under discussion lies after the publication date (a day ahead named in
    passing: "with results due on Thursday"), so a past clause cannot be about its week."""
    p = a.period
    return p is not None and a.dct is not None and p.gran == "day" and p.start > a.dct


def _past_day_ahead(cand: Candidate, a: Anchors) -> bool:
    """Whether the anaphoric day ``cand`` ("the next day", "that day") would count to a day
    after the publication date from the day under discussion: a past clause cannot tell of
    it."""
    n = ANAPHORIC_DAYS.get(norm(cand.fields.get("phrase")))
    return n is not None and a.day is not None and a.dct is not None \
        and a.day.start.toordinal() + n > a.dct.toordinal()  # no date sum: 0001-01-01


def _last_past_day(out: list[Mention], dct: date | None) -> Cal | None:
    """The last day (a day or a part of one) named before the publication date among the
    last mentions: the day a past clause's "that weekend" is about, when a day ahead has been
    named since ("The reception on Saturday, Aug. 4 ... results due on Wednesday. The hotel
    hosted two other parties that weekend"; session 26)."""
    if dct is None:
        return None
    for m in reversed(out[-_PAST_DAY_REACH:]):
        d = m.day
        if d is not None and d < dct and m.type in ("DATE", "TIME"):
            return Cal("day", d)
    return None


#: An event's noun and a relative clause of its start right before a bare clock time: "the
#: baking contest, which starts at" (session 26).
_EVENT_STARTS_AT = rx.compile(
    r"\b(?P<noun>[a-z-]+)\s*,?\s+(?:which|that)\s+(?:starts|begins|opens|kicks\s+off)\s+"
    r"(?:at|from)\s+$", re.IGNORECASE)
#: How far back the event's noun is looked for, and how near its day must stand to it.
_EVENT_REACH, _EVENT_DAY_NEAR = 3000, 200
_SENTENCE_MARK = rx.compile(r"[.!?]\s")


def _event_day(text: str, cand: Candidate, lo: int, out: list[Mention],
               dct: date) -> Cal | None:
    """The day ahead an event a bare clock time's relative clause starts ("the baking contest,
    which starts at 10am") was named with earlier in the story ("The fair will open on
    Tuesday, with a baking contest and a brass band"): its clock times fall on that day, not
    on a day named in passing since (session 26). None when nothing so narrow is found."""
    m = _EVENT_STARTS_AT.search(text, max(lo, cand.start - 60), cand.start)
    if m is None or m.group("noun").lower() not in PROGRAMME_SUBJECTS \
            or m.group("noun").lower() == "day":
        return None
    first = re.search(rf"\b{re.escape(m.group('noun'))}\b", text[max(0, lo - _EVENT_REACH):lo],
                      re.IGNORECASE)
    if first is None:
        return None
    at = max(0, lo - _EVENT_REACH) + first.start()
    for x in out[-40:]:
        d = x.day
        if d is None or d <= dct or abs(x.start - at) > _EVENT_DAY_NEAR:
            continue
        a, b = min(x.end, at), max(x.start, at)
        if _SENTENCE_MARK.search(text, a, b) is None and "\n" not in text[a:b]:
            return Cal("day", d)
    return None


#: A poll's subject, before the verb of its hours.
_POLLS = r"\b(?:polls|polling\s+(?:stations|booths|places|centres|centers)|voting|balloting)\s+"
#: From the verb up to the clock time, within 40 characters and no sentence mark.
_TO_THE_HOUR = r"\b[^.;!?\n]{0,40}?\b(?:at|from|until|till|to)\s+$"
#: A poll's opening or closing hours told in the present or the future, up to a bare clock
#: time ("Polls open at 7 a.m. and close at", "Polling stations will be open from";
#: session 27): the hours of the election day, not of a day named in passing since.
_POLLS_OPEN = rx.compile(
    _POLLS + r"(?:(?:will|are\s+(?:due\s+)?to)\s+)?(?:be\s+)?(?:open|opens|close|closes|begin|"
    r"begins|start|starts|end|ends)" + _TO_THE_HOUR, re.IGNORECASE)
#: A poll's opening or closing told in the past, up to a bare clock time ("Polls closed at",
#: "Voting ended at", "polling stations opened at"; not "had closed"; session 28): the hours of
#: the election day the story told, before the publication date.
_POLLS_CLOSED = rx.compile(_POLLS + r"(?:opened|closed|began|started|ended)" + _TO_THE_HOUR,
                           re.IGNORECASE)
#: An election's words in the sentence of the day it is held ("will elect a new parliament on
#: Sunday", "Voters go to the polls on Saturday").
_ELECTION_WORDS = rx.compile(
    r"\b(?:elect|elects|elected|election|elections|vote|votes|voted|voters|polls|ballot|ballots|"
    r"referendum|"
    r"runoff|run-off|primary|by-election|polling)\b", re.IGNORECASE)
#: How far an election's word may stand from its day, in its sentence (characters).
_ELECTION_NEAR = 120


def _polling_day(text: str, cand: Candidate, lo: int, out: list[Mention],
                 dct: date) -> Cal | None:
    """The election day ahead a bare clock time of a poll's hours falls on ("Polls open at 7
    a.m. and close at 8 p.m.", the story's lead naming "will elect ... on Sunday"): the first
    day after the publication date named near an election's word with no sentence mark
    between (session 27). Hours told in the past ("Polls closed at 4 p.m.") take the first
    such day before the publication date ("approved a charter in a referendum on Sunday",
    session 28). None when the hours are no poll's or no such election day was named."""
    if _POLLS_OPEN.search(text, max(lo, cand.start - 90), cand.start) is not None:
        ahead = True
    elif _POLLS_CLOSED.search(text, max(lo, cand.start - 90), cand.start) is not None:
        ahead = False  # "Polls closed at 4 p.m.": the past election day the story told (s28)
    else:
        return None
    for x in out:
        d = x.day
        if d is None or (d <= dct if ahead else d >= dct):
            continue
        a, b = max(0, x.start - _ELECTION_NEAR), x.end + _ELECTION_NEAR
        for w in _ELECTION_WORDS.finditer(text, a, b):
            u, v = min(w.end(), x.start), max(w.start(), x.end)
            if _SENTENCE_MARK.search(text, u, v) is None and "\n" not in text[u:v]:
                return Cal("day", d)
    return None


#: A verb of starting again in the past right before a clock time ("It resumed at", "officials
#: reopened the causeway at"; not "had resumed"): what was stopped goes on (session 27).
_RESUMED_AT = rx.compile(
    r"(?<!had\s)\b(?:resumed|reopened|re-opened|restarted|reconvened|restored)\b"
    r"[^.,;:!?()\n]{0,40}?\b(?:at|from|around|about|shortly\s+after)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE)


def _resumed_next_morning(text: str, cand: Candidate, lo: int, out: list[Mention],
                          a: Anchors) -> Cal | None:
    """The day after the story's day for a morning's clock time (a.m.) at which something
    stopped is resumed ("The match began Wednesday evening but was halted by rain. It resumed
    at 11 a.m."), when the story last told an afternoon, an evening or a later hour of that
    day: the resumption came the next morning, up to the publication date (session 27)."""
    day = clock_day(a)
    if day is None or day.gran != "day" or a.dct is None or day.start >= a.dct \
            or not norm(cand.fields.get("ampm")).startswith("a") \
            or _RESUMED_AT.search(text, max(lo, cand.start - 60), cand.start) is None:
        return None
    for x in reversed(out[-6:]):
        if x.day != day.start or x.granularity not in ("part-of-day", "minute", "hour"):
            continue
        tod = x.value[x.value.index("T") + 1:] if "T" in x.value else ""
        late = tod[:2] in ("AF", "EV", "NI") or (tod[:2].isdigit() and int(tod[:2]) >= 12)
        return Cal("day", day.start + timedelta(days=1)) if late else None
    return None


_UNIVERSAL = frozenset({"GMT", "UTC", "Z"})


def _universal_day(cand: Candidate, out: list[Mention], sent: int, a: Anchors,
                   own: bool) -> Cal | None:
    """The day of a bare clock time in universal time ("picked up its signal at 0140 GMT")
    when the sentence before or its own gave an earlier universal time with its own day ("at
    9:22 p.m. local time (0022 GMT Thursday)"), up to the publication date: the hours in that
    zone run on from it, whatever day the local time fell on (session 28). With ``own`` (the
    sentence names a day) only the mention right before it in its sentence counts. None when
    no such time is that near, or it is later in the day than this one."""
    zone = cand.fields.get("tz") or cand.fields.get("tz2")
    if not zone or zone.strip().upper() not in _UNIVERSAL or a.dct is None:
        return None
    for x in reversed(out[-1:] if own else out[-4:]):
        if x.sentence < sent - (0 if own else 1):
            return None
        if not x.value.endswith("Z") or x.granularity != "minute" or x.day is None:
            continue
        try:
            later = clock_minutes(cand.fields) >= int(x.value[-6:-4]) * 60 + int(x.value[-3:-1])
        except (KeyError, ValueError):
            return None
        if not later or x.day > a.dct:
            return None
        day = clock_day(a)
        return Cal("day", x.day) if day is None or day.start != x.day else None
    return None


#: A market's quote up to its clock time: shares, a stock or an index, a move (up, down,
#: rose, fell...) and an amount, then "at" or "by" ("Shares in the company were down 4.2
#: percent at 186 pence at"; session 30). Points may stand in the amounts: the search starts
#: at the sentence piece.
_MARKET_QUOTE = rx.compile(
    r"\b(?:shares|stock|stocks|index|indices)\b[^;!?\n]{0,60}?\b(?:up|down|higher|lower|"
    r"rose|fell|gained|lost|jumped|slumped|dropped|climbed|traded|trading|changed\s+hands)\b"
    r"[^;!?\n]{0,50}?\d[^;!?\n]{0,40}?\b(?:at|by)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _market_quote(text: str, cand: Candidate, lo: int, a: Anchors) -> bool:
    """Whether a bare clock time ends a market's quote ("Shares ... were down 4.2 percent at
    186 pence at 16:30 GMT") in a sentence that names no day, after the story named an earlier
    day: a market report quotes the day it is published (session 30)."""
    day = clock_day(a)
    return a.dct is not None and day is not None and day.start < a.dct \
        and _MARKET_QUOTE.search(text, max(lo, cand.start - 160), cand.start) is not None


#: What follows a trip's clock time in its sentence when the trip's end is due tonight ("and
#: were due to reach Denver, by way of Chicago, tonight"; session 27).
_DUE_TONIGHT = rx.compile(
    r"[^.;!?\n]{0,60}?\band\s+(?:was|were|is|are)\s+(?:due|expected|scheduled|set)\s+to\b"
    r"[^.;!?\n]{0,80}?\b(?:tonight|this\s+evening|later\s+today)\b", re.IGNORECASE)


def _due_tonight(text: str, cand: Candidate, hi: int, a: Anchors) -> bool:
    """Whether a bare clock time of a day's hours (before the evening) starts a trip or a task
    its sentence says is due to end tonight ("boarded the flight at 11:20 a.m. and were due to
    reach Denver tonight"): it falls on the publication date, whatever day the story named
    before (session 27; a clock time in any sentence of "today" or "tonight" cost a blind
    check batch)."""
    if a.dct is None or a.tense not in ("past", ""):
        return False
    try:
        minutes = clock_minutes(cand.fields)
    except (KeyError, ValueError):
        return False
    return minutes < EVENING_HOUR * 60 and _DUE_TONIGHT.match(text, cand.end, hi) is not None


#: Between a day of the telling and a clock time of a pluperfect told then ("said Thursday
#: that the captain had radioed at"; session 27).
_THAT_HAD = rx.compile(r"\s*,?\s+that\s+[^.;:!?()\n]{0,60}?\bhad\s+(?:been\s+)?[a-z]+\s+"
                       r"(?:[a-z]+\s+){0,2}(?:at|about|around|shortly\s+(?:after|before))\s+"
                       r"(?:about\s+|around\s+)?$", re.IGNORECASE)


def _told_evening_before(text: str, cand: Candidate, told: Mention, a: Anchors) -> bool:
    """Whether an evening's clock time (from 6 p.m.) in a pluperfect reported on a day of the
    telling ("The ferry chief said Thursday that the captain had radioed at 9:35 p.m.") falls
    on the evening the story named the day before that day ("ran aground Wednesday night"),
    as "..., officials said Wednesday" keeps the evening before (session 27)."""
    sd, ev = a.sentence_day, a.evening
    if sd is None or told.day != sd.start or (sd.start - ev.start).days != 1 \
            or _TOLD_ON.search(text, max(0, told.start - 16), told.start) is None \
            or _THAT_HAD.match(text, told.end, cand.start) is None:
        return False
    try:
        return clock_minutes(cand.fields) >= EVENING_HOUR * 60
    except (KeyError, ValueError):
        return False


#: "by" right before a clock time, a hedge between or not ("and by 10:30 GMT"; session 28).
_BY_CLOCK = rx.compile(r"\bby\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)


def _by_next_morning(text: str, cand: Candidate, lo: int, a: Anchors) -> bool:
    """Whether a morning's clock time after "by" ("Snow began falling late Thursday, and by
    10:30 GMT 40 cm had settled") in a past clause of the sentence that named an evening or a
    night ("late Thursday", "Thursday night") before it tells how far things had got by the
    next morning: the day after that evening, up to the publication date (session 28). An
    hour from noon on, or one told at the evening ("left late Monday and was home by 11
    p.m."), stays on its day; the small hours of the night after it move already
    (``resolve.times._night_before``)."""
    sd, ev = a.sentence_day, a.evening
    if sd.start != ev.start or sd.gran != "day" or a.dct is None or ev.start >= a.dct \
            or a.tense not in ("past", "") \
            or _BY_CLOCK.search(text, max(lo, cand.start - 16), cand.start) is None:
        return False
    try:
        return clock_minutes(cand.fields) < 12 * 60
    except (KeyError, ValueError):
        return False


#: A past participle of a completed act right before "in" and a month, a place between them
#: or not ("signed in Almaty in", "was approved in"; session 26).
_DONE_ACT = rx.compile(
    r"(?:(?P<pre>[\w'’]+)\s+)?(?:signed|agreed|approved|adopted|passed|ratified|built|opened|"
    r"launched|held|elected|founded|completed|concluded|enacted|unveiled|brokered|"
    r"inaugurated|established)(?:\s+(?:in|at)(?:\s+(?-i:[A-Z][\w'’.-]*)){1,2})?\s+in\s+$",
    re.IGNORECASE)
#: Words before the participle that make it a plan's ("to be signed", "will be held").
_NOT_DONE = frozenset({"be", "being", "to", "will", "would", "shall", "should", "could",
                       "can", "may", "might", "must", "'ll"})
#: A future modal after the month, in its sentence: "The board elected in May will meet".
_FUTURE_AFTER = rx.compile(r"[^.;!?]*?\b(?:will|shall|won't)\b|[^.;!?]*?'ll\b", re.IGNORECASE)


#: A passive participle, its agent and "in" right before a month ("the town hit by a flood
#: in", "a deal brokered by Norway in"), or "since" and a noun phrase ("the first since Cyprus
#: in", "since the floods in"), with no verb, modal or relative word between (session 31).
_PAST_PHRASE = rx.compile(
    r"(?:\b(?P<pre>[\w'’]+)\s+(?P<part>[a-z]+)\s+by|(?P<since>\bsince))"
    r"(?:\s+" + phrase_word("or", "when", "it", "they", "he", "she", "we", "you", "i")
    + r"){1,4}\s+in\s+$", re.IGNORECASE)
#: Words before such a participle that make it a plan's or a present's ("will be hit by",
#: "are expected by analysts in").
_NOT_PAST_PRE = _NOT_DONE | {"is", "are", "am", "'s", "get", "gets", "getting", "been"}


def _past_phrase(text: str, cand: Candidate, lo: int) -> str:
    """The participle or "since" of ``_PAST_PHRASE`` right before the month ``cand``, or ""."""
    m = _PAST_PHRASE.search(text, max(lo, cand.start - 60), cand.start)
    if m is None:
        return ""
    if m.group("since"):
        return m.group("since")
    part = m.group("part").lower()
    if m.group("pre").lower() in _NOT_PAST_PRE or not (
            part in AGENT_PARTICIPLES or (len(part) > 4 and part.endswith("ed")
                                    and part not in NOT_PAST_ED)):
        return ""
    return part


def _done_act(text: str, cand: Candidate, lo: int, hi: int) -> bool:
    """Whether the month ``cand`` dates a completed act a past participle names right before
    "in" ("An interim pact signed in February expires on Dec. 31", told in December), with no
    future modal after it in its sentence: the last such month, even within two months ahead
    of the publication date (session 26)."""
    m = _DONE_ACT.search(text, max(lo, cand.start - 60), cand.start)
    if m is None or (m.group("pre") or "").lower() in _NOT_DONE:
        return False
    return _FUTURE_AFTER.match(text, cand.end, hi) is None


def _ended(heads: str) -> re.Pattern[str]:
    """A period's noun (an alternation of ``heads``) and the verb closing it, up to its day."""
    return rx.compile(rf"\b(?:{heads})(?:,?\s+(?:which|that))?\s+(?:ended|ending|ends)"
                      r"\s+(?:on\s+)?$", re.IGNORECASE)


#: A period's closing day: "the quarter ended Sept. 30", "the three months ending June 30".
_PERIOD_ENDED = _ended(r"quarter|period|months|weeks|year|half")
#: ... of a quarter: "the quarter ended", "the three months ending".
_QUARTER_ENDED = _ended(r"quarter|three\s+months|3\s+months")


def _period_end(text: str, start: int, anchors: Anchors) -> bool:
    """Whether the date at ``start`` closes the quarter or period under discussion ("for the
    fiscal first quarter ended Sept. 30"): the discourse stays on the period, so "a year ago"
    after it compares with the quarter, not the day (session 19, results reports)."""
    p = anchors.period
    return p is not None and p.gran in ("quarter", "half", "year") and not anchors.period_age \
        and _PERIOD_ENDED.search(text, max(0, start - 30), start) is not None


#: A bare clock time and a clock time with its day joined by "and" and a verb of the same
#: subject ("open at 7 a.m. and close at 8 p.m. on Saturday"; session 12, newswire).
_JOINED_CLOCK = rx.compile(r"\s*,?\s+(?:and|or|but)\s+(?:(?!(?:the|a|an|its|their|his|her|"
                           r"our|my|this|that|it|they|he|she|we)\b)[a-z]+\s+){1,2}?"
                           r"(?:at|until|till)\s+$")
_DATETIME = ("datetime",)


def _joined_clock(text: str, cand: Candidate, nxt: Candidate, hi: int) -> bool:
    """Whether the bare clock time ``cand`` shares the day of the clock time ``nxt`` that a
    coordinated verb brings after it in the same sentence piece."""
    return nxt.kind == "datetime" and nxt.start < hi and nxt.start - cand.end <= 40 \
        and _JOINED_CLOCK.fullmatch(text, cand.end, nxt.start) is not None


#: A day, then a clock time's preposition ("tmrw from 7am", "friday until 2pm"); a clock held
#: so, then the end of its range ("from 8am till 1pm", "between 9am and 1pm"; session 23).
_DAY_THEN_CLOCK = rx.compile(r"[ \t]+(?:from|until|til|till|between)[ \t]+"
                             # ... or a comma and a fixture's start ("Rovers v Dunmore tmrw, KO
                             # 3pm", "gig sat, doors 7pm"; session 30)
                             r"|[ \t]*,[ \t]*(?:ko|kick[ -]?off|doors|starts?)[ \t]+(?:at[ \t]+)?",
                             re.IGNORECASE)
_CLOCK_THEN_END = rx.compile(r"[ \t]*(?:-|–|to|and|until|til|till)[ \t]*", re.IGNORECASE)


def _held_by_day(text: str, cand: Candidate, last: Mention, held: int) -> bool:
    """Whether the clock time ``cand`` comes right after a day and a clock time's preposition
    ("tmrw from 7am") or ends the range of a clock time so held (``held``: where it starts)."""
    if last.granularity == "day":
        return _DAY_THEN_CLOCK.fullmatch(text, last.end, cand.start) is not None
    return last.start == held and _CLOCK_THEN_END.fullmatch(text, last.end, cand.start) is not None


def _earlier_clock(cand: Candidate, nxt: Candidate, a: Anchors) -> bool:
    """Whether the clock time ``cand`` comes before ``nxt``'s on a day (both read as clock
    times: "HH:MM"), so the two can share ``nxt``'s day in the order told."""
    r0, r1 = resolve(cand, a), resolve(nxt, a)
    t0 = r0.cal.extra if r0 is not None and r0.cal is not None else ""
    t1 = r1.cal.extra if r1 is not None and r1.cal is not None else ""
    return ":" in t0 and ":" in t1 and t0 < t1


def _back_on_day(base: Anchors, cal: Cal | None, value: str, anchor: str) -> bool:
    """Whether ``_advance`` of a new sentence's anchors made from ``base`` (only its
    ``sentence_day`` and ``period_age`` differ) gives anchors equal to ``base``: ``base`` is
    on the day ``cal`` falls on, as a schedule's clock times are."""
    if cal is None or anchor == "none" or value.endswith("_REF") or RANK[cal.gran] > _DAY_LEVEL:
        return False
    sd = base.sentence_day
    return sd is not None and base.day is sd and base.period is sd and not base.period_age \
        and sd.start == cal.start and sd.gran == "day" and not sd.extra


def _on_evening(cand: Candidate, cal: Cal | None, a: Anchors) -> bool:
    """Whether a clock time fell on the evening the text named rather than on the day under
    discussion ("... by early Tuesday. It struck at 10:50 p.m."): the discourse stays on the
    day after it, so the clock times after it keep the day they followed ("ashore at 4 a.m.")."""
    ev = a.evening
    return ev is not None and cand.kind == "clock" and cal is not None \
        and cal.start == ev.start and (a.day is None or a.day.start != ev.start)


def _overnight(cand: Candidate, cal: Cal | None) -> bool:
    """Whether ``cand`` is "overnight" dated to a night: the story goes on in the morning
    after it, so the discourse moves to the day the night ended on ("rose overnight. ... a
    warning at 9 a.m." is on the publication date; session 11, newswire)."""
    return cal is not None and cal.gran == "part-of-day" and cand.text.lower() == "overnight"


#: "late on" before a day: its evening, as "late Saturday" (END) names it (session 25).
_LATE_ON = rx.compile(r"\blate\s+on\s+$", re.IGNORECASE)
#: A reporting verb right before a day ("officials said Wednesday", "told reporters on
#: Wednesday"): the day of the telling, after the evening of the events (session 22).
_TOLD_ON = rx.compile(r"\b(?:said|says|told\s+\w+|announced|reported|added|confirmed)"
                      r"\s+(?:on\s+)?$", re.IGNORECASE)


def _evening(evening: Cal | None, cal: Cal | None, mod: str, text: str = "", start: int = 0
             ) -> Cal | None:
    """The day whose evening the discourse names after a mention dated ``cal``: its own day
    for "Tuesday night", "late Tuesday" or an evening's clock time ("9 p.m. Tuesday"), the
    evening before kept over the early hours after it ("by early Wednesday") and over the day
    after when that day, at ``start`` in ``text``, is only when it was told ("officials said
    Wednesday"), none after
    another day; other granularities keep it."""
    if cal is not None and cal.gran in ("minute", "hour") and cal.extra[:2].isdigit() \
            and int(cal.extra[:2]) >= EVENING_HOUR:
        return Cal("day", cal.start)  # "left port at 9 p.m. Tuesday" (session 22)
    if cal is None or cal.gran not in ("day", "part-of-day"):
        return evening
    if evening is not None and cal.gran == "day" and not cal.extra \
            and (cal.start - evening.start).days == 1 \
            and _TOLD_ON.search(text, max(0, start - 16), start) is not None:
        return evening  # told on the day after: "..., officials said Wednesday"
    if cal.extra in EVENING_PARTS or (cal.gran == "day" and (mod in EVENING_MODS or (
            not cal.extra and _LATE_ON.search(text, max(0, start - 9), start) is not None))):
        return evening if evening is not None and evening.start == cal.start \
            else Cal("day", cal.start)
    if evening is not None and (cal.start - evening.start).days == 1 and (
            cal.extra in EARLY_PARTS or (cal.gran == "day" and mod in EARLY_MODS)):
        return evening
    if evening is not None and cal.start == evening.start and not cal.extra:
        return evening  # the same day again, or a clock time on it
    return None


def _advance(a: Anchors, cal: Cal | None, value: str, anchor: str) -> Anchors:
    """Move the discourse anchors to a newly resolved date."""
    if cal is None or anchor == "none" or value.endswith("_REF"):
        return a
    if RANK[cal.gran] <= _DAY_LEVEL:
        sd = a.sentence_day
        if sd is not None and a.day is sd and a.period is sd and not a.period_age \
                and sd.start == cal.start and sd.gran == "day" and not sd.extra:
            return a  # as below, without making and comparing a new Cal
        day = Cal("day", cal.start)
        if a.sentence_day == day and a.day == day and a.period == day and not a.period_age:
            return a  # about that day already (a schedule's clock times)
        return _ON_DAY(a, day, day, day, 0)
    return evolve(a, period=cal, period_age=0)
