"""RTF (.rtf): a text file that opens with "{\\rtf"; read by rtf_text, its links kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import linked_text_format

if TYPE_CHECKING:
    from worldhire.ingest.extract.content import LinkedText


def _linked_text(data: bytes) -> LinkedText:
    from worldhire.ingest.rtf_text import rtf_text

    return rtf_text(data)


FORMAT = linked_text_format("rtf", "RTF", 28, {".rtf": "application/rtf"}, _linked_text,
                            opening=b"{\\rtf")
