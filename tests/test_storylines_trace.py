"""The clustering resumed from an earlier run's trace gives exactly the stories of a fresh run:
articles appended after, inserted before the last ones, changed, re-dated, removed; with few or
many candidates kept; under any hash seed."""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy
import pytest

from summarize.storylines import Item, Thresholds, content_key, story_vector
from summarize.storylines import single_pass as passes
from summarize.storylines.cluster import _rank, cluster_items, cluster_traced

ROOT = Path(__file__).resolve().parent.parent
LIMITS = Thresholds(join=0.3, merge=0.2, window=30, attach=0.05)
WORDS = {
    "flood": "Tarrow levee floodwater sandbags Mirren evacuees pumping riverbank silt",
    "mine": "Hessack colliery shaft miners rescuers methane pithead Dunraith lamp",
    "vote": "Ostrel ballots turnout recount candidates Vasquor precinct tally runoff",
    "ferry": "Lannock ferry capsized coastguard lifeboats Briskel harbourmaster manifest",
    "strike": "Gressing picket walkout unions arbitration Calder wages shifts depot",
}
SHARED = "minister officials residents emergency council spokesperson region inquiry".split()
START = {"flood": 738000, "mine": 738010, "vote": 738030, "ferry": 738005, "strike": 738040}


def article(rng: random.Random, story: str, day: int | None, n: int) -> tuple[str, str, int | None]:
    """An invented report of ``story``: a title and text of its words, shared words, and now
    and then a word of another story."""
    own = WORDS[story].split()
    other = WORDS[rng.choice(sorted(set(WORDS) - {story}))].split()
    title = " ".join(rng.sample(own, 3)).capitalize() + f" report {n}"
    words = rng.sample(own, rng.randint(4, 8)) + rng.sample(SHARED, 2)
    if rng.random() < 0.3:
        words.append(rng.choice(other))
    text = ". ".join(f"The {a} and the {b} were seen" for a, b in itertools.pairwise(words))
    return title, text + ".", day


def corpus(seed: int = 5, size: int = 70) -> list[tuple[str, str, int | None]]:
    rng = random.Random(seed)
    rows = []
    for n in range(size):
        story = rng.choice(sorted(WORDS))
        day = START[story] + rng.randint(0, 60) + (200 if story == "flood" and n % 4 == 0 else 0)
        rows.append(article(rng, story, None if n % 11 == 5 else day, n))
    return rows


def items(rows: list[tuple[str, str, int | None]]) -> list[Item]:
    return [Item(content_key(t, x), d, story_vector(t, x)) for t, x, d in rows]


def passed(its: list[Item], trace: passes.Trace | None = None) -> tuple[list, passes.Trace]:
    """The single pass's stories as (members' keys, sums, squared length, span)."""
    order = sorted(range(len(its)), key=lambda i: _rank(its[i]))
    stories, kept = passes.single_pass([t.vector for t in its], [t.day for t in its],
                                       [t.key for t in its], order, LIMITS.join,
                                       LIMITS.window, trace)
    return [([its[i].key for i in s.members], s.sums, s.norm2, s.lo, s.hi)
            for s in stories], kept


def updates() -> dict[str, list[tuple[str, str, int | None]]]:
    """Each update pattern applied to the base corpus."""
    base = corpus()
    rng = random.Random(11)
    last = max(d for _, _, d in base if d is not None)
    later = [article(rng, s, last + 3 + k, 100 + k)
             for k, s in enumerate(["vote", "mine", "ferry"])]
    middle = [article(rng, s, START[s] + 20 + k, 200 + k)
              for k, s in enumerate(["flood", "strike", "mine", "vote"])]
    changed = list(base)
    changed[3] = article(rng, "ferry", changed[3][2], 300)  # new words: another story
    title, text, day = changed[8]
    changed[8] = (title, text, (day or START["vote"]) + 45)  # re-dated
    first_of = sorted(range(len(base)), key=lambda i: (base[i][2] or 1 << 40))[0]
    return {
        "appended after": base + later,
        "inserted before the last": base[:20] + middle + base[20:],
        "a duplicate inserted": [*base, base[10], base[30]],
        "changed and re-dated": changed,
        "removed (a founder and members)": [r for i, r in enumerate(base)
                                            if i not in (first_of, 7, 40, 41)],
        "undated added, a later day added": [*base, article(rng, "mine", None, 400),
                                             article(rng, "strike", last + 90, 401)],
        "all at once": changed[:30] + middle + changed[31:] + later,
    }


