"""The import rules of ARCHITECTURE.md, checked on the sources with ``ast``.

Imports inside functions count: a lazy import that closes a loop is still a loop.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("summarize", "tui")

#: The layers, bottom first: a module may import modules of its own group or of a lower layer.
#: Groups on one line are side by side and may not import each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("summarize.regex_cache",),
    ("summarize", "summarize.settings", "summarize.safe_text", "summarize.detokenize"),
    ("summarize.models", "summarize.resources"),
    ("summarize.ingest", "summarize.sentences", "summarize.engines"),
    ("summarize.temporal",),
    ("summarize.tagging", "summarize.stories", "summarize.dedup", "summarize.importance"),
    ("summarize.timeline", "summarize.work", "summarize.storylines"),
    ("summarize.corpus", "summarize.summarizers"),
    ("summarize.summary", "summarize.index"),
    ("summarize.open", "summarize.export"),
    ("summarize.evaluate",),
    ("tui.app",),
    ("tui.cli",),
    ("tui",),
)


def module_files(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the project's packages, by dotted name (a package by its own name)."""
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            name = ".".join(path.relative_to(root).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def imported_names(name: str, path: Path) -> set[str]:
    """The dotted names ``path`` imports anywhere in its body (functions included)."""
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                prefix = ".".join([*base, *([node.module] if node.module else [])])
            else:
                prefix = node.module or ""
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names)
    return names


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the project modules it imports (its own enclosing packages left out: importing
    a package's face from inside it is how Python works, not a loop)."""
    modules = module_files(root)

    def owner(dotted: str) -> str | None:
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = {owner(t) for t in imported_names(name, path)}
        graph[name] = {t for t in targets
                       if t is not None and t != name and not name.startswith(t + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def layer_of(module: str) -> tuple[int, str]:
    """(layer number, group) of a module: the longest group name it falls under."""
    best: tuple[int, str] | None = None
    for number, groups in enumerate(LAYERS):
        for group in groups:
            if (module == group or module.startswith(group + ".")) and \
                    (best is None or len(group) > len(best[1])):
                best = (number, group)
    assert best is not None, f"{module} is in no layer of ARCHITECTURE.md"
    return best


def against_the_flow(graph: dict[str, set[str]]) -> list[str]:
    """Imports that go up the layers or sideways between groups."""
    wrong = []
    for module, targets in sorted(graph.items()):
        layer, group = layer_of(module)
        for target in sorted(targets):
            their_layer, their_group = layer_of(target)
            if their_group != group and their_layer >= layer:
                wrong.append(f"{module} -> {target}")
    return wrong


def _doc_path(group: str) -> str:
    """How ARCHITECTURE.md names a group: `summarize/timeline.py` or `summarize/index/`."""
    path = ROOT / group.replace(".", "/")
    return f"`{group.replace('.', '/')}/`" if path.is_dir() else f"`{group.replace('.', '/')}.py`"


def test_architecture_md_lists_the_layers_in_this_order():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = [(number, group) for number, groups in enumerate(LAYERS) for group in groups
             if group not in ("summarize", "tui")]
    where = {group: text.find(_doc_path(group)) for _, group in named}
    assert [g for g, at in where.items() if at < 0] == []
    by_position = [number for number, group in sorted(named, key=lambda ng: where[ng[1]])]
    assert by_position == sorted(by_position)


def test_the_project_has_no_import_cycle():
    assert cycles(import_graph()) == []


def test_imports_follow_the_layers():
    assert against_the_flow(import_graph()) == []


def test_every_module_is_in_a_layer():
    for module in module_files():
        layer_of(module)


def test_the_textual_app_never_parses_a_command_line():
    app = {name: path for name, path in module_files().items() if name.startswith("tui.app")}
    assert len(app) > 10
    offenders = {name for name, path in app.items()
                 for n in imported_names(name, path)
                 if n.split(".")[0] == "argparse" or n == "tui.cli" or n.startswith("tui.cli.")}
    assert offenders == set()


def test_the_engine_never_imports_the_terminal():
    graph = import_graph()
    engine = {m for m in graph if m.startswith("summarize")}
    assert all(not t.startswith("tui") for m in engine for t in graph[m])
    textual = {m for m in engine
               if any(n.split(".")[0] == "textual" for n in imported_names(m, module_files()[m]))}
    assert textual == set()


def test_the_fresh_pipeline_never_imports_the_index():
    assert not any(t.startswith("summarize.index") for t in import_graph()["summarize.corpus"])


def test_the_shared_settings_are_a_leaf():
    assert import_graph()["summarize.settings"] == set()


# --- the checks can fail: each finds what it looks for in a small made-up project ----------

def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_a_cycle_through_a_lazy_import_is_found(tmp_path: Path):
    root = _project(tmp_path, {
        "summarize/__init__.py": "",
        "summarize/corpus.py": "from .index import open_index\n",
        "summarize/index/__init__.py": "def f():\n    from ..corpus import Corpus\n",
        "tui/__init__.py": "",
    })
    assert cycles(import_graph(root)) == [["summarize.corpus", "summarize.index"]]


def test_a_package_importing_its_own_modules_is_not_a_cycle(tmp_path: Path):
    root = _project(tmp_path, {
        "summarize/__init__.py": "",
        "summarize/temporal/__init__.py": "from .tagger import tag_text\n",
        "summarize/temporal/tagger.py": "from . import values\nfrom .values import Cal\n",
        "summarize/temporal/values.py": "",
        "tui/__init__.py": "",
    })
    assert cycles(import_graph(root)) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("summarize.timeline", "summarize.export.briefing", ["summarize.timeline -> "
                                                         "summarize.export.briefing"]),
    ("summarize.open", "summarize.export", ["summarize.open -> summarize.export"]),
    ("summarize.export.markdown", "summarize.timeline", []),
    ("summarize.export.markdown", "summarize.export.escape", []),
])
def test_an_import_against_the_flow_is_found(source, target, expected):
    assert against_the_flow({source: {target}, target: set()}) == expected
