"""BM25 over profiles: tool names survive tokenising, filters and empty queries behave."""

from __future__ import annotations

import numpy as np

from worldhire.index.lexical import LexicalIndex, tokens


def test_tokens_keep_tool_names() -> None:
    assert tokens("C++ and C# with R, the PyTorch way") == ["c++", "c#", "r", "pytorch", "way"]


def test_search_ranks_by_terms_and_respects_the_filter() -> None:
    index = LexicalIndex(
        ["a", "b", "c"],
        ["PyTorch and CUDA kernels for LLM training", "SQL dashboards in Excel",
         "PyTorch image models"],
    )
    assert [h.key for h in index.search("pytorch cuda", 3)] == ["a", "c"]
    assert [h.key for h in index.search("pytorch cuda", 3, np.array([False, True, True]))] == ["c"]
    assert index.search("haskell", 3) == []
    assert LexicalIndex([], []).search("anything", 3) == []
