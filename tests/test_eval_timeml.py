"""TempEval-3 Task A scoring of TimeML files: reading offsets, matching, P/R/F1 by hand."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from summarize.evaluate.timeml import (
    GoldTimex,
    Scores,
    TimemlDocument,
    TimemlParseError,
    ValueMistake,
    count_strict,
    evaluate_timeml,
    main,
    match_relaxed,
    read_tml,
    score,
)

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"

# basic.tml's TEXT, tags removed and &amp; decoded, counted by hand:
# "AT&T" 1-5, "said" 6-10, "on" 11-13, "Friday" 14-20, "three months" 37-49, "last December" 56-69
BASIC_TEXT = "\nAT&T said on Friday that sales rose three months after last December.\n"


@dataclass(frozen=True, slots=True)
class FakeMention:
    start: int
    end: int
    type: str
    value: str


def fixed_tagger(*mentions: FakeMention):
    return lambda text, dct: list(mentions)


def basic() -> TimemlDocument:
    return read_tml(FIXTURES / "basic.tml")


# ---------------------------------------------------------------- reading


def test_read_tml_text_is_inner_text_with_entities_decoded():
    doc = basic()
    assert doc.name == "basic"
    assert doc.text == BASIC_TEXT
    assert doc.dct == date(2020, 3, 15)


def test_read_tml_gold_offsets_are_exact():
    doc = basic()
    assert doc.gold == (
        GoldTimex(14, 20, "Friday", "DATE", "2020-03-13", "t1"),
        GoldTimex(37, 49, "three months", "DURATION", "P3M", "t2"),
        GoldTimex(56, 69, "last December", "DATE", "2019-12", "t3"),
    )
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text


def test_empty_timex_is_kept_apart_and_creation_time_is_not_gold():
    doc = basic()
    assert [(t.tid, t.start, t.end, t.text) for t in doc.empty] == [("t4", 70, 70, "")]
    assert "t0" not in {g.tid for g in doc.gold}


DCT_CASES = [
    ('<DCT><TIMEX3 tid="t0" type="DATE" value="2020-03-15" functionInDocument="CREATION_TIME">'
     "x</TIMEX3></DCT>", date(2020, 3, 15)),
    ('<DCT><TIMEX3 tid="t0" type="TIME" value="1998-01-08T18:30:00" '
     'functionInDocument="CREATION_TIME">x</TIMEX3></DCT>', date(1998, 1, 8)),
    ('<DCT><TIMEX3 tid="t0" type="DATE" value="XXXX-XX-XX" functionInDocument="CREATION_TIME">'
     "x</TIMEX3></DCT>", None),
    # a TIMEX3 in <DCT> that is not the creation time is not the DCT
    ('<DCT><TIMEX3 tid="t0" type="DATE" value="2020-03-15" functionInDocument="NONE">'
     "x</TIMEX3></DCT>", None),
    ("", None),
]


@pytest.mark.parametrize(("dct_xml", "expected"), DCT_CASES)
def test_creation_time_becomes_the_dct(tmp_path, dct_xml, expected):
    path = tmp_path / "doc.tml"
    path.write_text(f"<TimeML>{dct_xml}<TEXT>Nothing here.</TEXT></TimeML>", encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == expected
    assert doc.text == "Nothing here."
    assert doc.gold == ()


def test_nested_tags_inside_a_timex_keep_offsets(tmp_path):
    path = tmp_path / "nested.tml"
    path.write_text('<TimeML><TEXT>By <TIMEX3 tid="t1" type="DATE" value="1990">the end of '
                    '<EVENT eid="e1">next</EVENT> year</TIMEX3> &lt;ok&gt;</TEXT></TimeML>',
                    encoding="utf-8")
    doc = read_tml(path)
    assert doc.text == "By the end of next year <ok>"
    assert [(g.start, g.end, g.text) for g in doc.gold] == [(3, 23, "the end of next year")]


def test_default_namespace_and_comments_are_handled(tmp_path):
    path = tmp_path / "ns.tml"
    path.write_text('<TimeML xmlns="http://example.org/timeml"><DCT><TIMEX3 tid="t0" '
                    'value="2001-02-03" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
                    '<TEXT>On <!-- note --><TIMEX3 tid="t1" type="DATE" value="2001-02-02">'
                    "Friday</TIMEX3>.</TEXT></TimeML>", encoding="utf-8")
    doc = read_tml(path)
    assert (doc.text, doc.dct) == ("On Friday.", date(2001, 2, 3))
    assert [(g.start, g.end, g.value) for g in doc.gold] == [(3, 9, "2001-02-02")]


@pytest.mark.parametrize(("content", "message"), [
    ("<TimeML><TEXT>cut off <TIMEX3 tid='t1'>today</TEXT>", "not well-formed"),
    ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
    ("", "not well-formed"),
])
def test_malformed_files_raise_a_specific_error(tmp_path, content, message):
    path = tmp_path / "bad.tml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TimemlParseError, match=message):
        read_tml(path)


# ---------------------------------------------------------------- matching


def test_relaxed_matching_is_one_to_one_by_largest_overlap():
    gold = [(14, 20), (37, 49), (56, 69)]
    system = [(37, 43), (37, 49), (14, 45)]
    # overlaps: g1-s2 12, g1-s3 8, g0-s3 6, g1-s1 6 -> take g1-s2, then g0-s3; s1 is left over
    assert match_relaxed(gold, system) == [(0, 2), (1, 1)]


@pytest.mark.parametrize(("system", "expected"), [
    ([(20, 25), (9, 14)], []),  # touching is not overlapping
    ([(19, 25)], [(0, 0)]),  # one shared character is enough
    ([(0, 0), (16, 16)], []),  # empty system spans overlap nothing
])
def test_relaxed_overlap_needs_a_shared_character(system, expected):
    assert match_relaxed([(14, 20)], system) == expected


def test_strict_counts_each_system_span_once():
    assert count_strict([(1, 5), (1, 5), (7, 9)], [(1, 5), (7, 8)]) == 1
    assert count_strict([(1, 5), (1, 5)], [(1, 5), (1, 5)]) == 2


# ---------------------------------------------------------------- scoring by hand

EXACT_FRIDAY = FakeMention(14, 20, "DATE", "2020-03-13")
MONTHS_WRONG_VALUE = FakeMention(43, 49, "DURATION", "P2M")  # "months", gold "three months" P3M
SPURIOUS_ATT = FakeMention(1, 5, "DATE", "XXXX")  # "AT&T"

# (mentions, strict, relaxed, type, value) as (P, R, F1), gold = 3 in every row
SCORE_CASES = [
    # 2 system: 1 exact; 1 partial overlap with wrong value; "last December" missed
    ((EXACT_FRIDAY, MONTHS_WRONG_VALUE),
     (0.5, 0.3333, 0.4), (1.0, 0.6667, 0.8), (1.0, 0.6667, 0.8), (0.5, 0.3333, 0.4)),
    # same plus a spurious mention: everything over 3 system
    ((EXACT_FRIDAY, MONTHS_WRONG_VALUE, SPURIOUS_ATT),
     (0.3333, 0.3333, 0.3333), (0.6667, 0.6667, 0.6667), (0.6667, 0.6667, 0.6667),
     (0.3333, 0.3333, 0.3333)),
    # greedy one-to-one: "three " left spurious; (14,45) matches Friday with the right value
    ((FakeMention(37, 43, "DURATION", "P3M"), FakeMention(37, 49, "DURATION", "P3M"),
      FakeMention(14, 45, "DATE", "2020-03-13")),
     (0.3333, 0.3333, 0.3333), (0.6667, 0.6667, 0.6667), (0.6667, 0.6667, 0.6667),
     (0.6667, 0.6667, 0.6667)),
    # exact span, right value, wrong type; value compared after strip
    ((FakeMention(56, 69, "TIME", " 2019-12 "),),
     (1.0, 0.3333, 0.5), (1.0, 0.3333, 0.5), (0.0, 0.0, 0.0), (1.0, 0.3333, 0.5)),
    # nothing found: every score is 0, no division by zero
    ((), (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)),
]


@pytest.mark.parametrize(("mentions", "strict", "relaxed", "type_", "value"), SCORE_CASES)
def test_scores_on_basic_document(mentions, strict, relaxed, type_, value):
    report = score([basic()], fixed_tagger(*mentions)).to_json()
    assert (report["documents"], report["gold"], report["system"]) == (1, 3, len(mentions))
    for key, expected in [("strict", strict), ("relaxed", relaxed), ("type", type_),
                          ("value", value)]:
        got = report[key]
        assert (got["precision"], got["recall"], got["f1"]) == expected, key


def test_errors_are_collected_with_their_texts():
    report = score([basic()], fixed_tagger(EXACT_FRIDAY, MONTHS_WRONG_VALUE, SPURIOUS_ATT))
    assert report.value_errors == ((ValueMistake("three months", "months", "P3M", "P2M"), 1),)
    assert report.value_error_shapes == ((("P9M", "P9M"), 1),)
    assert report.missed == (("last december", 1),)
    assert report.spurious == (("at&t", 1),)
    assert report.type_errors == ()


def test_type_confusion_is_counted():
    report = score([basic()], fixed_tagger(FakeMention(56, 69, "TIME", "2019-12")))
    assert report.type_errors == ((("DATE", "TIME"), 1),)


def test_tagger_receives_text_and_dct_and_its_crash_is_a_problem():
    seen = []

    def tagger(text, dct):
        seen.append((text, dct))
        raise RuntimeError("boom")

    report = score([basic()], tagger)
    assert seen == [(BASIC_TEXT, date(2020, 3, 15))]
    assert report.system == 0
    assert (report.gold, report.relaxed.recall) == (3, 0.0)
    assert [p.message for p in report.problems] == ["tagger raised RuntimeError: boom"]


def test_scores_of_handles_zero_counts():
    assert Scores.of(0, 0, 0) == Scores(0.0, 0.0, 0.0)
    assert Scores.of(1, 4, 1) == Scores(0.25, 1.0, 0.4)


# ---------------------------------------------------------------- folders and output


def folder_tagger(text, dct):
    """S1 on basic.tml; the exact gold on second.tml ("now" at 14-17)."""
    if text == BASIC_TEXT:
        return [EXACT_FRIDAY, MONTHS_WRONG_VALUE]
    return [FakeMention(14, 17, "DATE", "PRESENT_REF")]


def test_evaluate_folder_pools_counts_and_reports_malformed_file():
    report = evaluate_timeml(FIXTURES, folder_tagger)
    # gold 3 + 1, system 2 + 1; strict 1 + 1, relaxed 2 + 1, type 2 + 1, value 1 + 1
    assert report.to_json() == {
        "documents": 2, "gold": 4, "system": 3,
        "strict": {"precision": 0.6667, "recall": 0.5, "f1": 0.5714},
        "relaxed": {"precision": 1.0, "recall": 0.75, "f1": 0.8571},
        "type": {"precision": 1.0, "recall": 0.75, "f1": 0.8571},
        "value": {"precision": 0.6667, "recall": 0.5, "f1": 0.5714},
    }
    assert [Path(p.path).name for p in report.problems] == ["malformed.tml"]
    assert [(d.name, d.relaxed_f1, d.value_f1) for d in report.per_document] == [
        ("basic", pytest.approx(0.8), pytest.approx(0.4)), ("second", 1.0, 1.0)]
    assert [d.name for d in report.worst_documents()] == ["basic", "second"]


def test_second_fixture_has_a_datetime_dct():
    doc = read_tml(FIXTURES / "second.tml")
    assert doc.dct == date(1998, 1, 8)
    assert [(g.start, g.end, g.text) for g in doc.gold] == [(14, 17, "now")]


def test_rich_and_markdown_show_scores_and_what_to_fix():
    report = evaluate_timeml(FIXTURES, folder_tagger)
    console = Console(file=io.StringIO(), width=200, record=True)
    report.render(console)
    shown = console.export_text()
    for expected in ["Strict span", "0.5714", "Worst documents", "basic", "P3M", "P2M",
                     "last december", "malformed.tml"]:
        assert expected in shown
    markdown = report.to_markdown()
    # basic: "last december" missed, "three months" P3M vs P2M (same form P9M)
    assert ("Errors: 1 gold missed, 0 spurious, 0 wrong type, 1 wrong value "
            "(1 of the same form as gold, 0 of another form).") in markdown
    assert "| Relaxed span | 1.0000 | 0.7500 | 0.8571 |" in markdown
    assert "| 1 | three months | months | P3M | P2M |" in markdown


@pytest.mark.parametrize("argv", [[], ["/no/such/folder"], ["a", "b"]])
def test_command_line_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage: python -m summarize.evaluate.timeml DIR" in capsys.readouterr().err


# ---------------------------------------------------------------- the real corpus


def test_timebank_reads_completely_with_exact_offsets(timebank: Path):
    docs = [read_tml(path) for path in sorted(timebank.glob("*.tml"))]
    assert len(docs) == 183
    assert sum(len(d.gold) for d in docs) == 1243
    assert all(d.dct is not None for d in docs)
    for doc in docs:
        for g in doc.gold:
            assert doc.text[g.start:g.end] == g.text, (doc.name, g.tid)
