"""The ``dateline`` command: parses arguments, dispatches, turns problems into one-liners."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from summarize import __version__

EXIT_OK, EXIT_FAILURE, EXIT_NO_INPUT = 0, 1, 2


class UserError(Exception):
    """A problem the user can fix; printed as ``dateline: message``, exit status 2."""


def bundled_samples() -> Path:
    """The ``samples/`` folder shipped beside the packages (or in the working directory)."""
    beside = Path(__file__).resolve().parent.parent / "samples"
    return beside if beside.is_dir() else Path("samples")


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    return common


def _inputs() -> argparse.ArgumentParser:
    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument("paths", nargs="*", metavar="PATH",
                        help="files, folders, globs, or - for stdin (default: the bundled samples)")
    inputs.add_argument("--max-size", type=float, default=50.0, metavar="MB",
                        help="skip files larger than this (JSONL files are streamed instead); "
                        "default 50")
    return inputs


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; each command's options live in its own sub-parser."""
    common, inputs = _common(), _inputs()
    parser = argparse.ArgumentParser(
        prog="dateline", parents=[common],
        description="Turn a pile of news articles into a dated timeline. "
        "`dateline [PATH...]` opens the interactive timeline (default: the bundled samples).",
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("open", parents=[common, inputs], help="open the timeline (the default)",
                   description="Open the interactive timeline on PATHs.")

    p = sub.add_parser("articles", parents=[common, inputs], help="list the articles in PATHs",
                       description="List the articles dateline reads from PATHs.")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def normalise_argv(argv: list[str], commands: set[str]) -> list[str]:
    """Make ``dateline [PATH...]`` mean ``dateline open [PATH...]``."""
    if {"-h", "--help", "--version"} & set(argv[:1]):
        return argv
    first = next((a for a in argv if not a.startswith("-") or a == "-"), None)
    return argv if first in commands else ["open", *argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(normalise_argv(list(sys.argv[1:] if argv is None else argv),
                                            _command_names(parser)))
    from . import commands

    try:
        return commands.HANDLERS[args.command](args)
    except UserError as err:
        print(f"dateline: {err}", file=sys.stderr)
        return EXIT_NO_INPUT
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # the last line of defence: never a traceback unless --debug
        if args.debug:
            raise
        print(f"dateline: internal error: {err.__class__.__name__}: {err} "
              "(run with --debug for details)", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
