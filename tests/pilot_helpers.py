"""Helpers shared by the TUI tests: run async tests and wait for the app to settle."""

from __future__ import annotations

import asyncio
import functools


def sync(test):
    """Run an async test body on a fresh event loop (no pytest-asyncio needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


async def settle(pilot) -> None:
    """Let every worker finish and every message it posted be handled."""
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
