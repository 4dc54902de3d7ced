"""The chronological single pass of the clustering, and its trace for resuming it exactly.

Each article joins the open story whose centroid it is closest to, or starts one (see
``cluster.py``). The pass keeps a ``Trace``: per position in its order, the best few candidate
stories with their margins. A later pass over a changed corpus uses it to *check* instead of
search: a story whose members so far are exactly those of the earlier pass ("clean") has the
same centroid, hence the same margin as recorded; only stories the changes touched ("dirty")
are measured again, and a dirty story whose sums moved by only a few members ("bounded") only
where the recorded margins cannot rule it out (by Cauchy-Schwarz: its cosine moved by at most
those members over its length). Where the trace cannot settle a decision, that article is
searched in full as a fresh pass would. Every number is computed with the same operations in
the same order, so the stories equal a fresh pass's bit for bit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy

from .bounds import BoundedStories
from .vectors import StoryVector

#: Candidates (story, margin) the trace keeps per article.
TRACE_CANDIDATES = 8
#: The day of an undated item, and the bounds of an undated story.
BIG = 1 << 40
#: Retired stories leave the postings once the cut-off has moved this many days since the last
#: sweep (a sweep walks every open story; one left a few days longer is only skipped).
RETIRE_STEP = 7
#: Up to this many new articles, a resumed pass keeps no postings of all open stories (each
#: new article's full search looks at the open stories' sums instead).
SCAN_OPEN_UP_TO = 2000


@dataclass(slots=True)
class Story:
    """A story of the pass: members (item indexes), summed fingerprints, first/last day."""

    members: list[int]
    sums: dict[int, float]
    lo: int
    hi: int
    #: The centroid's squared length (sums . sums).
    norm2: float = 0.0


@dataclass(frozen=True, slots=True)
class Trace:
    """Per position of a pass (its order): rank (day, content key), the story joined, the best
    candidates (story -1 pads) and margins, whether those were all; the last dated day; and
    the item's dot with the story it joined, as that story stood (0.0 when it started one)."""

    days: numpy.ndarray
    keys: tuple[str, ...]
    story: numpy.ndarray
    top: numpy.ndarray
    margins: numpy.ndarray
    complete: numpy.ndarray
    last: int
    joined: numpy.ndarray


@dataclass(frozen=True, slots=True)
class _Recorded:
    """A trace's per-position columns as Python lists, converted once: a resumed pass reads
    them for every article (a numpy row or scalar per read costs more than the check)."""

    story: list[int]
    top: list[list[int]]
    margins: list[list[float]]
    complete: list[bool]
    joined: list[float]

    @classmethod
    def of(cls, trace: Trace | None) -> _Recorded:
        if trace is None:
            return cls([], [], [], [], [])
        return cls(trace.story.tolist(), trace.top.tolist(), trace.margins.tolist(),
                   trace.complete.tolist(), trace.joined.tolist())


def need(base: float, gap: numpy.ndarray | int, window: int) -> numpy.ndarray | float:
    """The threshold between two things ``gap`` days apart (0 when their dates overlap)."""
    return base * (1.0 + numpy.clip((numpy.asarray(gap, dtype=float) - window) / (3 * window),
                                    0.0, 1.0))


def gap_to(day: int | None, lo: numpy.ndarray, hi: numpy.ndarray) -> numpy.ndarray:
    """Days between ``day`` and each [lo, hi] (0 for an undated day or story)."""
    if day is None:
        return numpy.zeros(len(lo))
    return numpy.where(lo > hi, 0, numpy.maximum(0, numpy.maximum(lo - day, day - hi)))


