"""Web sessions: one cookie, encrypted and authenticated (Fernet, keyed from the app secret),
HttpOnly, SameSite=Lax, Secure over https, expiring server-side after `max_age`.

The session carries the signed-in API token, so every page re-authenticates through the same
governance check as the API (a revoked token ends the session at once), the secret of a session
kept on the server (signing out or its expiry ends it there, so a copied cookie stops working),
and a CSRF secret that every form posts back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from starlette.requests import Request
from starlette.responses import Response

COOKIE = "wh_session"


def _fernet(secret: str) -> Fernet:
    key = hashlib.sha256(f"worldhire-session:{secret}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


FLASH_KINDS = ("success", "notice", "error")


@dataclass(frozen=True)
class Flash:
    text: str
    kind: str


@dataclass
class Session:
    data: dict[str, Any] = field(default_factory=dict)
    changed: bool = False

    @property
    def token(self) -> str | None:
        value = self.data.get("token")
        return value if isinstance(value, str) else None

    @property
    def server_session(self) -> str | None:
        """The secret of the server-side session (governance.accounts.open_session)."""
        value = self.data.get("sid")
        return value if isinstance(value, str) else None

    @property
    def csrf(self) -> str:
        if not isinstance(self.data.get("csrf"), str):
            self.data["csrf"] = secrets.token_urlsafe(32)
            self.changed = True
        return str(self.data["csrf"])

    def csrf_ok(self, presented: str | None) -> bool:
        expected = self.data.get("csrf")
        return (isinstance(expected, str) and presented is not None
                and hmac.compare_digest(expected.encode(), presented.encode()))

    def sign_in(self, token: str, server_session: str) -> None:
        # A fresh CSRF secret on sign-in: one planted before it is worthless after.
        self.data = {"token": token, "sid": server_session, "csrf": secrets.token_urlsafe(32)}
        self.changed = True

    def sign_out(self) -> None:
        self.data = {}
        self.changed = True

    def flash(self, message: str, kind: str = "success") -> None:
        """A message for the next page: "success" (done), "notice" (nothing changed, e.g. the
        person was already there) or "error" (refused)."""
        self.data["flash"] = {"text": message, "kind": kind if kind in FLASH_KINDS else "notice"}
        self.changed = True

    def pop_flash(self) -> Flash | None:
        value = self.data.pop("flash", None)
        if value is not None:
            self.changed = True
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            kind = value.get("kind")
            return Flash(value["text"], kind if kind in FLASH_KINDS else "notice")
        return None


class Sessions:
    def __init__(self, secret: str, max_age_s: int) -> None:
        self._fernet = _fernet(secret)
        self.max_age_s = max_age_s

    def load(self, request: Request) -> Session:
        raw = request.cookies.get(COOKIE)
        if not raw:
            return Session()
        try:
            plain = self._fernet.decrypt(raw.encode(), ttl=self.max_age_s)
            data = json.loads(plain)
        except (InvalidToken, ValueError):
            return Session(changed=True)  # expired or forged: start over, and clear the cookie
        return Session(data if isinstance(data, dict) else {})

    def save(self, request: Request, response: Response, session: Session) -> None:
        if not session.changed:
            return
        secure = request.url.scheme == "https"
        if not session.data:
            response.delete_cookie(COOKIE, path="/", secure=secure, httponly=True,
                                   samesite="lax")
            return
        value = self._fernet.encrypt(json.dumps(session.data).encode()).decode()
        response.set_cookie(COOKIE, value, max_age=self.max_age_s, path="/", secure=secure,
                            httponly=True, samesite="lax")
