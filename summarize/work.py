"""The units of work an engine runs on a worker: read a batch of files, tag a batch of articles.

Module-level functions over plain data so that they pickle for worker processes and for Dask.
Results carry no article text back (the caller has it), so little crosses the wire.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .ingest import read_file
from .ingest.discover import STDIN
from .models import Article, Mention, Problem, Sentence, TaggedArticle
from .stories import StoryIndex


@dataclass(frozen=True, slots=True)
class ReadFile:
    """One input file as read by a worker: its articles (ids unique within the file)."""

    path: str
    size: int
    mtime_ns: int
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class TagResult:
    """What tagging found in one article, without the article (the caller holds it)."""

    spans: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    dct: date | None
    dct_source: str
    dct_confidence: float
    dct_evidence: tuple[str, ...]
    dct_conflicts: tuple[str, ...]

    def attach(self, article: Article) -> TaggedArticle:
        """The TaggedArticle for ``article`` (ids re-stamped: the article's id may have been
        made unique across files after tagging)."""
        sentences = tuple(Sentence(article.id, i, start, end, article.text[start:end])
                          for i, (start, end) in enumerate(self.spans))
        mentions = self.mentions
        if mentions and mentions[0].article_id != article.id:
            mentions = tuple(replace(m, article_id=article.id) for m in mentions)
        return TaggedArticle(article, sentences, mentions, self.dct, self.dct_source,
                             self.dct_confidence, self.dct_evidence, self.dct_conflicts)

    @classmethod
    def of(cls, tagged: TaggedArticle) -> TagResult:
        return cls(tuple((s.start, s.end) for s in tagged.sentences), tagged.mentions,
                   tagged.dct, tagged.dct_source, tagged.dct_confidence, tagged.dct_evidence,
                   tagged.dct_conflicts)


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


def tag_batch(batch: Sequence[tuple[Article, tuple[date, ...]]], settings: object,
              eras: Sequence[object]) -> list[TagResult]:
    """Tag (article, story hint) pairs with ``corpus.tag_article``."""
    from .corpus import tag_article

    return [TagResult.of(tag_article(a, settings=settings, eras=eras, hint=hint))  # type: ignore[arg-type]
            for a, hint in batch]


def tag_rows(batch: Sequence[tuple[Article, tuple[date, ...]]], settings: object,
             eras: Sequence[object]) -> list[tuple]:
    """Tag a batch for the index: each result already encoded as the index stores it, so the
    workers (not the process writing the index) pay for JSON and sentence placement."""
    from .corpus import tag_article
    from .index.codec import tagged_row

    return [tagged_row(tag_article(a, settings=settings, eras=eras, hint=hint))  # type: ignore[arg-type]
            for a, hint in batch]


def read_keyed(paths: Sequence[str], max_bytes: int
               ) -> list[tuple[ReadFile, list[tuple[str, str]]]]:
    """Read a batch of files for the index, with each article's content hash and story terms."""
    from .index.codec import article_keys

    return [(f, [article_keys(a) for a in f.articles]) for f in read_files(paths, max_bytes)]


def story_hints(job: tuple[StoryIndex, list[list[str]]]) -> list[tuple[date, ...]]:
    """The story hints of a batch of undated articles, given their story terms."""
    stories, batch = job
    return [tuple(stories.hints_for(terms)) for terms in batch]
