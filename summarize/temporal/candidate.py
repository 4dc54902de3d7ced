"""A recognised span, what recognition hands to resolution: where it is, which rule found it,
the fields it captured and, for a merged apposition, its parts."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType

from .slots import quick_init

EMPTY_FIELDS: MappingProxyType = MappingProxyType({})


@quick_init
@dataclass(frozen=True, slots=True)
class Candidate:
    """A recognised span: where it is, which rule found it and the fields it captured."""

    start: int
    end: int
    text: str
    rule: str
    kind: str
    fields: MappingProxyType = field(default_factory=lambda: EMPTY_FIELDS, compare=False)
    #: For merged appositions: the (primary, secondary) candidates.
    parts: tuple[Candidate, ...] = ()
