"""dateline's terminal app: a keyboard-first view over the engine's timeline."""

from __future__ import annotations

import glob
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from datetime import date
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import get_current_worker

from summarize.corpus import Corpus
from summarize.models import Problem
from summarize.open import open_corpus
from summarize.safe_text import shown_path, shown_text
from summarize.settings import Progress, Settings

from .messages import (
    ArticleDateChosen,
    CorpusLoaded,
    FilesChanged,
    LoadFailed,
    LoadProgress,
    OpenArticle,
)
from .screens.article_screen import ArticleScreen
from .screens.help_screen import HelpScreen
from .screens.main_screen import MainScreen, summarizer_names
from .screens.prompt_dialog import PromptDialog
from .screens.source_dialog import SourceDialog
from .screens.story_dialog import StoryDialog
from .widgets.evidence_list import EvidenceList
from .widgets.mention_list import MentionList
from .widgets.timeline_list import TimelineList

#: load(paths, settings, progress) -> Corpus; tests and benchmarks may pass their own.
Loader = Callable[[Sequence[str], Settings, Progress | None], Corpus]
WATCH_SECONDS = 2.0
#: Progress messages are posted at most this often (plus the last one of each stage).
PROGRESS_EVERY = 0.05
MAX_PROBLEMS_SHOWN = 5


def input_signature(paths: Sequence[str]) -> frozenset[tuple[str, int, int]]:
    """(path, mtime, size) of every input file, to see additions and edits in watch mode."""
    seen: set[tuple[str, int, int]] = set()
    for raw in paths:
        if raw == "-":
            continue
        for path in glob.glob(raw, recursive=True) or [raw]:
            if os.path.isdir(path):
                for root, dirs, files in os.walk(path):
                    dirs[:] = [d for d in dirs if not d.startswith(".")]
                    for name in files:
                        if not name.startswith("."):
                            seen.add(_stat(os.path.join(root, name)))
            elif os.path.exists(path):
                seen.add(_stat(path))
    return frozenset(seen)


