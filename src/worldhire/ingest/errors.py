"""The one exception the parsers raise: every bad input is an `IngestError` with a human reason."""

from __future__ import annotations

from worldhire.core.errors import WorldhireError


class IngestError(WorldhireError):
    """A file (or a row of a bulk file) that cannot become a candidate or a role, and why."""

    status = 422
    code = "ingest-failed"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ReadersBusy(WorldhireError):
    """Every parser worker is reading and as many callers as may wait already do: the file was
    not read (sending it again later is safe). Not an `IngestError`: nothing is wrong with it."""

    status = 503
    code = "readers-busy"
    detail_is_public = True


class ReadersUnavailable(WorldhireError):
    """No parser worker could be started (a broken install, no processes left): no file can be
    read until that is mended, so the call stops here instead of failing every file in turn."""

    status = 503
    code = "readers-unavailable"
    detail_is_public = True


class FileTooLargeError(IngestError):
    """The file is over the size limit; it was refused before being read whole."""

    status = 413
    code = "file-too-large"


class UnsupportedFileError(IngestError):
    """The bytes are of a kind we do not parse (an image, an archive, an Excel workbook ...)."""

    status = 415
    code = "unsupported-file"


class CorruptFileError(IngestError):
    """A PDF, DOCX, JSON or CSV that is damaged, truncated or not what its name says."""

    status = 422
    code = "corrupt-file"


class EncryptedFileError(IngestError):
    """A password-protected PDF."""

    status = 422
    code = "encrypted-file"


class UnsafeArchiveError(IngestError):
    """A DOCX whose zip would expand to far more than a résumé needs (a zip bomb)."""

    status = 422
    code = "unsafe-archive"


class TextEncodingError(IngestError):
    """Bytes that do not decode to readable text, or binary data passed as text."""

    status = 422
    code = "text-encoding"


class NotAResumeError(IngestError):
    """Readable input that holds no résumé: no name and no contact, or JSON of another schema."""

    status = 422
    code = "not-a-resume"


class BudgetExceededError(IngestError):
    """A file whose reading spent its CPU, memory or time budget: the worker was stopped."""

    status = 422
    code = "over-budget"
