"""The built taxonomy is read back from its cache as it was built, and a cache of another build,
a damaged one or one that cannot be written never costs more than a build."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from worldhire.skills import taxonomy_cache
from worldhire.skills.taxonomy import Taxonomy


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, taxonomy: Taxonomy) -> list[Taxonomy]:
    """Each build the cache asks for (answered with the session's real taxonomy, built once)."""
    made: list[Taxonomy] = []

    def build() -> Taxonomy:
        made.append(taxonomy)
        return taxonomy

    monkeypatch.setattr(taxonomy_cache, "build_taxonomy", build)
    return made


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{taxonomy_cache.FILE_PREFIX}*.json"))


def test_a_cached_taxonomy_reads_back_as_built(
        tmp_path: Path, taxonomy: Taxonomy, builds: list[Taxonomy]) -> None:
    taxonomy_cache.cached_taxonomy(tmp_path)
    read = taxonomy_cache.cached_taxonomy(tmp_path)

    assert len(builds) == 1 and len(cache_files(tmp_path)) == 1
    assert read is not taxonomy and read == taxonomy
    # The order of the name index breaks fuzzy-lookup ties: it is kept too.
    assert list(read.names()) == list(taxonomy.names())
    assert read.resolve("pytorch") == taxonomy.resolve("pytorch")
    assert read.resolve("kubernets") == taxonomy.resolve("kubernets")


def test_a_change_to_the_bundled_data_builds_anew_and_drops_the_old_cache(
        tmp_path: Path, builds: list[Taxonomy], monkeypatch: pytest.MonkeyPatch) -> None:
    taxonomy_cache.cached_taxonomy(tmp_path)
    [old] = cache_files(tmp_path)
    monkeypatch.setattr(taxonomy_cache, "source_digest", lambda: "another-build")

    taxonomy_cache.cached_taxonomy(tmp_path)

    assert len(builds) == 2
    assert cache_files(tmp_path) == [tmp_path / f"{taxonomy_cache.FILE_PREFIX}another-build.json"]
    assert not old.exists()


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],  # a writer killed half-way
    lambda text: "",
    lambda text: json.dumps({**json.loads(text), "digest": "copied from elsewhere"}),
    lambda text: json.dumps({**json.loads(text), "format": 0}),
    lambda text: json.dumps({**json.loads(text), "concepts": [["only an id"]]}),
    lambda text: "[1, 2, 3]",
])
def test_a_damaged_cache_is_rebuilt_and_replaced(
        tmp_path: Path, taxonomy: Taxonomy, builds: list[Taxonomy],
        damage: Callable[[str], str]) -> None:
    taxonomy_cache.cached_taxonomy(tmp_path)
    [path] = cache_files(tmp_path)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")

    assert taxonomy_cache.cached_taxonomy(tmp_path) == taxonomy
    assert len(builds) == 2
    assert taxonomy_cache.cached_taxonomy(tmp_path) == taxonomy
    assert len(builds) == 2  # the rebuilt file was written back whole


def test_a_cache_that_cannot_be_written_still_gives_the_taxonomy(
        tmp_path: Path, taxonomy: Taxonomy, builds: list[Taxonomy]) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")

    assert taxonomy_cache.cached_taxonomy(blocked / "skills") == taxonomy
    assert taxonomy_cache.cached_taxonomy(blocked / "skills") == taxonomy
    assert len(builds) == 2


def test_without_a_cache_folder_the_taxonomy_is_built(
        builds: list[Taxonomy], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(taxonomy_cache, "_folder", None)
    taxonomy_cache.cached_taxonomy()
    assert len(builds) == 1
