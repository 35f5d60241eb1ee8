"""How a webhook delivery is signed, and how a receiver checks it.

Signature header, Stripe-style: `X-Worldhire-Signature: t=<unix seconds>,v1=<hex digest>` where
the digest is HMAC-SHA256(secret, f"{t}.{body}"). Receivers check it with `verify_signature` (or
the same few lines) and reject stale timestamps, which stops replays by a third party; our own
replays carry a fresh timestamp and the same `X-Worldhire-Delivery` id, so receivers can dedupe.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from worldhire.core.errors import WorldhireError

SIGNATURE_HEADER = "X-Worldhire-Signature"
EVENT_HEADER = "X-Worldhire-Event"
DELIVERY_HEADER = "X-Worldhire-Delivery"
SIGNATURE_TOLERANCE_S = 300


class SignatureError(WorldhireError, ValueError):
    """A delivery whose signature is missing, malformed, stale or wrong."""

    status = 401
    code = "bad-signature"


def sign(secret: str, body: bytes, timestamp: int) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def verify_signature(
    secret: str, header: str | None, body: bytes, *, now: float | None = None,
    tolerance_s: int = SIGNATURE_TOLERANCE_S,
) -> None:
    """Raise SignatureError unless `header` signs `body` with `secret` within the tolerance."""
    if not header:
        raise SignatureError("no signature header")
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError) as exc:
        raise SignatureError(f"malformed signature header {header!r}") from exc
    if abs((time.time() if now is None else now) - timestamp) > tolerance_s:
        raise SignatureError("signature timestamp is outside the tolerance")
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    if not hmac.compare_digest(expected, given):
        raise SignatureError("signature does not match the body")
