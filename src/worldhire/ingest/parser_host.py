"""What parser workers hold: imported once by the forkserver they are forked from (see
`worldhire.ingest.parser_pool`), so every worker shares the parsers and the literal skill
linker instead of building its own, and holds nothing else. The process that starts them holds
the embedding model; a process that reads untrusted bytes must not."""

from __future__ import annotations

import os
from pathlib import Path

from worldhire.ingest.parser_pool import TAXONOMY_CACHE_ENV
from worldhire.ingest.service import read_resume, read_role
from worldhire.skills.linker import default_linker
from worldhire.skills.taxonomy_cache import keep_taxonomy_in

__all__ = ["read_resume", "read_role"]

if folder := os.environ.get(TAXONOMY_CACHE_ENV):
    keep_taxonomy_in(Path(folder))
# Built at import, in the forkserver: a worker replacing one killed over budget is a fork away
# from reading, not ~8 s of CPU.
default_linker()
