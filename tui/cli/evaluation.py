"""``dateline eval``: runs the engine's evaluations and prints their reports."""

from __future__ import annotations

import json
import sys
from datetime import date
from functools import cache
from pathlib import Path

from rich.console import Console

from summarize.models import Article, Mention
from summarize.settings import Settings
from summarize.tagging import era_registry, tag_article

from .errors import EXIT_OK, UserError


def tag_like_cli(text: str, dct: date | None) -> list[Mention]:
    """Tag raw text exactly as ``dateline tag FILE.txt --dct DATE`` does (same eras too)."""
    return list(tag_article(Article("doc", "", text), given=dct,
                            eras=_eras(Settings())).mentions)


@cache
def _eras(settings: Settings):
    """The eras ``dateline tag`` uses, read once for a whole evaluation."""
    return era_registry(settings)


def run(kind: str, directory: Path, *, as_json: bool) -> int:
    """Score ``directory`` as TimeML (``timeml``) or Timeline17 (``tls``); print the report."""
    if kind == "timeml":
        from summarize.evaluate.timeml import evaluate_timeml

        report = evaluate_timeml(directory, tag_like_cli)
        if not report.documents:
            raise UserError(f"{directory}: no .tml files could be read")
    else:
        from summarize.evaluate.tls import TlsDataError, run_tls_eval
        from summarize.evaluate.tls_export import produce_via_export

        def produce(articles: Path, setting) -> dict[date, list[str]]:
            return produce_via_export(articles, setting.n_dates, setting.n_sentences,
                                      setting.first, setting.last)

        try:
            report = run_tls_eval(directory, produce)
        except TlsDataError as err:
            raise UserError(str(err)) from None
    if as_json:
        json.dump(report.to_json() if kind == "timeml" else report.to_dict(), sys.stdout,
                  indent=2)
        sys.stdout.write("\n")
    elif kind == "timeml":
        report.render(Console())
    else:
        Console().print(report.to_table())
    return EXIT_OK
