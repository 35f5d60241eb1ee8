"""Each role's text embedded once, after the role is written, instead of in every shortlist: the
query vector its shortlists search the pool's vectors with, kept in the store (RoleVector).

Saving a role rewrites its row, which drops its vector, so whatever path wrote it (the API, the
web app, the CLI, an ingested job post, an import) leaves an open role without one: the
embedding queue's worker (index/queue.py) embeds those with the profiles. A shortlist asked for
before it came to the role embeds the role's text then and keeps the vector for every later one,
in this process or any other.
"""

from __future__ import annotations

import numpy as np

from worldhire.core.models import Role
from worldhire.core.texts import role_text, text_fingerprint
from worldhire.embed.protocol import Embedder, Vectors
from worldhire.embed.queries import query_vector
from worldhire.store.protocol import Repository, RoleVector

BATCH = 64


def role_vector(repo: Repository, embedder: Embedder, role: Role) -> Vectors:
    """The query vector of the role's shortlists (read-only): the stored one when it was made
    from the role's text as it is now, else embedded here and stored."""
    text = role_text(role)
    stored = repo.role_vector(role.id, embedder.name)
    if stored is not None and stored.fingerprint == text_fingerprint(text):
        vector: Vectors = np.frombuffer(stored.vector, dtype=np.float32)
        if vector.shape == (embedder.dim,):
            return vector
    embedded = _embedded(embedder, role.id, text)
    repo.save_role_vectors([embedded])
    return np.frombuffer(embedded.vector, dtype=np.float32)


def embed_roles(repo: Repository, embedder: Embedder, batch: int = BATCH) -> int:
    """Embed the open roles written since they were embedded last; how many were. Each text is
    embedded alone, as a shortlist would embed it, so the vector is the same either way."""
    done = 0
    while roles := repo.roles_to_embed(embedder.name, batch):
        repo.save_role_vectors([_embedded(embedder, role.id, role_text(role)) for role in roles])
        done += len(roles)
    return done


def _embedded(embedder: Embedder, role_id: str, text: str) -> RoleVector:
    """The role's text embedded alone, as its shortlists' query, with the text's fingerprint."""
    vector = query_vector(embedder, text)
    return RoleVector(role_id, embedder.name, text_fingerprint(text), vector.tobytes())
