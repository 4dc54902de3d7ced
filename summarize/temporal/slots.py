"""Cheap construction of the frozen, slotted dataclasses the tagger makes for every time
expression (candidates, anchors, calendar values, resolutions, mentions): the dataclass
``__init__`` of a frozen class calls ``object.__setattr__`` per field; these fill the slots
directly, with the same signature, defaults and values."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_FACTORY = object()  # marks a parameter whose default comes from a default_factory


def _builder(cls: type, with_self: bool) -> Callable[..., Any]:
    if "__post_init__" in dir(cls):
        raise TypeError(f"{cls.__name__} has a __post_init__: build it the usual way")
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_FACTORY": _FACTORY}
    params, body = [], []
    for i, f in enumerate(dataclasses.fields(cls)):
        scope[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            scope[f"_default{i}"] = f.default
            params.append(f"{f.name}=_default{i}")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_factory{i}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            body.append(f"    if {f.name} is _FACTORY: {f.name} = _factory{i}()")
        else:
            params.append(f.name)
        body.append(f"    _set{i}(self, {f.name})")
    head = "self, " if with_self else ""
    start = [] if with_self else ["    self = _new(_cls)"]
    end = [] if with_self else ["    return self"]
    source = "\n".join([f"def build({head}{', '.join(params)}):", *start, *body, *end])
    exec(source, scope)  # as dataclasses itself writes __init__
    build = scope["build"]
    build.__qualname__ = f"{cls.__qualname__}.__init__" if with_self else cls.__qualname__
    return build


def quick_init(cls: type[T]) -> type[T]:
    """Class decorator (above ``@dataclass(frozen=True, slots=True)``): the same
    ``__init__``, filling the slots directly."""
    cls.__init__ = _builder(cls, with_self=True)  # type: ignore[misc]
    return cls


def quick_new(cls: Callable[..., T]) -> Callable[..., T]:
    """A function that builds ``cls`` (a frozen, slotted dataclass) as its ``__init__``
    would, filling the slots directly: for classes defined outside the tagger."""
    return _builder(cls, with_self=False)  # type: ignore[arg-type]


class Memo(dict):
    """``func`` of each key seen, remembered for up to ``limit`` keys (news reuse a small
    vocabulary; a hostile text of unique words cannot make it grow without bound)."""

    __slots__ = ("func", "limit")

    def __init__(self, func: Callable[[str], Any], limit: int = 50_000) -> None:
        super().__init__()
        self.func, self.limit = func, limit

    def __missing__(self, key: str) -> Any:
        value = self.func(key)
        if len(self) < self.limit:
            self[key] = value
        return value
