"""Uploaded résumé files: size and type are checked for every file before any is ingested, so a
bad file in a batch refuses the batch (413/415) instead of landing half of it. A zip archive's
résumés are files of the batch (`worldhire.ingest.archives`); its other files are left out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from fastapi import UploadFile

from worldhire.api.context import AppContext
from worldhire.api.problems import Problem
from worldhire.api.settings import MAX_UPLOAD_FILES
from worldhire.governance.access import ScopedServices
from worldhire.ingest.archives import ARCHIVE_SUFFIX, uploaded_members
from worldhire.ingest.errors import IngestError
from worldhire.ingest.formats import suffixes
from worldhire.ingest.schemas import FileOutcomeOut
from worldhire.ingest.service import FileOutcome, IngestService, Kind, Status
from worldhire.ingest.sniff import sniff


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


def _name(upload: UploadFile) -> str:
    # Only the base name: a client's path says nothing we should keep.
    return PurePath((upload.filename or "upload").replace("\\", "/")).name[:200] or "upload"


def accepted_suffixes(*, allow_csv: bool) -> list[str]:
    """The file suffixes an upload takes: what `read_uploads` checks, and the `accept` list of
    the web's upload forms (so a new résumé format is offered where it is read); files of many
    people (CSV, a zip archive of résumés) only where `allow_csv`."""
    return suffixes(several_people=allow_csv) + ([ARCHIVE_SUFFIX] if allow_csv else [])


def read_uploads(files: list[UploadFile], max_bytes: int, *, allow_csv: bool) -> list[Upload]:
    if not files:
        raise Problem(422, "attach at least one file in the `files` field")
    if len(files) > MAX_UPLOAD_FILES:
        raise Problem(413, f"at most {MAX_UPLOAD_FILES} files per request")
    suffixes = accepted_suffixes(allow_csv=allow_csv)
    out = []
    for upload in files:
        name = _name(upload)
        suffix = PurePath(name).suffix.lower()
        if suffix not in suffixes:
            raise Problem(415, f"{name}: {suffix or 'no extension'} is not accepted; send "
                          f"one of {', '.join(suffixes)}")
        data = upload.file.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise Problem(413, f"{name} is over the {max_bytes / 1e6:.0f} MB limit per file")
        if not data:
            raise Problem(422, f"{name} is empty")
        try:
            if suffix == ARCHIVE_SUFFIX:
                inside = uploaded_members(data, name, max_bytes, suffixes, MAX_UPLOAD_FILES)
                out += [Upload(member, member_data) for member, member_data in inside]
                for member, member_data in inside:
                    sniff(member_data, member)
                continue
            sniff(data, name)
        except IngestError as exc:
            raise Problem(415, f"{name}: {exc.reason}") from exc
        out.append(Upload(name, data))
    if len(out) > MAX_UPLOAD_FILES:
        raise Problem(413, f"at most {MAX_UPLOAD_FILES} files per request")
    return out


def ingest_uploads(
    service: IngestService, uploads: list[Upload], *, join: bool = True, returning: bool = False
) -> list[FileOutcome]:
    return [service.ingest_bytes(u.data, u.filename, Kind.RESUME, join=join, returning=returning)
            for u in uploads]


def refuse_if_all_failed(outcomes: list[FileOutcome]) -> None:
    if outcomes and all(o.status is Status.ERROR for o in outcomes):
        raise Problem(422, "; ".join(f"{o.path}: {o.error}" for o in outcomes),
                      results=[FileOutcomeOut.of(o) for o in outcomes])


def register(
    ctx: AppContext, uploads: list[Upload], label: str, *, returning: bool = False
) -> tuple[FileOutcome, str]:
    """A self-registered platform profile from one résumé, and the account token (shown once).

    A person already on the platform (the same file, or the same e-mail address, profile link
    or phone) is refused: a résumé must not hand its uploader an account on someone else's
    profile. A person who had their data erased is refused too, unless `returning`: they say,
    explicitly, that they come back, which takes them off the suppression list."""
    if len(uploads) != 1:
        raise Problem(422, "register with exactly one résumé file")
    outcome = ingest_uploads(ctx.ingest(None), uploads, join=False, returning=returning)[0]
    if outcome.status is Status.DUPLICATE:
        raise Problem(409, "this person is already registered; sign in with the access token "
                      "of that profile")
    if outcome.status is Status.SUPPRESSED:
        raise Problem(409, "this person had their data erased; to join again, sign up "
                      "yourself and confirm that you come back (returning=true)")
    refuse_if_all_failed([outcome])
    if len(outcome.candidate_ids) != 1:
        raise Problem(422, "the file holds more than one person")
    ctx.wrote()
    token = ctx.accounts.issue_candidate_token(outcome.candidate_ids[0], label)
    return outcome, token


def new_version(ctx: AppContext, scoped: ScopedServices, candidate_id: str, upload: Upload
                ) -> FileOutcome:
    """A newer résumé of a profile the caller may change, read into that profile as a version
    (worldhire.identity); refused (422) when it names someone else or cannot be read."""
    person = scoped.candidate_to_change(candidate_id)
    outcome = ctx.ingest(person.tenant_id).ingest_bytes(upload.data, upload.filename,
                                                        Kind.RESUME, into=person.id)
    if outcome.status in (Status.ERROR, Status.DUPLICATE, Status.SUPPRESSED):
        raise Problem(422, f"{upload.filename}: {outcome.error}",
                      results=[FileOutcomeOut.of(outcome)])
    ctx.wrote()
    return outcome
