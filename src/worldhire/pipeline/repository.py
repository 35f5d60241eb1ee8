"""Where the pipeline keeps its records (applications, notes, scorecards; webhook subscriptions
and the delivery queue): small protocols, and their SQL implementations on the main database
(tables in store/sql/schema_pipeline.py). The only module of the pipeline with queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Connection, delete, false, func, insert, or_, select, tuple_, update
from sqlalchemy.exc import IntegrityError

from worldhire.pipeline.models import (
    Application,
    Attempt,
    Delivery,
    DeliveryStatus,
    Note,
    PayloadFormat,
    Rating,
    Scorecard,
    StageMove,
    Subscription,
)
from worldhire.pipeline.stages import IllegalMove, PipelineError, StageConfig
from worldhire.store.protocol import COUNT_CAP, ListPage
from worldhire.store.sql import schema_pipeline as p
from worldhire.store.sql.table_store import SqlTableStore


class PipelineStore(Protocol):
    def get_config(self, tenant_id: str) -> StageConfig | None: ...
    def set_config(self, tenant_id: str, config: StageConfig) -> None: ...

    def add_application(self, application: Application, first: StageMove) -> None: ...
    def get_application(self, application_id: str) -> Application | None: ...
    def find_application(self, candidate_id: str, role_id: str) -> Application | None: ...
    def list_applications(
        self, tenant_id: str | None = None, role_id: str | None = None
    ) -> list[Application]: ...
    def application_page(
        self, tenant_id: str | None, *, role_id: str | None = None, stage: str | None = None,
        limit: int = 50, offset: int = 0, after: tuple[str, str] | None = None,
        count: bool = True,
    ) -> ListPage[Application]: ...
    def applications_of(self, candidate_id: str) -> list[Application]: ...
    def move_applications(self, from_candidate: str, to_candidate: str) -> int: ...
    def record_move(self, move: StageMove, rejection_reason: str | None) -> None: ...
    def history(self, application_id: str) -> list[StageMove]: ...
    def tenant_moves(self, tenant_id: str) -> dict[str, list[StageMove]]: ...

    def add_note(self, note: Note) -> None: ...
    def forget_role(self, role_id: str) -> int: ...
    def notes(self, application_id: str) -> list[Note]: ...
    def add_scorecard(self, card: Scorecard) -> None: ...
    def scorecards(self, application_id: str) -> list[Scorecard]: ...
    def held_record_ids(
        self, note_ids: Sequence[str], scorecard_ids: Sequence[str]) -> set[str]: ...


def _tz(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _application(r: Any) -> Application:
    return Application(
        id=r.id, tenant_id=r.tenant_id, candidate_id=r.candidate_id, role_id=r.role_id,
        stage=r.stage, source=r.source, rejection_reason=r.rejection_reason,
        created_at=_tz(r.created_at), updated_at=_tz(r.updated_at),
    )


class SqlPipelineStore(SqlTableStore):
    # configuration ------------------------------------------------------------------------------

    def get_config(self, tenant_id: str) -> StageConfig | None:
        with self.database.connection() as conn:
            row = conn.execute(
                select(p.pipeline_configs.c.config)
                .where(p.pipeline_configs.c.tenant_id == tenant_id)
            ).first()
        return None if row is None else StageConfig.from_dict(row.config)

    def set_config(self, tenant_id: str, config: StageConfig) -> None:
        with self.database.connection() as conn:
            conn.execute(
                p.pipeline_configs.delete().where(p.pipeline_configs.c.tenant_id == tenant_id)
            )
            conn.execute(insert(p.pipeline_configs).values(
                tenant_id=tenant_id, config=config.to_dict(), updated_at=datetime.now(UTC)
            ))

    # applications -------------------------------------------------------------------------------

    def add_application(self, application: Application, first: StageMove) -> None:
        a = application
        try:
            with self.database.connection() as conn:
                conn.execute(insert(p.applications).values(
                    id=a.id, tenant_id=a.tenant_id, candidate_id=a.candidate_id,
                    role_id=a.role_id, stage=a.stage, rejection_reason=a.rejection_reason,
                    source=a.source, created_at=a.created_at, updated_at=a.updated_at,
                ))
                self._insert_move(conn, first)
        except IntegrityError as exc:
            raise PipelineError(
                f"candidate {a.candidate_id} already has an application for role {a.role_id}"
            ) from exc

    def get_application(self, application_id: str) -> Application | None:
        found = self._applications(p.applications.c.id == application_id)
        return found[0] if found else None

    def find_application(self, candidate_id: str, role_id: str) -> Application | None:
        found = self._applications(
            (p.applications.c.candidate_id == candidate_id) & (p.applications.c.role_id == role_id)
        )
        return found[0] if found else None

    def list_applications(
        self, tenant_id: str | None = None, role_id: str | None = None
    ) -> list[Application]:
        where: Any = True
        if tenant_id is not None:
            where = p.applications.c.tenant_id == tenant_id
        if role_id is not None:
            where = (p.applications.c.role_id == role_id) & where
        return self._applications(where)

    def application_page(
        self, tenant_id: str | None, *, role_id: str | None = None, stage: str | None = None,
        limit: int = 50, offset: int = 0, after: tuple[str, str] | None = None,
        count: bool = True,
    ) -> ListPage[Application]:
        """One page of a tenant's applications (every tenant's with None), oldest first,
        filtered, counted up to COUNT_CAP (not at all without `count`) and read in order from
        the (tenant, created, id) index: no row before the page is loaded. `after` is the
        (created_at in ISO 8601, id) of the last one of the page before (keyset pagination),
        `offset` skips rows after that."""
        a = p.applications.c
        where = [a.tenant_id == tenant_id] if tenant_id is not None else []
        where += [a.role_id == role_id] if role_id is not None else []
        where += [a.stage == stage] if stage is not None else []
        total = None
        with self.database.connection() as conn:
            if count:
                counted = select(a.id).where(*where).limit(COUNT_CAP + 1).subquery()
                total = int(conn.execute(select(func.count()).select_from(counted)).scalar_one())
            if after is not None:
                where.append(tuple_(a.created_at, a.id)
                             > tuple_(datetime.fromisoformat(after[0]), after[1]))
            rows = conn.execute(select(p.applications).where(*where)
                                .order_by(a.created_at, a.id).limit(limit + 1).offset(offset)
                                ).all()
        items = [_application(r) for r in rows[:limit]]
        last = items[-1] if len(rows) > limit else None
        return ListPage(
            items=items, total=None if total is None else min(total, COUNT_CAP),
            total_exact=total is None or total <= COUNT_CAP,
            next_after=None if last is None else (last.created_at.isoformat(), last.id))

    def applications_of(self, candidate_id: str) -> list[Application]:
        """Every tenant's applications of one person (for their export and erasure)."""
        return self._applications(p.applications.c.candidate_id == candidate_id)

    def move_applications(self, from_candidate: str, to_candidate: str) -> int:
        """A merge: one profile's applications (with their moves, notes and scorecards, which
        hang on the application) become the other's; how many moved."""
        table = p.applications
        with self.database.connection() as conn:
            moved = conn.execute(update(table).where(table.c.candidate_id == from_candidate)
                                 .values(candidate_id=to_candidate)).rowcount
        return int(moved or 0)

    def _applications(self, where: Any) -> list[Application]:
        with self.database.connection() as conn:
            rows = conn.execute(
                select(p.applications).where(where)
                .order_by(p.applications.c.created_at, p.applications.c.id)
            ).all()
        return [_application(r) for r in rows]

    def record_move(self, move: StageMove, rejection_reason: str | None) -> None:
        """Move and log in one transaction, only if the application is still where the move
        starts: of two concurrent moves from the same stage, the second is refused."""
        with self.database.connection() as conn:
            result = conn.execute(
                update(p.applications)
                .where((p.applications.c.id == move.application_id)
                       & (p.applications.c.stage == move.from_stage))
                .values(stage=move.to_stage, rejection_reason=rejection_reason,
                        updated_at=move.at)
            )
            if result.rowcount != 1:
                raise IllegalMove(
                    f"application {move.application_id} is no longer in {move.from_stage!r}"
                )
            last = conn.execute(
                select(func.max(p.application_moves.c.seq))
                .where(p.application_moves.c.application_id == move.application_id)
            ).scalar_one()
            if (last or 0) + 1 != move.seq:
                raise IllegalMove(f"history of {move.application_id} moved on; try again")
            self._insert_move(conn, move)

    @staticmethod
    def _insert_move(conn: Connection, m: StageMove) -> None:
        conn.execute(insert(p.application_moves).values(
            application_id=m.application_id, seq=m.seq, from_stage=m.from_stage,
            to_stage=m.to_stage, actor=m.actor, reason=m.reason, at=m.at,
        ))

    def history(self, application_id: str) -> list[StageMove]:
        with self.database.connection() as conn:
            rows = conn.execute(
                select(p.application_moves)
                .where(p.application_moves.c.application_id == application_id)
                .order_by(p.application_moves.c.seq)
            ).all()
        return [
            StageMove(r.application_id, r.seq, r.from_stage, r.to_stage, r.actor, _tz(r.at),
                      r.reason)
            for r in rows
        ]

    def tenant_moves(self, tenant_id: str) -> dict[str, list[StageMove]]:
        """Every move of a tenant's applications, by application, in order (for the funnel)."""
        moves, apps = p.application_moves, p.applications
        with self.database.connection() as conn:
            rows = conn.execute(
                select(moves).join(apps, apps.c.id == moves.c.application_id)
                .where(apps.c.tenant_id == tenant_id)
                .order_by(moves.c.application_id, moves.c.seq)
            ).all()
        out: dict[str, list[StageMove]] = {}
        for r in rows:
            out.setdefault(r.application_id, []).append(
                StageMove(r.application_id, r.seq, r.from_stage, r.to_stage, r.actor, _tz(r.at),
                          r.reason))
        return out

    def forget_role(self, role_id: str) -> int:
        with self.database.connection() as conn:
            done = conn.execute(delete(p.applications).where(p.applications.c.role_id == role_id))
        return int(done.rowcount)

    # notes and scorecards ----------------------------------------------------------------------

    def add_note(self, note: Note) -> None:
        with self.database.connection() as conn:
            conn.execute(insert(p.application_notes).values(
                id=note.id, application_id=note.application_id, author=note.author,
                text=note.text, at=note.at,
            ))

    def notes(self, application_id: str) -> list[Note]:
        with self.database.connection() as conn:
            rows = conn.execute(
                select(p.application_notes)
                .where(p.application_notes.c.application_id == application_id)
                .order_by(p.application_notes.c.at, p.application_notes.c.id)
            ).all()
        return [Note(r.application_id, r.author, r.text, _tz(r.at), r.id) for r in rows]

    def add_scorecard(self, card: Scorecard) -> None:
        with self.database.connection() as conn:
            conn.execute(insert(p.scorecards).values(
                id=card.id, application_id=card.application_id, interviewer=card.interviewer,
                stage=card.stage, summary=card.summary, at=card.at,
            ))
            conn.execute(insert(p.scorecard_ratings), [
                dict(scorecard_id=card.id, position=i, skill_id=r.skill_id, label=r.label,
                     rating=r.rating, evidence=r.evidence)
                for i, r in enumerate(card.ratings)
            ])

    def held_record_ids(self, note_ids: Sequence[str], scorecard_ids: Sequence[str]) -> set[str]:
        """Which of these note and scorecard ids the store already holds."""
        held: set[str] = set()
        with self.database.connection() as conn:
            for table, ids in ((p.application_notes, note_ids), (p.scorecards, scorecard_ids)):
                for start in range(0, len(ids), 500):
                    held.update(conn.execute(select(table.c.id).where(
                        table.c.id.in_(ids[start:start + 500]))).scalars())
        return held

    def scorecards(self, application_id: str) -> list[Scorecard]:
        with self.database.connection() as conn:
            cards = conn.execute(
                select(p.scorecards).where(p.scorecards.c.application_id == application_id)
                .order_by(p.scorecards.c.at, p.scorecards.c.id)
            ).all()
            ratings = conn.execute(
                select(p.scorecard_ratings)
                .where(p.scorecard_ratings.c.scorecard_id.in_([c.id for c in cards]))
                .order_by(p.scorecard_ratings.c.position)
            ).all()
        by_card: dict[str, list[Rating]] = {}
        for r in ratings:
            by_card.setdefault(r.scorecard_id, []).append(
                Rating(r.skill_id, r.label, r.rating, r.evidence)
            )
        return [
            Scorecard(c.application_id, c.interviewer, c.stage, tuple(by_card.get(c.id, [])),
                      c.summary, _tz(c.at), c.id)
            for c in cards
        ]


