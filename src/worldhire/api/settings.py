"""Settings of the HTTP server, on top of the store's: limits, rate, and the session secret.
Their defaults come from the one `Settings` (WORLDHIRE_API_*); a caller may override any."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from worldhire.config import Settings
from worldhire.ingest.limits import MAX_FILE_BYTES
from worldhire.store.private import private_file, private_folder

# A multipart upload carries a few files plus boundaries; the per-file cap is the ingest one.
MAX_UPLOAD_FILES = 20
_BOUNDARIES = 1024 * 1024


def _secret(home: Path) -> str:
    """The session-signing secret kept (0600) in the home when WORLDHIRE_SECRET_KEY is not set,
    so sessions survive a restart without anyone having to configure anything."""
    path = home / "secret_key"
    private_folder(home)
    if path.exists():
        private_file(path)
        return path.read_text(encoding="utf-8").strip()
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value)
    return value


@dataclass(frozen=True)
class ApiSettings:
    core: Settings
    max_body_bytes: int = MAX_FILE_BYTES + _BOUNDARIES
    max_file_bytes: int = MAX_FILE_BYTES
    rate_per_second: float = 20.0
    rate_burst: float = 60.0
    # Unauthenticated sign-ups (each parses a file), per client IP: a burst, then one a minute.
    signup_burst: float = 5.0
    signup_per_minute: float = 1.0
    # Processes that parse uploaded files under the per-document budget (ingest.budget).
    parser_workers: int = 2
    # Uploads that may wait for a busy parser worker; more at once are answered 503. Each waits
    # on one of the server's request threads (40), which a flood of costly uploads took all of:
    # one account's 60 uploads held another user's GET /roles for 98 s. 16: as many clients as
    # issue 18's load goal may all upload at once.
    parser_queue: int = 16
    session_max_age_s: int = 8 * 3600
    # How long a computed shortlist is served from memory when nothing was written meanwhile.
    shortlist_ttl_s: float = 30.0
    # Server processes over this home (api/workers.py): above one, the background work runs in
    # one of them and writes empty every one's cached shortlists.
    workers: int = 1
    # The salary file the pay model is fitted on; None: the bundled one (fitted once, cached).
    salary_data: Path | None = None
    # Fit (or load) the pay model in the background at startup, so the first pay page is quick.
    warm_pay_model: bool = False
    # Load the embedding model and the taxonomy in the background at startup, so the first
    # shortlist a worker serves does not wait for them (each of several workers loads its own).
    warm_ranking: bool = False
    secret_key: str = field(default="", repr=False)

    @classmethod
    def load(cls, core: Settings | None = None, **overrides: Any) -> ApiSettings:
        core = core or Settings.load()
        file_bytes = core.api_max_file_bytes or MAX_FILE_BYTES
        values: dict[str, Any] = {
            "max_file_bytes": file_bytes, "max_body_bytes": file_bytes + _BOUNDARIES,
            "rate_per_second": core.api_rate_per_second, "rate_burst": core.api_rate_burst,
            "session_max_age_s": core.api_session_max_age_s,
            "shortlist_ttl_s": core.api_shortlist_ttl_s,
            "workers": core.api_workers,
            **overrides,
        }
        secret = values.pop("secret_key", None) or (
            core.secret_key.get_secret_value() if core.secret_key else _secret(core.home))
        return cls(core=core, secret_key=str(secret), **values)
