"""The built taxonomy, kept on disk between processes.

Building it reads the bundled ESCO files and the extension and folds every one of some 125,000
names into a key: about 5 s of CPU on a loaded 2-core machine, paid by every cold command that
ranks or links (issue 16). Read back from this cache it costs a fraction of that. The file is named
after a digest of everything the build reads: the bundled data files, the code that builds the
taxonomy and the Unicode tables its name keys fold with. A change to any of them is another file,
so a stale one is never read; a file that cannot be read back (truncated, edited, from a crashed
writer) is rebuilt and replaced. A cache that cannot be written (a read-only home) is skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from worldhire.core.cache_file import replace_cache_file
from worldhire.skills import taxonomy as taxonomy_module
from worldhire.skills import text as text_module
from worldhire.skills.taxonomy import (
    ESCO_ALTLABELS_FILE,
    ESCO_LABELS_FILE,
    ESCO_NAMES_FILE,
    EXTENSION_FILE,
    Concept,
    NameEntry,
    Taxonomy,
    build_taxonomy,
)

# Raised when the layout of the file changes.
CACHE_FORMAT = 1
DATA_FILES = (("data/esco", ESCO_LABELS_FILE), ("data/esco", ESCO_ALTLABELS_FILE),
              ("skills/data", EXTENSION_FILE), ("skills/data", ESCO_NAMES_FILE))
FILE_PREFIX = "taxonomy-"

_folder: Path | None = None


def keep_taxonomy_in(folder: Path | None) -> None:
    """Where this process's taxonomy is cached (the composition root passes the settings' skills
    cache); None builds it in every process. Read once, by the first `load_taxonomy`."""
    global _folder
    _folder = folder


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The shared taxonomy: once per process, read from the on-disk cache where the composition
    root set one (building it costs seconds)."""
    return cached_taxonomy()


def cached_taxonomy(folder: Path | None = None) -> Taxonomy:
    """The taxonomy read from `folder` (default: the one `keep_taxonomy_in` set), or built and
    written there when no current, readable cache is found."""
    folder = folder if folder is not None else _folder
    if folder is None:
        return build_taxonomy()
    digest = source_digest()
    path = folder / f"{FILE_PREFIX}{digest}.json"
    try:
        return decode(json.loads(path.read_bytes()), digest)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        pass  # missing, unreadable or not ours: built below and written over
    taxonomy = build_taxonomy()
    with contextlib.suppress(OSError):
        replace_cache_file(path, json.dumps(encode(taxonomy, digest), ensure_ascii=False,
                                             separators=(",", ":")).encode(), FILE_PREFIX)
    return taxonomy


def source_digest() -> str:
    """A digest of everything the build reads and of the cache's own layout."""
    digest = hashlib.sha256(f"{CACHE_FORMAT} {unicodedata.unidata_version}".encode())
    for folder, name in DATA_FILES:
        digest.update(resources.files("worldhire").joinpath(folder, name).read_bytes())
    for code in (taxonomy_module.__file__, text_module.__file__, __file__):
        digest.update(Path(code or "").read_bytes())
    return digest.hexdigest()[:24]


def encode(taxonomy: Taxonomy, digest: str) -> dict[str, Any]:
    # Each concept's name keys, its label's first ("" when the label folds to nothing): read
    # back in concept order they rebuild the name index in the order the build made it (which
    # breaks the ties of fuzzy lookup).
    keys_of: dict[str, list[str]] = {cid: [""] for cid in taxonomy.concepts}
    for key, entries in taxonomy._names.items():
        for entry in entries:
            if entry.kind == "label":
                keys_of[entry.concept_id][0] = key
            else:
                keys_of[entry.concept_id].append(key)
    return {
        "format": CACHE_FORMAT,
        "digest": digest,
        "concepts": [
            [c.id, c.label, c.source, c.aliases, c.cased_aliases, c.ambiguous_aliases,
             c.translations, c.kind, c.description, c.esco_ids, c.shown_by, keys_of[c.id]]
            for c in taxonomy.concepts.values()
        ],
        "broader": taxonomy._broader,
        "narrower": taxonomy._narrower,
        "related": taxonomy._related,
    }


def decode(data: dict[str, Any], digest: str) -> Taxonomy:
    """The taxonomy `encode` wrote; ValueError when the file is of another build or layout."""
    if data["format"] != CACHE_FORMAT or data["digest"] != digest:
        raise ValueError("a taxonomy cache of another build")
    concepts: dict[str, Concept] = {}
    names: dict[str, list[NameEntry]] = {}
    for (cid, label, source, aliases, cased, ambiguous, translations, kind, description,
         esco_ids, shown_by, (label_key, *alias_keys)) in data["concepts"]:
        concepts[cid] = Concept(
            id=cid, label=label, source=source, aliases=tuple(aliases),
            cased_aliases=tuple(cased), ambiguous_aliases=tuple(ambiguous),
            translations=tuple(translations), kind=kind, description=description,
            esco_ids=tuple(esco_ids), shown_by=tuple(tuple(group) for group in shown_by))
        if label_key:
            names.setdefault(label_key, []).append(NameEntry(cid, "label"))
        if alias_keys:
            alias = NameEntry(cid, "alias")  # frozen: one object serves every key
            for key in alias_keys:
                names.setdefault(key, []).append(alias)
    taxonomy = Taxonomy(concepts=concepts)
    taxonomy._broader = data["broader"]
    taxonomy._narrower = data["narrower"]
    taxonomy._related = data["related"]
    taxonomy._names = names
    taxonomy._esco_by_label = {c.label: c.id for c in concepts.values() if c.source == "esco"}
    return taxonomy
