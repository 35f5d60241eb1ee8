"""Files handed back as they were received: always an attachment (a browser never renders a
résumé's HTML or PDF script in worldhire's origin), of the type stored; the app's security
headers (api.app.SecurityHeaders) add `nosniff` to every answer."""

from __future__ import annotations

import re
from pathlib import PurePath
from urllib.parse import quote

from fastapi.responses import Response

from worldhire.core.models import ResumeVersion


def attachment_name(file_name: str) -> str:
    """The file's own name (no folder), as an ASCII fallback and in UTF-8 (RFC 6266)."""
    name = PurePath(file_name.replace("\\", "/")).name or "resume"
    plain = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "resume"
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


def original_file(version: ResumeVersion, data: bytes) -> Response:
    media_type = version.document.media_type if version.document else "application/octet-stream"
    return Response(data, media_type=media_type, headers={
        "Content-Disposition": attachment_name(version.file_name),
        "Cache-Control": "no-store",
    })
