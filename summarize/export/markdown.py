"""The Markdown briefing: reads well on GitHub and in a terminal (``rich.markdown``).

Every field that comes from the articles (or the user) goes through ``markdown_text``.
"""

from __future__ import annotations

from datetime import date

from ..detokenize import detokenize
from ..timeline import DatedSentence
from .briefing import Briefing
from .escape import link_url, markdown_text
from .mermaid import mermaid_timeline

UNCERTAIN_MARK = "†"
#: Under a date none of whose sentences may be a summary line (see ``summary.py``).
NOTHING_STANDS_ALONE = ("_No sentence here stands alone as a summary (a bare quote, a question, "
                        "chatter); the JSON export and the TUI's evidence list them._")


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def corpus_line(briefing: Briefing) -> str:
    """"12 articles from 5 sources (A, B, ...), 2 May 2024 – 10 May 2024"."""
    sources = briefing.sources
    line = plural(len(briefing.corpus.tagged), 'article')
    if sources:
        line += (f" from {plural(len(sources), 'source')} "
                 f"({', '.join(markdown_text(s) for s in sources)})")
    else:
        line += f", {sources_count(0)}"
    if span := briefing.span:
        line += f", {_day(span[0])}" + (f" – {_day(span[1])}" if span[1] != span[0] else "")
    return line


def plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


def sources_count(n: int) -> str:
    """How many outlets are named: "1 source", "3 sources", or "no named source" (articles
    that name no outlet are never counted as one)."""
    return plural(n, "source") if n else "no named source"


def bullet(s: DatedSentence, url: str = "") -> str:
    """One summary sentence with where it came from (and who else carried it); the outlet
    links to ``url``, its article's address, when that is an http(s) URL."""
    sources = list(s.sources or (s.source,))
    credit = f"*{markdown_text(sources[0]) or 'unknown source'}*"
    if (dest := link_url(url)) and sources[0] == s.source:  # not another outlet's copy
        credit = f"[{credit}]({dest})"
    if len(sources) > 1:
        credit += f", also {', '.join(markdown_text(x) for x in sources[1:])}"
    return f"- {markdown_text(detokenize(s.text))} — {credit} ({markdown_text(s.article_id)})"


def uncertain_section(briefing: Briefing) -> list[str]:
    """The appendix: inferred or unknown publication dates and metadata/text conflicts."""
    inferred = [t for t in briefing.corpus.tagged if t.dct_source in ("inferred", "unknown")]
    conflicts = [t for t in briefing.corpus.tagged if t.dct_conflicts]
    if not inferred and not conflicts:
        return []
    lines = ["## Uncertain items", ""]
    if inferred:
        lines += ["### Publication dates dateline had to infer", "",
                  "| Article | Date | Confidence | Evidence |", "|---|---|---|---|"]
        for t in inferred:
            when = f"{t.dct:%a %d %b %Y}" if t.dct else "unknown"
            evidence = "; ".join(markdown_text(e) for e in t.dct_evidence) or "none"
            lines.append(f"| {_article_name(t.article.title, t.article.id)} | "
                         f"{when} | {t.dct_confidence:.0%} | {evidence} |")
        lines.append("")
    if conflicts:
        lines += ["### Conflicts between metadata and text", ""]
        for t in conflicts:
            for c in t.dct_conflicts:
                lines.append(f"- {_article_name(t.article.title, t.article.id)}: "
                             f"{markdown_text(c)}")
        lines.append("")
    return lines


def _article_name(title: str, article_id: str) -> str:
    return f"{markdown_text(title or article_id)} ({markdown_text(article_id)})"


def date_sections(briefing: Briefing, *, level: int) -> list[str]:
    """Each chosen date under a heading of ``level`` (days first, then "Broader periods" one
    level deeper), with its counts and summary bullets; the briefing's and each story's."""
    urls = {t.article.id: t.article.url for t in briefing.corpus.tagged if t.article.url}
    days = [d for d in briefing.dates if not d.entry.is_coarse]
    coarse = [d for d in briefing.dates if d.entry.is_coarse]
    lines = [] if briefing.dates else ["No dated events matched.", ""]
    for group_title, group in (("", days), ("Broader periods", coarse)):
        if not group:
            continue
        heading = "#" * level
        if group_title:
            lines += [f"{heading} {group_title}", ""]
            heading += "#"
        for d in group:
            mark = f" {UNCERTAIN_MARK}" if d.entry.uncertain else ""
            n_src = sum(1 for s in d.entry.sources if s)
            lines += [f"{heading} {markdown_text(d.entry.label)}{mark}", "",
                      f"_{plural(len(d.entry.sentences), 'sentence')}, "
                      f"{sources_count(n_src)}._", ""]
            lines += [bullet(s, urls.get(s.article_id, "")) for s in d.summary] \
                or [NOTHING_STANDS_ALONE]
            lines.append("")
    return lines


def render_markdown(briefing: Briefing, *, diagram: bool = True) -> str:
    """The whole briefing as Markdown text; ``diagram`` opens it with a Mermaid timeline."""
    opts = briefing.options
    lines = [f"# {markdown_text(opts.title)}", "", f"_{corpus_line(briefing)}._", ""]
    if diagram and (block := mermaid_timeline(opts.title, briefing.dates)):
        lines += [*block, ""]
    lines += date_sections(briefing, level=2)
    if any(d.entry.uncertain for d in briefing.dates):
        lines += [f"{UNCERTAIN_MARK} every sentence filed here rests on a publication date that "
                  "was inferred or disputed; see the appendix.", ""]
    lines += uncertain_section(briefing)
    return "\n".join(lines).rstrip() + "\n"
