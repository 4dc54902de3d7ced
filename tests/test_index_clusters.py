"""Near-duplicate clusters kept in the index: updating them piece by piece must give exactly
the clusters of a fresh build of the same sentences (summarize/index/clusters.py)."""

from __future__ import annotations

import importlib
import json
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from test_index import age, engine_maps, open_checked

from summarize.dedup import PAIRWISE_UP_TO, find_duplicates
from summarize.index.clusters import SlotClusters, cluster_slot, update_slot
from summarize.ingest import load_paths
from summarize.sentences import split_spans
from summarize.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def sample_sentences() -> list[str]:
    out = []
    for article in load_paths([str(SAMPLES)]).articles:
        out += [article.text[a:b] for a, b in split_spans(article.text)]
    return list(dict.fromkeys(s for s in out if len(s.split()) >= 3))


def variants(rng: random.Random, sentences: list[str], count: int) -> list[str]:
    """Wire copy: sentences as they are, with a word dropped or changed, a number changed,
    or a short sentence repeated — so that clusters form, and some near misses do not."""
    out = []
    for _ in range(count):
        words = rng.choice(sentences).split()
        kind = rng.random()
        if kind < 0.3 and len(words) > 8:
            del words[rng.randrange(1, len(words) - 1)]
        elif kind < 0.45:
            words[rng.randrange(len(words))] = rng.choice(["harbour", "council", "Friday"])
        elif kind < 0.55:
            words.append(str(rng.randrange(100)))
        elif kind < 0.6:
            words = ["Officials", "said", "so."]
        out.append(" ".join(words))
    return out


def partition(ids: list[int], state: SlotClusters) -> dict[int, int]:
    label_of = state.label_of()
    return {i: label_of[i] for i in ids}


@pytest.fixture(scope="module")
def pool() -> list[str]:
    return sample_sentences()


@pytest.mark.parametrize("seed", range(12))
def test_update_equals_a_fresh_clustering(pool: list[str], seed: int) -> None:
    rng = random.Random(seed)
    texts = variants(rng, rng.sample(pool, 60), 400)
    sentence_of = {i: 10_000 + i for i in range(len(texts))}
    text_of = {sentence_of[i]: t for i, t in enumerate(texts)}
    before = sorted(rng.sample(range(len(texts)), 250))
    after = sorted(set(rng.sample(before, 200)) | set(rng.sample(range(len(texts)), 120)))
    _, old = cluster_slot(before, [sentence_of[i] for i in before], [texts[i] for i in before])

    def texts_of(sentences):
        return [text_of[s] for s in sentences]

    updated = update_slot(old, after, [sentence_of[i] for i in after], texts_of)
    assert updated is not None  # both sides are large: the piecewise rule applies
    clusters, fresh = cluster_slot(after, [sentence_of[i] for i in after],
                                   [texts[i] for i in after])
    assert partition(after, updated) == partition(after, fresh)
    # The case is not trivial: old and new sentences share clusters, old clusters were split.
    assert any(len(c) > 1 for c in clusters)
    new = set(after) - set(before)
    mixed = [c for c in clusters if {after[i] for i in c} & new and {after[i] for i in c} - new]
    assert mixed
    assert sorted(updated.members.tolist()) == after
    # The kept band keys are those of the distinct long sentences left, as a fresh build has.
    assert updated.banded.tolist() == fresh.banded.tolist()
    assert (updated.bands == fresh.bands).all()


def test_a_member_filing_another_sentence_is_compared_again(pool: list[str]) -> None:
    """An article filed anew reuses its placement numbers: same member id, other sentence."""
    rng = random.Random(3)
    texts = variants(rng, rng.sample(pool, 60), 200)
    ids = list(range(200))
    _, old = cluster_slot(ids, ids, texts)
    # Member 0 now files a copy of sentence 1's text (sentence id 500).
    moved = dict(enumerate(texts)) | {500: texts[1]}
    updated = update_slot(old, ids, [500, *ids[1:]], lambda ss: [moved[s] for s in ss])
    assert updated is not None
    _, fresh = cluster_slot(ids, [500, *ids[1:]], [texts[1], *texts[1:]])
    assert partition(ids, updated) == partition(ids, fresh)
    assert updated.label_of()[0] == updated.label_of()[1]


