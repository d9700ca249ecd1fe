"""The layout rules of docs/architecture.md, checked on the source (every import, lazy ones included)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipeline", "recognizers")
ENGINE_PACKAGES = ("pipeline.beam", "pipeline.spark", "pipeline.cli")
ENGINE_MODULES = ("apache_beam", "pyspark")
MAX_MODULE_LINES = 300


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


MODULES = _modules()


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in the file (module level, functions, TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from pkg import submodule`` imports the submodule; ``from pkg import name``, pkg itself.
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
    return found


def _graph() -> dict[str, set[str]]:
    graph = {}
    for name, path in MODULES.items():
        targets = set()
        for imported in _imports(path):
            if imported in MODULES and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def test_architecture_has_no_import_cycles_between_modules():
    assert _cycles(_graph()) == []


def test_architecture_has_no_import_cycles_between_packages():
    def package(module: str) -> str:
        path = MODULES[module]
        return module if path.name == "__init__.py" else module.rpartition(".")[0]

    graph: dict[str, set[str]] = {}
    for source, targets in _graph().items():
        graph.setdefault(package(source), set())
        for target in targets:
            # a package's own __init__ importing its submodules is how packages re-export: not a cycle
            if package(target) != package(source) and not package(target).startswith(package(source) + "."):
                graph[package(source)].add(package(target))
                graph.setdefault(package(target), set())
    assert _cycles(graph) == []


@pytest.mark.parametrize("module", sorted(m for m in MODULES if not m.startswith(ENGINE_PACKAGES)))
def test_core_module_never_imports_an_engine(module):
    engines = {i for i in _imports(MODULES[module]) if i.split(".")[0] in ENGINE_MODULES}
    pipeline_engines = {i for i in _imports(MODULES[module]) if i.startswith(ENGINE_PACKAGES)}
    assert engines == set() and pipeline_engines == set()


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("recognizers")))
def test_recognizer_module_never_imports_pipeline(module):
    assert {i for i in _imports(MODULES[module]) if i.split(".")[0] == "pipeline"} == set()


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_stays_small(module):
    assert len(MODULES[module].read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_installs_no_import_order_hooks(module):
    # A module must not reach into another module to install a function at import time.
    source = MODULES[module].read_text(encoding="utf-8")
    assert not re.search(r"^\w+\.set_\w+\(", source, re.MULTILINE)


@pytest.mark.parametrize("pattern, owner", [
    (r"% 97\b", "recognizers/checksums.py"),          # IBAN mod-97
    (r"d \* 2 - 9", "recognizers/checksums.py"),      # Luhn doubling
    (r'"twelfth":', "recognizers/spoken/number_words.py"),
    (r'"september"', "recognizers/spoken/number_words.py"),
    (r'"nineteen":', "recognizers/spoken/number_words.py"),
])
def test_table_or_checksum_is_written_once(pattern, owner):
    holders = sorted(str(p.relative_to(ROOT)) for p in MODULES.values()
                     if re.search(pattern, p.read_text(encoding="utf-8")))
    assert holders in ([], [owner])


def test_architecture_doc_names_every_package():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    packages = sorted({m for m, p in MODULES.items() if p.name == "__init__.py"})
    # each package folder appears in the layout, in full or below its top-level package ("config/")
    missing = [p for p in packages
               if p.replace(".", "/") + "/" not in doc and p.partition(".")[2].replace(".", "/") + "/" not in doc]
    assert missing == []


def test_docs_are_self_contained():
    referenced = set()
    for doc in [*ROOT.glob("*.md"), *(ROOT / "docs").glob("*.md"), *(p for p in MODULES.values())]:
        referenced.update(re.findall(r"[\w./-]*FIELD-NOTES\.md|\.\./shared/[\w./-]+", doc.read_text(encoding="utf-8")))
    assert referenced == set()
