"""Choose which outlets the timeline shows: space toggles, Enter applies, Escape cancels."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, SelectionList


class SourceDialog(ModalScreen[frozenset[str] | None]):
    """A selection list of sources; dismisses with the chosen set (None: cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "apply", "Apply", priority=True),
        Binding("a", "toggle_all", "All / none"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, sources: list[str], chosen: frozenset[str] | None) -> None:
        super().__init__()
        self.sources, self.chosen = sources, chosen

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Show sentences from these sources", id="dialog-title")
            yield SelectionList[str](
                *((Content(name), name, self.chosen is None or name in self.chosen)
                  for name in self.sources), id="source-list")
            yield Label("space toggles · a all/none · enter applies · escape cancels",
                        id="dialog-hint")

    def action_toggle_all(self) -> None:
        selection = self.query_one(SelectionList)
        if len(selection.selected) == len(self.sources):
            selection.deselect_all()
        else:
            selection.select_all()

    def action_apply(self) -> None:
        chosen = frozenset(self.query_one(SelectionList).selected)
        self.dismiss(chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)
