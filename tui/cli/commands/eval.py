"""``dateline eval timeml|tls DIR...``: score the engine on evaluation data."""

from __future__ import annotations

import argparse
from pathlib import Path

from summarize.safe_text import shown_path

from ..errors import UserError


def run(args: argparse.Namespace) -> int:
    """``dateline eval timeml|tls DIR...``: scores as a table (or JSON)."""
    from .. import evaluation

    folders = [Path(d) for d in args.directories]
    for folder in folders:
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "no such folder"
            raise UserError(f"{shown_path(str(folder))}: {what}")
    if args.kind == "stories":
        from .. import story_evaluation

        return story_evaluation.run(folders, as_json=args.json, fit=args.fit)
    if args.kind == "tls" and (args.fit or args.cross_validate):
        from .. import ranker_evaluation

        return ranker_evaluation.run(folders, fit=args.fit, as_json=args.json)
    return evaluation.run(args.kind, folders, half=args.half, by_half=args.halves,
                          as_json=args.json)
