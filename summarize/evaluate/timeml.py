"""Score a temporal tagger against TimeML gold files the way TempEval-3 Task A does.

Strict match = identical span, relaxed = any overlap (one-to-one, greedy by largest overlap);
type and value are scored over relaxed matches (P = correct / system, R = correct / gold).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from summarize.models import Problem

if TYPE_CHECKING:
    from rich.console import Console, Group


class MentionLike(Protocol):
    """What the scorer needs from a system mention: a span into the text and TIMEX3 attributes."""

    start: int
    end: int
    type: str
    value: str


Tagger = Callable[[str, date | None], Sequence[MentionLike]]


class TimemlParseError(ValueError):
    """A .tml file that is not well-formed XML or has no <TEXT>."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A gold TIMEX3; ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """The text inside <TEXT>, its creation date and the gold TIMEX3s that consume text."""

    name: str
    text: str
    dct: date | None
    gold: tuple[GoldTimex, ...]
    #: Non-consuming TIMEX3s (empty text, e.g. anchors); no span, so never scored.
    empty: tuple[GoldTimex, ...] = ()


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, correct: int, system: int, gold: int) -> Scores:
        """P = correct/system, R = correct/gold, F1 their harmonic mean (0 when undefined)."""
        p = correct / system if system else 0.0
        r = correct / gold if gold else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)

    def to_json(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class DocumentScore:
    name: str
    gold: int
    system: int
    relaxed_f1: float
    value_f1: float


@dataclass(frozen=True, slots=True)
class ValueMistake:
    """A relaxed match whose value differs from the gold one."""

    gold_text: str
    system_text: str
    gold_value: str
    system_value: str


@dataclass(frozen=True, slots=True)
class TimemlReport:
    """Micro-averaged TempEval-3 scores plus what went wrong, most frequent first."""

    documents: int
    gold: int
    system: int
    strict: Scores
    relaxed: Scores
    type: Scores
    value: Scores
    per_document: tuple[DocumentScore, ...]
    value_errors: tuple[tuple[ValueMistake, int], ...]
    value_error_shapes: tuple[tuple[tuple[str, str], int], ...]
    type_errors: tuple[tuple[tuple[str, str], int], ...]
    missed: tuple[tuple[str, int], ...]
    spurious: tuple[tuple[str, int], ...]
    problems: tuple[Problem, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"documents": self.documents, "gold": self.gold, "system": self.system,
                "strict": self.strict.to_json(), "relaxed": self.relaxed.to_json(),
                "type": self.type.to_json(), "value": self.value.to_json()}

    def worst_documents(self, n: int = 10) -> list[DocumentScore]:
        """Documents with gold timexes: lowest relaxed, then value F1, then most gold first."""
        scored = [d for d in self.per_document if d.gold]
        return sorted(scored, key=lambda d: (d.relaxed_f1, d.value_f1, -d.gold, d.name))[:n]

    def to_rich(self) -> Group:
        from rich.console import Group

        return Group(*_rich_tables(self))

    def render(self, console: Console) -> None:
        console.print(self.to_rich())

    def to_markdown(self, n: int = 15) -> str:
        return _markdown(self, n)



def read_tml(path: str | Path) -> TimemlDocument:
    """Parse one TimeML file; raise TimemlParseError when it is malformed or has no <TEXT>."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise TimemlParseError(f"not well-formed TimeML: {exc}") from exc
    text_elem = next((e for e in root.iter() if _local(e.tag) == "TEXT"), None)
    if text_elem is None:
        raise TimemlParseError("no <TEXT> element")
    parts: list[str] = []
    found: list[GoldTimex] = []
    _flatten(text_elem, parts, found, 0)
    text = "".join(parts)
    creation = [t for t in root.iter() if _is_creation_time(t)]
    gold = tuple(t for t in found if t.start < t.end)
    empty = tuple(t for t in found if t.start == t.end)
    dct = _parse_dct(creation[0].get("value", "")) if creation else None
    return TimemlDocument(path.stem, text, dct, gold, empty)


