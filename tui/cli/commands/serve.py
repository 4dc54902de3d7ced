"""``dateline serve [PATH...]``: the interactive timeline in web browsers, through textual-serve.

textual-serve runs a command per browser session; here that command is ``dateline open`` with
every option this command was given, quoted for the shell it goes through."""

from __future__ import annotations

import argparse
import ipaddress
import os
import shlex
import socket
import sys

from ..errors import EXIT_OK, UserError
from ..inputs import input_paths, settings_from
from ..parser import argv_for

NEEDS_EXTRA = "dateline serve needs the web extra: pip install 'dateline[web]'"
WILDCARDS = frozenset({"0.0.0.0", "::", ""})


def is_loopback(host: str) -> bool:
    """True when only this machine can reach ``host`` (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a name: it may resolve to any address
        return False


def exposure_warning(host: str) -> str | None:
    """The warning printed before serving on ``host``, or None for a loopback address."""
    if is_loopback(host):
        return None
    return (f"warning: serving on {host or 'every address'}: anyone who can reach it can read "
            "the corpus (every article, through the app)")


def public_url(host: str, port: int) -> str:
    """Where browsers reach the server: the host as given, this machine's name for a wildcard."""
    name = socket.gethostname() if host in WILDCARDS else host
    if ":" in name and not name.startswith("["):
        name = f"[{name}]"  # an IPv6 literal in a URL
    return f"http://{name}:{port}"


def app_command(args: argparse.Namespace) -> str:
    """The shell command each browser session runs: this Python's ``dateline open`` with the
    same options and paths, each argument quoted."""
    return shlex.join([sys.executable, "-m", "tui", "open", *argv_for("open", args)])


def run(args: argparse.Namespace) -> int:
    """Serve the app until interrupted; every session is a fresh ``dateline open``."""
    try:
        from textual_serve.server import Server
    except ImportError:
        raise UserError(NEEDS_EXTRA) from None
    for path in input_paths(args):
        if path == "-":
            raise UserError("-: standard input cannot be served; give files or folders")
        if not any(c in path for c in "*?[") and not os.path.exists(path):
            raise UserError(f"{path}: no such file or directory")
    settings_from(args)  # a bad --eras is reported here, not in every browser tab
    warning = exposure_warning(args.host)
    if warning:
        print(f"dateline: {warning}", file=sys.stderr, flush=True)
    server = Server(app_command(args), host=args.host, port=args.port, title="dateline",
                    public_url=args.public_url or public_url(args.host, args.port))
    try:
        server.serve()
    except OSError as err:  # the port is taken, the address is not this machine's...
        raise UserError(f"{args.host}:{args.port}: cannot listen "
                        f"({err.strerror or err})") from None
    return EXIT_OK
