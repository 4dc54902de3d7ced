"""The briefing's overview: a Mermaid ``timeline`` of its top dates, one short label each.

GitHub, GitLab and most Markdown viewers draw a fenced ``mermaid`` block as a diagram; anywhere
else it reads as a plain list of dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..detokenize import detokenize
from .escape import one_line

if TYPE_CHECKING:
    from .briefing import BriefingDate

#: Dates in the diagram: more no longer fit across a page.
TOP_DATES = 12
#: Characters of a label's text at most; a longer one is cut at a word and given an ellipsis.
LABEL_CHARS = 80

#: What Mermaid reads as syntax (":" separates events, "#" and "%%" open comments, "%%{" a
#: directive, ";" ends a statement, double quotes, backticks and braces open strings and
#: blocks, "<" and ">" HTML; "ﬂ" and "¶" are in its entity placeholder) as Mermaid's own codes,
#: "#58;" for ":", which it turns back into the characters only in the drawing. A backtick
#: never reaches the text, so no label can close the Markdown code fence around the block.
_ENTITIES = {ch: f"#{ord(ch)};" for ch in "#:;\"`<>{}%ﬂ¶"}
_MERMAID = str.maketrans(_ENTITIES)


def mermaid_text(text: str) -> str:
    """``text`` on one line with nothing Mermaid (or the code fence around it) reads as syntax."""
    return one_line(text).translate(_MERMAID)


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` on one line; when longer than ``limit``, the words that fit and an ellipsis."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if (text[limit].isalnum() or text[limit] in "'’-") and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # the cut falls inside a word: leave the word out
    return cut.rstrip(" ,;:-–—") + "…"


def top_dates(dates: Sequence[BriefingDate], limit: int = TOP_DATES) -> list[BriefingDate]:
    """The ``limit`` most important dates of the timeline's own granularity, in date order."""
    dated = [d for d in dates if not d.entry.is_coarse]
    ranked = sorted(dated, key=lambda d: (-d.entry.importance, d.entry.start))[:limit]
    return sorted(ranked, key=lambda d: (d.entry.start, d.entry.end, d.entry.key))


def period_name(d: BriefingDate) -> str:
    """The date as the diagram names it: "Fri 3 May 2024" for a day, the entry's label else."""
    entry = d.entry
    name = (f"{entry.start:%a} {entry.start.day} {entry.start:%b %Y}"
            if entry.granularity == "day" else entry.label)
    return name + (" †" if entry.uncertain else "")


def date_label(d: BriefingDate) -> str:
    """One line for a date: its first summary sentence (or first sentence) as prose,
    shortened."""
    first = d.summary[:1] or d.entry.sentences[:1]
    text = short_label(detokenize(first[0].text)) if first else ""
    n = len(d.entry.sentences)
    return text or f"{n} sentence{'s' * (n != 1)}"


def mermaid_timeline(title: str, dates: Sequence[BriefingDate], limit: int = TOP_DATES
                     ) -> list[str]:
    """The fenced ``mermaid`` block as lines, or no lines when there is no date to draw."""
    chosen = top_dates(dates, limit)
    if not chosen:
        return []
    lines = ["```mermaid", "timeline", f"    title {mermaid_text(title) or 'Timeline'}"]
    lines += [f"    {mermaid_text(period_name(d))} : {mermaid_text(date_label(d))}"
              for d in chosen]
    return [*lines, "```"]
