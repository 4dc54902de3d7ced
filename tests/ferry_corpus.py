"""A one-article corpus for the export tests: the ferry story, and (by default) an empty file
beside it, whose problem line on stderr shows whether anything was loaded."""

from __future__ import annotations

from pathlib import Path

STORY = "Ferry strike\n\nThe ferry crews walked out on 3 May 2024.\n"


def ferry_folder(tmp_path: Path, *, with_empty: bool = True) -> Path:
    """``tmp_path/news`` holding ``ferry.txt`` (and ``empty.txt``)."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ferry.txt").write_text(STORY)
    if with_empty:
        (folder / "empty.txt").write_text("")
    return folder
