from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.pipeline.conftest import World, build_world
from tests.pipeline.receiver import receiver
from worldhire.bootstrap import Services
from worldhire.config import Settings
from worldhire.governance.purges.repository import delete_where
from worldhire.governance.store import Governance
from worldhire.pipeline.delivery_worker import DeliveryWorker
from worldhire.pipeline.events import CANDIDATE_SHORTLISTED, CONSENT_WITHDRAWN, STAGE_CHANGED
from worldhire.pipeline.models import DeliveryStatus
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import WITHDRAWN, PipelineService
from worldhire.pipeline.signatures import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    SignatureError,
    sign,
    verify_signature,
)
from worldhire.pipeline.webhooks import (
    RetryPolicy,
    TooManyWebhooks,
    UnknownDelivery,
    WebhookError,
    Webhooks,
)
from worldhire.store.sql.repository import SqlRepository

SECRET = "s3cret-s3cret-s3cret"


class Waits:
    """Records the backoff instead of sleeping through it."""

    def __init__(self) -> None:
        self.seen: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seen.append(seconds)


def hooked_world(repo: SqlRepository, waits: Waits) -> tuple[World, Webhooks]:
    policy = RetryPolicy(max_attempts=4, base_delay_s=0.5, max_delay_s=1.5, timeout_s=5)
    hooks = Webhooks.on(repo, allow_private=True, policy=policy, sleep=waits)
    service = PipelineService(repo, SqlPipelineStore.on(repo), events=hooks)
    return build_world(repo, service), hooks


def test_signature_round_trip_and_refusals() -> None:
    body = b'{"a":1}'
    now = int(time.time())
    header = sign(SECRET, body, now)
    verify_signature(SECRET, header, body, now=now)
    with pytest.raises(SignatureError, match="does not match"):
        verify_signature(SECRET, header, b'{"a":2}', now=now)
    with pytest.raises(SignatureError, match="does not match"):
        verify_signature("another-secret-value", header, body, now=now)
    with pytest.raises(SignatureError, match="outside the tolerance"):
        verify_signature(SECRET, header, body, now=now + 301)
    with pytest.raises(SignatureError, match="malformed"):
        verify_signature(SECRET, "v1=abc", body, now=now)
    with pytest.raises(SignatureError, match="no signature"):
        verify_signature(SECRET, None, body, now=now)


def test_backoff_is_exponential_and_bounded() -> None:
    policy = RetryPolicy(max_attempts=6, base_delay_s=1, factor=2, max_delay_s=10)
    assert policy.delays() == [1, 2, 4, 8, 10]


def test_stage_change_is_delivered_signed_to_a_real_receiver(repo: SqlRepository) -> None:
    waits = Waits()
    world, hooks = hooked_world(repo, waits)
    with receiver() as rx:
        sub = hooks.register(world.tenant.id, rx.url, [STAGE_CHANGED], secret=SECRET)
        app = world.service.add(world.people[0].id, world.role.id, actor="u1")
        world.service.move(app.id, "contacted", actor="u1")
        assert rx.received == []  # queued, not sent by the move itself
        hooks.drain()
    [got] = rx.received  # shortlisted was not subscribed to
    assert got.path == "/hooks/worldhire"
    assert got.headers[EVENT_HEADER] == STAGE_CHANGED
    verify_signature(sub.secret, got.headers[SIGNATURE_HEADER], got.body)
    payload = json.loads(got.body)
    assert payload["event"] == STAGE_CHANGED
    assert payload["data"]["from_stage"] == "sourced"
    assert payload["data"]["to_stage"] == "contacted"
    assert world.people[0].name not in got.body.decode()  # ids only, no names
    [delivery] = hooks.deliveries(tenant_id=world.tenant.id)
    assert delivery.id == got.headers[DELIVERY_HEADER]
    assert delivery.status is DeliveryStatus.DELIVERED
    assert [a.status_code for a in delivery.attempts] == [204]
    assert waits.seen == []


def test_a_receiver_that_fails_twice_gets_it_on_the_third_try(repo: SqlRepository) -> None:
    waits = Waits()
    world, hooks = hooked_world(repo, waits)
    with receiver(fail_first=2) as rx:
        hooks.register(world.tenant.id, rx.url, [CANDIDATE_SHORTLISTED], secret=SECRET)
        world.service.add(world.people[0].id, world.role.id, actor="u1", source="shortlist",
                          score=0.81)
        hooks.drain()
    assert len(rx.received) == 3
    bodies = {r.body for r in rx.received}
    assert len(bodies) == 1  # the same delivery each time
    for r in rx.received:
        verify_signature(SECRET, r.headers[SIGNATURE_HEADER], r.body)
    [delivery] = hooks.deliveries()
    assert delivery.status is DeliveryStatus.DELIVERED
    assert [(a.ok, a.status_code) for a in delivery.attempts] == [
        (False, 500), (False, 500), (True, 204)
    ]
    assert waits.seen == [0.5, 1.0]
    assert json.loads(delivery.body)["data"]["score"] == 0.81


