"""One module per ``dateline`` command, each with ``run(args) -> exit status``.

``tui.cli.main`` imports the one the command line names, so a command pays only for its own
imports.
"""
