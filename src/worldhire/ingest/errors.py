"""The one exception the parsers raise: every bad input is an `IngestError` with a human reason."""

from __future__ import annotations


class IngestError(Exception):
    """A file (or a row of a bulk file) that cannot become a candidate or a role, and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FileTooLargeError(IngestError):
    """The file is over the size limit; it was refused before being read whole."""


class UnsupportedFileError(IngestError):
    """The bytes are of a kind we do not parse (an image, an archive, an old .doc ...)."""


class CorruptFileError(IngestError):
    """A PDF, DOCX, JSON or CSV that is damaged, truncated or not what its name says."""


class EncryptedFileError(IngestError):
    """A password-protected PDF."""


class UnsafeArchiveError(IngestError):
    """A DOCX whose zip would expand to far more than a résumé needs (a zip bomb)."""


class TextEncodingError(IngestError):
    """Bytes that do not decode to readable text, or binary data passed as text."""


class NotAResumeError(IngestError):
    """Readable input that holds no résumé: no name and no contact, or JSON of another schema."""


class BudgetExceededError(IngestError):
    """A file whose reading spent its CPU, memory or time budget: the worker was stopped."""
