"""``dateline eval timeml|tls DIR``: score the engine on evaluation data."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import UserError


def run(args: argparse.Namespace) -> int:
    """``dateline eval timeml|tls DIR``: scores as a table (or JSON)."""
    from .. import evaluation

    directory = Path(args.directory)
    if not directory.is_dir():
        raise UserError(f"{directory}: no such folder")
    return evaluation.run(args.kind, directory, as_json=args.json)



