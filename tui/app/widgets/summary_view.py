"""The summary pane: the highlighted entry's summary as Markdown, each sentence with its source."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Markdown

from summarize.export.markdown import UNCERTAIN_MARK, bullet, sources_count
from summarize.timeline import DatedSentence, TimelineEntry


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def summary_markdown(entry: TimelineEntry, summary: list[DatedSentence], *, method: str,
                     sentences: int) -> str:
    """The Markdown the pane shows for one entry."""
    mark = f" {UNCERTAIN_MARK}" if entry.uncertain else ""
    n_src = sum(1 for s in entry.sources if s)  # named outlets, as everywhere
    origin = f" from {plural(n_src, 'source')}" if n_src else f", {sources_count(0)}"
    lines = [f"## {entry.label}{mark}", "",
             f"_{plural(len(entry.sentences), 'sentence')}{origin} · "
             f"{method}, {plural(sentences, 'sentence')}_", ""]
    lines += [bullet(s) for s in summary] or ["_Nothing to summarise._"]
    if entry.uncertain:
        lines += ["", f"{UNCERTAIN_MARK} _Some of this rests on a publication date that was "
                  "inferred or disputed: open the article (Enter on a sentence) to check it._"]
    return "\n".join(lines) + "\n"


class SummaryView(VerticalScroll):
    """A scrolling Markdown view; ``show`` replaces the text."""

    can_focus = True

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.markdown = ""

    def compose(self):
        yield Markdown("", id="summary-markdown")

    def show(self, markdown: str) -> None:
        self.markdown = markdown
        self.query_one(Markdown).update(markdown)
        self.scroll_home(animate=False)
