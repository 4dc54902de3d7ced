"""Sentence splitting with exact character spans into the original text.

Cheap rules settle the clear cases (blank lines, headline lines, "word. Capital", PTB " . ",
glued seams such as "dayToday"); syntok decides only the periods after abbreviations that may
or may not end a sentence ("Acme Inc.", "Main St.", "the U.S."), which keeps it fast. Where
syntok's own word lists make its verdict certain ("the U.S. Coast Guard", "King Jr. Day") it is
worked out here without running syntok (``_syntok_keeps``, ``_syntok_verdict``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from syntok.segmenter import segment as _syntok_segment
from syntok.tokenizer import Tokenizer as _SyntokTokenizer

from summarize import regex_cache as rx

from .models import Sentence
from .resources import sentence_words as words

_SPLIT, _KEEP, _ASK = 0, 1, 2

# Hard-wrapped text (plain-text mail, old wire copy) has lines of a similar, modest width.
_WRAP_MIN, _WRAP_MAX, _WRAP_FULL = 55, 100, 0.75

_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: A line that starts a list item or a heading, so it never continues the line before.
_ITEM_LINE = rx.compile(r"(?:[-*+–—]\s|[•▪◦‣●■]|#{1,6}\s|>\s|\(?(?:\d{1,3}|[a-z])[.)]\s)")
_HEADING = rx.compile(r"#{1,6}\s")
#: Markup left out of a block's first sentence: "- ", "• ", "## ", "> ".
_MARKER = rx.compile(r"(?:[-*+–—]|#{1,6}|>)[^\S\n]+|[•▪◦‣●■][^\S\n]*")
#: Every place worth a look: terminal punctuation, a lower-to-upper seam, an inline bullet.
#: The pattern opens with one character class holding every branch's first character, so
#: CPython's search skips other characters in C and tries the branches only there. Each
#: branch then checks its own first character with a lookbehind: the matches are exactly
#: those of ``[.!?…]+|[A-Z](?<=[a-z\d][A-Z])|\s[•▪◦‣●■](?=\s)`` (three times faster).
_POINT = rx.compile(r"[.!?…A-Z\s](?:(?<=[.!?…])[.!?…]*|(?<=[a-z\d][A-Z])|(?<=\s)[•▪◦‣●■](?=\s))")
#: ``_POINT`` for a block with no bullet: the scan then stops at no blank (twice as fast);
#: the same as ``[.!?…]+|[A-Z](?<=[a-z\d][A-Z])``.
_POINT_NO_BULLET = rx.compile(r"[.!?…A-Z](?:(?<=[.!?…])[.!?…]*|(?<=[a-z\d][A-Z]))")
_BULLETS = "•▪◦‣●■"
_CLOSERS = frozenset("\"')]}”’»")
_SPACED_CLOSERS = frozenset("'”’)]»")
_PTB_CLOSERS = ("-RRB-", "-RSB-", "-RCB-")
_OPENING = rx.compile(r"(?:``|[\"“‘'`(\[{«¿¡]|\s)*")
_WORD = rx.compile(r"[^\W_]+")
_SPACES = rx.compile(r"\s+")
_QUOTE = rx.compile('"')
_GOES_ON = rx.compile(r"[,'’]?\s*[^\W_]")
_LETTERS = rx.compile(r"[^\W\d_]+")
_DOTTED = rx.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LIST_MARK = rx.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})\)?")
_CLOCK = frozenset({"a.m", "p.m"})
_BRACKET_CLOCK = rx.compile(r"\(\s*(?:\d{3,4}|\d{1,2}[:.]\d{2})\b")  # the time in another zone
_ZONE_TIME = rx.compile(r"[^\W\d_]+(?: [A-Z][a-z]+){0,2} [Tt]ime\b")  # "Kyiv time", "New York time"
_VOWELS = frozenset("aeiouyAEIOUY")
_OPENERS = "\"“‘'`([{«"  # left off the word before a point
#: Abbreviations that keep their meaning when PTB text sets their period off by a space.
_DETACHABLE = words.TITLES | words.NEVER_FINAL | words.BEFORE_NUMBER
#: How far to look around a candidate; longer tokens are never abbreviations or openers.
_REACH = 64

_tokenizer = _SyntokTokenizer(replace_not_contraction=False)
#: What syntok splits a word at ("McDonald" -> "Mc", "Donald"), its sentence openers, and its
#: abbreviations without dots: ``_syntok_keeps`` reads them to foresee syntok's verdict. They
#: are syntok's internals (1.4.4): a syntok without them is simply asked every time.
try:
    from syntok._segmentation_states import State as _SyntokState

    _SYNTOK_SEPARATION = _SyntokTokenizer._separation
    _SYNTOK_STARTERS = _SyntokState.starters
    _SYNTOK_ABBREVIATIONS = _SyntokState.abbreviations
    _SYNTOK_BRACKETS = _SyntokState.opening_brackets
    _SYNTOK_ROMAN = _SyntokState.roman_numerals
    _FORESEEN = True
except (ImportError, AttributeError):  # pragma: no cover - another syntok
    _FORESEEN = False
#: A capitalised word that syntok reads as one token when a space follows: "Obama", "BP".
_PLAIN_CAPITAL = rx.compile(r"[A-Z]+[a-z]*(?= )")


def split_sentences(text: str, article_id: str = "") -> list[Sentence]:
    """Split ``text`` into sentences whose spans point back into it exactly."""
    return [
        Sentence(article_id, i, start, end, text[start:end])
        for i, (start, end) in enumerate(split_spans(text))
    ]


def split_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of every sentence, in order, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for start, end in _blocks(text):
        spans.extend(_split_block(text, start, end))
    return spans


# --- blocks: paragraphs and lines that a sentence never crosses -------------------------------


def _paragraphs(text: str) -> Iterator[list[tuple[int, int]]]:
    """Yield runs of non-blank lines as stripped (start, end) spans."""
    para: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip(_LINE_BREAKS)
        body = content.strip()
        if body:
            start = offset + (len(content) - len(content.lstrip()))
            para.append((start, start + len(body)))
        if (not body or line.endswith("\u2029")) and para:
            yield para
            para = []
        offset += len(line)
    if para:
        yield para


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Yield stretches of text that no sentence crosses, without leading list markup."""
    for para in _paragraphs(text):
        width = max(end - start for start, end in para)
        wrapped = len(para) > 1 and _WRAP_MIN <= width <= _WRAP_MAX
        start = para[0][0]
        for (line_start, line_end), (next_start, _) in pairwise(para):
            if not _line_continues(text, line_start, line_end, next_start, wrapped, width):
                yield from _unmarked(text, start, line_end)
                start = next_start
        yield from _unmarked(text, start, para[-1][1])


