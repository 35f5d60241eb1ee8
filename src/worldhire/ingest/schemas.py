"""An imported file at the edges: the JSON Resume body the API takes, and what it answers for
each upload (and the web pages show)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from worldhire.ingest.service import FileOutcome


class JsonResumeIn(BaseModel):
    """A JSON Resume document (jsonresume.org); `basics.name` is required, the rest optional."""

    model_config = ConfigDict(extra="allow")
    # Passed through as written to the JSON Resume reader (ingest.resumes.jsonresume),
    # which checks it.
    basics: dict[str, Any] = Field(description="name, email, location, summary ...")


class JoinedOut(BaseModel):
    """A person already in the pool that the file was recognised as, and why."""

    candidate_id: str
    because: str


class FileOutcomeOut(BaseModel):
    """One file: whether it was imported, the candidates it made or joined, and what to check."""

    filename: str
    status: str
    candidate_ids: list[str]
    error: str | None
    joined: list[JoinedOut]
    warnings: list[str]
    skipped_rows: list[str]

    @classmethod
    def of(cls, o: FileOutcome) -> FileOutcomeOut:
        return cls(filename=o.path, status=o.status.value, candidate_ids=o.candidate_ids,
                   error=o.error,
                   joined=[JoinedOut(candidate_id=c, because=why) for c, why in o.joined.items()],
                   warnings=o.warnings, skipped_rows=o.row_errors)


class UploadResults(BaseModel):
    results: list[FileOutcomeOut]


class SignupOut(FileOutcomeOut):
    """The new profile's file, its id, and the account token (shown this once)."""

    candidate_id: str
    token: str
