"""A one-line question (search text, export path, a date): Enter answers, Escape cancels."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

#: check(value) -> an error message, or None when the value is acceptable.
Check = Callable[[str], str | None]


class PromptDialog(ModalScreen[str | None]):
    """Ask for one value; dismisses with the text, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, value: str = "", *, placeholder: str = "",
                 hint: str = "", check: Check | None = None) -> None:
        super().__init__()
        self.title_text, self.value, self.placeholder = title, value, placeholder
        self.hint, self.check = hint, check

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            yield Input(self.value, placeholder=self.placeholder, id="dialog-input",
                        select_on_focus=False)
            yield Label(self.hint, id="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        error = self.check(event.value) if self.check else None
        if error:
            hint = self.query_one("#dialog-hint", Label)
            hint.update(error)
            hint.add_class("error")
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
