"""dateline's engine: ingest news articles, resolve their time expressions, build a timeline.

Importable without Textual; the TUI in ``tui/`` is a view over this package.
"""

__version__ = "0.1.0"
