"""``dateline serve``'s page in Chromium, read through xterm.js: shared by the browser test and
the screenshot script, so both open the page the same way and read the same screen."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from typing import Any

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
#: The terminal's visible rows as text (xterm draws on a canvas: the DOM has no text).
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
#: A page function of one argument: does the screen show this text?
SCREEN_HAS = f"text => ({SCREEN_TEXT})().includes(text)"


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_served(url: str, server: subprocess.Popen, seconds: float) -> bool:
    """Poll ``url`` until it answers; False when the server ended or the time ran out."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return True
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                return False
            time.sleep(0.1)


def open_page(playwright: Any, chromium: str, url: str, height: int) -> tuple[Any, Any]:
    """Launch Chromium, open ``url`` 1280 pixels wide with the terminal caught; nothing outside
    ``url`` is fetched (the page asks for a web font). Returns the browser and the page."""
    browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
    page = browser.new_page(viewport={"width": 1280, "height": height})
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith(url) else route.abort())
    page.add_init_script(CATCH_TERMINAL)
    page.goto(url, wait_until="domcontentloaded")
    return browser, page
