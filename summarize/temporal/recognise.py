"""Find time-expression spans: run the rule regexes, keep the longest non-overlapping matches,
then merge appositions ("today, Saturday", "noon Thursday")."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from types import MappingProxyType

from summarize import regex_cache as rx

from .appositions import merge_appositions
from .candidate import Candidate
from .checks import context_ok
from .first_chars import MayStart
from .keys import (
    DIGIT_KEY_START,
    GLUED,
    KEY_PHRASES,
    KEY_SCAN_BEFORE,
    NUMBER_BEFORE_KEY,
    NUMBERISH,
    RULE_BACK,
    RULE_FIRST_WORDS,
    RULE_KEYS,
    TOKEN,
    WORD_KEY_AFTER,
    WORD_KEY_BEFORE,
    phrase_key_after,
    token_class,
)
from .names import part_of_a_name
from .number_checks import later_year
from .patterns import MONTH_CUES, alt, compile_rule, trie
from .resources.calendar_words import (
    AMBIGUOUS_MONTHS,
    MONTHS,
    PARTS_OF_DAY,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from .resources.determiners import DETERMINERS
from .resources.post_days import LONGED_FOR_CANT, LONGED_FOR_COME
from .resources.units import NOW_LABELS
from .rule_table import ALL_RULES, rule_starts
from .slots import Memo

#: Key token -> indices into ALL_RULES of the rules to try around it.
_BY_KEY: dict[str, tuple[int, ...]] = {}
for _i, (_name, *_rest) in enumerate(ALL_RULES):
    for _k in RULE_KEYS[_name]:
        _BY_KEY[_k] = (*_BY_KEY.get(_k, ()), _i)


def _key_guards(after: dict[str, str]) -> dict[str, str]:
    """Key word -> what must follow it for any of its rules to be tried: the ``after`` pattern
    (``WORD_KEY_AFTER``) its rules share, where every rule it keys has one and starts at the
    key itself (one token back, no number before). Elsewhere the recogniser would pass all its
    rules over, and with one token back the windows of later keys do not reach it (``done``
    cannot matter), so the key need not be found at all ("and", "at", "from" key only a post's
    hour: "back by 6")."""
    own = {i: after[name] for i, (name, *_) in enumerate(ALL_RULES)
           if name in after and RULE_BACK.get(name, 7) == 1 and name not in NUMBER_BEFORE_KEY}
    guards = {}
    for key, rules in _BY_KEY.items():
        if key[0] != "#" and rules[0] in own and all(own.get(i) == own[rules[0]] for i in rules):
            guards[key] = own[rules[0]]
    return guards


def _key_lookbehinds(before: dict[str, str]) -> dict[str, str]:
    """Key word -> the look-behind (``KEY_SCAN_BEFORE``) that every rule it keys needs before
    it. A word keying only such a rule is found only where that holds; a later key's window
    may then reach past it, but no match holds the word there, so none is found anew."""
    behind = {}
    for key, rules in _BY_KEY.items():
        found = {before.get(ALL_RULES[i][0]) for i in rules}
        if key[0] != "#" and len(found) == 1 and None not in found:
            behind[key] = found.pop()
    return behind


def _key_pattern(after: dict[str, str], before: dict[str, str] | None = None) -> str:
    """The tokens that key some rule, searched in the lower-cased text: key words and tokens
    starting with a digit; a word whose rules all need ``after`` it (``_key_guards``) only
    where that follows, and one whose rule needs a look-behind of ``before`` only after it.
    The guards read no letter's case but "at"'s, so the lower-cased text finds the keys the
    text does with ``re.IGNORECASE``. The word lists are ``alt``'s tries, which ship as data:
    building the big one cost 5 ms at import."""
    guards = _key_guards(after)
    behind = {k: b for k, b in _key_lookbehinds(before or {}).items() if k not in guards}
    by_guard: dict[str, set[str]] = {}
    for k, g in guards.items():
        by_guard.setdefault(g, set()).add(k)
    by_behind: dict[str, set[str]] = {}
    for k, b in behind.items():
        by_behind.setdefault(b, set()).add(k)
    plain = alt(k for k in _BY_KEY if k[0] != "#" and k not in guards and k not in behind)
    guarded = "".join(f"|{alt(ws)}(?!\\w)(?={g})" for g, ws in sorted(by_guard.items())) \
        + "".join(f"|(?<={b}){alt(ws)}(?!\\w)" for b, ws in sorted(by_behind.items()))
    # (?<!\w) finds the same word starts as \b, a little faster
    return r"(?<!\w)(?:(?:\d\w*|" + plain + r")(?!\w)" + guarded + r"|fy(?=\d))"


_KEY_TOKEN = rx.compile(_key_pattern(WORD_KEY_AFTER, KEY_SCAN_BEFORE))
_KEY_TOKEN_ANY_CASE = rx.compile(_KEY_TOKEN.pattern, re.IGNORECASE)
_BACKS = tuple(RULE_BACK.get(name, 7) for name, *_ in ALL_RULES)
_DIGIT_BACK = max(RULE_BACK.get(name, 7) for name in DIGIT_KEY_START)
#: A short number keys a rule only when a clock, a clock range or a numeric-date shape follows.
_NUM_NEXT = rx.compile(r"[:./h-]|\s*(?:[aApP]\.?[mM]\b|[A-Z]{2,4}\b|o'clock|local\s+time\b|"
                       r"(?:–|to\s|till\s|til\s|until\s)\s*\d)")  # "7 till 11 tonight" (s26)
_CUE_BEFORE = rx.compile(rf"\b{MONTH_CUES}[\s-]*$", re.IGNORECASE)
#: Months in names, and what makes them one: a capitalised word right after (a surname, a
#: title's next word: "January Kemp", "October Skies"), with no date cue and no determiner
#: before ("the June Brexit vote" is June).
_NAME_MONTHS = frozenset(MONTHS)
_NAME_AFTER = rx.compile(r"[ \t]+(?-i:[A-Z][a-z]+)\b")
#: Cues that date a name-month even before a capitalised word ("In June Parliament rose"); "by",
#: "from", "and", "of" may lead into a person ("written by April Lindqvist").
_DATE_CUE_BEFORE = rx.compile(
    r"\b(?:in|since|until|till|through|before|after|during|last|next|this|early|mid|late|each|"
    r"every|on|throughout|around|past|coming|end|start|beginning|middle)[\s-]*$", re.IGNORECASE)
_DETERMINER_BEFORE = rx.compile(rf"\b{alt(DETERMINERS)}\s+$", re.IGNORECASE)
#: Words of time a season's word may follow in either list below.
_SEASON_TIME_WORDS = (r"in|during|this|last|next|by|until|since|over|through|early|late|mid|"
                      r"before|after")
_SEASON_CUE = rx.compile(rf"\b(?:{_SEASON_TIME_WORDS}|the|of)[\s-]*$", re.IGNORECASE)
#: Vague references taken only after their words ("at this hour", a broadcast's now; "our top
#: story this hour", "the headlines this hour": session 25) and with their nouns in lower case;
#: capitalised they are in a title (session 19).
_LOWER_NOUN_REFS = {"this hour": ("at ", "story ", "stories ", "headlines ", "news ")}
#: A preposition of time before "the fall": only then is the bare noun the season.
_FALL_CUE = rx.compile(rf"\b(?:{_SEASON_TIME_WORDS}|till|throughout|from|for|into|around|toward|"
                       r"towards)[\s-]*$", re.IGNORECASE)
#: A bare "fall" after a preposition of a deadline is the season when it ends its phrase: a
#: headline's "won't open until fall", "finished by fall," (session 30); only a verb or a
#: noun with an article goes on otherwise ("until fall in prices" is no English).
_BARE_FALL_CUE = rx.compile(r"\b(?:until|till|by|before|since)[ \t]+$", re.IGNORECASE)
_BARE_FALL_END = rx.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")
_NOW_TRANSITION = rx.compile(r"\s+(?:for|to|on\s+to|back\s+to|over\s+to)\s+"
                             r"(?!the\s+(?:first|second|third|last|time|moment)\b)(?:the\s+|our\s+|"
                             r"today's\s+|some\s+|a\s+)?[\w'-]+\s*(?:[.,:;!?]|$|\w)")
_NOW_LABEL = rx.compile(r"\s+" + alt(NOW_LABELS) + r"\s*[:|–—-]", re.IGNORECASE)
_CLAUSE_END = rx.compile(r"[ \t]*(?:[.,;:!?)\"”]|$|(?:and|or|but|so|please|pls|plz|thanks|thx)\b)")
_SOON_LINK = rx.compile(r"\s+(?:as|after|afterwards|thereafter|before)\b|er\b")
#: "can't come soon enough": the idiom longs for what comes before it ("tmrw can't come soon
#: enough"); its "soon" is no time of its own (session 31). The words of
#: ``post_days.LONGED_FOR_AFTER``'s longing for a day, and a past longing or an end's.
_LONGED_FOR_BEFORE = rx.compile(rf"(?:{LONGED_FOR_CANT}|couldn['’]?t)\s+"
                                rf"(?:{LONGED_FOR_COME}|end|finish|be\s+over)\s+$", re.IGNORECASE)
_ENOUGH_AFTER = rx.compile(r"\s+enough\b", re.IGNORECASE)
#: A hyphen and a word that make a day word the head of a compound, not a day: "the day-care
#: centre", "the day-to-day running" (any word after "the day"; "the day-long strike" is left
#: to the duration rules), "Sunday-best clothes", "a Sunday-school teacher" (after a weekday,
#: not a part of day, another weekday or a range's joint: "Monday-morning", "Monday-Friday",
#: "Monday-to-Friday").
_HYPHEN_WORD = rx.compile(r"-[a-z]", re.IGNORECASE)
#: Words each capitalised, also after a hyphen ("Nineteen Eighty-Four").
_TITLE_CASE_WORDS = rx.compile(r"[A-Z][a-z]*(?:[ \t-]+[A-Z][a-z]*)*")
#: A word before a year in words that makes a Title Case one a title: not a sentence's start
#: nor a preposition of time ("in", "since", "of"...), but a word of prose or a possessive.
_TIME_PREPOSITIONS = ("in", "since", "by", "until", "till", "from", "of", "during", "before",
                      "after", "to", "for")
_TITLE_YEAR_BEFORE = rx.compile(
    r"(?<![\w'’])(?!(?:" + "|".join(_TIME_PREPOSITIONS + tuple(
        w.capitalize() for w in _TIME_PREPOSITIONS if w != "till")) + r")\b)"
    r"[A-Za-z]+(?:['’]s?)?[ \t]+$")
_DAY_COMPOUND = rx.compile(
    r"-(?!" + alt({w.split()[0].split("-")[0] for w in PARTS_OF_DAY} | set(WEEKDAYS)
                  | set(WEEKDAY_ABBREVIATIONS) | {"nite", "arvo", "morn", "to", "through", "thru",
                                                  "till", "until", "and", "or"}) + r"\b)[a-z]",
    re.IGNORECASE)



def _accept(text: str, name: str, kind: str, m: re.Match[str], g: dict[str, str | None], *,
            shortcut: bool = True) -> bool:
    """Context checks a regex cannot express cheaply (ambiguous words need a cue); ``g`` is
    the match's groupdict. A clock time (a timetable's every expression) skips the checks of
    other kinds, which cannot apply to it; ``shortcut=False`` runs them (tests compare)."""
    if m.start() > 0 and text[m.start() - 1] == "#":
        return False  # a hashtag is a label, never a time ("#Thanksgiving", "#2019"; s18)
    if shortcut and kind == "clock":
        return not part_of_a_name(text, m, kind) and context_ok(text, name, m, g)
    before = text[max(0, m.start() - 20):m.start()] if kind in _CUED_KINDS else ""
    if kind == "month" and name == "month" and not g.get("rel") and not g.get("mod"):
        if g["month"].lower() in AMBIGUOUS_MONTHS and not _CUE_BEFORE.search(before):
            return False
        if g["month"].lower() in _NAME_MONTHS and _NAME_AFTER.match(text, m.end()) \
                and not _DATE_CUE_BEFORE.search(before) and not _DETERMINER_BEFORE.search(before):
            return False  # a first name: "April Morgan chairs the committee"
        if m.start() > 0 and text[m.start() - 1] in "-'’":
            return False
    if kind == "duration" and g.get("unit", "").lower().startswith("quarter") \
            and text[m.start("unit") - 1] == "-":
        return False  # "three-quarters" is a fraction
    if kind == "season" and not g.get("rel") and not (g.get("year") or g.get("year0")) \
            and not g.get("count") and (
            (g["season"].lower() == "fall" and not (
                _BARE_FALL_CUE.search(before) and _BARE_FALL_END.match(text, m.end())))
            or not _SEASON_CUE.search(before)):
        return False
    if kind == "season" and g["season"].lower() == "fall" \
            and not (g.get("year") or g.get("year0")) \
            and (g.get("rel") or "").lower() == "the" and not _FALL_CUE.search(before):
        return False  # "Despite the fall, the index rose": a decline; "in the fall" (session 19)
    if kind == "season" and not (g.get("year") or g.get("year0")) and g["season"][:1].isupper() \
            and (g.get("rel") or "the").lower() == "the" \
            and _NAME_AFTER.match(text, m.end("season")):
        return False  # a name: "the Autumn Statement", "Spring Street", "the Summer Palace"
    if kind == "pod" and name == "part_of_day" and not g.get("pre") and not g.get("after"):
        word = g["pod"].lower()
        if word in ("night", "morning", "afternoon", "evening", "sunset", "sunrise"):
            return False
        if not re.search(r"\b(?:at|before|after|until|till|by|from|since|around|about)\s*$",
                         before, re.IGNORECASE) and word not in ("midday", "noon", "midnight"):
            return False
    # "at the moment" sets no phrase, only its span (rules_relative's "atphrase"; session 28)
    phrase = (g.get("phrase") or "") if kind == "vague" else ""
    if kind == "vague" and phrase.lower() in _LOWER_NOUN_REFS and (
            not phrase.split()[-1].islower()
            or not before.lower().endswith(_LOWER_NOUN_REFS[phrase.lower()])):
        return False  # a title ("This Hour Has 22 Minutes"), or no "at" before it
    if kind == "vague" and phrase == "Now" and _NOW_TRANSITION.match(text, m.end()):
        return False  # "Now for the weather", "Now to Kabul": a broadcast's transition
    if kind == "vague" and phrase.lower() == "now" and _NOW_LABEL.match(text, m.end()):
        return False  # "Now playing: ...": a radio's or a screen's label (session 13)
    if kind == "vague" and phrase.lower() == "soon" and (
            before.endswith(("as ", "As ")) or _SOON_LINK.match(text, m.end())):
        return False  # "as soon as", "soon after": a connective, not a time
    if kind == "vague" and phrase.lower() == "soon" and _ENOUGH_AFTER.match(text, m.end()) \
            and _LONGED_FOR_BEFORE.search(before):
        return False  # "tmrw can't come soon enough": a day longed for (session 31)
    if kind == "vague" and phrase.lower() == "asap" and not _CLAUSE_END.match(text, m.end()):
        return False  # "the ASAP programme": an acronym's name; "call me asap" ends its clause
    if name == "year_words" and _TITLE_CASE_WORDS.fullmatch(g.get("yw") or "-") \
            and _TITLE_YEAR_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # a title: "Orwell's Nineteen Eighty-Four"; "in Nineteen Ninety-Eight",
        # a sentence's "Nineteen Ninety-Eight was" stay years (session 20)
    if (name == "anaphoric_day" and _HYPHEN_WORD.match(text, m.end())) or (
            name == "weekday" and m.end("wd") == m.end() and _DAY_COMPOUND.match(text, m.end())):
        return False  # "the day-care centre", "his Sunday-best suit": a compound's head (s17)
    # every check here only rejects and reads nothing but the text and the match, so the
    # costly name checks come after the cheap kind checks above (session 17)
    if part_of_a_name(text, m, kind):
        return False  # "Friday Street", "the film High Noon", "Apocalypse Now was filmed"
    if not context_ok(text, name, m, g, shortcut=shortcut):
        return False
    return not (name == "year" and text[m.end():m.end() + 1] in ("'", "’")
                and text[m.end() + 1:m.end() + 2] != "s" and not g.get("mod"))


#: The kinds whose checks in ``_accept`` read the 20 characters before the match.
_CUED_KINDS = frozenset({"month", "season", "pod", "vague"})


def _span(m: re.Match[str]) -> tuple[int, int]:
    if "span" in m.re.groupindex and m.group("span") is not None:
        return m.span("span")
    return m.span()


def _expand(text: str, name: str, kind: str, m: re.Match[str], groups: dict[str, str | None]
            ) -> list[Candidate]:
    """Turn one match into candidates (a date range yields its two ends)."""
    if kind == "range":
        g = {k: v for k, v in groups.items() if v is not None}
        first = {"month": g["month"], "day": g["day"]}
        second = {"month": g["month"], "day": g["day2"], "range_end": "1"}
        if "year" in g:
            first["year"] = second["year"] = g["year"]
        a0 = min(m.start("month"), m.start("day"))
        a1 = max(m.end("month"), m.end("day")) if name == "date_range_md" else m.end("day")
        b0, b1 = m.start("day2"), m.end()
        if name == "date_range_dm":
            first["month_end"] = "1"
        return [Candidate(a0, a1, text[a0:a1], name, "date", MappingProxyType(first)),
                Candidate(b0, b1, text[b0:b1], name, "date", MappingProxyType(second))]
    if kind == "year_range":  # "2008-09": the two years, each a mention
        year, year2 = groups["year"], groups["year2"]
        end = str(later_year(year, year2))
        return [Candidate(m.start("year"), m.end("year"), year, name, "year",
                          MappingProxyType({"year": year})),
                Candidate(m.start("year2"), m.end("year2"), year2, name, "year",
                          MappingProxyType({"year": end, "range_end": "1"}))]
    s, e = m.span("span") if groups.get("span") is not None else m.span()  # as _span(m)
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    if e <= s:
        return []
    return [_candidate(text, name, kind, m, groups, s, e)]


def _candidate(text: str, name: str, kind: str, m: re.Match[str],
               groups: dict[str, str | None], s: int, e: int) -> Candidate:
    """One match's candidate over [s, e) (its span, trimmed): the groups it set, and where its
    event starts. ``_select`` calls it directly for a span it has already, ``_expand`` after
    trimming."""
    fields = {k: v for k, v in groups.items() if v is not None}
    if "event" in fields:
        fields["event_start"] = str(m.start("event"))
    return Candidate(s, e, text[s:e], name, kind, MappingProxyType(fields))


def _select(text: str, found: list[tuple]) -> list[Candidate]:
    """Longest-match, non-overlapping selection; ties go to the earlier rule. A match is
    judged (``_accept``) and built only once it could be chosen: most that lose to a longer
    one ("March" in "Monday 3 March") never are."""
    order = sorted(found, key=_ORDER)
    starts: list[int] = []
    chosen: list[Candidate] = []
    for _, _, s, e, c in order:
        i = bisect_left(starts, s)
        if i > 0 and chosen[i - 1].end > s:
            continue
        if i < len(chosen) and chosen[i].start < e:
            continue
        if not isinstance(c, Candidate):
            name, kind, m, g = c
            if g is None:  # read only for a match that could be chosen
                g = m.groupdict()
            if not _accept(text, name, kind, m, g):
                continue
            c = _candidate(text, name, kind, m, g, s, e)  # [s, e): its span, trimmed already
        starts.insert(i, s)
        chosen.insert(i, c)
    return chosen


#: (negated length, rule priority, start): the selection order of a found match.
_ORDER = itemgetter(0, 1, 2)
#: Kinds whose match yields two candidates: judged and built when found.
_TWO_ENDS = frozenset({"range", "year_range"})


_START = re.Match.start
#: ``token_class`` of each digit token seen (a schedule repeats its clock times).
_TOKEN_CLASS = Memo(token_class)
#: Whether each digit token seen is ``GLUED`` (a time whatever follows it).
_GLUED = Memo(lambda word: GLUED.fullmatch(word) is not None)


def _number_before(text: str, starts: list[int], here: int) -> bool:
    """Whether the token before the key (at ``starts[here - 1]``) is a number or quantity; an
    ordinal ("its 12th day") is not: a rule's number is followed by a space or hyphen."""
    if here < 2:
        return False
    prev = TOKEN.match(text, starts[here - 2])
    word = prev.group().lower() if prev else ""
    return (word[:1].isdigit() and _ORDINAL.fullmatch(word) is None) or word[-1:].isdigit() \
        or word in NUMBERISH


