"""Rows to and from the domain: articles, tagging results and sentence placements as JSON.

JSON (not pickle) so that an index file from elsewhere can never run code when opened.
Ids are not stored inside tagging results: the same content may carry another id next time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date, datetime

from ..models import Article, Mention, TaggedArticle
from ..stories import story_terms
from ..tagging import TagResult
from ..timeline import place_sentences

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def content_hash(article: Article) -> str:
    """What makes two articles the same for tagging: everything but id and origin."""
    published = article.published.isoformat() if article.published else ""
    key = "\x1f".join((article.title, article.text, article.source, article.url,
                       article.byline, published, article.published_from, article.language))
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def article_keys(article: Article) -> tuple[str, str]:
    """(content hash, story terms): computed where the article is read. Terms are names
    (letters, hyphens, apostrophes), so they are kept space-separated: splitting a hundred
    thousand of them is much quicker than decoding JSON."""
    terms = sorted(story_terms(f"{article.title}\n{article.text}"))
    return content_hash(article), " ".join(terms)


def stored_name(name: str) -> str | bytes:
    """How a file name (a path, an origin) is kept: as text, or as its bytes when it holds a
    byte that is not UTF-8 (kept by ``os.fsdecode`` as a lone surrogate, which SQLite text
    cannot hold). A blob never equals a text, so no two names are stored alike."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape")
    return name


def name_from(value: str | bytes) -> str:
    """A file name as ``stored_name`` kept it."""
    return value.decode("utf-8", "surrogateescape") if isinstance(value, bytes) else value


def article_row(article: Article) -> tuple:
    """(title, text, source, url, byline, published, published_from, language, origin,
    removed)."""
    return (article.title, article.text, article.source, article.url, article.byline,
            article.published.isoformat() if article.published else None,
            article.published_from, article.language, stored_name(article.origin),
            " ".join(f"{reason}:{n}" for reason, n in article.removed))


#: The columns ``article_from`` reads, in its order (``a`` = the articles table).
ARTICLE_COLUMNS = ("a.id, a.title, a.text, a.source, a.url, a.byline, a.published, "
                   "a.published_from, a.language, a.origin, a.removed")
ARTICLE_WIDTH = ARTICLE_COLUMNS.count(",") + 1


def article_from(row: Sequence) -> Article:
    """An Article from (id, title, text, source, url, byline, published, from, lang, origin,
    removed)."""
    aid, title, text, source, url, byline, published, published_from, language, origin, \
        removed = row
    return Article(aid, title, text, source, url, byline,
                   datetime.fromisoformat(published) if published else None,
                   published_from, language, name_from(origin), removed_from(removed))


def removed_from(value: str) -> tuple[tuple[str, int], ...]:
    """``Article.removed`` from its stored form ("comments:12 byline:1")."""
    return tuple((reason, int(n)) for reason, n in (p.split(":") for p in value.split()))


def _mention_list(m: Mention) -> list:
    interval = [m.interval[0].isoformat(), m.interval[1].isoformat()] if m.interval else None
    return [m.start, m.end, m.sentence, m.type, m.value, interval, m.granularity, m.anchor,
            m.anchor_value, m.rule, m.explanation, m.mod]


def mentions_from(data: str, article_id: str, text: str) -> tuple[Mention, ...]:
    """The mentions of one article from their JSON form (texts sliced from the article)."""
    out = []
    for start, end, sentence, typ, value, interval, gran, anchor, anchor_value, rule, why, mod \
            in json.loads(data):
        span = ((datetime.fromisoformat(interval[0]), datetime.fromisoformat(interval[1]))
                if interval else None)
        out.append(Mention(article_id, start, end, text[start:end], sentence, typ, value, span,
                           gran, anchor, anchor_value, rule, why, mod))
    return tuple(out)


def placements_of(tagged: TaggedArticle) -> list[list]:
    """Where each sentence files: [key, gran, start, end, sentence, sentence start, sentence
    end, rule, uncertain, [mention indexes]] in the order ``place_sentences`` yields them."""
    index = {id(m): i for i, m in enumerate(tagged.mentions)}
    return [[key, gran, start.isoformat(), end.isoformat(), d.sentence, d.start, d.end, d.rule,
             int(d.uncertain), [index[id(m)] for m in d.mentions]]
            for (key, gran, start, end), d in place_sentences(tagged)]


def tagged_row(tagged: TaggedArticle) -> tuple:
    """(spans, mentions, dct, dct_source, confidence, evidence, conflicts, eras,
    placements): everything the index keeps of one tagging result, encoded."""
    eras = [i for i, m in enumerate(tagged.mentions) if m.rule.startswith("era_day")]
    return (_dumps([[s.start, s.end] for s in tagged.sentences]),
            _dumps([_mention_list(m) for m in tagged.mentions]),
            tagged.dct.isoformat() if tagged.dct else None, tagged.dct_source,
            tagged.dct_confidence, _dumps(list(tagged.dct_evidence)),
            _dumps(list(tagged.dct_conflicts)), _dumps(eras),
            _dumps(placements_of(tagged)))


def result_from(row: Sequence, article: Article) -> TagResult:
    """A TagResult from (spans, mentions, dct, dct_source, confidence, evidence, conflicts)."""
    spans, mentions, dct, source, confidence, evidence, conflicts = row[:7]
    return TagResult(tuple(tuple(s) for s in json.loads(spans)),
                     mentions_from(mentions, article.id, article.text),
                     date.fromisoformat(dct) if dct else None, source, confidence,
                     tuple(json.loads(evidence)), tuple(json.loads(conflicts)))


def tagged_from(row: Sequence, article: Article) -> TaggedArticle:
    return result_from(row, article).attach(article)


def dumps(value: object) -> str:
    return _dumps(value)
