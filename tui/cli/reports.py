"""Rich renderables and JSON shapes for the non-interactive commands."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from summarize.models import Article, Mention, TaggedArticle
from summarize.safe_text import shown_path, shown_text

if TYPE_CHECKING:
    from summarize.storylines import Storyline

#: One colour per kind of time expression, shared with the TUI's article screen.
KIND_STYLES = {"DATE": "bold cyan", "TIME": "bold magenta", "DURATION": "bold yellow",
               "SET": "bold green"}


#: Characters that would act on the terminal (controls, bidirectional overrides) but for tabs and
#: newlines; shown as U+FFFD one for one, so offsets into the text still hold.
_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069]")


class _StdoutConsole(Console):
    """rich's console, but a closed pipe (``| head``) raises BrokenPipeError for ``main`` to
    end quietly with status 0 (rich's own answer is SystemExit(1), an internal error's)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def stdout_console(**options: Any) -> Console:
    """The console the commands print tables and views to."""
    return _StdoutConsole(**options)


def field(text: str, style: str = "") -> Text:
    """A title, id or outlet as the characters it is: on one line, controls escaped, never
    read as rich markup (``[/x]`` would be an error, ``[link=...]`` a hyperlink)."""
    return Text(shown_text(text), style=style)


def prose(text: str, style: str = "") -> Text:
    """Article text as rich ``Text`` (never markup) with terminal controls made inert,
    character for character."""
    return Text(_ACTIVE.sub("\ufffd", text), style=style)


def count(n: int, noun: str, many: str = "") -> str:
    """ "1 article", "2 articles" (``many`` where the plural is not noun + s)."""
    return f"{n:,} {noun if n == 1 else many or noun + 's'}"


def article_json(article: Article) -> dict[str, Any]:
    """The JSON shape of one article in ``dateline articles --json``."""
    from summarize.sentences import split_spans

    return {
        "id": article.id, "title": article.title, "source": article.source,
        "url": article.url, "byline": article.byline,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from or None, "language": article.language,
        "origin": shown_path(article.origin), "sentences": len(split_spans(article.text)),
        "characters": len(article.text),
        # page furniture cut out at ingestion: lines by reason, and their total
        "removed": dict(article.removed), "removed_lines": sum(n for _, n in article.removed),
    }


def removed_text(removed: dict[str, int]) -> Text:
    """ "12 · comments 10, byline 2", or a dim dash when nothing was cut."""
    total = sum(removed.values())
    if not total:
        return Text("—", style="dim")
    text = Text(str(total))
    text.append("\n" + ", ".join(f"{reason} {n}" for reason, n in removed.items()), style="dim")
    return text


def articles_table(articles: list[Article]) -> Table:
    table = Table(title=count(len(articles), "article"), title_justify="left")
    table.add_column("id", style="cyan", overflow="fold")
    table.add_column("title", style="bold", overflow="fold")
    table.add_column("published", style="green")
    table.add_column("source", style="magenta")
    table.add_column("sentences", justify="right")
    table.add_column("removed", justify="right")
    for row in (article_json(a) for a in articles):
        when = str(row["published"] or "—")[:16].replace("T", " ").removesuffix(" 00:00")
        published = Text(when, style="green")
        if row["published_from"]:
            published.append(f"\n{row['published_from']}", style="dim")
        table.add_row(field(row["id"]), field(row["title"]) if row["title"]
                      else Text("(untitled)", style="dim"),
                      published, field(row["source"] or "—"), str(row["sentences"]),
                      removed_text(row["removed"]))
    removed = sum(sum(n for _, n in a.removed) for a in articles)
    if removed:
        table.caption = (f"{count(removed, 'line')} of page furniture removed from "
                         f"{count(sum(1 for a in articles if a.removed), 'article')} (reader "
                         "comments, bylines, captions, share boxes, related stories, stamps)")
    return table


