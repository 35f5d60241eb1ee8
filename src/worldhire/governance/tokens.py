"""API tokens: random, shown once, stored as a SHA-256 of the secret, compared in constant time.

A token reads `wh_<token id>_<secret>`: the id finds the row, the secret is checked against its
hash with `hmac.compare_digest`, so neither a lookup nor a comparison leaks the secret."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from dataclasses import dataclass

PREFIX = "wh"
_TOKEN = re.compile(r"^wh_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$")


@dataclass(frozen=True)
class IssuedToken:
    token_id: str
    secret: str

    @property
    def value(self) -> str:
        return f"{PREFIX}_{self.token_id}_{self.secret}"


def issue() -> IssuedToken:
    return IssuedToken(uuid.uuid4().hex[:16], secrets.token_urlsafe(32))


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def split(token: str) -> tuple[str, str] | None:
    """(token id, secret) of a well-formed token, None for anything else."""
    match = _TOKEN.match(token.strip())
    return (match.group(1), match.group(2)) if match else None


def secret_matches(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(secret_hash(secret).encode(), stored_hash.encode())
