"""``dateline stories``, ``--story`` on export/tag, ``export --by-story`` and ``--split``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = str(ROOT / "samples")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, cwd=ROOT,
                          timeout=300)


def stories() -> list[dict]:
    done = run("stories", SAMPLES, "--json", "--no-index")
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)["stories"]


def test_stories_json_holds_every_article_once_with_the_ids_of_articles_json():
    found = stories()
    listed = json.loads(run("articles", SAMPLES, "--json").stdout)
    ids = [a for s in found for a in s["articles"]]
    assert sorted(ids) == sorted(a["id"] for a in listed)
    assert [len(s["articles"]) for s in found] == [9, 8]
    first = found[0]
    assert set(first) == {"id", "label", "articles", "sources", "first", "last"}
    assert (first["first"], first["last"]) == ("2024-05-01", "2024-05-10")
    assert "Harbour Wire" in first["sources"]


def test_stories_table_names_each_story():
    out = run("stories", SAMPLES, "--no-index").stdout.decode()
    assert "2 stories" in out and "Valmora" in out and "Orvessa" in out


def test_export_without_story_options_is_unchanged_and_by_story_adds_a_list():
    plain = json.loads(run("export", SAMPLES, "--format", "json", "--no-index").stdout)
    by_story = json.loads(run("export", SAMPLES, "--format", "json", "--no-index",
                              "--by-story").stdout)
    assert "stories" not in plain
    assert by_story["dates"] == plain["dates"]
    assert [s["id"] for s in by_story["stories"]] == [s["id"] for s in stories()]
    siege = by_story["stories"][1]
    cited = {x["article"] for d in siege["dates"] for x in d["sentences"]}
    assert cited and cited <= set(siege["articles"])


def test_export_by_story_markdown_has_a_section_and_diagram_per_story():
    text = run("export", SAMPLES, "--by-story", "--no-index").stdout.decode()
    assert text.count("```mermaid") == 2
    assert "## 1. Valmora" in text and "## 2. Orvessa" in text
    assert text.index("## 1. Valmora") < text.index("## 2. Orvessa")


def test_export_split_writes_a_file_per_story(tmp_path):
    folder = tmp_path / "out"
    done = run("export", SAMPLES, "--split", str(folder), "--format", "json", "--no-index")
    assert done.returncode == 0, done.stderr.decode()
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"{s['id']}.json" for s in stories())
    one = json.loads((folder / names[0]).read_text())
    assert {a["id"] for a in one["articles"]} in [set(s["articles"]) for s in stories()]


def test_story_option_narrows_export_and_tag():
    siege = stories()[1]
    done = run("tag", SAMPLES, "--story", "orvessa", "--format", "json")
    assert sorted(a["article"] for a in json.loads(done.stdout)) == sorted(siege["articles"])
    done = run("export", SAMPLES, "--story", siege["id"], "--format", "json", "--no-index")
    assert {a["id"] for a in json.loads(done.stdout)["articles"]} == set(siege["articles"])


def test_unknown_story_is_one_line_and_exit_2():
    done = run("export", SAMPLES, "--story", "lighthouse", "--no-index")
    assert done.returncode == 2
    assert done.stderr.decode().strip().splitlines()[-1] == \
        "dateline: no story 'lighthouse' (see dateline stories)"
    assert "Traceback" not in done.stderr.decode()


def test_split_onto_a_file_or_with_output_is_one_line(tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("x")
    done = run("export", SAMPLES, "--split", str(taken), "--no-index")
    assert done.returncode == 2
    assert done.stderr.decode().strip() == f"dateline: {taken}: is not a folder"
    done = run("export", SAMPLES, "--split", str(tmp_path / "d"), "-o", "x.md", "--no-index")
    assert done.returncode == 2
    assert done.stderr.decode().strip() == \
        "dateline: --split writes one file per story; leave out -o"


def test_by_story_json_validates_against_the_export_schema():
    import jsonschema

    schema = json.loads((ROOT / "summarize/export/schema.json").read_text())
    data = json.loads(run("export", SAMPLES, "--format", "json", "--no-index",
                          "--by-story").stdout)
    jsonschema.validate(data, schema)
    data["stories"][0].pop("dates")
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as err:
        assert "'dates' is a required property" in str(err)
    else:
        raise AssertionError("a story without its dates passed the schema")
