"""The cache of default indexes (one per set of input paths, in the user cache folder): list
them, prune those whose inputs are gone, and keep the folder under a size cap by removing the
least recently used. Only a file whose header says it is a dateline index is ever removed,
and never one that a dateline process has open."""

from __future__ import annotations

import json
import os
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir

from .store import APPLICATION_ID, IndexProblem, open_store, read_header, remove_unless_in_use

#: The cache's size cap in MB, read from this environment variable (default below).
LIMIT_VARIABLE = "DATELINE_CACHE_MB"
DEFAULT_LIMIT_MB = 4096


@dataclass(frozen=True, slots=True)
class CachedIndex:
    """One file of the cache folder that dateline made."""

    path: Path
    #: With its WAL files.
    bytes: int
    #: When it was last opened or written (seconds since the epoch).
    used: float
    #: "index", or "damaged" for one moved aside as ``NAME.corrupt-TIMESTAMP``.
    kind: str


def cache_folder() -> Path:
    """Where the default indexes live."""
    return Path(user_cache_dir("dateline")) / "index"


def cache_limit() -> int:
    """The cap in bytes: ``$DATELINE_CACHE_MB`` megabytes, or 4096 MB (0 turns it off)."""
    try:
        limit = float(os.environ.get(LIMIT_VARIABLE, DEFAULT_LIMIT_MB))
    except ValueError:
        limit = DEFAULT_LIMIT_MB
    return int(limit * 1024 * 1024) if limit == limit and limit > 0 else 0


def cached_indexes(folder: Path | None = None) -> list[CachedIndex]:
    """The dateline indexes in the cache folder, least recently used first."""
    folder = folder or cache_folder()
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    found = []
    for name in names:
        path = folder / name
        kind = "index" if name.endswith(".sqlite") else (
            "damaged" if ".sqlite.corrupt-" in name and not name.endswith(("-wal", "-shm"))
            else "")
        if not kind or not path.is_file() or path.is_symlink() or not _stamped(path):
            continue
        files = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
        stats = [p.stat() for p in files]
        found.append(CachedIndex(path, sum(s.st_size for s in stats),
                                 max(s.st_mtime for s in stats), kind))
    return sorted(found, key=lambda c: (c.used, c.path.name))


def _stamped(path: Path) -> bool:
    """Does the file's header say it is a dateline index?"""
    try:
        header = read_header(path)
    except IndexProblem:
        return False
    return header is not None and header[0] == APPLICATION_ID


def indexed_paths(path: Path) -> list[str] | None:
    """The input paths an index was built from (None when it does not say)."""
    try:
        store = open_store(path, readonly=True)
    except IndexProblem:
        return None
    try:
        value = store.meta("paths")
    finally:
        store.close()
    return json.loads(value) if value else None


def mark_used(path: Path) -> None:
    """Note that the index at ``path`` was just used, for least-recently-used eviction."""
    with suppress(OSError):
        os.utime(path)


def trim_cache(limit: int | None = None, *, keep: Path | None = None,
               folder: Path | None = None) -> list[CachedIndex]:
    """Remove least recently used indexes until the cache fits ``limit`` bytes (the cap by
    default); ``keep`` (the index just used) and indexes in use stay. Returns those removed."""
    limit = cache_limit() if limit is None else limit
    if not limit:
        return []
    entries = cached_indexes(folder)
    # The index in use counts by its file alone: its WAL is transient while it is open.
    total = sum(c.bytes for c in entries if c.path != keep)
    if keep is not None and keep.exists():
        total += keep.stat().st_size
    removed = []
    for entry in entries:  # least recently used first
        if total <= limit:
            break
        if keep is not None and entry.path == keep:
            continue
        if remove_unless_in_use(entry.path):
            removed.append(entry)
            total -= entry.bytes
    return removed


def prune_cache(limit: int | None = None, *, folder: Path | None = None
                ) -> list[CachedIndex]:
    """Remove damaged indexes kept aside, indexes whose input paths are all gone, then the
    least recently used ones above the cap. Returns those removed."""
    removed = []
    for entry in cached_indexes(folder):
        paths = indexed_paths(entry.path) if entry.kind == "index" else []
        gone = paths is not None and not any(os.path.exists(p) for p in paths)
        if gone and remove_unless_in_use(entry.path):
            removed.append(entry)
    return removed + trim_cache(limit, folder=folder)


def age(seconds: float, now: float | None = None) -> str:
    """ "3 minutes ago", "2 days ago": how long since ``seconds``."""
    past = max(0.0, (time.time() if now is None else now) - seconds)
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if past >= size:
            n = int(past // size)
            return f"{n} {unit}{'s' * (n != 1)} ago"
    return "just now"
