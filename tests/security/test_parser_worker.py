"""Issue 18's memory goal: the process that reads an uploaded file stays under 512 MB. The server
holds the embedding model (torch); its parser workers are forked from a forkserver that loaded
only the parsers and the skill linker, so they never hold torch, whatever the server loaded
(they were forked from the server, ~890 MB, before)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.api.conftest import make_settings
from tests.security import hostile
from tests.security.worker_probe import cap, hog, loaded, resident_bytes
from worldhire.api.context import AppContext
from worldhire.ingest import limits
from worldhire.ingest.budget import WorkerPool
from worldhire.ingest.errors import BudgetExceededError
from worldhire.ingest.service import read_resume


@pytest.fixture(scope="module")
def parsers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerPool]:
    import torch  # noqa: F401  (the server's process holds it: the workers must not)

    ctx = AppContext(make_settings(tmp_path_factory.mktemp("home"), parser_workers=1))
    yield ctx.parsers
    ctx.close()


def test_a_parser_worker_holds_no_torch_and_stays_small(parsers: WorkerPool) -> None:
    data, name = hostile.build("normal one-page PDF")
    [candidate], _, _ = parsers.run(read_resume, data, name, None)
    assert candidate.name == "Jane Doe" and candidate.skills
    assert not parsers.run(loaded, "torch")
    assert not parsers.run(loaded, "transformers")
    assert parsers.run(resident_bytes) < limits.MAX_PARSER_RSS_BYTES


def test_a_parser_worker_is_stopped_at_the_ceiling(parsers: WorkerPool) -> None:
    """The growth budget (384 MB) alone would let a ~300 MB worker reach ~700 MB."""
    with pytest.raises(BudgetExceededError, match="over 512 MB"):
        parsers.run(hog, 350)
    assert not parsers.run(loaded, "torch")  # its replacement is forked from the forkserver


def test_the_callers_caps_reach_a_forkserver_worker(
    parsers: WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 3)
    assert parsers.run(cap, "MAX_PDF_PAGES") == 3

