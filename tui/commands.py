"""What each ``dateline`` command does: load, call the engine, print."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from rich.console import Console

from summarize.corpus import Corpus, Settings, load_corpus
from summarize.ingest import load_paths
from summarize.models import LoadResult, Problem

from . import reports
from .cli import EXIT_OK, UserError, bundled_samples


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
                    max_bytes=int(args.max_size * 1024 * 1024))


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
    corpus = load_corpus(paths, settings_from(args), window=window)
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
    DatelineApp(input_paths(args), settings_from(args), watch=args.watch).run()
    return EXIT_OK


HANDLERS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "open": run_open,
    "articles": run_articles,
    "tag": run_tag,
    "export": run_export,
    "eval": run_eval,
}
