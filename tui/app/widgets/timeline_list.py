"""The timeline pane: one row per date, day entries first, broader periods grouped below."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from summarize.timeline import TimelineEntry

from ..messages import EntryHighlighted

BAR_WIDTH = 8
_EIGHTHS = " ▏▎▍▌▋▊▉"
UNCERTAIN_MARK = "†"
COARSE_HEADING = "Broader periods"
#: Longer labels (broad periods such as "days before Sat 4 May 2024") are cut with an ellipsis.
MAX_LABEL = 22


def importance_bar(value: float, maximum: float, width: int = BAR_WIDTH) -> str:
    """A bar of block characters, ``width`` cells long, filled in proportion to value/maximum."""
    if maximum <= 0 or value <= 0:
        return " " * width
    eighths = max(1, round(min(value / maximum, 1.0) * width * 8))
    full, part = divmod(eighths, 8)
    return ("█" * full + (_EIGHTHS[part] if part else "")).ljust(width)


def row_label(entry: TimelineEntry) -> str:
    """The entry's date as the list shows it: compact for days, the reader's name otherwise."""
    if entry.granularity == "day":
        return f"{entry.start:%a} {entry.start.day:>2} {entry.start:%b %Y}"
    label = entry.label
    return label if len(label) <= MAX_LABEL else label[:MAX_LABEL - 1] + "…"


def entry_row(entry: TimelineEntry, maximum: float, label_width: int) -> Content:
    """One timeline row: label, importance bar, sentence and source counts, uncertainty mark."""
    named = sum(1 for s in entry.sources if s)  # outlets named, as the summary pane counts
    counts = f"{len(entry.sentences):>4} sent {named:>2} src"
    mark = f" {UNCERTAIN_MARK}" if entry.uncertain else "  "
    return Content.assemble(
        (row_label(entry).ljust(label_width), "bold" if not entry.is_coarse else "italic"),
        " ",
        (importance_bar(entry.importance, maximum), "$accent"),
        " ",
        (counts, "dim"),
        (mark, "bold $warning"),
    )


def ordered(entries: list[TimelineEntry], newest_first: bool, by_importance: bool = False
            ) -> list[TimelineEntry]:
    """Day-level entries, then coarse ones; each group oldest (or newest) first, or the most
    important first (ties: the earlier date)."""
    days = [e for e in entries if not e.is_coarse]
    coarse = [e for e in entries if e.is_coarse]
    if by_importance:
        return [*sorted(days, key=lambda e: (-e.importance, e.start)),
                *sorted(coarse, key=lambda e: (-e.importance, e.start))]
    if newest_first:
        days, coarse = days[::-1], coarse[::-1]
    return days + coarse


class TimelineList(OptionList):
    """The list of dates; highlighting one posts ``EntryHighlighted``, new rows ``Shown``."""

    class Shown(Message):
        """The list now shows these entries (whatever chose them: view, filters, story)."""

        def __init__(self, entries: list[TimelineEntry]) -> None:
            super().__init__()
            self.entries = entries

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next date", show=False),
        Binding("k", "cursor_up", "Previous date", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[TimelineEntry] = []
        self._by_option: dict[str, TimelineEntry] = {}

    def show_entries(self, entries: list[TimelineEntry], *, newest_first: bool = False,
                     keep: str | None = None, by_importance: bool = False) -> None:
        """Replace the rows; the cursor stays on the entry keyed ``keep`` if it is still there."""
        self.entries = ordered(entries, newest_first, by_importance)
        maximum = {coarse: max((e.importance for e in self.entries if e.is_coarse == coarse),
                               default=0.0) for coarse in (False, True)}
        width = {coarse: max((len(row_label(e)) for e in self.entries if e.is_coarse == coarse),
                             default=10) for coarse in (False, True)}
        options: list[Option | None] = []
        self._by_option = {}
        heading_done = False
        for index, entry in enumerate(self.entries):
            if entry.is_coarse and not heading_done:
                heading_done = True
                if options:
                    options.append(None)
                options.append(Option(Content.styled(COARSE_HEADING, "bold $secondary"),
                                      id="heading", disabled=True))
            option_id = f"e{index}"
            self._by_option[option_id] = entry
            options.append(Option(entry_row(entry, maximum[entry.is_coarse],
                                            width[entry.is_coarse]), id=option_id))
        self.set_options(options)
        target = next((i for i, o in enumerate(self.options)
                       if o.id in self._by_option and self._by_option[o.id].key == keep), None)
        if target is None:
            target = next((i for i, o in enumerate(self.options) if o.id in self._by_option),
                          None)
        self.highlighted = target
        if target is None:
            self.post_message(EntryHighlighted(None))
        self.post_message(self.Shown(self.entries))

    @property
    def current(self) -> TimelineEntry | None:
        option = self.highlighted_option
        return self._by_option.get(option.id) if option and option.id else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(EntryHighlighted(self.current))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.screen.query_one("#evidence").focus()
