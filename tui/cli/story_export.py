"""``dateline export --by-story`` and ``--split DIR``: a timeline per storyline."""

from __future__ import annotations

import argparse
from pathlib import Path

from summarize.corpus import Corpus
from summarize.export import BriefingOptions

from .errors import EXIT_OK, UserError
from .inputs import check_dated, write_output


def check_split_folder(split: str) -> None:
    """Refuse a ``--split`` folder before any work unless it is new or empty: the story files
    are named by id, so writing into a used folder could replace a file the user keeps."""
    folder = Path(split)
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder}: is not a folder")
    try:
        used = folder.is_dir() and any(folder.iterdir())
    except OSError as err:
        raise UserError(f"{folder}: cannot read ({err.strerror or err})") from None
    if used:
        raise UserError(f"{folder}: is not empty; --split writes into a new or empty folder")


def export_stories(corpus: Corpus, options: BriefingOptions, args: argparse.Namespace) -> int:
    """One briefing with a section per story (``--by-story``), or a file per story in
    ``--split DIR``; biggest story first."""
    from summarize.export import render_json, render_markdown
    from summarize.export.stories import build_story_briefings, render_story_json
    from summarize.export.story_markdown import render_story_markdown

    briefings = build_story_briefings(corpus, options)
    check_dated(args, corpus, bool(briefings.whole.dates))
    diagram = not args.no_diagram
    if args.split:
        folder = Path(args.split)
        check_split_folder(args.split)  # again: it may have changed while the corpus loaded
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise UserError(f"{folder}: cannot create ({err.strerror or err})") from None
        suffix = "json" if args.format == "json" else "md"
        for story in briefings.stories:
            text = render_json(story.briefing) if args.format == "json" \
                else render_markdown(story.briefing, diagram=diagram)
            write_output(text, str(folder / f"{story.story.id}.{suffix}"))
        return EXIT_OK
    text = render_story_json(briefings) if args.format == "json" \
        else render_story_markdown(briefings, diagram=diagram)
    if args.render and args.format == "md" and not args.output:
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        write_output(text, args.output)
    return EXIT_OK
