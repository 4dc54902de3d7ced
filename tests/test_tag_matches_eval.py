"""``dateline tag FILE.txt --dct DATE --format json`` gives the mentions ``eval timeml`` scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarize.evaluate.timeml import read_tml
from tui.cli import main
from tui.cli.evaluation import tag_like_cli


@pytest.mark.parametrize("number", range(40))
def test_cli_tag_on_the_plain_text_equals_the_evaluated_mentions(number, timebank: Path,
                                                                   tmp_path, capsys):
    tml = sorted(timebank.glob("*.tml"))[number]
    doc = read_tml(tml)
    plain = tmp_path / f"{tml.stem}.txt"
    plain.write_text(doc.text, encoding="utf-8")
    assert main(["tag", str(plain), "--dct", doc.dct.isoformat(), "--format", "json"]) == 0
    [article] = json.loads(capsys.readouterr().out)
    from_cli = [(m["start"], m["end"], m["type"], m["value"]) for m in article["mentions"]]
    evaluated = [(m.start, m.end, m.type, m.value) for m in tag_like_cli(doc.text, doc.dct)]
    assert from_cli == evaluated
    assert all(doc.text[s:e] == m["text"] for (s, e, _, _), m in
               zip(from_cli, article["mentions"], strict=True))
