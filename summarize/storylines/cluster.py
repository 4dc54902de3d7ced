"""Articles into storylines: a single chronological pass, then average-linkage merging.

1. **Pass.** Articles are taken in a fixed order (publication day, then content key). Each
   joins the story whose centroid (the sum of its members' fingerprints) it is most similar to
   by cosine, if that clears the join threshold; otherwise it starts a story. This is TDT's
   single-pass clustering; comparing with a story's centroid, not its nearest member, keeps
   one shared paragraph of boilerplate from chaining two stories together.
2. **Merge.** Stories of one event that the pass started apart are merged by centroid cosine
   (average linkage scaled by each story's own cohesion, so a loose story of many outlets and
   a tight one of a few are judged alike): the most similar pair first, as long as it clears
   the merge threshold.
3. **Attach.** An article still alone joins the story whose centroid it is closest to when that
   clears the (lower) attach threshold: a short or rambling report of a story is kept with it,
   while two stories never merge at this lower bar.

Time: a story lives in a window. Between an article (or story) and a story whose dates are
more than ``window`` days away, the threshold rises linearly, to twice its value at four
windows; a surge months later joins only if its words say it is the same story.

The result is a pure function of the articles' (key, day, fingerprint): the same corpus gives
the same stories in the same order under any hash seed or number of workers, and fingerprints
depend on one article each (``vectors.py``), so the index keeps them and re-runs only these
steps; the pass (``single_pass.py``) resumes from the trace of the last run, checking instead
of searching where nothing changed, with the same result as a fresh run.
"""

from __future__ import annotations

import gc
import heapq
import json
import mmap
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path

import numpy

from .single_pass import Story, Trace, gap_to, need, single_pass
from .vectors import StoryVector

#: The fitted thresholds (``dateline eval stories DIR --fit`` writes them).
THRESHOLDS_FILE = Path(__file__).with_name("thresholds.json")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """How close (centroid cosine) an article must be to join a story, and two stories to
    merge; ``window`` days within which dates do not raise them."""

    join: float = 0.25
    merge: float = 0.25
    window: int = 30
    attach: float = 0.1


