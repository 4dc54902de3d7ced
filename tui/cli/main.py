"""The ``dateline`` console script: parse, dispatch to the command's module, and turn
problems into one-line messages and exit statuses."""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Sequence

from summarize.safe_text import shown_text

from .errors import EXIT_FAILURE, EXIT_NO_INPUT, EXIT_OK, UserError
from .parser import build_parser, command_names, normalise_argv

#: Errors of writing output (standard output on a full disk, say) rather than of dateline.
_CANNOT_WRITE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(normalise_argv(list(sys.argv[1:] if argv is None else argv),
                                            command_names(parser)))
    try:
        command = importlib.import_module(f"{__package__}.commands.{args.command}")
        status = command.run(args)
        sys.stdout.flush()  # a full disk shows here, not as an error ignored at exit
        return status
    except UserError as err:
        print(f"dateline: {shown_text(str(err))}", file=sys.stderr)
        return EXIT_NO_INPUT
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        with contextlib.suppress(OSError):  # and nothing to flush at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as err:  # the last line of defence: never a traceback unless --debug
        if args.debug:
            raise
        if isinstance(err, OSError) and err.errno in _CANNOT_WRITE:
            print(f"dateline: cannot write the output ({err.strerror})", file=sys.stderr)
            return EXIT_FAILURE
        print(f"dateline: internal error: {err.__class__.__name__}: {shown_text(str(err))} "
              "(run with --debug for details)", file=sys.stderr)
        return EXIT_FAILURE

