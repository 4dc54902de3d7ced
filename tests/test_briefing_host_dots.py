"""A dot between two characters of a host name is escaped whatever those characters are:
autolinkers read combining marks as parts of a domain, so "é.de" (with a combining accent)
in an article id or outlet name must not become a link in a briefing."""

from __future__ import annotations

import pytest
from test_briefing_markdown import PARSERS, rendered

from summarize.export.escape import markdown_text

#: Each a dot after a character Python's \w does not take for a word character, then a
#: top-level domain (autolinkers want a known one).
HOSTS = [
    "ক়.com",                 # Bengali KA and the combining nukta
    "e\u0301.de",            # e with a combining acute accent
    "harbour-wire\u0303.ae",  # a combining tilde at the end of a name
    "\U0001133a.Ae.co",       # a combining sign alone (what hypothesis found)
]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", HOSTS)
def test_no_host_name_becomes_a_link(parser, text):
    doc = rendered(f"- {markdown_text(text)} (wire)", parser)
    assert doc.find("a") == []
    [item] = doc.find("li")
    assert item.text == f"{text} (wire)"


@pytest.mark.parametrize(("text", "expected"), [
    ("e\u0301.Ab", "e\u0301\\.Ab"),
    ("3.5 km", "3\\.5 km"),
    ("end. Next", "end. Next"),   # a dot before a space ends a sentence: no host name
])
def test_which_dots_are_escaped(text, expected):
    assert markdown_text(text) == expected
