"""Webhooks: tenants register URLs for events; every event becomes a pending delivery in the
store (a durable queue), which a worker sends later: never inside the request or command that
caused it (`DeliveryWorker` of pipeline/delivery_worker.py runs in `worldhire serve`; `worldhire
pipeline webhooks drain` sends what is queued). Every delivery is signed (HMAC-SHA256 over the
timestamp and body: pipeline/signatures.py), retried with bounded exponential backoff
(tenacity), recorded attempt by attempt, and can be replayed. Delivery is at least once: a
delivery left pending by a killed worker is sent again, with the same `X-Worldhire-Delivery` id.
Bodies come in a generic JSON shape or shaped for Slack, Jira or GitHub (pipeline/payloads.py).
Sends go to public addresses only, and never to a deactivated webhook
(worldhire.pipeline.destinations).
"""

from __future__ import annotations

import http.client
import json
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import tenacity

from worldhire.core.errors import WorldhireError
from worldhire.core.models import new_id, utcnow
from worldhire.pipeline.destinations import (
    PinnedTransport,
    Resolver,
    UnresolvedHost,
    UnsafeDestination,
    checked_addresses,
    require_http_url,
    resolve,
)
from worldhire.pipeline.events import CONSENT_WITHDRAWN, EVENTS
from worldhire.pipeline.models import Attempt, Delivery, DeliveryStatus, PayloadFormat, Subscription
from worldhire.pipeline.payloads import render
from worldhire.pipeline.repository import SqlWebhookStore, WebhookStore
from worldhire.pipeline.signatures import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, sign
from worldhire.store.protocol import Repository


class WebhookError(WorldhireError, ValueError):
    """Bad webhook input: an unknown event or format, a URL that is not http(s) ..."""

    status = 422
    code = "webhook-input"


class UnknownDelivery(WebhookError):
    """No such delivery: never made, or erased with the person it named."""

    status = 404
    code = "unknown-delivery"


class TooManyWebhooks(WorldhireError):
    """A tenant at its cap of active subscriptions (Settings.webhooks_per_tenant) adds one more:
    every event is sent to each of them, so an unbounded list makes every send unbounded."""

    status = 409
    code = "too-many-webhooks"


@dataclass(frozen=True)
class RetryPolicy:
    """Attempts and the waits between them: base * factor**n, capped, at most `max_attempts`."""

    max_attempts: int = 5
    base_delay_s: float = 1.0
    factor: float = 2.0
    max_delay_s: float = 60.0
    timeout_s: float = 10.0

    def delays(self) -> list[float]:
        return [
            min(self.max_delay_s, self.base_delay_s * self.factor**n)
            for n in range(self.max_attempts - 1)
        ]


# transport -------------------------------------------------------------------------------------


class Transport(Protocol):
    def post(self, url: str, body: bytes, headers: Mapping[str, str], timeout: float) -> int: ...


def _retryable(status: int) -> bool:
    # Other 4xx answers mean the request itself is wrong; sending it again will not help.
    return status >= 500 or status in (408, 425, 429)


class _Outcome(StrEnum):
    DELIVERED = "delivered"
    AGAIN = "again"
    GIVE_UP = "give-up"
    ERASED = "erased"  # the delivery went with the person it named, between two tries


# service ---------------------------------------------------------------------------------------


