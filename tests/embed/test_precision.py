"""WORLDHIRE_EMBED_PRECISION: int8 is the same model quantised, under a name of its own."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from worldhire.index.pool import index_folder


@pytest.mark.slow
def test_int8_embeds_near_float32_under_its_own_name(tmp_path: Path) -> None:
    from worldhire.bootstrap import build
    from worldhire.config import Settings
    from worldhire.embed import minilm

    texts = ["Built a speech recognition pipeline for call recordings in PyTorch",
             "Registered nurse, eight years on a cardiac ward, night shifts",
             "Kubernetes operator for PostgreSQL failover; on call for the database team"]
    services = build(Settings.load(tmp_path, embed_precision="int8"))
    try:
        int8 = services.embedder
        assert int8 is minilm(precision="int8")
    finally:
        services.close()
    full = minilm()
    assert int8.name == "all-MiniLM-L6-v2-int8" != full.name
    assert index_folder(tmp_path, int8) != index_folder(tmp_path, full)
    near = np.sum(full.embed(texts) * int8.embed(texts), axis=1)
    assert np.all(near > 0.95), near
    # A text has one int8 vector, whatever it is embedded with (a role alone, profiles batched).
    assert float(int8.embed(texts[1:2])[0] @ int8.embed(texts)[1]) > 0.9999
    # Still the same space: each text is nearest its own float32 vector.
    assert list(np.argmax(int8.embed(texts) @ full.embed(texts).T, axis=1)) == [0, 1, 2]


def test_an_unknown_precision_is_refused() -> None:
    from worldhire.config import Settings, SettingsError

    with pytest.raises(SettingsError, match="EMBED_PRECISION"):
        Settings.load(embed_precision="fp16")
