"""What each ``dateline`` command does: load, call the engine, print."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console

from summarize.corpus import Corpus
from summarize.ingest import load_paths
from summarize.models import LoadResult, Problem
from summarize.open import open_corpus
from summarize.settings import STAGES, Progress, Settings

from . import reports
from .cli import EXIT_NO_INPUT, EXIT_OK, UserError, bundled_samples


def input_paths(args: argparse.Namespace) -> list[str]:
    return list(args.paths) or [str(bundled_samples())]


def report_problems(problems: Iterable[Problem]) -> None:
    """Every problem as one line on stderr: ``dateline: PATH: what is wrong``."""
    for problem in problems:
        print(str(problem), file=sys.stderr)


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


def write_output(text: str, output: str | None) -> None:
    """Write to ``output`` atomically, or to stdout; say where a file went on stderr."""
    if not output or output == "-":
        sys.stdout.write(text)
        return
    from summarize.export import write_atomic

    target = Path(output)
    if target.is_dir():
        raise UserError(f"{output}: is a folder; give a file name")
    if not target.parent.exists():
        raise UserError(f"{output}: folder {target.parent} does not exist")
    try:
        write_atomic(target, text)
    except OSError as err:
        raise UserError(f"{output}: cannot write ({err.strerror or err})") from None
    print(f"dateline: wrote {output}", file=sys.stderr)


def run_articles(args: argparse.Namespace) -> int:
    """``dateline articles``: a table (or JSON) of what was read."""
    articles = load_inputs(args).articles
    if args.json:
        write_output(json.dumps([reports.article_json(a) for a in articles],
                                ensure_ascii=False, indent=2) + "\n", None)
    else:
        Console().print(reports.articles_table(articles))
    return EXIT_OK


def run_tag(args: argparse.Namespace) -> int:
    """``dateline tag``: every time expression with its value and reason."""
    corpus = load_tagged(args)
    if args.format == "json":
        data = [reports.tagged_json(t) for t in corpus.tagged]
        write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        console = Console(highlight=False)
        for tagged in corpus.tagged:
            console.print(reports.tagged_view(tagged))
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    """``dateline export``: the Markdown briefing or JSON, to stdout or atomically to a file."""
    from summarize.export import BriefingOptions, build_briefing, render_json, render_markdown
    from summarize.summarizers import available_summarizers

    if args.summarizer not in available_summarizers():
        raise UserError(f"unknown summarizer {args.summarizer!r} "
                        f"(choose from {', '.join(available_summarizers())})")
    if args.start and args.end and args.start > args.end:
        raise UserError(f"--from {args.start} is after --to {args.end}")
    corpus = load_tagged(args)
    options = BriefingOptions(summarizer=args.summarizer, sentences=args.sentences,
                              granularity=args.granularity, start=args.start, end=args.end,
                              top=args.top, title=args.title)
    briefing = build_briefing(corpus, options)
    text = render_json(briefing) if args.format == "json" else render_markdown(briefing)
    if args.render and args.format == "md" and not args.output:
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        write_output(text, args.output)
    return EXIT_OK


def load_with_errors(paths: list[str], settings: Settings, progress: Progress | None, *,
                     window: tuple = (None, None), index: Path | None = None) -> Corpus:
    """``open_corpus`` with index and engine failures turned into one-line user errors."""
    from summarize.engines import EngineError
    from summarize.index import IndexProblem

    try:
        return open_corpus(paths, settings, progress, window=window, index=index)
    except (IndexProblem, EngineError) as err:
        raise UserError(str(err)) from None


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


def run_index(args: argparse.Namespace) -> int:
    """``dateline index PATH...`` builds or updates the index; ``--stats`` shows it."""
    from summarize.index import IndexProblem, index_stats, open_store

    paths = input_paths(args)
    if args.stats and not args.paths:
        if args.index is None:
            raise UserError("--stats needs PATHs or --index FILE")
        if not Path(args.index).is_file():
            raise UserError(f"{args.index}: no such index file")
        try:
            store = open_store(Path(args.index))
        except IndexProblem as err:
            raise UserError(str(err)) from None
        return _print_stats(index_stats(store), args.json)
    if "-" in paths:
        raise UserError("standard input cannot be indexed: the index mirrors files")
    target = index_file(args, paths)
    if target is None:
        raise UserError("--no-index leaves nothing to build")
    with progress_bar() as progress:
        corpus = load_with_errors(paths, settings_from(args), progress, index=target)
    report_problems(corpus.problems)
    report = corpus.report  # type: ignore[attr-defined]
    if args.stats:
        return _print_stats(index_stats(corpus.store), args.json)  # type: ignore[attr-defined]
    summary = {"index": str(target), "files": report.files, "added": report.added,
               "changed": report.changed, "removed": report.removed,
               "unchanged": report.unchanged, "articles": report.articles,
               "tagged": report.tagged, "seconds": round(report.seconds, 2)}
    if args.json:
        write_output(json.dumps(summary, indent=2) + "\n", None)
    else:
        print(f"indexed {report.articles} articles from {report.files} files "
              f"({report.added} added, {report.changed} changed, {report.removed} removed, "
              f"{report.unchanged} unchanged; {report.tagged} tagged) in "
              f"{report.seconds:.1f} s -> {target}")
    return EXIT_OK if report.articles else EXIT_NO_INPUT


def _print_stats(stats: dict[str, object], as_json: bool) -> int:
    if as_json:
        write_output(json.dumps(stats, indent=2, ensure_ascii=False) + "\n", None)
    else:
        width = max(map(len, stats))
        for key, value in stats.items():
            shown = f"{value:,}" if isinstance(value, int) else value
            print(f"{key.replace('_', ' '):<{width}}  {shown}")
    return EXIT_OK


def run_eval(args: argparse.Namespace) -> int:
    """``dateline eval timeml|tls DIR``: scores as a table (or JSON)."""
    from . import evaluation

    directory = Path(args.directory)
    if not directory.is_dir():
        raise UserError(f"{directory}: no such folder")
    return evaluation.run(args.kind, directory, as_json=args.json)


def run_open(args: argparse.Namespace) -> int:
    """``dateline [PATH...]``: the interactive timeline."""
    from .app import DatelineApp

    settings_from(args)  # report a bad --eras before the screen takes over
    paths = input_paths(args)
    DatelineApp(paths, settings_from(args), watch=args.watch,
                index=index_file(args, paths)).run()
    return EXIT_OK


HANDLERS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "open": run_open,
    "articles": run_articles,
    "tag": run_tag,
    "export": run_export,
    "index": run_index,
    "eval": run_eval,
}
