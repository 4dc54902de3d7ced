"""Worker processes never outlive dateline: after ``kill -9`` of the main process (what the OOM
killer does) its workers and multiprocessing's resource tracker are gone within seconds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from summarize.engines.local import PARENT_POLL_SECONDS, exit_with_parent

#: Starts a pool of two workers busy for a minute (from the main thread or from another
#: thread, as the TUI does), prints their pids and the resource tracker's, then waits.
SCRIPT = """
import json, sys, threading, time
from multiprocessing import resource_tracker
from summarize.engines.local import LocalEngine

def start():
    engine = LocalEngine(jobs=2)
    results = engine.map(time.sleep, [60, 60, 60])
    pids = list(engine._pool._processes)
    print(json.dumps({"workers": pids, "tracker": resource_tracker._resource_tracker._pid}),
          flush=True)
    time.sleep(120)

if sys.argv[1] == "thread":
    worker = threading.Thread(target=start)
    worker.start()
    worker.join()
else:
    start()
"""


def alive(pid: int) -> bool:
    """Running (a zombie left for a container's init to reap counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("where", ["main", "thread"])
def test_workers_and_tracker_exit_when_the_parent_is_killed(where: str) -> None:
    root = Path(__file__).resolve().parent.parent
    parent = subprocess.Popen([sys.executable, "-c", SCRIPT, where], stdout=subprocess.PIPE,
                              cwd=root, text=True)
    try:
        line = parent.stdout.readline()
        pids = json.loads(line)
        children = [*pids["workers"], pids["tracker"]]
        assert len(children) == 3 and all(alive(p) for p in children)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(alive(p) for p in children):
        time.sleep(0.1)
    left = [p for p in children if alive(p)]
    for pid in left:  # do not leak them into the rest of the test run
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_the_watch_exits_once_the_parent_is_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    exits: list[int] = []
    gone = threading.Event()
    monkeypatch.setattr(os, "getppid", lambda: 1 if gone.is_set() else 4242)
    monkeypatch.setattr(os, "_exit", lambda status: exits.append(status))
    exit_with_parent(4242, signal_on_death=False)
    time.sleep(PARENT_POLL_SECONDS * 2)
    assert exits == []
    gone.set()
    deadline = time.monotonic() + 10 * PARENT_POLL_SECONDS
    while not exits and time.monotonic() < deadline:
        time.sleep(PARENT_POLL_SECONDS / 4)
    assert exits[:1] == [1]
