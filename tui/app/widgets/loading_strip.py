"""The loading strip: what the loader is doing and how far it got (files, then articles)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from summarize.settings import STAGES as STAGE_NAMES


class LoadingStrip(Horizontal):
    """A label and a progress bar, shown while the worker loads the corpus."""

    def compose(self) -> ComposeResult:
        yield Label("Starting…", id="load-label")
        yield ProgressBar(id="load-bar", show_eta=False)

    def update_progress(self, stage: str, done: int, total: int) -> None:
        name = STAGE_NAMES.get(stage, stage)
        self.query_one("#load-label", Label).update(f"{name} {done}/{total}")
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)

    def start(self) -> None:
        self.query_one("#load-label", Label).update("Starting…")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.display = True

    def finish(self) -> None:
        self.display = False
