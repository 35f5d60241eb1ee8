"""FastAPI dependencies: the app's context and the principal behind the bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from worldhire.api.context import AppContext
from worldhire.api.limits import PRINCIPAL_STATE
from worldhire.api.problems import Problem
from worldhire.governance.errors import AccessDenied
from worldhire.governance.principal import Principal

_bearer = HTTPBearer(auto_error=False, description="An API token: `Authorization: Bearer wh_...`")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="worldhire"'}


def context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.ctx
    return ctx


def principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Problem(401, "sign in: send an API token as `Authorization: Bearer <token>`",
                      headers=_CHALLENGE)
    # The rate limiter authenticated this very token already (see api.limits.RateLimit).
    checked = request.scope.get("state", {}).get(PRINCIPAL_STATE)
    if checked is not None and checked[0] == credentials.credentials:
        found: Principal = checked[1]
        return found
    try:
        return context(request).accounts.authenticate(credentials.credentials)
    except AccessDenied as exc:
        raise Problem(401, str(exc), headers=_CHALLENGE) from exc


Ctx = Annotated[AppContext, Depends(context)]
Caller = Annotated[Principal, Depends(principal)]