class WebhookStore(Protocol):
    def add_subscription(self, sub: Subscription) -> None: ...
    def deactivate(self, subscription_id: str) -> bool: ...
    def subscriptions(self, tenant_id: str | None = None) -> list[Subscription]: ...
    def add_deliveries(self, deliveries: Sequence[Delivery]) -> None: ...
    def pending(self, limit: int) -> list[str]: ...
    def set_status(self, delivery_id: str, status: DeliveryStatus) -> None: ...
    def add_attempt(self, delivery_id: str, attempt: Attempt) -> None: ...
    def deliveries(self, *, tenant_id: str | None, delivery_id: str | None,
                   naming: Sequence[str], limit: int | None) -> list[Delivery]: ...
    def ids_naming(self, words: Sequence[str], *, tenants: Sequence[str] | None = None
                   ) -> list[str]: ...
    def tenants_with_applications(self, candidate_id: str) -> set[str]: ...


class SqlWebhookStore(SqlTableStore):
    """Webhook subscriptions, and the durable queue of their deliveries with every attempt."""

    def add_subscription(self, sub: Subscription) -> None:
        with self.database.connection() as conn:
            conn.execute(insert(p.webhook_subscriptions).values(
                id=sub.id, tenant_id=sub.tenant_id, url=sub.url, events=list(sub.events),
                format=sub.format.value, secret=sub.secret, active=sub.active,
                created_at=sub.created_at,
            ))

    def deactivate(self, subscription_id: str) -> bool:
        """False when there is no such subscription."""
        with self.database.connection() as conn:
            done = conn.execute(
                update(p.webhook_subscriptions)
                .where(p.webhook_subscriptions.c.id == subscription_id).values(active=False)
            )
        return bool(done.rowcount == 1)

    def subscriptions(self, tenant_id: str | None = None) -> list[Subscription]:
        table = p.webhook_subscriptions
        query = select(table).order_by(table.c.created_at, table.c.id)
        if tenant_id is not None:
            query = query.where(table.c.tenant_id == tenant_id)
        with self.database.connection() as conn:
            rows = conn.execute(query).all()
        return [
            Subscription(r.tenant_id, r.url, tuple(r.events), PayloadFormat(r.format), r.secret,
                         r.active, r.id, _tz(r.created_at))
            for r in rows
        ]

    def add_deliveries(self, deliveries: Sequence[Delivery]) -> None:
        """Queue them all or none."""
        if not deliveries:
            return
        with self.database.connection() as conn:
            conn.execute(insert(p.webhook_deliveries), [
                dict(id=d.id, subscription_id=d.subscription_id, event=d.event, body=d.body,
                     status=d.status.value, created_at=d.created_at)
                for d in deliveries
            ])

    def pending(self, limit: int) -> list[str]:
        """Ids of the deliveries still to send, oldest first."""
        d = p.webhook_deliveries
        with self.database.connection() as conn:
            rows = conn.execute(
                select(d.c.id).where(d.c.status == DeliveryStatus.PENDING.value)
                .order_by(d.c.created_at, d.c.id).limit(limit)
            ).all()
        return [r.id for r in rows]

    def set_status(self, delivery_id: str, status: DeliveryStatus) -> None:
        with self.database.connection() as conn:
            conn.execute(update(p.webhook_deliveries)
                         .where(p.webhook_deliveries.c.id == delivery_id)
                         .values(status=status.value))

    def add_attempt(self, delivery_id: str, attempt: Attempt) -> None:
        with self.database.connection() as conn:
            conn.execute(insert(p.webhook_attempts).values(
                delivery_id=delivery_id, at=attempt.at, status_code=attempt.status_code,
                error=attempt.error, ok=attempt.ok,
            ))

    def deliveries(self, *, tenant_id: str | None, delivery_id: str | None,
                   naming: Sequence[str] = (), limit: int | None) -> list[Delivery]:
        """Newest first, each with its attempts in order; `naming`: only those whose body holds
        one of these words, matched case-insensitively."""
        d, s, a = p.webhook_deliveries, p.webhook_subscriptions, p.webhook_attempts
        query = select(d).join(s, s.c.id == d.c.subscription_id)
        if tenant_id is not None:
            query = query.where(s.c.tenant_id == tenant_id)
        if delivery_id is not None:
            query = query.where(d.c.id == delivery_id)
        if naming:
            query = query.where(_body_names(naming))
        with self.database.connection() as conn:
            rows = conn.execute(query.order_by(d.c.created_at.desc(), d.c.id).limit(limit)).all()
            attempts = conn.execute(
                select(a).where(a.c.delivery_id.in_([r.id for r in rows])).order_by(a.c.id)
            ).all()
        by_delivery: dict[str, list[Attempt]] = {}
        for r in attempts:
            by_delivery.setdefault(r.delivery_id, []).append(
                Attempt(_tz(r.at), r.ok, r.status_code, r.error)
            )
        return [
            Delivery(r.id, r.subscription_id, r.event, r.body, DeliveryStatus(r.status),
                     _tz(r.created_at), tuple(by_delivery.get(r.id, [])))
            for r in rows
        ]

    def ids_naming(self, words: Sequence[str], *, tenants: Sequence[str] | None = None
                   ) -> list[str]:
        """The deliveries whose body names one of `words` (of these tenants' webhooks, or of
        any)."""
        d, s = p.webhook_deliveries, p.webhook_subscriptions
        if not words or (tenants is not None and not tenants):
            return []
        query = select(d.c.id).where(_body_names(words)).order_by(d.c.created_at, d.c.id)
        if tenants is not None:
            query = query.where(d.c.subscription_id.in_(
                select(s.c.id).where(s.c.tenant_id.in_(list(tenants)))))
        with self.database.connection() as conn:
            return [str(i) for i in conn.execute(query).scalars()]

    def tenants_with_applications(self, candidate_id: str) -> set[str]:
        """The tenants that have the person in their pipeline."""
        with self.database.connection() as conn:
            rows = conn.execute(
                select(p.applications.c.tenant_id)
                .where(p.applications.c.candidate_id == candidate_id)
            ).all()
        return {r.tenant_id for r in rows}


def _body_names(words: Sequence[str]) -> Any:
    body = func.lower(p.webhook_deliveries.c.body)
    wanted = dict.fromkeys(w.strip().lower() for w in words if w and w.strip())
    return or_(*(body.contains(w, autoescape=True) for w in wanted)) if wanted else false()
