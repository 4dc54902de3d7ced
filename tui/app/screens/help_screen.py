"""The keys, generated from the bindings themselves so that help never lies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

#: Keys every list understands without a binding of ours (Textual's own).
MOVING = [("↑ ↓  j k", "move in the focused list"), ("tab  shift+tab", "next / previous pane"),
          ("ctrl+p", "command palette: every action by name")]


def own_bindings(bindings: Sequence[BindingType]) -> list[Binding]:
    """The class's bindings that have a description, one per action (aliases joined)."""
    merged: dict[str, Binding] = {}
    for binding in Binding.make_bindings(bindings):
        if not binding.description:
            continue
        if binding.action in merged:
            first = merged[binding.action]
            merged[binding.action] = replace(first, key=f"{first.key},{binding.key}",
                                             key_display=None)
        else:
            merged[binding.action] = binding
    return list(merged.values())


#: Keys written out where Textual's display would be a glyph or a name.
KEY_NAMES = {"enter": "enter", "equals": "=", "escape": "esc", "slash": "/", "plus": "+",
             "minus": "-", "question_mark": "?", "space": "space"}


def key_names(app: App, binding: Binding) -> str:
    """How the key(s) of a binding are written: "?", "+ =", "esc"."""
    keys = [k.strip() for k in binding.key.split(",")]
    return "  ".join(KEY_NAMES.get(k) or app.get_key_display(Binding(k, binding.action))
                     for k in keys)


def help_text(app: App, groups: Sequence[tuple[str, Sequence[BindingType]]]) -> Content:
    """Every group of bindings as a two-column list of key and description."""
    rows: list[tuple[str, str, str]] = []
    for title, bindings in groups:
        for binding in own_bindings(bindings):
            rows.append((title, key_names(app, binding),
                         binding.tooltip or binding.description))
    width = max(len(k) for k in [*(k for _t, k, _d in rows), *(k for k, _d in MOVING)]) + 2
    parts: list[Content] = [Content.styled("Moving", "bold $text-accent")]
    parts += [Content.assemble((k.ljust(width), "bold $text-primary"), d) for k, d in MOVING]
    current = None
    for title, key, description in rows:
        if title != current:
            current = title
            parts += [Content(""), Content.styled(title, "bold $text-accent")]
        parts.append(Content.assemble((key.ljust(width), "bold $text-primary"), description))
    return Content("\n").join(parts)


class HelpScreen(ModalScreen[None]):
    """A modal listing every key of the app, grouped by where it works."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close help"),
    ]

    def __init__(self, groups: Sequence[tuple[str, Sequence[BindingType]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Label("dateline — keys", id="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(help_text(self.app, self.groups), id="help-text")
            yield Label("escape closes", id="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
