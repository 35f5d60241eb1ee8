"""Roles made from a job post as written: the one use case behind the API's POST
/roles/from-post and the web app's paste-or-upload form."""

from __future__ import annotations

from worldhire.core.errors import InvalidInput
from worldhire.ingest.service import IngestService, Kind, Status


def role_from_post(ingest: IngestService, data: bytes, filename: str) -> str:
    """Reads a job post (text, Markdown, PDF or DOCX, any layout or language) and stores the
    role it describes in the ingest service's tenant; the role's id. The same file sent again
    is the same role, left as it is (the recruiter's edits and its status kept). InvalidInput,
    naming the file, when no role can be read from it."""
    outcome = ingest.ingest_bytes(data, filename, Kind.ROLE)
    if outcome.status is Status.ERROR or outcome.role_id is None:
        raise InvalidInput(f"{filename}: {outcome.error or 'no role could be read from it'}")
    return outcome.role_id
