"""The Markdown briefing by storyline: a section per story, each with its own Mermaid timeline,
dates and summaries; every field goes through ``markdown_text`` as in ``markdown.py``."""

from __future__ import annotations

from .escape import markdown_text
from .markdown import UNCERTAIN_MARK, corpus_line, date_sections, plural, uncertain_section
from .mermaid import mermaid_timeline
from .stories import StoryBriefing, StoryBriefings


def story_line(story: StoryBriefing) -> str:
    """"9 articles from 4 sources (A, B, ...), 1 May 2024 – 10 May 2024 · id s1a2b3c"."""
    return f"{corpus_line(story.briefing)} · id {markdown_text(story.story.id)}"


def story_section(story: StoryBriefing, number: int, *, diagram: bool = True) -> list[str]:
    """One story: its heading, its line, its diagram, then its dates (days, then broader)."""
    briefing = story.briefing
    lines = [f"## {number}. {markdown_text(story.story.label)}", "", f"_{story_line(story)}._",
             ""]
    if diagram and (block := mermaid_timeline(story.story.label, briefing.dates)):
        lines += [*block, ""]
    return lines + date_sections(briefing, level=3)


def render_story_markdown(briefings: StoryBriefings, *, diagram: bool = True) -> str:
    """The whole briefing by story: title, corpus line, the list of stories, a section per
    story (biggest first), then the corpus-wide appendix of uncertain items."""
    whole = briefings.whole
    count = len(briefings.stories)
    lines = [f"# {markdown_text(whole.options.title)}", "", f"_{corpus_line(whole)}; "
             f"{count:,} {'story' if count == 1 else 'stories'}._", ""]
    for number, story in enumerate(briefings.stories, 1):
        lines.append(f"{number}. {markdown_text(story.story.label)} — "
                     f"{plural(len(story.story.articles), 'article')}")
    lines.append("")
    for number, story in enumerate(briefings.stories, 1):
        lines += story_section(story, number, diagram=diagram)
    if any(d.entry.uncertain for s in briefings.stories for d in s.briefing.dates):
        lines += [f"{UNCERTAIN_MARK} every sentence filed here rests on a publication date that "
                  "was inferred or disputed; see the appendix.", ""]
    lines += uncertain_section(whole)
    return "\n".join(lines).rstrip() + "\n"
