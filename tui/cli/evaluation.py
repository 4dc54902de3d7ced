"""``dateline eval``: runs the engine's evaluations on one or more folders and prints the
reports, for every document or topic, or for one half (tune/check) of the recorded split."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from summarize.models import Article, Mention
from summarize.settings import Settings
from summarize.tagging import era_registry, tag_article

from .errors import EXIT_OK, UserError

#: The halves a report can be asked for; "all" is every document or topic.
HALVES = ("tune", "check", "all")


def tag_like_cli(text: str, dct: date | None) -> list[Mention]:
    """Tag raw text exactly as ``dateline tag FILE.txt --dct DATE`` does (same eras too)."""
    return list(tag_article(Article("doc", "", text), given=dct,
                            eras=_eras(Settings())).mentions)


@cache
def _eras(settings: Settings):
    """The eras ``dateline tag`` uses, read once for a whole evaluation."""
    return era_registry(settings)


@dataclass(frozen=True, slots=True)
class Part:
    """One set to score: a folder, the half of its split, and its names (None = all)."""

    folder: Path
    half: str
    names: frozenset[str] | None

    @property
    def label(self) -> str:
        return self.folder.name if self.half == "all" else f"{self.folder.name} · {self.half}"


def parts_of(kind: str, folders: Sequence[Path], halves: Sequence[str]) -> list[Part]:
    """The sets to score: each folder in each half asked for (the split recorded for it)."""
    from summarize.evaluate import splits

    parts = []
    for folder in folders:
        for half in halves:
            if half == "all":
                parts.append(Part(folder, half, None))
                continue
            dataset = splits.dataset_of(folder)
            if dataset is None:
                raise UserError(f"{folder}: no recorded tune/check split for this folder (known: "
                                f"{', '.join(splits.DATASETS)}, by folder name)")
            present = splits.names_in(dataset, folder)
            try:
                names = splits.select(dataset, present, half)  # type: ignore[arg-type]
            except splits.UnknownNames as err:
                raise UserError(f"{folder}: {err}") from None
            parts.append(Part(folder, half, frozenset(names)))
    return parts


def run(kind: str, folders: Sequence[Path], *, half: str = "all", by_half: bool = False,
        as_json: bool = False) -> int:
    """Score ``folders`` as TimeML (``timeml``) or Timeline17 (``tls``); print the report."""
    halves = HALVES if by_half else (half,)
    parts = parts_of(kind, folders, halves)
    if kind == "timeml":
        return _run_timeml(parts, detailed=not by_half, as_json=as_json)
    return _run_tls(parts, as_json=as_json)


def _run_timeml(parts: list[Part], *, detailed: bool, as_json: bool) -> int:
    from summarize.evaluate.timeml import read_tml_folder, score

    reports = []
    for part in parts:
        docs, problems = read_tml_folder(part.folder, part.names)
        if not docs:
            raise UserError(f"{part.folder}: no .tml files could be read")
        reports.append((part, score(docs, tag_like_cli, problems)))
    if len(reports) == 1:
        report = reports[0][1]
        if as_json:
            _print_json(report.to_json())
        else:
            report.render(Console())
        return EXIT_OK
    pooled = score([doc for folder in dict.fromkeys(p.folder for p in parts)
                    for doc in read_tml_folder(folder, _wanted(parts, folder))[0]], tag_like_cli)
    if as_json:
        _print_json({"sets": [{"folder": str(p.folder), "half": p.half, **r.to_json()}
                              for p, r in reports],
                     "total": pooled.to_json()})
        return EXIT_OK
    console = Console()
    console.print(_timeml_table(reports, pooled))
    if detailed:
        pooled.render(console)
    return EXIT_OK


def _timeml_table(reports: list[tuple[Part, Any]], pooled: Any) -> Table:
    table = Table(title="TimeML (TempEval-3 Task A), F1 per set")
    for column in ("set", "docs", "gold", "system", "strict", "relaxed", "type", "value"):
        table.add_column(column, justify="left" if column == "set" else "right")

    def row(label: str, r: Any, style: str = "") -> None:
        table.add_row(label, str(r.documents), str(r.gold), str(r.system),
                      *(f"{s.f1:.3f}" for s in (r.strict, r.relaxed, r.type, r.value)),
                      style=style)

    for part, report in reports:
        row(part.label, report)
    table.add_section()
    row("total", pooled, "bold")
    return table


def _run_tls(parts: list[Part], *, as_json: bool) -> int:
    from summarize.evaluate.tls import TlsDataError, TlsReport, mean_scores, run_tls_eval
    from summarize.evaluate.tls_export import produce_via_export

    def produce(articles: Path, setting) -> dict[date, list[str]]:
        return produce_via_export(articles, setting.n_dates, setting.n_sentences,
                                  setting.first, setting.last)

    # Each folder is run once (every topic any part asks for); parts take their rows.
    reports = []
    try:
        runs = {folder: run_tls_eval(folder, produce, _wanted(parts, folder))
                for folder in dict.fromkeys(p.folder for p in parts)}
    except TlsDataError as err:
        raise UserError(str(err)) from None
    for part in parts:
        rows = [r for r in runs[part.folder].rows if part.names is None or r.topic in part.names]
        reports.append((part, TlsReport(rows, mean_scores([r.scores for r in rows]))))
    if len(reports) == 1:
        report = reports[0][1]
        if as_json:
            _print_json(report.to_dict())
        else:
            Console().print(report.to_table())
        return EXIT_OK
    if as_json:
        _print_json({"sets": [{"folder": str(p.folder), "half": p.half, **r.to_dict()}
                              for p, r in reports]})
        return EXIT_OK
    console = Console()
    for part, report in reports:
        table = report.to_table()
        table.title = f"{table.title} · {part.label}"
        console.print(table)
    return EXIT_OK


def _wanted(parts: list[Part], folder: Path) -> frozenset[str] | None:
    """The names of ``folder`` that any part scores (None: all of them), each scored once."""
    wanted = [p.names for p in parts if p.folder == folder]
    return None if any(n is None for n in wanted) else frozenset().union(*wanted)


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2)
    sys.stdout.write("\n")
