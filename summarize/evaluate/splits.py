"""Tune/check halves of every development set, fixed once and recorded in ``splits.json``.

Rules are studied and tuned on the tune half only; the check half is looked at as totals, so its
scores stay an honest estimate. TimeML sets are split by document (a seeded shuffle inside each
source prefix, so both halves hold the same mix of sources); Timeline17 is split by story (the
part of a topic folder's name before ``_``), so no story straddles the halves.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from summarize import regex_cache as rx

Half = Literal["tune", "check"]
HALVES: tuple[Half, Half] = ("tune", "check")

#: The recorded split, shipped with the package.
SPLITS_FILE = Path(__file__).with_name("splits.json")
#: Dataset names as recorded; a folder is recognised by its name, ignoring case.
DATASETS = ("TimeBank", "MEANTIME", "t17", "timeml_blind")
#: The blind TimeML set written for the project (issue 13, session 7), kept in the repository.
BLIND_DIR = Path(__file__).resolve().parents[2] / "bench" / "timeml_blind"
#: The seed the recorded split was made with (the issue that asked for it).
DEFAULT_SEED = 13

_TIMEML_METHOD = ("by document: names grouped by source prefix (case-insensitive), each group "
                  "sorted, shuffled with random.Random(seed) and halved; odd ones go to the "
                  "smaller half (a seeded coin on ties)")
_STORY_METHOD = ("by story (folder name before '_'): stories largest first (ties in seeded "
                 "random order), each to the half with fewer folders (a seeded coin on ties)")
_PREFIX = rx.compile(r"[A-Za-z]+")


class UnknownDataset(ValueError):
    """A dataset name or folder that has no recorded split."""


class UnknownNames(KeyError):
    """Names (documents or topics) that the recorded split of a dataset does not hold."""

    def __init__(self, dataset: str, names: Iterable[str]) -> None:
        self.dataset = dataset
        self.names = tuple(sorted(names))
        super().__init__(f"{dataset}: not in the recorded split: {', '.join(self.names)}")

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True, slots=True)
class Split:
    """One dataset's halves: sorted names in each, and how they were drawn."""

    dataset: str
    seed: int
    method: str
    tune: tuple[str, ...]
    check: tuple[str, ...]

    def half_of(self, name: str) -> Half:
        """Which half ``name`` is in; UnknownNames when it is in neither."""
        if name in self.tune:
            return "tune"
        if name in self.check:
            return "check"
        raise UnknownNames(self.dataset, [name])

    def names(self, half: Half) -> tuple[str, ...]:
        """The sorted names of one half."""
        return self.tune if half == "tune" else self.check

    def to_json(self) -> dict[str, object]:
        return {"seed": self.seed, "method": self.method, "tune": list(self.tune),
                "check": list(self.check)}


def dataset_name(dataset: str) -> str:
    """The recorded spelling of a dataset name given in any case; UnknownDataset otherwise."""
    for known in DATASETS:
        if known.lower() == dataset.strip().lower():
            return known
    raise UnknownDataset(f"no split recorded for {dataset!r} (known: {', '.join(DATASETS)})")


def dataset_of(folder: str | Path) -> str | None:
    """The dataset a folder holds, from its name ignoring case ('timebank' -> 'TimeBank')."""
    try:
        return dataset_name(Path(folder).name)
    except UnknownDataset:
        return None


def names_in(dataset: str, folder: str | Path) -> list[str]:
    """The names a folder offers for splitting: .tml stems (TimeML) or topic folders (t17)."""
    folder = Path(folder)
    if dataset_name(dataset) == "t17":
        return sorted(p.name for p in folder.iterdir() if p.is_dir())
    return sorted(p.stem for p in folder.glob("*.tml"))


def story_of(topic: str) -> str:
    """The story a Timeline17 topic folder belongs to: 'bpoil_bbc' -> 'bpoil'."""
    return topic.split("_", 1)[0]


def source_of(dataset: str, name: str) -> str:
    """The stratum of a TimeML document: its letter prefix (TimeBank, timeml_blind: the kind of
    story) or topic (MEANTIME)."""
    if dataset_name(dataset) == "MEANTIME":
        return name.split("_", 1)[0].lower()
    found = _PREFIX.match(name)
    return found.group(0).lower() if found else ""


def make_split(dataset: str, names: Iterable[str], seed: int = DEFAULT_SEED) -> Split:
    """Draw the halves of ``names`` with ``seed``: the same inputs always give the same split."""
    dataset = dataset_name(dataset)
    names = sorted(set(names))
    rng = random.Random(seed)
    if dataset == "t17":
        groups = _grouped(names, story_of)
        tune, check = _by_group(groups, rng)
        method = _STORY_METHOD
    else:
        tune, check = _stratified(_grouped(names, lambda n: source_of(dataset, n)), rng)
        method = _TIMEML_METHOD
    return Split(dataset, seed, method, tuple(sorted(tune)), tuple(sorted(check)))


