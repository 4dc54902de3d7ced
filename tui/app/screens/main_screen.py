"""The main view: timeline on the left, the highlighted date's summary and evidence on the right."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Log
from textual.worker import get_current_worker

from summarize.corpus import Corpus
from summarize.export import BriefingOptions, build_briefing, render_markdown, write_atomic
from summarize.export.atomic import target_problem
from summarize.ingest.discover import read_back_through
from summarize.safe_text import shown_path, shown_text
from summarize.summary import DEFAULT_METHOD
from summarize.timeline import TimelineEntry

from ..messages import EntryHighlighted, SummaryReady, TimelineReady
from ..widgets.coverage_strip import CoverageStrip
from ..widgets.evidence_list import EvidenceList
from ..widgets.loading_strip import LoadingStrip
from ..widgets.summary_view import SummaryView, plural, summary_markdown
from ..widgets.timeline_list import UNCERTAIN_MARK, TimelineList
from .prompt_dialog import PromptDialog
from .source_dialog import SourceDialog
from .story_choice import StoryChoice

if TYPE_CHECKING:
    from summarize.storylines import Storyline

GRANULARITIES = ("day", "week", "month")
MIN_SENTENCES, MAX_SENTENCES = 1, 10
DEFAULT_EXPORT = "dateline-briefing.md"


def summarizer_names() -> list[str]:
    """The summarizers the engine offers (just the default if it cannot say).

    Importing them pulls in sumy (and NLTK, SciPy): call this from a worker thread, never
    while the first frame is being drawn.
    """
    try:
        from summarize.summarizers import available_summarizers
        return list(available_summarizers()) or [DEFAULT_METHOD]
    except Exception:  # the engine is optional here: the pane still works with the default
        return [DEFAULT_METHOD]


class MainScreen(StoryChoice, Screen[None]):
    """Three panes over one corpus; the view options are reactives that recompute the view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", tooltip="Search the sentences; narrows the timeline"),
        Binding("f", "filter_sources", "Sources", tooltip="Filter the timeline by source"),
        Binding("s", "cycle_summarizer", "Summarizer", tooltip="Use the next summarizer"),
        Binding("plus,equals", "more_sentences", "Longer", key_display="+",
                tooltip="One more sentence per summary (up to 10)"),
        Binding("minus", "fewer_sentences", "Shorter", key_display="-", show=False,
                tooltip="One sentence fewer per summary (down to 1)"),
        Binding("g", "cycle_granularity", "Granularity", tooltip="Dates by day, week or month"),
        Binding("t", "choose_story", "Stories", show=False,
                tooltip="Show one storyline, or all of them"),
        Binding("o", "toggle_order", "Order",
                tooltip="Oldest, newest or most important first (the date ranker)"),
        Binding("e", "export", "Export", tooltip="Export this view as a Markdown briefing"),
        Binding("l", "toggle_log", "Log", show=False,
                tooltip="Show or hide the log of loading problems"),
    ]

    granularity: reactive[str] = reactive("day", init=False)
    newest_first: reactive[bool] = reactive(False, init=False)
    #: Dates by importance (the date ranker's order) instead of by time.
    by_importance: reactive[bool] = reactive(False, init=False)
    summarizer: reactive[str] = reactive("lexrank", init=False)
    sentences: reactive[int] = reactive(3, init=False)
    search_text: reactive[str] = reactive("", init=False)
    sources: reactive[frozenset[str] | None] = reactive(None, init=False)
    #: The storylines shown (their ids, comma-separated: one from t, several from
    #: --story), "" for all of them.
    story: reactive[str] = reactive("", init=False)

    def __init__(self) -> None:
        super().__init__()
        self.corpus: Corpus | None = None
        self.all_entries: list[TimelineEntry] = []
        self.entries: list[TimelineEntry] = []
        self.generation = 0
        self._summaries: dict[tuple[object, ...], str] = {}
        #: The story profile of the entries in view, as the export computes it.
        self._story: tuple[list[TimelineEntry], object] | None = None
        self._names = [DEFAULT_METHOD]
        self.summarizer = DEFAULT_METHOD
        #: The corpus's storylines, found on first use (None: not yet).
        self.stories: list[Storyline] | None = None
        #: Stories asked for on the command line (--story), chosen once they are found.
        self.wanted_stories: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield CoverageStrip(id="coverage")
        with Horizontal(id="panes"):
            yield TimelineList(id="timeline")
            with Vertical(id="right"):
                yield SummaryView(id="summary")
                yield EvidenceList(id="evidence")
        yield Log(id="log", highlight=False)
        yield LoadingStrip(id="loading")
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one("#log", Log)
        log.display = False
        log.border_title = "Log · l hides"
        self.query_one(TimelineList).focus()
        self._update_titles()

    # --- the corpus and the view ----------------------------------------------------------

    def show_corpus(self, corpus: Corpus, summarizers: list[str] | None = None) -> None:
        """Show a newly loaded (or updated) corpus, keeping the view options."""
        if summarizers:
            self._names = summarizers
        self.corpus = corpus
        self._summaries.clear()
        self.stories = None
        if self.wanted_stories:
            self._find_stories(corpus, then_choose=False)
            return
        if self.story:
            self._find_stories(corpus, then_choose=False)  # the story may have changed
        self.refresh_view()

    def set_summarizers(self, names: list[str]) -> None:
        """The summarizers the engine offers (known once sumy is imported)."""
        self._names = names or self._names

    def refresh_view(self) -> None:
        self.generation += 1
        if self.corpus is not None:
            self._compute_view(self.corpus, self.granularity, self.sources, self.search_text,
                               self.generation, self.story_articles())

    @work(thread=True, exclusive=True, group="view", exit_on_error=False)
    def _compute_view(self, corpus: Corpus, granularity: str, sources: frozenset[str] | None,
                      query: str, generation: int,
                      articles: tuple[str, ...] | None = None) -> None:
        try:
            corpus = self.story_corpus(corpus, articles)
            all_entries = corpus.timeline(granularity)
            entries = corpus.narrow(all_entries, sources, query)
        except Exception as err:  # shown, never a crash screen
            self.app.call_from_thread(self.app.notify, f"Could not build the timeline: {err}",
                                      severity="error", markup=False)
            return
        if not get_current_worker().is_cancelled:
            self.post_message(TimelineReady(entries, all_entries, generation))

    def on_timeline_ready(self, event: TimelineReady) -> None:
        if event.generation != self.generation:
            return
        self.all_entries, self.entries = event.all_entries, event.entries
        timeline = self.query_one(TimelineList)
        keep = timeline.current.key if timeline.current else None
        timeline.show_entries(event.entries, newest_first=self.newest_first, keep=keep,
                              by_importance=self.by_importance)
        self._update_titles()

    def on_entry_highlighted(self, event: EntryHighlighted) -> None:
        self.query_one(EvidenceList).show_entry(event.entry, self.entries)
        self._show_summary(event.entry)
        entry = event.entry
        self.query_one(CoverageStrip).mark(
            (entry.start, entry.end) if entry else None,
            f"▲ {entry.label} · {plural(len(entry.sentences), 'sentence')}" if entry else "")

    def on_timeline_list_shown(self, event: TimelineList.Shown) -> None:
        self.query_one(CoverageStrip).show_entries(event.entries)

    def _summary_key(self, entry: TimelineEntry) -> tuple[object, ...]:
        return (entry.key, entry.granularity, len(entry.sentences), self.search_text, self.sources,
                self.summarizer, self.sentences)

    def _show_summary(self, entry: TimelineEntry | None) -> None:
        view = self.query_one(SummaryView)
        if entry is None:
            view.show(self._nothing_shown())
            return
        key = self._summary_key(entry)
        if key in self._summaries:
            view.show(self._summaries[key])
            return
        view.show(f"## {entry.label}\n\n_Summarising…_\n")
        self._summarize(entry, key)

    def _nothing_shown(self) -> str:
        """Why the timeline is empty: loading, a narrowing that matched nothing, or articles
        with nothing to date them by (then how to date them)."""
        corpus = self.corpus
        if corpus is None:
            return "_Loading…_"
        if self.all_entries or self.story or not corpus.tagged:
            return "_No dates to show._"
        n = len(corpus.tagged)
        return (f"_No dates to show: none of the {plural(n, 'article')} has a publication date "
                "or a time expression. Start dateline with --dct DATE to date them all._")

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def _summarize(self, entry: TimelineEntry, key: tuple[object, ...]) -> None:
        from summarize.summary import summarize_entry, topic_profile

        method, n = str(key[-2]), int(str(key[-1]))
        try:
            entries = self.entries
            if self._story is None or self._story[0] is not entries:
                self._story = (entries, topic_profile(entries))
            chosen = summarize_entry(entry, sentences=n, method=method, topic=self._story[1])
            markdown = summary_markdown(entry, chosen, method=method, sentences=n)
        except Exception as err:  # a summarizer failing must not take the app down
            markdown = f"## {entry.label}\n\n_Could not summarise: {err}_\n"
        if not get_current_worker().is_cancelled:
            self.post_message(SummaryReady(key, markdown))

    def on_summary_ready(self, event: SummaryReady) -> None:
        self._summaries[event.key] = event.markdown
        current = self.query_one(TimelineList).current
        if current is not None and self._summary_key(current) == event.key:
            self.query_one(SummaryView).show(event.markdown)

    def _update_titles(self) -> None:
        timeline = self.query_one(TimelineList)
        order = ("most important first" if self.by_importance else
                 "newest first" if self.newest_first else "oldest first")
        timeline.border_title = f"Timeline · {self.granularity} · {order}"
        filters = []
        if self.search_text:
            filters.append(f"“{self.search_text}”")
        if self.sources is not None:
            filters.append(f"{len(self.sources)} source{'s' * (len(self.sources) != 1)}")
        shown = plural(sum(not e.is_coarse for e in self.entries), "date")
        timeline.border_subtitle = " · ".join([shown, *filters, f"{UNCERTAIN_MARK} uncertain"])
        summary = self.query_one(SummaryView)
        summary.border_title = f"Summary · {self.summarizer} · {plural(self.sentences, 'sentence')}"
        self.query_one(EvidenceList).border_title = "Evidence"

    # --- reactives ------------------------------------------------------------------------

    def watch_granularity(self) -> None:
        self.refresh_view()

    def watch_search_text(self) -> None:
        self.refresh_view()

    def watch_sources(self) -> None:
        self.refresh_view()

    def watch_story(self) -> None:
        found = self.shown_stories()
        self.title = f"dateline · {' + '.join(s.label for s in found)}" if found else None
        self.refresh_view()

    def watch_newest_first(self) -> None:
        timeline = self.query_one(TimelineList)
        keep = timeline.current.key if timeline.current else None
        timeline.show_entries(self.entries, newest_first=self.newest_first, keep=keep,
                              by_importance=self.by_importance)
        self._update_titles()

    def watch_by_importance(self) -> None:
        self.watch_newest_first()

    def watch_summarizer(self) -> None:
        self._resummarize()

    def watch_sentences(self) -> None:
        self._resummarize()

    def _resummarize(self) -> None:
        self._update_titles()
        if self.is_mounted:
            self._show_summary(self.query_one(TimelineList).current)

    # --- actions --------------------------------------------------------------------------

    def action_search(self) -> None:
        def searched(text: str | None) -> None:
            if text is not None:
                self.search_text = text.strip()

        self.app.push_screen(PromptDialog(
            "Search sentences", self.search_text, placeholder="words to find",
            hint="Only dates with a matching sentence stay; empty clears the search."), searched)

    def action_filter_sources(self) -> None:
        if self.corpus is None:
            return
        names = sorted({s for e in self.all_entries for s in e.sources if s})

        def chosen(selected: frozenset[str] | None) -> None:
            if selected is not None:
                self.sources = None if selected >= frozenset(names) else selected

        self.app.push_screen(SourceDialog(names, self.sources), chosen)

    def action_cycle_summarizer(self) -> None:
        names = self._names
        self.summarizer = names[(names.index(self.summarizer) + 1) % len(names)] \
            if self.summarizer in names else names[0]
        self.notify(f"Summarizer: {self.summarizer}", timeout=2)

    def action_more_sentences(self) -> None:
        self.sentences = min(self.sentences + 1, MAX_SENTENCES)

    def action_fewer_sentences(self) -> None:
        self.sentences = max(self.sentences - 1, MIN_SENTENCES)

    def action_cycle_granularity(self) -> None:
        index = GRANULARITIES.index(self.granularity) if self.granularity in GRANULARITIES else -1
        self.granularity = GRANULARITIES[(index + 1) % len(GRANULARITIES)]

    def action_toggle_order(self) -> None:
        # oldest first -> newest first -> most important first -> oldest first
        if self.by_importance:
            self.by_importance = False
        elif self.newest_first:
            self.newest_first = False
            self.by_importance = True
        else:
            self.newest_first = True

    def action_toggle_log(self) -> None:
        log = self.query_one("#log", Log)
        log.display = not log.display

    def log_line(self, line: str) -> None:
        self.query_one("#log", Log).write_line(line)

    def action_export(self) -> None:
        if self.corpus is None:
            self.notify("Nothing loaded yet.", severity="warning")
            return

        def chosen(path: str | None) -> None:
            if not path or not path.strip():
                return
            target = os.path.expanduser(path.strip())
            if problem := target_problem(target) or self._replaces_an_input(target):
                self.notify(f"Export failed: {shown_path(target)}: {shown_text(problem)}",
                            severity="error", title="Export", markup=False)
                return
            self._export(Path(target))

        self.app.push_screen(PromptDialog(
            "Export this view as a Markdown briefing", DEFAULT_EXPORT,
            placeholder=DEFAULT_EXPORT, hint="Path of the file to write (replaced atomically)."),
            chosen)

    def _replaces_an_input(self, target: str) -> str | None:
        """Why not, when the briefing would replace a file this view reads (as ``export -o``)."""
        found = read_back_through(target, getattr(self.app, "paths", []))
        if found is not None and found[1]:
            return "is one of the files this view reads; write the briefing elsewhere"
        return None

    def briefing_options(self) -> BriefingOptions:
        """The export of this view; a story shown names the briefing, as ``--story`` does."""
        labels = " + ".join(s.label for s in self.shown_stories())
        return BriefingOptions(summarizer=self.summarizer, sentences=self.sentences,
                               granularity=self.granularity, sources=self.sources,
                               query=self.search_text, title=labels or BriefingOptions().title)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, path: Path) -> None:
        corpus = self.corpus
        if corpus is None:
            return
        try:
            corpus = self.story_corpus(corpus, self.story_articles())
            briefing = build_briefing(corpus, self.briefing_options(),
                                      entries=list(self.all_entries))
            written = write_atomic(path, render_markdown(briefing))
        except Exception as err:  # an unwritable path is the user's to fix, not a crash
            self.app.call_from_thread(self.notify, f"Export failed: {err}", severity="error",
                                      title="Export", markup=False)
            return
        self.app.call_from_thread(self.notify, f"Briefing written to {written.resolve()}",
                                  title="Export", markup=False)
