"""The ``dateline`` console script: parse, dispatch to the command's module, and turn
problems into one-line messages and exit statuses."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from summarize.safe_text import shown_text

from .errors import EXIT_FAILURE, EXIT_NO_INPUT, EXIT_OK, UserError
from .parser import build_parser, command_names, normalise_argv


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(normalise_argv(list(sys.argv[1:] if argv is None else argv),
                                            command_names(parser)))
    try:
        command = importlib.import_module(f"{__package__}.commands.{args.command}")
        return command.run(args)
    except UserError as err:
        print(f"dateline: {shown_text(str(err))}", file=sys.stderr)
        return EXIT_NO_INPUT
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # the last line of defence: never a traceback unless --debug
        if args.debug:
            raise
        print(f"dateline: internal error: {err.__class__.__name__}: {shown_text(str(err))} "
              "(run with --debug for details)", file=sys.stderr)
        return EXIT_FAILURE

