"""Scraped pages are not clean articles: drop what the page carried besides the article.

Reader-comment threads (and the timestamp every comment carries), bylines and datelines glued
to a sentence, photo captions, share/subscribe boxes and related-story lists are cut out of an
article's text, for every input format, before anything reads it for dates. Each cut is
counted by reason ("comments", "byline", "caption", "share", "related", "timestamp"), so
``dateline articles`` can say what went. The article's own sentences are never touched: every
rule needs page furniture of a known shape (patterns in ``page_furniture.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from summarize import regex_cache as rx
from summarize.ingest import page_furniture as furniture
from summarize.ingest.outlets import outlet_from_path
from summarize.models import Article

#: Reasons in the order they are reported.
REASONS = ("comments", "byline", "caption", "share", "related", "timestamp")
#: An unmarked run of headlines has at least this many words, this many of them long.
UNMARKED_WORDS, UNMARKED_LONG = 8, 6
#: A short piece of furniture (a share box, a caption tail) is at most this many words.
SHORT_WORDS = 30
#: A stamped page header this close to the start has only the headline and a picture
#: caption above it.
PAGE_TOP = 400
#: How far (characters) a comment's signature may stand from the sentence before it and still
#: be taken for the commenter's name.
NAME_REACH = 40


def _compile(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    return rx.compile("|".join(f"(?:{p})" for p in patterns), flags)


_SIGNATURE = _compile(furniture.COMMENT_SIGNATURES)
_ACTION_LINK = rx.compile(furniture.COMMENT_ACTION_LINK)
_SAYS = rx.compile(furniture.COMMENT_SAYS)
_STAMP_HERE = rx.compile(furniture.STAMP)
_STAMP_BEFORE = rx.compile(rf"(?:{furniture.STAMP})\s?$")
_NOTICE = _compile(furniture.COMMENT_NOTICES, re.IGNORECASE | re.MULTILINE)
_BYLINE_OUTLET = rx.compile(furniture.BYLINE_OUTLET)
_BYLINE_STAMPED = rx.compile(furniture.BYLINE_STAMPED)
_DATELINE = rx.compile(furniture.DATELINE)
_SIGN_OFF = _compile(furniture.SIGN_OFFS)
_PUBLISHED = rx.compile(furniture.PUBLISHED_STAMP)
_DATED_UPDATE = rx.compile(furniture.DATED_UPDATE)
_CLOCK_HINT = rx.compile(r"\d[:.]\d\d")
_NUMBER_CHARS = "0123456789:."
_YEAR_ENDS = tuple("0123456789")
_DATE_BEFORE = rx.compile(rf"(?:{furniture.DATE})\s$")
_TIME_HERE = rx.compile(furniture.TIME)
_CREDITS = [(key, rx.compile(pattern)) for key, pattern in furniture.PHOTO_CREDITS]
#: Where a credit can start: one of the credits' keys (found in one pass over the text).
_CREDIT_HINT = rx.compile("|".join(sorted({re.escape(k) for keys, _ in furniture.PHOTO_CREDITS
                                           for k in keys}, key=lambda w: (-len(w), w))))
_SHARE = _compile(furniture.SHARE_BOXES)
_RELATED = _compile(furniture.RELATED_MARKERS)
#: Where one sentence-like segment ends: sentence punctuation (and closing quotes), then space.
_SENTENCE_END = rx.compile(r"[.!?](?:[\"'”’)]|''|\s-RRB-)*\s+(?=[\"'“‘`(A-Z0-9-])")
_WORD = rx.compile(r"[^\W\d_][\w'’.-]*")
_PLACE_WORD = rx.compile(r"\s*(,\s?)?([A-Z][\w'’.-]*)\s?")
#: A stamp preceded by one of these words belongs to a sentence ("on May 3, 2024 10:00").
_STAMP_TAKERS = frozenset({"on", "at", "of", "from", "until", "by", "since", "before", "after"})
#: Cheap tests (substrings) that tell whether a family of patterns can match at all.
_KEYS = {
    # lower case, each part of some notice; the line-alone ones end their line
    "notice": ("welcome comments", "views expressed in", "closed", "section below",
               "comment polic", "commenting polic", "comment guideline", "sort by",
               "comment\n", "comments\n", "comments (", "comment .\n", "comment:\n"),
    "share": ("Share", "Sign up", "Subscribe", "Register", "Follow", "mail", "Print",
              "Bookmark", "lick here", "stay up to date", "latest updates", "popular topics"),
    "related": ("Related", "More on this", "See also", "Most ", "Top stories", "also like",
                "Read more"),
    "sign-off": ("eporting by", "riting by", "diting by", "ompiled by"),
    "published": ("pdated", "ublished", "osted"),
}

Cut = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Cleaned:
    """An article text without its page furniture, and what was cut (reason, lines)."""

    text: str
    removed: tuple[tuple[str, int], ...] = ()


def clean_scraped(text: str) -> Cleaned:
    """``text`` with reader comments, bylines, captions, share boxes and related-story lists
    cut out (whitespace mended at each cut); unchanged when none is found."""
    segments = list(_segments(text))
    if not segments:
        return Cleaned(text)
    lower = text.lower()
    cuts: list[Cut] = []
    thread = _thread_start(text, lower, segments)
    if thread is not None:
        cuts.append((thread, len(text), "comments"))
    end = len(text) if thread is None else thread
    body = [(s, min(e, end)) for s, e in segments if s < end]
    cuts += _bylines(text, body)
    cuts += ((m.start(), m.end(), "byline")
             for m in _near(_SIGN_OFF, text, text, _KEYS["sign-off"], end, back=30))
    cuts += _timestamps(text, end)
    cuts += _captions(text, body, cuts)
    cuts += _boxes(text, lower, body, cuts)
    if not cuts:
        return Cleaned(text)
    cuts = _outermost(cuts)
    counts: Counter[str] = Counter()
    for start, _, reason in cuts:
        counts[reason] += (len(segments) - _segment_of(segments, start)
                           if reason == "comments" else 1)
    return Cleaned(_apply(text, cuts), tuple((r, counts[r]) for r in REASONS if counts[r]))


def _has(text: str, family: str) -> bool:
    return any(key in text for key in _KEYS[family])


def _near(pattern: re.Pattern[str], text: str, haystack: str, keys: Iterable[str], limit: int,
          back: int = 40, ahead: int = 200) -> list[re.Match[str]]:
    """Matches of ``pattern`` in ``text[:limit]``, looked for only around the places where a
    key occurs in ``haystack`` (``text`` or its lower case): regex alternations are slow to
    run over a whole page, substring search is not."""
    found: dict[int, re.Match[str]] = {}
    for key in keys:
        at = haystack.find(key, 0, limit)
        while at >= 0:
            m = pattern.search(text, max(0, at - back), min(limit, at + ahead))
            if m is not None:
                found.setdefault(m.start(), m)
            at = haystack.find(key, at + 1, limit)
    return [found[k] for k in sorted(found)]


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Sentence-like spans (start, end) of ``text``: lines, cut after sentence punctuation."""
    ends = [(m.start() + 1, m.end()) for m in _SENTENCE_END.finditer(text)]
    at = text.find("\n")
    while at >= 0:
        ends.append((at, at + 1))
        at = text.find("\n", at + 1)
    ends.sort()
    start = 0
    for stop, after in ends:
        if stop < start:
            continue  # a line break inside the space after a sentence
        if text[start:stop].strip():
            yield start, stop
        start = after
    if text[start:].strip():
        yield start, len(text)


