"""The app's own events: workers post them, screens and widgets react to them."""

from __future__ import annotations

from datetime import date

from textual.message import Message

from summarize.corpus import Corpus
from summarize.timeline import TimelineEntry


class LoadProgress(Message):
    """The loading worker's progress: stage is "load" (files) or "tag" (articles)."""

    def __init__(self, stage: str, done: int, total: int) -> None:
        super().__init__()
        self.stage, self.done, self.total = stage, done, total


class CorpusLoaded(Message):
    """A corpus finished loading (or was updated, e.g. after the user set an article's date)."""

    def __init__(self, corpus: Corpus, seconds: float, *, reloaded: bool = False,
                 summarizers: list[str] | None = None) -> None:
        super().__init__()
        self.corpus, self.seconds, self.reloaded = corpus, seconds, reloaded
        #: The summarizer names, looked up off the UI thread (importing sumy is slow).
        self.summarizers = summarizers


class LoadFailed(Message):
    """The loading worker raised: the message is shown, the previous corpus stays."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class TimelineReady(Message):
    """The entries of the current view (granularity, filters) were computed."""

    def __init__(self, entries: list[TimelineEntry], all_entries: list[TimelineEntry],
                 generation: int) -> None:
        super().__init__()
        self.entries, self.all_entries, self.generation = entries, all_entries, generation


class EntryHighlighted(Message):
    """The cursor of the timeline moved onto an entry (None when the timeline is empty)."""

    def __init__(self, entry: TimelineEntry | None) -> None:
        super().__init__()
        self.entry = entry


class SummaryReady(Message):
    """The summary of one entry is ready as Markdown; ``key`` says for which view it is."""

    def __init__(self, key: tuple[object, ...], markdown: str) -> None:
        super().__init__()
        self.key, self.markdown = key, markdown


class OpenArticle(Message):
    """Open the article screen on ``article_id``, with the cursor on the mention at ``offset``."""

    def __init__(self, article_id: str, offset: int | None = None) -> None:
        super().__init__()
        self.article_id, self.offset = article_id, offset


class ArticleDateChosen(Message):
    """The user set (or corrected) the publication date of one article."""

    def __init__(self, article_id: str, day: date) -> None:
        super().__init__()
        self.article_id, self.day = article_id, day


class FilesChanged(Message):
    """Watch mode saw the input files change (added, removed, modified)."""
