"""The compiled-pattern cache: later runs rebuild the same patterns without parsing them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarize import regex_cache
from summarize.regex_cache import PatternCache

PATTERNS = [
    (r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)(?:\s+(?P<year>\d{4}))?", 0),
    (r"\b(?:last|next)\s+(?:monday|friday)\b", re.IGNORECASE),
    (r"^(?:Sonntag|dimanche|понедельник)\s*$", re.MULTILINE),
    (r"(?<![\w-])(\d+)-year-old(?![\w-])", 0),
]
TEXT = "On 14 March 2024 a 6-year-old went out.\nLast Friday\ndimanche\n"


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count calls of CPython's pattern parser from here on."""
    calls: list[str] = []
    parse = re._parser.parse  # type: ignore[attr-defined]

    def counting(pattern: str, flags: int = 0):
        calls.append(pattern)
        return parse(pattern, flags)

    monkeypatch.setattr(re._parser, "parse", counting)  # type: ignore[attr-defined]
    return calls


def test_a_second_cache_rebuilds_equal_patterns_without_parsing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = PatternCache(tmp_path)
    made = [first.compile(p, f) for p, f in PATTERNS]
    first.save()
    assert first.path is not None and first.path.exists()
    calls = _parses(monkeypatch)
    second = PatternCache(tmp_path)
    rebuilt = [second.compile(p, f) for p, f in PATTERNS]
    assert calls == []
    for old, new, (pattern, flags) in zip(made, rebuilt, PATTERNS, strict=True):
        assert new == re.compile(pattern, flags)
        assert new.groupindex == old.groupindex
        assert new.flags == old.flags
        assert [m.span() for m in new.finditer(TEXT)] == [m.span() for m in old.finditer(TEXT)]
    day = second.compile(*PATTERNS[0]).search(TEXT)
    assert day is not None and day.group("month", "year") == ("March", "2024")


def test_a_run_that_compiles_nothing_new_leaves_the_file_alone(tmp_path: Path) -> None:
    first = PatternCache(tmp_path)
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    first.save()
    assert first.path is not None
    before = first.path.stat().st_mtime_ns, first.path.read_bytes()
    second = PatternCache(tmp_path)
    for pattern, flags in PATTERNS:
        second.compile(pattern, flags)
    second.save()
    assert (first.path.stat().st_mtime_ns, first.path.read_bytes()) == before


@pytest.mark.parametrize("junk", [b"", b"dateline-patterns 2\n\xff\xff", b"not a cache at all",
                                  b"dateline-patterns 2\n" + bytes(32) + (5).to_bytes(8, "little")
                                  + b"[[1]]"])
def test_a_damaged_file_is_compiled_past_and_replaced(tmp_path: Path, junk: bytes) -> None:
    cache = PatternCache(tmp_path)
    assert cache.path is not None
    cache.path.write_bytes(junk)
    compiled = cache.compile(*PATTERNS[0])
    assert compiled == re.compile(*PATTERNS[0])
    cache.save()
    again = PatternCache(tmp_path)
    again.compile(*PATTERNS[0])
    assert again._entries is not None and set(again._entries) == {PATTERNS[0]}


def test_a_changed_byte_anywhere_makes_the_file_ignored(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path)
    for pattern, flags in PATTERNS:
        cache.compile(pattern, flags)
    cache.save()
    assert cache.path is not None
    raw = bytearray(cache.path.read_bytes())
    assert len(PatternCache(tmp_path)._load()) == len(PATTERNS)
    raw[-3] ^= 0x01  # one bit of one code word: still valid SRE code, another pattern
    cache.path.write_bytes(bytes(raw))
    again = PatternCache(tmp_path)
    assert again._load() == {}
    assert again.compile(*PATTERNS[3]) == re.compile(*PATTERNS[3])


def test_damaged_code_words_fall_back_to_compiling(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path)
    cache.compile(*PATTERNS[1])
    cache.save()
    again = PatternCache(tmp_path)
    entries = again._load()
    final_flags, groups, groupindex, indexgroup, code = entries[PATTERNS[1]]
    entries[PATTERNS[1]] = (final_flags, groups, groupindex, indexgroup, [999_999] * len(code))
    assert again.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])
    assert again._load()[PATTERNS[1]][4] == code


def test_off_and_unwritable_folders_still_compile(tmp_path: Path) -> None:
    off = PatternCache(None)
    assert off.path is None
    assert off.compile(*PATTERNS[2]).findall(TEXT) == ["dimanche\n"]
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")
    cache = PatternCache(blocked / "patterns")
    assert cache.compile(*PATTERNS[3]).findall(TEXT) == ["6"]
    cache.save()  # cannot write below a file: the run goes on
    assert blocked.read_text(encoding="utf-8") == "in the way"


def test_bytes_patterns_are_compiled_but_not_stored(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path)
    assert cache.compile(rb"<html\b", re.IGNORECASE).search(b"<HTML>")  # type: ignore[arg-type]
    assert cache._entries == {}


def test_a_full_file_keeps_only_what_its_run_asked_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = PatternCache(tmp_path)
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    first.save()
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", len(PATTERNS))
    second = PatternCache(tmp_path)
    second.compile(*PATTERNS[0])
    second.compile(r"\bnew\b", 0)
    second.save()
    third = PatternCache(tmp_path)
    assert set(third._load()) == {PATTERNS[0], (r"\bnew\b", 0)}


def test_the_engine_compiles_the_same_pattern_texts_under_any_hash_seed(tmp_path: Path) -> None:
    """A pattern joined from a set in hash order would differ per process and never hit."""
    line = tmp_path / "one.txt"
    line.write_text("The 6-year-old boy left Paris on Sunday, 3 March, at 3pm, police said "
                    "yesterday; doors 8, show 9 (3:58) and 40 kilometres later.\n",
                    encoding="utf-8")
    cache = tmp_path / "patterns"
    sizes = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, regex_cache.FOLDER_VARIABLE: str(cache)}
        done = subprocess.run([sys.executable, "-m", "tui", "tag", str(line), "--dct",
                               "2024-03-05"], env=env, capture_output=True, text=True,
                              check=False)
        assert done.returncode == 0, done.stderr
        assert "2024-03-03" in done.stdout
        files = list(cache.iterdir())
        assert len(files) == 1
        sizes.append(files[0].read_bytes())
    assert len(sizes[0]) > 100_000
    assert sizes[1] == sizes[0]
