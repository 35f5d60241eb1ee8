"""Every exception class of the package derives from WorldhireError, and docs/errors.md lists
each with its status, code and CLI exit code."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import worldhire
from worldhire.cli.main import app
from worldhire.core.errors import EXIT_CODES, INTERNAL_EXIT_CODE, WorldhireError

DOC = Path(__file__).parents[2] / "docs" / "errors.md"
ROW = re.compile(
    r"^\| `(worldhire\.[\w.]+)` \| (\d+|per use) \| (?:`([\w-]+)`|[^|]+) \| (\d+|by status) \|$"
)


def exception_classes() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(worldhire.__path__, "worldhire."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, cls in vars(module).items():
            if (inspect.isclass(cls) and issubclass(cls, BaseException)
                    and cls.__module__ == module.__name__):
                found[f"{module.__name__}.{name}"] = cls
    return found


def test_every_exception_class_derives_from_the_base() -> None:
    strays = [name for name, cls in exception_classes().items()
              if not issubclass(cls, WorldhireError)]
    assert strays == []


def test_the_table_in_the_docs_lists_every_class_as_it_is() -> None:
    documented = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            documented[match.group(1)] = match.groups()[1:]
    expected = {}
    for name, cls in exception_classes().items():
        assert issubclass(cls, WorldhireError)
        if documented.get(name, ("",))[0] == "per use":
            expected[name] = documented[name]
            continue
        exit_code = EXIT_CODES.get(cls.status, INTERNAL_EXIT_CODE)
        expected[name] = (str(cls.status), cls.code, str(exit_code))
    assert documented == expected


def test_each_class_has_a_code_of_its_own() -> None:
    codes = [cls.code for name, cls in exception_classes().items()
             if issubclass(cls, WorldhireError) and not name.endswith(".Problem")]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(("args", "exit_code", "words"), [
    (["roles-for", "no-such-candidate", "--no-semantic"], 3, "no candidate"),
    (["market", "gaps", "no-such-candidate"], 3, "no candidate"),
    (["privacy", "erase", "no-such-candidate"], 3, "no candidate"),
    (["teams", "plan", "no-such-spec.yaml"], 2, "cannot read"),
])
def test_the_cli_prints_the_reason_and_exits_with_the_code_of_the_class(
    tmp_path: Path, args: list[str], exit_code: int, words: str
) -> None:
    result = CliRunner().invoke(app, ["--home", str(tmp_path), *args])
    assert result.exit_code == exit_code, result.output
    assert "error:" in result.output and words in result.output
    assert "Traceback" not in result.output
