"""Text out of documents: PDF layout and reading order, DOCX XML, the caps on both."""