def _line_continues(
    text: str, start: int, end: int, next_start: int, wrapped: bool, width: int
) -> bool:
    """Whether a line break is only a wrap inside a sentence, not a line of its own."""
    if _ITEM_LINE.match(text, next_start) or _HEADING.match(text, start):
        return False
    if text[next_start].islower() or text[end - 1] in ",;-(":
        return True
    return wrapped and end - start >= _WRAP_FULL * width


def _unmarked(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    marker = _MARKER.match(text, start, end)
    if marker:
        start = marker.end()
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


# --- candidate boundaries inside a block --------------------------------------------------------


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = list(_cuts(text, start, end))
    if any(cut[2] == _ASK for cut in cuts):
        cuts = _ask_syntok(text, start, end, cuts)
    spans: list[tuple[int, int]] = []
    current = start
    for cut_end, cut_start, verdict, _ in cuts:
        if verdict == _SPLIT and cut_end >= current:
            _add_stripped(text, current, cut_end, spans)
            current = cut_start
    _add_stripped(text, current, end, spans)
    return spans


def _add_stripped(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int, int, int]]:
    """Yield (sentence end, next start, verdict, next word) for each candidate boundary."""
    quotes = [m.start() for m in _QUOTE.finditer(text, start, end)]
    sentence_start = start
    last = start
    points = _POINT if any(text.find(b, start, end) >= 0 for b in _BULLETS) else _POINT_NO_BULLET
    for match in points.finditer(text, start, end):
        pos = match.start()
        if pos < last:
            continue
        char = text[pos]
        if char.isspace():
            cut = (pos, match.end(), _SPLIT, match.end())
        elif char.isupper():
            cut = _seam_cut(text, start, end, pos)
        else:
            cut = None
            if char == "." and match.end() == pos + 1:
                cut = _spaced_stop(text, start, end, pos, sentence_start)
            if cut is None:
                cut = _terminal_cut(text, (start, end), match.span(), sentence_start, quotes)
        if cut is not None:
            last = cut[1]
            if cut[2] == _SPLIT:
                sentence_start = cut[1]
            yield cut


