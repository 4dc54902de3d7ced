"""Sentence splitting with exact character spans (placeholder; being replaced)."""

from __future__ import annotations

import re

from .models import Sentence

_BOUNDARY = re.compile(r"[^.!?]+(?:[.!?]+[\"”’)]*|$)")


def split_sentences(text: str, article_id: str = "") -> list[Sentence]:
    """Split ``text`` into sentences whose spans point back into it exactly."""
    out: list[Sentence] = []
    for m in _BOUNDARY.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Sentence(article_id, len(out), start, end, text[start:end]))
    return out