def _grouped(names: list[str], key: Callable[[str], str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[key(name)].append(name)
    return dict(sorted(groups.items()))


def _stratified(groups: Mapping[str, list[str]], rng: random.Random
                ) -> tuple[list[str], list[str]]:
    """Half of every group to each side; each odd one to the side that is short."""
    tune: list[str] = []
    check: list[str] = []
    for members in groups.values():
        members = sorted(members)
        rng.shuffle(members)
        half = len(members) // 2
        tune += members[:half]
        check += members[half:2 * half]
        if len(members) % 2:
            _smaller(tune, check, rng).append(members[-1])
    return tune, check


def _by_group(groups: Mapping[str, list[str]], rng: random.Random
              ) -> tuple[list[str], list[str]]:
    """Whole groups, largest first, each to the side with fewer names (greedy balancing)."""
    order = sorted(groups)
    rng.shuffle(order)
    order.sort(key=lambda g: -len(groups[g]))  # stable: equal sizes keep the seeded order
    tune: list[str] = []
    check: list[str] = []
    for group in order:
        _smaller(tune, check, rng).extend(groups[group])
    return tune, check


def _smaller(tune: list[str], check: list[str], rng: random.Random) -> list[str]:
    if len(tune) != len(check):
        return tune if len(tune) < len(check) else check
    return tune if rng.random() < 0.5 else check


def read_splits(path: str | Path = SPLITS_FILE) -> dict[str, Split]:
    """Every recorded split in ``path``, by dataset name."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return {name: Split(name, int(entry["seed"]), str(entry["method"]), tuple(entry["tune"]),
                        tuple(entry["check"])) for name, entry in raw.items()}


def write_splits(splits: Iterable[Split], path: str | Path = SPLITS_FILE) -> None:
    """Record splits as JSON, one dataset per key, in DATASETS order."""
    by_name = {s.dataset: s for s in splits}
    ordered = {name: by_name[name].to_json() for name in DATASETS if name in by_name}
    Path(path).write_text(json.dumps(ordered, indent=1) + "\n", encoding="utf-8")


@cache
def _recorded() -> dict[str, Split]:
    return read_splits(SPLITS_FILE)


def recorded_split(dataset: str) -> Split:
    """The split recorded in the package for one dataset (any case)."""
    name = dataset_name(dataset)
    try:
        return _recorded()[name]
    except KeyError:
        raise UnknownDataset(f"{SPLITS_FILE.name} has no entry for {name}") from None


def half_of(dataset: str, name: str) -> Half:
    """Which recorded half a document or topic belongs to; UnknownNames when it is in neither."""
    return recorded_split(dataset).half_of(name)


def unknown_names(dataset: str, names: Iterable[str]) -> list[str]:
    """The names the recorded split does not hold, sorted (empty when all are known)."""
    split = recorded_split(dataset)
    known = set(split.tune) | set(split.check)
    return sorted({n for n in names if n not in known})


def select(dataset: str, names: Iterable[str], half: Half | Literal["all"]) -> list[str]:
    """The given names that lie in ``half`` ('all' keeps every one), in their input order.

    Raises UnknownNames when any name is in neither half, so a new file is never silently
    left out of an evaluation.
    """
    names = list(names)
    missing = unknown_names(dataset, names)
    if missing:
        raise UnknownNames(dataset_name(dataset), missing)
    if half == "all":
        return names
    if half not in HALVES:
        raise ValueError(f"half must be 'tune', 'check' or 'all', not {half!r}")
    wanted = set(recorded_split(dataset).names(half))
    return [n for n in names if n in wanted]


def regenerate(data_dir: str | Path, seed: int = DEFAULT_SEED) -> list[Split]:
    """Splits of the datasets found under ``data_dir`` (timeml/TimeBank, timeml/MEANTIME,
    tls/t17) and of the blind set shipped in the repository (bench/timeml_blind)."""
    data_dir = Path(data_dir)
    places = {"TimeBank": data_dir / "timeml" / "TimeBank",
              "MEANTIME": data_dir / "timeml" / "MEANTIME", "t17": data_dir / "tls" / "t17",
              "timeml_blind": BLIND_DIR}
    return [make_split(name, names_in(name, folder), seed)
            for name, folder in places.items() if folder.is_dir()]


if __name__ == "__main__":  # python -m summarize.evaluate.splits DATA_DIR: record the split
    import sys

    write_splits(regenerate(sys.argv[1]))
