"""What each ``dateline`` command does: load, call the engine, print."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from rich.console import Console
from rich.table import Table

from summarize.ingest import load_paths
from summarize.models import Article, LoadResult
from summarize.sentences import split_sentences

from .cli import EXIT_OK, UserError, bundled_samples


def load_inputs(args: argparse.Namespace, *, quiet: bool = False) -> LoadResult:
    """Load the user's paths (or the samples); report every problem on stderr as one line."""
    paths = args.paths or [str(bundled_samples())]
    result = load_paths(paths, max_bytes=int(args.max_size * 1024 * 1024))
    for problem in result.problems:
        if not quiet or problem.severity == "error":
            print(str(problem), file=sys.stderr)
    if not result.articles:
        raise UserError("no articles could be loaded" + (
            f" from {paths[0]}" if len(paths) == 1 else ""))
    return result


def article_row(article: Article) -> dict[str, object]:
    """The JSON shape of one article in ``dateline articles --json``."""
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "byline": article.byline,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from or None,
        "language": article.language,
        "origin": article.origin,
        "sentences": len(split_sentences(article.text, article.id)),
        "characters": len(article.text),
    }


def run_articles(args: argparse.Namespace) -> int:
    """``dateline articles``: a table (or JSON) of what was read."""
    result = load_inputs(args)
    rows = [article_row(a) for a in result.articles]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    table = Table(title=f"{len(rows)} articles", title_justify="left", expand=False)
    for name, style in (("id", "cyan"), ("title", "bold"), ("published", "green"),
                        ("source", "magenta"), ("sentences", "")):
        table.add_column(name, style=style, justify="right" if name == "sentences" else "left",
                         overflow="fold")
    for row in rows:
        published = row["published"] or "—"
        if row["published_from"]:
            published = f"{published[:16].replace('T', ' ')}\n[dim]{row['published_from']}[/]"
        table.add_row(str(row["id"]), str(row["title"]) or "[dim](untitled)[/]",
                      str(published), str(row["source"]) or "—", str(row["sentences"]))
    Console().print(table)
    return EXIT_OK


def run_open(args: argparse.Namespace) -> int:
    """``dateline [PATH...]``: the interactive timeline; until it lands, the article list."""
    args.json = False
    return run_articles(args)


HANDLERS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "open": run_open,
    "articles": run_articles,
}
