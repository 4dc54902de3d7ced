"""bench/bench_shapes.py: its generators end and fail clearly (the bench itself is not a test)."""
from __future__ import annotations

import json

import pytest

from tests.bench_modules import import_bench


@pytest.fixture(scope="module")
def shapes():
    return import_bench("bench_shapes")


def test_prose_without_articles_stops_with_a_clear_line(shapes, tmp_path):
    # a missing data folder (as from another working directory) looped for ever before
    with pytest.raises(SystemExit) as stop:
        shapes.prose(1000, tmp_path / "missing")
    assert str(tmp_path / "missing") in str(stop.value)
    assert "no */articles.json" in str(stop.value)


def test_prose_cycles_its_articles_to_the_size_asked(shapes, tmp_path):
    topic = tmp_path / "storm_wire"
    topic.mkdir()
    (topic / "articles.json").write_text(json.dumps(
        [{"uid": "a", "dct": "2024-01-02", "text": "The storm hit on Monday."},
         {"uid": "b", "dct": "2024-01-03", "text": "Power came back on Tuesday."}]))
    text = shapes.prose(100, tmp_path)
    assert len(text.encode("utf-8")) >= 100
    assert text.split("\n\n")[:3] == ["The storm hit on Monday.", "Power came back on Tuesday.",
                                      "The storm hit on Monday."]