def _seam_cut(text: str, start: int, end: int, pos: int) -> tuple[int, int, int, int] | None:
    """A sentence glued to the one before by a lost space: "dayToday", "LuganskThe"."""
    word_match = _LETTERS.match(text, pos, min(end, pos + _REACH))
    word = word_match.group() if word_match else ""
    if word not in words.GLUED_OPENERS:
        return None
    left, stop = pos, max(start, pos - _REACH)
    while left > stop and text[left - 1].isalpha():
        left -= 1
    lower_run = pos - left if text[left:pos].islower() else 0
    if text[pos - 1].isdigit():
        if len(word) < 3:
            return None
    elif pos - 2 < start or not text[pos - 2].islower():
        return None  # "McDonald", "iPhone": one lowercase letter is part of a name
    elif len(word) == 1 and lower_run < 3:
        return None  # "BofA"
    if text[left : pos + len(word)] in words.GLUED_NAMES:
        return None
    if not _GOES_ON.match(text, pos + len(word), end):
        return None  # the opener must lead into more words: not "really MoveOn ."
    return (pos, pos, _SPLIT, pos)


def _spaced_stop(
    text: str, start: int, end: int, pos: int, sentence_start: int
) -> tuple[int, int, int, int] | None:
    """Judge a period set off by single spaces before a word (PTB " . The"), most points in
    tokenized news, as ``_terminal_cut`` does but in a few steps; None where it needs that.

    With a blank before the period ``_previous_token`` is "", and with a word after the space
    ``_verdict`` keeps before a lowercase letter and splits before any other, unless the
    token before the blank is an abbreviation or the sentence is short enough to be a list
    mark: those go to ``_terminal_cut``. ``tests/test_sentences_speed.py`` checks the two agree.
    """
    word_pos = pos + 2
    if not (start < pos and word_pos < end and text[pos - 1] == " " and text[pos + 1] == " "):
        return None
    next_char = text[word_pos]
    if not next_char.isalnum():
        return None
    if next_char.islower():
        return (pos + 1, word_pos, _KEEP, word_pos)
    if pos - sentence_start <= 8:
        return None
    blank = pos - 1
    if text[blank - 1].isspace():
        detached = bool(_detached_token(text, start, pos))
    else:  # _detached_token's word in one step: the text before the blank ends in a word
        detached = _previous_token(text, start, blank) in _DETACHABLE
    return None if detached else (pos + 1, word_pos, _SPLIT, word_pos)


