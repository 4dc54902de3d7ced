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
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

from xterm_page import SCREEN_HAS, free_port, open_page, wait_until_served

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZE = (120, 40)
#: Friday 3 May 2024, the day the dockers marched, is the seventh date of the samples.
TO_A_BUSY_DAY = ["j"] * 6


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
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "tui", "serve", "samples", "--no-index",
                               "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        if not wait_until_served(url, server, 30):
            raise SystemExit("make_screenshots: dateline serve did not start")
        with sync_playwright() as playwright:
            browser, page = open_page(playwright, chromium, url, 760)
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