_ORDINAL = rx.compile(r"\d+(?:st|nd|rd|th)")


def recognise(text: str) -> list[Candidate]:
    """All time-expression candidates in ``text``, in order, non-overlapping."""
    #: (start - end, rule priority, start, end, candidate or the match to judge and build)
    found: list[tuple] = []
    #: Rule index -> token index below which the rule was tried at every token start (keys
    #: come in text order, so each rule's windows only slide forward).
    done = [0] * len(ALL_RULES)
    quoted: set[tuple[int, int]] = set()
    starts: list[int] | None = None
    key_rules = _KEY_RULES
    has_span = _HAS_SPAN
    lowered = text.lower()
    keys = list(_KEY_TOKEN.finditer(lowered) if len(lowered) == len(text)
                else _KEY_TOKEN_ANY_CASE.finditer(text))
    for key in keys:
        word = key.group()
        digit_key = word[0].isdigit()
        if digit_key:
            cls = _TOKEN_CLASS[word]
            if cls == "#NUM" and len(word) == 2 and text[key.start() - 1:key.start()] in ("'", "’"):
                cls = "#YY"  # "in '82"
            elif cls == "#NUM" and not _NUM_NEXT.match(text, key.end()) \
                    and not _GLUED[word]:
                if text[key.start() - 1:key.start()] != "@" \
                        and text[key.start() - 2:key.start()] != "@ ":
                    continue
                cls = "#AT"  # a post's "@ 6": only the rules of an hour after "@"
        else:
            cls = word.lower()  # lower(): the any-case fallback
        plan = key_rules.get(cls)
        if plan is None:
            plan = _key_rules(cls)
        rules = plan[0]
        if not rules:
            continue
        if starts is None:  # token starts, for the rules that begin a few words back: only
            # up to the last key (every index read is below the current key's ``here``)
            starts = list(map(_START, TOKEN.finditer(text, 0, keys[-1].end())))
        t0, t1 = key.span()
        here = bisect_left(starts, t0) + 1
        quote = t0 and text[t0 - 1] in "'’"
        numbered = None
        digits_before = None
        checks = plan[1] if digit_key else plan[4]  # every guarded rule's check at once
        if checks is not None and checks.match(text, t0 if digit_key else t1) is None:
            passed = True  # over: no guarded rule can match here
            if digit_key:  # ...nor at a digit token a few tokens back (loops: no frames)
                digits_before = []
                for p in starts[max(here - 1 - _DIGIT_BACK, 0):here - 1]:
                    if text[p].isdigit():
                        digits_before.append(p)
                        if passed and checks.match(text, p) is not None:
                            passed = False
            if passed:
                for i in plan[2] if digit_key else plan[5]:  # passed over, tried as below
                    done[i] = here
                rules = plan[3] if digit_key else plan[6]
        for name, kind, rule_rx, i, back, needs_number, may_start, first_word, key_start, after, \
                before in rules:
            if needs_number:
                if numbered is None:
                    numbered = _number_before(text, starts, here)
                if not numbered:
                    continue
            lo = here - back
            tried = done[i]
            first = (lo if lo > tried else tried) if lo > 0 else tried  # window: starts[first:here]
            done[i] = here
            if digit_key:
                if key_start is not None and key_start.match(text, t0) is None:
                    if digits_before is None:  # the digit tokens a rule may start at before t0
                        digits_before = [p for p in starts[max(here - 1 - _DIGIT_BACK, 0):here - 1]
                                         if text[p].isdigit()]
                    for p in digits_before:
                        if p >= starts[first] and key_start.match(text, p) is not None:
                            break
                    else:
                        continue  # see DIGIT_KEY_START: no match can reach this key
            elif (after is not None and after.match(text, t1) is None) or (
                    before is not None and before.search(
                        text, min(starts[first], t0 - 1) if quote else starts[first], t0) is None):
                continue  # see WORD_KEY_AFTER: no match can reach this key
            window = starts[first:here]
            if quote and (i, t0 - 1) not in quoted:
                quoted.add((i, t0 - 1))
                window.append(t0 - 1)
            for pos in window:
                # skip starts the rule's first two characters rule out
                if may_start is not None and not may_start[text[pos:pos + 2]]:
                    continue
                if first_word is not None and first_word.match(text, pos) is None:
                    continue
                m = rule_rx.match(text, pos)
                if m is not None and m.end() > t0 and m.end() > m.start():
                    if kind in _TWO_ENDS:
                        g = m.groupdict()
                        if _accept(text, name, kind, m, g):
                            found.extend((c.start - c.end, i, c.start, c.end, c)
                                         for c in _expand(text, name, kind, m, g))
                        continue
                    s, e = m.span()
                    if has_span[i]:  # as _span: the "span" group when it took part
                        sp = m.span("span")
                        if sp[0] >= 0:
                            s, e = sp
                    while e > s and text[e - 1] in " \t\n,":  # as _expand trims
                        e -= 1
                    if e > s:  # judged and built by _select if it can be chosen
                        found.append((s - e, i, s, e, (name, kind, m, None)))
    return merge_appositions(text, _select(text, found))


