"""Per-person keys for crypto-shredding. Whatever the audit log says about a person is sealed
with their key (AES-256-GCM); erasing the person destroys the key, which leaves the chained
ciphertext in place (so the chain still verifies) but unreadable by anyone. The keys are kept by
governance.subject_keys.repository.SubjectKeys."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_NONCE = 12


def pseudonym(key: bytes, context: str) -> str:
    """A per-entry stand-in for the person: only their key links it back to them."""
    return hmac.new(key, context.encode(), hashlib.sha256).hexdigest()[:32]


def seal(key: bytes, payload: dict[str, Any], context: str) -> str:
    nonce = os.urandom(_NONCE)
    plain = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode()
    return base64.b64encode(nonce + AESGCM(key).encrypt(nonce, plain, context.encode())).decode()


def unseal(key: bytes, box: str, context: str) -> dict[str, Any] | None:
    raw = base64.b64decode(box)
    try:
        plain = AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], context.encode())
    except InvalidTag:
        return None
    data: dict[str, Any] = json.loads(plain)
    return data
