"""FastAPI dependencies: the app's context and the principal behind the bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from worldhire.api.context import AppContext
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
    try:
        return context(request).accounts.authenticate(credentials.credentials)
    except AccessDenied as exc:
        raise Problem(401, str(exc), headers=_CHALLENGE) from exc


Ctx = Annotated[AppContext, Depends(context)]
Caller = Annotated[Principal, Depends(principal)]