def _terminal_cut(
    text: str,
    block: tuple[int, int],
    term: tuple[int, int],
    sentence_start: int,
    quotes: list[int],
) -> tuple[int, int, int, int] | None:
    """Judge the punctuation at ``text[term_start:term_end]``: split, keep, or ask syntok."""
    start, end = block
    term_start, term_end = term
    cut_end = term_end
    while cut_end < end and text[cut_end] in _CLOSERS:
        if text[cut_end] == '"' and not _inside_quotes(quotes, cut_end):
            break  # this quote opens the next sentence
        cut_end += 1
    if cut_end >= end:
        return None
    glued = not text[cut_end].isspace()
    if glued and not _glued_capital(text, cut_end, end):
        return None
    spaces = None if glued else _SPACES.match(text, cut_end, end)
    if spaces is not None and spaces.end() < end and text[spaces.end()].isalnum():
        next_start = word_pos = spaces.end()  # spaces, then a word: nothing to skip or trim
    else:
        next_start = cut_end if glued else _after_spaced_closers(text, end, cut_end, quotes)
        if next_start >= end:
            return None
        word_pos = _OPENING.match(text, next_start, end).end()
        if not glued:
            cut_end = _trim_end(text, cut_end, next_start)
    word_match = _WORD.match(text, word_pos, min(end, word_pos + _REACH))
    next_word = word_match.group() if word_match else ""
    prev = _previous_token(text, start, term_start)
    punctuation = text[term_start:term_end]
    next_char = text[word_pos] if word_pos < end else ""
    if text[next_start] in "([" and next_char.islower():
        next_char = "("  # "... the end. (reporting by ...)" opens a new sentence
    verdict = _verdict(prev, punctuation, next_word, next_char)
    if verdict == _SPLIT and not prev and punctuation == ".":
        detached = _detached_token(text, start, term_start)
        if detached:  # with no such token, _verdict would repeat the verdict it just gave
            verdict = _verdict(detached, punctuation, next_word, next_char)
    if verdict == _ASK and prev.lower() in _CLOCK:
        # syntok keeps "5 p.m. Officials left" whole; only "p.m. Kyiv time" continues
        verdict = _KEEP if _ZONE_TIME.match(text, word_pos, end) \
            or _BRACKET_CLOCK.match(text, next_start, end) else _SPLIT  # "a.m. (1340 GMT)"
    if (
        verdict == _ASK
        and punctuation == "."
        and cut_end == term_end
        and text.count(" ", term_end, word_pos) == word_pos - term_end
        and _syntok_keeps(text, sentence_start, term_start, word_pos)
    ):
        verdict = _KEEP  # what syntok would say, without asking it: see _syntok_keeps
    if (
        verdict == _SPLIT
        and term_start - sentence_start <= 8
        and _LIST_MARK.fullmatch(text[sentence_start:term_start].strip())
    ):
        verdict = _KEEP  # "1. First item", "(a) Second"
    if glued:
        left = text[term_start - 1] if term_start > start else ""
        if (
            verdict != _SPLIT
            or "!" in punctuation
            or not (left.islower() or left.isdigit())
            or (_in_address(text, start, end, term_start))
        ):
            return None
    return (cut_end, next_start, verdict, word_pos)


def _glued_capital(text: str, pos: int, end: int) -> bool:
    return pos + 1 < end and text[pos].isupper() and text[pos + 1].islower()


def _inside_quotes(quotes: list[int], pos: int) -> bool:
    """Whether an odd number of straight double quotes precede ``pos`` in its block."""
    return bisect_left(quotes, pos) % 2 == 1


def _after_spaced_closers(text: str, end: int, pos: int, quotes: list[int]) -> int:
    """Skip whitespace and closing quotes set off by spaces (PTB "fight . '' Then")."""
    while pos < end and text[pos].isspace():
        pos += 1
    while pos < end:
        if text.startswith("''", pos):
            token_end = pos + 2
        elif text.startswith(_PTB_CLOSERS, pos):
            token_end = pos + 5
        elif text[pos] in _SPACED_CLOSERS or (text[pos] == '"' and _inside_quotes(quotes, pos)):
            token_end = pos + 1
        else:
            break
        if token_end < end and not text[token_end].isspace():
            break
        pos = token_end
        while pos < end and text[pos].isspace():
            pos += 1
    return pos


def _trim_end(text: str, cut_end: int, next_start: int) -> int:
    """Move the sentence end past closers set off by spaces, up to the next sentence."""
    end = next_start
    while end > cut_end and text[end - 1].isspace():
        end -= 1
    return end


def _previous_token(text: str, start: int, pos: int) -> str:
    if pos <= start or text[pos - 1].isspace():
        return ""
    return _last_word(text[max(start, pos - _REACH) : pos]).lstrip(_OPENERS)


def _last_word(piece: str) -> str:
    parts = piece.rsplit(None, 1)
    return parts[-1] if parts and not piece[-1].isspace() else ""


