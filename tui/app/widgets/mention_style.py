"""How a time expression looks: one theme-aware colour per kind, shared by every pane."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content

from summarize.detokenize import detokenize_spans
from summarize.models import Mention

#: Kind name -> (label for the legend, theme colour). Theme variables keep light and dark legible.
KINDS: dict[str, tuple[str, str]] = {
    "date-dct": ("from publication day", "primary"),
    "date-discourse": ("from story's date", "accent"),
    "date-absolute": ("absolute date", "success"),
    "time": ("time of day", "secondary"),
    "duration": ("duration", "warning"),
    "set": ("recurring (set)", "error"),
}
#: Human names for the rules that filed a sentence under a date.
RULE_NAMES = {"mention": "names the date", "continues": "continues the sentence before",
              "reported": "reported that day"}


def mention_kind(mention: Mention) -> str:
    """The colour class of a mention: its TIMEX3 type, and for dates what anchored them."""
    if mention.type in ("TIME", "DURATION", "SET"):
        return mention.type.lower()
    if mention.anchor == "discourse":
        return "date-discourse"
    if mention.anchor == "dct":
        return "date-dct"
    return "date-absolute"


def kind_style(kind: str) -> str:
    colour = KINDS.get(kind, KINDS["date-absolute"])[1]
    return f"$text-{colour} on ${colour}-muted"


def current_style(kind: str) -> str:
    """The mention under the cursor: the kind's full colour as background, so it stands out."""
    colour = KINDS.get(kind, KINDS["date-absolute"])[1]
    return f"bold $background on ${colour}"


def highlight(text: str, offset: int, mentions: Iterable[Mention],
              current: Mention | None = None) -> Content:
    """``text`` (which starts at ``offset`` in the article) with every mention inside it styled."""
    content = Content(text)
    for m in mentions:
        start, end = max(m.start - offset, 0), min(m.end - offset, len(text))
        if start >= end:
            continue
        style = current_style if current is not None and m is current else kind_style
        content = content.stylize(style(mention_kind(m)), start, end)
    return content


def highlight_prose(text: str, offset: int, mentions: Iterable[Mention]) -> Content:
    """``highlight`` for reading: PTB-tokenised text shown as prose (``detokenize_spans``),
    each mention still styled on its own words."""
    mentions = list(mentions)
    spans = [(m.start - offset, m.end - offset) for m in mentions]
    shown, moved = detokenize_spans(text, spans)
    content = Content(shown)
    for m, (start, end) in zip(mentions, moved, strict=True):
        if 0 <= start < end <= len(shown):
            content = content.stylize(kind_style(mention_kind(m)), start, end)
    return content


def legend(columns: int = 2, width: int = 22) -> Content:
    """The colours and what they mean, ``columns`` to a line."""
    cells = [Content.styled(f" {label} ".ljust(width), kind_style(kind))
             for kind, (label, _colour) in KINDS.items()]
    rows = [Content(" ").join(cells[i:i + columns]) for i in range(0, len(cells), columns)]
    return Content("\n").join(rows)


def anchor_text(mention: Mention) -> str:
    """What the value was resolved against, in words."""
    names = {"dct": "the publication date", "discourse": "the date the story was at",
             "era": "a counted era", "absolute": "nothing (written in full)", "none": "nothing"}
    name = names.get(mention.anchor, mention.anchor)
    return f"{name} {mention.anchor_value}".rstrip()