@pytest.mark.parametrize("kept", [1, 2, 8])
@pytest.mark.parametrize("pattern", list(updates()))
def test_a_pass_resumed_from_its_trace_equals_a_fresh_pass(pattern: str, kept: int,
                                                           monkeypatch) -> None:
    monkeypatch.setattr(passes, "TRACE_CANDIDATES", kept)
    _, trace = passed(items(corpus()))
    new = items(updates()[pattern])
    fresh, fresh_trace = passed(new)
    resumed, resumed_trace = passed(new, trace)
    assert resumed == fresh  # members, every summed weight, lengths and spans, bit for bit
    assert cluster_traced(new, LIMITS, trace)[0] == cluster_items(new, LIMITS)
    assert (resumed_trace.story == fresh_trace.story).all()
    # and the trace it leaves serves the next update as well
    again = items(updates()[pattern][5:] + corpus(seed=9, size=6))
    assert passed(again, resumed_trace)[0] == passed(again)[0]


def test_an_unchanged_corpus_is_checked_not_searched(monkeypatch) -> None:
    searched: list[bool] = []
    search = passes._Pass.search

    def counting(self, i, day):
        searched.append(i)  # a full search (the dirty stories are measured apart)
        return search(self, i, day)

    its = items(corpus())
    _, trace = passed(its)
    monkeypatch.setattr(passes._Pass, "search", counting)
    passed(its, trace)
    assert searched == []
    searched.clear()
    appended = items(updates()["appended after"])
    passed(appended, trace)
    assert len(searched) == len(appended) - len(its)  # only the new articles


def test_a_clean_join_takes_the_dot_the_trace_recorded(monkeypatch) -> None:
    """An article joining a story its earlier self joined, while that story is unchanged,
    reuses the recorded dot (no measuring); the dot really is the one used: another value
    would give the story another length than a fresh pass's."""
    measured: list[int] = []
    dot = passes._Pass.dot

    def counting(self, i, s):
        measured.append(i)
        return dot(self, i, s)

    its = items(corpus())
    fresh, trace = passed(its)
    started = numpy.unique(trace.story, return_index=True)[1]
    assert (trace.joined[started] == 0.0).all()
    assert numpy.delete(trace.joined, started).min() > 0.0  # a join shares a term
    monkeypatch.setattr(passes._Pass, "dot", counting)
    resumed, kept = passed(its, trace)
    assert resumed == fresh
    assert measured == []
    assert kept.joined.tobytes() == trace.joined.tobytes()
    monkeypatch.undo()
    later = items(updates()["appended after"])
    assert passed(later, trace)[0] == passed(later)[0]
    wrong = dataclasses.replace(trace, joined=trace.joined * (1.0 + 1e-9))
    assert passed(its, wrong)[0] != fresh  # (a wrong recorded dot is caught by comparing)


SCRIPT = """
import json, sys
sys.path.insert(0, {root!r})
from tests.test_storylines_trace import items, corpus, updates, passed, cluster_traced, LIMITS
_, trace = passed(items(corpus()))
print(json.dumps({{p: cluster_traced(items(rows), LIMITS, trace)[0]
                  for p, rows in updates().items()}}))
"""


