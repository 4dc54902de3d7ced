"""The Mermaid overview shows PTB-tokenised text as prose, as the bullets under it do (Timeline17
text read "Jackson 's doctor , Conrad Murray ," in the diagram)."""

from __future__ import annotations

import json
from pathlib import Path

from tui.cli import main

PTB = ("Michael Jackson 's doctor , Conrad Murray , was found guilty on 7 November 2011 . "
       "The jury -LRB- seven men -RRB- did n't take long .")


def test_the_diagram_label_is_detokenised_like_the_bullet(tmp_path: Path, capsys) -> None:
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{"id": "1", "text": PTB, "published": "2011-11-08"}]))
    assert main(["export", str(path), "--no-index"]) == 0
    text = capsys.readouterr().out
    prose = "Michael Jackson's doctor, Conrad Murray, was found guilty on 7 November 2011."
    assert f"    Mon 7 Nov 2011 : {prose}\n" in text
    assert f"- {prose} — " in text
