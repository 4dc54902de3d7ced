"""Expand the user's paths (files, folders, glob patterns, "-") into a list of inputs."""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from collections.abc import Sequence
from pathlib import Path

from summarize.ingest.sniff import FORMAT_BY_EXTENSION
from summarize.models import Problem

STDIN = "-"
IGNORE_FILE = ".datelineignore"
_GLOB_CHARS = re.compile(r"[*?\[]")
_DIGITS = re.compile(r"(\d+)")


def discover(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Path | str], list[Problem]]:
    """Expand paths in order: folders recursively (sorted, hidden skipped), globs, "-" for stdin.

    Duplicates (the same file reached twice) are kept once, at their first place.
    """
    found: list[Path | str] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def add(item: Path | str) -> None:
        key = item if isinstance(item, str) else os.path.realpath(item)
        if key not in seen:
            seen.add(key)
            found.append(item)

    for raw in paths:
        text = os.fspath(raw)
        if text == STDIN:
            add(STDIN)
            continue
        path = Path(text)
        if path.is_dir():
            files = folder_files(path)
            if not files:
                problems.append(Problem(text, "no articles found in this folder"))
            for file in files:
                add(file)
        elif path.exists():
            if path.is_file():
                add(path)
            else:
                problems.append(Problem(text, "not a regular file"))
        elif _GLOB_CHARS.search(text):
            matches = _glob(text)
            if not matches:
                problems.append(Problem(text, "no files match this pattern"))
            for match in matches:
                add(match)
        else:
            problems.append(Problem(text, "no such file or directory"))
    return found, problems


def ignore_patterns(folder: Path) -> list[str]:
    """Glob patterns from ``folder/.datelineignore`` (one a line, ``#`` comments)."""
    try:
        lines = (folder / IGNORE_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def folder_files(folder: Path) -> list[Path]:
    """Article files under ``folder``: known extensions only, hidden files and folders skipped.

    A ``.datelineignore`` file in any folder lists patterns (relative to that folder) to skip,
    such as an answer key or a README that sits beside the articles.
    """
    files = []
    inherited: dict[str, list[tuple[Path, str]]] = {}
    for root, dirs, names in os.walk(folder):
        base = Path(root)
        patterns = inherited.get(root, []) + [(base, p) for p in ignore_patterns(base)]

        def ignored(path: Path, patterns: list[tuple[Path, str]] = patterns) -> bool:
            return any(fnmatch.fnmatch(path.relative_to(where).as_posix(), pattern)
                       for where, pattern in patterns)

        dirs[:] = [d for d in dirs if not d.startswith(".") and not ignored(base / d)]
        for d in dirs:
            inherited[str(base / d)] = patterns
        files.extend(
            base / name
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in FORMAT_BY_EXTENSION
            and not ignored(base / name)
        )
    return sorted(files, key=lambda p: natural_key(p.relative_to(folder)))


def natural_key(path: Path) -> tuple[tuple[object, ...], ...]:
    """Sort key that orders "day2" before "day10" and ignores case, part by part."""
    return tuple(
        tuple(int(t) if t.isdigit() else t.casefold() for t in _DIGITS.split(part))
        for part in path.parts
    )


def _glob(pattern: str) -> list[Path]:
    """Files matched by a glob pattern (``**`` recurses); matched folders are expanded."""
    out: list[Path] = []
    for match in sorted((Path(m) for m in glob.glob(pattern, recursive=True)), key=natural_key):
        if match.is_dir():
            out.extend(folder_files(match))
        elif match.is_file():
            out.append(match)
    return out