def _segment_of(segments: list[tuple[int, int]], at: int) -> int:
    """The index of the segment holding offset ``at`` (the next one when ``at`` is between)."""
    i = bisect_right([end for _, end in segments], at)
    return min(i, len(segments) - 1)


def _first_signature(text: str) -> int | None:
    """Where the first reader comment's signature begins: "Posted by : jdoe | May 3 , 2024
    2:20 PM", a stamp before "| Reply" / "| Report abuse", "jdoe says : <stamp>"."""
    found = [m.start() for m in _near(_SIGNATURE, text, text, ("Posted by", "Report abuse"),
                                      len(text), back=5, ahead=160)[:1]]
    for link in _ACTION_LINK.finditer(text) if "|" in text else ():
        stamp = _STAMP_BEFORE.search(text, max(0, link.start() - 60), link.start())
        if stamp:
            found.append(stamp.start())
            break
    for says in _near(_SAYS, text, text, ("says :", "says:"), len(text), back=2, ahead=10):
        if _STAMP_HERE.match(text, says.end()):
            found.append(says.start())
            break
    return min(found) if found else None


def _thread_start(text: str, lower: str, segments: list[tuple[int, int]]) -> int | None:
    """Where a reader-comment thread begins: the segment of its first notice ("Comments are
    closed", "We welcome comments ...") or its first comment's signature, whichever is first.
    A notice in the first third opens a thread only when a signature follows it."""
    signature = _first_signature(text) if "|" in text or "says" in text or "Report abuse" \
        in text else None
    starts = []
    if signature is not None:
        head = segments[_segment_of(segments, signature)][0]
        # "... end of article. Jane Doe May 3, 2024 at 2:20 pm | Reply": the name goes too.
        starts.append(head if 0 <= signature - head <= NAME_REACH else signature)
    for notice in _notices(text, lower):
        if notice >= len(text) / 3 or (signature or -1) > notice:
            starts.append(segments[_segment_of(segments, notice)][0])
            break
    return min(starts) if starts else None


