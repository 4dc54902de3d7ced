"""``dateline export``: the timeline as a Markdown briefing or JSON, to stdout or a file."""

from __future__ import annotations

import argparse

from rich.console import Console

from ..errors import EXIT_OK, UserError
from ..inputs import check_dated, check_output, load_tagged, warn_if_read_back, write_output
from ..storyline_choice import narrowed_with_title


def run(args: argparse.Namespace) -> int:
    """``dateline export``: the Markdown briefing or JSON, to stdout or atomically to a file."""
    from summarize.export import BriefingOptions, build_briefing, render_json, render_markdown
    from summarize.summarizers import available_summarizers

    if args.summarizer not in available_summarizers():
        raise UserError(f"unknown summarizer {args.summarizer!r} "
                        f"(choose from {', '.join(available_summarizers())})")
    if args.start and args.end and args.start > args.end:
        raise UserError(f"--from {args.start} is after --to {args.end}")
    if args.split and args.output:
        raise UserError("--split writes one file per story; leave out -o")
    check_output(args.output)  # before any work: a bad target fails at once
    if args.split:
        from ..story_export import check_split_folder

        check_split_folder(args.split)
    warn_if_read_back(args, args.split or args.output, folder=bool(args.split))
    corpus, labels = narrowed_with_title(load_tagged(args), args.story)
    title = args.title if args.title is not None else labels or BriefingOptions().title
    options = BriefingOptions(summarizer=args.summarizer, sentences=args.sentences,
                              granularity=args.granularity, start=args.start, end=args.end,
                              top=args.top, title=title)
    if args.by_story or args.split:
        from ..story_export import export_stories

        return export_stories(corpus, options, args)
    briefing = build_briefing(corpus, options)
    check_dated(args, corpus, bool(briefing.dates))
    text = render_json(briefing) if args.format == "json" \
        else render_markdown(briefing, diagram=not args.no_diagram)
    if args.render and args.format == "md" and not args.output:
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        write_output(text, args.output)
    return EXIT_OK