class Webhooks:
    """Registers subscriptions and delivers events to them; an EventSink for the pipeline."""

    def __init__(
        self,
        store: WebhookStore,
        *,
        transport: Transport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        allow_private: bool = False,
        resolver: Resolver = resolve,
        max_per_tenant: int | None = None,
    ) -> None:
        self.store = store
        # The deployment's cap (worldhire.bootstrap passes the setting); None: uncapped, for
        # the parts that only send or forget deliveries.
        self.max_per_tenant = max_per_tenant
        # See worldhire.pipeline.destinations: by default only public addresses are reached.
        self.allow_private = allow_private
        self.resolver = resolver
        self.transport = transport or PinnedTransport(allow_private=self.allow_private,
                                                      resolver=resolver)
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    @classmethod
    def on(cls, repo: Repository, **options: Any) -> Webhooks:
        return cls(SqlWebhookStore.on(repo), **options)

    # subscriptions -----------------------------------------------------------------------------

    def register(
        self, tenant_id: str, url: str, events: tuple[str, ...] | list[str],
        fmt: PayloadFormat | str = PayloadFormat.JSON, *, secret: str | None = None,
    ) -> Subscription:
        unknown = [e for e in events if e not in EVENTS]
        if unknown or not events:
            raise WebhookError(
                f"unknown events {unknown or '(none given)'}; choose from {', '.join(EVENTS)}"
            )
        try:
            payload_format = PayloadFormat(fmt)
        except ValueError as exc:
            choices = ", ".join(f.value for f in PayloadFormat)
            raise WebhookError(f"unknown format {fmt!r}; choose from {choices}") from exc
        if secret is not None and len(secret) < 16:
            raise WebhookError("a signing secret has at least 16 characters")
        try:
            require_http_url(url)
            if not self.allow_private:
                checked_addresses(url, allow_private=False, resolver=self.resolver)
        except UnresolvedHost:
            pass  # judged on every send instead, when the name has an address
        except UnsafeDestination as exc:
            raise WebhookError(str(exc)) from exc
        self._check_room(tenant_id)
        sub = Subscription(tenant_id, url, tuple(dict.fromkeys(events)), payload_format,
                           secret or secrets.token_hex(32))
        self.store.add_subscription(sub)
        return sub

    def _check_room(self, tenant_id: str) -> None:
        if self.max_per_tenant is None:
            return
        active = sum(1 for s in self.store.subscriptions(tenant_id) if s.active)
        if active >= self.max_per_tenant:
            raise TooManyWebhooks(
                f"this tenant has {active} active webhooks, the most it may hold "
                f"(WORLDHIRE_WEBHOOKS_PER_TENANT={self.max_per_tenant}): remove one first "
                "(DELETE /api/v1/webhooks/{id}, or `worldhire pipeline webhooks remove`)"
            )

    def deactivate(self, subscription_id: str) -> None:
        if not self.store.deactivate(subscription_id):
            raise WebhookError(f"no webhook with id {subscription_id!r}")

    def subscriptions(self, tenant_id: str | None = None) -> list[Subscription]:
        return self.store.subscriptions(tenant_id)

    def _subscription(self, subscription_id: str) -> Subscription:
        for sub in self.subscriptions():
            if sub.id == subscription_id:
                return sub
        raise WebhookError(f"no webhook with id {subscription_id!r}")

    # deliveries --------------------------------------------------------------------------------

    def emit(self, tenant_id: str, event: str, data: Mapping[str, Any]) -> None:
        """Queue a delivery for every active subscription to `event`; a worker sends it."""
        self.enqueue(tenant_id, event, data)

    def pending(self, limit: int = 100) -> list[str]:
        """Ids of the deliveries still to send, oldest first."""
        return self.store.pending(limit)

    def drain(self, limit: int = 100) -> list[Delivery]:
        """Send what is queued (at most `limit` deliveries), one after the other."""
        return [self.deliver(delivery_id) for delivery_id in self.pending(limit)]

    def enqueue(self, tenant_id: str, event: str, data: Mapping[str, Any]) -> list[Delivery]:
        if event not in EVENTS:
            raise WebhookError(f"unknown event {event!r}")
        subs = [s for s in self.subscriptions(tenant_id) if s.active and event in s.events]
        made = []
        for sub in subs:
            delivery_id, at = new_id("dlv"), utcnow()
            body = json.dumps(
                render(sub.format, event, data, delivery_id=delivery_id, tenant_id=tenant_id,
                       at=at),
                ensure_ascii=False, sort_keys=True, default=str,
            )
            made.append(Delivery(delivery_id, sub.id, event, body, DeliveryStatus.PENDING, at))
        self.store.add_deliveries(made)
        return made

    def deliver(self, delivery_id: str) -> Delivery:
        """Try until the receiver answers 2xx, a non-retryable status, or attempts run out."""
        delivery = self.delivery(delivery_id)
        waits = self.policy.delays()
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.policy.max_attempts),
            # tenacity asks for the wait before it checks the stop: none after the last try.
            wait=lambda state: waits[state.attempt_number - 1] if state.attempt_number <= len(
                waits) else 0.0,
            retry=tenacity.retry_if_result(lambda outcome: outcome is _Outcome.AGAIN),
            retry_error_callback=lambda state: _Outcome.GIVE_UP,
            sleep=self.sleep,
        )
        outcome = retrying(self._attempt, delivery)
        if outcome is _Outcome.ERASED:
            return delivery  # as it was read: nothing of it is left to update
        done = DeliveryStatus.DELIVERED if outcome is _Outcome.DELIVERED else DeliveryStatus.FAILED
        return self._finish(delivery.id, done)

    def _attempt(self, delivery: Delivery) -> _Outcome:
        # An erasure deletes the deliveries naming the person, maybe while one waits for its
        # next try: its body, read before, is never sent again.
        if not self.deliveries(delivery_id=delivery.id, limit=1):
            return _Outcome.ERASED
        sub = self._subscription(delivery.subscription_id)
        if not sub.active:
            # Deactivated after this delivery was queued (or between two tries): the admin
            # asked for no more sends.
            self._record_attempt(delivery.id, Attempt(
                utcnow(), False, None, "not sent: the webhook was deactivated"
            ))
            return _Outcome.GIVE_UP
        body = delivery.body.encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "worldhire-webhooks/1",
            EVENT_HEADER: delivery.event,
            DELIVERY_HEADER: delivery.id,
            SIGNATURE_HEADER: sign(sub.secret, body, int(time.time())),
        }
        code: int | None = None
        error: str | None = None
        refused = False
        try:
            code = self.transport.post(sub.url, body, headers, self.policy.timeout_s)
        except UnresolvedHost as exc:  # DNS may be back by the next attempt
            error = f"not sent: {exc}"[:500]
        except UnsafeDestination as exc:
            error, refused = f"not sent: {exc}"[:500], True
        except (OSError, ValueError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        ok = code is not None and 200 <= code < 300
        self._record_attempt(delivery.id, Attempt(utcnow(), ok, code, error))
        if ok:
            return _Outcome.DELIVERED
        if refused or (code is not None and not _retryable(code)):
            return _Outcome.GIVE_UP
        return _Outcome.AGAIN

    def _finish(self, delivery_id: str, status: DeliveryStatus) -> Delivery:
        self.store.set_status(delivery_id, status)
        return self.delivery(delivery_id)

    def check_replayable(self, delivery_id: str) -> Delivery:
        """The delivery, if it may be sent again: its webhook must still be active."""
        delivery = self.delivery(delivery_id)
        if not self._subscription(delivery.subscription_id).active:
            raise WebhookError(
                f"delivery {delivery_id!r} belongs to a deactivated webhook; register the URL "
                "again to send to it"
            )
        return delivery

    def requeue(self, delivery_id: str) -> Delivery:
        """Queue a recorded delivery again (same body and id; a fresh signature when sent); the
        new attempts are added to its record."""
        self.check_replayable(delivery_id)
        return self._finish(delivery_id, DeliveryStatus.PENDING)

    def replay(self, delivery_id: str) -> Delivery:
        """Send a recorded delivery again, now."""
        self.requeue(delivery_id)
        return self.deliver(delivery_id)

    def _record_attempt(self, delivery_id: str, attempt: Attempt) -> None:
        self.store.add_attempt(delivery_id, attempt)

    def delivery(self, delivery_id: str) -> Delivery:
        found = self.deliveries(delivery_id=delivery_id)
        if not found:
            raise UnknownDelivery(f"no delivery with id {delivery_id!r}")
        return found[0]

    def deliveries(
        self, *, tenant_id: str | None = None, delivery_id: str | None = None,
        naming: Sequence[str] = (), limit: int | None = 100,
    ) -> list[Delivery]:
        """Newest first. `naming`: only those whose body holds one of these words (a person's
        ids, e-mail address or name), matched case-insensitively."""
        return self.store.deliveries(tenant_id=tenant_id, delivery_id=delivery_id,
                                     naming=naming, limit=limit)

    def naming(self, words: Sequence[str], *, tenants: Sequence[str] | None = None
               ) -> list[str]:
        """The ids of the deliveries whose body names one of `words` (of these tenants'
        webhooks, or of any), sent or not: what erasure deletes and the export shows."""
        return self.store.ids_naming(words, tenants=tenants)

    def consent_withdrawn(self, repo: Repository, candidate_id: str, purpose: str) -> int:
        """Tell every tenant that has the person in its pipeline (or owns the profile) that they
        withdrew a consent; returns how many tenants were told. Governance calls this when it
        records a withdrawal."""
        tenants = self.store.tenants_with_applications(candidate_id)
        candidate = repo.get_candidate(candidate_id)
        if candidate is not None and candidate.tenant_id:
            tenants.add(candidate.tenant_id)
        for tenant_id in sorted(tenants):
            self.emit(tenant_id, CONSENT_WITHDRAWN,
                      {"candidate_id": candidate_id, "purpose": purpose})
        return len(tenants)
