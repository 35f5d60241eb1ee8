"""Database URLs: `postgresql://` (what people write) becomes SQLAlchemy's psycopg 3 dialect."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from worldhire.core.errors import WorldhireError

_PG_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")


class DatabaseUrlError(WorldhireError, ValueError):
    """A WORLDHIRE_DATABASE_URL that names no database we can talk to."""

    status = 500
    code = "database-url"


def is_postgres(url: str) -> bool:
    return url.split("://", 1)[0].lower() in _PG_SCHEMES


def normalise_url(url: str) -> str:
    """`postgres://` and `postgresql://` (and the psycopg2 dialect, not installed) select psycopg 3;
    every other URL passes through unchanged."""
    if "://" not in url:
        raise DatabaseUrlError(f"{url!r} is not a database URL (sqlite:///... or postgresql://...)")
    scheme, rest = url.split("://", 1)
    if scheme.lower() in _PG_SCHEMES:
        return f"postgresql+psycopg://{rest}"
    return url


def with_search_path(url: str, schema: str) -> str:
    """The same PostgreSQL database with `schema` first on the search path, so unqualified
    tables (the whole store and its Alembic ledger) live in that schema."""
    parts = urlsplit(normalise_url(url))
    query = parse_qsl(parts.query)
    kept = [(k, v) for k, v in query if k != "options"]
    # Other server options the URL already carries are kept.
    options = " ".join([*(v for k, v in query if k == "options"), f"-csearch_path={schema}"])
    kept.append(("options", options))
    query = kept
    return urlunsplit(parts._replace(query=urlencode(query)))
