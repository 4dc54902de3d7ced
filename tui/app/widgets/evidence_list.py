"""The evidence pane: every sentence filed under the entry, why it is there, and what it said."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from summarize.importance import MEANINGS
from summarize.timeline import DatedSentence, TimelineEntry, ranking_reasons

from ..messages import OpenArticle
from .mention_style import RULE_NAMES, highlight_prose, kind_style, mention_kind
from .summary_view import plural

#: Rows shown at most; a note says how many more sentences the entry has.
MAX_ROWS = 400


def ranking_row(entry: TimelineEntry, view: Sequence[TimelineEntry]) -> Content:
    """Why the date ranks where it does: its importance, then each feature's value and what
    it adds to the score, biggest first (features that add nothing left out)."""
    reasons = [r for r in ranking_reasons(entry, view) if abs(r[2]) >= 0.005]
    parts = [f"{MEANINGS[name]} {_number(value)} ({added:+.2f})" for name, value, added in reasons]
    return Content.assemble(("importance ", "bold"), (f"{entry.importance:.1f}", "bold $accent"),
                            (" — " + " · ".join(parts), "$text-muted"))


def _number(value: float) -> str:
    """A count as a whole number, burstiness (a ratio) with two decimals."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def evidence_row(sentence: DatedSentence) -> Content:
    """The sentence with its time expressions highlighted, then value, reason, rule and source."""
    lines: list[Content] = [highlight_prose(sentence.text, sentence.start, sentence.mentions)]
    for m in sentence.mentions:
        lines.append(Content.assemble(
            "  ", (m.text, kind_style(mention_kind(m))), " → ", (m.value, "bold"),
            ("  " + m.explanation if m.explanation else "", "italic $text-muted")))
    rule = RULE_NAMES.get(sentence.rule, sentence.rule)
    if sentence.rule == "reported" and sentence.reported:
        rule += f" ({sentence.reported:%a %d %b %Y})"
    sources = ", ".join(s for s in (sentence.sources or (sentence.source,)) if s) or "—"
    shaky = " † date inferred or disputed" if getattr(sentence, "uncertain", False) else ""
    lines.append(Content.assemble(
        "  ", (f"[{sentence.rule}]", "bold $text-secondary"), f" {rule} · ",
        (sources, "italic"), (f" · {sentence.article_id}", "$text-muted"),
        (shaky, "$text-warning")))
    return Content("\n").join(lines)


class EvidenceList(OptionList):
    """Sentences of the highlighted entry; Enter opens the article at the sentence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next sentence", show=False),
        Binding("k", "cursor_up", "Previous sentence", show=False),
        Binding("enter", "select", "Open article"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sentences: list[DatedSentence] = []

    def show_entry(self, entry: TimelineEntry | None,
                   view: Sequence[TimelineEntry] | None = None) -> None:
        """Show ``entry``'s sentences (none when ``entry`` is None), under why it ranks where
        it does among the ``view`` it was ranked with."""
        self.sentences = list(entry.sentences[:MAX_ROWS]) if entry else []
        options: list[Option | None] = []
        if entry is not None and entry.features and view is not None:
            options += [Option(ranking_row(entry, view), disabled=True), None]
        for index, sentence in enumerate(self.sentences):
            if options:
                options.append(None)
            options.append(Option(evidence_row(sentence), id=f"s{index}"))
        if entry and len(entry.sentences) > MAX_ROWS:
            options += [None, Option(Content.styled(
                f"… {len(entry.sentences) - MAX_ROWS} more sentences (narrow with /)",
                "italic $text-muted"), disabled=True)]
        self.set_options(options)
        self.border_subtitle = plural(len(entry.sentences), "sentence") if entry else ""
        if self.sentences:
            self.highlighted = next(i for i, o in enumerate(self.options) if o.id == "s0")

    @property
    def current(self) -> DatedSentence | None:
        option = self.highlighted_option
        if option is None or not option.id or not option.id.startswith("s"):
            return None
        return self.sentences[int(option.id[1:])]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if (sentence := self.current) is not None:
            offset = sentence.mentions[0].start if sentence.mentions else sentence.start
            self.post_message(OpenArticle(sentence.article_id, offset))
