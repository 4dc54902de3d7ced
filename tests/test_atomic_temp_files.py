"""Temporary files of an atomic write never pile up: a killed export's are removed by the next
write of the same target, SIGTERM cleans up like Ctrl-C, and nobody else's files are touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from summarize.export.atomic import write_atomic

ROOT = Path(__file__).resolve().parent.parent


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_stale_temporaries_of_the_target_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old\n")
    stale = [f".brief.md.{dead_pid()}-k2j4h5g6.tmp",  # its writer is gone
             ".brief.md.a1b2c3d4.tmp"]                 # left by an earlier dateline
    kept = [f".brief.md.{os.getpid()}-zz9yy8xx.tmp",    # a writer that is still running
            ".brief.md.my-notes.tmp", ".other.md.a1b2c3d4.tmp", "brief.md.a1b2c3d4.tmp"]
    for name in stale + kept:
        (tmp_path / name).write_text("partial")
    (tmp_path / ".brief.md.b1b2c3d4.tmp").mkdir()  # not a file: left alone
    write_atomic(target, "new\n")
    assert target.read_text() == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["brief.md", ".brief.md.b1b2c3d4.tmp", *kept])


#: Writes ``brief.md`` atomically, stopping (as if killed) once the temporary file is full.
WRITER = """
import os, signal, sys, time
from summarize.export import atomic
how = sys.argv[2]
def stop(fd):
    if how == "term":
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)
    print("written", flush=True)
    time.sleep(60)
atomic.os.fsync = stop
atomic.write_atomic(sys.argv[1], "the new briefing, half written")
"""


def writer(target: Path, how: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(target), how], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigterm_during_a_write_removes_the_temporary(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("the previous briefing\n")
    proc = writer(target, "term")
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert target.read_text() == "the previous briefing\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_after_kill_9_the_next_write_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("the previous briefing\n")
    proc = writer(target, "kill")
    assert proc.stdout.readline().strip() == "written"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    left = [p.name for p in tmp_path.iterdir() if p.name != "brief.md"]
    assert len(left) == 1 and left[0].startswith(".brief.md.")
    assert target.read_text() == "the previous briefing\n"
    write_atomic(target, "the next briefing\n")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]
    assert target.read_text() == "the next briefing\n"


def test_a_write_from_another_thread_works_without_a_signal_handler(tmp_path: Path) -> None:
    import threading

    target = tmp_path / "brief.md"
    errors: list[BaseException] = []

    def write() -> None:
        try:
            write_atomic(target, "from a thread\n")
        except BaseException as err:  # reported below
            errors.append(err)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join(timeout=30)
    assert errors == [] and target.read_text() == "from a thread\n"


@pytest.mark.parametrize("handler", [signal.SIG_DFL, signal.SIG_IGN])
def test_the_previous_sigterm_handler_is_restored(tmp_path: Path, handler) -> None:
    previous = signal.signal(signal.SIGTERM, handler)
    try:
        write_atomic(tmp_path / "brief.md", "x")
        assert signal.getsignal(signal.SIGTERM) == handler
    finally:
        signal.signal(signal.SIGTERM, previous)
