"""Make the README's pictures from the real app on the bundled samples.

    python docs/make_screenshots.py            # SVGs of the terminal, and the browser PNG
    python docs/make_screenshots.py --no-browser

The SVGs are the app's own screenshots (Textual's ``save_screenshot`` under a test pilot). The
PNG is ``dateline serve`` in Debian's Chromium driven by Playwright (needs
``pip install 'dateline[web]' playwright`` and ``apt-get install chromium``; nothing is
downloaded). Every picture is written to ``docs/`` beside this script.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZE = (120, 40)
#: Friday 3 May 2024, the day the dockers marched, is the seventh date of the samples.
TO_A_BUSY_DAY = ["j"] * 6
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
SCREEN_HAS = """text => {
  const term = window.__xterm;
  if (!term) { return false; }
  const buffer = term.buffer.active, rows = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    rows.push(line ? line.translateToString(true) : '');
  }
  return rows.join('\\n').includes(text);
}"""


async def terminal_pictures() -> list[Path]:
    """The main screen on a busy day, and an article with the reason for one of its dates."""
    sys.path.insert(0, str(ROOT))
    from tui.app import DatelineApp

    shots = [("dateline-main.svg", TO_A_BUSY_DAY),
             ("dateline-article.svg", [*TO_A_BUSY_DAY, "enter", "enter", "j"])]
    written = []
    for name, keys in shots:
        app = DatelineApp(["samples"])  # no index: nothing is written outside docs/
        async with app.run_test(size=SIZE) as pilot:
            for key in ("", *keys):
                if key:
                    await pilot.press(key)
                for _ in range(4):
                    await app.workers.wait_for_complete()
                    await pilot.pause()
            app.save_screenshot(name, str(DOCS))
        written.append(DOCS / name)
    return written


def browser_picture() -> Path | None:
    """``dateline serve`` on the samples, in Chromium, on the same busy day."""
    chromium = shutil.which("chromium")
    try:
        import textual_serve  # noqa: F401
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        print(f"make_screenshots: no browser picture: {err.name} is not installed "
              "(pip install 'dateline[web]' playwright)", file=sys.stderr)
        return None
    if chromium is None:
        print("make_screenshots: no browser picture: no Chromium (apt-get install chromium)",
              file=sys.stderr)
        return None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "tui", "serve", "samples", "--no-index",
                               "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit("make_screenshots: dateline serve did not start") from None
                time.sleep(0.1)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 760})
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(url) else route.abort())
            page.add_init_script(CATCH_TERMINAL)
            page.goto(url, wait_until="domcontentloaded")
            page.wait_for_function(SCREEN_HAS, arg=" sent ", timeout=60_000)
            page.focus(".xterm-helper-textarea")
            for _ in TO_A_BUSY_DAY:
                page.keyboard.press("ArrowDown")
            page.wait_for_function(SCREEN_HAS, arg="Friday 3 May 2024", timeout=30_000)
            page.wait_for_function(SCREEN_HAS, arg="sentences from", timeout=30_000)
            target = DOCS / "dateline-browser.png"
            page.screenshot(path=str(target))
            browser.close()
        return target
    finally:
        with suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
        server.wait(10)


def main() -> None:
    """Write every picture into docs/ and list them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-browser", action="store_true", help="only the terminal SVGs")
    args = parser.parse_args()
    os.chdir(ROOT)  # the article screen shows file names relative to the working folder
    written = asyncio.run(terminal_pictures())
    if not args.no_browser:
        written.append(browser_picture())
    for path in written:
        if path is not None:
            print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
