"""Request bounds: a body-size cap enforced while the body streams in, and a token bucket per
caller (an authenticated account, else a client address). Both answer with problem+json (413,
429) before any route runs."""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from worldhire.api.problems import PROBLEM_JSON, problem_body
from worldhire.core.errors import WorldhireError
from worldhire.governance import tokens
from worldhire.governance.errors import AccessDenied
from worldhire.governance.principal import Principal


async def _send_problem(send: Send, scope: Scope, status: int, detail: str,
                        headers: dict[str, str] | None = None) -> None:
    body = json.dumps(problem_body(status, detail, scope.get("path", "")).as_json()).encode()
    raw = [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class _TooLarge(WorldhireError):
    status = 413
    code = "too-large"


class BodyLimit:
    """Refuses bodies over `max_bytes`: early on Content-Length, else as the chunks arrive, so a
    client that lies about (or omits) the length still cannot make the server buffer more."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        detail = f"the request body is over the {self.max_bytes / 1e6:.0f} MB limit"
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _send_problem(send, scope, 413, detail)
                return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited, tracking)
        except _TooLarge:
            if not started:
                await _send_problem(send, scope, 413, detail)


@dataclass
class _Bucket:
    tokens: float
    at: float


class TokenBuckets:
    """`rate` requests a second per key with bursts up to `burst`; the least recently seen keys
    are forgotten past `max_keys`, so random bearer strings cannot grow memory without bound."""

    def __init__(self, rate: float, burst: float, max_keys: int = 10_000) -> None:
        self.rate = rate
        self.burst = burst
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str, now: float | None = None) -> float:
        """0.0 when the request may go ahead, else the seconds to wait for the next token."""
        now = time.monotonic() if now is None else now
        with self._lock:
            bucket = self._buckets.pop(key, None) or _Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
            bucket.at = now
            self._buckets[key] = bucket
            if len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / self.rate


Authenticator = Callable[[str], Principal]
PRINCIPAL_STATE = "principal"


def _bearer(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            scheme, _, credential = value.decode("latin-1").partition(" ")
            return credential if scheme.lower() == "bearer" else None
    return None


def _client(scope: Scope) -> str:
    client = scope.get("client")
    return f"client:{client[0] if client else 'unknown'}"


def principal_key(principal: Principal) -> str:
    """One bucket per account: every token of a user or a candidate shares it."""
    return f"principal:{principal.user_id or principal.candidate_id or principal.actor}"


class RateLimit:
    """429 with Retry-After once a caller's bucket is empty; only /api paths are limited.

    The bucket is chosen after authentication: a valid token's account, else the client's
    address. Keyed on the token id as sent, anyone who knew an id (it is not secret) could
    empty its owner's bucket, and ids made up afresh for each request were never limited.
    The principal found here is left in the request's state, so the route's dependency does
    not authenticate the same token again."""

    def __init__(self, app: ASGIApp, buckets: TokenBuckets, authenticate: Authenticator,
                 prefix: str = "/api/") -> None:
        self.app = app
        self.buckets = buckets
        self.authenticate = authenticate
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("path", "").startswith(self.prefix):
            key = await self._caller_key(scope)
            wait = self.buckets.take(key)
            if wait > 0:
                retry = str(max(1, round(wait + 0.5)))
                await _send_problem(send, scope, 429, "too many requests from this caller; "
                                    f"slow down and retry in {retry} s", {"Retry-After": retry})
                return
        await self.app(scope, receive, send)

    async def _caller_key(self, scope: Scope) -> str:
        credential = _bearer(scope)
        if credential is None or tokens.split(credential) is None:
            return _client(scope)
        try:
            principal = await run_in_threadpool(self.authenticate, credential)
        except AccessDenied:
            return _client(scope)
        scope.setdefault("state", {})[PRINCIPAL_STATE] = (credential, principal)
        return principal_key(principal)
