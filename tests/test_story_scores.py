"""Scoring storylines against topics: NMI, purity and inverse purity by hand, and the eval."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from summarize.evaluate.story_scores import score_clusters

ROOT = Path(__file__).resolve().parent.parent


def test_perfect_and_split_clusterings():
    topics = ["a", "a", "b", "b"]
    perfect = score_clusters(topics, ["x", "x", "y", "y"])
    assert (perfect.nmi, perfect.purity, perfect.inverse_purity) == (1.0, 1.0, 1.0)
    split = score_clusters(topics, ["x", "z", "y", "y"])
    # I = ln 2 - (1/2) ln 2 ... computed by hand: H(T) = ln 2, H(C) = 1.5 ln 2, I = ln 2
    assert split.nmi == pytest.approx(2 * math.log(2) / (math.log(2) + 1.5 * math.log(2)))
    assert (split.purity, split.inverse_purity, split.singletons) == (1.0, 0.75, 2)
    merged = score_clusters(topics, ["x", "x", "x", "x"])
    assert (merged.nmi, merged.purity, merged.inverse_purity) == (0.0, 0.5, 1.0)


def test_one_topic_has_no_nmi():
    assert score_clusters(["a", "a"], ["x", "y"]).nmi is None


def test_eval_stories_on_a_mini_timeline17():
    done = subprocess.run([sys.executable, "-m", "tui", "eval", "stories",
                           str(ROOT / "tests/fixtures/tls/mini"), "--json"],
                          capture_output=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    report = json.loads(done.stdout)
    assert report["scores"]["all"]["topics"] == 2
    assert report["scores"]["all"]["purity"] == 1.0
    assert {r["topic"] for r in report["tls"]} == {"flood_paper", "quake_wire"}


def test_eval_stories_missing_folder_is_one_line():
    done = subprocess.run([sys.executable, "-m", "tui", "eval", "stories", "/nonexistent/x"],
                          capture_output=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "dateline: /nonexistent/x: no such folder"
