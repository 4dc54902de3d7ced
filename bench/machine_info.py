"""One line naming the machine a benchmark ran on, for bench/RESULTS.md (every bench uses it)."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what the platform says."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def machine(*extra: str) -> str:
    """OS and architecture, CPU, cores and Python version, then any ``extra`` parts."""
    parts = [f"{platform.system()} {platform.machine()}", cpu_model(), f"{os.cpu_count()} cores",
             f"Python {platform.python_version()}", *extra]
    return ", ".join(parts)


if __name__ == "__main__":  # `python bench/machine_info.py`: the line, for a RESULTS section
    print(machine())
