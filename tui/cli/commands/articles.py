"""``dateline articles``: what was read from the paths, as a table or JSON."""

from __future__ import annotations

import argparse
import json

from .. import reports
from ..errors import EXIT_OK
from ..inputs import load_inputs, write_output


def run(args: argparse.Namespace) -> int:
    """``dateline articles``: a table (or JSON) of what was read."""
    articles = load_inputs(args).articles
    if args.json:
        write_output(json.dumps([reports.article_json(a) for a in articles],
                                ensure_ascii=False, indent=2) + "\n", None)
    else:
        reports.stdout_console().print(reports.articles_table(articles))
    return EXIT_OK



