"""Webhooks reach public addresses only (unless the deployment allows its own network), checked
at registration and again on the address each send connects to."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

import pytest

from tests.pipeline.receiver import receiver
from worldhire.config import Settings
from worldhire.pipeline.destinations import (
    ALLOW_PRIVATE_ENV,
    IPAddress,
    PinnedTransport,
    UnresolvedHost,
    UnsafeDestination,
    checked_addresses,
)
from worldhire.pipeline.events import CONSENT_WITHDRAWN
from worldhire.pipeline.models import DeliveryStatus
from worldhire.pipeline.webhooks import RetryPolicy, WebhookError, Webhooks
from worldhire.store.sql.repository import SqlRepository

PUBLIC = "93.184.216.34"


class Names:
    """A resolver the test controls: a name's addresses can change between calls (rebinding)."""

    def __init__(self, **names: str) -> None:
        self.names = {name.replace("_", "."): [address] for name, address in names.items()}

    def __call__(self, host: str, port: int) -> Sequence[IPAddress]:
        if host not in self.names:
            raise UnresolvedHost(f"the host {host!r} does not resolve")
        return [ipaddress.ip_address(a) for a in self.names[host]]


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/x", "http://127.8.9.10:8080/x", "http://[::1]/x", "http://0.0.0.0/x",
    "http://10.1.2.3/x", "http://172.16.0.1/x", "http://192.168.0.10/x", "http://100.64.0.1/x",
    "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/x", "http://[fd00::1]/x",
    "http://[::ffff:10.0.0.1]/x", "http://224.0.0.1/x", "http://240.0.0.1/x",
])
def test_addresses_off_the_public_internet_are_refused(url: str) -> None:
    with pytest.raises(UnsafeDestination, match="only go to public addresses"):
        checked_addresses(url, allow_private=False)
    assert checked_addresses(url, allow_private=True)


def test_a_name_is_judged_by_every_address_it_resolves_to() -> None:
    names = Names(hooks_example=PUBLIC)
    assert [str(a) for a in checked_addresses("https://hooks.example/x", allow_private=False,
                                              resolver=names)] == [PUBLIC]
    names.names["hooks.example"].append("10.0.0.7")
    with pytest.raises(UnsafeDestination, match=r"10\.0\.0\.7"):
        checked_addresses("https://hooks.example/x", allow_private=False, resolver=names)
    with pytest.raises(UnsafeDestination, match="does not resolve"):
        checked_addresses("https://nowhere.example/x", allow_private=False, resolver=names)


@pytest.mark.parametrize(("value", "allowed"), [
    ("1", True), ("true", True), ("ON", True), ("", False), ("0", False), ("no", False),
])
def test_the_deployment_switch(monkeypatch: pytest.MonkeyPatch, value: str, allowed: bool) -> None:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, value)
    assert Settings.load().webhook_allow_private is allowed


def test_registration_refuses_an_inward_url_and_stores_nothing(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme")
    hooks = Webhooks.on(repo, allow_private=False, resolver=Names(intranet_acme="10.2.3.4"))
    for url in ("http://intranet.acme/jira", "http://127.0.0.1/", "http://[::1]:8080/"):
        with pytest.raises(WebhookError, match="only go to public addresses"):
            hooks.register(tenant.id, url, [CONSENT_WITHDRAWN])
    assert hooks.subscriptions() == []


def test_a_name_without_an_address_yet_is_judged_when_sent_to(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme")
    names = Names()
    hooks = Webhooks.on(repo, allow_private=False, resolver=names, sleep=lambda _: None,
                        policy=RetryPolicy(max_attempts=2))
    hooks.register(tenant.id, "https://hooks.later.example/x", [CONSENT_WITHDRAWN])
    hooks.emit(tenant.id, CONSENT_WITHDRAWN, {"candidate_id": "c0", "purpose": "matching"})
    hooks.drain()
    unresolved = hooks.deliveries()[0].attempts
    assert len(unresolved) == 2  # a lookup failure may pass, so it is retried
    assert all(a.error and "does not resolve" in a.error for a in unresolved)
    names.names["hooks.later.example"] = ["169.254.169.254"]
    hooks.emit(tenant.id, CONSENT_WITHDRAWN, {"candidate_id": "c1", "purpose": "matching"})
    hooks.drain()
    latest = max(hooks.deliveries(), key=lambda d: d.created_at)
    [attempt] = latest.attempts  # refused, so not retried
    assert attempt.error is not None and "169.254.169.254" in attempt.error


def test_a_name_that_turns_inward_after_registration_is_not_sent_to(
    repo: SqlRepository,
) -> None:
    tenant = repo.ensure_tenant("acme")
    names = Names(hooks_example=PUBLIC)
    hooks = Webhooks.on(repo, allow_private=False, resolver=names, sleep=lambda _: None,
                        policy=RetryPolicy(max_attempts=3))
    with receiver() as rx:
        hooks.register(tenant.id, "http://hooks.example/x", [CONSENT_WITHDRAWN])
        names.names["hooks.example"] = ["127.0.0.1"]  # DNS rebinding
        hooks.emit(tenant.id, CONSENT_WITHDRAWN, {"candidate_id": "c1", "purpose": "matching"})
        hooks.drain()
    [delivery] = hooks.deliveries()
    assert rx.received == []
    assert delivery.status is DeliveryStatus.FAILED
    [attempt] = delivery.attempts  # refused, so not retried
    assert attempt.error is not None and attempt.error.startswith("not sent")


def test_the_transport_connects_to_the_checked_address_and_names_the_host() -> None:
    with receiver() as rx:
        port = rx.url.split(":")[2].split("/")[0]
        transport = PinnedTransport(allow_private=True, resolver=Names(hooks_example="127.0.0.1"))
        status = transport.post(f"http://hooks.example:{port}/in?x=1", b"{}",
                                {"Content-Type": "application/json"}, timeout=5)
    assert status == 204
    [got] = rx.received
    assert got.path == "/in?x=1"
    assert got.headers["Host"] == f"hooks.example:{port}"


def test_redirects_are_a_status_not_a_second_request(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme")
    hooks = Webhooks.on(repo, allow_private=True, sleep=lambda _: None)
    with receiver(fail_first=5, fail_status=302) as rx:
        hooks.register(tenant.id, rx.url, [CONSENT_WITHDRAWN])
        hooks.emit(tenant.id, CONSENT_WITHDRAWN, {"candidate_id": "c1", "purpose": "matching"})
        hooks.drain()
    [delivery] = hooks.deliveries()
    assert len(rx.received) == 1
    assert [a.status_code for a in delivery.attempts] == [302]


def test_a_deactivated_webhook_gets_nothing_more(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme")
    hooks = Webhooks.on(repo, allow_private=True, sleep=lambda _: None)
    with receiver() as rx:
        sub = hooks.register(tenant.id, rx.url, [CONSENT_WITHDRAWN])
        [queued] = hooks.enqueue(tenant.id, CONSENT_WITHDRAWN,
                                 {"candidate_id": "c1", "purpose": "matching"})
        hooks.deactivate(sub.id)
        done = hooks.deliver(queued.id)
        with pytest.raises(WebhookError, match="deactivated"):
            hooks.replay(queued.id)
    assert rx.received == []
    assert done.status is DeliveryStatus.FAILED
    assert [a.error for a in done.attempts] == ["not sent: the webhook was deactivated"]
