"""Word 97-2003 (.doc): an OLE compound file holding a "WordDocument" stream; read by doc_text,
its links kept. Job boards still export résumés this way, and many people still save them so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import linked_text_format

if TYPE_CHECKING:
    from worldhire.ingest.extract.content import LinkedText


def _linked_text(data: bytes) -> LinkedText:
    from worldhire.ingest.doc_text import doc_text

    return doc_text(data)


_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

FORMAT = linked_text_format("doc", "Word 97-2003 document", 25, {".doc": "application/msword"},
                            _linked_text, magic=_OLE_SIGNATURE)
