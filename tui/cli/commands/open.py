"""``dateline [open] [PATH...]``: the interactive timeline (the Textual app)."""

from __future__ import annotations

import argparse

from ..errors import EXIT_OK
from ..inputs import index_file, input_paths, settings_from


def run(args: argparse.Namespace) -> int:
    """``dateline [PATH...]``: the interactive timeline."""
    from tui.app import DatelineApp

    settings = settings_from(args)  # report a bad --eras before the screen takes over
    paths = input_paths(args)
    DatelineApp(paths, settings, watch=args.watch, index=index_file(args, paths),
                stories=args.story).run()
    return EXIT_OK



