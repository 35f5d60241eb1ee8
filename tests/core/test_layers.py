"""The layers stay as ARCHITECTURE.md draws them. Queries live in repositories: no module outside
worldhire/store/ and */repository.py imports SQLAlchemy. Every package and top-level module of
worldhire stands in one layer of the import-linter contract (pyproject.toml), so a new one is
checked from its first import instead of passing unseen."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[2]
SRC = ROOT / "src" / "worldhire"


def imports_sqlalchemy(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(
                a.name.split(".")[0] == "sqlalchemy" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            return True
    return False


def test_only_repositories_and_the_store_import_sqlalchemy() -> None:
    found = {
        str(path.relative_to(SRC)) for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] != "store" and path.name != "repository.py"
        and imports_sqlalchemy(path)
    }
    assert found == set(), "queries belong in a repository"


def test_every_package_stands_in_a_layer() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    layered = {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}
    modules = {
        f"worldhire.{path.name}" for path in SRC.iterdir()
        if path.is_dir() and (path / "__init__.py").exists()
    } | {f"worldhire.{path.stem}" for path in SRC.glob("*.py") if path.stem != "__init__"}
    assert modules - layered == set(), "name it in a layer of [tool.importlinter]"
    assert layered - modules == set(), "gone: take it off the layers"


def worldhire_imports(path: Path) -> set[str]:
    """The worldhire modules a file imports, in-function imports counted."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for a in node.names}
    found |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    return {name for name in found if name.split(".")[0] == "worldhire"}


def test_migrations_read_only_the_store_and_core() -> None:
    """A migration is frozen in time: it reads no capability's code, which changes after it.
    lint-imports never sees migrations/versions, which is not a package."""
    migrations = SRC / "store" / "sql" / "migrations"
    outside = {
        f"{path.name}: {name}" for path in migrations.rglob("*.py")
        for name in worldhire_imports(path) if name.split(".")[1] not in {"store", "core"}
    }
    assert outside == set(), "copy what the migration needs into it"


# Erasure commits the database part of itself before it purges the indexes and files outside the
# store, and a retry finishes each person's purge in a transaction of its own: what must not be
# undone once the files are gone is committed there, not by the shell that asked.
COMMITS_OF_THEIR_OWN = {"governance/erasure.py"}
SHELLS_AND_STORE = {"cli", "api", "web", "store"}


def test_services_never_commit() -> None:
    committing = set()
    for path in SRC.rglob("*.py"):
        where = path.relative_to(SRC)
        if where.parts[0] in SHELLS_AND_STORE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
               and node.func.attr == "commit" for node in ast.walk(tree)):
            committing.add(str(where))
    assert committing == COMMITS_OF_THEIR_OWN, "a shell opens the unit of work and commits it"


# Import cycles, in-function imports counted (grimp reads them too): none is left. Those
# untangled went by moving the wiring above both sides (web/site.py mounts the pages) or what
# both read below them (market/figures.py, embed/model_files.py, batch/stored_shortlist.py,
# pipeline/scorecard_schemas.py), or the one function that closed the loop to the side that
# imports the other (skills.taxonomy_cache.load_taxonomy).


def import_cycles() -> set[frozenset[str]]:
    """The strongly connected parts (of more than one module) of worldhire's import graph."""
    import grimp

    graph = grimp.build_graph("worldhire", cache_dir=None)
    imports = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[frozenset[str]] = set()

    def visit(module: str) -> None:  # Tarjan's algorithm
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in imports[module]:
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            part = {stack.pop()}
            while module not in part:
                part.add(stack.pop())
            if len(part) > 1:
                found.add(frozenset(m.removeprefix("worldhire.") for m in part))

    for module in sorted(imports):
        if module not in order:
            visit(module)
    return found


def test_no_import_cycle() -> None:
    assert import_cycles() == set(), "an import cycle"


def _worldhire_imports(path: Path) -> set[str]:
    """The worldhire modules a file imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "worldhire"}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and (
                node.module.split(".")[0] == "worldhire"):
            found.add(node.module)
    return found


def test_every_import_of_a_worldhire_module_names_one_that_exists() -> None:
    """mypy runs with ignore_missing_imports, so an import of a module that moved (a branch
    written before ingest/ was foldered: `worldhire.ingest.resume_text`) passed every check and
    failed only when that reader ran."""
    modules = {
        ".".join(path.relative_to(ROOT / "src").with_suffix("").parts).removesuffix(".__init__")
        for path in SRC.rglob("*.py")
    }
    missing = {
        (str(path.relative_to(ROOT)), name)
        for folder in ("src", "tests", "bench", "tools")
        for path in (ROOT / folder).rglob("*.py")
        for name in _worldhire_imports(path)
        if name not in modules
    }
    assert missing == set()
