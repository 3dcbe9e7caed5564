"""The package's layout: the command line is a package whose modules import one way
(root -> command modules -> options), and the core never imports the command line."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ccsvi_check"
CLI = PACKAGE / "cli"


def _relative_imports(path: Path) -> set[tuple[int, str]]:
    """(level, dotted name) of every relative import in ``path``, nested ones too:
    ``from .options import X`` is (1, 'options'), ``from . import check`` is (1, 'check'),
    ``from ..render import Y`` is (2, 'render')."""
    found: set[tuple[int, str]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            if node.module:
                found.add((node.level, node.module.split(".")[0]))
            else:
                found.update((node.level, a.name) for a in node.names)
    return found


def cli_graph() -> dict[str, set[str]]:
    """Module of ccsvi_check/cli -> the modules of ccsvi_check/cli it imports."""
    modules = {p.stem for p in CLI.glob("*.py")}
    return {p.stem: {name for level, name in _relative_imports(p)
                     if level == 1 and name in modules and name != p.stem}
            for p in CLI.glob("*.py")}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of ``graph`` as a path, or None."""
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path, node, nxt]
            if nxt not in state:
                found = visit(nxt, [*path, node])
                if found:
                    return found
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_cli_is_a_package_without_an_import_cycle():
    graph = cli_graph()
    assert {"root", "options", "check", "claims", "validate", "export", "scan"} <= set(graph)
    assert _cycle(graph) is None, graph
    # one way: options imports no other module of the package, no command imports root
    assert graph["options"] == set()
    assert not [m for m, deps in graph.items() if "root" in deps and m != "__init__"]
    assert not (PACKAGE / "cli.py").exists() and not list(PACKAGE.glob("cli_*.py"))


def test_every_command_module_is_added_by_the_app():
    from ccsvi_check.cli import app as assembled
    from ccsvi_check.cli.root import SUBCOMMANDS

    commands = {c.name for c in assembled.registered_commands}
    commands |= {g.name for g in assembled.registered_groups}
    assert commands == set(SUBCOMMANDS)


_PRIVATE_IMPORT = re.compile(r"^\s*(?:from|import) +\w+\._", re.MULTILINE)


def test_the_private_import_pattern_finds_one():
    assert _PRIVATE_IMPORT.search("x = 1\n    from typer._coercion import RuntimeParam\n")
    assert not _PRIVATE_IMPORT.search("from typer.main import get_command\nfrom ._x import y")


def test_no_module_imports_a_private_module_of_a_dependency():
    for path in PACKAGE.rglob("*.py"):
        found = _PRIVATE_IMPORT.search(path.read_text(encoding="utf-8"))
        assert found is None, (path.name, found and found.group())


def test_the_core_never_imports_the_command_line():
    for path in PACKAGE.glob("*.py"):
        if path.name == "__main__.py":
            continue
        names = {name for level, name in _relative_imports(path) if level == 1}
        assert "cli" not in names, path.name
