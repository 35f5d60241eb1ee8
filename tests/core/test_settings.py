"""Settings: one place reads the environment, and docs/settings.md lists every variable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from worldhire.config import ENV_PREFIX, Settings, SettingsError, passed_to_a_new_interpreter

SRC = Path(__file__).parents[2] / "src" / "worldhire"
DOC = Path(__file__).parents[2] / "docs" / "settings.md"
# Writing a third-party library's switch before importing it is not reading a setting.
LIBRARY_SWITCHES = re.compile(r"os\.environ\.setdefault\(\"(HF_HUB_OFFLINE|TRANSFORMERS_OFFLINE|"
                              r"RAY_USAGE_STATS_ENABLED)\"")


def test_no_module_but_the_settings_reads_the_environment() -> None:
    readers = []
    for path in SRC.rglob("*.py"):
        if path == SRC / "config.py":  # the settings (and what they pass to a new interpreter)
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"os\.environ|os\.getenv|getenv\(", line) and not LIBRARY_SWITCHES.search(
                    line):
                readers.append(f"{path.relative_to(SRC)}:{number}")
    assert readers == []


def test_the_docs_list_every_setting() -> None:
    documented = set(re.findall(rf"`({ENV_PREFIX}[A-Z_]+)`", DOC.read_text(encoding="utf-8")))
    fields = {f"{ENV_PREFIX}{name.upper()}" for name in Settings.model_fields}
    assert fields <= documented
    assert documented - fields == {f"{ENV_PREFIX}TOKEN"}


def test_home_beats_the_environment_and_sets_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORLDHIRE_HOME", str(tmp_path / "from-env"))
    monkeypatch.delenv("WORLDHIRE_DATABASE_URL", raising=False)
    assert Settings.load().home == tmp_path / "from-env"
    given = Settings.load(tmp_path / "given")
    assert given.home == tmp_path / "given"
    assert given.database_url == f"sqlite:///{tmp_path / 'given' / 'worldhire.db'}"
    monkeypatch.setenv("WORLDHIRE_DATABASE_URL", "postgresql://db/wh")
    assert Settings.load(tmp_path).database_url == "postgresql://db/wh"


@pytest.mark.parametrize(("value", "on"), [("regions", True), ("1", True), ("off", False),
                                           ("", False)])
def test_residency_switch(monkeypatch: pytest.MonkeyPatch, value: str, on: bool) -> None:
    monkeypatch.setenv("WORLDHIRE_RESIDENCY", value)
    assert Settings.load().residency is on


def test_a_bad_value_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORLDHIRE_API_RATE_PER_SECOND", "fast")
    with pytest.raises(SettingsError, match="WORLDHIRE_API_RATE_PER_SECOND"):
        Settings.load()


def test_create_app_switches_residency_from_its_settings(tmp_path: Path) -> None:
    from worldhire.api.app import create_app
    from worldhire.api.settings import ApiSettings
    from worldhire.store.sql.regional import RegionalRepository

    plain = create_app(ApiSettings.load(Settings.load(tmp_path / "a"), secret_key="s"))
    regional = create_app(ApiSettings.load(Settings.load(tmp_path / "b", residency=True),
                                           secret_key="s"))
    try:
        assert not isinstance(plain.state.ctx.repo, RegionalRepository)
        assert isinstance(regional.state.ctx.repo, RegionalRepository)
    finally:
        plain.state.ctx.close()
        regional.state.ctx.close()


def test_settings_passed_to_a_new_interpreter_are_set_while_it_starts_then_taken_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORLDHIRE_SKILLS_CACHE", raising=False)
    monkeypatch.setenv("WORLDHIRE_HOME", str(tmp_path / "before"))
    with passed_to_a_new_interpreter(skills_cache=str(tmp_path / "skills"),
                                     home=str(tmp_path / "home")):
        seen = Settings.load()
    assert (seen.skills_cache_dir, seen.home) == (tmp_path / "skills", tmp_path / "home")
    after = Settings.load()
    assert after.skills_cache is None and after.home == tmp_path / "before"
    with (pytest.raises(SettingsError, match="no such setting: skils_cache"),
          passed_to_a_new_interpreter(skils_cache="x")):
        pass
