"""Queries live in repositories: no module outside worldhire/store/ and */repository.py imports
SQLAlchemy, except the ones listed below as known debt. The list may only shrink: moving a
module's queries into a repository removes it here, and a new module with SQL fails the test."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[2] / "src" / "worldhire"

# Known debt, to move into repositories: none left. A module with queries fails the test.
KNOWN_DEBT: set[str] = set()


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
    assert found - KNOWN_DEBT == set(), "queries belong in a repository"
    assert KNOWN_DEBT - found == set(), "moved out: take it off the known debt"
