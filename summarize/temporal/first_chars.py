"""What the first two characters of a regex match can be, read off the parsed pattern: the
recogniser skips a position they rule out without calling the regex (most rule attempts fail
on their first characters). Only ASCII is analysed; non-ASCII text is always let through."""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_ANY = "\x00"  # stands for any one character in the prefix sets below
_K = 2
_LIMIT = 20_000
_ASCII = [chr(c) for c in range(128)]
_DIGITS = frozenset("0123456789")
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


@dataclass(frozen=True, slots=True)
class Starts:
    """Two-character starts of a pattern's matches (ASCII; any non-ASCII character passes)."""

    #: Characters a match may start with.
    first: frozenset[str]
    #: First characters that decide alone (a one-character match, or any second character).
    alone: frozenset[str]
    #: Possible first two characters.
    pairs: frozenset[str]
    #: Second characters that may follow any first one.
    second: frozenset[str]

    def allows(self, text: str, pos: int) -> bool:
        """Whether a match of the pattern may start at ``text[pos]``."""
        a = text[pos]
        if a >= "\x80":
            return True
        if a not in self.first:
            return False
        b = text[pos + 1:pos + 2]
        return b >= "\x80" or a in self.alone or a + b in self.pairs or b in self.second


class MayStart(dict):
    """A rule's verdicts on two-character starts (``text[pos:pos + 2]``): may a match start
    there? Judged as ``Starts.allows`` the first time a pair is seen, then looked up (the
    recogniser asks for every token start)."""

    __slots__ = ("starts",)

    def __init__(self, starts: Starts) -> None:
        super().__init__()
        self.starts = starts

    def __missing__(self, pair: str) -> bool:
        st, a, b = self.starts, pair[0], pair[1:]
        ok = a >= "\x80" or (a in st.first and (b >= "\x80" or a in st.alone
                                                or pair in st.pairs or b in st.second))
        self[pair] = ok
        return ok


def match_starts(rx: re.Pattern[str]) -> Starts | None:
    """The Starts of ``rx``, or None when a match may start anyhow (or the pattern is beyond
    this analysis)."""
    parsed = P.parse(rx.pattern, rx.flags)
    lang = _lang(list(parsed), parsed.state.flags)
    if lang is None or "" in lang or _ANY in {s[0] for s in lang}:
        return None
    first = frozenset(s[0] for s in lang)
    alone = frozenset(s[0] for s in lang if len(s) == 1 or s[1] == _ANY)
    pairs = frozenset(s for s in lang if len(s) == 2 and _ANY not in s)
    second = frozenset(s[1] for s in lang if len(s) == 2 and s[0] == _ANY)
    keep = lambda chars: frozenset(c for c in chars if c < "\x80")  # noqa: E731
    return Starts(keep(first), keep(alone), frozenset(p for p in pairs if p.isascii()),
                  keep(second))


def _lang(items: list, flags: int) -> set[str] | None:
    """Prefixes of the matches of a sequence of parsed items: strings shorter than two
    characters are whole matches, two-character ones may go on; None when unknown."""
    out = {""}
    for op, av in items:
        part = _item(op, av, flags)
        if part is None:
            return None
        out = _concat(out, part)
        if len(out) > _LIMIT:
            return None
        if all(len(s) == _K for s in out):
            break
    return out


def _item(op, av, flags: int) -> set[str] | None:
    if op in _ZERO_WIDTH:
        return {""}
    if op is C.LITERAL:
        return _cased({chr(av)}, flags)
    if op in (C.NOT_LITERAL, C.ANY):
        return {_ANY}
    if op is C.IN:
        chars = _in_set(av)
        return {_ANY} if chars is None else _cased(chars, flags)
    if op is C.SUBPATTERN:
        _gid, add, remove, sub = av
        return _lang(list(sub), (flags | add) & ~remove)
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            lang = _lang(list(alt), flags)
            if lang is None:
                return None
            out |= lang
        return out
    if op in _REPEATS:
        low, high, sub = av
        lang = _lang(list(sub), flags)
        if lang is None:
            return None
        out, cur = set(), {""}
        for n in range(min(high, low + _K) + 1):
            if n >= low:
                out |= cur
            cur = _concat(cur, lang)
        return out
    if op is C.GROUPREF:
        return {"", _ANY, _ANY * 2}
    return None


def _concat(left: set[str], right: set[str]) -> set[str]:
    return {a if len(a) >= _K else (a + b)[:_K] for a in left for b in right}


def _in_set(av: list) -> set[str] | None:
    chars: set[str] = set()
    for op, a in av:
        if op is C.LITERAL:
            chars.add(chr(a))
        elif op is C.RANGE:
            chars.update(chr(c) for c in range(a[0], a[1] + 1))
        elif op is C.CATEGORY and a is C.CATEGORY_DIGIT:
            chars |= _DIGITS
        else:
            return None  # negated sets, \w, \s...: anything
    return chars


def _cased(chars: set[str], flags: int) -> set[str]:
    """Under IGNORECASE, every ASCII character the regex engine matches to one of ``chars``."""
    if not flags & re.IGNORECASE:
        return chars
    out = set(chars)
    for ch in chars:
        if ch < "\x80":
            out.update((ch.lower(), ch.upper()))  # an ASCII character folds to ASCII only
            continue
        key = (ch, flags & re.ASCII)
        if key not in _FOLDS:
            pattern = re.compile(re.escape(ch), re.IGNORECASE | key[1])
            _FOLDS[key] = frozenset(a for a in _ASCII if pattern.fullmatch(a))
        out |= _FOLDS[key]
    return out


_FOLDS: dict[tuple[str, int], frozenset[str]] = {}
