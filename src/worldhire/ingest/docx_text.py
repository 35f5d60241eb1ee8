"""DOCX to text with python-docx, after checking the zip cannot expand into a bomb.

The zip is inspected before python-docx touches it: member count, declared uncompressed size, the
compression ratio of each large member, and the real uncompressed size, measured by streaming each
member with a running cap (a forged header cannot make us inflate more than the cap).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import docx
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from worldhire.ingest import limits
from worldhire.ingest.errors import CorruptFileError, NotAResumeError, UnsafeArchiveError

_RATIO_CHECK_MIN_BYTES = 1024 * 1024
_CHUNK = 64 * 1024


@dataclass
class DocxContent:
    text: str
    links: list[str] = field(default_factory=list)


def docx_text(data: bytes) -> DocxContent:
    check_zip_safety(data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_header_lines(document)) + list(_body_lines(document))
        links = _hyperlinks(document)
    except Exception as exc:  # python-docx/lxml raise many types on damaged parts
        raise CorruptFileError(f"corrupt DOCX: {str(exc)[:200] or type(exc).__name__}") from exc
    text = "\n".join(lines)
    if not text.strip():
        raise NotAResumeError("DOCX has no text")
    return DocxContent(text=text, links=links)


def check_zip_safety(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFileError(f"corrupt or truncated DOCX: {exc}") from exc
    with archive:
        members = archive.infolist()
        if len(members) > limits.MAX_DOCX_ENTRIES:
            raise UnsafeArchiveError(f"DOCX refused: {len(members)} zip entries (zip bomb?)")
        declared = sum(m.file_size for m in members)
        if declared > limits.MAX_DOCX_UNCOMPRESSED_BYTES:
            raise UnsafeArchiveError(
                f"DOCX refused: declares {declared:,} bytes uncompressed (zip bomb?)"
            )
        for member in members:
            if member.file_size >= _RATIO_CHECK_MIN_BYTES:
                ratio = member.file_size / max(member.compress_size, 1)
                if ratio > limits.MAX_DOCX_COMPRESSION_RATIO:
                    raise UnsafeArchiveError(
                        f"DOCX refused: {member.filename} compresses {ratio:,.0f}:1 (zip bomb?)"
                    )
        _measure_real_size(archive, members)


def _measure_real_size(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    total = 0
    for member in members:
        try:
            with archive.open(member) as stream:
                while chunk := stream.read(_CHUNK):
                    total += len(chunk)
                    if total > limits.MAX_DOCX_UNCOMPRESSED_BYTES:
                        raise UnsafeArchiveError(
                            "DOCX refused: inflates past the size limit (zip bomb?)"
                        )
        except UnsafeArchiveError:
            raise
        except Exception as exc:  # bad CRC, truncated stream, unsupported compression
            raise CorruptFileError(f"corrupt DOCX: {member.filename}: {exc}") from exc


def _header_lines(document: DocumentObject) -> Iterator[str]:
    """Page headers often hold the name and contact line."""
    seen: set[str] = set()
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            text = paragraph.text.strip()
            if text and text not in seen:
                seen.add(text)
                yield text


def _body_lines(document: DocumentObject) -> Iterator[str]:
    """Paragraphs and tables in document order; headings become '## ', list items '- '."""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            line = _paragraph_line(Paragraph(child, document))
            if line is not None:
                yield line
        elif child.tag == qn("w:tbl"):
            yield from _table_lines(Table(child, document))


def _paragraph_line(paragraph: Paragraph) -> str | None:
    text = paragraph.text.strip()
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.startswith("Heading") or style == "Title":
        return f"## {text}" if style != "Title" else text
    is_list = style.startswith("List") or (
        paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    )
    return f"- {text}" if is_list and not text.startswith(("-", "•", "*")) else text


def _table_lines(table: Table) -> Iterator[str]:
    """Short rows read as "a | b"; layout tables (cells holding sections) read cell by cell."""
    for row in table.rows:
        cells = _unique_cells(row.cells)
        if any(len([p for p in cell.paragraphs if p.text.strip()]) > 1 for cell in cells):
            for cell in cells:
                for paragraph in cell.paragraphs:
                    line = _paragraph_line(paragraph)
                    if line is not None:
                        yield line
                yield ""
            continue
        texts = [" ".join(cell.text.split()) for cell in cells]
        texts = [t for t in texts if t]
        if texts:
            yield " | ".join(texts)


def _unique_cells(cells: list[_Cell]) -> list[_Cell]:
    """Merged cells appear once per grid column; keep each cell once."""
    seen: set[int] = set()
    unique = []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            unique.append(cell)
    return unique


def _hyperlinks(document: DocumentObject) -> list[str]:
    links = []
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/hyperlink") and rel.is_external:
            links.append(rel.target_ref)
    return links
