"""The outlet of records that name none, from where they were read."""

from __future__ import annotations

from pathlib import Path

#: File names that say nothing about the outlet: the folder they sit in does.
GENERIC_STEMS = frozenset({"articles", "article", "data", "records", "items", "docs", "index",
                           "export", "dump", "news", "stories", "corpus", "feed", "input"})


def outlet_from_path(path: str) -> str:
    """The outlet a path gives for records with no source: for a file with a generic name
    ("articles.json"), the last ``_`` part of its folder's name (Timeline17's "story_outlet"
    folders: "quake_examplenews" -> "examplenews"); empty when the path says nothing."""
    file = Path(path.split("#", 1)[0])
    stem = file.stem.lower()
    if stem not in GENERIC_STEMS:
        return ""
    folder = file.parent.name
    return folder.rsplit("_", 1)[-1] if "_" in folder else ""
