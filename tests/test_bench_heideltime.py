"""The HeidelTime yardstick's own parts, which run without HeidelTime: mapping its TimeML answer
back onto the text it was fed, where each set's files are, and the blind set's per-kind table."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import bench_heideltime as bh  # noqa: E402

from summarize.evaluate.timeml import GoldTimex, TimemlDocument  # noqa: E402

TEXT = "Pay rose on Monday & fell in May 1998."


def _answer(body: str) -> str:
    return ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n'
            f"<TimeML>\n{body}\n</TimeML>\n")


def test_timexes_map_back_to_offsets_of_the_fed_text() -> None:
    body = ('Pay rose on <TIMEX3 tid="t1" type="DATE" value="1998-05-11">Monday</TIMEX3> '
            '& fell in <TIMEX3 tid="t2" type="DATE" value="1998-05">May 1998</TIMEX3>.')
    found = bh.timexes_from_timeml(_answer(body), TEXT)
    assert [(TEXT[t.start:t.end], t.type, t.value) for t in found] == [
        ("Monday", "DATE", "1998-05-11"), ("May 1998", "DATE", "1998-05")]


def test_an_escaped_answer_maps_back_too() -> None:
    body = ('Pay rose on <TIMEX3 tid="t1" type="DATE" value="1998-05-11">Monday</TIMEX3> '
            '&amp; fell in May 1998.')
    found = bh.timexes_from_timeml(_answer(body), TEXT)
    assert [(t.start, t.end) for t in found] == [(12, 18)]


def test_an_answer_with_other_text_is_refused() -> None:
    with pytest.raises(bh.AlignmentError, match="differs from the input"):
        bh.timexes_from_timeml(_answer("Pay fell on Tuesday."), TEXT)


def test_the_blind_set_is_read_from_the_repository() -> None:
    data = Path("/nowhere")
    assert bh.set_folder("timeml_blind", data) == ROOT / "bench" / "timeml_blind"
    assert bh.set_folder("TimeBank", data) == data / "timeml" / "TimeBank"
    assert "timeml_blind" in bh.SETS


@pytest.mark.parametrize(("name", "kind"), [("ytweet07", "ytweet"), ("xwire12", "xwire"),
                                            ("wsj_0136", "wsj"), ("42", "42")])
def test_a_documents_kind_is_its_leading_letters(name: str, kind: str) -> None:
    assert bh.doc_kind(name) == kind


def _doc(name: str, text: str, gold: list[tuple[str, str]]) -> TimemlDocument:
    timexes = []
    for span, value in gold:
        start = text.index(span)
        timexes.append(GoldTimex(start, start + len(span), span, "DATE", value, f"t{start}"))
    return TimemlDocument(name, text, date(2013, 7, 4), tuple(timexes))


def test_per_kind_table_scores_each_kind_and_half(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [_doc("ytweet01", "fireworks tonight", [("tonight", "2013-07-04TNI")]),
            _doc("ytweet02", "back on Monday", [("Monday", "2013-07-08")])]
    halves = {"tune": {"ytweet01"}, "check": {"ytweet02"}}
    monkeypatch.setattr(bh, "select", lambda _set, names, half: [n for n in names
                                                                 if n in halves[half]])
    right = bh.Tagged((bh.Timex(10, 17, "TIME", "2013-07-04TNI"),), 0.0)
    wrong = bh.Tagged((bh.Timex(8, 14, "DATE", "2013-07-01"),), 0.0)
    ht = {"ytweet01": right, "ytweet02": wrong}
    dl = {"ytweet01": bh.Tagged((), 0.0), "ytweet02": bh.Tagged(
        (bh.Timex(8, 14, "DATE", "2013-07-08"),), 0.0)}
    lines = bh.per_kind_table("timeml_blind", docs, ht, dl)
    assert lines[2:] == ["| ytweet · tune | 1 | 1 | 1.000 / 1.000 | 0.000 / 0.000 |",
                         "| ytweet · check | 1 | 1 | 1.000 / 0.000 | 1.000 / 1.000 |"]
