"""Text from outside (file names, parser messages) shown on one terminal line, escaped visibly.

A leaf module: it imports nothing of dateline, so the CLI, the TUI and the exporters can all use
it. Escapes, chosen so that every shown path reads back to exactly one name:

- ``\\n``, ``\\r``, ``\\t`` for newline, carriage return and tab;
- ``\\xHH`` below 0x80 for the other C0 controls and DEL (``\\x1b``, ``\\x7f``);
- ``\\xHH`` from 0x80 up for a byte of the name that is not valid in the file-system encoding
  (``os.fsdecode`` keeps byte 0xHH as the lone surrogate U+DCHH);
- ``\\uHHHH`` (``\\UHHHHHHHH`` above U+FFFF) for every other character Python does not count
  as printable (``str.isprintable``): C1 controls (``\\u0085``), line and paragraph
  separators, bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
  U+202A–U+202E, U+2066–U+2069), zero-width and other format characters, spaces other than
  the ASCII space, private-use and unassigned code points, and any other lone surrogate.

A backslash in a path is left alone unless what follows it would make it read as one of these
escapes (a backslash, ``n``, ``r``, ``t``, ``x``, ``u``, ``U`` or an escaped character): only
then is it doubled. So ``C:\\data\\file.txt`` shows as itself, and no two names show the same.
"""

from __future__ import annotations

import os

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: What may follow a backslash in an escape: a backslash before one of these is doubled.
_ESCAPE_STARTS = frozenset("\\nrtxuU")


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code < 0x80:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte kept by os.fsdecode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shown_text(text: str) -> str:
    """``text`` on one line with every unprintable character escaped (for messages).

    Backslashes are kept as they are: use ``shown_path`` where a name must read back exactly.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def shown_path(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A path as one line of printable text that reads back to exactly that path."""
    text = os.fsdecode(path)
    if "\\" not in text:
        return shown_text(text)
    out = []
    for i, ch in enumerate(text):
        if ch == "\\":
            nxt = text[i + 1:i + 2]
            doubled = nxt in _ESCAPE_STARTS or (nxt and not nxt.isprintable())
            out.append("\\\\" if doubled else "\\")
        else:
            out.append(ch if ch.isprintable() else _escape(ch))
    return "".join(out)
