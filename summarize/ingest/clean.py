"""Tidy article text: NFC, drop boilerplate lines, collapse runs of blank lines.

Everything else is kept exactly, so later offsets point into what the user wrote.
"""

from __future__ import annotations

import re

from summarize import regex_cache as rx
from summarize.ingest.decode import nfc
from summarize.ingest.resources import BOILERPLATE_LINES

_BOILERPLATE = rx.compile(
    r"^[ \t]{0,40}(?:" + "|".join(BOILERPLATE_LINES) + r")[ \t]{0,40}[.!:…»›>-]{0,3}[ \t]{0,40}"
    r"(?:\n|\Z)",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_RUN = rx.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SPACE = rx.compile(r"\s+")
#: Lone surrogates ("\\ud800" in JSON) cannot be written out as UTF-8: they become U+FFFD.
_SURROGATE = rx.compile("[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """``text`` with any lone surrogate replaced by U+FFFD, so it can always be encoded."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def tidy_text(text: str) -> str:
    """Article text ready for sentence splitting: NFC, no boilerplate lines, trimmed ends."""
    text = nfc(no_surrogates(text))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BOILERPLATE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def faithful_text(text: str) -> str:
    """Plain-text files: NFC, LF line ends and no boilerplate lines, nothing else changed, so
    offsets match the file wherever it had no boilerplate (what ``dateline tag`` reports)."""
    text = nfc(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BOILERPLATE.sub("", text)


def tidy_field(value: str) -> str:
    """A one-line metadata value (title, source, byline): NFC with whitespace collapsed."""
    return _SPACE.sub(" ", nfc(no_surrogates(value))).strip()


def is_boilerplate(line: str) -> bool:
    """True when the whole line is a known boilerplate phrase ("Advertisement", "Share this")."""
    return bool(_BOILERPLATE.fullmatch(line.strip()))
