"""Metadata against text: two independent signals of the text that agree on a day near the
metadata date (a weekday apposition, an era day count, a full date at the top) outvote it;
one signal alone, or signals that disagree, leave the metadata date with the conflict."""

from __future__ import annotations

from datetime import date

from summarize.temporal import Era, infer_dct, tag_text

FLOOD = Era("the Lindmoor flood", date(2031, 9, 1), ("the flood",))
#: Sunday 14 September 2031; the text is about Saturday 13 September (day 13 of the flood).
SUNDAY = date(2031, 9, 14)
SAT_TEXT = ("Pumps ran through the night as the flood entered its 13th day. Today, Saturday, "
            "volunteers filled sandbags on the quay.")


def _info(text: str, metadata: date, eras=(FLOOD,)):
    mentions = tag_text(text, metadata, eras=list(eras))
    return infer_dct(text, mentions, metadata=metadata, eras=list(eras))


def test_weekday_and_day_count_outvote_the_metadata() -> None:
    info = _info(SAT_TEXT, SUNDAY)
    assert (info.value, info.source) == (date(2031, 9, 13), "inferred")
    assert any("2031-09-14" in c and "Saturday" in c for c in info.conflicts)
    assert any("13th day" in e for e in info.evidence)


def test_dateline_date_and_weekday_outvote_the_metadata() -> None:
    text = ("HARWICK, 13 September 2031 — Today, Saturday, the ferry company said services "
            "would resume.")
    info = _info(text, SUNDAY, eras=())
    assert (info.value, info.source) == (date(2031, 9, 13), "inferred")
    assert info.conflicts


def test_one_signal_alone_keeps_the_metadata() -> None:
    info = _info("Today, Saturday, volunteers filled sandbags on the quay.", SUNDAY, eras=())
    assert (info.value, info.source) == (SUNDAY, "metadata") and info.conflicts


def test_signals_far_from_the_metadata_keep_it() -> None:
    # The day count and the weekday agree on a Saturday three weeks before the metadata
    # date: a story looking back, not a wrong metadata date.
    info = _info(SAT_TEXT, date(2031, 10, 5))
    assert info.value == date(2031, 10, 5) and info.source == "metadata"


def test_signals_that_disagree_keep_the_metadata() -> None:
    text = ("Pumps ran through the night as the flood entered its 12th day. Today, Saturday, "
            "volunteers filled sandbags on the quay.")
    info = _info(text, SUNDAY)
    assert (info.value, info.source) == (SUNDAY, "metadata") and info.conflicts
