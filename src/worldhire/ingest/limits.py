"""Bounds on the work one file may cause. Module constants: the ingest service may override them.

Every parser reads these at call time (``limits.MAX_FILE_BYTES``, not a copied default), so setting
``worldhire.ingest.limits.MAX_FILE_BYTES = ...`` before a batch takes effect.

Caps are checked before the work they bound (pages and operators before a PDF page is read,
inflated sizes before a DOCX is parsed, elements while it streams); the CPU, memory and wall-time
budget per document is the backstop for whatever a crafted file finds beyond them, enforced by
running the parser in a worker process that is killed when the budget is spent.
"""

from __future__ import annotations

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 400_000  # after extraction; a long CV is ~30k characters
MAX_LINE_CHARS = 2_000  # longer lines are cut: no résumé line is a book
MAX_CSV_ROWS = 20_000
MAX_CSV_FIELD_CHARS = 200_000

# PDF: counted on the inflated content streams before a page is read. A dense text page draws a
# few thousand pieces of text in well under 1 MB of operators.
MAX_PDF_PAGES = 40
MAX_PDF_PAGE_TEXT_OPS = 20_000
MAX_PDF_PAGE_CONTENT_BYTES = 4 * 1024 * 1024
MAX_PDF_TEXT_OPS = 60_000  # the whole document
MAX_PDF_CONTENT_BYTES = 16 * 1024 * 1024
MAX_PDF_XOBJECTS = 200  # forms looked at per resources dictionary

# DOCX (a zip): refused before any XML is parsed when any of these is exceeded.
MAX_DOCX_ENTRIES = 1_000
MAX_ARCHIVE_ENTRIES = 5_000  # files in one zip of résumés (an agency's batch, a job board's export)
MAX_DOCX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024
MAX_DOCX_COMPRESSION_RATIO = 200  # per member, only checked on members over 1 MiB
# While the XML streams: reading stops at these (what was read so far is kept).
MAX_DOCX_XML_BYTES = 24 * 1024 * 1024  # one part (document, header, footer) inflated
MAX_DOCX_ELEMENTS = 300_000  # paragraphs, runs, cells ... per part
# A long CV has a few hundred (table cells included). Reading and parsing 10,000 took 2.3 s of
# CPU, so a crafted file of 100,000 ran into the worker's CPU budget (the kill and a new worker
# cost 3.2 s in all, over the 3 s goal); 3,000 read and parse in 0.7 s.
MAX_DOCX_PARAGRAPHS = 3_000

# Per document, in the worker process that reads it (see worldhire.ingest.budget).
MAX_DOCUMENT_CPU_SECONDS = 2.5
MAX_DOCUMENT_WALL_SECONDS = 30.0  # a busy machine: CPU time is the real bound, this one a guard
MAX_DOCUMENT_MEMORY_BYTES = 384 * 1024 * 1024  # growth of the worker while it reads one file
# A server's workers (forked from a forkserver holding only the parsers and the linker, ~300 MB)
# are stopped when their whole resident memory passes this.
MAX_PARSER_RSS_BYTES = 512 * 1024 * 1024
