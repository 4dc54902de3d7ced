"""What the commands share: the paths and settings a command line names, loading them with
problems on stderr, a progress bar, and writing the output."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console

from summarize.corpus import Corpus
from summarize.ingest import load_paths
from summarize.models import LoadResult, Problem
from summarize.open import open_corpus
from summarize.safe_text import shown_path
from summarize.settings import STAGES, Progress, Settings

from .errors import UserError


def bundled_samples() -> Path:
    """The ``samples/`` folder shipped beside the packages (or in the working directory)."""
    beside = Path(__file__).resolve().parents[2] / "samples"
    return beside if beside.is_dir() else Path("samples")


def input_paths(args: argparse.Namespace) -> list[str]:
    return list(args.paths) or [str(bundled_samples())]


#: Rename warnings shown per file; the rest are counted in one line (two feeds numbering their
#: items alike would otherwise print hundreds).
RENAMES_SHOWN = 5


def report_problems(problems: Iterable[Problem]) -> None:
    """Every problem as one line on stderr: ``dateline: PATH: what is wrong``; past
    ``RENAMES_SHOWN`` renamed ids in one file, one line counts the others."""
    from summarize.ingest.ids import RENAMED

    renamed: Counter[str] = Counter()
    for problem in problems:
        if problem.severity == "warning" and RENAMED in problem.message:
            renamed[problem.path] += 1
            if renamed[problem.path] > RENAMES_SHOWN:
                continue
        print(str(problem), file=sys.stderr)
    for path, count in renamed.items():
        if count > RENAMES_SHOWN:
            more = count - RENAMES_SHOWN
            print(str(Problem(path, f"{more:,} more id{'s' * (more != 1)} already used, renamed "
                                    "the same way (dateline articles --json lists every id)",
                              "warning")), file=sys.stderr)


def settings_from(args: argparse.Namespace) -> Settings:
    eras = getattr(args, "eras", None)
    if eras is not None:
        if not Path(eras).is_file():
            raise UserError(f"{eras}: no such eras file")
        from summarize.temporal import load_eras

        try:
            load_eras(eras)
        except ValueError as err:
            message = str(err).replace(f"cannot read eras from {eras}: ", "")
            raise UserError(f"{eras}: {message.removeprefix(f'{eras}: ')}") from None
    dct = getattr(args, "dct", None)
    if dct is not None:
        from summarize.tagging import calendar_warning

        if warning := calendar_warning(dct, "--dct"):
            print(f"dateline: {warning}", file=sys.stderr)
    return Settings(dct=getattr(args, "dct", None), eras_file=eras,
                    day_first=getattr(args, "day_first", True), jobs=getattr(args, "jobs", 0) or 0,
                    max_bytes=int(args.max_size * 1024 * 1024),
                    engine=getattr(args, "engine", "local"),
                    scheduler=getattr(args, "scheduler", None))


def index_file(args: argparse.Namespace, paths: list[str]) -> Path | None:
    """The index to use: --index FILE, none with --no-index (or for stdin), else the
    default for these paths when the command keeps one."""
    if getattr(args, "no_index", False) or "-" in paths:
        return None
    if getattr(args, "index", None) is not None:
        return Path(args.index)
    if hasattr(args, "no_index"):
        from summarize.index import default_index_path

        return default_index_path(paths)
    return None


def _nothing_loaded(paths: list[str]) -> UserError:
    return UserError("no articles could be loaded" + (f" from {paths[0]}" if len(paths) == 1
                                                      else ""))


def load_inputs(args: argparse.Namespace) -> LoadResult:
    """Load the user's paths (or the samples) without tagging; problems go to stderr."""
    paths = input_paths(args)
    result = load_paths(paths, max_bytes=int(args.max_size * 1024 * 1024))
    report_problems(result.problems)
    if not result.articles:
        raise _nothing_loaded(paths)
    return result


def load_tagged(args: argparse.Namespace) -> Corpus:
    """Load and tag the user's paths; problems go to stderr, nothing loaded is exit 2."""
    paths = input_paths(args)
    window = (getattr(args, "start", None), getattr(args, "end", None))
    with progress_bar() as progress:
        corpus = load_with_errors(paths, settings_from(args), progress, window=window,
                                  index=index_file(args, paths))
    report_problems(corpus.problems)
    if not corpus.tagged:
        raise _nothing_loaded(paths)
    return corpus


def check_dated(args: argparse.Namespace, corpus: Corpus, dated: bool) -> None:
    """Refuse to write a briefing with no date in it when the user narrowed nothing: every
    article lacks a publication date and a time expression (an empty window is an answer)."""
    if dated or args.start or args.end or args.story:
        return
    n = len(corpus.tagged)
    raise UserError(f"nothing to put on a timeline: none of the {n:,} article"
                    f"{'s' * (n != 1)} has a publication date or a time expression (dateline "
                    "tag shows each; --dct DATE dates them all); nothing written")


def warn_if_read_back(args: argparse.Namespace, target: str | None, *, folder: bool = False
                      ) -> None:
    """Warn when an export goes where the next run over the same paths would read it as an
    article (inside an input folder, with an article's extension, not hidden or ignored);
    refuse one that would replace a file this run reads."""
    if not target or target == "-":
        return
    from summarize.ingest.discover import IGNORE_FILE, read_back_through

    found = read_back_through(target, input_paths(args), folder=folder)
    if found is None:
        return
    given, replaces = found
    if replaces:
        raise UserError(f"{target}: is one of the files this export reads; write the "
                        "briefing elsewhere")
    what = "the briefings as articles" if folder else "the briefing as an article"
    print(f"dateline: warning: {shown_path(target)} is inside {shown_path(given)}, which "
          f"this export reads: the next run will read {what} (write it elsewhere, or list "
          f"it in {shown_path(os.path.join(given, IGNORE_FILE))})", file=sys.stderr)


def write_output(text: str, output: str | None) -> None:
    """Write to ``output`` atomically, or to stdout; say where a file went on stderr."""
    if not output or output == "-":
        sys.stdout.write(text)
        return
    from summarize.export import write_atomic

    check_output(output)
    try:
        write_atomic(Path(output), text)
    except OSError as err:
        raise UserError(f"{output}: cannot write ({err.strerror or err})") from None
    print(f"dateline: wrote {shown_path(output)}", file=sys.stderr)


def check_output(output: str | None) -> None:
    """Refuse an output file that cannot be written before any work is done: a folder, a name
    ending in a slash, a folder that does not exist or cannot be written. (A symlink is fine:
    the atomic rename replaces the link itself.)"""
    if not output or output == "-":
        return
    from summarize.export.atomic import target_problem

    if problem := target_problem(output):
        raise UserError(f"{output}: {problem}")


def load_with_errors(paths: list[str], settings: Settings, progress: Progress | None, *,
                     window: tuple = (None, None), index: Path | None = None) -> Corpus:
    """``open_corpus`` with index and engine failures turned into one-line user errors."""
    try:
        return open_corpus(paths, settings, progress, window=window, index=index)
    except Exception as err:
        from summarize.engines import EngineError
        from summarize.index import IndexProblem  # loaded only when something failed

        if isinstance(err, (IndexProblem, EngineError)):
            raise UserError(str(err)) from None
        raise


@contextmanager
def progress_bar() -> Iterator[Progress | None]:
    """A progress bar on stderr for long loads (only when stderr is a terminal)."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
             TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, object] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)  # type: ignore[arg-type]

        yield update