@cache
def fitted_thresholds() -> Thresholds:
    """The thresholds kept in ``thresholds.json`` (the defaults when it is missing)."""
    try:
        data = json.loads(THRESHOLDS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Thresholds()
    return Thresholds(float(data["join"]), float(data["merge"]), int(data["window"]),
                      float(data["attach"]))


@dataclass(frozen=True, slots=True)
class Item:
    """One article as the clustering sees it: a stable content key, its day (an ordinal, or
    None when it has no date) and its fingerprint."""

    key: str
    day: int | None
    vector: StoryVector


def cluster_items(items: Sequence[Item], thresholds: Thresholds | None = None
                  ) -> list[list[int]]:
    """Groups of item indexes, each sorted in the fixed order; groups in the order of their
    first member."""
    return cluster_traced(items, thresholds)[0]


def cluster_traced(items: Sequence[Item], thresholds: Thresholds | None = None,
                   trace: Trace | None = None) -> tuple[list[list[int]], Trace]:
    """``cluster_items`` and the single pass's trace; given the trace of an earlier run with
    the same thresholds, the pass checks instead of searching where nothing changed."""
    limits = thresholds or fitted_thresholds()
    order = sorted(range(len(items)), key=lambda i: _rank(items[i]))
    stories, kept = single_pass([t.vector for t in items], [t.day for t in items],
                                [t.key for t in items], order, limits.join, limits.window, trace)
    groups = _attach(items, _merge(stories, limits), limits)
    position = {i: p for p, i in enumerate(order)}
    out = [sorted(g, key=position.__getitem__) for g in groups]
    return sorted(out, key=lambda g: position[g[0]]), kept


def _rank(item: Item) -> tuple[int, str]:
    return (item.day if item.day is not None else 1 << 40, item.key)


def _merge(stories: list[Story], limits: Thresholds) -> list[list[int]]:
    """Centroid-cosine linkage over the stories of the pass (a dot of summed fingerprints is
    the sum of the members' pairwise dot products, so nothing is approximated)."""
    n = len(stories)
    if n < 2:
        return [s.members for s in stories]
    from scipy.sparse import csr_matrix

    sizes = [len(story.sums) for story in stories]
    terms = numpy.fromiter(chain.from_iterable(story.sums for story in stories),
                           dtype=numpy.int64, count=sum(sizes))
    vals = numpy.fromiter(chain.from_iterable(story.sums.values() for story in stories),
                          dtype=numpy.float64, count=len(terms))
    cols, width = _first_seen(terms)
    rows = numpy.repeat(numpy.arange(n, dtype=numpy.int64), sizes)
    links = _links(csr_matrix((vals, (rows, cols)), shape=(n, width)))
    norm2 = numpy.array([s.norm2 for s in stories], dtype=numpy.float64)
    lo = numpy.array([s.lo for s in stories], dtype=numpy.int64)
    hi = numpy.array([s.hi for s in stories], dtype=numpy.int64)
    members = [list(s.members) for s in stories]
    version = [0] * n

    def pairs(xs: numpy.ndarray, ys: numpy.ndarray, dot: numpy.ndarray) -> list[tuple]:
        """Heap entries (-margin, a, b, versions) of the pairs (a < b) that clear the bar."""
        # A pair clears it only if its cosine reaches ``merge`` (the bar never sinks below):
        # the others go before the exact margin is worked out (with room for rounding).
        near = numpy.flatnonzero(dot * dot >= _LOOSE * limits.merge ** 2
                                 * norm2[xs] * norm2[ys])
        xs, ys, dot = xs[near], ys[near], dot[near]
        margin = _merge_margin(dot, norm2[xs], norm2[ys], lo[xs], hi[xs], lo[ys], hi[ys],
                               limits)
        keep = numpy.flatnonzero(margin >= 0)
        return [(m, x, y, version[x], version[y]) for m, x, y in zip(
            (-margin[keep]).tolist(), xs[keep].tolist(), ys[keep].tolist(), strict=True)]

    heap = [entry for xs, ys, dot in links.upper(_LOOSE * limits.merge ** 2, norm2)
            for entry in pairs(xs, ys, dot)]
    heapq.heapify(heap)  # pops in the entries' order (a total order), however they were added
    bound = max(PRUNE_FROM, PRUNE_GROWTH * len(heap))
    while heap:
        if len(heap) > bound:  # mostly stale entries by now: drop them rather than pop them
            heap = _live(heap, version)
            bound = max(PRUNE_FROM, PRUNE_GROWTH * len(heap))
        _, x, y, vx, vy = heapq.heappop(heap)
        if vx != version[x] or vy != version[y]:
            continue
        # y joins x (the older story keeps its place).
        norm2[x] += norm2[y] + 2.0 * links.dot(x, y)
        links.join(x, y)
        lo[x], hi[x] = min(lo[x], lo[y]), max(hi[x], hi[y])
        members[x] += members[y]
        members[y] = []
        version[x] += 1
        version[y] += 1
        near, dot = links.near(x)
        for entry in pairs(numpy.minimum(near, x), numpy.maximum(near, x), dot):
            heapq.heappush(heap, entry)
    return [m for m in members if m]


def _links(sums: object) -> _DenseLinks | _SparseLinks:
    """The dot products of the stories' sums (the rows of ``sums``), made a block of rows at a
    time: each block's product is written into the dense matrix as soon as the products are
    known to fill enough of it (``DENSE_UP_TO``, ``SPARSE_BYTES``), so the whole sparse product
    (580 MB at 100,000 articles, each page a fault) is never held. A row of a product depends
    on that row of the left factor alone: the same values as one product, bit for bit."""
    from scipy.sparse import vstack

    n = sums.shape[0]  # type: ignore[attr-defined]
    right = sums.T.tocsr()  # type: ignore[attr-defined]
    dense = _DenseLinks(n) if n <= DENSE_UP_TO else None
    held: list[tuple[int, object]] = []  # the blocks while the links may stay sparse
    known = 0
    for start in range(0, n, PRODUCT_ROWS):
        with _small_pages():
            part = sums[start:start + PRODUCT_ROWS] @ right  # type: ignore[index]
        known += part.nnz
        if dense is None and known * SPARSE_BYTES >= n * n * 8:
            dense = _DenseLinks(n)
            for at, block in held:
                dense.fill(at, block)
            held = []
        if dense is not None:
            dense.fill(start, part)
        else:
            held.append((start, part))
    if dense is not None:
        numpy.fill_diagonal(dense.d, 0.0)
        return dense
    dots = vstack([block for _, block in held], format="csr").tocoo()
    return _SparseLinks(n, dots.row, dots.col, dots.data)


#: Rows of the stories' dot products made at a time (each block's product is a few MB).
PRODUCT_ROWS = 512


def _live(heap: list[tuple], version: list[int]) -> list[tuple]:
    """The merge's heap without its stale entries (a story in them joined or was joined
    since), heapified again. A stale entry stays stale (versions only grow) and is skipped when
    popped, and the heap pops the rest in their total order whatever its layout: the merges
    are the same, with fewer pops (about 40 stale entries per join at 100,000 articles)."""
    live = [e for e in heap if e[3] == version[e[1]] and e[4] == version[e[2]]]
    heapq.heapify(live)
    return live


#: The merge's heap is cleared of stale entries when it holds more than PRUNE_FROM entries and
#: PRUNE_GROWTH times as many as after the last clearing (so each entry is looked at a bounded
#: number of times on average).
PRUNE_FROM = 4096
PRUNE_GROWTH = 2
#: Up to this many stories from the pass, the merge keeps their dot products in a dense matrix
#: (a join is a few numpy row operations; 3,000 stories take 72 MB); above, in a dict per row
#: unless most pairs share a term (a link in a dict takes about SPARSE_BYTES, 8 in the matrix).
DENSE_UP_TO = 3000
SPARSE_BYTES = 100
#: Pairs whose squared cosine is under this share of the merge threshold's square are not
#: measured further (their margin is below zero; the share leaves room for rounding).
_LOOSE = 0.99


class _SparseLinks:
    """The dot products of stories that share a term, a dict per story (row a, column b)."""

    def __init__(self, n: int, rows: numpy.ndarray, cols: numpy.ndarray, vals: numpy.ndarray
                 ) -> None:
        self.links: list[dict[int, float]] = [{} for _ in range(n)]
        for a, b, v in zip(rows.tolist(), cols.tolist(), vals.tolist(), strict=True):
            if a != b:
                self.links[a][b] = v
        above = rows < cols
        self.pairs = (rows[above].astype(numpy.int64), cols[above].astype(numpy.int64),
                      vals[above].astype(numpy.float64))

    def upper(self, share: float, norm2: numpy.ndarray) -> Iterator[tuple[numpy.ndarray, ...]]:
        """Every linked pair (a < b) with its dot, at once (the merge cuts them itself)."""
        yield self.pairs
        self.pairs = ()

    def dot(self, a: int, b: int) -> float:
        return self.links[a][b]

    def join(self, x: int, y: int) -> None:
        """Story y's links added to story x's; y has none left."""
        links = self.links
        for k, v in links[y].items():
            if k != x:
                links[x][k] = links[x].get(k, 0.0) + v
                links[k][x] = links[k].get(x, 0.0) + v
            links[k].pop(y, None)
        links[y] = {}
        links[x].pop(y, None)

    def near(self, x: int) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The stories linked to x (ascending) and the dot of each pair (row min, column max)."""
        near = sorted(self.links[x])
        row, links = self.links[x], self.links
        return (numpy.array(near, dtype=numpy.int64),
                numpy.array([row[k] if x < k else links[k][x] for k in near],
                            dtype=numpy.float64))


class _DenseLinks:
    """``_SparseLinks`` in a dense matrix: the same values, step for step (a missing link is
    a zero, and every dot of two stories sharing a term is above zero)."""

    def __init__(self, n: int) -> None:
        """An n x n matrix of zeros, to ``fill`` (then its diagonal set to zero)."""
        # into plain anonymous memory: numpy asks big arrays for huge pages, and where memory
        # is fragmented each fault waits for compaction (1.3 GB at 100,000 articles: 1-4 s
        # against 0.7-0.9 s)
        memory = mmap.mmap(-1, max(1, n * n * 8))
        self.d = numpy.frombuffer(memory, dtype=numpy.float64, count=n * n).reshape(n, n)

    def fill(self, start: int, block: object) -> None:
        """Rows ``start`` on from a CSR block of the product (written once, into zeros)."""
        rows = block.shape[0]  # type: ignore[attr-defined]
        _fill_dense(block, self.d[start:start + rows])

    def upper(self, share: float, norm2: numpy.ndarray, block: int = 256
              ) -> Iterator[tuple[numpy.ndarray, ...]]:
        """The linked pairs (a < b) whose squared dot reaches ``share`` of their squared
        lengths' product (the merge's first cut, the same sum), a block of rows at a time."""
        right = numpy.arange(len(self.d))
        for start in range(0, len(self.d), block):
            # the block's columns from its first row on: the lower triangle is never read
            part = self.d[start:start + block, start:]
            bar = (share * norm2[start:start + block])[:, None] * norm2[None, start:]
            near = (part * part >= bar) & (part != 0.0)
            near &= right[None, start:] > right[start:start + len(part), None]
            rows, cols = numpy.nonzero(near)
            rows += start
            cols += start
            yield rows, cols, self.d[rows, cols]

    def dot(self, a: int, b: int) -> float:
        return float(self.d[a, b])

    def join(self, x: int, y: int) -> None:
        d = self.d
        linked = numpy.flatnonzero(d[y])
        others = linked[linked != x]
        add = d[y, others]
        d[x, others] += add
        d[others, x] += add
        d[linked, y] = 0.0
        d[y] = 0.0
        d[x, y] = 0.0

    def near(self, x: int) -> tuple[numpy.ndarray, numpy.ndarray]:
        # row x alone: the matrix is symmetric bit for bit (the product sums a pair's common
        # terms in one column order either way, and a join adds the same values to a row and
        # its column), so no strided read of column x
        row = self.d[x]
        near = numpy.flatnonzero(row)
        return near, row[near]


def _fill_dense(product: object, out: numpy.ndarray) -> None:
    """A CSR matrix's values written into ``out``, a C-ordered array of zeros: fresh anonymous
    memory is zero already, so scipy's ``toarray(out=...)`` would only zero it again (a
    pass over every page: 1.3 GB at 100,000 articles) before the same writes."""
    try:
        from scipy.sparse._sparsetools import csr_todense
    except ImportError:  # scipy moved its kernels: the public call, zeroing first
        product.toarray(out=out)  # type: ignore[attr-defined]
        return
    csr = product.tocsr()  # type: ignore[attr-defined]  (itself when it is one)
    csr_todense(*csr.shape, csr.indptr, csr.indices, csr.data, out)


@contextmanager
def _small_pages() -> Iterator[None]:
    """numpy's new arrays without its request for huge pages (restored after): where memory is
    fragmented, each huge-page fault waits for compaction (the product at 100,000 articles)."""
    core = getattr(numpy, "_core", None) or numpy.core
    toggle = getattr(core.multiarray, "_set_madvise_hugepage", None)
    if toggle is None:
        yield
        return
    was = toggle(False)
    try:
        yield
    finally:
        toggle(was)


@contextmanager
def fewer_collections(young: int | None = 100_000) -> Iterator[None]:
    """Python's cyclic collector run rarely, or not at all when ``young`` is None (restored
    after): the clustering and the index's update make millions of lists and dicts without
    cycles, and each full collection walks them all (3-4 s in an update of 100,000 articles).
    The settings are process-wide: the first of nested or concurrent uses keeps them, the
    last restores them."""
    global _COLLECTOR_SAVED, _COLLECTOR_USERS
    with _COLLECTOR_LOCK:
        if not _COLLECTOR_USERS:
            _COLLECTOR_SAVED = (gc.get_threshold(), gc.isenabled())
        _COLLECTOR_USERS += 1
        if young is None:
            gc.disable()
        else:
            gc.set_threshold(max(gc.get_threshold()[0], young), *gc.get_threshold()[1:])
    try:
        yield
    finally:
        with _COLLECTOR_LOCK:
            _COLLECTOR_USERS -= 1
            if not _COLLECTOR_USERS:
                was, enabled = _COLLECTOR_SAVED
                gc.set_threshold(*was)
                if enabled:
                    gc.enable()


_COLLECTOR_LOCK = threading.Lock()
#: How many ``fewer_collections`` are running, and the collector's settings before the first.
_COLLECTOR_USERS = 0
_COLLECTOR_SAVED: tuple[tuple[int, ...], bool] = ((700, 10, 10), True)


def _first_seen(terms: numpy.ndarray) -> tuple[numpy.ndarray, int]:
    """Each term's column, columns numbered in the order terms are first seen; how many."""
    distinct, first, inverse = numpy.unique(terms, return_index=True, return_inverse=True)
    column = numpy.empty(len(distinct), dtype=numpy.int64)
    column[numpy.argsort(first, kind="stable")] = numpy.arange(len(distinct))
    return column[inverse.ravel()], len(distinct)


