"""Tune/check halves of the development sets: recorded, reproducible, and strict about names."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from summarize.evaluate.splits import (
    BLIND_DIR,
    DATASETS,
    SPLITS_FILE,
    UnknownDataset,
    UnknownNames,
    dataset_of,
    half_of,
    make_split,
    names_in,
    read_splits,
    recorded_split,
    regenerate,
    select,
    source_of,
    story_of,
    unknown_names,
    write_splits,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FOLDERS = {"TimeBank": DATA / "timeml" / "TimeBank", "MEANTIME": DATA / "timeml" / "MEANTIME",
           "t17": DATA / "tls" / "t17", "timeml_blind": BLIND_DIR}


def data_folder(dataset: str) -> Path:
    folder = FOLDERS[dataset]
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the development data is not beside this checkout")
    return folder


@pytest.mark.parametrize("dataset", DATASETS)
def test_recorded_halves_are_sorted_disjoint_and_balanced(dataset):
    split = recorded_split(dataset)
    assert split.seed == 13
    assert list(split.tune) == sorted(split.tune)
    assert list(split.check) == sorted(split.check)
    assert not set(split.tune) & set(split.check)
    assert abs(len(split.tune) - len(split.check)) <= 1


@pytest.mark.parametrize("dataset", DATASETS)
def test_recorded_halves_cover_every_file_of_the_data(dataset):
    split = recorded_split(dataset)
    assert sorted(split.tune + split.check) == names_in(dataset, data_folder(dataset))


@pytest.mark.parametrize("dataset", DATASETS)
def test_regenerating_from_the_data_gives_the_recorded_split(dataset):
    folder = data_folder(dataset)
    assert make_split(dataset, names_in(dataset, folder), 13) == recorded_split(dataset)


def test_regenerate_finds_all_three_sets_and_round_trips_through_json(tmp_path):
    data_folder("TimeBank")
    data_folder("MEANTIME")
    data_folder("t17")
    path = tmp_path / "splits.json"
    write_splits(regenerate(DATA), path)
    assert path.read_text(encoding="utf-8") == SPLITS_FILE.read_text(encoding="utf-8")
    assert read_splits(path) == read_splits(SPLITS_FILE)


def test_recorded_sizes_and_t17_stories():
    assert (len(recorded_split("TimeBank").tune), len(recorded_split("TimeBank").check)) == (91, 92)
    assert (len(recorded_split("MEANTIME").tune), len(recorded_split("MEANTIME").check)) == (58, 59)
    blind = recorded_split("timeml_blind")
    assert (len(blind.tune), len(blind.check)) == (1763, 1764)
    assert {source_of("timeml_blind", n) for n in blind.tune} == {source_of(
        "timeml_blind", n) for n in blind.check}
    t17 = recorded_split("t17")
    assert {story_of(t) for t in t17.tune} == {"H1N1", "MJ", "haiti"}
    assert {story_of(t) for t in t17.check} == {"bpoil"}


def test_half_of_names_the_recorded_half_in_any_dataset_case():
    assert half_of("t17", "bpoil_bbc") == "check"
    assert half_of("T17", "MJ_bbc") == "tune"
    assert half_of("timebank", "ABC19980108.1830.0711") == "tune"
    assert half_of("TimeBank", "ABC19980114.1830.0611") == "check"


def test_half_of_an_unknown_name_raises_naming_it():
    with pytest.raises(UnknownNames) as err:
        half_of("MEANTIME", "no_such_document")
    assert err.value.names == ("no_such_document",)
    assert str(err.value) == "MEANTIME: not in the recorded split: no_such_document"


def test_select_keeps_input_order_and_the_asked_half():
    names = ["bpoil_reuters", "MJ_bbc", "bpoil_bbc", "haiti_bbc"]
    assert select("t17", names, "check") == ["bpoil_reuters", "bpoil_bbc"]
    assert select("t17", names, "tune") == ["MJ_bbc", "haiti_bbc"]
    assert select("t17", names, "all") == names


def test_select_reports_every_unknown_name_instead_of_dropping_it():
    names = ["bpoil_bbc", "syria_bbc", "egypt_guardian", "MJ_bbc"]
    assert unknown_names("t17", names) == ["egypt_guardian", "syria_bbc"]
    with pytest.raises(UnknownNames) as err:
        select("t17", names, "tune")
    assert err.value.dataset == "t17"
    assert err.value.names == ("egypt_guardian", "syria_bbc")


def test_select_rejects_a_half_that_does_not_exist():
    with pytest.raises(ValueError, match="'tune', 'check' or 'all'"):
        select("t17", ["MJ_bbc"], "dev")  # type: ignore[arg-type]


@pytest.mark.parametrize(("folder", "expected"), [
    ("/data/timeml/TimeBank", "TimeBank"),
    ("timebank", "TimeBank"),
    (Path("x") / "MeanTime", "MEANTIME"),
    ("/data/tls/T17", "t17"),
    ("/data/tls/t17/", "t17"),
    ("/data/timeml", None),
    ("TimeBank-1.2", None),
])
def test_dataset_of_a_folder_by_its_name_ignoring_case(folder, expected):
    assert dataset_of(folder) == expected


def test_an_unknown_dataset_is_a_specific_error():
    with pytest.raises(UnknownDataset, match="'TempEval'"):
        half_of("TempEval", "x")


def test_stories_never_straddle_and_folders_balance_exactly_when_possible():
    topics = [f"a_{i}" for i in range(5)] + ["b_1", "b_2", "b_3", "c_1", "d_1"]
    for seed in range(20):
        split = make_split("t17", topics, seed)
        assert len(split.tune) == len(split.check) == 5
        for story in "abcd":
            halves = {split.half_of(t) for t in topics if story_of(t) == story}
            assert len(halves) == 1
        assert {story_of(t) for t in split.tune} in ({"a"}, {"b", "c", "d"})
    assert {make_split("t17", topics, s).tune for s in range(20)} == {
        ("a_0", "a_1", "a_2", "a_3", "a_4"), ("b_1", "b_2", "b_3", "c_1", "d_1")}


def test_timeml_split_halves_every_source_prefix():
    names = ([f"wsj_{i:04d}" for i in range(11)] + [f"APW1998{i}" for i in range(4)]
             + [f"NYT1998{i}" for i in range(3)] + ["WSJ900813-0157"])
    split = make_split("TimeBank", names, 13)
    tune = Counter(source_of("TimeBank", n) for n in split.tune)
    check = Counter(source_of("TimeBank", n) for n in split.check)
    assert tune["wsj"] + check["wsj"] == 12 and tune["wsj"] == check["wsj"] == 6
    assert tune["apw"] == check["apw"] == 2
    assert {tune["nyt"], check["nyt"]} == {1, 2}
    assert (len(split.tune), len(split.check)) in ((9, 10), (10, 9))
    assert make_split("TimeBank", list(reversed(names)), 13) == split
    assert make_split("TimeBank", names, 14) != split


def test_meantime_strata_are_the_topic_prefix():
    assert source_of("MEANTIME", "stock_1234_Markets_fall") == "stock"
    assert source_of("TimeBank", "ABC19980108.1830.0711") == "abc"
    assert source_of("TimeBank", "wsj_0006") == "wsj"