#: Per rule: (name, kind, regex, priority, tokens back, needs a number before its key,
#: where its matches may start, its first words, its text at a digit key, what must follow
#: or precede a word key); each compiled the first time a text keys it, so importing and
#: tagging a short text stay cheap (the start tables come precomputed, see ``rule_table``).
_RULES: list[tuple | None] = [None] * len(ALL_RULES)
#: Per rule: whether its pattern has a "span" group (filled with ``_RULES``).
_HAS_SPAN: list[bool] = [False] * len(ALL_RULES)
#: Key token -> the infos of the rules it keys, in priority order, and the rules their checks
#: at a digit key and at a word key pass over together (see ``_guarded``; filled on first use).
_KEY_RULES: dict[str, tuple] = {}


def _rule_info(i: int) -> tuple:
    name, kind, pattern = ALL_RULES[i]
    rule_rx = compile_rule(pattern)
    st = rule_starts(name, rule_rx)
    words = RULE_FIRST_WORDS.get(name)
    first_word = None if words is None else rx.compile(
        r"(?:\d|(?:" + trie(sorted(words)) + r")(?!\w))", re.IGNORECASE)
    key_start = DIGIT_KEY_START.get(name)
    info = (name, kind, rule_rx, i, _BACKS[i], name in NUMBER_BEFORE_KEY,
            None if st is None else MayStart(st), first_word,
            None if key_start is None else rx.compile(key_start, re.IGNORECASE),
            *(None if p is None else rx.compile(p, re.IGNORECASE)
              for p in (WORD_KEY_AFTER.get(name), WORD_KEY_BEFORE.get(name))))
    _RULES[i] = info
    _HAS_SPAN[i] = "span" in rule_rx.groupindex
    return info


