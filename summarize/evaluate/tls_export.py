"""Timeline17 runs through the export path: the eval is ``dateline export`` in a loop.

For each human timeline, ``produce`` builds exactly what
``dateline export ARTICLES --format json --top N --sentences K --from D1 --to D2`` prints and
reads the dates and summary sentences back from that JSON.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ..corpus import Corpus
from ..export import BriefingOptions, build_briefing, render_json
from ..open import open_corpus
from ..settings import Settings
from ..timeline import TimelineEntry


def export_args(articles: Path, n_dates: int, n_sentences: int, first: date, last: date
                ) -> list[str]:
    """The ``dateline`` command line that gives the same timeline (shown in reports)."""
    return ["export", str(articles), "--format", "json", "--top", str(n_dates),
            "--sentences", str(n_sentences), "--from", first.isoformat(),
            "--to", last.isoformat()]


def produce_via_export(articles: Path, n_dates: int, n_sentences: int, first: date, last: date,
                       *, summarizer: str = "lexrank") -> dict[date, list[str]]:
    """Run the export for one reference timeline's setting; return {date: summary texts}."""
    corpus = open_corpus([str(articles)], Settings(), window=(first, last))
    return export_timeline(corpus, n_dates, n_sentences, first, last, summarizer=summarizer)


def export_timeline(corpus: Corpus, n_dates: int, n_sentences: int, first: date, last: date,
                    *, summarizer: str = "lexrank", entries: list[TimelineEntry] | None = None
                    ) -> dict[date, list[str]]:
    """The export's JSON for a corpus already open (its ``entries`` when given, e.g. ranked
    by another ranker), read back as {date: summary texts}."""
    options = BriefingOptions(summarizer=summarizer, sentences=n_sentences, top=n_dates,
                              start=first, end=last)
    data = json.loads(render_json(build_briefing(corpus, options, entries)))
    return {date.fromisoformat(d["date"]): [s["text"] for s in d["summary"]]
            for d in data["dates"] if d["granularity"] == "day"}
