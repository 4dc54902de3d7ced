"""Timeline entries computed from a slot's members (pure: no index access, runs on workers).

The same rules as ``timeline.build_timeline``: near-duplicate sentences collapse into their
earliest member, crediting every outlet that ran them; the date ranker's features from the
collapsed items (importance itself is worked out against the whole view when it is read).
Done column-wise with numpy, since one date of a big corpus holds a hundred thousand members.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy

from ..dedup import PAIRWISE_UP_TO, distinct_long, find_duplicates
from ..importance import LEAD_SENTENCES, count_features
from ..timeline import RULE_REPORTED
from .clusters import cluster_labels, cluster_slot
from .codec import dumps
from .schema import SENTENCE_BITS

#: rowid, pos, rule, uncertain, source, sentence index, text, the article's reference date
Member = tuple[int, int, str, int, str, int, str, str | None]
Built = tuple[tuple, tuple[bytes, ...] | None]  # an entry row, the day slot's cluster state


def build_entries(slots: Sequence[tuple[str, str, str, str, str, list[Member]]]
                  ) -> list[Built]:
    """Entry rows for (view, key, gran, start, end, members) slots: near-duplicates collapsed
    and importance computed exactly as ``timeline.build_timeline`` does; day slots also give
    the cluster state their later updates start from. Runs on workers."""
    days: dict[str | None, int] = {None: -1}
    out: list[Built] = []
    for view, key, gran, start, end, members in slots:
        texts = [m[6] for m in members]
        article, pos, sentence = (numpy.fromiter((m[i] for m in members), dtype=numpy.int64,
                                                 count=len(members)) for i in (0, 1, 5))
        outlets = list(dict.fromkeys(m[4] for m in members))
        code = {name: i for i, name in enumerate(outlets)}
        reported = numpy.fromiter(
            (days[m[7]] if m[7] in days else days.setdefault(m[7], _ordinal(m[7]))
             for m in members), dtype=numpy.int64, count=len(members))
        filed = Filed(article, pos, _flags(m[2] != RULE_REPORTED for m in members),
                      _flags(m[3] for m in members),
                      numpy.fromiter((code[m[4]] for m in members), dtype=numpy.int64,
                                     count=len(members)), outlets, reported,
                      sentence < LEAD_SENTENCES)
        state = None
        # A slot where every pair is compared is re-clustered whole on change: no state.
        if view == "day" and distinct_long(texts) > PAIRWISE_UP_TO:
            _, kept = cluster_slot((article << SENTENCE_BITS) + pos,
                                   (article << SENTENCE_BITS) + sentence, texts)
            labels, state = kept.labels, kept.row()
        else:
            labels = cluster_labels(numpy.arange(len(texts)), find_duplicates(texts))
        out.append((entry_row(view, key, gran, start, end, filed, labels), state))
    return out


def _flags(values: Iterable[object]) -> numpy.ndarray:
    return numpy.fromiter(map(bool, values), dtype=bool)


def _ordinal(day: str | None) -> int:
    return date.fromisoformat(day).toordinal() if day else -1


@dataclass(slots=True)
class Filed:
    """A slot's members in corpus order, column by column: article rowid, placement number,
    whether the sentence names the date (not merely published then), whether it is
    uncertain, its outlet (an index into ``outlets``), its article's reference date (an
    ordinal, -1 unknown) and whether it is in the article's lead."""

    article: numpy.ndarray
    pos: numpy.ndarray
    named: numpy.ndarray
    uncertain: numpy.ndarray
    source: numpy.ndarray
    outlets: list[str]
    reported: numpy.ndarray
    lead: numpy.ndarray


def entry_row(view: str, key: str, gran: str, start: str, end: str, filed: Filed,
              labels: numpy.ndarray) -> tuple:
    """The ``entries`` row of a slot whose members fall into clusters by ``labels``: each
    cluster's earliest member stands for it, crediting every outlet that ran it (empty ones
    left out, and only when two or more remain), as ``timeline.collapse_duplicates`` does."""
    _, first, inverse, counts = numpy.unique(labels, return_index=True, return_inverse=True,
                                             return_counts=True)
    reps = numpy.sort(first)
    shared = _shared_outlets(filed, inverse, counts)
    items: list[tuple[int, ...]] = [  # each item's outlets, in order
        shared.get(cluster) or (source,) for cluster, source in
        zip(inverse[reps].tolist(), filed.source[reps].tolist(), strict=True)]
    named = filed.named[reps]
    outlets = {code for item, is_named in zip(items, named.tolist(), strict=True) if is_named
               for code in item}
    features = count_features(_ordinal(start), _ordinal(end), filed.article[reps],
                              filed.reported[reps], named, filed.lead[reps], len(outlets))
    seen = dict.fromkeys(code for item in items for code in item)
    names = filed.outlets
    refs = numpy.stack((filed.article[reps], filed.pos[reps]), axis=1).astype("<i8").tobytes()
    several = {str(i): [names[c] for c in item] for i, item in enumerate(items) if len(item) > 1}
    return (view, key, gran, start, end, dumps(list(features)),
            int(bool(filed.uncertain[reps].all())),
            int(gran != view), len(reps), dumps([names[c] for c in seen]), refs, dumps(several))


def _shared_outlets(filed: Filed, inverse: numpy.ndarray, counts: numpy.ndarray
                    ) -> dict[int, tuple[int, ...]]:
    """Clusters whose members came from two or more named outlets: their outlets in the
    order first seen."""
    members = numpy.flatnonzero(counts[inverse] > 1)
    if not len(members):
        return {}
    width = len(filed.outlets)
    pairs, at = numpy.unique(inverse[members] * width + filed.source[members], return_index=True)
    pairs = pairs[numpy.lexsort((members[at], pairs // width))]
    out: dict[int, list[int]] = {}
    for pair in pairs.tolist():
        if filed.outlets[pair % width] not in ("", None):
            out.setdefault(pair // width, []).append(pair % width)
    return {cluster: tuple(codes) for cluster, codes in out.items() if len(codes) > 1}
