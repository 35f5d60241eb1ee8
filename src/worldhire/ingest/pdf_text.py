"""PDF to text with pypdf, refusing encrypted, damaged and image-only files with a clear reason."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader

from worldhire.ingest import limits
from worldhire.ingest.errors import CorruptFileError, EncryptedFileError, NotAResumeError

# pypdf logs every recoverable oddity of a damaged file; the ingest report carries our own reason.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_text(data: bytes) -> str:
    """The text of the first `limits.MAX_PDF_PAGES` pages, pages separated by blank lines."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many types on damaged input; all mean "corrupt"
        raise CorruptFileError(f"corrupt or truncated PDF: {_short(exc)}") from exc
    if encrypted:
        _open_encrypted(reader)
    pages: list[str] = []
    try:
        for number, page in enumerate(reader.pages):
            if number >= limits.MAX_PDF_PAGES:
                break
            pages.append(page.extract_text() or "")
    except Exception as exc:  # same: a page that cannot be read is a damaged file
        raise CorruptFileError(f"corrupt or truncated PDF: {_short(exc)}") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise NotAResumeError("PDF has no extractable text (a scanned image? OCR is not supported)")
    return text


def _open_encrypted(reader: PdfReader) -> None:
    """Owner-password-only PDFs open with an empty user password; anything else is refused."""
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # unsupported cipher or missing crypto backend
        raise EncryptedFileError("encrypted PDF: password protected, cannot be read") from exc
    if not opened:
        raise EncryptedFileError("encrypted PDF: password protected, cannot be read")


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:200]
