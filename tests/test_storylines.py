"""Storylines: articles of one developing story together, related stories apart, over time."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy
import pytest

from summarize.open import open_corpus
from summarize.storylines import (
    Item,
    StoryVector,
    Thresholds,
    find_storylines,
    select_stories,
    story_vector,
)
from summarize.storylines.cluster import cluster_items
from summarize.storylines.vectors import rarity, term_id

ROOT = Path(__file__).resolve().parent.parent
REGION = ROOT / "tests/fixtures/storylines/region"

DOCK_STRIKE = {"brenholt-port-gains", "hw-valmora-talks-0507", "hw-valmora-deal-0510",
               "picket-line-gate-4", "valmora-dockers-stay-out", "dock-strike-squeezes-exporters",
               "nl-valmora-talks-stall", "rk-2024-0503-dockers-march", "mediator-first-meeting"}
SIEGE = {"orvessa-hospital-last-generator", "aid-convoy-turned-back", "nl-orvessa-evacuees-hesk",
         "orvessa-corridor-opens", "shelling-intensifies", "corridor-closes",
         "rk-2024-0504-orvessa-water", "tpa-merrow-pact-orvessa"}


def test_the_samples_two_storylines_separate_exactly():
    stories = find_storylines(open_corpus([str(ROOT / "samples")]).tagged)
    assert [set(s.articles) for s in stories] == [DOCK_STRIKE, SIEGE]
    assert stories[0].label.startswith("Valmora")
    assert stories[1].label.startswith("Orvessa")
    assert stories[0].first.isoformat() == "2024-05-01"


def test_related_stories_in_one_region_stay_apart():
    """A ceasefire in one country and the refugee crisis across its border share the river,
    the country's name and the weeks; an unrelated article is a story of its own."""
    stories = find_storylines(open_corpus([str(REGION)]).tagged)
    groups = sorted(sorted(s.articles) for s in stories)
    assert groups == [[f"ceasefire-{i}" for i in range(1, 7)], ["lighthouse"],
                      [f"refugees-{i}" for i in range(1, 7)]]
    assert stories[-1].articles == ("lighthouse",)


def _vector(weights: dict[str, float]) -> StoryVector:
    ids = numpy.array([term_id(t) for t in weights], dtype=numpy.int64)
    values = numpy.array(list(weights.values()))
    values = values / numpy.linalg.norm(values)
    order = numpy.argsort(ids)
    return StoryVector(ids[order], values[order], (), ())


def _items(rows: list[tuple[str, int | None, dict[str, float]]]) -> list[Item]:
    return [Item(key, day, _vector(w)) for key, day, w in rows]


def test_a_story_joins_what_is_close_in_time_and_content():
    rows = [("a", 100, {"quake": 1, "rubble": 1, "rescue": 1}),
            ("b", 103, {"quake": 1, "rubble": 1, "aid": 1}),
            ("c", 104, {"election": 1, "ballot": 1, "count": 1})]
    assert cluster_items(_items(rows), Thresholds(0.3, 0.3, 30)) == [[0, 1], [2]]


@pytest.mark.parametrize("huge", [True, False])
def test_the_merge_leaves_numpy_huge_page_setting_as_it_found_it(huge: bool):
    """The merge's product is made without numpy's huge-page request; the caller's setting
    (process-wide) comes back, and the stories are the same."""
    from numpy._core.multiarray import _set_madvise_hugepage

    rows = [("a", 100, {"quake": 1, "rubble": 1, "rescue": 1}),
            ("b", 103, {"quake": 1, "rubble": 1, "aid": 1}),
            ("c", 104, {"election": 1, "ballot": 1, "count": 1})]
    was = _set_madvise_hugepage(huge)
    try:
        assert cluster_items(_items(rows), Thresholds(0.3, 0.3, 30)) == [[0, 1], [2]]
        assert _set_madvise_hugepage(huge) is huge
    finally:
        _set_madvise_hugepage(was)


def test_months_later_the_same_words_must_be_closer():
    """A cosine of 2/3 joins within the window; 200 days on, the threshold has doubled."""
    near = [("a", 100, {"quake": 1, "rubble": 1, "rescue": 1}),
            ("b", 110, {"quake": 1, "rubble": 1, "aid": 1})]
    far = [near[0], ("b", 300, {"quake": 1, "rubble": 1, "aid": 1})]
    limits = Thresholds(0.5, 0.5, 30)
    assert cluster_items(_items(near), limits) == [[0, 1]]
    assert cluster_items(_items(far), limits) == [[0], [1]]
    identical = [near[0], ("b", 300, {"quake": 1, "rubble": 1, "rescue": 1})]
    assert cluster_items(_items(identical), limits) == [[0, 1]]


def test_one_bridging_article_does_not_chain_two_stories():
    """A round-up that names both stories is close to a member of each, but the stories'
    centroids stay apart (single link would join all seven)."""
    quake = {"quake": 1.0, "rubble": 1.0, "rescue": 1.0}
    vote = {"ballot": 1.0, "count": 1.0, "turnout": 1.0}
    rows = [(f"q{i}", 100 + i, {**quake, f"town{i}": 0.5}) for i in range(3)]
    rows += [(f"v{i}", 100 + i, {**vote, f"ward{i}": 0.5}) for i in range(3)]
    rows.append(("roundup", 104, {**quake, **vote}))
    groups = cluster_items(_items(rows), Thresholds(0.5, 0.5, 30))
    assert [0, 1, 2] in [sorted(set(g) & {0, 1, 2}) for g in groups]
    assert not any({0, 3} <= set(g) for g in groups)


