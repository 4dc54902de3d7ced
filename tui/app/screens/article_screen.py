"""One article: its text with every time expression highlighted, and where its date came from."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static

from summarize import safe_text
from summarize.models import Mention, TaggedArticle

from ..messages import ArticleDateChosen
from ..widgets.article_body import ArticleBody
from ..widgets.coverage_strip import CoverageStrip
from ..widgets.mention_list import MentionList
from ..widgets.mention_style import anchor_text, kind_style, legend, mention_kind
from .prompt_dialog import PromptDialog

DCT_SOURCES = {"metadata": "from the article's metadata", "inferred": "inferred from the text",
               "given": "set by you", "unknown": "unknown"}


def shown_path(origin: str) -> str:
    """The article's file relative to the working folder when it lies inside it (shorter),
    on one line with its control characters and undecodable bytes escaped."""
    try:
        return safe_text.shown_path(Path(origin).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return safe_text.shown_path(origin)


def provenance(tagged: TaggedArticle) -> Content:
    """Source, file, and the publication date with where it came from and any conflicts."""
    art = tagged.article
    parts: list[Content] = [Content.styled(art.source or "(no source)", "bold")]
    if art.byline:
        parts.append(Content(art.byline))
    if art.url:
        parts.append(Content.styled(art.url, "$text-muted"))
    if art.origin:
        parts.append(Content.styled(shown_path(art.origin), "$text-muted"))
    when = f"{tagged.dct:%A} {tagged.dct.day} {tagged.dct:%B %Y}" if tagged.dct else "unknown"
    parts += [Content(""), Content.assemble(("Published ", "bold"), (when, "bold $text-success"))]
    how = DCT_SOURCES.get(tagged.dct_source, tagged.dct_source)
    if tagged.dct_source == "metadata" and art.published_from:
        how += f" ({art.published_from})"
    if tagged.dct_source == "inferred":
        how += f", confidence {tagged.dct_confidence:.0%}"
    parts.append(Content.styled(how, "italic"))
    parts += [Content.assemble("  • ", e) for e in tagged.dct_evidence]
    parts += [Content.styled(f"⚠ {c}", "$text-error") for c in tagged.dct_conflicts]
    return Content("\n").join(parts)


def mention_detail(mention: Mention | None) -> Content:
    """The focused mention's value and the reason for it."""
    if mention is None:
        return Content.styled("No time expressions in this article.", "italic")
    return Content("\n").join([
        Content.assemble(("“" + mention.text + "”", kind_style(mention_kind(mention)))),
        Content.assemble((mention.type, "bold"), " ", (mention.value, "bold $text-primary"),
                         f" ({mention.granularity})" if mention.granularity else ""),
        Content(f"against {anchor_text(mention)}"),
        Content.styled(mention.explanation, "italic"),
        Content.styled(f"rule: {mention.rule}", "$text-muted"),
    ])


def mention_mark(mention: Mention | None) -> tuple[tuple[date, date] | None, str]:
    """Where the article's strip marks the focused mention, and the note naming it."""
    legend = "◆ published"
    if mention is None or mention.interval is None:
        return None, legend
    start, end = mention.interval
    return (start.date(), end.date()), f"▲ {mention.value} · {legend}"


def check_day(text: str) -> str | None:
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return "Write the date as YYYY-MM-DD, e.g. 2024-05-04."
    return None


class ArticleScreen(Screen[None]):
    """The article's text beside its provenance, its mentions and the current mention's reason."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("d", "set_date", "Set date"),
    ]

    def __init__(self, tagged: TaggedArticle, offset: int | None = None) -> None:
        super().__init__()
        self.tagged = tagged
        self.start_index = self._index_at(offset)

    def _index_at(self, offset: int | None) -> int:
        """The mention starting at ``offset``, else the last one before it (what a continuing
        sentence leans on), else the first."""
        mentions = self.tagged.mentions
        if offset is None or not mentions:
            return 0
        before = [i for i, m in enumerate(mentions) if m.start <= offset]
        exact = [i for i in before if mentions[i].start == offset]
        return (exact or before or [0])[0 if exact else -1]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="article-main"):
            with Vertical(id="article-left"):
                yield ArticleBody(self.tagged, id="article-body")
                yield CoverageStrip("mentions", trim=False, id="article-coverage")
            with Vertical(id="article-side"):
                yield Static(provenance(self.tagged), id="article-meta")
                yield Static(legend(), id="legend")
                yield Label(f"{len(self.tagged.mentions)} time expressions", id="mentions-title")
                yield MentionList(self.tagged.mentions, id="mentions")
                yield Static(mention_detail(None), id="mention-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.tagged.article.title or self.tagged.article.id
        self.query_one(CoverageStrip).show_mentions(self.tagged.mentions, pin=self.tagged.dct)
        mentions = self.query_one(MentionList)
        mentions.focus()
        if self.tagged.mentions:
            mentions.highlighted = self.start_index

    def on_mention_list_current(self, event: MentionList.Current) -> None:
        self.query_one("#mention-detail", Static).update(mention_detail(event.mention))
        self.query_one(ArticleBody).set_current(event.mention)
        self.query_one(CoverageStrip).mark(*mention_mark(event.mention))

    @property
    def current_mention(self) -> Mention | None:
        return self.query_one(ArticleBody).current

    async def show_article(self, tagged: TaggedArticle) -> None:
        """Show a re-tagged version of the article (after its date changed)."""
        current = self.query_one(MentionList).highlighted
        self.tagged = tagged
        self.start_index = min(current or 0, max(len(tagged.mentions) - 1, 0))
        await self.recompose()
        self.on_mount()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_set_date(self) -> None:
        value = self.tagged.dct.isoformat() if self.tagged.dct else ""

        def chosen(text: str | None) -> None:
            if text:
                self.post_message(ArticleDateChosen(self.tagged.article.id,
                                                    date.fromisoformat(text.strip())))

        self.app.push_screen(PromptDialog(
            "Publication date (YYYY-MM-DD)", value, placeholder="2024-05-04",
            hint="Every relative date in the article is resolved again from it.",
            check=check_day), chosen)
