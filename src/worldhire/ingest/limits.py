"""Bounds on the work one file may cause. Module constants: the ingest service may override them.

Every parser reads these at call time (``limits.MAX_FILE_BYTES``, not a copied default), so setting
``worldhire.ingest.limits.MAX_FILE_BYTES = ...`` before a batch takes effect.
"""

from __future__ import annotations

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PDF_PAGES = 40
MAX_TEXT_CHARS = 400_000  # after extraction; a long CV is ~30k characters
MAX_LINE_CHARS = 2_000  # longer lines are cut: no résumé line is a book
MAX_CSV_ROWS = 20_000
MAX_CSV_FIELD_CHARS = 200_000

# DOCX (a zip): refused before python-docx opens it when any of these is exceeded.
MAX_DOCX_ENTRIES = 1_000
MAX_DOCX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024
MAX_DOCX_COMPRESSION_RATIO = 200  # per member, only checked on members over 1 MiB
