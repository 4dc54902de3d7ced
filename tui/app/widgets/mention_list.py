"""The article's time expressions as a list: moving through it moves the highlight in the text."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from summarize.models import Mention

from .mention_style import kind_style, mention_kind


def mention_row(mention: Mention) -> Content:
    return Content.assemble((mention.text, kind_style(mention_kind(mention))), " → ",
                            (mention.value, "bold"))


class MentionList(OptionList):
    """One row per mention; highlighting a row posts ``MentionList.Current``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next time expression", show=False),
        Binding("k", "cursor_up", "Previous time expression", show=False),
    ]

    class Current(Message):
        def __init__(self, mention: Mention | None) -> None:
            super().__init__()
            self.mention = mention

    def __init__(self, mentions: tuple[Mention, ...], *, id: str | None = None) -> None:
        super().__init__(*(Option(mention_row(m)) for m in mentions), id=id)
        self.mentions = mentions

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Current(self.mentions[event.option_index]))