def _stat(path: str) -> tuple[str, int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (path, -1, -1)
    return (path, st.st_mtime_ns, st.st_size)


def corpus_stats(corpus: Corpus, dates: int | None = None) -> str:
    """The title bar's line: articles, sources, dates and span."""
    articles = len(corpus.tagged)
    sources = len(corpus.source_names())
    parts = [f"{articles} article{'s' * (articles != 1)}",
             f"{sources} source{'s' * (sources != 1)}" if sources else "no named source"]
    if dates is not None:
        parts.append(f"{dates} date{'s' * (dates != 1)}")
    span = corpus.published_span()
    if span:
        parts.append(f"published {span[0]:%d %b %Y}" +
                     (f" – {span[1]:%d %b %Y}" if span[1] != span[0] else ""))
    skipped = skipped_summary(corpus.problems)
    if skipped:
        parts.append(f"{skipped} skipped")
    return " · ".join(parts)


#: How ingestion names a part of a file it skipped ("line 3: ...", "record 2: ...").
_PART = re.compile(r"(line|record|entry) \d+: ")
_MORE_LINES = re.compile(r"(\d+) more invalid JSON lines skipped")


def skipped_summary(problems: Iterable[Problem]) -> str:
    """What the errors among ``problems`` skipped, by kind: "1 file, 2 records and 3 lines"
    (a feed entry counts as a record); "" when nothing was skipped."""
    counts: Counter[str] = Counter()
    for problem in problems:
        if problem.severity != "error":
            continue
        if more := _MORE_LINES.match(problem.message):
            counts["line"] += int(more.group(1))
        elif part := _PART.match(problem.message):
            counts["line" if part.group(1) == "line" else "record"] += 1
        else:
            counts["file"] += 1
    parts = [f"{n} {kind}{'s' * (n != 1)}" for kind in ("file", "record", "line")
             if (n := counts[kind])]
    return " and ".join(filter(None, [", ".join(parts[:-1]), *parts[-1:]]))


def shown_paths(paths: Iterable[str]) -> str:
    """The paths being loaded, escaped, for a message about all of them."""
    return ", ".join(shown_path(p) for p in paths)


class LoadError(Exception):
    """A load that failed for a reason the user can act on (shown as is)."""


class DatelineApp(App[None]):
    """Load the user's paths in a worker, then show the timeline; every error is a message."""

    CSS_PATH = "app.tcss"
    TITLE = "dateline"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "reload", "Reload", tooltip="Read the input files again"),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="List every key"),
        Binding("q", "quit", "Quit", tooltip="Leave dateline"),
    ]

    def __init__(self, paths: Sequence[str], settings: Settings | None = None, *,
                 watch: bool = False, loader: Loader | None = None,
                 index: Path | None = None, stories: Sequence[str] = ()) -> None:
        super().__init__()
        self.paths = list(paths)
        #: --story: the storyline to show first (an id or a label prefix).
        self.stories = list(stories)
        self.settings = settings or Settings()
        self.watch_files = watch
        self.index = index
        self.loader: Loader = loader or self._load_corpus
        self.corpus: Corpus | None = None
        self.loading = False
        self._signature: frozenset[tuple[str, int, int]] | None = None
        self.main: MainScreen

    async def on_mount(self) -> None:
        self.main = MainScreen()
        self.main.wanted_stories = list(self.stories)
        await self.push_screen(self.main)
        self.sub_title = "loading…"
        self.start_loading()
        if self.watch_files:
            self.set_interval(WATCH_SECONDS, self._poll_files)

    # --- loading --------------------------------------------------------------------------

    def start_loading(self, *, reloaded: bool = False) -> None:
        self.loading = True
        self.main.query_one("#loading").start()
        self._load(reloaded)

    def _load_corpus(self, paths: Sequence[str], settings: Settings,
                     progress: Progress | None) -> Corpus:
        """The engine's loader, through the index when there is one; an index that cannot be
        used (locked, foreign) is reported and the corpus loaded without it."""
        from summarize.engines import EngineError
        from summarize.index import IndexProblem

        try:
            if self.index is not None:
                try:
                    return open_corpus(paths, settings, progress, index=self.index)
                except IndexProblem as err:
                    self.call_from_thread(self.notify,
                                          f"{shown_text(str(err))} — loading without the index",
                                          severity="warning", timeout=10, markup=False)
            return open_corpus(paths, settings, progress)
        except EngineError as err:  # e.g. a Dask scheduler that does not answer
            raise LoadError(str(err)) from None

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self, reloaded: bool) -> None:
        worker = get_current_worker()
        last = [0.0, ""]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.monotonic()
            if stage != last[1] or done >= total or now - float(last[0]) >= PROGRESS_EVERY:
                last[0], last[1] = now, stage
                self.post_message(LoadProgress(stage, done, total))

        started = time.perf_counter()
        try:
            if self.watch_files:
                self._signature = input_signature(self.paths)
            corpus = self.loader(self.paths, self.settings, progress)
        except LoadError as err:
            if not worker.is_cancelled:
                self.post_message(LoadFailed(shown_text(str(err))))
            return
        except Exception as err:  # a bug or a bad input must be a message, not a crash screen
            if not worker.is_cancelled:
                self.post_message(LoadFailed(f"{shown_paths(self.paths)}: "
                                             f"{err.__class__.__name__}: {shown_text(str(err))}"))
            return
        if not worker.is_cancelled:  # show the timeline before sumy is imported (seconds)
            self.post_message(CorpusLoaded(corpus, time.perf_counter() - started,
                                           reloaded=reloaded, summarizers=None))
            names = summarizer_names()
            if not worker.is_cancelled:
                with suppress(RuntimeError):  # the app closed meanwhile
                    self.call_from_thread(self.main.set_summarizers, names)

    def on_load_progress(self, event: LoadProgress) -> None:
        self.main.query_one("#loading").update_progress(event.stage, event.done, event.total)

    def on_corpus_loaded(self, event: CorpusLoaded) -> None:
        self.loading = False
        self.corpus = event.corpus
        self.main.query_one("#loading").finish()
        self.main.show_corpus(event.corpus, event.summarizers)
        self.sub_title = corpus_stats(event.corpus)
        verb = "Reloaded" if event.reloaded else "Loaded"
        articles = len(event.corpus.tagged)
        self.main.log_line(f"{verb} {articles} article{'s' * (articles != 1)} in "
                           f"{event.seconds:.2f} s from {shown_paths(self.paths)}")
        articles_cut, lines_cut = event.corpus.furniture_removed()
        if lines_cut:
            self.main.log_line(
                f"Removed {sum(lines_cut.values())} lines of page furniture from {articles_cut} "
                f"article{'s' * (articles_cut != 1)}: "
                + ", ".join(f"{reason} {n}" for reason, n in lines_cut.items()))
        for problem in event.corpus.problems:
            self.main.log_line(f"{problem.severity}: {problem}")
        self._report_problems(event.corpus)
        if not event.corpus.tagged:
            self.notify("No articles could be loaded.", severity="warning", title="dateline")

    def _report_problems(self, corpus: Corpus) -> None:
        errors = [p for p in corpus.problems if p.severity == "error"]
        if not errors:
            return
        lines = [f"{shown_path(p.path)}: {shown_text(p.message)}"
                 for p in errors[:MAX_PROBLEMS_SHOWN]]
        if len(errors) > MAX_PROBLEMS_SHOWN:
            lines.append(f"… and {len(errors) - MAX_PROBLEMS_SHOWN} more (press l)")
        self.notify("\n".join(lines), title=f"{skipped_summary(errors)} skipped",
                    severity="warning", timeout=8, markup=False)

    def on_load_failed(self, event: LoadFailed) -> None:
        self.loading = False
        self.main.query_one("#loading").finish()
        self.main.log_line(f"error: loading failed: {event.error}")
        self.notify(event.error, title="Loading failed", severity="error", timeout=10,
                    markup=False)
        if self.corpus is None:
            self.sub_title = "nothing loaded"

    # --- watch mode -----------------------------------------------------------------------

    def _poll_files(self) -> None:
        if not self.loading:
            self._check_files()

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _check_files(self) -> None:
        signature = input_signature(self.paths)
        if self._signature is not None and signature != self._signature:
            self.post_message(FilesChanged())

    def on_files_changed(self, _event: FilesChanged) -> None:
        if not self.loading:
            self.notify("Input files changed: reloading.", timeout=2)
            self.start_loading(reloaded=True)

    # --- events from screens --------------------------------------------------------------

    def on_open_article(self, event: OpenArticle) -> None:
        if self.corpus is None:
            return
        try:
            tagged = self.corpus.by_id(event.article_id)
        except KeyError:
            self.notify(f"Article {event.article_id} is no longer loaded.", severity="warning",
                        markup=False)
            return
        self.push_screen(ArticleScreen(tagged, event.offset))

    def on_article_date_chosen(self, event: ArticleDateChosen) -> None:
        if self.corpus is not None:
            self._set_article_date(self.corpus, event.article_id, event.day)

    @work(thread=True, group="redate", exit_on_error=False)
    def _set_article_date(self, corpus: Corpus, article_id: str, day: date) -> None:
        try:
            updated = corpus.with_article_date(article_id, day)
        except Exception as err:
            self.call_from_thread(self.notify, f"Could not set the date: {err}",
                                  severity="error", markup=False)
            return
        self.call_from_thread(self._article_redated, updated, article_id, day)

    async def _article_redated(self, corpus: Corpus, article_id: str, day: date) -> None:
        self.corpus = corpus
        self.main.show_corpus(corpus)
        self.sub_title = corpus_stats(corpus)
        self.main.log_line(f"{article_id}: publication date set to {day.isoformat()}")
        self.notify(f"{article_id} now dated {day:%a %d %b %Y}; timeline updated.", timeout=3,
                    markup=False)
        if isinstance(self.screen, ArticleScreen) and \
                self.screen.tagged.article.id == article_id:
            await self.screen.show_article(corpus.by_id(article_id))

    # --- actions, help and the command palette --------------------------------------------

    def action_reload(self) -> None:
        if not self.loading:
            self.start_loading(reloaded=True)

    def binding_groups(self) -> list[tuple[str, Sequence[BindingType]]]:
        """Every binding of the app by where it works; the help screen lists these."""
        return [("Everywhere", self.BINDINGS), ("Timeline view", MainScreen.BINDINGS),
                ("Timeline pane", TimelineList.BINDINGS),
                ("Evidence pane", EvidenceList.BINDINGS),
                ("Article", ArticleScreen.BINDINGS),
                ("Article: time expressions", MentionList.BINDINGS),
                ("Source filter", SourceDialog.BINDINGS),
                ("Story choice", StoryDialog.BINDINGS),
                ("Dialogs", PromptDialog.BINDINGS)]

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.binding_groups()))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands, then every binding active on the screen, by description."""
        yield from super().get_system_commands(screen)
        seen: set[str] = {"Quit", "Help"}
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if not binding.description or binding.description in seen or binding.system:
                continue
            seen.add(binding.description)
            yield SystemCommand(binding.description,
                                f"{binding.tooltip or binding.description} "
                                f"(key {self.get_key_display(binding) or key})",
                                partial(active.node.run_action, binding.action))
        yield SystemCommand("Help", "List every key (?)", self.action_help)
