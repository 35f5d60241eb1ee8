"""DOCX to text and links, reading the XML parts directly (see `extract.docx_xml`).

The zip is inspected before any part is read: member count, declared uncompressed sizes and the
compression ratio of each large member. Only the parts that hold text are then inflated, as they
stream into the parser, with the caps of `worldhire.ingest.limits` (a forged size in a header
fails the zip's own size and CRC checks). Page headers come first (they often hold the name and
contact line), then the body, then the footers; a header or footer line repeated across
sections is kept once, page numbers are dropped.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib

from lxml import etree

from worldhire.ingest.errors import CorruptFileError, NotAResumeError, UnsafeArchiveError
from worldhire.ingest.extract.cleanup import is_page_number, without_page_number
from worldhire.ingest.extract.content import LinkedText
from worldhire.ingest.extract.docx_xml import PartText, Style, read_part, read_styles
from worldhire.ingest.extract.zip_safety import check_zip_safety

_RELS_MAX_BYTES = 1024 * 1024
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DOCUMENT = "word/document.xml"



def docx_text(data: bytes) -> LinkedText:
    check_zip_safety(data, "DOCX", _DOCUMENT)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _read(archive)
    except (UnsafeArchiveError, NotAResumeError):
        raise
    except (zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, KeyError, OSError,
            EOFError, ValueError) as exc:
        raise CorruptFileError(f"corrupt DOCX: {str(exc)[:200] or type(exc).__name__}") from exc


def _read(archive: zipfile.ZipFile) -> LinkedText:
    names = set(archive.namelist())
    rels = _relationships(archive, "word/_rels/document.xml.rels")
    styles = _styles(archive, names)
    with archive.open(_DOCUMENT) as stream:
        body = read_part(stream, styles)
    headers = _running_lines(archive, names, rels, "header", styles)
    footers = _running_lines(archive, names, rels, "footer", styles)
    lines = headers + ([""] if headers else []) + body.lines + ([""] if footers else []) + footers
    text = "\n".join(lines)
    if not text.strip():
        raise NotAResumeError("DOCX has no text")
    links = [target for _, kind, target, external in rels.values()
             if kind == "hyperlink" and external]
    links += body.field_links
    return LinkedText(text=text, links=list(dict.fromkeys(links)))


def _relationships(
    archive: zipfile.ZipFile, name: str
) -> dict[str, tuple[str, str, str, bool]]:
    """Relationship id -> (part name, kind, target, external) of one part's .rels."""
    try:
        with archive.open(name) as stream:
            data = stream.read(_RELS_MAX_BYTES)
    except KeyError:
        return {}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    out = {}
    for rel in root.iter(_REL):
        target = rel.get("Target", "")
        external = rel.get("TargetMode") == "External"
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("word", target))
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        out[rel.get("Id", "")] = (part, kind, target, external)
    return out


def _styles(archive: zipfile.ZipFile, names: set[str]) -> dict[str, Style]:
    if "word/styles.xml" not in names:
        return {}
    with archive.open("word/styles.xml") as stream:
        return read_styles(stream)


def _running_lines(
    archive: zipfile.ZipFile,
    names: set[str],
    rels: dict[str, tuple[str, str, str, bool]],
    kind: str,
    styles: dict[str, Style],
) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for part, rel_kind, _, external in rels.values():
        if rel_kind != kind or external or part not in names:
            continue
        with archive.open(part) as stream:
            text: PartText = read_part(stream, styles)
        for line in text.lines:
            line = without_page_number(line)
            if line and line not in seen and not is_page_number(line):
                seen.add(line)
                out.append(line)
    return out
