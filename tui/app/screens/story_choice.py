"""The storyline choice of the main screen (key t): which stories the timeline shows.

A mixin of ``MainScreen``, which owns the ``story`` reactive (ids, comma-separated; "" for all)
and refreshes the view when it changes; the stories are found in a worker on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from summarize.corpus import Corpus

from .story_dialog import StoryDialog

if TYPE_CHECKING:
    from summarize.storylines import Storyline


class StoryChoice:
    """What ``MainScreen`` does with storylines; it provides ``corpus``, ``story``,
    ``stories``, ``wanted_stories``, ``refresh_view``, ``notify`` and ``app``."""

    corpus: Corpus | None
    story: str
    stories: list[Storyline] | None
    wanted_stories: list[str]

    def shown_stories(self) -> list[Storyline]:
        """The stories shown (``story`` holds their ids, comma-separated); [] for all."""
        wanted = self.story.split(",")
        return [s for s in self.stories or () if s.id in wanted]

    def story_articles(self) -> tuple[str, ...] | None:
        """The article ids of the stories shown, None for all."""
        found = self.shown_stories()
        return tuple(a for s in found for a in s.articles) if found else None

    def story_corpus(self, corpus: Corpus, articles: tuple[str, ...] | None) -> Corpus:
        """The corpus, or only the shown story's articles of it."""
        return corpus if articles is None else corpus.only_articles(articles)

    def action_choose_story(self) -> None:
        if self.corpus is None:
            return
        if self.stories is None:
            self.notify("Finding the storylines…", timeout=2)
            self._find_stories(self.corpus, then_choose=True)
            return
        self._open_story_dialog()

    def _open_story_dialog(self) -> None:
        def chosen(story: str | None) -> None:
            if story is not None:
                self.story = story

        self.app.push_screen(StoryDialog(self.stories or [], self.story), chosen)

    @work(thread=True, exclusive=True, group="stories", exit_on_error=False)
    def _find_stories(self, corpus: Corpus, then_choose: bool) -> None:
        try:
            stories = corpus.storylines()
        except Exception as err:  # shown, never a crash screen
            self.app.call_from_thread(self.notify, f"Could not find the storylines: {err}",
                                      severity="error", markup=False)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._stories_found, corpus, stories, then_choose)

    def _stories_found(self, corpus: Corpus, stories: list[Storyline], then_choose: bool
                       ) -> None:
        if corpus is not self.corpus:
            return
        self.stories = stories
        known = {s.id for s in stories}
        story = self.story if set(self.story.split(",")) <= known else ""
        if self.wanted_stories:
            from summarize.storylines import select_stories

            try:
                story = ",".join(s.id for s in select_stories(stories, self.wanted_stories))
            except ValueError as err:
                self.notify(str(err), severity="error", title="--story", markup=False)
            self.wanted_stories = []
        if story != self.story:
            self.story = story  # the watcher refreshes the view
        else:
            self.refresh_view()
        if then_choose:
            self._open_story_dialog()