def _merge_margin(dot: numpy.ndarray, norm2a: numpy.ndarray, norm2b: numpy.ndarray,
                  loa: numpy.ndarray, hia: numpy.ndarray, lob: numpy.ndarray,
                  hib: numpy.ndarray, limits: Thresholds) -> numpy.ndarray:
    """How far each pair's centroid cosine clears the merge threshold for its time gap."""
    undated = (loa > hia) | (lob > hib)
    gap = numpy.where(undated, 0, numpy.maximum(0, numpy.maximum(loa - hib, lob - hia)))
    return dot / numpy.sqrt(norm2a * norm2b) - limits.merge * (
        1.0 + numpy.clip((gap - limits.window) / (3 * limits.window), 0.0, 1.0))


def _attach(items: Sequence[Item], groups: list[list[int]], limits: Thresholds
            ) -> list[list[int]]:
    """Articles alone join the closest story of several (centroid cosine over the attach
    threshold, raised across time gaps as the others are)."""
    alone = [g[0] for g in groups if len(g) == 1]
    stories = [g for g in groups if len(g) > 1]
    if not alone or not stories:
        return groups
    from scipy.sparse import csr_matrix

    # every member's terms, the stories' then the lone articles', numbered as first seen
    vectors = [items[i].vector for g in stories for i in g] + [items[i].vector for i in alone]
    sizes = [len(v.terms) for v in vectors]
    cols, width = _first_seen(numpy.concatenate([v.terms for v in vectors]))
    vals = numpy.concatenate([v.weights for v in vectors])
    number = [r for r, g in enumerate(stories) for _ in g] + list(range(len(alone)))
    rows = numpy.repeat(numpy.array(number, dtype=numpy.int64), sizes)
    cut = sum(sizes[:len(vectors) - len(alone)])
    sums = csr_matrix((vals[:cut], (rows[:cut], cols[:cut])), shape=(len(stories), width))
    singles = csr_matrix((vals[cut:], (rows[cut:], cols[cut:])), shape=(len(alone), width))
    norms = numpy.sqrt(numpy.asarray(sums.multiply(sums).sum(axis=1)).ravel())
    cosine = (singles @ sums.T).toarray() / numpy.maximum(norms, 1e-12)
    days = [[items[i].day for i in g if items[i].day is not None] for g in stories]
    lo = numpy.array([min(d) if d else 1 << 40 for d in days])
    hi = numpy.array([max(d) if d else -(1 << 40) for d in days])
    out = [list(g) for g in stories]
    left = []
    for row, i in enumerate(alone):
        margin = cosine[row] - need(limits.attach, gap_to(items[i].day, lo, hi), limits.window)
        pick = int(numpy.argmax(margin))
        if margin[pick] >= 0:
            out[pick].append(i)
        else:
            left.append([i])
    return out + left
