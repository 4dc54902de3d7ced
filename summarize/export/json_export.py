"""The JSON export (schema in the README and ``schema.json`` beside this module)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from .. import __version__
from ..detokenize import detokenize
from ..models import Mention
from ..timeline import DatedSentence
from .briefing import Briefing, BriefingOptions


def mention_json(m: Mention) -> dict[str, Any]:
    return {"text": m.text, "start": m.start, "end": m.end, "type": m.type, "value": m.value,
            "explanation": m.explanation}


def sentence_json(s: DatedSentence) -> dict[str, Any]:
    return {"text": detokenize(s.text), "article": s.article_id, "sentence": s.sentence,
            "sources": list(s.sources or (s.source,)), "rule": s.rule,
            "reported": s.reported.isoformat() if s.reported else None,
            "mentions": [mention_json(m) for m in s.mentions]}


def options_json(options: BriefingOptions) -> dict[str, Any]:
    """The knobs that made the export, so a reader of the JSON can tell what it holds."""
    return {"summarizer": options.summarizer, "sentences": options.sentences,
            "granularity": options.granularity,
            "from": options.start.isoformat() if options.start else None,
            "to": options.end.isoformat() if options.end else None,
            "top": options.top, "title": options.title,
            "sources": sorted(options.sources) if options.sources is not None else None,
            "query": options.query}


def briefing_json(briefing: Briefing, *, generated: datetime | None = None) -> dict[str, Any]:
    """The export as plain JSON-ready data."""
    when = generated or datetime.now(UTC)
    return {
        "generated": when.isoformat(timespec="seconds"),
        "dateline": __version__,
        "options": options_json(briefing.options),
        "articles": [
            {"id": t.article.id, "title": t.article.title, "source": t.article.source,
             "url": t.article.url,
             "dct": {"value": t.dct.isoformat() if t.dct else None, "source": t.dct_source,
                     "confidence": round(t.dct_confidence, 3),
                     "evidence": list(t.dct_evidence), "conflicts": list(t.dct_conflicts)}}
            for t in briefing.corpus.tagged
        ],
        "dates": [
            {"date": d.entry.key, "granularity": d.entry.granularity,
             "start": d.entry.start.isoformat(), "end": d.entry.end.isoformat(),
             "coarse": d.entry.is_coarse, "importance": d.entry.importance,
             "uncertain": d.entry.uncertain, "label": d.entry.label,
             "summary": [sentence_json(s) for s in d.summary],
             "sentences": [sentence_json(s) for s in d.entry.sentences]}
            for d in briefing.dates
        ],
    }


def render_json(briefing: Briefing, *, generated: datetime | None = None) -> str:
    return json.dumps(briefing_json(briefing, generated=generated), ensure_ascii=False,
                      indent=2) + "\n"
