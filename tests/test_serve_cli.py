"""``dateline serve``: options handed on to every session unchanged and unexpanded, the
warning off loopback, and one-line errors (no web extra, stdin, a port in use)."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import types
from typing import ClassVar

import pytest

from tui.cli import main
from tui.cli.commands.serve import app_command, exposure_warning, is_loopback, public_url
from tui.cli.parser import argv_for, build_parser

#: A serve command line that sets every option ``open`` has to something other than its
#: default; paths a shell would expand, split or run.
EVERY_OPTION = ["--debug", "--max-size", "12.5", "--dct", "2024-05-04", "--eras", "eras.toml",
                "--month-first", "--jobs", "3", "--engine", "dask", "--scheduler",
                "tcp://127.0.0.1:8786", "--index", "my index.sqlite", "--no-index", "--watch",
                "--story", "dock strike", "--story", "s2"]
HOSTILE_PATHS = ["news folder", "it's here", "$(touch pwned)", "*.json", "a;b", "-dash", "`x`"]


def sub_parser(command: str) -> argparse.ArgumentParser:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices[command]


def option_dests(command: str) -> set[str]:
    return {a.dest for a in sub_parser(command)._actions
            if not isinstance(a, argparse._HelpAction)}


def test_serve_takes_every_option_of_open():
    assert option_dests("open") <= option_dests("serve")
    assert option_dests("serve") - option_dests("open") == {"host", "port", "public_url"}


def test_the_test_line_sets_every_option_of_open():
    args = build_parser().parse_args(["open", *EVERY_OPTION, "x"])
    defaults = build_parser().parse_args(["open"])
    unset = {d for d in option_dests("open") - {"paths"}
             if getattr(args, d) == getattr(defaults, d)}
    assert unset == set()


def test_every_option_reaches_open_unchanged():
    served = build_parser().parse_args(["serve", *EVERY_OPTION, "--host", "::1",
                                        "--port", "9000", "--", *HOSTILE_PATHS])
    opened = build_parser().parse_args(["open", *argv_for("open", served)])
    for dest in option_dests("open"):
        assert getattr(opened, dest) == getattr(served, dest), dest
    assert opened.paths == HOSTILE_PATHS


def test_defaults_hand_on_nothing():
    assert argv_for("open", build_parser().parse_args(["serve"])) == []


def test_the_session_command_goes_through_a_shell_unexpanded(tmp_path, monkeypatch):
    # Stand in for Python: a script that prints the arguments it was given.
    echo = tmp_path / "echo-args"
    echo.write_text(f"#!{sys.executable}\nimport json, sys\nprint(json.dumps(sys.argv[1:]))\n")
    echo.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(echo))
    args = build_parser().parse_args(["serve", "--index", "my index.sqlite", "--",
                                      *HOSTILE_PATHS])
    done = subprocess.run(["/bin/sh", "-c", app_command(args)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=30, check=True)
    assert json.loads(done.stdout) == ["-m", "tui", "open", "--index", "my index.sqlite",
                                       "--", *HOSTILE_PATHS]
    assert not (tmp_path / "pwned").exists()
    assert shlex.split(app_command(args))[1:4] == ["-m", "tui", "open"]


@pytest.mark.parametrize("host", ["127.0.0.1", "127.3.4.5", "localhost", "::1", "[::1]"])
def test_loopback_needs_no_warning(host):
    assert is_loopback(host)
    assert exposure_warning(host) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.7", "2001:db8::1",
                                  "newsroom.example"])
def test_any_other_address_is_warned_about(host):
    assert not is_loopback(host)
    warning = exposure_warning(host)
    assert warning is not None and "anyone who can reach it can read the corpus" in warning


def test_the_browser_address():
    assert public_url("127.0.0.1", 8000) == "http://127.0.0.1:8000"
    assert public_url("::1", 8080) == "http://[::1]:8080"
    assert not public_url("0.0.0.0", 8000).startswith("http://0.0.0.0")


class FakeServer:
    """Records what textual-serve's ``Server`` was given; serving returns at once."""

    made: ClassVar[list[FakeServer]] = []
    error: ClassVar[OSError | None] = None

    def __init__(self, command: str, **options: object) -> None:
        self.command, self.options = command, options
        FakeServer.made.append(self)

    def serve(self) -> None:
        if FakeServer.error is not None:
            raise FakeServer.error


@pytest.fixture
def fake_textual_serve(monkeypatch):
    FakeServer.made, FakeServer.error = [], None
    package = types.ModuleType("textual_serve")
    server = types.ModuleType("textual_serve.server")
    server.Server = FakeServer  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "textual_serve", package)
    monkeypatch.setitem(sys.modules, "textual_serve.server", server)
    return FakeServer


def test_serving_off_loopback_prints_the_warning_first(fake_textual_serve, capsys, samples_dir):
    assert main(["serve", str(samples_dir), "--host", "0.0.0.0", "--port", "8123"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["dateline: warning: serving on 0.0.0.0: anyone who can reach it can read "
                   "the corpus (every article, through the app)"]
    (server,) = fake_textual_serve.made
    assert server.options["host"] == "0.0.0.0" and server.options["port"] == 8123
    assert shlex.split(server.command)[-2:] == ["--", str(samples_dir)]


def test_loopback_serves_without_a_word_and_keeps_the_public_url(fake_textual_serve, capsys):
    assert main(["serve", "--public-url", "https://news.example/timeline"]) == 0
    assert capsys.readouterr().err == ""
    (server,) = fake_textual_serve.made
    assert server.options["host"] == "127.0.0.1"
    assert server.options["public_url"] == "https://news.example/timeline"
    assert shlex.split(server.command)[3:] == ["open"]


def test_without_the_web_extra_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "textual_serve", None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    assert main(["serve"]) == 2
    assert capsys.readouterr().err == ("dateline: dateline serve needs the web extra: "
                                       "pip install 'dateline[web]'\n")


def test_standard_input_cannot_be_served(fake_textual_serve, capsys):
    assert main(["serve", "-"]) == 2
    assert capsys.readouterr().err.startswith("dateline: -: standard input cannot be served")
    assert fake_textual_serve.made == []


def test_a_missing_path_is_one_line(fake_textual_serve, capsys, tmp_path):
    missing = tmp_path / "nope"
    assert main(["serve", str(missing)]) == 2
    assert capsys.readouterr().err == f"dateline: {missing}: no such file or directory\n"


def test_a_port_in_use_is_one_line(fake_textual_serve, capsys):
    fake_textual_serve.error = OSError(98, "Address already in use")
    assert main(["serve", "--port", "8000"]) == 2
    assert capsys.readouterr().err == ("dateline: 127.0.0.1:8000: cannot listen "
                                       "(Address already in use)\n")


def test_a_bad_port_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", "70000"])
    assert exit_.value.code == 2
    assert "is not a port number" in capsys.readouterr().err


def test_a_real_server_on_every_address_warns_first(samples_dir):
    pytest.importorskip("textual_serve", reason="the web extra is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "tui", "serve", str(samples_dir),
                               "--host", "0.0.0.0", "--port", str(port)],
                              stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                              start_new_session=True)
    try:
        assert server.stderr is not None
        first = server.stderr.readline()
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(10)
    assert first.startswith("dateline: warning: serving on 0.0.0.0: anyone who can reach it")