def _detached_token(text: str, start: int, pos: int) -> str:
    """The word before a period set off by a space ("approx . 40"), or "" for a plain word."""
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    token = _previous_token(text, start, pos)
    return token if token in _DETACHABLE else ""


def _in_address(text: str, start: int, end: int, pos: int) -> bool:
    left = _last_word(text[max(start, pos - _REACH) : pos])
    right = text[pos : min(end, pos + _REACH)].split(None, 1)
    token = (left + (right[0] if right else "")).lower()
    return "@" in token or "://" in token or "www." in token


def _verdict(prev: str, term: str, next_word: str, next_char: str) -> int:
    """Decide a boundary from the token before the punctuation and the word after it."""
    if not next_char or next_char.islower() or next_char in ".,;:!?…":
        return _KEEP
    if term == "." and prev in _SHOUTED_CLOCK and _shouted_after_clock(next_word):
        return _KEEP  # "AT FIVE P.M. TOMORROW": capitals tell no sentence's start (session 25)
    opener = next_word in words.SENTENCE_OPENERS
    if "!" in term or "?" in term:
        return _SPLIT
    if term != ".":  # an ellipsis: "...", "…"
        return _SPLIT if opener else (_ASK if next_char.isupper() else _KEEP)
    if not prev:  # a period set off by spaces, as in PTB-tokenized text
        return _SPLIT
    if prev in words.TITLES or prev in words.NEVER_FINAL:
        return _KEEP
    if next_char.isdigit() and prev in words.BEFORE_NUMBER:
        return _KEEP
    if _DOTTED.fullmatch(prev) or prev in words.MAY_BE_FINAL:
        if opener:
            return _SPLIT
        if prev.lower() in _CLOCK and next_word in words.AFTER_CLOCK_TIME:
            return _KEEP
        return _ASK
    if len(prev) == 1 and prev.isalpha():  # an initial: "J. R. R. Tolkien"
        return _SPLIT if opener and len(next_word) > 1 else _KEEP
    if _looks_abbreviated(prev):
        return _SPLIT if opener else _ASK
    return _SPLIT


_SHOUTED_CLOCK = frozenset({"A.M", "P.M"})


def _shouted_after_clock(word: str) -> bool:
    """Whether a word in capitals after "A.M."/"P.M." continues a text set in capitals."""
    return word.isupper() and (word in words.AFTER_SHOUTED_CLOCK_TIME
                               or word.capitalize() in words.AFTER_CLOCK_TIME
                               or word in words.AFTER_CLOCK_TIME)


def _looks_abbreviated(token: str) -> bool:
    """Short mixed-case letters without vowels read as abbreviations: "Blvd", "Pvt", "Ky"."""
    return (
        len(token) <= 4
        and token.isalpha()
        and not token.isupper()
        and not any(c in _VOWELS for c in token)
    )


def _syntok_keeps(text: str, sentence_start: int, term_start: int, word_pos: int) -> bool:
    """Whether syntok is sure to keep a period set off from the next word by spaces only
    ("the U.S. Coast Guard", "Bay St. Louis"), so that it need not tokenize the stretch.

    syntok reads the word before the period as one token when it is a whole space-separated
    word that its tokenizer does not split, and the next token is the next word's letters up
    to the first place its tokenizer splits them (a token with anything else in it is no
    opener). After such a token with a dot inside or one of syntok's abbreviations, its
    ``_move_and_maybe_extract_terminal`` splits only before one of its sentence openers and
    keeps otherwise; a period hidden in skipped brackets is kept too. Deciding only keeps
    leaves the stretches between sure splits, which syntok is given, as they were.
    ``tests/test_sentences_speed.py`` checks every such verdict against syntok's own.
    """
    if not _FORESEEN:
        return False
    word_start = max(text.rfind(" ", sentence_start, term_start) + 1, sentence_start)
    word = text[word_start:term_start]
    if not (_DOTTED.fullmatch(word) or word in _SYNTOK_ABBREVIATIONS):
        return False
    if _SYNTOK_SEPARATION.search(word):
        return False  # "GmbH" is two tokens to syntok
    letters = _LETTERS.match(text, word_pos)
    first = letters.group() if letters else ""
    split = _SYNTOK_SEPARATION.search(first)
    if split:
        first = first[: split.start()]
    return first not in _SYNTOK_STARTERS


