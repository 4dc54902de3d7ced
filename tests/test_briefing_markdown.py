"""The Markdown briefing under hostile input: every field renders as its own characters, only
the outlet links are links, and the Mermaid overview stays one line per date inside its fence.

Checked on the rendered HTML of two parsers: CommonMark with tables (what ``rich`` reads) and
markdown-it's GFM-like preset with linkify (what Textual's Markdown widget reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from summarize.corpus import Corpus
from summarize.detokenize import detokenize
from summarize.export.briefing import Briefing, BriefingDate, BriefingOptions
from summarize.export.escape import link_url, markdown_text, one_line
from summarize.export.markdown import bullet, render_markdown
from summarize.export.mermaid import LABEL_CHARS, TOP_DATES, mermaid_text, short_label
from summarize.models import Article, TaggedArticle
from summarize.timeline import DatedSentence, TimelineEntry

PARSERS = {
    "commonmark": MarkdownIt("commonmark").enable("table"),
    "gfm-like": MarkdownIt("gfm-like"),
}

HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![](https://evil.example/pixel.png)",
    "[notice](https://evil.example/x)",
    "# a heading of its own",
    "p|q",
    "`code` and ``` a fence",
    "*bold* and _italic_ and ~~struck~~",
    "<!-- -->",
    "&lt;b&gt; &amp; &#60; &#x3C;",
    "line one\n# injected",
    "<img src=x onerror=alert(1)>",
    "<http://evil.example/auto>",
    "www.evil.com and https://evil.com/x and //localhost/y and mail@evil.com",
    "1. ordered",
    "- item",
    "+ item",
    "> quote",
    "===",
    "---",
    "\\ backslash \\* and a trailing one \\",
    "[ref]: https://evil.example/ref",
    "$x$ and \\(y\\)",
    "|---|---|",
]


def _sentence(aid: str, text: str, source: str, day: date) -> DatedSentence:
    return DatedSentence(aid, 0, 0, len(text), text, source, day, "reported", (), (source,))


def _tagged(aid: str, text: str, source: str, title: str, url: str = "",
            inferred: bool = True) -> TaggedArticle:
    article = Article(aid, title, text, source=source, url=url)
    return TaggedArticle(article, (), (), date(2024, 5, 1), "inferred" if inferred else "metadata",
                         0.5, (text,) if inferred else (), (text,) if inferred else ())


def _entry(day: date, sentences: tuple[DatedSentence, ...], importance: float = 1.0
           ) -> TimelineEntry:
    return TimelineEntry(day.isoformat(), "day", day, day + timedelta(days=1), sentences,
                         importance)


def hostile_briefing() -> Briefing:
    """One article and one date per hostile string, which is also its id, source and title."""
    tagged, dates = [], []
    for i, text in enumerate(HOSTILE):
        day = date(2024, 5, 1) + timedelta(days=i)
        tagged.append(_tagged(text, text, text, text))
        s = _sentence(text, text, text, day)
        dates.append(BriefingDate(_entry(day, (s,), importance=float(i)), (s,)))
    return Briefing(BriefingOptions(title="<b>Brief</b> # [x](javascript:y)"), Corpus(tagged),
                    tuple(dates))


# -- reading the rendered HTML ---------------------------------------------------------------

@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def find(self, tag: str) -> list[Node]:
        found = []
        for c in self.children:
            if isinstance(c, Node):
                found += [c] * (c.tag == tag) + c.find(tag)
        return found

    def tags(self) -> set[str]:
        return {t for c in self.children if isinstance(c, Node) for t in {c.tag, *c.tags()}}


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack = [Node("root", {})]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_comment(self, data: str) -> None:
        raise AssertionError(f"an HTML comment came through: {data!r}")


def rendered(md: str, parser: str) -> Node:
    tree = _Tree()
    tree.feed(PARSERS[parser].render(md))
    tree.close()
    assert len(tree.stack) == 1
    return tree.stack[0]


#: A field as the briefing shows it: on one line, without control characters.
flat = one_line


#: What a briefing may contain: anything else (img, script, strong, blockquote, hr, ol, del...)
#: came from article text.
BRIEFING_TAGS = {"h1", "h2", "h3", "p", "em", "ul", "li", "a", "pre", "code",
                 "table", "thead", "tbody", "tr", "th", "td"}


# -- every field, every hostile string -------------------------------------------------------

@pytest.mark.parametrize("parser", PARSERS)
def test_hostile_fields_render_as_their_own_characters(parser):
    briefing = hostile_briefing()
    md = render_markdown(briefing)
    html = PARSERS[parser].render(md)
    assert "<script" not in html and "<img" not in html and "<!--" not in html
    assert "javascript:" not in re.sub(r">[^<]*<", "><", html)  # only ever as text
    doc = rendered(md, parser)
    assert doc.tags() <= BRIEFING_TAGS
    assert doc.find("a") == []  # no article here has a URL
    assert [len(pre.find("code")) for pre in doc.find("pre")] == [1]  # the diagram only

    headings = [(h.tag, h.text) for h in doc.find("h1") + doc.find("h2") + doc.find("h3")]
    labels = [d.entry.label for d in briefing.dates]
    assert headings == [("h1", briefing.options.title)] + [("h2", x) for x in labels] + [
        ("h2", "Uncertain items"), ("h3", "Publication dates dateline had to infer"),
        ("h3", "Conflicts between metadata and text")]

    [corpus_line] = [p.text for p in doc.find("p") if p.text.startswith(f"{len(HOSTILE)} art")]
    assert corpus_line == (f"{len(HOSTILE)} articles from {len(HOSTILE)} sources "
                           f"({', '.join(sorted(flat(h) for h in HOSTILE))}), "
                           "1 May 2024 – 24 May 2024.")

    bullets, conflicts = doc.find("ul")[:-1], doc.find("ul")[-1]
    assert [[li.text for li in ul.find("li")] for ul in bullets] == [
        [f"{flat(h)} — {flat(h)} ({flat(h)})"] for h in HOSTILE]
    assert [li.text for li in conflicts.find("li")] == [
        f"{flat(h)} ({flat(h)}): {flat(h)}" for h in HOSTILE]
    credits = [em.text for ul in bullets for li in ul.find("li") for em in li.find("em")]
    assert credits == [flat(h) for h in HOSTILE]

    [table] = doc.find("table")
    rows = [[cell.text for cell in row.find("th") + row.find("td")] for row in table.find("tr")]
    assert rows[0] == ["Article", "Date", "Confidence", "Evidence"]
    assert rows[1:] == [[f"{flat(h)} ({flat(h)})", "Wed 01 May 2024", "50%", flat(h)]
                        for h in HOSTILE]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_field_stays_on_its_line_wherever_it_starts_one(parser, text):
    for template, tag in (("- {}", "li"), ("# {}", "h1"), ("{}", "p"), ("> {}", "p")):
        doc = rendered(template.format(markdown_text(text)), parser)
        [node] = doc.find(tag)
        assert node.text == flat(text)
        assert doc.tags() <= {"ul", "li", "h1", "p", "blockquote"}


# Heavy on what Markdown, HTML and autolinkers read as syntax; any other character too.
_SYNTAX = st.sampled_from([*"\\`*_~[]()<>#|$&:;./@!-+=0123456789 \n\t\"'{}%^?ax", "www.",
                           "http://", "&lt;", "&#35;", "<!--", "-->", "e.co"])
_FIELDS = st.lists(st.one_of(_SYNTAX, st.characters()), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_FIELDS, source=_FIELDS, aid=_FIELDS)
@example(text="\\ :", source="", aid="")  # looks PTB-tokenised: shown as "\\:"
@pytest.mark.parametrize("parser", PARSERS)
def test_any_bullet_renders_as_its_fields(parser, text, source, aid):
    s = _sentence(aid, text, source, date(2024, 5, 3))
    doc = rendered(bullet(s, "https://ok.example/story"), parser)
    [li] = doc.find("li")
    shown = flat(source) or "unknown source"
    # the bullet shows the sentence detokenised (a PTB-looking "x :" reads "x:"), then escaped
    assert li.text == f"{flat(detokenize(text))} — {shown} ({flat(aid)})".strip()
    [a] = doc.find("a")
    assert a.attrs == {"href": "https://ok.example/story"} and a.text == shown
    assert doc.tags() == {"ul", "li", "a", "em"}


@settings(max_examples=300, deadline=None)
@given(text=_FIELDS)
@pytest.mark.parametrize("parser", PARSERS)
def test_any_table_cell_stays_one_cell(parser, text):
    md = f"| A | B |\n|---|---|\n| {markdown_text(text)} | {markdown_text(text)} |"
    [table] = rendered(md, parser).find("table")
    [_, row] = table.find("tr")
    assert [td.text for td in row.find("td")] == [flat(text)] * 2


@pytest.mark.parametrize(("text", "expected"), [
    ("Dockers walked out yesterday, Friday, at the port of Orvessa.",
     "Dockers walked out yesterday, Friday, at the port of Orvessa."),
    ("p|q", r"p\|q"),
    ("[x](javascript:alert(1))", r"\[x\](javascript:alert(1))"),
    ("<!-- -->", r"\<!-- --\>"),
    ("&lt; AT&T", r"\&lt; AT&T"),
    ("www.evil.com", r"www\.evil\.com"),
    ("https://evil.com //localhost", r"https:\//evil\.com \//localhost"),
    ("1. first", r"1\. first"),
    ("- item", r"\- item"),
    ("line one\n# injected", r"line one \# injected"),
    ("U.S. officials said 3.5%.", r"U\.S. officials said 3\.5%."),
])
def test_markdown_text_escapes_only_what_is_syntax(text, expected):
    assert markdown_text(text) == expected


# -- links -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "href"), [
    ("https://ok.example/story", "https://ok.example/story"),
    ("http://ok.example/story?a=1&b=2#top", "http://ok.example/story?a=1&amp;b=2#top"),
    ("https://ok.example/a b)c", "https://ok.example/a%20b%29c"),
    (" https://ok.example/<x>\"y ", "https://ok.example/%3Cx%3E%22y"),
    ("HTTPS://ok.example/up", "HTTPS://ok.example/up"),
    ("javascript:alert(1)", None),
    (" JavaScript:alert(1)", None),
    ("javascript://ok.example/%0aalert(1)", None),
    ("data:text/html;base64,PHNjcmlwdD4=", None),
    ("file:///etc/passwd", None),
    ("ftp://ok.example/x", None),
    ("//ok.example/x", None),
    ("https:///no-host", None),
    ("ht\ntps://ok.example/", None),
    ("", None),
])
@pytest.mark.parametrize("parser", PARSERS)
def test_the_outlet_links_to_its_article_for_http_urls_only(parser, url, href):
    tagged = _tagged("a1", "The port reopened.", "Harbour Wire", "Port reopens", url,
                     inferred=False)
    s = _sentence("a1", "The port reopened.", "Harbour Wire", date(2024, 5, 3))
    briefing = Briefing(BriefingOptions(), Corpus([tagged]),
                        (BriefingDate(_entry(date(2024, 5, 3), (s,)), (s,)),))
    html = PARSERS[parser].render(render_markdown(briefing))
    links = re.findall(r"<a [^>]*>.*?</a>", html)
    if href is None:
        assert links == []
        assert "<li>The port reopened. — <em>Harbour Wire</em> (a1)</li>" in html
    else:
        assert links == [f'<a href="{href}"><em>Harbour Wire</em></a>']
        assert link_url(url) is not None


def test_bullet_without_a_url_is_what_the_summary_pane_shows():
    s = _sentence("h-1", "Dockers walked out.", "Harbour Wire", date(2024, 5, 3))
    assert bullet(s) == "- Dockers walked out. — *Harbour Wire* (h-1)"
    assert bullet(s, "javascript:alert(1)") == bullet(s)
    assert bullet(s, "https://ok.example/h") == \
        "- Dockers walked out. — [*Harbour Wire*](https://ok.example/h) (h-1)"
    # The kept copy of a sentence came from an unnamed outlet: its URL is not Harbour Wire's.
    copy = replace(s, source="")
    assert bullet(copy, "https://ok.example/h") == "- Dockers walked out. — *Harbour Wire* (h-1)"


# -- the Mermaid overview --------------------------------------------------------------------

def mermaid_block(md: str) -> list[str]:
    lines = md.splitlines()
    start = lines.index("```mermaid")
    return lines[start + 1:lines.index("```", start)]


_ENTITY = re.compile(r"#(\d+);")


def test_the_diagram_opens_the_briefing_one_line_per_date():
    briefing = hostile_briefing()
    md = render_markdown(briefing)
    lines = md.splitlines()
    # Title and corpus line, then the diagram, before any date.
    assert lines[0].startswith("# ") and lines[2].startswith("_") and lines[4] == "```mermaid"
    block = mermaid_block(md)
    assert block[0] == "timeline"
    assert block[1] == f"    title {mermaid_text(briefing.options.title)}"
    events = block[2:]
    # The most important dates (here the latest ones), in date order.
    chosen = sorted(briefing.dates, key=lambda d: -d.entry.importance)[:TOP_DATES]
    chosen.sort(key=lambda d: d.entry.start)
    assert len(events) == TOP_DATES
    for line, d in zip(events, chosen, strict=True):
        assert line.startswith("    ") and line.count(":") == 1
        period, label = line[4:].split(" : ")
        assert period == f"{d.entry.start:%a} {d.entry.start.day} {d.entry.start:%b %Y}"
        bare = _ENTITY.sub("", label)
        assert not set(bare) & set("#;:\"`<>{}%\n"), line
        assert _ENTITY.sub(lambda m: chr(int(m[1])), label) == short_label(d.summary[0].text)
    # The fence holds: the parsers see one code block with exactly these lines.
    for parser in PARSERS:
        [pre] = rendered(md, parser).find("pre")
        [code] = pre.find("code")
        assert code.attrs == {"class": "language-mermaid"}
        assert code.text.splitlines() == block


def test_no_label_can_close_the_fence_or_open_a_comment_or_directive():
    nasty = "```\n%%{init: {'theme': 'dark'}}%%\n# not a comment; \"quoted\" : <b>x</b>"
    assert mermaid_text(nasty) == (
        "#96;#96;#96; #37;#37;#123;init#58; #123;'theme'#58; 'dark'#125;#125;#37;#37; "
        "#35; not a comment#59; #34;quoted#34; #58; #60;b#62;x#60;/b#62;")


@settings(max_examples=300, deadline=None)
@given(text=_FIELDS)
def test_any_label_is_one_line_of_entities_mermaid_turns_back_into_the_text(text):
    label = mermaid_text(text)
    assert not set(_ENTITY.sub("", label)) & set("#:;\"`<>{}%\n")
    assert _ENTITY.sub(lambda m: chr(int(m[1])), label) == flat(text)


def test_no_diagram_when_asked_or_when_there_is_no_date():
    briefing = hostile_briefing()
    assert "```" not in render_markdown(briefing, diagram=False)
    assert render_markdown(briefing, diagram=False) == render_markdown(briefing).replace(
        "\n".join(["```mermaid", *mermaid_block(render_markdown(briefing)), "```", "", ""]), "")
    empty = Briefing(BriefingOptions(), Corpus([]), ())
    assert "```" not in render_markdown(empty)


@pytest.mark.parametrize(("text", "expected"), [
    ("Short and sweet.", "Short and sweet."),
    ("word " * 30, "word " * 15 + "word…"),
    ("x" * 100, "x" * 80 + "…"),
    ("Talks resumed on Friday, but the union said the offer fell short of what members, "
     "mostly crane drivers, wanted.",
     "Talks resumed on Friday, but the union said the offer fell short of what members…"),
    ("Talks resumed on Friday, but the union said the offer fell short of what member's "
     "demands were.",
     "Talks resumed on Friday, but the union said the offer fell short of what…"),
])
def test_labels_are_cut_at_a_word_with_an_ellipsis(text, expected):
    assert short_label(text) == expected
    assert len(short_label(text)) <= LABEL_CHARS + 1
