"""The Textual app: a view over ``summarize`` that browses a corpus's timeline.

``app.py`` composes the screens (``screens/``) from widgets (``widgets/``); widgets talk upward
with the messages in ``messages.py``; styles live in ``app.tcss``. Nothing here parses
command lines: ``tui.cli`` builds the app's inputs and opens it.
"""

from .app import DatelineApp

__all__ = ["DatelineApp"]
