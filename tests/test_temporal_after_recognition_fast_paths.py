"""Session 16's fast paths after recognition give what the plain computation gives: each is
checked against the code it replaced (kept here as the reference) on texts written for this
test."""

from __future__ import annotations

from datetime import date

from summarize.temporal import eras
from summarize.temporal.eras import BUILTIN_ERAS, Era, active_phrases

_OWN = Era("the harbour strike", date(2024, 5, 2), ("the harbour strike",),
           ("the strike", "the walkout"), ("Dockers", "harbour"))
_NO_CONTEXT = Era("the drought", date(2023, 6, 1), ("the long drought",), ("the drought",))


def _plain_active_phrases(era_list, text):
    """``active_phrases`` as written before its memo (session 15)."""
    lowered = text.lower()
    pairs = []
    for era in era_list:
        pairs.extend((eras._norm(p), era) for p in era.phrases)
        if not era.context or any(w.lower() in lowered for w in era.context):
            pairs.extend((eras._norm(p), era) for p in era.aliases)
    return sorted(pairs, key=lambda pe: -len(pe[0]))


_TEXTS = [
    "",
    "The council met on Tuesday.",
    "Kyiv said the war had entered its 100th day.",
    "KIEV and BAGHDAD: talks on the invasion stalled.",
    "İstanbul hosted talks; Hamas and Gaza were named, and Kuwait's envoy came.",
    "Iraq, Kuwait and Ukrainian officials met. Dockers walked out at the harbour.",
    "The ſtrike in the ukraine-bound port ended.",
]


def test_active_phrases_equal_the_plain_scan() -> None:
    for era_list in (BUILTIN_ERAS, (_OWN, *BUILTIN_ERAS), (_NO_CONTEXT, _OWN), ()):
        for text in _TEXTS:
            for _ in range(2):  # the second call is served from the memo
                got = active_phrases(era_list, text)
                assert got == _plain_active_phrases(era_list, text), text
                assert [id(e) for _, e in got] == [
                    id(e) for _, e in _plain_active_phrases(era_list, text)]


def test_active_phrases_hands_out_a_list_of_its_own() -> None:
    first = active_phrases(BUILTIN_ERAS, "Kyiv said so.")
    first.clear()
    assert active_phrases(BUILTIN_ERAS, "Kyiv said so.") == _plain_active_phrases(
        BUILTIN_ERAS, "Kyiv said so.")
