"""Embedding adapters: the real offline model for the product, a hash embedder for unit tests."""

from worldhire.embed.hashing import HashEmbedder
from worldhire.embed.minilm import MiniLMEmbedder, minilm
from worldhire.embed.protocol import Embedder, Vectors

__all__ = ["Embedder", "HashEmbedder", "MiniLMEmbedder", "Vectors", "minilm"]