def _ask_syntok(
    text: str, start: int, end: int, cuts: list[tuple[int, int, int, int]]
) -> list[tuple[int, int, int, int]]:
    """Let syntok settle each undecided cut, reading only the stretch between sure splits."""
    resolved = list(cuts)
    chunk_start = start
    pending: list[int] = []
    for i, cut in enumerate([*cuts, (end, end, _SPLIT, end)]):
        if cut[2] == _ASK:
            pending.append(i)
        elif cut[2] == _SPLIT:
            if pending:
                verdicts = [_syntok_verdict(text, chunk_start, resolved[j]) for j in pending]
                if None in verdicts:
                    starts = _syntok_starts(text, chunk_start, cut[0])
                    for n, j in enumerate(pending):
                        cut_end, _, _, word_pos = resolved[j]
                        k = bisect_left(starts, cut_end)
                        hit = k < len(starts) and starts[k] <= word_pos
                        verdicts[n] = _SPLIT if hit else _KEEP
                for j, verdict in zip(pending, verdicts, strict=True):
                    cut_end, next_start, _, word_pos = resolved[j]
                    resolved[j] = (cut_end, next_start, verdict, word_pos)
                pending = []
            chunk_start = cut[1]
    return resolved


def _syntok_verdict(
    text: str, chunk_start: int, cut: tuple[int, int, int, int]
) -> int | None:
    """What syntok, given ``text[chunk_start:]`` up to the next sure split, decides at a
    "word." or "word ..." set off from a plain capitalised word by spaces ("Jr. Day",
    "the envi ... WASHINGTON"); None where that needs syntok itself.

    With no opening bracket before it in the stretch, syntok reaches the point as it
    reaches any terminal: after moving the plain word before it (one token, as its
    tokenizer does not split it), with the capitalised word, one token too, next. Its
    ``_move_and_maybe_extract_terminal`` then splits before one of its openers; otherwise,
    as the word before is no single letter, roman numeral or dotted word, it keeps after
    one of its abbreviations and splits after anything else. ``tests/test_sentences_speed.py``
    checks every such verdict against syntok's own.
    """
    cut_end, next_start, _, word_pos = cut
    if not _FORESEEN or not (cut_end < word_pos == next_start and text[cut_end - 1] == "."):
        return None
    if text.count(" ", cut_end, word_pos) != word_pos - cut_end:
        return None
    if text.startswith("...", cut_end - 3):
        term_start = cut_end - 3
        word_end = term_start - 1 if text[term_start - 1] == " " else term_start  # "envi ..."
    else:
        term_start = word_end = cut_end - 1
    if text[term_start - 1] in ".!?…":  # a longer run of points
        return None
    next_word = _PLAIN_CAPITAL.match(text, word_pos)
    if next_word is None:
        return None
    word_start = max(text.rfind(" ", chunk_start, word_end) + 1, chunk_start)
    word = text[word_start:word_end]
    if not (word.isascii() and word.isalpha() and len(word) > 1) or word in _SYNTOK_ROMAN:
        return None
    if _SYNTOK_SEPARATION.search(word):
        return None
    if any(text.find(bracket, chunk_start, term_start) >= 0 for bracket in _SYNTOK_BRACKETS):
        return None  # syntok may skip the bracketed text that holds the point
    if next_word.group() not in _SYNTOK_STARTERS and word in _SYNTOK_ABBREVIATIONS:
        return _KEEP
    return _SPLIT


def _syntok_starts(text: str, start: int, end: int) -> list[int]:
    """Where syntok starts sentences in ``text[start:end]``, as sorted offsets into ``text``."""
    try:
        # Offsets are added here: syntok pads the text with ``base_offset`` spaces instead.
        tokens = _tokenizer.tokenize(text[start:end])
        return sorted(
            start + sentence[0].offset for sentence in _syntok_segment(tokens) if sentence
        )
    except Exception:  # syntok is a heuristic helper: on any failure keep the sentence whole
        return []