class _Pass(BoundedStories):
    """The state of one pass: stories, postings of the open ones, which are dirty."""

    def __init__(self, vectors: Sequence[StoryVector], join: float, window: int) -> None:
        self.join, self.window = join, window
        self.terms = [v.terms.tolist() for v in vectors]
        self.weights = [v.weights.tolist() for v in vectors]
        self.retire_after = 4 * window
        self.stories: list[Story] = []
        # term -> {story: its summed weight of the term}, for the stories still open; not
        # kept by a pass resumed for a few new articles (it rarely searches in full: it then
        # looks at the open stories' sums)
        self.postings: dict[int, dict[int, float]] = {}
        self.keep_postings = True
        self.open: list[int] = []
        self.last = -BIG
        self.swept = -BIG  # the cut-off of the last sweep
        self.clean: list[bool] = []
        # the same, for the dirty stories (see ``single_pass``); kept only when resuming
        self.dirty_postings: dict[int, dict[int, float]] = {}
        self.resuming = False
        # Dirty stories left out of ``dirty_postings`` (see ``_check``): their last day is at
        # most their earlier self's, and their sums differ from it by at most ``spread`` unit
        # fingerprints; ``reach`` bounds spread / length over them; ``shadow`` is the earlier
        # self's last day (tracked once dirty).
        self.bounded: set[int] = set()
        self.spread: dict[int, int] = {}
        self.shadow: dict[int, int] = {}
        self.reach = 0.0
        self.old_of: list[int] = []

    def search(self, i: int, day: int | None) -> tuple[dict[int, float], list[tuple], int]:
        """Every open candidate's dot, the best eligible ones as sorted (-margin, story), and
        how many are eligible."""
        keys: list[int] = []
        values: list[float] = []
        terms, weights = self.terms[i], self.weights[i]
        if not self.keep_postings:  # the open stories sharing a term (tested in C), in order
            for s in self.open:
                sums = self.stories[s].sums
                if not sums.keys().isdisjoint(terms):
                    for term, weight in zip(terms, weights, strict=True):
                        v = sums.get(term)
                        if v is not None:
                            keys.append(s)
                            values.append(weight * v)
        postings = self.postings
        for term, weight in zip(terms, weights, strict=True):
            column = postings.get(term)
            if column:
                keys.extend(column)
                values.extend([weight * v for v in column.values()])
        if not keys:
            return {}, [], 0
        ids, where = numpy.unique(numpy.array(keys, dtype=numpy.int64), return_inverse=True)
        # bincount adds in array order: the same sums whatever the hash seed
        dot = numpy.bincount(where, weights=numpy.array(values), minlength=len(ids))
        dots = dict(zip(ids.tolist(), dot.tolist(), strict=True))
        stories = self.stories
        listed = ids.tolist()
        size = numpy.sqrt([stories[s].norm2 for s in listed])
        lo = numpy.array([stories[s].lo for s in listed])
        hi = numpy.array([stories[s].hi for s in listed])
        margin = dot / size - need(self.join, gap_to(day, lo, hi), self.window)
        retired = (lo <= hi) & (hi < self.last - self.retire_after)
        margin[retired] = -numpy.inf
        count = len(ids) - int(numpy.count_nonzero(retired))
        cost = -margin
        # ids ascend: a stable sort ranks equal margins oldest story first
        if len(cost) > 2 * TRACE_CANDIDATES:  # only those at or above the K-th are sorted
            kth = numpy.partition(cost, TRACE_CANDIDATES - 1)[TRACE_CANDIDATES - 1]
            near = numpy.flatnonzero(cost <= kth)
            best = near[numpy.argsort(cost[near], kind="stable")]
        else:
            best = numpy.argsort(cost, kind="stable")
        best = best[:min(count, TRACE_CANDIDATES)]
        return dots, list(zip(cost[best].tolist(), ids[best].tolist(), strict=True)), count

    def dot(self, i: int, s: int) -> float:
        """Item i's fingerprint . story s's sums, added in the order ``search`` adds them."""
        sums = self.stories[s].sums
        total = 0.0
        for term, weight in zip(self.terms[i], self.weights[i], strict=True):
            v = sums.get(term)
            if v is not None:
                total += weight * v
        return total

    def dirty_search(self, i: int, day: int | None, every: bool = False
                     ) -> tuple[dict[int, float], list[tuple], int]:
        """``search`` over the dirty stories only (the bounded ones too when ``every``): few,
        so plain Python, with the same operations in the same order (a story's dot adds its
        terms in the item's order)."""
        dots: dict[int, float] = {}
        get, dot_of = self.dirty_postings.get, dots.get
        terms = self.terms[i]
        # (no empty columns are kept: most items share no term with a measured story)
        for term, weight in zip(terms, self.weights[i], strict=True) if not (
                self.dirty_postings.keys().isdisjoint(terms)) else ():
            column = get(term)
            if column:
                for s, v in column.items():
                    dots[s] = dot_of(s, 0.0) + weight * v
        if every:
            for s in self.bounded:
                dot = self.dot(i, s)
                if dot > 0.0:  # weights are positive: a shared term
                    dots[s] = dot
        ranked = []
        retired, join, window = self.last - self.retire_after, self.join, self.window
        for s, dot in dots.items():
            story = self.stories[s]
            if story.lo <= story.hi < retired:
                continue
            gap = 0 if day is None or story.lo > story.hi else max(0, story.lo - day,
                                                                   day - story.hi)
            margin = dot / math.sqrt(story.norm2) - join * (
                1.0 + min(1.0, max(0.0, (gap - window) / (3 * window))))
            ranked.append((-margin, s))
        ranked.sort()
        return dots, ranked[:TRACE_CANDIDATES], len(ranked)

    def margin(self, s: int, dot: float, day: int | None) -> float | None:
        """Story s's margin for an item with this dot (``dirty_search``'s formula); None when
        retired."""
        story = self.stories[s]
        if story.lo <= story.hi < self.last - self.retire_after:
            return None
        gap = 0 if day is None or story.lo > story.hi else max(0, story.lo - day,
                                                               day - story.hi)
        return dot / math.sqrt(story.norm2) - self.join * (
            1.0 + min(1.0, max(0.0, (gap - self.window) / (3 * self.window))))

    def make_dirty(self, s: int) -> None:
        """Story s's members now differ from the earlier pass's: it starts bounded (its span
        still the earlier one's, nothing added yet)."""
        if self.resuming and self.clean[s]:
            self.clean[s] = False
            self.bounded.add(s)
            self.spread[s] = 0
            self.shadow[s] = self.stories[s].hi

    def add(self, i: int, day: int | None, best: int, dot: float) -> None:
        """Item i joins story ``best`` (a new one when it equals the number of stories)."""
        if best == len(self.stories):
            start = day if day is not None else BIG
            self.stories.append(Story([], {}, start, day if day is not None else -BIG))
            self.open.append(best)
        story = self.stories[best]
        story.members.append(i)
        story.norm2 += 2.0 * dot + 1.0
        if day is not None:
            story.lo, story.hi = min(story.lo, day), max(story.hi, day)
        sums, postings = story.sums, self.postings if self.keep_postings else None
        dirty = self.dirty_postings if (self.resuming and not self.clean[best]
                                        and best not in self.bounded) else None
        if postings is None and dirty is None:  # a resumed pass's usual case: the sums alone
            get = sums.get
            for term, weight in zip(self.terms[i], self.weights[i], strict=True):
                sums[term] = get(term, 0.0) + weight
            return
        for term, weight in zip(self.terms[i], self.weights[i], strict=True):
            value = sums.get(term, 0.0) + weight
            sums[term] = value
            if postings is not None:
                column = postings.get(term)  # (not setdefault: no new dict per term)
                if column is None:
                    postings[term] = {best: value}
                else:
                    column[best] = value
            if dirty is not None:
                column = dirty.get(term)
                if column is None:
                    dirty[term] = {best: value}
                else:
                    column[best] = value

    def retire(self) -> None:
        """Take stories last seen more than four windows before the last day out of the
        postings (only saves time: a retired story is never a candidate)."""
        stories, before = self.stories, self.last - self.retire_after
        self.swept = before
        still = []
        for s in self.open:
            story = stories[s]
            if story.lo <= story.hi < before:
                if self.keep_postings:
                    for term in story.sums:
                        self.postings[term].pop(s, None)
                if self.resuming and not self.clean[s]:
                    if s in self.bounded:
                        self.bounded.discard(s)
                    else:
                        self._unpost(s)
            else:
                still.append(s)
        if self.bounded:
            self._reach()
        still.sort(key=lambda s: (stories[s].hi if stories[s].lo <= stories[s].hi else BIG, s))
        self.open = still


