"""Posts' and notices' days (session 12): a bare weekday that a post tells in the present or
with no verb at all ("library is closed Monday", "new single out friday", "thurs works better
than fri") is a notice's or a plan's day, ahead; a weekday kept for a holiday ("closed Monday
for Labor Day") is the one on or next to the holiday's date. News keeps its past default."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from summarize import regex_cache as rx

from ..models import Mention
from .candidate import Candidate
from .patterns import alt
from .resources.calendar_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .resources.post_days import (
    AFTERMATH_WORDS,
    ANTICIPATION,
    APPRAISALS,
    AVAILABILITY_WORDS,
    BROADCAST_NOUNS,
    DAY_CHOICES,
    FAREWELL,
    HOLIDAY_FOR,
    HOLIDAY_REACH,
    POST_BACK_PREPS,
    POST_RELEASE_WORDS,
    STATE_END_PREPS,
    STATE_PARTICIPLES,
    THROWBACKS,
    TV_LISTING_HOURS,
)
from .resources.post_locale import POST_LENGTH
from .resources.verbs import PARTICIPLES, REPORTING
from .tense import is_progressive
from .verb_groups import is_past_form
from .words import is_weekday, weekday_number

#: Fields of a weekday candidate that name its own side or make it no single day.
_NOT_BARE = ("rel", "count", "nth", "after", "wk", "wrel", "plural", "pods", "poss", "gone")


def _bare_weekday(cand: Candidate) -> bool:
    """Whether ``cand`` is a weekday with no word of its own naming its side ("Friday",
    "fri night", "Saturday at 3pm"; not "next Friday", "Friday's", "Fridays")."""
    if cand.kind == "weekday":
        return not any(cand.fields.get(k) for k in _NOT_BARE)
    if cand.kind == "pod":
        return is_weekday(cand.fields.get("pre")) or is_weekday(cand.fields.get("after"))
    if cand.kind == "datetime":
        return any(_bare_weekday(p) for p in cand.parts)
    return False


_FROM_AFTER = rx.compile(r"([A-Za-z]+)\s+from\s+$")


_DAY = rf"(?<![\w'’])(?:{alt({*WEEKDAYS, *WEEKDAY_ABBREVIATIONS})})(?![\w'’])"
#: Two weekdays set side by side as a choice ("thurs works better than fri", "sat or sun").
_CHOICE = rx.compile(rf"{_DAY}(?:\s+[\w'’]+){{0,3}}?\s+{DAY_CHOICES}\s+{_DAY}", re.IGNORECASE)

#: A "sat" in a pair of days joined by "or": the day, no past verb.
_SAT_PAIR = rx.compile(rf"{_DAY}\s+or\s+sat(?![\w'’])|(?<![\w'’])sat\s+or\s+{_DAY}",
                       re.IGNORECASE)


def _chosen(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence [lo, hi) sets two weekdays side by side as a choice."""
    return _CHOICE.search(text, lo, hi) is not None


def _before(text: str, lo: int, start: int, word: str) -> bool:
    """Whether ``word`` (lower case) is a word of ``text[lo:start]``: the verb group comes
    before the weekday, as a notice's does ("is closed Monday")."""
    return re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text[lo:start].lower()) \
        is not None


def _lower(cand: Candidate) -> bool:
    """Whether ``cand``'s weekday is written in lower case, as posts write it ("fri",
    "thursday night"); news capitalises it."""
    return cand.text.islower() if cand.kind != "datetime" else any(
        p.text.islower() for p in cand.parts if p.kind in ("weekday", "pod"))


