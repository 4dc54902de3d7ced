"""Choose the storyline the timeline shows, or all of them: Enter picks, Escape cancels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from summarize.storylines import Storyline

#: The option that shows every story.
ALL_STORIES = ""


def story_prompt(story: Storyline) -> str:
    """One line per story: label, size and span."""
    span = ""
    if story.first:
        span = f" · {story.first:%d %b %Y}"
        if story.last and story.last != story.first:
            span += f" – {story.last:%d %b %Y}"
    n = len(story.articles)
    return f"{story.label} — {n} article{'s' * (n != 1)}{span}"


class StoryDialog(ModalScreen[str | None]):
    """A list of the corpus's stories, biggest first, under "All stories"; dismisses with the
    chosen story's id ("" for all; None when cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]
    # The dialog frame (#dialog, its title and hint) is styled in app.tcss like the others.
    DEFAULT_CSS = """
    StoryDialog {
        align: center middle;
        background: $background 60%;
    }
    #story-list {
        height: auto;
        max-height: 20;
    }
    """

    def __init__(self, stories: Sequence[Storyline], current: str) -> None:
        super().__init__()
        self.stories, self.current = list(stories), current

    def compose(self) -> ComposeResult:
        total = sum(len(s.articles) for s in self.stories)
        options = [Option(f"All stories — {len(self.stories)} stories, {total} articles",
                          id="story-all")]
        options += [Option(Content(story_prompt(s)), id=f"story-{s.id}") for s in self.stories]
        with Vertical(id="dialog"):
            yield Label("Show one storyline", id="dialog-title")
            yield OptionList(*options, id="story-list")
            yield Label("enter shows · escape cancels", id="dialog-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        ids = [ALL_STORIES, *(s.id for s in self.stories)]
        options.highlighted = ids.index(self.current) if self.current in ids else 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id or "story-all"
        self.dismiss(ALL_STORIES if chosen == "story-all" else chosen.removeprefix("story-"))

    def action_cancel(self) -> None:
        self.dismiss(None)
