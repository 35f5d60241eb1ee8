"""Search indexes over the pool: dense vectors (exact or approximate) and lexical BM25.

Indexes hold only pseudonymous candidate ids and what was computed from their profiles, never
names or contact details, and every delete reaches them through the erasure hook.
"""

from worldhire.index.lexical import LexicalIndex
from worldhire.index.vectors import AnnIndex, ExactIndex, VectorIndex, open_vector_index

__all__ = ["AnnIndex", "ExactIndex", "LexicalIndex", "VectorIndex", "open_vector_index"]
