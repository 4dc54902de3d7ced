"""Exports of a timeline: a Markdown briefing or JSON, always written atomically."""

from .atomic import target_problem, write_atomic
from .briefing import Briefing, BriefingOptions, build_briefing
from .json_export import render_json
from .markdown import render_markdown

__all__ = ["Briefing", "BriefingOptions", "build_briefing", "render_json", "render_markdown",
           "target_problem", "write_atomic"]
