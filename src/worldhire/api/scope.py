"""Route helpers over the governance service layer: every read and write a route makes goes
through `ScopedServices`, so tenant isolation holds even if a route forgot a check."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from worldhire.api.context import AppContext
from worldhire.api.problems import Problem
from worldhire.governance.access import ScopedServices
from worldhire.governance.errors import AccessDenied
from worldhire.governance.principal import Principal


def services(ctx: AppContext, principal: Principal) -> ScopedServices:
    return ScopedServices(ctx.gov, principal)


@contextmanager
def lookup() -> Iterator[None]:
    """Inside a lookup, a refusal means "not in your scope", which reads as 404: the caller may
    not learn whether another tenant's object exists. Missing actions are checked before (403).
    """
    try:
        yield
    except AccessDenied as exc:
        raise Problem(404, str(exc)) from exc



def tenant_of(principal: Principal) -> str:
    """The tenant a user writes into; a candidate account has none (403)."""
    return principal.require_tenant()
