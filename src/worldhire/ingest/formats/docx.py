"""Word (DOCX): a zip archive that always holds word/document.xml; read by docx_text, its
links kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import linked_text_format

if TYPE_CHECKING:
    from worldhire.ingest.extract.content import LinkedText


def _linked_text(data: bytes) -> LinkedText:
    from worldhire.ingest.docx_text import docx_text

    return docx_text(data)


FORMAT = linked_text_format(
    "docx", "DOCX", 20,
    {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    _linked_text, zip_part="word/document.xml")