def _key_rules(key: str) -> tuple:
    """The infos of the rules ``key`` keys, compiling them if need be, then ``_guarded`` by
    their text at a digit key and by what follows a word key."""
    rules = tuple(_phrase_keyed(_RULES[i] or _rule_info(i), key) for i in _BY_KEY.get(key, ()))
    plan = (rules, *_guarded(rules, 8), *_guarded(rules, 9))
    _KEY_RULES[key] = plan
    return plan


def _phrase_keyed(info: tuple, key: str) -> tuple:
    """A rule's info at ``key``: for a rule of ``KEY_PHRASES`` with no ``after`` of its own,
    what must follow this key word (``phrase_key_after``) becomes its ``after``: a match
    holding the key holds it inside one of the rule's phrases."""
    if info[0] not in KEY_PHRASES or info[9] is not None:
        return info
    after = phrase_key_after(info[0], key)
    return info if after is None else (*info[:9], rx.compile(after, re.IGNORECASE), info[10])


def _guarded(rules: tuple[tuple, ...], check: int) -> tuple:
    """(one pattern matching where any of the rules' ``check`` patterns does, their
    priorities, the other rules): where it fails every check fails, and the recogniser passes
    those rules over at once. A rule needing a number before its key stays with the others."""
    guarded = [r for r in rules if r[check] is not None and not r[5]]
    if not guarded:
        return None, (), rules
    either = rx.compile("|".join(f"(?:{r[check].pattern})" for r in guarded), re.IGNORECASE)
    return either, tuple(r[3] for r in guarded), tuple(r for r in rules if r not in guarded)


def __getattr__(name: str) -> tuple:
    """``COMPILED``: every rule as (name, kind, compiled regex, priority), compiled on demand
    (tests and the table generator use it; tagging compiles rules one by one)."""
    if name == "COMPILED":
        return tuple((info[0], info[1], info[2], info[3]) for info in
                     (_RULES[i] or _rule_info(i) for i in range(len(ALL_RULES))))
    raise AttributeError(name)