def single_pass(vectors: Sequence[StoryVector], days: Sequence[int | None],
                keys: Sequence[str], order: Sequence[int], join: float, window: int,
                trace: Trace | None = None) -> tuple[list[Story], Trace]:
    """The pass over items in ``order`` (their fingerprints, days and content keys), and its
    trace; ``trace`` (from an earlier pass with the same thresholds) lets it check instead of
    search wherever the earlier pass's stories are untouched so far."""
    state = _Pass(vectors, join, window)
    state.resuming = trace is not None
    n = len(order)
    old_at, tainted = _align(days, keys, order, trace)
    state.keep_postings = trace is None or old_at.count(-1) > SCAN_OPEN_UP_TO
    founders: set[int] = set()
    if trace is not None:
        founders = set(numpy.unique(trace.story, return_index=True)[1].tolist())
    new_of: dict[int, int] = {}  # a story of the earlier pass -> the same story in this one
    old_of: list[int] = state.old_of
    story: list[int] = []
    recorded = _Recorded.of(trace)
    joined: list[float] = []
    top: list[list[int]] = []
    margins: list[list[float]] = []
    complete: list[bool] = []
    padding = [-1] * TRACE_CANDIDATES
    for pos, i in enumerate(order):
        day = days[i]
        if day is not None:
            state.last = day
            cut = day - state.retire_after
            if state.open and cut >= state.swept + RETIRE_STEP and (
                    state.stories[state.open[0]].hi < cut):
                state.retire()
        q = old_at[pos]
        found = None
        # an undated article comes after every dated one: checked when the last day is the
        # same or later (stories only retire then, so the recorded order stays true)
        if trace is not None and q >= 0 and (day is not None or state.last >= trace.last):
            found = _check(state, recorded, q, i, day, new_of)
        if found is None:
            dots, ranked, count = state.search(i, day)
            complete.append(count <= TRACE_CANDIDATES)
        else:
            dots, ranked, done = found
            complete.append(done)
        best = ranked[0][1] if ranked and ranked[0][0] <= 0.0 else len(state.stories)
        earlier = recorded.story[q] if q >= 0 else -1
        if best == len(state.stories):
            again = q in founders and earlier not in tainted
            state.clean.append(again)
            old_of.append(earlier if q in founders else -1)
            if q in founders:
                new_of[earlier] = best
            if q in founders and not again:  # it lost members: dirty from the start
                state.spread[best], state.shadow[best] = tainted[earlier], -BIG
            dot = 0.0
        else:
            same = state.clean[best] and old_of[best] == earlier and earlier >= 0
            if not same:
                state.make_dirty(best)
            if best in dots:
                dot = dots[best]
            elif same:  # the story as it stood when the item joined it before: the same dot
                dot = recorded.joined[q]
            else:
                dot = state.dot(i, best)
        twin = new_of.get(earlier) if earlier >= 0 else None
        if twin is not None and twin != best:
            state.make_dirty(twin)  # one of its members went elsewhere
        state.add(i, day, best, dot)
        if state.resuming:
            state.account(best, twin, day)
        story.append(best)
        joined.append(dot)
        kept = ranked[:TRACE_CANDIDATES]
        top.append([s for _, s in kept] + padding[len(kept):])
        margins.append([-m for m, _ in kept] + padding[len(kept):])
    rank_days = numpy.array([d if d is not None else BIG for d in (days[i] for i in order)],
                            dtype=numpy.int64)
    return state.stories, Trace(rank_days, tuple(keys[i] for i in order),
                                numpy.array(story, dtype=numpy.int64),
                                numpy.array(top, dtype=numpy.int64).reshape(n, TRACE_CANDIDATES),
                                numpy.array(margins, dtype=float).reshape(n, TRACE_CANDIDATES),
                                numpy.array(complete, dtype=bool), state.last,
                                numpy.array(joined, dtype=numpy.float64))


