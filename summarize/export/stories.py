"""A briefing per storyline: each story's own dates and summaries, biggest story first."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ..corpus import Corpus
from ..storylines import Storyline
from .briefing import Briefing, BriefingOptions, build_briefing
from .json_export import briefing_json


@dataclass(frozen=True, slots=True)
class StoryBriefing:
    """One story and the briefing of its articles alone."""

    story: Storyline
    briefing: Briefing


@dataclass(frozen=True, slots=True)
class StoryBriefings:
    """The corpus-wide briefing and one per story, biggest story first."""

    whole: Briefing
    stories: tuple[StoryBriefing, ...]


def build_story_briefings(corpus: Corpus, options: BriefingOptions | None = None
                          ) -> StoryBriefings:
    """Split the corpus into its storylines and build each one's briefing with ``options``
    (each titled with the story's label)."""
    options = options or BriefingOptions()
    whole = build_briefing(corpus, options)
    stories = []
    for story in corpus.storylines():
        part = corpus.only_articles(story.articles)
        titled = replace(options, title=story.label)
        stories.append(StoryBriefing(story, build_briefing(part, titled)))
    return StoryBriefings(whole, tuple(stories))


def story_briefings_json(briefings: StoryBriefings, *, generated: datetime | None = None
                         ) -> dict[str, Any]:
    """The corpus-wide export with a ``stories`` list beside its ``dates``: each story's
    id, label, articles, outlets, span and its own dates."""
    data = briefing_json(briefings.whole, generated=generated)
    data["stories"] = [
        {**s.story.to_json(), "dates": briefing_json(s.briefing, generated=generated)["dates"]}
        for s in briefings.stories]
    return data


def render_story_json(briefings: StoryBriefings, *, generated: datetime | None = None) -> str:
    import json

    return json.dumps(story_briefings_json(briefings, generated=generated), ensure_ascii=False,
                      indent=2) + "\n"
