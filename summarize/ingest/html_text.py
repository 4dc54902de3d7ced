"""Plain text from an HTML fragment (feed summaries, HTML inside JSON records)."""

from __future__ import annotations

import html
import re

from summarize import regex_cache as rx

_BLOCKS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt",
})
_DROP = ("script", "style", "noscript", "template")
_WS = rx.compile(r"\s+")
_TAG = rx.compile(r"<[^>]{0,2000}>")
_LOOKS_HTML = rx.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|li|h[1-6])\b[^>]{0,500}>", re.I)
_BLANKS = rx.compile(r"[ \t]*\n[ \t\n]*\n[ \t\n]*")


def looks_like_html(text: str) -> bool:
    """True when the text carries common HTML tags."""
    return "<" in text and bool(_LOOKS_HTML.search(text))


def strip_tags(fragment: str) -> str:
    """The fragment's text: paragraphs separated by a blank line, other whitespace collapsed."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    import lxml.html  # only for fields that hold markup
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _WS.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip()
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP)):
        bad.drop_tree()
    for el in root.iter():
        if el.text:
            el.text = _WS.sub(" ", el.text)
        if el.tail:
            el.tail = _WS.sub(" ", el.tail)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCKS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    lines = [line.strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
