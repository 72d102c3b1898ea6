"""The package's modules form no import cycle, and none reads another's private names.

Read with the standard library's ``ast`` from the source files, resolving relative and
absolute imports of ``parcelkit`` modules.  Only imports that run at module level count
for cycles (those in module-level ``if``/``try`` blocks too, but not under
``if TYPE_CHECKING:``, which never runs): an import inside a function runs when the
function is called, after every module involved has finished loading, so it cannot leave
a module half-initialised.  Such deferred imports are how optional or heavy parts (NumPy,
pycountry) stay out of ``import parcelkit``.
"""

from __future__ import annotations

import ast
import pathlib

import pytest

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "parcelkit"


def _name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_package(module: str) -> bool:
    return MODULES[module].name == "__init__.py"


def _resolve(module: str, node: ast.ImportFrom) -> str:
    """The absolute name a ``from … import`` in *module* reads from."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not _is_package(module):
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _module_level(tree: ast.Module) -> list[ast.stmt]:
    """Statements run at import: the body, and the bodies of module-level if/try blocks."""
    out: list[ast.stmt] = []
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        stmt = todo.pop(0)
        out.append(stmt)
        if isinstance(stmt, ast.If):
            checking = isinstance(stmt.test, ast.Name) and stmt.test.id == "TYPE_CHECKING"
            todo += ([] if checking else stmt.body) + stmt.orelse
        elif isinstance(stmt, ast.Try):
            todo += stmt.body + stmt.orelse + stmt.finalbody
            for handler in stmt.handlers:
                todo += handler.body
    return out


def _targets(module: str, node: ast.stmt) -> set[str]:
    """The parcelkit modules an import statement loads."""
    found: set[str] = set()
    if isinstance(node, ast.Import):
        found = {a.name for a in node.names}
    elif isinstance(node, ast.ImportFrom):
        base = _resolve(module, node)
        found = {base}
        found |= {f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES}
    # importing a.b.c runs a and a.b first
    return {
        ".".join(t.split(".")[: i + 1])
        for t in found
        for i in range(len(t.split(".")))
        if ".".join(t.split(".")[: i + 1]) in MODULES
    } - {module}


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for stmt in _module_level(tree):
            edges |= _targets(module, stmt)
        # a package's submodule imports its package first; that is not a cycle
        graph[module] = {t for t in edges if not module.startswith(t + ".")}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for t in sorted(graph[m]):
            if state.get(t) == 1:
                return [*stack[stack.index(t) :], t]
            if t not in state and (found := visit(t)):
                return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_the_graph_is_read() -> None:
    graph = _graph()
    assert "parcelkit.carriers" not in graph["parcelkit.s10"]  # only for type checking
    assert "parcelkit._s10_rules" in graph["parcelkit.s10"]
    assert "parcelkit.carriers._engine" in graph["parcelkit.carriers._columnar"]
    # deferred imports are not edges: the engine loads the column path only when called
    assert "parcelkit.carriers._columnar" not in graph["parcelkit.carriers._engine"]


def test_no_import_cycle() -> None:
    assert _cycle(_graph()) is None


def test_a_cycle_is_found() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_reads_another_modules_private_names(module: str) -> None:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    aliases: dict[str, str] = {}  # local name -> parcelkit module
    bad: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = _resolve(module, node)
            if not base.startswith("parcelkit"):
                continue
            for a in node.names:
                if f"{base}.{a.name}" in MODULES:
                    aliases[a.asname or a.name] = f"{base}.{a.name}"
                elif _private(a.name):
                    bad.append(f"{base}.{a.name}")
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name in MODULES and a.asname:
                    aliases[a.asname] = a.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and _private(node.attr)
            and not (MODULES.get(f"{aliases[node.value.id]}.{node.attr}"))
        ):
            bad.append(f"{aliases[node.value.id]}.{node.attr}")
    assert not bad, f"{module} reads private names: {sorted(set(bad))}"
