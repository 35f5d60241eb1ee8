"""What parser workers hold: imported once by the forkserver they are forked from (see
`worldhire.ingest.parser_pool`), so every worker shares the parsers and the literal skill
linker instead of building its own, and holds nothing else. The process that starts them holds
the embedding model; a process that reads untrusted bytes must not."""

from __future__ import annotations

from worldhire.config import Settings, SettingsError
from worldhire.ingest.service import read_resume, read_role
from worldhire.skills.linker import default_linker
from worldhire.skills.taxonomy_cache import keep_taxonomy_in

__all__ = ["read_resume", "read_role"]


def _taxonomy_cache() -> None:
    """The taxonomy is read from the skills cache the environment's settings name (building it
    costs seconds of CPU), where that folder exists: the forkserver is a new interpreter that
    knows only the environment. `parser_pool` puts its starter's skills cache there (a `--home`
    given on the command line is in no environment) and creates the folder; without it, this
    must not create a cache in a home nobody chose (then it builds the taxonomy)."""
    try:
        folder = Settings.load().skills_cache_dir
    except SettingsError:
        return
    if folder.is_dir():
        keep_taxonomy_in(folder)


# Read once at import, in the forkserver: the tables the readers build on first use (job titles,
# places, occupations' names: about 0.6 s of CPU) would otherwise be charged to each worker's
# first document, against its 2.5 s budget.
_WARM_UP_RESUME = b"""Ana Example
Data Engineer, Lisbon, Portugal
ana@example.com
Experience
Data Engineer, Example Lda, Lisbon, 2021 - present
Built Python and SQL pipelines on Airflow.
Languages: English (C1), Portuguese (native)
"""
_WARM_UP_POST = b"""Senior Data Engineer at Example Lda
Remote from Portugal. Requirements: Python, SQL. Nice to have: Airflow.
"""

_taxonomy_cache()
# Built at import, in the forkserver: a worker replacing one killed over budget is a fork away
# from reading, not ~8 s of CPU.
default_linker()
read_resume(_WARM_UP_RESUME, "warm-up.txt", None)
read_role(_WARM_UP_POST, "warm-up.txt", None)
