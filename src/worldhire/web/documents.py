"""The résumé as received, for the pages that show what was read from it: the latest version's
text beside the parsed fields (a correction is made while reading the person's own words), and a
download of each version's original file."""

from __future__ import annotations

from typing import Any

from worldhire.governance.access import ScopedServices


def received(scoped: ScopedServices, candidate_id: str, download: str) -> dict[str, Any]:
    """What `_document.html` shows. `download` is the page's path to a version's file, with
    `{version_id}` in it. Documents are loaded only where the caller may see contact details
    (ScopedServices.versions), so `hidden` says why a kept text is not shown."""
    versions = scoped.versions(candidate_id, documents=True)
    person = scoped.get_candidate(candidate_id)
    files = [
        {"id": v.id, "file_name": v.file_name, "read": v.parsed_at.date().isoformat(),
         "text": v.document.text if v.document else None,
         "media_type": v.document.media_type if v.document else None,
         "download": (download.format(version_id=v.id)
                      if v.document is not None and v.document.original is not None else None)}
        for v in reversed(versions)
    ]
    latest = next((f for f in files if f["text"] is not None), None)
    return {"latest": latest, "files": files, "hidden": not scoped.may_contact(person)}
