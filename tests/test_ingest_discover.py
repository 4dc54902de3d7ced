"""Path expansion: folder recursion order, hidden files, globs, stdin, duplicates, unique ids."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summarize.ingest import discover, load_paths
from summarize.models import Problem


def make_tree(root: Path, files: list[str]) -> None:
    for rel in files:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Article in {rel}.\n")


TREE = [
    "b.txt", "a.md", "day10.txt", "day2.txt", "Sub/x.json", "sub2/deep/y.html", "c.jsonl",
    ".hidden.txt", ".git/config.txt", "_build/z.txt", "notes.pdf", "image.png", "README",
]


def test_folder_is_recursive_sorted_and_skips_hidden_and_unknown_types(tmp_path):
    make_tree(tmp_path, TREE)
    found, problems = discover([str(tmp_path)])
    assert problems == []
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "_build/z.txt", "a.md", "b.txt", "c.jsonl", "day2.txt", "day10.txt", "Sub/x.json",
        "sub2/deep/y.html",
    ]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("*.txt", ["b.txt", "day2.txt", "day10.txt"]),
    ("day*", ["day2.txt", "day10.txt"]),
    ("**/*.json", ["Sub/x.json"]),
    ("sub*", ["sub2/deep/y.html"]),  # globs are case-sensitive, like the shell's
    ("[Ss]ub*", ["Sub/x.json", "sub2/deep/y.html"]),
])
def test_globs(tmp_path, pattern, expected):
    make_tree(tmp_path, TREE)
    found, problems = discover([str(tmp_path / pattern)])
    assert problems == []
    assert [p.relative_to(tmp_path).as_posix() for p in found] == expected


def test_glob_matching_nothing(tmp_path):
    pattern = str(tmp_path / "*.md")
    assert discover([pattern]) == ([], [Problem(pattern, "no files match this pattern")])


def test_order_follows_arguments_and_duplicates_are_kept_once(tmp_path):
    make_tree(tmp_path, ["a.txt", "b.txt"])
    found, _ = discover([str(tmp_path / "b.txt"), str(tmp_path), "-", "-"])
    assert found == [tmp_path / "b.txt", tmp_path / "a.txt", "-"]


def test_explicit_file_with_any_extension_is_kept(tmp_path):
    (tmp_path / "story.dat").write_text("Some story.")
    found, problems = discover([str(tmp_path / "story.dat")])
    assert (found, problems) == ([tmp_path / "story.dat"], [])


def test_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "story.dat").write_text('{"id": "s1", "text": "A story."}\n{"text": "Another."}\n')
    result = load_paths([str(tmp_path / "story.dat")])
    assert [(a.id, a.text) for a in result.articles] == [
        ("s1", "A story."), ("story#2", "Another.")]


def test_ids_are_unique_across_one_load(tmp_path):
    make_tree(tmp_path, ["a/report.txt", "b/report.txt", "c/report.txt"])
    result = load_paths([str(tmp_path)])
    # a repeated id takes "~N", which no given id can hold (a file "report-2.txt" is "report-2")
    assert [a.id for a in result.articles] == ["report", "report~2", "report~3"]
    assert [a.origin for a in result.articles] == [
        str(tmp_path / "a" / "report.txt"), str(tmp_path / "b" / "report.txt"),
        str(tmp_path / "c" / "report.txt")]


def test_progress_callback_after_each_file(tmp_path):
    make_tree(tmp_path, ["a.txt", "b.txt"])
    calls = []
    load_paths([str(tmp_path), "-"], stdin=io.BytesIO(b"From stdin."),
               on_file=lambda path, done, total: calls.append((path, done, total)))
    assert calls == [
        (str(tmp_path / "a.txt"), 1, 3), (str(tmp_path / "b.txt"), 2, 3), ("<stdin>", 3, 3)]


def test_stdin_article(tmp_path):
    result = load_paths(["-"], stdin=io.BytesIO(b"Plain text from a pipe."))
    [article] = result.articles
    assert (article.id, article.text, article.origin) == (
        "stdin", "Plain text from a pipe.", "<stdin>")


def test_datelineignore_skips_listed_files_and_folders(tmp_path):
    (tmp_path / "keep.txt").write_text("Strike ends\n\nThe strike ended.\n")
    (tmp_path / "ANSWERS.json").write_text("{}")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("call the union\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ANSWERS.md").write_text("# key\n")
    (tmp_path / "sub" / "story.md").write_text("# Story\n\nText.\n")
    (tmp_path / ".datelineignore").write_text("# answer keys\nANSWERS.*\nnotes\nsub/ANSWERS.md\n")
    found, problems = discover([str(tmp_path)])
    assert problems == []
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["keep.txt", "sub/story.md"]
