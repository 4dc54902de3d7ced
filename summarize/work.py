"""The units of work an engine runs on a worker for a fresh load: read a batch of files, tag
a batch of articles.

Module-level functions over plain data so that they pickle for worker processes and for Dask.
Results carry no article text back (the caller has it), so little crosses the wire.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .ingest import read_file
from .ingest.discover import STDIN
from .models import Article, Problem
from .settings import Settings
from .tagging import TagResult, tag_article
from .temporal import Era


@dataclass(frozen=True, slots=True)
class ReadFile:
    """One input file as read by a worker: its articles (ids unique within the file)."""

    path: str
    size: int
    mtime_ns: int
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


def stat_of(path: str) -> tuple[int, int]:
    """(size, mtime in ns) of a file; (-1, -1) when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def read_files(paths: Sequence[str], max_bytes: int) -> list[ReadFile]:
    """Read a batch of files (never stdin: the caller reads that itself)."""
    out = []
    for name in paths:
        assert name != STDIN
        size, mtime = stat_of(name)
        articles, problems = read_file(Path(name), max_bytes=max_bytes)
        out.append(ReadFile(name, size, mtime, tuple(articles), tuple(problems)))
    return out



def tag_batch(batch: Sequence[tuple[Article, tuple[date, ...]]], settings: Settings,
              eras: Sequence[Era]) -> list[TagResult]:
    """Tag (article, story hint) pairs with ``tagging.tag_article``."""
    return [TagResult.of(tag_article(a, settings=settings, eras=eras, hint=hint))
            for a, hint in batch]
