"""Every setting of a worldhire deployment, in one place: read from WORLDHIRE_* environment
variables once, at the edge (the CLI's callback, `create_app`, a benchmark), and passed down from
there. No other module reads the environment. docs/settings.md lists them all."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from worldhire.core.errors import WorldhireError

ENV_PREFIX = "WORLDHIRE_"
_ON = {"1", "true", "yes", "on", "regions"}
_OFF = {"", "0", "false", "no", "off"}


class SettingsError(WorldhireError):
    """A WORLDHIRE_* variable (or an explicit setting) that cannot be used; the message names it."""

    status = 500
    code = "settings"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="ignore")

    home: Path = Field(default_factory=lambda: Path.home() / ".worldhire",
                       description="the data directory")
    database_url: str = Field("", description="default: sqlite:///HOME/worldhire.db")
    residency: bool = Field(False, description="`regions`: each region's personal data in a "
                            "database of its own")
    retention_days: int = Field(730, ge=1, description="default retention period, in days")
    resume_originals: Literal["file", "text", "none"] = Field(
        "file", description="what is kept of a one-person résumé file as received: the file and "
        "its text, the text only, or nothing")
    webhook_allow_private: bool = Field(False, description="let webhooks reach private and "
                                        "loopback addresses (receivers on the deployment's own "
                                        "network)")
    webhooks_per_tenant: int = Field(20, ge=1, description="active webhook subscriptions a "
                                     "tenant may hold")
    secret_key: SecretStr | None = Field(None, description="signs web sessions; default: one "
                                         "kept (0600) in HOME/secret_key")
    smtp_password: SecretStr | None = Field(None, description="password for `pipeline outreach "
                                            "--send --smtp-user`")
    skills_cache: Path | None = Field(None, description="where built skill indexes and the "
                                      "built taxonomy are cached; default: HOME/cache/skills")
    vector_backend: str = Field(
        "auto", description="where the pool's vectors are kept and searched: `auto` (the "
        "database's own where it holds one, pgvector on PostgreSQL; else files), a kind kept in "
        "files (`ivf`: exact below 20,000 vectors, then approximate; `exact`) or one a database "
        "holds (`pgvector`)")
    embed_threads: int = Field(1, ge=1, description="torch threads a process embeds with")
    embed_precision: Literal["float32", "int8"] = Field(
        "float32", description="the model profiles and roles are embedded with: float32 (as "
        "shipped) or int8 (its Linear layers quantised, on the CPU)")
    embed_runtime: Literal["onnx", "torch"] = Field(
        "onnx", description="what float32 embeds on: ONNX Runtime (no torch import) or torch")
    api_max_file_bytes: int | None = Field(None, ge=1, description="largest uploaded file; "
                                           "default: the ingest limit (20 MB)")
    api_rate_per_second: float = Field(20.0, gt=0, description="requests per second per caller")
    api_rate_burst: float = Field(60.0, gt=0, description="burst of requests per caller")
    api_session_max_age_s: int = Field(8 * 3600, ge=60, description="web session lifetime")
    api_shortlist_ttl_s: float = Field(30.0, ge=0, description="how long a computed shortlist "
                                       "is served from memory when nothing was written")
    api_workers: int = Field(1, ge=1, description="server processes over this home; set by "
                             "`worldhire serve --workers` for the processes it starts")

    @field_validator("home", "skills_cache", mode="after")
    @classmethod
    def _expand(cls, value: Path | None) -> Path | None:
        return value.expanduser() if value is not None else None

    @field_validator("residency", "webhook_allow_private", mode="before")
    @classmethod
    def _switch(cls, value: Any) -> Any:
        if isinstance(value, str):
            word = value.strip().lower()
            if word in _ON:
                return True
            if word in _OFF:
                return False
        return value

    @model_validator(mode="after")
    def _default_database(self) -> Settings:
        if not self.database_url:
            object.__setattr__(self, "database_url", f"sqlite:///{self.home / 'worldhire.db'}")
        return self

    @classmethod
    def load(cls, home: Path | str | None = None, **overrides: Any) -> Settings:
        """The environment's settings; `home` (the CLI's --home) and `overrides` beat it."""
        given = {**overrides, **({"home": Path(home)} if home else {})}
        try:
            return cls(**given)
        except ValidationError as exc:
            problems = "; ".join(
                f"{ENV_PREFIX}{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}"
                for e in exc.errors()
            )
            raise SettingsError(problems) from exc

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def skills_cache_dir(self) -> Path:
        return self.skills_cache or self.home / "cache" / "skills"

    @property
    def models_cache_dir(self) -> Path:
        return self.home / "cache" / "models"

    @property
    def comp_cache_dir(self) -> Path:
        return self.home / "cache" / "comp"


_PASSING = threading.Lock()


@contextlib.contextmanager
def passed_to_a_new_interpreter(**settings: str) -> Iterator[None]:
    """Settings put in the environment while a child that is a new interpreter starts (a
    forkserver: the environment is all it is told, and a `--home` given on the command line
    is in none), then taken out again: `skills_cache="/h/cache/skills"` is
    WORLDHIRE_SKILLS_CACHE for that child, which reads it with `Settings.load()`."""
    unknown = set(settings) - set(Settings.model_fields)
    if unknown:
        raise SettingsError(f"no such setting: {', '.join(sorted(unknown))}")
    names = {f"{ENV_PREFIX}{name.upper()}": value for name, value in settings.items()}
    with _PASSING:
        saved = {name: os.environ.get(name) for name in names}
        os.environ.update(names)
        try:
            yield
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
