"""The article's text, paragraph by paragraph, with every time expression highlighted."""

from __future__ import annotations

import re
from bisect import bisect_right

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from summarize.models import Mention, TaggedArticle

from .mention_style import highlight

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph of ``text`` (blank lines separate them)."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, 0)]


class ArticleBody(VerticalScroll):
    """One Static per paragraph, so that moving the cursor re-renders and scrolls only a little."""

    can_focus = True

    def __init__(self, tagged: TaggedArticle, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.tagged = tagged
        self.spans = paragraphs(tagged.article.text)
        self.current: Mention | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(self.tagged.article.title or self.tagged.article.id),
                     id="article-title")  # Content: a title is never read as markup
        for index in range(len(self.spans)):
            yield Static(self._render_paragraph(index), classes="paragraph")

    def paragraph_of(self, offset: int) -> int:
        return max(bisect_right([s for s, _ in self.spans], offset) - 1, 0)

    def _render_paragraph(self, index: int):
        start, end = self.spans[index]
        inside = [m for m in self.tagged.mentions if m.start < end and m.end > start]
        return highlight(self.tagged.article.text[start:end], start, inside, self.current)

    def set_current(self, mention: Mention | None) -> None:
        """Mark ``mention`` as the current one and scroll it into view."""
        previous, self.current = self.current, mention
        statics = list(self.query(".paragraph").results(Static))
        touched = {self.paragraph_of(m.start) for m in (previous, mention) if m is not None}
        for index in touched:
            if index < len(statics):
                statics[index].update(self._render_paragraph(index))
        if mention is not None and statics:
            target = statics[self.paragraph_of(mention.start)]
            self.call_after_refresh(self.scroll_to_widget, target, animate=False)
