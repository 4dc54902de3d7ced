"""Find time expressions in English news text and resolve them to TIMEX3 values.

``recognise`` finds spans (rules built from ``resources``), ``resolve`` normalises one span
against its anchors, ``tagger.tag_text`` runs both over a text with a discourse anchor,
``eras`` resolves day counts of known events and ``dct`` infers a missing publication date.
"""

from .candidate import Candidate
from .dct import DctInfo, infer_dct
from .eras import BUILTIN_ERAS, Era, learn_eras, load_eras
from .recognise import recognise
from .tagger import tag_text
from .values import is_timex_value

__all__ = [
    "BUILTIN_ERAS", "Candidate", "DctInfo", "Era", "forget_repeats", "infer_dct",
    "is_timex_value", "learn_eras", "load_eras", "recognise", "tag_text",
]


def forget_repeats() -> None:
    """Forget the short pieces (and their verdicts) remembered because they recurred, so text
    tagged again costs what it did the first time: a benchmark that repeats a corpus measures
    fresh text this way, not the memo (word-level memos stay: news share their vocabulary)."""
    from . import piece_candidates, tagger

    piece_candidates._RECOGNISED.clear()
    piece_candidates._SEEN.clear()
    tagger._SAID.clear()
