"""Importing a module of ``bench/`` (a folder of scripts, not a package) from a test."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def import_bench(name: str) -> ModuleType:
    """``bench/<name>.py``, imported with that folder on the path for the import only (its own
    imports of its neighbours happen then)."""
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCH))
