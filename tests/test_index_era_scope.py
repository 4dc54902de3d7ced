"""An era learned from a new dated article re-dates only the undated articles that could name
it: the others keep their results (and the index still equals a fresh load)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from test_index import age, open_checked

from summarize.index.era_scope import relevant_eras
from summarize.index.store import open_store
from summarize.temporal import Era


def dated(aid: str, day: str, text: str) -> str:
    return json.dumps({"id": aid, "title": f"Report {aid}", "date": day,
                       "source": "Harbour Wire", "text": text})


def write(root: Path) -> None:
    root.mkdir()
    (root / "wire.jsonl").write_text(dated(
        "w1", "2024-03-12T09:00:00Z",
        "Ferries at Lannock stayed in port on the 12th day of the strike.") + "\n")
    (root / "crews.txt").write_text(
        "Crews vote on offer\n\nOn day 20 of the strike the Lannock crews voted on the offer.\n")
    (root / "market.txt").write_text(
        "Market reopens\n\nThe Vessary fish market reopened yesterday after repairs, its "
        "traders said.\n")
    (root / "stalls.txt").write_text(
        "Stalls empty\n\nOn the 9th day of the blockade of Orrin the stalls stood empty.\n")


def test_new_era_re_dates_only_the_articles_naming_it(tmp_path: Path) -> None:
    root = tmp_path / "feed"
    write(root)
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index)
    # A new dated report teaches the blockade's first day: only "stalls" names it.
    (root / "orrin.jsonl").write_text(dated(
        "o1", "2024-04-05T09:00:00Z",
        "Orrin traders counted losses on the 5th day of the blockade.") + "\n")
    age(root)
    report = open_checked([str(root)], index).report
    assert report.tagged == 2  # the new report and "stalls"; not "crews" nor "market"


def test_an_era_is_relevant_when_every_word_of_a_phrase_occurs(tmp_path: Path) -> None:
    """Any case, any spacing, with or without its determiner; one word missing: not named."""
    root = tmp_path / "feed"
    write(root)
    (root / "quay.txt").write_text("Quay\n\nThe  Lannock   STRIKE ended at the quay.\n")
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index)
    store = open_store(index)
    try:
        rowid = {aid: r for r, aid in store.query("SELECT rowid, id FROM articles")}
        strike = Era("Lannock strike (learned)", date(2024, 3, 1), ("the Lannock strike",))
        wall = Era("sea wall (learned)", date(2024, 3, 1), ("the sea wall",))
        found = relevant_eras(store, [strike, wall], sorted(rowid.values()))
    finally:
        store.close()
    assert set(found) == {rowid["w1"], rowid["crews"], rowid["quay"]}
    assert "sea wall" not in found[rowid["quay"]]
