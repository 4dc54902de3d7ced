"""What every layer shares about a run: the user's settings and the progress callback.

A leaf module: it imports nothing of dateline, so any layer may import it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

#: Files larger than this are skipped (JSONL is streamed instead); ``--max-size`` changes it.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: progress(stage, done, total): stage is one of STAGES.
Progress = Callable[[str, int, int], None]
#: What each progress stage means, for the progress bars of the CLI and the TUI.
STAGES = {"load": "Reading files", "tag": "Finding dates in articles",
          "date": "Dating undated articles", "view": "Building the timeline"}


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose on the command line that changes how dates resolve."""

    dct: date | None = None
    eras_file: Path | None = None
    day_first: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    #: Worker processes for reading and tagging; 0 = all cores.
    jobs: int = 0
    #: Where the work runs: "local" (this machine's cores) or "dask".
    engine: str = "local"
    #: A Dask scheduler address ("tcp://host:8786"); None starts a local cluster.
    scheduler: str | None = None

