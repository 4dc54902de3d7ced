"""The one place text from articles is made safe for Markdown (CommonMark, GFM, GitHub).

Every field that reaches a Markdown briefing (titles, sentences, outlet names, article ids,
labels, evidence) goes through ``markdown_text``: it renders as exactly the characters it was
given, on one line, with no link, image, raw HTML, heading, list, quote or emphasis made from it.
"""

from __future__ import annotations

import re
import unicodedata

from summarize import regex_cache as rx

#: Markdown syntax in a field, each match backslash-escaped (every ASCII punctuation character
#: may be, and renders as itself). Some characters are syntax anywhere in a line: backslash
#: escapes, emphasis and strikethrough, code spans, links and images, raw HTML and autolinks,
#: headings, table cells, math. Others only with some context around them.
_MARKUP = rx.compile(r"""
    [\\`*_~\[\]<>\#|$]
  | &(?=\#?\w+;)        # an entity or character reference: "&lt;" must stay four characters
  | /(?=/)              # "https://x", "//x": the "//" GitHub and linkify turn into a link
  | (?<=\S)\.(?=[\w-])  # "evil.com": the dots autolinkers look for in host names (after
                      # any character: a combining mark, as in "é.de", is part of a name)
  | (?<=www)\.          # "www.", which GitHub links even in "www. now"
  | @                   # "a@b.example": linkify's e-mail links
  | ^[-+=]              # a list item, thematic break or setext underline at a line's start
""", re.VERBOSE)
#: "1. x" or "2) x" would open an ordered list where the field starts a line.
_ORDERED = rx.compile(r"^(\d{1,9})([.)])")


def one_line(text: str) -> str:
    """``text`` on one line: runs of whitespace (newlines too) become one space; control
    characters and lone surrogates (which no file can hold) go."""
    kept = "".join(ch for ch in text
                   if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cs"))
    return " ".join(kept.split())


def markdown_text(text: str) -> str:
    """``text`` as Markdown inline text that renders as the same characters, on one line."""
    text = _MARKUP.sub(lambda m: "\\" + m.group(), one_line(text))
    return _ORDERED.sub(r"\1\\\2", text)


#: Characters a link destination must not hold bare: they would end it or break out of it.
_UNSAFE_IN_URL = frozenset('"<>\\^`{|}()')


def link_url(url: str) -> str | None:
    """``url`` as a Markdown link destination when it is an http(s) URL, else None.

    Anything that could end the destination (spaces, parentheses, ``<``, ``>``, quotes,
    controls) is percent-encoded; other schemes (javascript:, data:, file:) never link.
    """
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in ("http", "https"):
        return None
    if not re.split(r"[/?#]", rest, maxsplit=1)[0].rpartition("@")[2]:
        return None  # no host: "https:///x"
    return "".join(_percent(ch) if _unsafe(ch) else ch for ch in url)


def _unsafe(ch: str) -> bool:
    return (ch in _UNSAFE_IN_URL or ch.isspace()
            or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Zs"))


def _percent(ch: str) -> str:
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