def test_exhausted_retries_fail_and_replay_delivers(repo: SqlRepository) -> None:
    waits = Waits()
    world, hooks = hooked_world(repo, waits)
    with receiver(fail_first=4, fail_status=503) as rx:
        hooks.register(world.tenant.id, rx.url, [CANDIDATE_SHORTLISTED], secret=SECRET)
        world.service.add(world.people[0].id, world.role.id, actor="u1")
        [delivery] = hooks.drain()
        assert delivery.status is DeliveryStatus.FAILED
        assert len(delivery.attempts) == 4
        assert waits.seen == [0.5, 1.0, 1.5]  # capped at max_delay_s
        replayed = hooks.replay(delivery.id)
    assert replayed.status is DeliveryStatus.DELIVERED
    assert [a.status_code for a in replayed.attempts] == [503, 503, 503, 503, 204]
    assert rx.received[-1].headers[DELIVERY_HEADER] == delivery.id


def test_a_delivery_erased_between_two_tries_is_not_sent_again(repo: SqlRepository) -> None:
    """Erasure deletes the deliveries that name the person; one waiting for its next try (its
    body read before) was sent once more, and then its attempt could not be recorded."""
    world, hooks = hooked_world(repo, Waits())
    with receiver(fail_first=4, fail_status=503) as rx:
        hooks.register(world.tenant.id, rx.url, [CANDIDATE_SHORTLISTED], secret=SECRET)
        world.service.add(world.people[0].id, world.role.id, actor="u1")
        [waiting] = hooks.pending()
        erased: list[int] = []

        def erase_during_the_wait(seconds: float) -> None:  # as erasure does, attempts first
            delete_where(Governance(repo), "webhook_attempts", "delivery_id", [waiting])
            erased.append(delete_where(Governance(repo), "webhook_deliveries", "id", [waiting]))

        hooks.sleep = erase_during_the_wait
        gone = hooks.deliver(waiting)
    assert erased == [1] and len(rx.received) == 1
    assert gone.id == waiting and hooks.deliveries(delivery_id=waiting) == []


def test_the_worker_passes_over_a_delivery_erased_after_it_was_listed(
        repo: SqlRepository, caplog: pytest.LogCaptureFixture) -> None:
    """Erasure may delete a queued delivery between the worker's listing and its send: nothing
    is left to send, so nothing is logged as a failure (a traceback was logged at ERROR)."""
    world, hooks = hooked_world(repo, Waits())
    hooks.register(world.tenant.id, "https://hooks.example/x", [CANDIDATE_SHORTLISTED],
                   secret=SECRET)
    world.service.add(world.people[0].id, world.role.id, actor="u1")
    [listed] = hooks.pending()
    delete_where(Governance(repo), "webhook_deliveries", "id", [listed])
    with pytest.raises(UnknownDelivery):
        hooks.delivery(listed)
    worker = DeliveryWorker(lambda sleep: hooks)
    with caplog.at_level("ERROR"):
        worker._send(listed)
    assert caplog.records == []


def test_client_errors_are_not_retried(repo: SqlRepository) -> None:
    waits = Waits()
    world, hooks = hooked_world(repo, waits)
    with receiver(fail_first=10, fail_status=410) as rx:
        hooks.register(world.tenant.id, rx.url, [CANDIDATE_SHORTLISTED], secret=SECRET)
        world.service.add(world.people[0].id, world.role.id, actor="u1")
        hooks.drain()
    assert len(rx.received) == 1
    assert hooks.deliveries()[0].status is DeliveryStatus.FAILED


def test_unreachable_receiver_is_recorded_as_an_error(repo: SqlRepository) -> None:
    waits = Waits()
    world, hooks = hooked_world(repo, waits)
    with receiver() as rx:
        url = rx.url
    hooks.register(world.tenant.id, url, [CANDIDATE_SHORTLISTED], secret=SECRET)
    world.service.add(world.people[0].id, world.role.id, actor="u1")
    [delivery] = hooks.drain()
    assert delivery.status is DeliveryStatus.FAILED
    assert all(a.status_code is None and a.error for a in delivery.attempts)
    assert len(delivery.attempts) == 4


@pytest.mark.parametrize("fmt", ["slack", "jira", "github"])
def test_tool_shaped_payloads(repo: SqlRepository, fmt: str) -> None:
    world, hooks = hooked_world(repo, Waits())
    with receiver() as rx:
        hooks.register(world.tenant.id, rx.url, [STAGE_CHANGED], fmt, secret=SECRET)
        app = world.service.add(world.people[0].id, world.role.id, actor="u1")
        world.service.move(app.id, "rejected", actor="u1", reason="relocation")
        hooks.drain()
    payload = json.loads(rx.received[0].body)
    line = f"Application {app.id} for ML Engineer: sourced → rejected (relocation)"
    if fmt == "slack":
        assert payload["text"] == line
        assert payload["blocks"][0]["text"]["text"] == line
    elif fmt == "jira":
        assert payload["fields"]["summary"] == line
        assert payload["fields"]["issuetype"] == {"name": "Task"}
        assert "application-stage_changed" in payload["fields"]["labels"]
    else:
        assert payload["event_type"] == "worldhire.application.stage_changed"
        assert payload["client_payload"]["data"]["reason"] == "relocation"