def _align(days: Sequence[int | None], keys: Sequence[str], order: Sequence[int],
           trace: Trace | None) -> tuple[list[int], dict[int, int]]:
    """The earlier pass's position of each item in ``order`` (-1: new), and the earlier
    stories that lost members, with how many (their centroids differ from the start)."""
    if trace is None:
        return [-1] * len(order), {}
    where: dict[tuple[int, str], list[int]] = {}
    for q, rank in enumerate(zip(trace.days.tolist(), trace.keys, strict=True)):
        where.setdefault(rank, []).append(q)
    out = []
    for i in order:
        held = where.get((days[i] if days[i] is not None else BIG, keys[i]))
        out.append(held.pop(0) if held else -1)
    lost: dict[int, int] = {}
    for held in where.values():
        for q in held:
            lost[int(trace.story[q])] = lost.get(int(trace.story[q]), 0) + 1
    return out, lost


def _check(state: _Pass, trace: _Recorded, q: int, i: int, day: int | None,
           new_of: dict[int, int], every: bool = False
           ) -> tuple[dict[int, float], list[tuple], bool] | None:
    """Item i's candidates from the trace (clean stories: the margins recorded at position q)
    and the dirty stories measured now, as far as they are certain to be the best; None when
    the trace cannot tell (every recorded candidate is dirty now). Bounded dirty stories are
    measured only where recorded (or ``every``): the others cannot rank above ``limit``."""
    complete = trace.complete[q]
    every = every or (complete and bool(state.bounded))
    dots, ranked, count = state.dirty_search(i, day, every)
    recorded = [(o, m) for o, m in zip(trace.top[q], trace.margins[q], strict=True) if o >= 0]
    retired = state.last - state.retire_after
    for o, m in recorded:
        s = new_of.get(o)
        if s is not None and state.clean[s]:
            story = state.stories[s]
            if not story.lo <= story.hi < retired:
                ranked.append((-m, s))
                count += 1
        elif s is not None and not every and s in state.bounded:
            dot = state.dot(i, s)
            margin = state.margin(s, dot, day) if dot > 0.0 else None
            if margin is not None:
                dots[s] = dot
                ranked.append((-margin, s))
    ranked.sort()
    if not complete:
        # stories not recorded rank below the last recorded one: a dirty story at or below it
        # might rank below one of them, so the list is certain only down to there; and no
        # entry at or below ``limit`` is certain while bounded stories went unmeasured
        floor = recorded[-1][1]
        limit = state.limit(floor) if state.bounded and not every else -math.inf
        for at, (m, s) in enumerate(ranked):
            if (not state.clean[s] and -m <= floor) or -m <= limit:
                ranked = ranked[:at]
                break
        if not ranked:
            if limit > -math.inf:  # measure them all before giving up
                return _check(state, trace, q, i, day, new_of, True)
            return None
    return dots, ranked[:TRACE_CANDIDATES], complete and count <= TRACE_CANDIDATES
