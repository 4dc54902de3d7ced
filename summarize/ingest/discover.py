"""Expand the user's paths (files, folders, glob patterns, "-") into a list of inputs.

Folders and ``**`` patterns are walked by one walker: it follows links to folders, except a
link that leads back into a folder being walked (reported, never walked round and round), and
reports every folder it cannot read.
"""

from __future__ import annotations

import errno
import fnmatch
import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from summarize import regex_cache as rx
from summarize.ingest.sniff import FORMAT_BY_EXTENSION
from summarize.models import Problem

STDIN = "-"
IGNORE_FILE = ".datelineignore"
LINK_TO_ENCLOSING = "symbolic link to an enclosing folder; not followed"
_GLOB_CHARS = rx.compile(r"[*?\[]")
_DIGITS = rx.compile(r"(\d+)")


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
            before = len(problems)
            files = folder_files(path, problems)
            unreadable = any(p.path == str(path) and p.severity == "error"
                             for p in problems[before:])
            if not files and not unreadable:
                problems.append(Problem(text, "no articles found in this folder"))
            for file in files:
                add(file)
        elif path.exists():
            if path.is_file():
                add(path)
            else:
                problems.append(Problem(text, "not a regular file"))
        elif _GLOB_CHARS.search(text):
            matches = _glob(text, problems)
            if not matches:
                problems.append(Problem(text, "no files match this pattern"))
            for match in matches:
                add(match)
        else:
            problems.append(Problem(text, _missing(text)))
    return found, list(dict.fromkeys(problems))


def os_message(err: OSError, path: str | None = None) -> str:
    """A short lower-case reason from an OS error ("permission denied", "symbolic link loop")."""
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if err.errno == errno.ENOENT and path is not None and os.path.islink(path):
        return "symbolic link to a missing file"
    reason = err.strerror or (os.strerror(err.errno) if err.errno else str(err)) or "cannot read"
    return reason[:1].lower() + reason[1:]


def _missing(text: str) -> str:
    """Why a path that does not exist as a file or folder cannot be read."""
    try:
        os.stat(text)
    except OSError as err:
        return os_message(err, text)
    return "no such file or directory"