def test_resumed_stories_are_the_same_under_any_hash_seed() -> None:
    expected = {p: cluster_items(items(rows), LIMITS) for p, rows in updates().items()}
    for seed in ("0", "4242"):
        done = subprocess.run([sys.executable, "-c", SCRIPT.format(root=str(ROOT))],
                              capture_output=True, text=True, check=True, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        assert json.loads(done.stdout) == expected


@pytest.mark.parametrize("seed", range(4))
def test_merge_in_a_dense_matrix_equals_merge_in_dicts(seed: int, monkeypatch) -> None:
    """The merge keeps the stories' dot products densely up to DENSE_UP_TO stories and in a
    dict per story above: the same merges, so the same stories, either way."""
    from summarize.storylines import cluster as cluster_module

    its = items(corpus(seed=seed, size=90))
    dense = cluster_items(its, LIMITS)
    monkeypatch.setattr(cluster_module, "DENSE_UP_TO", 0)
    monkeypatch.setattr(cluster_module, "SPARSE_BYTES", 0)  # dicts however dense the links
    assert cluster_items(its, LIMITS) == dense
    assert sum(len(g) > 1 for g in dense) >= 3  # stories were merged, not only left alone


@pytest.mark.parametrize("rows_at_a_time", [1, 3, 512])
@pytest.mark.parametrize("kind", ["dense", "sparse", "dense from midway"])
def test_the_links_hold_the_product_exactly(rows_at_a_time: int, kind: str,
                                            monkeypatch) -> None:
    """The stories' dot products, made a block of rows at a time and written into the dense
    matrix (switched to once they fill enough of it) or kept in dicts: every value the one
    product's, bit for bit, the diagonal zero."""
    from scipy.sparse import csr_matrix

    from summarize.storylines import cluster as cluster_module

    rng = numpy.random.default_rng(3)
    sums = csr_matrix(rng.random((23, 40)) * (rng.random((23, 40)) < 0.2))
    expected = (sums @ sums.T).toarray()
    numpy.fill_diagonal(expected, 0.0)
    monkeypatch.setattr(cluster_module, "PRODUCT_ROWS", rows_at_a_time)
    if kind != "dense":
        monkeypatch.setattr(cluster_module, "DENSE_UP_TO", 0)
    if kind == "sparse":
        monkeypatch.setattr(cluster_module, "SPARSE_BYTES", 0)
    if kind == "dense from midway":  # the bar is reached half-way through the rows
        half = (sums[:12] @ sums.T).nnz
        monkeypatch.setattr(cluster_module, "SPARSE_BYTES", 23 * 23 * 8 / half)
    links = cluster_module._links(sums)
    assert isinstance(links, cluster_module._DenseLinks) == (kind != "sparse")
    if kind == "sparse":
        got = numpy.zeros_like(expected)
        for a, row in enumerate(links.links):
            for b, value in row.items():
                got[a, b] = value
    else:
        got = links.d
    assert got.tobytes() == expected.tobytes()
    assert (expected != 0.0).sum() > 100


@pytest.mark.parametrize("fill", ["kernel", "public"])
def test_a_block_is_written_into_its_rows_as_it_is(fill: str, monkeypatch) -> None:
    """A block of the product goes into its rows of the dense matrix, not zeroed again first
    (fresh memory is zero), rows never mixed with columns; the same when scipy's kernel is
    missing (its public call)."""
    import builtins

    from scipy.sparse import csr_matrix

    from summarize.storylines.cluster import _DenseLinks

    if fill == "public":
        real = builtins.__import__

        def no_kernel(name, *args, **kwargs):
            if name == "scipy.sparse._sparsetools":
                raise ImportError(name)
            return real(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", no_kernel)
    rng = numpy.random.default_rng(5)
    block = csr_matrix(rng.random((3, 7)) * (rng.random((3, 7)) < 0.5))
    block[0, 5] = 0.125
    links = _DenseLinks(7)
    links.fill(2, block)
    expected = numpy.zeros((7, 7))
    expected[2:5] = block.toarray()
    assert links.d.tobytes() == expected.tobytes()
    assert links.d[2, 5] == 0.125 and links.d[5, 2] != 0.125


@pytest.mark.parametrize("scan_up_to", [-1, passes.SCAN_OPEN_UP_TO])
@pytest.mark.parametrize("pattern", list(updates()))
def test_resumed_searches_with_or_without_postings_are_the_same(
        pattern: str, scan_up_to: int, monkeypatch) -> None:
    """A pass resumed for a few new articles keeps no postings (its rare full searches read
    the open stories' sums); above SCAN_OPEN_UP_TO it keeps them: the same stories both ways."""
    made: list[passes._Pass] = []
    init = passes._Pass.__init__

    def keep(self: passes._Pass, *args: object) -> None:
        init(self, *args)
        made.append(self)

    monkeypatch.setattr(passes._Pass, "__init__", keep)
    monkeypatch.setattr(passes, "SCAN_OPEN_UP_TO", scan_up_to)
    _, trace = passed(items(corpus()))
    new = items(updates()[pattern])
    assert passed(new, trace)[0] == passed(new)[0]
    resumed = made[1]
    assert bool(resumed.postings) == (scan_up_to < 0)  # fresh passes always keep them
    assert made[0].postings and made[2].postings


@pytest.mark.parametrize("block", [1, 3, 256])
def test_the_merges_first_cut_reads_the_upper_triangle_block_by_block(block: int) -> None:
    """The merge's first pairs are cut from each block of rows, reading only the columns from
    the block's first row on: the same pairs (a < b), in row order, with the same dots as a
    cut of the whole matrix, whatever the block size."""
    import numpy
    from scipy.sparse import csr_matrix

    from summarize.storylines.cluster import _links

    rng = numpy.random.default_rng(7)
    sums = csr_matrix(rng.random((40, 30)) * (rng.random((40, 30)) < 0.15))
    product = sums @ sums.T
    norm2 = numpy.asarray(sums.multiply(sums).sum(axis=1)).ravel()
    whole = product.toarray()
    a, b = numpy.nonzero(numpy.triu((whole * whole >= 0.2 * norm2[:, None] * norm2[None, :])
                                    & (whole != 0.0), k=1))
    found = list(_links(sums).upper(0.2, norm2, block=block))
    rows, cols, dots = (numpy.concatenate(part) for part in zip(*found, strict=True))
    assert rows.tolist() == a.tolist() and cols.tolist() == b.tolist()
    assert dots.tolist() == whole[a, b].tolist()
    assert 20 < len(a) < 40 * 39 // 2  # some pairs are cut, some kept


def big_updates() -> tuple[list, dict[str, list]]:
    """A base of 400 invented reports (stories of ~80: their sums barely move when a few
    members change) and update patterns on it."""
    base = corpus(seed=3, size=400)
    rng = random.Random(2)
    last = max(d for _, _, d in base if d is not None)
    middle = [article(rng, s, START[s] + 25 + k, 900 + k)
              for k, s in enumerate(["flood", "strike", "mine", "vote", "ferry"])]
    later = [article(rng, s, last + 2 + k, 950 + k) for k, s in enumerate(["vote", "mine"])]
    changed = list(base)
    changed[40] = article(rng, "strike", changed[40][2], 960)  # new words: another story
    title, text, day = changed[90]
    changed[90] = (title, text, (day or START["vote"]) + 9)  # re-dated
    return base, {
        "appended after": base + later,
        "inserted before the last": base[:150] + middle + base[150:],
        "changed and re-dated": changed,
        "removed": [r for i, r in enumerate(base) if i not in (30, 31, 200)],
        "all at once": changed[:150] + middle + changed[151:] + later,
    }


def _bounded_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the checked items for which bounded dirty stories went unmeasured."""
    skipped = [0]
    check = passes._check

    def counting(state, trace, q, i, day, new_of, every=False):
        # a check that falls back to measuring them all calls itself with ``every``
        skipped[0] += 1 if state.bounded and not every else -1 if every else 0
        return check(state, trace, q, i, day, new_of, every)

    monkeypatch.setattr(passes, "_check", counting)
    return skipped


@pytest.mark.parametrize("pattern", list(big_updates()[1]))
def test_dirty_stories_bounded_by_the_trace_give_a_fresh_pass(pattern: str,
                                                               monkeypatch) -> None:
    """A dirty story whose sums moved by a few members is measured only where the trace's
    margins cannot rule it out: the same stories as a fresh pass, and the next update too."""
    base, patterns = big_updates()
    _, trace = passed(items(base))
    new = items(patterns[pattern])
    fresh, fresh_trace = passed(new)
    skipped = _bounded_checks(monkeypatch)
    resumed, resumed_trace = passed(new, trace)
    assert resumed == fresh  # members, every summed weight, lengths and spans, bit for bit
    assert (resumed_trace.story == fresh_trace.story).all()
    if pattern != "appended after":  # (there nothing is dirty before the new articles)
        assert skipped[0] > 150  # most checked items did not measure the bounded stories
    again = items(patterns[pattern][7:] + corpus(seed=9, size=6))
    assert passed(again, resumed_trace)[0] == passed(again)[0]


@pytest.mark.parametrize("pattern", list(updates()))
def test_every_dirty_story_bounded_still_gives_a_fresh_pass(pattern: str, monkeypatch) -> None:
    """With every dirty story bounded however far its sums moved (the bounds stay true, only
    looser: items fall back to measuring them all), the stories are still a fresh pass's."""
    from summarize.storylines import bounds

    monkeypatch.setattr(bounds, "BOUNDED_REACH", 10.0)
    _, trace = passed(items(corpus()))
    new = items(updates()[pattern])
    resumed, resumed_trace = passed(new, trace)
    fresh, fresh_trace = passed(new)
    assert resumed == fresh
    assert (resumed_trace.story == fresh_trace.story).all()


BIG_SCRIPT = """
import json, sys
sys.path.insert(0, {root!r})
from tests.test_storylines_trace import items, big_updates, passed
base, patterns = big_updates()
_, trace = passed(items(base))
print(json.dumps({{p: [s[0] for s in passed(items(rows), trace)[0]]
                  for p, rows in patterns.items()}}))
"""


def test_bounded_stories_are_the_same_under_any_hash_seed() -> None:
    expected = {p: [s[0] for s in passed(items(rows))[0]]
                for p, rows in big_updates()[1].items()}
    for seed in ("0", "4242"):
        done = subprocess.run([sys.executable, "-c", BIG_SCRIPT.format(root=str(ROOT))],
                              capture_output=True, text=True, check=True, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        assert json.loads(done.stdout) == expected


@pytest.mark.parametrize("seed", range(4))
def test_merge_clearing_stale_heap_entries_merges_the_same(seed: int, monkeypatch) -> None:
    """The merge drops its heap's stale entries now and then instead of popping each: the
    same stories as never dropping them, and entries were really dropped (a pass that joins
    little leaves the merge many stories, so many joins and stale entries)."""
    from summarize.storylines import cluster as cluster_module

    its = items(corpus(seed=seed, size=120))
    limits = Thresholds(join=0.95, merge=0.2, window=30, attach=0.05)  # the merge does most
    monkeypatch.setattr(cluster_module, "PRUNE_FROM", 1 << 60)  # never cleared
    kept = cluster_items(its, limits)
    dropped: list[int] = []
    live = cluster_module._live

    def counting(heap: list[tuple], version: list[int]) -> list[tuple]:
        out = live(heap, version)
        dropped.append(len(heap) - len(out))
        return out

    monkeypatch.setattr(cluster_module, "_live", counting)
    monkeypatch.setattr(cluster_module, "PRUNE_FROM", 0)  # cleared before every pop
    monkeypatch.setattr(cluster_module, "PRUNE_GROWTH", 0)
    assert cluster_items(its, limits) == kept
    assert sum(dropped) > 0
    assert sum(len(g) > 1 for g in kept) >= 3
