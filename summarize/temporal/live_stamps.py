"""Live pages' entry times: a live page opens each entry with a four-digit clock time and no
colon ("2034 The ministry says ...", newest first), which recognition alone reads as a year.

A text's sentence-opening four-digit numbers are entry times when they all read as clock
times (00-23 hours, 00-59 minutes), there are at least ``MIN_ENTRIES`` of them, they run from
newest to oldest (each no later than the one before, but for one step back over midnight),
and at least one of them can be no year of the page (a leading zero, or after the year after
the publication date's): a chronology of years ("1905 ... 1910 ... 1914 ...") runs the other
way, and a reverse one names no year to come (session 9, real-news audit).

A live page may also stamp its entries with clock times as writers write them ("12.50pm",
"17:20 CET") on a line of their own or opening one: when at least ``MIN_ENTRIES`` clock times
open lines and run from newest to oldest, each is an entry's time on the publication date, not
on the day the entry before talked about (session 21). Told oldest first, they are entry times
only when each opens a line of prose (a programme's times rise too, before short items;
session 23).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from types import MappingProxyType

from summarize import regex_cache as rx

from .candidate import Candidate
from .resolve.times import clock_minutes

#: Four digits that read as a clock time opening a sentence, then a capitalised word or a quote.
ENTRY_TIME = rx.compile(r"\s*(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s+[A-Z\"'`“‘])")
MIN_ENTRIES = 3
#: The rule name of an entry time's candidate (a clock time the resolver puts on the
#: publication date).
RULE = "live_entry_time"


def entry_times(text: str, pieces: Sequence[tuple[int, int, int]], dct: date | None
                ) -> list[tuple[Candidate, int]]:
    """The entry times of a live page (see the module docstring) with the piece of each, in
    text order; none for any other text."""
    found: list[re.Match[str]] = []
    where: list[int] = []
    sentence = -1
    for p, (start, end, sent) in enumerate(pieces):
        if sent == sentence:  # only a sentence's first piece opens it
            continue
        sentence = sent
        m = ENTRY_TIME.match(text, start, end)
        if m is not None:
            found.append(m)
            where.append(p)
    if len(found) < MIN_ENTRIES or not _newest_first([_minutes(m) for m in found]):
        return []
    newest = dct.year + 1 if dct is not None else 2100
    if not any(m["hour"].startswith("0") or int(m["hour"] + m["minute"]) > newest
               for m in found):
        return []
    return [(Candidate(m.start("hour"), m.end("minute"), m["hour"] + m["minute"], RULE,
                       "clock", MappingProxyType({"hour": m["hour"], "minute": m["minute"],
                                                  "entry": "1"})), p)
            for m, p in zip(found, where, strict=True)]


def line_stamps(text: str, cands: list[Candidate], dct: date | None) -> list[Candidate]:
    """``cands`` with the clock times that stamp a live page's entries (see the module
    docstring) marked as entry times: fields ``entry`` set, so they fall on the publication
    date; ``cands`` itself for any other text."""
    if dct is None or text.count("\n") < 2 * MIN_ENTRIES:
        return cands
    opening = [k for k, c in enumerate(cands) if c.kind == "clock" and "entry" not in c.fields
               and _opens_line(text, c.start) and _LINE_GOES_ON.match(text, c.end) is not None]
    if len(opening) < MIN_ENTRIES:
        return cands
    times = [clock_minutes(cands[k].fields) for k in opening]
    if not _newest_first(times) and not (_oldest_first(times) and all(
            _entry_prose(text, cands[k].end) for k in opening)):
        return cands
    out = list(cands)
    for k in opening:
        c = cands[k]
        out[k] = Candidate(c.start, c.end, c.text, c.rule, c.kind,
                           MappingProxyType({**c.fields, "entry": "1"}), c.parts)
    return out


def _opens_line(text: str, start: int) -> bool:
    """Whether only blanks stand between the line's start and ``start`` (read back over the
    blanks alone, so a long line costs nothing)."""
    while start and text[start - 1] in " \t":
        start -= 1
    return not start or text[start - 1] == "\n"


#: After a line's opening clock time: the line's end, or a heading or an entry's first words.
_LINE_GOES_ON = rx.compile(r"[ \t]*(?:\n|$|[-–—:|]?[ \t]*[A-Z\"'`“‘])")


#: An entry's prose after its stamp, on the stamp's line: a programme's items are short.
ENTRY_PROSE = 60


def _entry_prose(text: str, end: int) -> bool:
    """Whether the stamp's line, or one of the next two lines (a heading may stand between),
    runs for at least ``ENTRY_PROSE`` characters before another line opens with a figure: a
    live page's entry told oldest first, not a programme's item ("14:00 Closing remarks")."""
    for n, line in enumerate(_LINES.finditer(text, end, end + 3 * ENTRY_PROSE + 200)):
        words = line.group().strip()
        if len(words) >= ENTRY_PROSE:
            return True
        if n >= 2 or (n and words[:1].isdigit()):
            return False
    return False


#: A line's text (from a stamp's end, the rest of its line), blank lines skipped.
_LINES = rx.compile(r"[^\n]+")


def _oldest_first(times: Sequence[int]) -> bool:
    """Whether clock times (minutes of the day) rise from one to the next."""
    return all(earlier < later for earlier, later in pairwise(times))


def _minutes(m: re.Match[str]) -> int:
    return int(m["hour"]) * 60 + int(m["minute"])


def _newest_first(times: Sequence[int]) -> bool:
    """Whether clock times (minutes of the day) never rise from one to the next, but for one
    step back over midnight (from a time before 02:00 to one after 22:00)."""
    wrapped = False
    for later, earlier in pairwise(times):
        if earlier <= later:
            continue
        if wrapped or not (later < 120 and earlier >= 22 * 60):
            return False
        wrapped = True
    return True


def with_entry_times(cands: list[Candidate], where: list[int],
                     stamps: Sequence[tuple[Candidate, int]]
                     ) -> tuple[list[Candidate], list[int]]:
    """``cands`` (and the piece of each, ``where``) with each entry time in place of what was
    recognised over its digits (a year), in text order."""
    if not stamps:
        return cands, where
    out: list[tuple[Candidate, int]] = []
    i = 0
    for stamp, piece in stamps:
        while i < len(cands) and cands[i].end <= stamp.start:
            out.append((cands[i], where[i]))
            i += 1
        while i < len(cands) and cands[i].start < stamp.end:
            i += 1  # recognised over the digits: the year the entry time was read as
        out.append((stamp, piece))
    out.extend(zip(cands[i:], where[i:], strict=True))
    return [c for c, _ in out], [p for _, p in out]
