"""``dateline serve`` in a real browser: Debian's Chromium, driven by Playwright, on the samples.

The terminal is drawn by xterm.js on a canvas, so the page's text is read from xterm's own
buffer; a PNG of the page is kept as an artefact (copied to $DATELINE_ARTEFACTS when set)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
#: textual-serve's page keeps its xterm Terminal in ``this.terminal``: catch it as it is set.
CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, 'terminal', {configurable: true, set(value) {
  if (value && value.buffer) { window.__xterm = value; }
  Object.defineProperty(this, 'terminal',
                        {value, writable: true, configurable: true, enumerable: true});
}});
"""
SCREEN_TEXT = """() => {
  const term = window.__xterm;
  if (!term) { return ''; }
  const buffer = term.buffer.active, rows = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    rows.push(line ? line.translateToString(true) : '');
  }
  return rows.join('\\n');
}"""
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("dateline serve did not start:\n" +
                                (tmp_path / "serve.log").read_text())
                time.sleep(0.1)
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
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            # Nothing leaves this machine (the page asks for a web font).
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(url) else route.abort())
            page.add_init_script(CATCH_TERMINAL)
            page.goto(url, wait_until="domcontentloaded")

            def wait_for(text: str, timeout: int = WAIT_MS) -> str:
                page.wait_for_function(f"text => ({SCREEN_TEXT})().includes(text)", arg=text,
                                       timeout=timeout)
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