def test_a_withdrawal_is_announced_as_a_recruiters_move_is(repo: SqlRepository) -> None:
    """The candidate stepping back reaches the tenant's webhooks as the same stage.changed event:
    where from, where to, who, and the reason the withdrawal gives."""
    world, hooks = hooked_world(repo, Waits())
    with receiver() as rx:
        hooks.register(world.tenant.id, rx.url, [STAGE_CHANGED], "github", secret=SECRET)
        app = world.service.add(world.people[0].id, world.role.id, actor="u1")
        world.service.withdraw(app.id, actor="the candidate")
        hooks.drain()
    assert json.loads(rx.received[0].body)["client_payload"]["data"] == {
        "application_id": app.id, "candidate_id": world.people[0].id, "role_id": world.role.id,
        "role_title": "ML Engineer", "from_stage": "sourced", "to_stage": "rejected",
        "actor": "the candidate", "reason": WITHDRAWN,
    }


def test_consent_withdrawal_reaches_tenants_with_the_person(repo: SqlRepository) -> None:
    world, hooks = hooked_world(repo, Waits())
    with receiver() as rx:
        hooks.register(world.tenant.id, rx.url, [CONSENT_WITHDRAWN], secret=SECRET)
        world.service.add(world.people[0].id, world.role.id, actor="u1")
        assert hooks.consent_withdrawn(repo, world.people[0].id, "outreach") == 1
        hooks.drain()
    payload = json.loads(rx.received[0].body)
    assert payload["data"] == {"candidate_id": world.people[0].id, "purpose": "outreach"}


@pytest.mark.parametrize(("url", "events", "fmt", "words"), [
    ("ftp://example.com/x", [STAGE_CHANGED], "json", "not an http"),
    ("http:///nohost", [STAGE_CHANGED], "json", "not an http"),
    ("https://example.com/x", ["candidate.hired"], "json", "unknown events"),
    ("https://example.com/x", [], "json", "unknown events"),
    ("https://example.com/x", [STAGE_CHANGED], "teams", "unknown format"),
])
def test_bad_registrations_are_refused(
    repo: SqlRepository, url: str, events: list[str], fmt: str, words: str
) -> None:
    tenant = repo.ensure_tenant("acme")
    with pytest.raises(WebhookError, match=words):
        Webhooks.on(repo, allow_private=True).register(tenant.id, url, events, fmt)
    assert Webhooks.on(repo, allow_private=True).subscriptions() == []


def test_recording_a_withdrawal_fires_the_webhook(repo: SqlRepository) -> None:
    from worldhire.core.models import ConsentPurpose
    from worldhire.governance.consent import record_consent
    from worldhire.governance.store import Governance

    world, hooks = hooked_world(repo, Waits())
    with receiver() as rx:
        hooks.register(world.tenant.id, rx.url, [CONSENT_WITHDRAWN], secret=SECRET)
        world.service.add(world.people[0].id, world.role.id, actor="u1")
        record_consent(Governance(repo, None), world.people[0].id, ConsentPurpose.OUTREACH,
                       granted=False, source="candidate portal")
        hooks.drain()
    payload = json.loads(rx.received[0].body)
    assert payload["data"] == {"candidate_id": world.people[0].id, "purpose": "outreach"}


def test_a_tenant_holds_at_most_the_configured_webhooks(repo: SqlRepository,
                                                        tmp_path: Path) -> None:
    settings = Settings.load(tmp_path, webhooks_per_tenant=2)
    hooks = Services(settings, repo).webhooks()
    acme, globex = repo.ensure_tenant("acme").id, repo.ensure_tenant("globex").id
    first = hooks.register(acme, "https://hooks.example/0", [STAGE_CHANGED])
    hooks.register(acme, "https://hooks.example/1", [STAGE_CHANGED])
    with pytest.raises(TooManyWebhooks, match="2 active webhooks") as refused:
        hooks.register(acme, "https://hooks.example/2", [STAGE_CHANGED])
    assert refused.value.status == 409
    assert len(hooks.subscriptions(acme)) == 2  # nothing half-written
    hooks.register(globex, "https://hooks.example/g", [STAGE_CHANGED])  # a cap per tenant
    hooks.deactivate(first.id)  # a removed webhook no longer counts
    hooks.register(acme, "https://hooks.example/3", [STAGE_CHANGED])
    assert len([h for h in hooks.subscriptions(acme) if h.active]) == 2