def _notices(text: str, lower: str) -> Iterator[int]:
    """Where comment notices begin, in order (looked for only around their key words)."""
    places = []
    for key in _KEYS["notice"]:
        at = lower.find(key)
        while at >= 0:
            places.append(at)
            at = lower.find(key, at + 1)
    done = 0
    for at in sorted(places):
        if at < done:
            continue
        found = _NOTICE.search(text, max(done, at - 60), at + 80)
        if found:
            yield found.start()
            done = found.end()


def _bylines(text: str, body: list[tuple[int, int]]) -> Iterator[Cut]:
    """Bylines and datelines glued to the sentence they open: "Jane Doe , Example News , Kelvan
    The ...", "Jane Doe | 18:00 , 4 May 2024 The ...", "KELVAN -LRB- Example Wire -RRB- - The"."""
    for start, end in body:
        head = text[start:min(end, start + 200)]
        stamped = (_BYLINE_STAMPED.match(head) if "|" in head else None) or (
            _DATELINE.match(head) if "(" in head or "-LRB-" in head else None)
        if stamped:
            stop = stamped.end()
            wire = _DATELINE.match(head, stop + (head[stop:stop + 1] == " "))
            stop = wire.end() if wire else stop
            if _glued(head, stop):
                yield start, start + stop, "byline"
                if 0 < start <= PAGE_TOP and "\n" not in text[:start]:
                    # above a stamped page header: the page's headline and picture caption
                    yield 0, start, "caption"
            continue
        outlet = _BYLINE_OUTLET.match(head) if "News" in head else None
        if outlet and outlet.group(0).split()[0].lower() not in furniture.SENTENCE_OPENERS:
            stop = _place_end(head, outlet.end())
            if stop > outlet.end() and _glued(head, stop):
                yield start, start + stop, "byline"


def _glued(head: str, at: int) -> bool:
    """Does a sentence go on after ``at`` on the same line? (A byline on a line of its own is
    the article's header, read as metadata: it stays.)"""
    return bool(head[at:].split("\n", 1)[0].strip())


def _place_end(piece: str, at: int) -> int:
    """Where the place after a byline ends ("Kelvan", "Port Valmora", "Venice , Louisiana"):
    a capitalised word that does not open a sentence; a second one only when a capital
    follows it too (in "Kelvan Dockers walked out" the place is "Kelvan"); then ", Region"
    the same way. ``at`` when there is none."""
    end = at
    for region in (False, True):
        first = _PLACE_WORD.match(piece, end)
        if first is None or bool(first.group(1)) != region or _opens(first.group(2)):
            break
        end = first.end()
        second = _PLACE_WORD.match(piece, end)
        if second and not second.group(1) and not _opens(second.group(2)):
            after = piece[second.end():second.end() + 1]
            if after[:1].isupper() or after.isdigit() or after == ",":
                end = second.end()
    return end


