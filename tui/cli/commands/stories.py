"""``dateline stories``: the storylines of a corpus, as a table or JSON."""

from __future__ import annotations

import argparse
import json

from .. import reports
from ..errors import EXIT_OK
from ..inputs import load_tagged, write_output


def run(args: argparse.Namespace) -> int:
    """``dateline stories``: each story's id, label, size, outlets and dates."""
    stories = load_tagged(args).storylines()
    if args.json:
        data = {"stories": [s.to_json() for s in stories]}
        write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        reports.stdout_console().print(reports.stories_table(stories))
    return EXIT_OK
