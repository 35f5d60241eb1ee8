"""The shared, lazily built skill components: one taxonomy, matcher and ranker per process."""

from __future__ import annotations

import threading
from pathlib import Path

from worldhire.embed.batched import Progress
from worldhire.skills.literal import LiteralMatcher
from worldhire.skills.ranker import SkillRanker, shipped_adapter
from worldhire.skills.semantic import load_index
from worldhire.skills.taxonomy_cache import load_taxonomy

_lock = threading.Lock()
_matcher: LiteralMatcher | None = None
_ranker: SkillRanker | None = None


def default_matcher() -> LiteralMatcher:
    global _matcher
    with _lock:
        if _matcher is None:
            _matcher = LiteralMatcher(load_taxonomy())
        return _matcher


def default_ranker(progress: Progress | None = None, cache_dir: Path | None = None
                   ) -> SkillRanker:
    """The hybrid ranker on the offline MiniLM model (loads the model and the concept index;
    builds the index into `cache_dir` (the settings' skills cache) on first use when no shipped
    one fits)."""
    global _ranker
    matcher = default_matcher()
    with _lock:
        if _ranker is None:
            from worldhire.embed import minilm

            taxonomy = load_taxonomy()
            embedder = minilm()
            index = load_index(taxonomy, embedder, progress, cache_dir)
            _ranker = SkillRanker(taxonomy, embedder, index, literal=matcher,
                                  adapter=shipped_adapter())
        return _ranker
