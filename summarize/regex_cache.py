"""Compiled regular expressions kept between runs, so start-up does not parse them again.

dateline compiles about 400 patterns, some of them thousands of characters long; parsing them
was half the CPU time of ``dateline tag`` on a one-line file. ``compile`` returns the very
``re.Pattern`` that ``re.compile`` returns, and keeps what CPython's regular-expression compiler
made of each pattern (its code words, groups and group names) in one file per interpreter under
the user cache folder, the way Python keeps bytecode in ``__pycache__``. Later runs rebuild
their patterns from that file through ``_sre.compile`` without parsing.

The file is only a cache. When it is missing, unreadable, corrupt or written by another Python,
patterns are compiled as usual; an entry is stored only when the pattern rebuilt from it equals
(``==`` compares flags, text and code) the one ``re.compile`` made; the file carries a digest
of its contents, so a torn or altered file is ignored whole, and ``_sre`` validates code words
again when it rebuilds one. It is for the patterns written in dateline's code; a pattern
built from the user's data (a learned era's phrase, a file name) goes to ``re.compile``, so the
file holds only what every run asks for. ``$DATELINE_PATTERN_CACHE`` names another folder, or
``off``.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
from contextlib import suppress
from pathlib import Path
from typing import Any

try:  # CPython's regular-expression internals; other interpreters just compile.
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None
if _sre is not None and array.array("I").itemsize != _sre.CODESIZE:  # pragma: no cover
    _sre = None  # code words would not fit the file's layout

#: Names a folder for the cache file, or turns the cache off with "off" / "0".
FOLDER_VARIABLE = "DATELINE_PATTERN_CACHE"
#: Above this many entries a file is rewritten with only the patterns its run asked for, so
#: patterns from older versions do not pile up.
MAX_ENTRIES = 1500
_OFF = {"off", "0", "no", "false"}
_HEADER = b"dateline-patterns 2\n"
#: Bytes of the BLAKE2b digest of the rest of the file, right after the header.
_DIGEST = 32


def _default_folder() -> Path | None:
    """The cache folder from the environment, else the user cache folder; None when off."""
    chosen = os.environ.get(FOLDER_VARIABLE, "").strip()
    if chosen.lower() in _OFF:
        return None
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dateline")) / "patterns"


def _file_name() -> str:
    """One file per interpreter and regular-expression engine version."""
    version = "-".join(str(part) for part in sys.version_info[:3])
    return f"{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.bin"


# One entry: (final flags, groups, group index, index group, code words).
_Entry = tuple[int, int, dict[str, int], tuple[str | None, ...], list[int]]


class PatternCache:
    """Patterns by (text, flags), filled from and saved to one file in ``folder``."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder if _sre is not None else None
        self.path = self.folder / _file_name() if self.folder is not None else None
        self._entries: dict[tuple[str, int], _Entry] | None = None
        self._asked: set[tuple[str, int]] = set()
        self._new = False
        self._lock = threading.Lock()

    def compile(self, pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, rebuilt from the cache when the file holds it."""
        flags = int(flags)
        if self.path is None:
            return re.compile(pattern, flags)
        key = (pattern, flags)
        entries = self._load()
        entry = entries.get(key)
        self._asked.add(key)
        if entry is not None:
            final_flags, groups, groupindex, indexgroup, code = entry
            try:
                return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
            except Exception:  # a damaged entry: compile it afresh and store that instead
                entries.pop(key, None)
        compiled = re.compile(pattern, flags)
        entry = _entry_for(pattern, flags, compiled)
        if entry is not None:
            with self._lock:
                entries[key] = entry
                if not self._new:
                    self._new = True
                    atexit.register(self.save)
        return compiled

    def _load(self) -> dict[tuple[str, int], _Entry]:
        if self._entries is None:
            with self._lock:
                if self._entries is None:
                    self._entries = _read(self.path) if self.path is not None else {}
        return self._entries

    def save(self) -> None:
        """Write the file if this run compiled something new; a cache never raises."""
        if not self._new or self.path is None or self._entries is None:
            return
        with self._lock:
            entries = dict(self._entries)
            self._new = False
        if len(entries) > MAX_ENTRIES:
            entries = {key: entry for key, entry in entries.items() if key in self._asked}
        with suppress(OSError, ValueError, OverflowError):
            _write(self.path, entries)


def _entry_for(pattern: str, flags: int, compiled: re.Pattern[str]) -> _Entry | None:
    """What CPython's compiler makes of ``pattern``, if it rebuilds to ``compiled`` exactly."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (flags | parsed.state.flags, parsed.state.groups - 1, groupindex,
                 tuple(indexgroup), list(code))
        rebuilt = _sre.compile(pattern, entry[0], entry[4], entry[1], entry[2], entry[3])
    except Exception:  # internals differ from what this module knows: do not cache
        return None
    if rebuilt != compiled or rebuilt.groupindex != compiled.groupindex:
        return None
    return entry


def _read(path: Path) -> dict[tuple[str, int], _Entry]:
    """The file's entries; an empty cache when it is missing or not what ``_write`` wrote."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    try:
        if not raw.startswith(_HEADER):
            return {}
        rest = len(_HEADER) + _DIGEST
        if hashlib.blake2b(raw[rest:], digest_size=_DIGEST).digest() != raw[len(_HEADER):rest]:
            return {}  # a torn or altered file: never rebuild patterns from it
        start = rest + 8
        size = int.from_bytes(raw[rest:start], "little")
        meta = json.loads(raw[start:start + size])
        words = array.array("I")
        words.frombytes(raw[start + size:])
        entries: dict[tuple[str, int], _Entry] = {}
        for pattern, flags, final_flags, groups, groupindex, indexgroup, offset, length in meta:
            entries[(pattern, flags)] = (final_flags, groups, groupindex, tuple(indexgroup),
                                         words[offset:offset + length].tolist())
        return entries
    except Exception:  # corrupt or from an older layout: start afresh
        return {}


def _write(path: Path, entries: dict[tuple[str, int], _Entry]) -> None:
    """Write ``entries`` whole through a temporary file, so a reader never sees half a file."""
    meta: list[list[Any]] = []
    words = array.array("I")
    for (pattern, flags), (final_flags, groups, groupindex, indexgroup, code) in entries.items():
        meta.append([pattern, flags, final_flags, groups, groupindex, list(indexgroup),
                     len(words), len(code)])
        words.extend(code)
    body = json.dumps(meta).encode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
    try:
        with os.fdopen(handle, "wb") as out:
            rest = len(body).to_bytes(8, "little") + body + words.tobytes()
            out.write(_HEADER + hashlib.blake2b(rest, digest_size=_DIGEST).digest() + rest)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_CACHE = PatternCache(_default_folder())


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile``, through the cache shared by every module of dateline."""
    return _CACHE.compile(pattern, flags)
