"""The ``dateline`` command line: argument parsing (``parser``), one module per command
(``commands/``), rich reports (``reports``) and the evaluation runners (``evaluation``).

It opens the Textual app (``tui.app``) only for ``dateline open``.
"""

from .main import main

__all__ = ["main"]
