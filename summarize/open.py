"""The one way in: open the user's paths as a Corpus, from the persistent index or afresh.

The TUI, the command line and the evaluations call ``open_corpus``; it is the only module that
knows both the fresh pipeline (``corpus``) and the index (``index``), which never import each
other's entry points.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .corpus import Corpus, load_corpus
from .ingest.discover import STDIN
from .settings import Progress, Settings


def open_corpus(paths: Sequence[str], settings: Settings = Settings(),
                progress: Progress | None = None, *,
                window: tuple[date | None, date | None] = (None, None),
                index: Path | None = None) -> Corpus:
    """Read and tag the user's paths; problems are collected, never raised.

    With ``index`` (an SQLite file), only what changed since the last run is read and tagged;
    standard input and a ``window`` (``--from``/``--to``) always load fresh.
    """
    if index is not None and STDIN not in paths and window == (None, None):
        from .index import open_index  # the index (and sqlite3) only when it is used
        from .index.stories import keep_stories

        corpus = open_index(paths, settings, progress, index=index)
        return keep_stories(corpus, corpus.store, progress) if corpus.store else corpus
    return load_corpus(paths, settings, progress, window=window)
