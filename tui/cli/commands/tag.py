"""``dateline tag``: every time expression of every article, its value and the reason."""

from __future__ import annotations

import argparse
import json

from .. import reports
from ..errors import EXIT_OK
from ..inputs import load_tagged, write_output
from ..storyline_choice import narrow_to_stories


def run(args: argparse.Namespace) -> int:
    """``dateline tag``: every time expression with its value and reason."""
    corpus = narrow_to_stories(load_tagged(args), args.story)
    if args.format == "json":
        data = [reports.tagged_json(t) for t in corpus.tagged]
        write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        console = reports.stdout_console(highlight=False)
        for tagged in corpus.tagged:
            console.print(reports.tagged_view(tagged))
    return EXIT_OK