def test_small_slots_are_reclustered_whole(pool: list[str]) -> None:
    """Under PAIRWISE_UP_TO distinct sentences every pair is compared: no piecewise update."""
    texts = pool[:PAIRWISE_UP_TO]
    ids = list(range(len(texts)))
    _, old = cluster_slot(ids, ids, texts)
    more = [*texts, pool[PAIRWISE_UP_TO]]
    assert update_slot(old, [*ids, len(texts)], [*ids, len(texts)],
                       lambda ss: [more[s] for s in ss]) is None


def test_state_round_trips_through_its_blobs(pool: list[str]) -> None:
    texts = pool[:80]
    ids = [(7 << 20) + i for i in range(80)]
    clusters, state = cluster_slot(ids, ids, texts)
    back = SlotClusters.from_row(*state.row())
    assert back.label_of() == state.label_of()
    assert (back.bands == state.bands).all() and (back.words == state.words).all()
    assert len(back.banded) == len(set(back.words[back.long].tolist())) > PAIRWISE_UP_TO
    assert clusters == find_duplicates(texts)


# --- End to end: an index updated in place equals a fresh load ------------------------------

view_module = importlib.import_module("summarize.index.view")


def write_wire(path: Path, rng: random.Random, pool: list[str], first: int, count: int) -> None:
    """``count`` articles of wire copy, all published on one of two days (big day slots)."""
    rows = []
    for n in range(first, first + count):
        text = " ".join(variants(rng, pool, 6))
        rows.append(json.dumps({"id": f"w{n}", "title": f"Wire {n}", "source": OUTLETS[n % 4],
                                "date": f"2024-05-0{4 + n % 2}T09:00:00Z", "text": text}))
    path.write_text("\n".join(rows) + "\n")


OUTLETS = ["Harbour Wire", "Coastline Review", "Meridian Post", ""]


@pytest.fixture
def updates(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which way each dirty day slot was refreshed: "in place" or "whole"."""
    seen: list[str] = []
    real = view_module._update

    def spy(*args):
        done = real(*args)
        seen.append("whole" if done is None else "in place")
        return done

    monkeypatch.setattr(view_module, "_update", spy)
    return seen


def test_wire_corpus_updated_in_place_equals_fresh(tmp_path: Path, pool: list[str],
                                                   updates: list[str]) -> None:
    rng = random.Random(5)
    pool = pool[:50]
    root = tmp_path / "wire"
    root.mkdir()
    for n in range(3):
        write_wire(root / f"part-{n}.jsonl", rng, pool, 20 * n, 20)
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index)
    assert updates == []  # a cold build clusters every slot whole
    write_wire(root / "part-3.jsonl", rng, pool, 60, 5)  # added
    age(root)
    open_checked([str(root)], index)
    assert updates.count("in place") == 2
    (root / "part-0.jsonl").unlink()  # removed: clusters lose members and split
    write_wire(root / "part-1.jsonl", rng, pool, 100, 20)  # changed
    age(root)
    updates.clear()
    open_checked([str(root)], index)
    assert updates.count("in place") == 2
    with closing(sqlite3.connect(index)) as conn:
        merged = [json.loads(r[0]) for r in conn.execute(
            "SELECT shared FROM entries WHERE view = 'day'")]
    assert any(len(sources) > 1 for shared in merged for sources in shared.values())


def test_workers_reading_the_index_give_the_same_timeline(tmp_path: Path, pool: list[str],
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """With two processes the workers read the dirty slots from the index themselves."""
    monkeypatch.setattr(view_module, "BATCH_SENTENCES", 40)  # several work items
    monkeypatch.setattr(view_module, "PARALLEL_REFRESH", 0)  # on the workers, however small
    mapped = engine_maps(monkeypatch)
    two = Settings(jobs=2)
    rng = random.Random(9)
    root = tmp_path / "wire"
    root.mkdir()
    for n in range(2):
        write_wire(root / f"part-{n}.jsonl", rng, pool[:50], 20 * n, 20)
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index, two)
    write_wire(root / "part-2.jsonl", rng, pool[:50], 40, 6)
    (root / "part-0.jsonl").unlink()
    age(root)
    open_checked([str(root)], index, two)
    # Several work items: the two processes of the pool read the index.
    assert [n for name, n in mapped if name == "refresh_slots"][-1] > 1