def _flatten(elem: ET.Element, parts: list[str], found: list[GoldTimex], pos: int) -> int:
    """Append elem's inner text to parts, recording TIMEX3 spans; return the new offset."""
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        pos = _flatten(child, parts, found, pos)
        if _local(child.tag) == "TIMEX3" and not _is_creation_time(child):
            found.append(GoldTimex(start, pos, "".join(child.itertext()), child.get("type", ""),
                                   child.get("value", ""), child.get("tid", "")))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def _local(tag: object) -> str:
    """Tag name without its XML namespace (comments and PIs have non-string tags)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _is_creation_time(elem: ET.Element) -> bool:
    return _local(elem.tag) == "TIMEX3" and elem.get("functionInDocument") == "CREATION_TIME"


def _parse_dct(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def read_tml_folder(directory: str | Path, names: Collection[str] | None = None
                    ) -> tuple[list[TimemlDocument], list[Problem]]:
    """Read every *.tml in directory (sorted; only the stems in ``names`` when given);
    unreadable files become problems."""
    docs: list[TimemlDocument] = []
    problems: list[Problem] = []
    for path in sorted(Path(directory).glob("*.tml")):
        if names is not None and path.stem not in names:
            continue
        try:
            docs.append(read_tml(path))
        except (TimemlParseError, OSError) as exc:
            problems.append(Problem(str(path), str(exc)))
    return docs, problems



def match_relaxed(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]
                  ) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, largest overlap first."""
    order = sorted(range(len(system)), key=lambda j: system[j][0])
    pairs = []
    for i, (gs, ge) in enumerate(gold):
        for j in order:
            ss, se = system[j]
            if ss >= ge:
                break
            overlap = min(ge, se) - max(gs, ss)
            if overlap > 0:
                pairs.append((-overlap, i, j))
    pairs.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            matched.append((i, j))
    return sorted(matched)


def count_strict(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]]) -> int:
    """How many gold spans have an identical system span (each system span used once)."""
    available = Counter(system)
    hits = 0
    for span in gold:
        if available[span] > 0:
            available[span] -= 1
            hits += 1
    return hits


def score(docs: Iterable[TimemlDocument], tagger: Tagger,
          problems: Iterable[Problem] = ()) -> TimemlReport:
    """Run tagger on each document and pool the counts over all of them (micro average)."""
    problems = list(problems)
    n_docs = n_gold = n_system = n_strict = n_relaxed = n_type = n_value = 0
    per_doc: list[DocumentScore] = []
    mistakes: Counter[ValueMistake] = Counter()
    shapes: Counter[tuple[str, str]] = Counter()
    type_errors: Counter[tuple[str, str]] = Counter()
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for doc in docs:
        try:
            system = list(tagger(doc.text, doc.dct))
        except Exception as exc:  # a tagger crash scores as "found nothing" and is reported
            problems.append(Problem(doc.name, f"tagger raised {type(exc).__name__}: {exc}"))
            system = []
        gold_spans = [(g.start, g.end) for g in doc.gold]
        system_spans = [(m.start, m.end) for m in system]
        pairs = match_relaxed(gold_spans, system_spans)
        types = values = 0
        for i, j in pairs:
            g, m = doc.gold[i], system[j]
            if g.type.strip().upper() == m.type.strip().upper():
                types += 1
            else:
                type_errors[(g.type, m.type)] += 1
            if g.value.strip() == m.value.strip():
                values += 1
            else:
                mistakes[ValueMistake(g.text, _span(doc.text, m), g.value, m.value)] += 1
                shapes[(_shape(g.value), _shape(m.value))] += 1
        hit_gold = {i for i, _ in pairs}
        hit_system = {j for _, j in pairs}
        missed.update(_key(g.text) for i, g in enumerate(doc.gold) if i not in hit_gold)
        spurious.update(_key(_span(doc.text, m)) for j, m in enumerate(system)
                        if j not in hit_system)
        n_docs += 1
        n_gold += len(doc.gold)
        n_system += len(system)
        n_strict += count_strict(gold_spans, system_spans)
        n_relaxed += len(pairs)
        n_type += types
        n_value += values
        per_doc.append(DocumentScore(doc.name, len(doc.gold), len(system),
                                     Scores.of(len(pairs), len(system), len(doc.gold)).f1,
                                     Scores.of(values, len(system), len(doc.gold)).f1))
    return TimemlReport(
        documents=n_docs, gold=n_gold, system=n_system,
        strict=Scores.of(n_strict, n_system, n_gold),
        relaxed=Scores.of(n_relaxed, n_system, n_gold),
        type=Scores.of(n_type, n_system, n_gold),
        value=Scores.of(n_value, n_system, n_gold),
        per_document=tuple(per_doc),
        value_errors=_ranked(mistakes), value_error_shapes=_ranked(shapes),
        type_errors=_ranked(type_errors), missed=_ranked(missed), spurious=_ranked(spurious),
        problems=tuple(problems),
    )


