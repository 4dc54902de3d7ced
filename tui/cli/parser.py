"""The ``dateline`` command line's arguments: one sub-parser per command, shared option groups.

Imports nothing heavy: ``dateline --help`` and ``--version`` stay instant."""

from __future__ import annotations

import argparse
import math
import sys
from datetime import date
from pathlib import Path
from typing import NoReturn

from summarize import __version__


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    return common


def _inputs() -> argparse.ArgumentParser:
    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument("paths", nargs="*", metavar="PATH",
                        help="files, folders, globs, or - for stdin (default: the bundled samples)")
    inputs.add_argument("--max-size", type=_size_mb, default=50.0, metavar="MB",
                        help="skip files larger than this (JSONL files are streamed instead); "
                        "default 50")
    return inputs


def parse_day(value: str) -> date:
    """A YYYY-MM-DD date from the command line."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _size_mb(value: str) -> float:
    """A size limit in MB: a finite number of at least one byte (not nan, inf, 0 or less)."""
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number * 1024 * 1024 >= 1):
        raise argparse.ArgumentTypeError(f"{value!r} is not a size in MB (a number above 0)")
    return number


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line, ``dateline: message``, like every other."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("dateline").strip()
        hint = f"dateline {command} --help" if command else "dateline --help"
        print(f"dateline: {message}; see {hint}", file=sys.stderr)
        raise SystemExit(2)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def _dates() -> argparse.ArgumentParser:
    dates = argparse.ArgumentParser(add_help=False)
    dates.add_argument("--dct", type=parse_day, metavar="DATE",
                       help="use this publication date (YYYY-MM-DD) for every article")
    dates.add_argument("--eras", type=Path, metavar="FILE",
                       help="a TOML file of eras (ongoing events that 'day N' counts from)")
    dates.add_argument("--month-first", dest="day_first", action="store_false",
                       help="read 7/5/2022 as July 5 (default: 7 May)")
    return dates


def _scale(index_default: bool) -> argparse.ArgumentParser:
    """Where the work runs and whether results are kept in an index."""
    scale = argparse.ArgumentParser(add_help=False)
    scale.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                       help="worker processes for reading and tagging (default: all cores)")
    scale.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local (this machine's cores, default) or dask (a Dask cluster; "
                       "needs pip install 'dateline[dask]')")
    scale.add_argument("--scheduler", metavar="ADDRESS",
                       help="Dask scheduler, e.g. tcp://host:8786 (default: start a local "
                       "cluster with --jobs workers)")
    scale.add_argument("--index", type=Path, metavar="FILE",
                       help="keep results in this SQLite index " + (
                           "(default: one per set of paths in the user cache folder)"
                           if index_default else "(default: no index)"))
    if index_default:
        scale.add_argument("--no-index", action="store_true",
                           help="read and tag everything afresh; keep no index")
    return scale


def _viewer() -> argparse.ArgumentParser:
    """The options of the interactive timeline, shared by ``open`` and ``serve``."""
    viewer = argparse.ArgumentParser(add_help=False)
    viewer.add_argument("--watch", action="store_true",
                        help="reload when files are added to or changed in the PATHs")
    _story_option(viewer)
    return viewer


def _story_option(parser: argparse.ArgumentParser) -> None:
    """``--story ID``: keep only some storylines (``dateline stories`` lists them)."""
    parser.add_argument("--story", action="append", default=[], metavar="ID",
                        help="only this story: its id or a unique prefix of its label "
                        "(repeatable; see dateline stories)")


def _port(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (0-65535)")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; each command's options live in its own sub-parser."""
    common, inputs = _common(), _inputs()
    parser = _Parser(
        prog="dateline", parents=[common],
        description="Turn a pile of news articles into a dated timeline. "
        "`dateline [PATH...]` opens the interactive timeline (default: the bundled samples).",
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("open", parents=[common, inputs, _dates(), _scale(True), _viewer()],
                   help="open the interactive timeline (the default command)",
                   description="Open the interactive timeline on PATHs.")

    p = sub.add_parser("serve", parents=[common, inputs, _dates(), _scale(True), _viewer()],
                       help="serve the interactive timeline to web browsers (textual-serve)",
                       description="Serve the interactive timeline on PATHs to web browsers: "
                       "each browser session runs `dateline open` with the same options. "
                       "Needs pip install 'dateline[web]'.")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; any "
                   "other lets whoever can reach it read the corpus)")
    p.add_argument("--port", type=_port, default=8000, help="port to listen on (default 8000)")
    p.add_argument("--public-url", metavar="URL",
                   help="the address browsers use to reach the server, e.g. behind a proxy "
                   "(default: http://HOST:PORT, this machine's name for 0.0.0.0 or ::)")

    p = sub.add_parser("articles", parents=[common, inputs], help="list the articles in PATHs",
                       description="List the articles dateline reads from PATHs.")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("tag", parents=[common, inputs, _dates(), _scale(False)],
                       help="show every time expression and what it resolves to",
                       description="Find and resolve the time expressions of each article.")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text (a highlighted view, default) or json")
    _story_option(p)

    p = sub.add_parser("index", parents=[common, inputs, _dates(), _scale(True)],
                       help="build or update the index ahead of time; --stats shows it",
                       description="Read and tag PATHs into the SQLite index so that opening "
                       "them later is instant. Only new and changed files are processed.")
    p.add_argument("--stats", action="store_true",
                   help="show what the index holds (without PATHs: the --index FILE given)")
    p.add_argument("--list", action="store_true",
                   help="list the indexes kept in the user cache folder, least recently used "
                   "first")
    p.add_argument("--prune", action="store_true",
                   help="remove cached indexes whose paths are gone, damaged ones kept aside, "
                   "and the least recently used above the cap ($DATELINE_CACHE_MB, 4096)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")

    p = sub.add_parser("stories", parents=[common, inputs, _dates(), _scale(True)],
                       help="the storylines of PATHs: which articles tell the same story",
                       description="Split the articles into storylines (one developing story "
                       "across outlets and days) and list them, biggest first.")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("export", parents=[common, inputs, _dates(), _scale(True)],
                       help="write the timeline as a Markdown briefing or JSON",
                       description="Build the timeline and write a briefing (stdout or -o FILE; "
                       "files are written atomically).")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--format", choices=("md", "json"), default="md", help="md (default) or json")
    p.add_argument("--summarizer", default="lexrank", metavar="NAME",
                   help="lexrank (default), textrank, lsa, luhn, kl, sumbasic or edmundson")
    p.add_argument("--sentences", type=_positive_int, default=3, metavar="N",
                   help="summary length per date in sentences (default 3)")
    p.add_argument("--granularity", choices=("day", "week", "month"), default="day")
    p.add_argument("--from", dest="start", type=parse_day, metavar="DATE",
                   help="first date to include (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=parse_day, metavar="DATE",
                   help="last date to include (YYYY-MM-DD)")
    p.add_argument("--top", type=_positive_int, metavar="N",
                   help="keep only the N most important dates")
    p.add_argument("--title", help="the briefing's title (default: \"Timeline briefing\", "
                   "or with --story the stories' labels)")
    p.add_argument("--no-diagram", action="store_true",
                   help="leave out the Mermaid timeline that opens the Markdown briefing")
    p.add_argument("--render", action="store_true",
                   help="show the Markdown rendered in the terminal instead of raw")
    _story_option(p)
    p.add_argument("--by-story", action="store_true",
                   help="one section per storyline, biggest first (JSON: a stories list "
                   "beside the corpus-wide dates)")
    p.add_argument("--split", metavar="DIR",
                   help="write one briefing per storyline into DIR, a new or empty folder "
                        "(STORY-ID.md or .json)")

    p = sub.add_parser("eval", parents=[common], help="score dateline on evaluation data",
                       description="Score the tagger on TimeML or the timelines on Timeline17.")
    p.add_argument("kind", choices=("timeml", "tls", "stories"),
                   help="timeml: TempEval-3 scoring of time expressions; tls: timeline "
                   "summarisation on the Timeline17 layout; stories: the topic folders mixed "
                   "into one corpus, its storylines scored against the topics")
    p.add_argument("directories", nargs="+", metavar="DIR",
                   help="folders of .tml files or of topic folders (a row each, then the total)")
    halves = p.add_mutually_exclusive_group()
    halves.add_argument("--half", choices=("tune", "check"), default="all",
                        help="score only this half of the recorded development split "
                        "(summarize/evaluate/splits.json)")
    halves.add_argument("--halves", action="store_true",
                        help="a row for the tune half, the check half and all of each folder")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--fit", action="store_true",
                   help="stories: fit the clustering thresholds on the tune half and write them "
                   "to summarize/storylines/thresholds.json; tls: fit the date ranker on every "
                   "timeline and write it to summarize/resources/date_ranker.json (after "
                   "--cross-validate's report)")
    p.add_argument("--cross-validate", action="store_true",
                   help="tls: score each timeline with a date ranker fitted without its story "
                   "(the development score), per tune/check half")
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    return set(_commands(parser))


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def argv_for(command: str, args: argparse.Namespace) -> list[str]:
    """Arguments that make ``dateline COMMAND`` parse to the values in ``args``, for every
    option COMMAND has (``serve`` hands its options on to the ``open`` of each session)."""
    options: list[str] = []
    positional: list[str] = []
    for action in _commands(build_parser())[command]._actions:
        if isinstance(action, argparse._HelpAction) or not hasattr(args, action.dest):
            continue
        value = getattr(args, action.dest)
        if not action.option_strings:
            positional += [str(v) for v in value] if isinstance(value, list) else [str(value)]
        elif value == action.default:
            continue
        elif isinstance(action, argparse._StoreConstAction):  # store_true, store_false
            options.append(action.option_strings[-1])
        elif type(action) is argparse._StoreAction and action.nargs is None:
            options += [action.option_strings[-1], str(value)]
        elif isinstance(action, argparse._AppendAction):
            for item in value:
                options += [action.option_strings[-1], str(item)]
        else:  # a new kind of option must be taught here before it can be handed on
            raise ValueError(f"cannot hand {action.option_strings[-1]} on to {command}")
    return [*options, "--", *positional] if positional else options


def normalise_argv(argv: list[str], commands: set[str]) -> list[str]:
    """Make ``dateline [PATH...]`` mean ``dateline open [PATH...]``."""
    if {"-h", "--help", "--version"} & set(argv[:1]):
        return argv
    first = next((a for a in argv if not a.startswith("-") or a == "-"), None)
    return argv if first in commands else ["open", *argv]
