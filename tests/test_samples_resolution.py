"""The bundled samples against their hand-checked key (samples/ANSWERS.json): every DATE/TIME
expression with an absolute value must be resolved to the key's value by the production path
(``summarize.corpus.load_corpus``), and every undated article must get the key's date.

Documented acceptance:
- a range of days ("from May 3 to 6", key value "2024-05-03/2024-05-06") is tagged as two
  mentions, one per end, as TimeML does (TIMEX3 has no range value): both ends must be right;
- a TIME is accepted for a DATE key when its date part is the key's ("6 a.m. on Saturday,
  May 11" for "Saturday, May 11");
- the key's ``alt_values`` are accepted.

The article whose metadata date disagrees with its text (brenholt-port-gains) is dated by the
text, which two signals fix ("Today, Saturday" and the strike's 13th day), with the conflict
reported; its expressions must equal the key's values exactly, like every other article's.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from summarize.corpus import load_corpus
from summarize.models import Mention, TaggedArticle

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
KEY = json.loads((SAMPLES / "ANSWERS.json").read_text(encoding="utf-8"))

#: Expressions no general rule gets right yet: "<file>[#record]: <text>#<occurrence>" -> why.
KNOWN_MISSES: dict[str, str] = {}


def _article_id(a: dict) -> str:
    return a["file"] + (f"#{a['record']}" if a["record"] else "")


def _cases() -> list[pytest.param]:
    out = []
    for a in KEY["articles"]:
        for e in a["expressions"]:
            if e["type"] not in ("DATE", "TIME") or not re.match(r"\d{4}", e["value"]):
                continue
            name = f"{_article_id(a)}: {e['text']}#{e['occurrence']}"
            marks = [pytest.mark.xfail(reason=KNOWN_MISSES[name], strict=True)] \
                if name in KNOWN_MISSES else []
            out.append(pytest.param(a, e, id=name, marks=marks))
    return out


@cache
def _corpus() -> tuple[TaggedArticle, ...]:
    return tuple(load_corpus([str(SAMPLES)]).tagged)


def _tagged(a: dict) -> TaggedArticle:
    found = [t for t in _corpus() if a["file"] in t.article.origin
             and (a["record"] is None or t.article.title == a["title"])]
    assert len(found) == 1, f"{_article_id(a)}: {len(found)} tagged articles match"
    return found[0]


def _occurrence(text: str, needle: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        assert pos >= 0, f"{needle!r} occurrence {n} not in the article text"
    return pos


def _same(got: str, want: str) -> bool:
    """Equal, or a TIME at the key's day ("2024-05-11T06:00" for "2024-05-11")."""
    return got == want or (len(want) == 10 and got.startswith(want + "T"))


def _accepts(m: Mention, values: list[str]) -> bool:
    return any(_same(m.value, v) for v in values)


@pytest.mark.parametrize("a,e", _cases())
def test_key_expression_is_resolved(a: dict, e: dict) -> None:
    t = _tagged(a)
    start = _occurrence(t.article.text, e["text"], e["occurrence"])
    end = start + len(e["text"])
    found = [m for m in t.mentions if m.start < end and m.end > start]
    got = [(m.text, m.value) for m in found]
    if "/" in e["value"]:  # a range: one mention per end
        ends = e["value"].split("/")
        assert all(any(_accepts(m, [v]) for m in found) for v in ends), \
            f"range {e['value']}: got {got}"
        return
    values = [e["value"], *e.get("alt_values", [])]
    assert any(_accepts(m, values) for m in found), f"want {values}, got {got}"


UNDATED = [pytest.param(a, id=_article_id(a)) for a in KEY["articles"]
           if a["published_in_metadata"] is None]


@pytest.mark.parametrize("a", UNDATED)
def test_undated_article_gets_the_key_date(a: dict) -> None:
    t = _tagged(a)
    assert (str(t.dct), t.dct_source) == (a["published"], "inferred")


def test_metadata_conflict_is_settled_by_the_text_and_reported() -> None:
    [a] = [a for a in KEY["articles"]
           if a["published_in_metadata"] and a["published_in_metadata"] != a["published"]]
    t = _tagged(a)
    assert (str(t.dct), t.dct_source) == (a["published"], "inferred")
    assert any(a["published_in_metadata"] in c for c in t.dct_conflicts)
