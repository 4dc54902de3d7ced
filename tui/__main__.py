"""``python -m tui`` runs the ``dateline`` command."""

import sys

from .cli import main

sys.exit(main())
