"""``dateline serve`` in a real browser: Debian's Chromium, driven by Playwright, on the samples.

The terminal is drawn by xterm.js on a canvas, so the page's text is read from xterm's own
buffer; a PNG of the page is kept as an artefact (copied to $DATELINE_ARTEFACTS when set)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "docs"))

from xterm_page import (  # noqa: E402  (docs/ holds the page helpers the screenshots use too)
    SCREEN_HAS,
    SCREEN_TEXT,
    free_port,
    open_page,
    wait_until_served,
)

WAIT_MS = 30_000
#: The first paint of the timeline waits for the samples to load (3 s here, more when busy).
FIRST_WAIT_MS = 60_000


def chromium() -> str:
    """Debian's Chromium, or a skip saying where it was looked for."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("no Chromium on this machine (apt-get install -y chromium); "
                    "the browser test never downloads one")
    return found


def dateline_command() -> list[str]:
    """The installed ``dateline`` script beside this Python (else the module)."""
    script = Path(sys.executable).with_name("dateline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui"]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """``dateline serve`` on the samples on 127.0.0.1 and a free port, in its own process
    group (killed whole at the end); yields the URL and the server's working folder."""
    pytest.importorskip("textual_serve", reason="the web extra is not installed")
    port = free_port()
    work = tmp_path / "work"
    work.mkdir()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [*dateline_command(), "serve", str(SAMPLES), "--port", str(port),
         "--index", str(work / "samples index.sqlite")],
        cwd=work, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        if not wait_until_served(url, server, 20):
            log.flush()
            pytest.fail("dateline serve did not start:\n" + (tmp_path / "serve.log").read_text())
        yield url, work
    finally:
        with_group(server.pid, signal.SIGTERM)
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            with_group(server.pid, signal.SIGKILL)
            server.wait(5)
        log.close()


def with_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):  # the group already ended
        os.killpg(pid, sig)


def keep_artefact(path: Path) -> None:
    folder = os.environ.get("DATELINE_ARTEFACTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


def test_the_timeline_in_a_browser(served: tuple[str, Path], tmp_path: Path) -> None:
    executable = chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    url, work = served
    with sync_api.sync_playwright() as playwright:
        browser, page = open_page(playwright, executable, url, 800)
        try:
            def wait_for(text: str, timeout: int = WAIT_MS) -> str:
                page.wait_for_function(SCREEN_HAS, arg=text, timeout=timeout)
                return page.evaluate(SCREEN_TEXT)

            screen = wait_for(" sent ", FIRST_WAIT_MS)  # the timeline's rows: samples loaded
            assert "Timeline · day · oldest first" in screen
            assert "Wed 17 Apr 2024" in screen and "Mon 22 Apr 2024" in screen
            page.focus(".xterm-helper-textarea")

            page.keyboard.press("ArrowDown")  # the second date: its summary opens on the right
            wait_for("Monday 22 April 2024")
            page.keyboard.press("Enter")  # into its evidence (the footer offers to open)
            wait_for("Open article")
            page.keyboard.press("Enter")  # the article of the first sentence
            screen = wait_for("time expressions")
            assert "Published" in screen
            page.keyboard.press("Escape")
            wait_for("Timeline · day")

            page.keyboard.press("e")  # export this view: the dialog offers a file name
            wait_for("Export this view as a Markdown briefing")
            page.keyboard.press("Enter")
            screen = wait_for("Briefing written to")
            briefing = work / "dateline-briefing.md"
            assert briefing.is_file()
            assert briefing.read_text(encoding="utf-8").startswith("# ")
            # The session ran with the options serve was given (--index, a path with a space).
            assert (work / "samples index.sqlite").is_file()

            shot = tmp_path / "dateline-serve.png"
            page.screenshot(path=str(shot))
            assert shot.stat().st_size > 10_000
            keep_artefact(shot)
        finally:
            browser.close()
