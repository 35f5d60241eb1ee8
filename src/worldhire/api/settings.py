"""Settings of the HTTP server, on top of the store's: limits, rate, and the session secret."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from worldhire.config import Settings
from worldhire.ingest.limits import MAX_FILE_BYTES

SECRET_ENV = "WORLDHIRE_SECRET_KEY"
# A multipart upload carries a few files plus boundaries; the per-file cap is the ingest one.
MAX_UPLOAD_FILES = 20


def _secret(home: Path) -> str:
    """The session-signing secret: $WORLDHIRE_SECRET_KEY, else one kept (0600) in the home, so
    sessions survive a restart without anyone having to configure anything."""
    given = os.environ.get(SECRET_ENV)
    if given:
        return given
    path = home / "secret_key"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    home.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value)
    return value


@dataclass(frozen=True)
class ApiSettings:
    core: Settings
    max_body_bytes: int = MAX_FILE_BYTES + 1024 * 1024
    max_file_bytes: int = MAX_FILE_BYTES
    rate_per_second: float = 20.0
    rate_burst: float = 60.0
    session_max_age_s: int = 8 * 3600
    # How long a computed shortlist is served from memory when nothing was written meanwhile.
    shortlist_ttl_s: float = 30.0
    # The salary file the pay model is fitted on; None: the bundled one (fitted once, cached).
    salary_data: Path | None = None
    # Fit (or load) the pay model in the background at startup, so the first pay page is quick.
    warm_pay_model: bool = False
    secret_key: str = field(default="", repr=False)

    @classmethod
    def load(cls, core: Settings | None = None, **overrides: object) -> ApiSettings:
        core = core or Settings.load()
        secret = overrides.pop("secret_key", None) or _secret(core.home)
        return cls(core=core, secret_key=str(secret), **overrides)  # type: ignore[arg-type]