def _opens(word: str) -> bool:
    return word.lower() in furniture.SENTENCE_OPENERS


def _timestamps(text: str, end: int) -> Iterator[Cut]:
    """Publication stamps ("Last updated : 4 May 2024", "Saturday 4 May 2024 08.47 BST"),
    unless a preposition makes the stamp part of a sentence."""
    found = _near(_PUBLISHED, text, text, _KEYS["published"], end, back=20, ahead=120)
    for hint in _CLOCK_HINT.finditer(text, 0, end):
        clock = hint.start() - (hint.start() > 0 and text[hint.start() - 1].isdigit())
        before, after = text[clock - 1:clock] if clock else "", text[hint.end():hint.end() + 1]
        if (before and before in _NUMBER_CHARS) or (after and after in _NUMBER_CHARS):
            continue  # part of a longer number, a version or a score
        if not text[max(0, clock - 12):clock].rstrip(" ,;").endswith(_YEAR_ENDS):
            continue  # a stamp's date ends with its year right before the time
        date = _DATE_BEFORE.search(text, max(0, clock - 40), clock)
        time = _TIME_HERE.match(text, clock)
        if date and time:
            before = text[max(0, date.start() - 12):date.start()].split()
            if not (before and before[-1].lower() in _STAMP_TAKERS):
                yield date.start(), time.end(), "timestamp"
    for m in found:
        yield m.start(), m.end(), "timestamp"
    for m in _near(_DATED_UPDATE, text, text, ("pdated",), end, back=60, ahead=40):
        before = text[max(0, m.start() - 12):m.start()].split()
        if not (before and before[-1].lower() in _STAMP_TAKERS):
            yield m.start(), m.end(), "timestamp"


def _outermost(cuts: list[Cut]) -> list[Cut]:
    """The cuts with overlapping ones made one (a stamp inside a byline is the byline's)."""
    ordered = sorted(cuts, key=lambda c: (c[0], -c[1]))
    kept: list[Cut] = []
    for cut in ordered:
        if kept and cut[0] < kept[-1][1]:  # overlapping: one piece of furniture
            if cut[1] > kept[-1][1]:
                kept[-1] = (kept[-1][0], cut[1], kept[-1][2])
        else:
            kept.append(cut)
    return kept


def _captions(text: str, body: list[tuple[int, int]], cuts: list[Cut]) -> Iterator[Cut]:
    """A picture credit and the caption it closes: the rest of its segment before it or, when
    the credit opens a segment, the segment before (on the same line, after any stamp or
    byline already cut from it)."""
    limit = body[-1][1] if body else 0
    found: dict[int, re.Match[str]] = {}
    for hint in _CREDIT_HINT.finditer(text, 0, limit):  # one pass; patterns only near hints
        for keys, pattern in _CREDITS:
            if any(text.startswith(k, hint.start(), hint.start() + 40) for k in keys):
                m = pattern.search(text, max(0, hint.start() - 12), min(limit, hint.end() + 120))
                if m is not None:
                    found.setdefault(m.start(), m)
    for m in (found[k] for k in sorted(found)):
        i = _segment_of(body, m.start())
        start, end = body[i]
        if m.group(0).startswith("Image caption"):
            yield m.start(), end, "caption"
        elif text[start:m.start()].strip():
            yield start, m.end(), "caption"
        elif i > 0 and "\n" not in text[body[i - 1][1]:start]:
            before, stop = body[i - 1]
            after = max((e for s, e, _ in cuts if before <= s < stop and e <= start), default=0)
            yield max(before, after), m.end(), "caption"
        else:
            yield m.start(), m.end(), "caption"