def evaluate_timeml(directory: str | Path, tagger: Tagger | None = None,
                    names: Collection[str] | None = None) -> TimemlReport:
    """Score tagger (default: dateline's ``summarize.temporal.tag_text``) on a TimeML folder
    (only the documents whose stems are in ``names`` when given)."""
    if tagger is None:
        from summarize.temporal import tag_text

        tagger = tag_text
    docs, problems = read_tml_folder(directory, names)
    return score(docs, tagger, problems)


def _span(text: str, mention: MentionLike) -> str:
    return text[mention.start:mention.end]


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _shape(value: str) -> str:
    """The form of a TIMEX3 value with digits masked: '1989-10-27' -> '9999-99-99'."""
    return re.sub(r"\d", "9", value.strip()) or "(empty)"


def _ranked(counter: Counter[Any]) -> tuple[tuple[Any, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))



def _rich_tables(report: TimemlReport, n: int = 15) -> list[Any]:
    from rich.table import Table

    title = (f"TimeML (TempEval-3 Task A): {report.documents} documents, "
             f"{report.gold} gold, {report.system} system")
    scores = Table(title=title, caption=error_summary(report))
    for column in ("", "Precision", "Recall", "F1"):
        scores.add_column(column, justify="left" if not column else "right")
    for name, s in _score_rows(report):
        scores.add_row(name, f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}")
    tables: list[Any] = [scores]
    for heading, columns, rows in _detail_sections(report, n):
        table = Table(title=heading)
        for column in columns:
            table.add_column(column)
        for row in rows:
            table.add_row(*row)
        tables.append(table)
    return tables


def _score_rows(report: TimemlReport) -> list[tuple[str, Scores]]:
    return [("Strict span", report.strict), ("Relaxed span", report.relaxed),
            ("Type", report.type), ("Value", report.value)]


def _detail_sections(report: TimemlReport, n: int
                     ) -> list[tuple[str, list[str], list[list[str]]]]:
    """(heading, columns, rows) for each table of what to fix."""
    worst = [[d.name, str(d.gold), str(d.system), f"{d.relaxed_f1:.3f}", f"{d.value_f1:.3f}"]
             for d in report.worst_documents(10)]
    values = [[str(c), m.gold_text, m.system_text, m.gold_value, m.system_value]
              for m, c in report.value_errors[:n]]
    shapes = [[str(c), g, s] for (g, s), c in report.value_error_shapes[:n]]
    types = [[str(c), g, s] for (g, s), c in report.type_errors[:n]]
    missed = [[str(c), t] for t, c in report.missed[:n]]
    spurious = [[str(c), t] for t, c in report.spurious[:n]]
    problems = [[p.path, p.message] for p in report.problems[:n]]
    sections = [
        ("Worst documents", ["Document", "Gold", "System", "Relaxed F1", "Value F1"], worst),
        ("Most frequent value errors", ["Count", "Gold text", "System text", "Gold value",
                                        "System value"], values),
        ("Value errors by shape", ["Count", "Gold shape", "System shape"], shapes),
        ("Type confusions", ["Count", "Gold type", "System type"], types),
        ("Most frequent misses (gold not found)", ["Count", "Gold text"], missed),
        ("Most frequent spurious (system, no gold)", ["Count", "System text"], spurious),
        ("Problems", ["Path", "Message"], problems),
    ]
    return [section for section in sections if section[2]]


def error_summary(report: TimemlReport) -> str:
    """One line counting each kind of error, to see which one to fix first."""
    total = sum(c for _, c in report.value_error_shapes)
    same = sum(c for (g, s), c in report.value_error_shapes if g == s)
    return (f"Errors: {sum(c for _, c in report.missed)} gold missed, "
            f"{sum(c for _, c in report.spurious)} spurious, "
            f"{sum(c for _, c in report.type_errors)} wrong type, {total} wrong value "
            f"({same} of the same form as gold, {total - same} of another form).")


def _markdown(report: TimemlReport, n: int) -> str:
    lines = [f"{report.documents} documents, {report.gold} gold TIMEX3, "
             f"{report.system} system mentions.", "", error_summary(report), "",
             "| | Precision | Recall | F1 |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} |"
              for name, s in _score_rows(report)]
    for heading, columns, rows in _detail_sections(report, n):
        lines += ["", f"## {heading}", "", "| " + " | ".join(columns) + " |",
                  "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return (" ".join(text.split()) or "(empty)").replace("|", "\\|")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m summarize.evaluate.timeml DIR``: print the scores of dateline's tagger."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python -m summarize.evaluate.timeml DIR", file=sys.stderr)
        return 2
    from rich.console import Console

    evaluate_timeml(args[0]).render(Console())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
