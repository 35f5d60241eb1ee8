"""OpenDocument text (.odt): a zip archive that always holds content.xml; read by odt_text, its
links kept. LibreOffice saves in it by default."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import linked_text_format

if TYPE_CHECKING:
    from worldhire.ingest.extract.content import LinkedText


def _linked_text(data: bytes) -> LinkedText:
    from worldhire.ingest.odt_text import odt_text

    return odt_text(data)


FORMAT = linked_text_format(
    "odt", "OpenDocument text", 22, {".odt": "application/vnd.oasis.opendocument.text"},
    _linked_text, zip_part="content.xml")
