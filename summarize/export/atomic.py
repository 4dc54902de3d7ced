"""Write a file so that readers see the old content or the new, never half of either.

The temporary file beside the target is named ``.NAME.PID-RANDOM.tmp``: a write removes the
ones of its target whose process is gone (a ``kill -9`` leaves them), and SIGTERM removes its
own, as Ctrl-C does.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path


def target_problem(output: str) -> str | None:
    """Why ``output`` cannot be written as a file, checked before any work (None: it can): a
    folder, a name ending in a slash, a folder that is missing or cannot be written. (A
    symlink is fine: the atomic rename replaces the link itself.)"""
    folder = os.path.dirname(output) or "."
    if os.path.isdir(output):
        return "is a folder; give a file name"
    if output.endswith(("/", os.sep)):
        return "names a folder (it ends with /); give a file name"
    if not os.path.exists(folder):
        return f"folder {folder} does not exist"
    if not os.path.isdir(folder):
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"folder {folder} is not writable"
    return None


def write_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to a temporary file beside ``path``, fsync it, then rename it over.

    An interruption at any point leaves the previous file untouched (and no stray temporary).
    """
    target = Path(path)
    remove_stale_temporaries(target)
    with _sigterm_as_exit():
        _write(target, text)
    return target


def _write(target: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp",
                               dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def remove_stale_temporaries(target: Path) -> list[str]:
    """Remove the temporary files a killed write of ``target`` left beside it (those of a
    process that is gone, and unnumbered ones of earlier versions); returns their names."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(?:(\d+)-)?[a-z0-9_]{{8}}\.tmp")
    removed = []
    try:
        entries = list(os.scandir(target.parent or "."))
    except OSError:
        return removed
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if found is None or not entry.is_file(follow_symlinks=False):
            continue
        if found.group(1) is not None and _running(int(found.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(entry.name)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process: leave its file alone
    return True


@contextlib.contextmanager
def _sigterm_as_exit() -> Iterator[None]:
    """While writing, SIGTERM ends the process as Ctrl-C would: the temporary is removed."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; that thread's own ^C still cleans up
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
