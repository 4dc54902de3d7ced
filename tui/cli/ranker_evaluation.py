"""``dateline eval tls DIR --cross-validate`` and ``--fit``: the date ranker, scored
leave-one-story-out per tune/check half, and fitted on every timeline to ship."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .errors import EXIT_OK, UserError


def run(folders: Sequence[Path], *, fit: bool, as_json: bool) -> int:
    """Cross-validate the ranker on ``folders`` (a row per timeline, the tune and check halves
    and all, both aggregations); with ``fit``, also fit it on everything and write it."""
    from summarize.evaluate import ranker_fit
    from summarize.evaluate.tls import TlsDataError, TlsReport, mean_scores

    console = Console(stderr=True)
    samples = []
    try:
        for folder in folders:
            with console.status(f"opening the timelines of {folder.name}") as status:
                samples += [(folder, s) for s in ranker_fit.collect(
                    folder, on_timeline=lambda t: status.update(f"opened {t}"))]
    except TlsDataError as err:
        raise UserError(str(err)) from None
    try:
        with console.status("cross-validating (each story left out in turn)"):
            report, rankers = ranker_fit.cross_validate([s for _, s in samples])
    except ranker_fit.TooFewStories as err:
        raise UserError(f"{folders[0]}: {err}") from None
    halves = {half: [r for (folder, _), r in zip(samples, report.rows, strict=True)
                     if _half(folder, r.topic) == half] for half in ("tune", "check")}
    parts = {half: TlsReport(rows, mean_scores([r.scores for r in rows]))
             for half, rows in halves.items() if rows}
    parts["all"] = report
    shipped = None
    if fit:
        shipped = ranker_fit.final_ranker([s for _, s in samples], folders[0])
        ranker_fit.write_ranker(shipped)
    if as_json:
        json.dump({"cross_validated": {half: r.to_dict() for half, r in parts.items()},
                   "rankers": {story: r.to_json() for story, r in rankers.items()},
                   "fitted": shipped.to_json() if shipped else None}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    out = Console()
    for half, part in parts.items():
        table = part.to_table()
        table.title = f"Leave-one-story-out (F1) · {half}"
        out.print(table)
    if shipped is not None:
        out.print(_weights_table(shipped))
        out.print(f"wrote {ranker_fit.RANKER_FILE}")
    return EXIT_OK


def _half(folder: Path, topic: str) -> str:
    """The recorded half of a Timeline17 topic ('' for a folder with no recorded split)."""
    from summarize.evaluate import splits

    dataset = splits.dataset_of(folder)
    if dataset is None:
        return ""
    try:
        return splits.half_of(dataset, topic)
    except splits.UnknownNames:
        return ""


def _weights_table(ranker) -> Table:
    from summarize.importance import MEANINGS, NAMES

    table = Table(title="Date ranker fitted on every timeline (resources/date_ranker.json)")
    table.add_column("feature")
    table.add_column("weight", justify="right")
    table.add_column("meaning")
    for name in NAMES:
        table.add_row(name, f"{ranker.weights[name]:+.3f}", MEANINGS[name])
    table.add_row("bias", f"{ranker.bias:+.3f}", "")
    return table
