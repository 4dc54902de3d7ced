"""Per-date summaries: pick the sentences that say most about a timeline entry."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from summarize import regex_cache as rx

from .timeline import RULE_MENTION, DatedSentence, TimelineEntry

DEFAULT_METHOD = "lexrank"
DEFAULT_SENTENCES = 3
MIN_WORDS, MAX_WORDS = 8, 45
#: How much a sentence naming the date counts above one merely filed under it (tune half of
#: Timeline17: align ROUGE-1 up on both halves at 1.5; 2 and 3 did no better).
NAMED_BOOST = 1.5
#: Relevance is divided by 1 + characters / this: a cosine with the story's centroid grows with
#: a sentence's length, a human timeline's lines are short (Timeline17 tune half: 200 best of
#: 120-400 characters without hurting the check half; align ROUGE-1/2 up on both).
LENGTH_SCALE = 200
_WORD = rx.compile(r"\w+")
_QUOTES = ("``", '"', "“", "'", "‘")
_QUOTE_MARKS = ('"', "“", "”", "``", "''")
#: A quotation inside a sentence: curly or PTB pairs, straight pairs, single curly pairs whose
#: closing mark is no apostrophe ("don’t").
_QUOTED = rx.compile(r"“[^“”]*”|``.*?''|\"[^\"]*\"|‘[^‘]*?’(?![^\W\d_])")
#: Reader chatter speaks to the reader or for itself: outside a quotation a news sentence
#: does neither (words as ``_WORD`` finds them: "I'm" gives "I").
_CHATTER = frozenset("I me Me my My you You your Your we We our Our us".split())
#: Substrings without which ``_FURNITURE`` cannot match (a cheap test first).
_FURNITURE_KEYS = ("|", "Report", "Posted", "says", "wrote")
#: What a comment thread or a byline leaves in a sentence if cleaning missed it.
_FURNITURE = rx.compile(r"\|\s?(?:Reply|Report abuse|Report)\b|\bReport abuse\b|\bPosted by\b"
                        r"|\b(?:says|wrote)\s?:\s")
#: Writing no news report uses: emoticons, doubled ! or ?, and chat abbreviations.
_INFORMAL_MARKS = ("!!", "??", "!?", "?!", ":)", ":(", ":-)", ":-(", ";)", ":D", ":P", ")))")
_CHAT_WORDS = frozenset("lol LOL omg OMG imho IMHO btw BTW".split())
_SPEAKING = _CHATTER | _CHAT_WORDS
#: A list or chronology line: a bullet, a number, or a date and a colon/dash opening it.
_LIST_ITEM = rx.compile(r"^\s*(?:[-*•·]\s|\d{1,2}[.)]\s|(?:\d{1,2}\s)?(?:Jan|Feb|Mar|Apr|May|Jun"
                        r"|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s\d{1,2})?(?:\s?,?\s\d{4})?"
                        r"\s?[:–—-]\s)")


@dataclass(frozen=True, slots=True)
class TopicProfile:
    """What the whole story is about: the unit TF-IDF centroid of every sentence in view."""

    idf: Mapping[str, float]
    centroid: Mapping[str, float]


def _unit_vector(terms: Counter[str], idf: Mapping[str, float]) -> dict[str, float]:
    vec = {term: tf * idf.get(term, 0.0) for term, tf in terms.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {term: v / norm for term, v in vec.items()}


#: A centroid from this many sentences is as good as one from all; a stride sample keeps a
#: 10,000-article corpus from spending seconds on it.
PROFILE_SAMPLE = 20_000


def topic_profile(entries: Sequence[TimelineEntry]) -> TopicProfile:
    """The profile of the sentences filed under ``entries`` (news-tls's corpus centroid)."""
    from .summarizers import content_terms

    total = sum(len(e.sentences) for e in entries)
    step = math.ceil(total / PROFILE_SAMPLE) if total > PROFILE_SAMPLE else 1
    texts: list[str] = []
    offset = 0
    for e in entries:  # every step-th sentence of the whole view, read only where needed
        first = (-offset) % step
        if first < len(e.sentences):
            sample = getattr(e.sentences, "texts", None)  # sentences kept in the index
            texts.extend(sample(first, step) if sample else
                         [s.text for s in e.sentences[first::step]])
        offset += len(e.sentences)
    bags = [Counter(content_terms(text)) for text in texts]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = {t: math.log((len(bags) + 1) / (c + 1)) + 1.0 for t, c in df.items()}
    total: Counter[str] = Counter()
    for bag in bags:
        total.update(_unit_vector(bag, idf))
    return TopicProfile(idf, _unit_vector(total, {t: 1.0 for t in total}))


def topic_relevance(profile: TopicProfile, texts: Sequence[str]) -> list[float]:
    """Cosine of each text with the story's centroid: how on-topic a candidate is."""
    from .summarizers import content_terms

    out = []
    for text in texts:
        vec = _unit_vector(Counter(content_terms(text)), profile.idf)
        out.append(sum(v * profile.centroid.get(t, 0.0) for t, v in vec.items()))
    return out


def chronological(sentences: list[DatedSentence]) -> list[DatedSentence]:
    """Order summary sentences as a reader follows them: by report date, article, position."""
    return sorted(sentences, key=lambda s: (s.reported or date.min, s.article_id, s.sentence))


def outside_quotes(text: str) -> str:
    """``text`` without its quotations: a closing mark with no opening one means the sentence
    began inside a quotation, an opening mark with no closing one that it ends inside one."""
    rest = _QUOTED.sub(" ", text)
    for mark in ("”", "''"):
        if mark in rest:
            rest = rest[rest.rindex(mark) + len(mark):]
    for mark in ("“", "``"):
        if mark in rest:
            rest = rest[:rest.index(mark)]
    if '"' in rest:  # a lone straight mark: closing at the end, opening anywhere else
        at = rest.index('"')
        rest = rest[at + 1:] if not rest[at + 1:].strip(" .,;:!)") else rest[:at]
    return rest


def _reads_as_news(text: str, words: list[str]) -> bool:
    """Not a bare quotation, a question, an exclamation, chat (emoticons, "lol"), a list item,
    a comment or byline leftover, nor a reader talking (I, you, we outside the quotations)."""
    end = text.removesuffix("-RRB-").rstrip("\"'”’) ")
    if text.startswith(_QUOTES) or end.endswith("?") or _LIST_ITEM.match(text):
        return False
    if text.startswith(("(", "-LRB-")):  # an aside: its opening bracket closes at the end
        plain = text.replace("-LRB-", "(").replace("-RRB-", ")").rstrip(" .")
        if plain.find(")") == len(plain) - 1:
            return False
    # Its own exclamation mark, not a quotation's, ends it: a reader's outburst, not news.
    if end.endswith("!") and not text.rstrip().endswith(("”", '"', "''")):
        return False
    if (("!" in text or "?" in text or ":" in text or ";" in text or ")))" in text)
            and any(mark in text for mark in _INFORMAL_MARKS)):
        return False
    if any(key in text for key in _FURNITURE_KEYS) and _FURNITURE.search(text):
        return False
    if _SPEAKING.isdisjoint(words):
        return True
    if not _CHAT_WORDS.isdisjoint(words):
        return False
    return _CHATTER.isdisjoint(words) or (any(mark in text for mark in _QUOTE_MARKS) and
                                          _CHATTER.isdisjoint(_WORD.findall(outside_quotes(text))))


def summary_worthy(sentence: DatedSentence) -> bool:
    """A sentence that can stand alone in a briefing: a full statement that says what
    happened — not a fragment, a run-on, a bare quotation, a question, a list item, a
    leftover of a comment thread or byline, or a reader talking (I, you, we outside quotes)."""
    text = sentence.text.strip()
    words = _WORD.findall(text)
    return MIN_WORDS <= len(words) <= MAX_WORDS and _reads_as_news(text, words)


def _short_but_clean(sentence: DatedSentence) -> bool:
    """Too short to be ``summary_worthy`` but otherwise news: what may fill a thin summary
    (never a run-on, a comment, a question or a list item)."""
    text = sentence.text.strip()
    words = _WORD.findall(text)
    return 0 < len(words) < MIN_WORDS and _reads_as_news(text, words)


def _news_of_any_length(sentence: DatedSentence) -> bool:
    """News but too long (or too short) to be ``summary_worthy``: the last resort of a date
    with nothing else, so that its summary is never empty while it holds news."""
    text = sentence.text.strip()
    return _reads_as_news(text, _WORD.findall(text))


def _event_relevance(topic: TopicProfile, named: frozenset[str], texts: Sequence[str]
                     ) -> list[float]:
    """Relevance to the story, raised for sentences that name the date (they say what
    happened that day rather than comment on it) and lowered for long ones."""
    return [r * (NAMED_BOOST if t in named else 1.0) / (1.0 + len(t) / LENGTH_SCALE)
            for r, t in zip(topic_relevance(topic, texts), texts, strict=True)]


def summarize_entry(entry: TimelineEntry, *, sentences: int = DEFAULT_SENTENCES,
                    method: str = DEFAULT_METHOD, topic: TopicProfile | None = None
                    ) -> list[DatedSentence]:
    """The ``sentences`` most representative sentences filed under ``entry``, chronologically.

    Candidates are the entry's sentences that can stand alone (see ``summary_worthy``); when too
    few can, all of those are kept and the rest is filled from short but clean sentences, never
    from a run-on, a comment, a question or a list item (the summary is shorter instead); a date
    with neither takes its longer news sentences, so it is never left without a line.
    With a ``topic`` profile, relevance to the whole story is blended into the method's rating.
    """
    from .summarizers import summarize_candidates

    worthy = [s for s in entry.sentences if summary_worthy(s)]
    if len(worthy) >= sentences:
        pool, kept = worthy, []
    else:  # keep every sentence that can stand alone, fill up from short clean ones
        pool, kept = [s for s in entry.sentences if _short_but_clean(s)], worthy
        if not kept and not pool:  # a date told only in long sentences still says something
            pool = [s for s in entry.sentences if _news_of_any_length(s)]
    want = sentences - len(kept)
    if len(pool) <= want:  # nothing to choose between
        return chronological(kept + pool)
    texts = [s.text for s in pool]
    named = frozenset(s.text for s in pool if s.rule == RULE_MENTION)
    prior = partial(_event_relevance, topic, named) if topic is not None else None
    chosen = summarize_candidates(texts, want, method, prior=prior)
    return chronological(kept + [pool[i] for i in chosen])


def summarize_entries(entries: Sequence[TimelineEntry], *, sentences: int = DEFAULT_SENTENCES,
                      method: str = DEFAULT_METHOD,
                      background: Sequence[TimelineEntry] | None = None
                      ) -> list[list[DatedSentence]]:
    """Summaries of ``entries``, each leaning towards what the whole story is about.

    The story is every sentence of ``background`` (default: ``entries`` themselves), so a date
    summary prefers sentences on the timeline's topic to side remarks filed under that date.
    """
    topic = topic_profile(background if background is not None else entries)
    return [summarize_entry(e, sentences=sentences, method=method, topic=topic)
            for e in entries]
