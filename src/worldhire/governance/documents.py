"""The résumé as received, for the pages that show what was read from it: the latest version's
text beside the parsed fields (a correction is made while reading the person's own words), and a
download of each version's original file (the link a shell gives)."""

from __future__ import annotations

from dataclasses import dataclass

from worldhire.governance.access import ScopedServices


@dataclass(frozen=True)
class ReceivedFile:
    """One version's file: its name, when it was read, its text where kept and shown, and the
    page's link to the original where the file itself was kept."""

    id: str
    file_name: str
    read: str
    text: str | None
    media_type: str | None
    download: str | None


@dataclass(frozen=True)
class Received:
    """What `_document.html` shows: the latest text beside the versions' files; `hidden` when
    the reader may not see contact details (which the documents state)."""

    latest: ReceivedFile | None
    files: list[ReceivedFile]
    hidden: bool


def received(scoped: ScopedServices, candidate_id: str, download: str) -> Received:
    """`download` is the page's path to a version's file, with `{version_id}` in it. Documents
    are loaded only where the caller may see contact details (ScopedServices.versions), so
    `hidden` says why a kept text is not shown."""
    versions = scoped.versions(candidate_id, documents=True)
    person = scoped.get_candidate(candidate_id)
    files = [
        ReceivedFile(
            id=v.id, file_name=v.file_name, read=v.parsed_at.date().isoformat(),
            text=v.document.text if v.document else None,
            media_type=v.document.media_type if v.document else None,
            download=(download.format(version_id=v.id)
                      if v.document is not None and v.document.original is not None else None))
        for v in reversed(versions)
    ]
    latest = next((f for f in files if f.text is not None), None)
    return Received(latest, files, hidden=not scoped.may_contact(person))
