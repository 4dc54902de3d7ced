"""Build the blind TimeML set: each ``src/NAME.txt`` becomes ``NAME.tml`` beside this script.

A source file opens with ``DCT: YYYY-MM-DD`` and a blank line; the rest is the text, with each
gold expression written ``[[span|TYPE|value]]`` or ``[[span|TYPE|value|MOD]]`` (TYPE: D, T, U,
S for DATE, TIME, DURATION, SET). Kept as plain text so the keys are easy to read and review.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
TYPES = {"D": "DATE", "T": "TIME", "U": "DURATION", "S": "SET"}
MARK = re.compile(r"\[\[([^|\]]+)\|([DTUS])\|([^|\]]+)(?:\|([A-Z_]+))?\]\]")


def to_tml(name: str, source: str) -> str:
    """The TimeML document for one source text (its DCT line, then the marked text)."""
    head, _, body = source.partition("\n\n")
    dct = head.removeprefix("DCT:").strip()
    parts: list[str] = []
    pos = 0
    for n, m in enumerate(MARK.finditer(body), start=1):
        parts.append(escape(body[pos:m.start()]))
        span, kind, value, mod = m.groups()
        attrs = f'tid="t{n}" type="{TYPES[kind]}" value={quoteattr(value)}'
        if mod:
            attrs += f' mod="{mod}"'
        parts.append(f"<TIMEX3 {attrs}>{escape(span)}</TIMEX3>")
        pos = m.end()
    parts.append(escape(body[pos:]))
    text = "".join(parts).strip("\n")
    if "[[" in text or "]]" in text:
        raise ValueError(f"{name}: a malformed [[...]] mark")
    return ('<?xml version="1.0" ?>\n<TimeML>\n'
            f"<DOCID>{name}</DOCID>\n"
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
            f"<TEXT>\n{text}\n</TEXT>\n</TimeML>\n")


def main() -> None:
    """Write every NAME.tml from src/NAME.txt."""
    for src in sorted((HERE / "src").glob("*.txt")):
        (HERE / f"{src.stem}.tml").write_text(to_tml(src.stem, src.read_text("utf-8")), "utf-8")


if __name__ == "__main__":
    main()
