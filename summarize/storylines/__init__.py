"""Storylines: which articles tell the same developing story, across outlets and days.

``find_storylines`` fingerprints each article (``vectors.py``: its rarest words in English, names
and title words first) and clusters them (``cluster.py``: a chronological single pass, then
average-linkage merging, with thresholds that rise across time gaps). Each story has a stable id
(from the content of its first article), a label of its most telling words, its articles,
outlets and date span; the biggest story comes first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy

from ..models import TaggedArticle
from .cluster import Item, Thresholds, cluster_traced, fewer_collections, fitted_thresholds
from .single_pass import Trace
from .vectors import FINGERPRINT_VERSION, StoryVector, story_vector

__all__ = [
    "Item",
    "StoryVector",
    "Storyline",
    "Thresholds",
    "Trace",
    "content_key",
    "fewer_collections",
    "find_storylines",
    "fitted_thresholds",
    "members_digest",
    "select_stories",
    "stories_from_items",
    "stories_traced",
    "story_vector",
]

#: Words in a story's label.
LABEL_TERMS = 3


@dataclass(frozen=True, slots=True)
class Storyline:
    """One story: its id, label, article ids (corpus order), outlets and first/last dates."""

    id: str
    label: str
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    first: date | None
    last: date | None

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "label": self.label, "articles": list(self.articles),
                "sources": list(self.sources),
                "first": self.first.isoformat() if self.first else None,
                "last": self.last.isoformat() if self.last else None}


def content_key(title: str, text: str) -> str:
    """What makes two articles the same story-wise: their words (not outlet or file)."""
    return hashlib.blake2b(f"{title}\x1f{text}".encode("utf-8", "surrogatepass"),
                           digest_size=12).hexdigest()


def find_storylines(tagged: Sequence[TaggedArticle], thresholds: Thresholds | None = None
                    ) -> list[Storyline]:
    """The storylines of a corpus (articles in corpus order), biggest first."""
    items = [Item(content_key(t.article.title, t.article.text),
                  t.dct.toordinal() if t.dct else None,
                  story_vector(t.article.title, t.article.text)) for t in tagged]
    return stories_from_items(items, [(t.article.id, t.article.source, t.dct) for t in tagged],
                              thresholds)


def stories_from_items(items: Sequence[Item], articles: Sequence[tuple[str, str, date | None]],
                       thresholds: Thresholds | None = None) -> list[Storyline]:
    """``find_storylines`` from fingerprints made earlier (e.g. kept in the index);
    ``articles`` gives each item's (article id, outlet, date), in corpus order."""
    return stories_traced(items, articles, thresholds)[0]


def stories_traced(items: Sequence[Item], articles: Sequence[tuple[str, str, date | None]],
                   thresholds: Thresholds | None = None, trace: Trace | None = None,
                   labels: dict[str, str] | None = None) -> tuple[list[Storyline], Trace]:
    """``stories_from_items`` and the clustering's trace; ``trace`` (kept from an earlier run
    with the same thresholds) makes the run check instead of search where nothing changed.
    ``labels`` (by ``members_digest``) are reused, and left holding this run's stories'."""
    with fewer_collections(None):  # no cycles made; the merge alone makes ~10 M objects
        groups, kept_trace = cluster_traced(items, thresholds, trace)
    stories = []
    taken: set[str] = set()
    kept: dict[str, str] = {}
    for group in groups:
        members = sorted(group)  # corpus order
        founder = items[group[0]]
        sid = _unique(f"s{founder.key[:6]}", taken)
        days = [articles[i][2] for i in members if articles[i][2] is not None]
        digest = members_digest([items[i].key for i in members]) if labels is not None else ""
        label = labels.get(digest) if labels is not None else None
        if label is None:
            label = _label([items[i].vector for i in members])
        kept[digest] = label
        stories.append(Storyline(
            sid, label,
            tuple(articles[i][0] for i in members),
            tuple(sorted({articles[i][1] for i in members if articles[i][1]})),
            min(days) if days else None, max(days) if days else None))
    if labels is not None:
        labels.clear()
        labels.update(kept)
    return sorted(stories, key=lambda s: (-len(s.articles), s.first or date.max, s.id)), kept_trace


def members_digest(keys: Sequence[str]) -> str:
    """What a story's label is made of: its members' contents (keys) in corpus order, and the
    fingerprints' version (a label is kept under this between runs)."""
    text = "\n".join([FINGERPRINT_VERSION, *keys])
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _unique(sid: str, taken: set[str]) -> str:
    out, n = sid, 1
    while out in taken:
        n += 1
        out = f"{sid}-{n}"
    taken.add(out)
    return out


def _label(vectors: Sequence[StoryVector]) -> str:
    """The story's most telling shown words: summed weight over its articles' top terms."""
    weight: dict[int, float] = {}
    shown: dict[int, dict[str, int]] = {}
    for v in vectors:
        # the top terms' weights found in the sorted terms, not a dict of all 64 per article
        # (the last of equal ids, as the dict kept)
        at = (v.weights[numpy.searchsorted(v.terms, v.top, side="right") - 1].tolist()
              if v.top else [])
        for term, form, w in zip(v.top, v.shown, at, strict=True):
            weight[term] = weight.get(term, 0.0) + w
            forms = shown.setdefault(term, {})
            forms[form] = forms.get(form, 0) + 1
    best = sorted(weight, key=lambda t: (-weight[t], t))[:LABEL_TERMS]
    words = [min(shown[t], key=lambda f: (-shown[t][f], f)) for t in best]
    return " · ".join(words) or "(no words)"


def select_stories(stories: Sequence[Storyline], wanted: Sequence[str]) -> list[Storyline]:
    """The stories named by id or by a unique prefix of their label (case-insensitive);
    ValueError names the one that matches none or several."""
    chosen: list[Storyline] = []
    for name in wanted:
        found = [s for s in stories if s.id == name]
        if not found:
            prefix = name.casefold().strip()
            found = [s for s in stories if prefix and s.label.casefold().startswith(prefix)]
        if not found:
            raise ValueError(f"no story {name!r} (see dateline stories)")
        if len(found) > 1:
            more = f" and {len(found) - 5:,} more" if len(found) > 5 else ""
            raise ValueError(f"story {name!r} is ambiguous: "
                             + ", ".join(f"{s.id} ({s.label})" for s in found[:5]) + more)
        if found[0] not in chosen:
            chosen.append(found[0])
    return chosen
