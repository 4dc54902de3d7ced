"""The units of work an engine runs on a worker for the index: read files with their content
keys, tag articles into the rows the index stores, work out undated articles' story hints.

Module-level functions over plain data so that they pickle for worker processes and for Dask;
the workers (not the process writing the index) pay for JSON and sentence placement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .. import work
from ..models import Article
from ..settings import Settings
from ..stories import StoryIndex
from ..tagging import tag_article
from ..temporal import Era
from .codec import article_keys, tagged_row


def tag_rows(batch: Sequence[tuple[Article, tuple[date, ...]]], settings: Settings,
             eras: Sequence[Era]) -> list[tuple]:
    """Tag a batch for the index: each result already encoded as the index stores it."""
    return [tagged_row(tag_article(a, settings=settings, eras=eras, hint=hint))
            for a, hint in batch]


def read_keyed(paths: Sequence[str], max_bytes: int
               ) -> list[tuple[work.ReadFile, list[tuple[str, str]]]]:
    """Read a batch of files for the index, with each article's content hash and story terms."""
    return [(f, [article_keys(a) for a in f.articles])
            for f in work.read_files(paths, max_bytes)]


def story_hints(job: tuple[StoryIndex, list[list[str]]]) -> list[tuple[date, ...]]:
    """The story hints of a batch of undated articles, given their story terms."""
    stories, batch = job
    return [tuple(stories.hints_for(terms)) for terms in batch]

