"""Bytes to text: BOMs, UTF-16 without one, UTF-8 (stray bytes replaced), a legacy-encoding
fallback, binary detection, NFC."""

from __future__ import annotations

import codecs
import unicodedata

from summarize import regex_cache as rx

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
_TEXT_CONTROLS = frozenset("\b\t\n\f\r\x1b")
_SAMPLE = 8192
_FALLBACK = "cp1252"
_NON_ASCII_LETTER = rx.compile(r"[^\W\d_\x00-\x7f]")
_NON_ASCII_RUN = rx.compile(r"[^\W\d_\x00-\x7f]{3,}")
#: Bytes that are not UTF-8, as ``surrogateescape`` keeps them.
_UNDECODABLE = rx.compile("[\udc80-\udcff]")
#: Read as UTF-8 with the bad bytes replaced when valid multi-byte characters outnumber them
#: this many times; legacy text (cp1252, cp1251, GBK) almost never forms valid sequences.
MOSTLY_UTF8 = 3
#: UTF-16 without a BOM: the high byte of each pair is zero in at least half the pairs, or
#: zero or one other value (a script's block: Greek, Cyrillic) in nine pairs of ten ...
_UTF16_ZEROS = 0.5
_UTF16_BLOCK = 0.9
#: ... and the low byte almost never zero.
_UTF16_LOW_ZEROS = 0.02


def bom_encoding(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces and the mark's length, or (None, 0)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None, 0


def utf16_without_bom(data: bytes) -> str | None:
    """The encoding of BOM-less UTF-16 text ("utf-16-le" or "utf-16-be"), else None: mostly-Latin
    text has a zero byte in every other place, always the same one of the pair."""
    sample = data[:_SAMPLE]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 8 or b"\x00" not in sample or bom_encoding(data)[0]:
        return None
    candidates = [encoding for encoding, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2]))
        if _high_bytes(high) and low.count(0) <= len(low) * _UTF16_LOW_ZEROS]
    if not candidates:
        return None
    encoding = candidates[0]
    text = sample.decode(encoding, "replace")
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    if "\x00" in text or controls > max(2, len(text) // 100) or text.count("\ufffd") > 1:
        return None
    return encoding


def _high_bytes(high: bytes) -> bool:
    """Do these bytes look like the high bytes of UTF-16 text in one script?"""
    zeros = high.count(0)
    if zeros >= len(high) * _UTF16_ZEROS:
        return True
    block = max((high.count(b) for b in set(high) - {0}), default=0)
    return zeros > 0 and zeros + block >= len(high) * _UTF16_BLOCK


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: a known file signature, NUL bytes or many controls."""
    if bom_encoding(data)[0] not in (None, "utf-8") or utf16_without_bom(data):
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
    elif encoding := utf16_without_bom(data):
        text = data.decode(encoding, "replace")
        warning = f"no byte-order mark; decoded as {encoding.upper()}"
    else:
        text, replaced, legacy = decode_utf8(data)
        if legacy:
            warning = legacy_message(legacy)
        elif replaced:
            warning = replaced_message(replaced)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return nfc(text), warning


def decode_utf8(data: bytes, legacy: str | None = None) -> tuple[str, int, str | None]:
    """(text, bytes replaced, legacy encoding used): UTF-8 when it is, or overwhelmingly is
    (stray bytes become U+FFFD), else ``legacy`` or the likeliest legacy encoding."""
    try:
        return data.decode("utf-8"), 0, None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "surrogateescape")
    text, bad = _UNDECODABLE.subn("\ufffd", text)
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if multibyte >= MOSTLY_UTF8 * bad:
        return text, bad, None
    encoding = legacy or guess_legacy_encoding(data)
    return data.decode(encoding, "replace"), 0, encoding


def replaced_message(count: int) -> str:
    """The warning for stray bytes replaced in UTF-8 text."""
    return (f"{count} byte is not valid UTF-8; replaced with U+FFFD" if count == 1 else
            f"{count} bytes are not valid UTF-8; replaced with U+FFFD")


def legacy_message(encoding: str) -> str:
    """The warning for text read in a legacy encoding."""
    return f"not valid UTF-8; decoded as {encoding}"


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
    import charset_normalizer  # only for text that is not UTF-8 (costs start-up otherwise)

    best = charset_normalizer.from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return _FALLBACK
    return codecs.lookup(best.encoding).name


def nfc(text: str) -> str:
    """NFC-normalise, skipping the work when the text already is (the usual case)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)
