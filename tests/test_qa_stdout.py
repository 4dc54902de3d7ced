"""Standard output that goes away (``| head``) ends the command quietly with status 0, as the
JSON commands already did; output that cannot be written (a full disk) is one line, not an
internal error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = str(ROOT / "samples")


def closed_early(*args: str) -> tuple[int, str]:
    """Run ``dateline ARGS``, read one line of its output, then close the pipe."""
    child = subprocess.Popen([sys.executable, "-m", "tui", *args], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.readline()
    child.stdout.close()
    err = child.stderr.read().decode()
    return child.wait(timeout=300), err


@pytest.mark.parametrize("args", [["tag", SAMPLES], ["articles", SAMPLES]])
def test_a_reader_that_stops_early_is_no_error(args: list[str]) -> None:
    assert closed_early(*args) == (0, "")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [["tag", SAMPLES], ["export", SAMPLES, "--no-index"]])
def test_a_full_disk_on_stdout_is_one_line(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "tui", *args], cwd=ROOT, stdout=full,
                              stderr=subprocess.PIPE, timeout=300)
    assert (done.returncode, done.stderr.decode()) == (
        1, "dateline: cannot write the output (No space left on device)\n")
