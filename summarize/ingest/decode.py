"""Bytes to text: BOMs, UTF-8, a legacy-encoding fallback, binary detection, NFC."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

BINARY_MESSAGE = "binary file, not an article"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Starts of common non-text files (PDF, ZIP/docx/epub, gzip, PNG, JPEG, GIF, ELF).
_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")
#: Control bytes that never occur in text (tab, newlines, form feed and escape are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (8, 9, 10, 12, 13, 27))
_SAMPLE = 8192
_FALLBACK = "cp1252"
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\W\d_\x00-\x7f]{3,}")


def bom_encoding(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces and the mark's length, or (None, 0)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None, 0


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: a known file signature, NUL bytes or many controls."""
    if bom_encoding(data)[0] not in (None, "utf-8"):
        return False
    sample = data[:_SAMPLE]
    if sample.startswith(_MAGIC) or b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > max(2, len(sample) // 100)


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode bytes to NFC text with "\\n" line ends; also return a warning when not UTF-8."""
    encoding, skip = bom_encoding(data)
    warning = None
    if encoding:
        text = data[skip:].decode(encoding, "replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = guess_legacy_encoding(data)
            text = data.decode(encoding, "replace")
            warning = f"not valid UTF-8; decoded as {encoding}"
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return nfc(text), warning


def guess_legacy_encoding(data: bytes) -> str:
    """cp1252 (Western news), unless its reading is whole words of accented letters.

    Those runs ("Ïðèâåò") mean another script; charset-normalizer then names the encoding.
    Short Western texts are left alone: the detector often misreads them as Cyrillic.
    """
    western = data.decode(_FALLBACK, "replace")
    letters = _NON_ASCII_LETTER.findall(western)
    in_runs = sum(len(run) for run in _NON_ASCII_RUN.findall(western))
    if not letters or in_runs <= len(letters) / 2:
        return _FALLBACK
    best = charset_normalizer.from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return _FALLBACK
    return codecs.lookup(best.encoding).name


def nfc(text: str) -> str:
    """NFC-normalise, skipping the work when the text already is (the usual case)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)
