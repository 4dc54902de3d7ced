"""``dateline index``: build or update the persistent index ahead of time; ``--stats``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from summarize.safe_text import shown_path

from ..errors import EXIT_NO_INPUT, EXIT_OK, UserError
from ..inputs import (
    index_file,
    input_paths,
    load_with_errors,
    progress_bar,
    report_problems,
    settings_from,
    write_output,
)
from ..reports import count


def run(args: argparse.Namespace) -> int:
    """``dateline index PATH...`` builds or updates the index; ``--stats`` shows it."""
    from summarize.index import IndexProblem, index_stats, open_store

    if args.list or args.prune:
        if args.paths or args.stats or (args.list and args.prune):
            raise UserError("--list and --prune take no PATHs and no other action")
        return _cache(args.prune, args.json)
    paths = input_paths(args)
    if args.stats and not args.paths:
        if args.index is None:
            raise UserError("--stats needs PATHs or --index FILE")
        if not Path(args.index).is_file():
            raise UserError(f"{args.index}: no such index file")
        try:
            store = open_store(Path(args.index), readonly=True)
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
    if corpus.store is None:  # type: ignore[attr-defined]  # nothing to read: no index kept
        raise UserError(f"no articles could be loaded from {paths[0]}" if len(paths) == 1
                        else "no articles could be loaded")
    if args.stats:
        return _print_stats(index_stats(corpus.store), args.json)  # type: ignore[attr-defined]
    summary = {"index": shown_path(target), "files": report.files, "added": report.added,
               "changed": report.changed, "removed": report.removed,
               "unchanged": report.unchanged, "articles": report.articles,
               "tagged": report.tagged, "seconds": round(report.seconds, 2)}
    if args.json:
        write_output(json.dumps(summary, indent=2) + "\n", None)
    else:
        print(f"indexed {count(report.articles, 'article')} from {count(report.files, 'file')} "
              f"({report.added} added, {report.changed} changed, {report.removed} removed, "
              f"{report.unchanged} unchanged; {report.tagged} tagged) in "
              f"{report.seconds:.1f} s -> {shown_path(target)}")
    return EXIT_OK if report.articles else EXIT_NO_INPUT



def _cache(prune: bool, as_json: bool) -> int:
    """``--list``: the cached indexes; ``--prune``: remove what is no longer needed."""
    from summarize.index.cache import (
        age,
        cache_folder,
        cache_limit,
        cached_indexes,
        indexed_paths,
        prune_cache,
    )

    entries = prune_cache() if prune else cached_indexes()
    rows = [{"index": shown_path(c.path), "bytes": c.bytes, "used": round(c.used),
             "kind": c.kind,
             "paths": [] if prune else [shown_path(p) for p in indexed_paths(c.path) or []]}
            for c in entries]  # a removed index can no longer say what it held
    if as_json:
        write_output(json.dumps(rows, indent=2) + "\n", None)
        return EXIT_OK
    verb = "removed" if prune else "kept"
    total = sum(c.bytes for c in entries)
    cap = f"cap {cache_limit() / 2**20:,.0f} MB" if cache_limit() else "no cap"
    print(f"{count(len(entries), 'index', 'indexes')} {verb} in {shown_path(cache_folder())} "
          f"({total / 2**20:,.1f} MB; {cap})")
    for c, row in zip(entries, rows, strict=True):
        what = ", ".join(row["paths"]) or ("(damaged, kept aside)" if c.kind == "damaged"
                                           else "")
        print(f"{c.bytes / 2**20:>9,.1f} MB  {age(c.used):<16}  {c.path.name}  {what}".rstrip())
    return EXIT_OK


def _print_stats(stats: dict[str, object], as_json: bool) -> int:
    stats = {**stats, "index": shown_path(str(stats["index"]))}
    if as_json:
        write_output(json.dumps(stats, indent=2, ensure_ascii=False) + "\n", None)
    else:
        width = max(map(len, stats))
        for key, value in stats.items():
            shown = f"{value:,}" if isinstance(value, int) else value
            print(f"{key.replace('_', ' '):<{width}}  {shown}")
    return EXIT_OK