def ignore_patterns(folder: Path) -> list[str]:
    """Glob patterns from ``folder/.datelineignore`` (one a line, ``#`` comments)."""
    try:
        lines = (folder / IGNORE_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def folder_files(folder: Path, problems: list[Problem] | None = None) -> list[Path]:
    """Article files under ``folder``: known extensions only, hidden files and folders skipped.

    A ``.datelineignore`` file in any folder lists patterns (relative to that folder) to skip,
    such as an answer key or a README that sits beside the articles. Folders that cannot be
    read and links back into an enclosing folder are added to ``problems``.
    """
    problems = [] if problems is None else problems
    files = []
    inherited: dict[Path, list[tuple[Path, str]]] = {}
    for base, dirs, names in walk(folder, problems):
        patterns = inherited.get(base, []) + [(base, p) for p in ignore_patterns(base)]

        def ignored(path: Path, patterns: list[tuple[Path, str]] = patterns) -> bool:
            return any(fnmatch.fnmatch(path.relative_to(where).as_posix(), pattern)
                       for where, pattern in patterns)

        dirs[:] = [d for d in dirs if not ignored(base / d)]
        for d in dirs:
            inherited[base / d] = patterns
        files.extend(
            base / name
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in FORMAT_BY_EXTENSION
            and not ignored(base / name)
        )
    return sorted(files, key=lambda p: natural_key(p.relative_to(folder)))


def walk(top: Path, problems: list[Problem], *, hidden: bool = False
         ) -> Iterator[tuple[Path, list[str], list[str]]]:
    """(folder, subfolder names, other names) for ``top`` and every folder below it, sorted,
    depth first; prune the subfolder list in place to skip some (as with ``os.walk``).

    Links to folders are followed unless they lead to a folder being walked or one enclosing
    it (a warning); a linked folder already walked is not walked again. A folder that cannot be
    read is an error. Hidden folders (".git") are skipped unless ``hidden``.
    """
    top_real = os.path.realpath(top)
    visited = {top_real}
    stack: list[tuple[Path, tuple[str, ...]]] = [(top, (top_real,))]
    while stack:
        folder, chain = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = list(scan)
        except OSError as err:
            problems.append(Problem(str(folder), f"cannot read this folder ({os_message(err)})"))
            continue
        dirs: list[str] = []
        names: list[str] = []
        links: dict[str, str] = {}
        for entry in sorted(entries, key=lambda e: _part_key(e.name)):
            if not _is_folder(entry):
                names.append(entry.name)
            elif hidden or not entry.name.startswith("."):
                if entry.is_symlink():
                    real = os.path.realpath(folder / entry.name)
                    if _encloses(real, chain):
                        problems.append(Problem(str(folder / entry.name), LINK_TO_ENCLOSING,
                                                "warning"))
                        continue
                    links[entry.name] = real
                dirs.append(entry.name)
        yield folder, dirs, names
        below = []
        for name in dirs:
            real = links.get(name) or os.path.join(chain[-1], name)
            if name in links and real in visited:
                continue  # the same folder by another link: its files are already listed
            visited.add(real)
            below.append((folder / name, (*chain, real)))
        stack.extend(reversed(below))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _encloses(real: str, chain: tuple[str, ...]) -> bool:
    """Is ``real`` one of the folders being walked, or a folder enclosing one of them?"""
    prefix = real.rstrip(os.sep) + os.sep
    return any(folder == real or folder.startswith(prefix) for folder in chain)


def read_back_through(target: str, paths: Sequence[str], *, folder: bool = False
                      ) -> tuple[str, bool] | None:
    """The given path through which reading ``paths`` again would read ``target`` (a file,
    or with ``folder`` the files written into it), and whether writing the file would replace
    one read now; None when it would not be read: exports must not land there."""
    out = Path(os.path.abspath(target))
    if not folder and any(given != "-" and Path(os.path.abspath(given)) == out
                          for given in paths):
        return str(out), True
    if not folder and out.suffix.lower() not in FORMAT_BY_EXTENSION:
        return None
    for given in paths:
        top = Path(os.path.abspath(given))
        if given == "-" or not top.is_dir() or top not in out.parents:
            continue
        if any(part.startswith(".") for part in out.relative_to(top).parts):
            continue  # hidden files and folders are never read
        if any(_ignored(out, base, ignore_patterns(base)) for base in (top, *(
                p for p in out.parents if top in p.parents))):
            continue
        return given, not folder and out.is_file()
    return None


def _ignored(out: Path, base: Path, patterns: list[str]) -> bool:
    """Whether ``base``'s ignore patterns skip ``out`` or a folder it is in."""
    below = [out, *(p for p in out.parents if base in p.parents)]
    return any(fnmatch.fnmatch(p.relative_to(base).as_posix(), pattern)
               for pattern in patterns for p in below)


def natural_key(path: Path) -> tuple[tuple[object, ...], ...]:
    """Sort key that orders "day2" before "day10" and ignores case, part by part."""
    return tuple(_part_key(part) for part in path.parts)


def _part_key(part: str) -> tuple[object, ...]:
    return tuple(int(t) if t.isdigit() else t.casefold() for t in _DIGITS.split(part))


def _glob(pattern: str, problems: list[Problem]) -> list[Path]:
    """Files matched by a glob pattern (``**`` recurses); matched folders are expanded.

    Whatever else matches (a FIFO, a broken link) is listed too: reading it says what is wrong,
    as for the same file in a folder.
    """
    if "**" in pattern:
        matches = _recursive_glob(pattern, problems)
    else:
        matches = [Path(m) for m in glob.glob(pattern)]
    out: list[Path] = []
    for match in sorted(matches, key=natural_key):
        if match.is_dir():
            out.extend(folder_files(match, problems))
        else:
            out.append(match)
    return out


def _recursive_glob(pattern: str, problems: list[Problem]) -> list[Path]:
    """``glob.glob(pattern, recursive=True)`` by the walker, so links back into an enclosing
    folder are not walked 40 levels deep (nor two such links 2**40 ways)."""
    parts = pattern.split("/")
    fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARS.search(part))
    root = Path("/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else "."))
    rest = tuple(part for part in parts[fixed:] if part)
    if not root.is_dir():
        return []
    hidden = any(part.startswith(".") for part in rest)
    matches = [root] if _matches(rest, ()) else []
    for base, dirs, names in walk(root, problems, hidden=hidden):
        at = base.relative_to(root).parts
        matches.extend(base / name for name in dirs + names if _matches(rest, (*at, name)))
    return matches


def _matches(pattern: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Do path ``parts`` match glob ``pattern`` parts, as ``glob`` matches them? ``**`` is any
    number of folders; neither it nor ``*`` matches a hidden name unless the pattern part starts
    with a dot. Runs the pattern as a small automaton: no recursion, no blow-up."""
    states = _past_stars({0}, pattern)
    for part in parts:
        hidden = part.startswith(".")
        after: set[int] = set()
        for i in states:
            if i == len(pattern):
                continue
            if pattern[i] == "**":
                if not hidden:
                    after.add(i)
            elif (not hidden or pattern[i].startswith(".")) and fnmatch.fnmatchcase(
                    part, pattern[i]):
                after.add(i + 1)
        states = _past_stars(after, pattern)
        if not states:
            return False
    return len(pattern) in states


def _past_stars(states: set[int], pattern: tuple[str, ...]) -> set[int]:
    """The states reachable by letting each ``**`` match no folder at all."""
    out = set()
    for i in states:
        out.add(i)
        while i < len(pattern) and pattern[i] == "**":
            i += 1
            out.add(i)
    return out