def _boxes(text: str, lower: str, body: list[tuple[int, int]], cuts: list[Cut]
           ) -> Iterator[Cut]:
    """Share/subscribe boxes (to the end of their segment when that is short) and related-story
    lists: a heading and its headlines, or a run of Title Case headlines with no full stop."""
    limit = body[-1][1] if body else 0
    tails: dict[int, Cut] = {}
    if _has(text, "share"):
        for m in _near(_SHARE, text, text, _KEYS["share"], limit, back=20, ahead=120):
            i = _segment_of(body, m.start())
            end = body[i][1]
            stop = end if _words(text[m.start():end]) <= SHORT_WORDS else m.end()
            tails.setdefault(i, (m.start(), stop, "share"))
    if _has(text, "related"):
        for m in _near(_RELATED, text, text, _KEYS["related"], limit, back=5, ahead=60):
            i = _segment_of(body, m.start())
            rest = text[m.end():body[i][1]]
            if (i not in tails or m.start() < tails[i][0]) and (
                    _words(rest) < 3 or _headlines(rest)):
                tails[i] = (m.start(), body[i][1], "related")
    yield from tails.values()
    # unmarked headline lists: beside a share box or related list, or at the end of the page
    near = {i for n in tails for i in (n - 1, n, n + 1)} | {len(body) - 2, len(body) - 1}
    for n in sorted(i for i in near if 0 < i < len(body)):  # 0: the page's own headline
        start, end = body[n]
        head_end = tails[n][0] if n in tails else end
        # with no heading to say so, a list must be longer than a sign-off ("Jane Doe
        # President The Harbour Fund Kelvan")
        if text[start:head_end].rstrip("\"'”’) \n")[-1:] not in ".!?:;" and _headlines(
                _uncut(text, start, head_end, cuts), UNMARKED_WORDS, UNMARKED_LONG):
            yield start, head_end, "related"


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _uncut(text: str, start: int, end: int, cuts: list[Cut]) -> str:
    """The text of [start, end) that no cut covers."""
    pieces = []
    at = start
    for s, e, _ in sorted(c for c in cuts if c[0] < end and c[1] > start):
        if s > at:
            pieces.append(text[at:s])
        at = max(at, e)
    if at < end:
        pieces.append(text[at:end])
    return " ".join(pieces)


def _headlines(piece: str, words_at_least: int = 5, long_at_least: int = 4) -> bool:
    """Is this a run of Title Case headlines (no sentence end, every long word capitalised,
    at least so many words and long words)?"""
    piece = piece.strip()
    if not piece or piece.rstrip("\"'”’) ")[-1:] in ".!?:;":
        return False
    words = _WORD.findall(piece)
    long = [w for w in words if len(w) >= 4 and w.lower() not in furniture.HEADLINE_SMALL_WORDS]
    return (len(words) >= words_at_least and len(long) >= long_at_least
            and all(w[0].isupper() for w in long))


def _apply(text: str, cuts: list[tuple[int, int, str]]) -> str:
    """``text`` without the cut spans; a cut inside a line leaves one space, a line left
    empty goes, and runs of blank lines close up."""
    spans = sorted((s, e) for s, e, _ in cuts)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[str] = []
    at = 0
    for s, e in merged:
        left = text[at:s]
        out.append(left.rstrip(" \t") if left.endswith((" ", "\t")) else left)
        at = e
        while at < len(text) and text[at] in " \t":
            at += 1
        if out[-1] and not out[-1].endswith("\n") and at < len(text) and text[at] != "\n":
            out.append(" ")
    out.append(text[at:])
    lines = "".join(out).split("\n")
    kept = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", kept).strip()


def clean_article(article: Article) -> Article:
    """The article with its page furniture cut out and counted in ``removed``; unchanged when
    there is none, or when nothing of the text would be left."""
    cleaned = clean_scraped(article.text)
    if not cleaned.removed or not cleaned.text.strip():
        return article
    return replace(article, text=cleaned.text, removed=cleaned.removed)


def clean_articles(articles: Iterable[Article], path: str) -> list[Article]:
    """Every article of one file cleaned (``clean_article``), and given the outlet its path
    names (``outlet_from_path``) when its record had no source."""
    outlet = outlet_from_path(path)
    out = []
    for article in articles:
        article = clean_article(article)
        if outlet and not article.source:
            article = replace(article, source=outlet)
        out.append(article)
    return out