def test_fingerprint_weighs_rare_words_names_and_titles():
    assert rarity("the") == 0.0 < rarity("strike") < rarity("dockers")
    vector = story_vector("Dockers walk out at Port Brannoch",
                          "The dockers said the strike would go on. Talks with Brannoch "
                          "Terminals said little.")
    assert vector.shown[0] == "Brannoch"
    assert "said" not in vector.shown and "the" not in {s.lower() for s in vector.shown}
    # glued markup is no word
    assert "LRB" not in story_vector("", "The port -LRB- Brannoch -RRB- reopened.").shown


def test_word_table_read_by_bucket_equals_wordfreqs_own_dictionary():
    """The table is read bucket by bucket for speed: the same words, the same Zipf values
    bit for bit (kept fingerprints stay valid)."""
    from wordfreq import get_frequency_dict

    from summarize.storylines.vectors import _zipf

    expected = {w: math.log10(f) + 9.0 for w, f in get_frequency_dict("en", "best").items()
                if f}
    assert _zipf() == expected
    assert 2.0 < _zipf()["dockers"] < _zipf()["strike"] < 5.0


def test_select_stories_by_id_or_label_prefix():
    stories = find_storylines(open_corpus([str(ROOT / "samples")]).tagged)
    assert select_stories(stories, ["orvessa"]) == [stories[1]]
    assert select_stories(stories, [stories[0].id, "Valmora"]) == [stories[0]]
    with pytest.raises(ValueError, match="no story 'harbour'"):
        select_stories(stories, ["harbour"])


def _stories_json(*extra: str, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "tui", "stories", str(REGION), str(ROOT /
                           "samples"), "--json", "--no-index", *extra], capture_output=True,
                          env=env, timeout=300, check=True, cwd=ROOT)
    return done.stdout.decode()


def test_same_stories_same_order_under_any_hash_seed_and_jobs():
    first = _stories_json(seed="0")
    assert json.loads(first)["stories"]
    assert _stories_json(seed="12345", ) == first
    assert _stories_json("--jobs", "2", seed="random") == first


def test_a_lone_article_close_to_a_story_attaches_and_a_far_one_stays_alone():
    rows = [(f"q{i}", 100 + i, {"quake": 1, "rubble": 1, "rescue": 1, f"town{i}": 1})
            for i in range(3)]
    rows += [("brief", 103, {"quake": 0.3, "ferry": 1, "timetable": 1}),
             ("other", 103, {"ballot": 1, "count": 1, "turnout": 1})]
    groups = cluster_items(_items(rows), Thresholds(0.5, 0.5, 30, attach=0.1))
    assert groups == [[0, 1, 2, 3], [4]]
    alone = cluster_items(_items(rows), Thresholds(0.5, 0.5, 30, attach=0.3))
    assert alone == [[0, 1, 2], [3], [4]]


def test_the_clustering_runs_without_the_cyclic_collector_and_restores_it(monkeypatch):
    """The clustering makes millions of small lists and dicts and no cycles: the cyclic
    collector is off while it runs (a full collection walked them all, 3-4 s at 100,000
    articles), and the caller's collector settings come back, also after an error."""
    import gc

    from summarize import storylines

    seen = []
    real = storylines.cluster_traced

    def spy(*args, **kwargs):
        seen.append((gc.isenabled(), gc.get_threshold()))
        return real(*args, **kwargs)

    rows = [("a", 100, {"quake": 1, "rubble": 1, "rescue": 1}),
            ("b", 103, {"quake": 1, "rubble": 1, "aid": 1}),
            ("c", 104, {"election": 1, "ballot": 1, "count": 1})]
    articles = [(key, "Wire", None) for key, _, _ in rows]
    monkeypatch.setattr(storylines, "cluster_traced", spy)
    was = gc.get_threshold()
    gc.set_threshold(555, 7, 9)
    try:
        stories = storylines.stories_from_items(_items(rows), articles,
                                                Thresholds(0.3, 0.3, 30))
        assert sorted(len(s.articles) for s in stories) == [1, 2]
        assert seen == [(False, (555, 7, 9))]
        assert gc.isenabled() and gc.get_threshold() == (555, 7, 9)
        with pytest.raises(ZeroDivisionError), storylines.fewer_collections():
            assert gc.get_threshold() == (100_000, 7, 9)
            1 / 0  # noqa: B018
        assert gc.isenabled() and gc.get_threshold() == (555, 7, 9)
    finally:
        gc.set_threshold(*was)


def test_collector_settings_come_back_after_nested_or_interleaved_uses():
    """The collector's settings are process-wide: when uses overlap (a sync and a clustering on
    two threads), the first keeps the caller's settings and the last one out restores them,
    whichever order they end in."""
    import gc

    from summarize.storylines import fewer_collections

    was = gc.get_threshold()
    gc.set_threshold(555, 7, 9)
    try:
        first, second = fewer_collections(), fewer_collections(None)
        first.__enter__()
        assert gc.get_threshold() == (100_000, 7, 9)
        second.__enter__()
        assert not gc.isenabled()
        first.__exit__(None, None, None)  # the first ends while the second still runs
        assert not gc.isenabled()
        second.__exit__(None, None, None)
        assert gc.isenabled() and gc.get_threshold() == (555, 7, 9)
        with fewer_collections(), fewer_collections(None):
            assert not gc.isenabled()
        assert gc.isenabled() and gc.get_threshold() == (555, 7, 9)
    finally:
        gc.set_threshold(*was)
        gc.enable()