def _past_looking(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence [lo, hi) holds a word that may be a past verb (an -ed form, an
    irregular past or participle: "cut", "slid" aside) other than a notice's participle."""
    pairs = None
    for m in _WORDS.finditer(text, lo, hi):
        w = m.group().lower()
        if w in STATE_PARTICIPLES:
            continue
        if w == "sat":  # one of a chat's pair of days ("fri or sat"), no verb (session 30)
            if pairs is None:
                pairs = [p.span() for p in _SAT_PAIR.finditer(text, lo, hi)]
            if any(a <= m.start() < b for a, b in pairs):
                continue
        if is_past_form(w) or w in PARTICIPLES:
            return True
    return False


_WORDS = rx.compile(r"[A-Za-z]+")
_ANTICIPATION = rx.compile(ANTICIPATION, re.IGNORECASE)


def post_plan(text: str, cand: Candidate, lo: int, hi: int, label: str, cue: str,
              prep: str) -> bool:
    """Whether ``cand``, a bare weekday in a post (a text of at most ``POST_LENGTH``
    characters) whose clause is present (a group before it, not a progressive: those plan by
    their own rule) or has no verb group, names a day ahead: a post's present tells a notice or
    a plan ("is closed Monday", "are suspended from Monday"), its lower-case verbless weekday a
    release or a choice ("new single out friday", "thurs or fri works"), and "through" a
    state's end ("warning continues through Wednesday"; news keeps its reading of "through": a
    check half suffered); not a reporting verb's day ("says Monday"), nor a day begun or gone
    ("since sunday", "still sore from saturday"); a lower-case verbless weekday in a post that
    looks forward ("can't wait") is ahead too."""
    if len(text) > POST_LENGTH or label not in ("", "present") or not _bare_weekday(cand):
        return False
    words = cue.lower().split()
    if words and (words[0] in REPORTING or is_progressive(cue)
                  or not _before(text, lo, cand.start, words[-1])):
        return False  # "says Monday"; "weds night is pie night" (a habit the day is subject of)
    if prep in POST_BACK_PREPS and (not label or prep != "from"):
        return False
    if prep in STATE_END_PREPS:  # "warning continues through Wednesday": a state's end
        return not _past_looking(text, lo, cand.start)
    if not label and _lower(cand) and _ANTICIPATION.search(text):  # "gig sat nite!!! can't
        # wait": a post looking forward (its own "excited", "planned" are no past; session 13)
        rest = _ANTICIPATION.sub(" ", f"{text[lo:cand.start]} {text[cand.end:hi]}")
        return not _past_looking(rest, 0, len(rest))
    if not label and (not _lower(cand) or _past_looking(text, lo, hi) or not (
            prep in POST_RELEASE_WORDS or _chosen(text, lo, hi))):
        return False  # "Shares slid Friday", "storm cut the power sat": a past unread
    after = _FROM_AFTER.search(text, max(0, cand.start - 30), cand.start) if prep == "from" \
        else None
    return after is None or after.group(1).lower() not in AFTERMATH_WORDS


#: What ends the verbless fragment after a released day ("results out Thursday and ...").
_FRAGMENT_AFTER = rx.compile(r"[^,;:!?.\n]*?(?=[,;:!?.\n]|\s(?:and|but|so)\s|$)")


def released_day(text: str, cand: Candidate, lo: int, hi: int, label: str, cue: str,
                 prep: str) -> bool:
    """Whether ``cand``, a bare weekday in a post written in any case, follows a release word
    in a fragment with no verb of its own ("Mock grades out Thursday and mum is asking",
    "Term's out Friday"): the day it comes out, ahead, unless a past word stands in the
    fragment ("went out Friday"); a verb of a later clause does not govern it (session 13,
    round 2)."""
    if len(text) > POST_LENGTH or label not in ("", "present") or prep not in POST_RELEASE_WORDS \
            or not _bare_weekday(cand):
        return False
    word = cue.lower().split()[-1] if cue.split() else ""
    if word and _before(text, lo, cand.start, word):
        return False  # a verb group before the day governs it: post_plan's reading
    rest = _FRAGMENT_AFTER.match(text, cand.end, hi)
    end = rest.end() if rest else cand.end
    return not _past_looking(text, lo, cand.start) and not _past_looking(text, cand.end, end)


_CONTRACTED_IS = rx.compile(r"\w['’]s\s+([a-z]+)\s+$", re.IGNORECASE)


def contracted_notice(text: str, lo: int, cand: Candidate, label: str, cue: str) -> bool:
    """Whether ``cand``, a bare weekday in a post, follows a noun's "'s" (is) and a notice's
    participle right before it ("school's cancelled monday", "gym's shut friday"): the present
    notice "is cancelled", which the tense reader takes for a bare past (session 12, round 2)."""
    if len(text) > POST_LENGTH or label != "past" or not _bare_weekday(cand):
        return False
    m = _CONTRACTED_IS.search(text, max(lo, cand.start - 40), cand.start)
    return m is not None and m.group(1).lower() == cue.lower() and cue.lower() in STATE_PARTICIPLES


_STATE_END = rx.compile(rf"\b(?:{'|'.join(sorted(STATE_END_PREPS))})\s+$", re.IGNORECASE)
#: The words of a clause before a state's end: "lasted through", "it rained on until".
_BEFORE_END = rx.compile(r"([A-Za-z'’]+)\s+(?:[A-Za-z'’]+\s+){0,3}?(?:until|till|through|thru)\s+$",
                         re.IGNORECASE)


def ended_state(text: str, lo: int, cand: Candidate, label: str) -> str:
    """The past verb before a state's end ("the heat lasted through Wednesday", "the strike
    dragged on until Friday") where the tense reader found no verb group (it reads a bare
    participle there as a state, "closed until Friday"), or "": a state told in the past is
    over, so its end lies behind; a notice's participle ("closed", "suspended") is no such
    verb (session 12)."""
    clause = text[lo:cand.start]
    if label or not _STATE_END.search(clause):
        return ""
    cut = max(clause.rfind(c) for c in ",;:!?")
    m = _BEFORE_END.search(clause, cut + 1)
    while m is not None:
        w = m.group(1).lower()
        if is_past_form(w):
            return "" if w in STATE_PARTICIPLES else w
        m = _BEFORE_END.search(clause, m.start(1) + len(w))
    return ""


_AVAILABLE = rx.compile(rf"(?<![\w'’])(?:{'|'.join(sorted(AVAILABILITY_WORDS))})\s+(?:on\s+)?$",
                        re.IGNORECASE)


def available_day(text: str, cand: Candidate, lo: int, label: str) -> bool:
    """Whether ``cand``, a bare weekday in a post, follows a word of being free or taken
    ("free wednesday evening if u want to call", "are you available Friday?"): one's diary
    looks ahead, so the day is the first on or after the publication date, unless told in the
    past ("I was free Tuesday"; session 12)."""
    return len(text) <= POST_LENGTH and label != "past" and _bare_weekday(cand) \
        and _AVAILABLE.search(text, max(lo, cand.start - 16), cand.start) is not None


_FAREWELL = rx.compile(rf"(?<![\w'’]){FAREWELL}(?![\w'’])[^.;!?\n]*$", re.IGNORECASE)


def farewell_day(text: str, cand: Candidate, lo: int, label: str) -> bool:
    """Whether ``cand``, a day of the month or a bare weekday in a post, is named in the clause
    of a farewell before it ("see you all at the wedding on the 31st"): the meeting's day, ahead,
    unless the clause is past (session 12)."""
    if len(text) > POST_LENGTH or label not in ("", "present") or not (
            cand.kind == "day_of_month" or _bare_weekday(cand)):
        return False
    return _FAREWELL.search(text, max(lo, cand.start - 60), cand.start) is not None \
        and not _past_looking(text, max(lo, cand.start - 60), cand.start)


_FOR_HOLIDAY = rx.compile(HOLIDAY_FOR, re.IGNORECASE)
#: What joins weekdays kept for one holiday ("closed Monday and Tuesday for Easter").
_AND = rx.compile(r"\s*(?:,|and|&|or|,\s*and)\s*", re.IGNORECASE)


#: What joins a second weekday to a pair's first, kept for the holiday between them ("a Sunday
#: schedule Thursday for Thanksgiving and a Saturday schedule Friday"): "and", an article
#: and at most two words (session 12, round 2).
_PAIRED = rx.compile(r"\s*,?\s*and\s+(?:(?:a|an|the)\s+)?(?:[A-Za-z]+\s+){0,2}", re.IGNORECASE)
_ARTICLE_BEFORE = rx.compile(r"(?<![\w'’])an?\s+$", re.IGNORECASE)


def _weekday_number(m: Mention) -> int | None:
    """The ISO weekday of a mention that is a bare weekday, resolved from the publication
    date ("Monday", "fri"), else None."""
    if m.rule not in ("weekday", "weekday_abbr") or m.granularity != "day" or m.anchor != "dct":
        return None
    one_word = len(m.text.split()) == 1
    return weekday_number(m.text) if one_word and is_weekday(m.text) else None


def weekdays_for_holidays(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every bare weekday kept for a holiday named right after it ("closed
    Monday for Labor Day", "closed tomorrow and Friday for Diwali", "a Sunday schedule Thursday
    for Thanksgiving", and the pair's second: "and a Saturday schedule Friday") moved to the one
    on or nearest to the holiday's date (as the holiday resolves alone), not the week's the
    tense would pick: a day off is kept for its holiday."""
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):
        holiday, m = out[k], out[k - 1]
        if holiday.rule != "holiday" or holiday.day is None or m.sentence != holiday.sentence:
            continue
        if not _FOR_HOLIDAY.fullmatch(text, m.end, holiday.start):
            continue
        for n in range(k + 1, min(k + 3, len(out))):  # "... and a Saturday schedule Friday"
            if out[n].sentence == holiday.sentence and _weekday_number(out[n]) is not None \
                    and _PAIRED.fullmatch(text, holiday.end, out[n].start) \
                    and not _ARTICLE_BEFORE.search(text, max(0, out[n].start - 4), out[n].start):
                out[n] = _kept_for(out[n], holiday)  # ("a Saturday" names a kind of day)
                break
        j = k - 1
        while j >= 0 and _weekday_number(out[j]) is not None:
            out[j] = _kept_for(out[j], holiday)
            if j == 0 or not _AND.fullmatch(text, out[j - 1].end, out[j].start):
                break
            j -= 1
    return out


def _kept_for(m: Mention, holiday: Mention) -> Mention:
    """The weekday ``m`` moved to the one nearest to ``holiday``'s day."""
    wd, day = _weekday_number(m), holiday.day
    if wd is None or day is None:
        return m
    gap = (wd - day.isoweekday()) % 7
    gap = gap - 7 if gap > HOLIDAY_REACH else gap
    kept = day + timedelta(days=gap)
    start = datetime.combine(kept, datetime.min.time())
    return replace(m, value=kept.isoformat(), interval=(start, start + timedelta(days=1)),
                   explanation=f"'{m.text}' = the {m.text} nearest to '{holiday.text}' "
                               f"({holiday.value}): a day kept for the holiday")


#: A TV listing's day: a broadcast's noun before it or a listing's hours in or after it
#: ("season premiere sunday 9/8c", "finale Thursday at 10/9c"; session 12, round 2).
_BROADCAST_BEFORE = rx.compile(rf"(?<![\w'’]){alt(BROADCAST_NOUNS)}\s+$", re.IGNORECASE)
_LISTING_HOURS = rx.compile(TV_LISTING_HOURS, re.IGNORECASE)
_LISTING_AFTER = rx.compile(rf"\s+(?:at\s+|@\s*)?{TV_LISTING_HOURS}", re.IGNORECASE)


def tv_listing_day(text: str, cand: Candidate, lo: int, hi: int) -> bool:
    """Whether ``cand``, a bare weekday in a post, is a TV listing's day, which a listing
    announces ahead: after a broadcast's noun ("season premiere sunday"), or with a listing's
    hours ("9/8c") in it or right after it (session 12, round 2)."""
    if len(text) > POST_LENGTH or not _bare_weekday(cand):
        return False
    return bool(_BROADCAST_BEFORE.search(text, max(lo, cand.start - 16), cand.start)
                or _LISTING_HOURS.search(cand.text) or _LISTING_AFTER.match(text, cand.end, hi))


_THROWBACK = rx.compile(rf"(?<![\w'’]){THROWBACKS}(?![\w'’])", re.IGNORECASE)
#: An appraisal right before an outing's noun or two and "on" ("lovely walk on", "what a
#: match on"): the outing is over.
_APPRAISED_ON = rx.compile(rf"(?<![\w'’]){APPRAISALS}\s+(?!to\b)(?:[a-z]+\s+){{1,2}}on\s+$",
                           re.IGNORECASE)


def looked_back_day(text: str, cand: Candidate, lo: int, hi: int, label: str) -> bool:
    """Whether ``cand``, a bare weekday in a verbless post's sentence, is a day the post looks
    back on: a throwback's tag in the sentence ("#tbt sunday") or an appraised outing right
    before "on" and it ("lovely walk on sunday"): no note's day ahead, the past default holds
    (session 15, round 3)."""
    if len(text) > POST_LENGTH or label or not _bare_weekday(cand):
        return False
    return _THROWBACK.search(text, lo, hi) is not None \
        or _APPRAISED_ON.search(text, max(lo, cand.start - 40), cand.start) is not None


#: "before"/"after" between a weekday and the day it is counted from ("the Friday before
#: Labor Day", "the Saturday after Easter", "the Monday after March 3").
_BEFORE_AFTER = rx.compile(r"[ \t]+(before|after)[ \t]+", re.IGNORECASE)
_THE_BEFORE = rx.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def weekdays_from_days(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with "the <weekday> before/after <day>" moved to the last such weekday
    before that day, or the first after it ("the Friday before Labor Day", "the Saturday after
    Easter"): the day named after it anchors it, not the publication date (session 22)."""
    out = list(mentions)
    for k in range(len(out) - 1):
        m, day = out[k], out[k + 1]
        wd = _weekday_number(m)
        if wd is None or day.day is None or day.granularity != "day" \
                or m.sentence != day.sentence \
                or not _THE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue
        way = _BEFORE_AFTER.fullmatch(text, m.end, day.start)
        if way is None:
            continue
        if way.group(1).lower() == "before":
            kept = day.day - timedelta(days=(day.day.isoweekday() - wd - 1) % 7 + 1)
        else:
            kept = day.day + timedelta(days=(wd - day.day.isoweekday() - 1) % 7 + 1)
        start = datetime.combine(kept, datetime.min.time())
        out[k] = replace(m, value=kept.isoformat(), interval=(start, start + timedelta(days=1)),
                         explanation=f"'{m.text}' = the {m.text} {way.group(1).lower()} "
                                     f"'{day.text}' ({day.value})")
    return out