def mention_json(m: Mention) -> dict[str, Any]:
    return {
        "text": m.text, "start": m.start, "end": m.end, "sentence": m.sentence,
        "type": m.type, "value": m.value,
        "interval": [m.interval[0].isoformat(), m.interval[1].isoformat()] if m.interval
        else None,
        "granularity": m.granularity,
        "anchor": {"kind": m.anchor, "value": m.anchor_value or None},
        "mod": m.mod or None, "rule": m.rule, "explanation": m.explanation,
    }


def dct_json(t: TaggedArticle) -> dict[str, Any]:
    return {"value": t.dct.isoformat() if t.dct else None, "source": t.dct_source,
            "confidence": round(t.dct_confidence, 3), "evidence": list(t.dct_evidence),
            "conflicts": list(t.dct_conflicts)}


def tagged_json(t: TaggedArticle) -> dict[str, Any]:
    """``dateline tag --format json``: one object per article (schema in the README)."""
    return {"article": t.article.id, "title": t.article.title, "dct": dct_json(t),
            "mentions": [mention_json(m) for m in t.mentions]}


def dct_line(t: TaggedArticle) -> Text:
    """"published Sat 4 May 2024 (metadata)" or the inferred date with its evidence."""
    line = Text("reference date: ", style="dim")
    if t.dct is None:
        line.append("unknown", style="bold red")
    else:
        line.append(f"{t.dct:%a %d %b %Y}", style="bold green")
        line.append(f" ({t.dct_source}", style="dim")
        if t.dct_source == "inferred":
            line.append(f", {t.dct_confidence:.0%} sure", style="dim")
        line.append(")", style="dim")
    for evidence in t.dct_evidence:
        line.append(f"\n  · {shown_text(evidence)}", style="dim")
    for conflict in t.dct_conflicts:
        line.append(f"\n  ! {shown_text(conflict)}", style="bold yellow")
    return line


def highlighted(text: str, offset: int, mentions: list[Mention]) -> Text:
    """``text`` (starting at ``offset`` in the article) with its mentions coloured by kind."""
    out = prose(text)
    for m in mentions:
        out.stylize(KIND_STYLES.get(m.type, "bold"), m.start - offset, m.end - offset)
    return out


def tagged_view(t: TaggedArticle) -> Group:
    """``dateline tag``: each sentence with expressions, highlighted, with values and reasons."""
    heading = shown_text(t.article.title or t.article.id)
    parts: list[Any] = [Text(f"\n{heading}", style="bold underline"),
                        field(f"{t.article.id} · {t.article.source or 'unknown source'}",
                              style="dim"), dct_line(t)]
    by_sentence: dict[int, list[Mention]] = {}
    for m in t.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in t.sentences:
        mentions = by_sentence.get(sentence.index)
        if not mentions:
            continue
        parts.append(Text.assemble(Text(f"[{sentence.index}] ", style="dim"),
                                   highlighted(sentence.text, sentence.start, mentions)))
        for m in mentions:
            parts.append(Text.assemble(
                ("    ", ""), (shown_text(m.text), KIND_STYLES.get(m.type, "bold")),
                (" → ", "dim"), (m.value, "bold"), (f"  {m.type.lower()}", "dim"),
                (f"\n      {shown_text(m.explanation)}", "italic dim")))
    if len(parts) == 3:
        parts.append(Text("no time expressions", style="dim italic"))
    return Group(*parts)


def stories_table(stories: list[Storyline]) -> Table:
    """``dateline stories``: one row per storyline, biggest first."""
    table = Table(title=count(len(stories), "story", "stories"), title_justify="left")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("story", style="bold", overflow="fold")
    table.add_column("articles", justify="right")
    table.add_column("sources", style="magenta", overflow="fold")
    table.add_column("dates", style="green")
    for s in stories:
        span = "—" if s.first is None else f"{s.first:%d %b %Y}" + (
            f" – {s.last:%d %b %Y}" if s.last and s.last != s.first else "")
        table.add_row(field(s.id), field(s.label), str(len(s.articles)),
                      field(", ".join(s.sources) or "—"), span)
    return table
