"""What a pool holds beyond its setting: whole documents where it keeps none, files where it
keeps the text only, nothing where it keeps the files."""

from __future__ import annotations

import pytest

from worldhire.governance.originals import PoolOriginals
from worldhire.governance.purges.repository import KeptDocuments


@pytest.mark.parametrize(("keeps", "over"), [("file", 0), ("text", 2), ("none", 5)])
def test_a_pool_holds_beyond_its_setting(keeps: str, over: int) -> None:
    held = KeptDocuments(documents=5, files=2, file_bytes=9_000)
    assert PoolOriginals("ten_1", keeps, held).over == over
