"""OpenDocument text (.odt, LibreOffice's own format) to text and links.

The archive passes the zip checks a DOCX does; then content.xml's body is read in document
order, as a DOCX's is: headings marked as Markdown headings, list items as bullets, a table row
as a DOCX's (`extract.cleanup.row_lines`: on one line, or a job row's heads on one line and its
duties below), a text box's paragraphs where it is anchored, links' targets kept. The page header
and footer of the page styles (styles.xml), where people put their name and contact line, come
first and last; page numbers are dropped.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from worldhire.ingest import limits
from worldhire.ingest.errors import (
    CorruptFileError,
    NotAResumeError,
    UnsafeArchiveError,
    UnsupportedFileError,
)
from worldhire.ingest.extract.cleanup import is_page_number, row_lines
from worldhire.ingest.extract.content import LinkedText
from worldhire.ingest.extract.zip_safety import check_zip_safety

_CONTENT = "content.xml"
_KIND = "application/vnd.oasis.opendocument"
_TEXT_TYPE = f"{_KIND}.text"
_OTHER_TYPES = {
    f"{_KIND}.spreadsheet": "an OpenDocument spreadsheet; export it as CSV",
    f"{_KIND}.presentation": "an OpenDocument presentation",
}
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}


def _tag(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


_PARAGRAPH, _HEADING = _tag("text", "p"), _tag("text", "h")
_LIST_ITEM, _ROW, _CELL = _tag("text", "list-item"), _tag("table", "table-row"), _tag(
    "table", "table-cell")
_DRAWING = f"{{{_NS['draw']}}}"
_SPACE, _TAB, _BREAK, _LINK = (_tag("text", n) for n in ("s", "tab", "line-break", "a"))
# Not shown as the page's text: notes, comments, tracked deletions, the page number field.
_SKIPPED = frozenset({
    _tag("text", "note"), _tag("office", "annotation"), _tag("text", "tracked-changes"),
    _tag("text", "page-number"), _tag("text", "page-count"),
    _tag("office", "annotation-end"), _tag("text", "sequence-decls"),
})  # fmt: skip
_RUNNING = (_tag("style", "header"), _tag("style", "footer"))



def odt_text(data: bytes) -> LinkedText:
    """The text of an OpenDocument text file: page headers, the body, then page footers."""
    check_zip_safety(data, "OpenDocument file", _CONTENT)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_type(archive)
            links: list[str] = []
            body = _lines(_root(archive, _CONTENT), links)
            styles = _root(archive, "styles.xml") if "styles.xml" in archive.namelist() else None
    except (UnsafeArchiveError, UnsupportedFileError):
        raise
    except (zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, KeyError, OSError,
            EOFError, ValueError) as exc:
        raise CorruptFileError(f"corrupt OpenDocument file: {str(exc)[:200]}") from exc
    headers, footers = _running_lines(styles, links) if styles is not None else ([], [])
    text = "\n".join([*headers, *([""] if headers else []), *body, *([""] if footers else []),
                      *footers])  # fmt: skip
    if not text.strip():
        raise NotAResumeError("the OpenDocument file has no text")
    return LinkedText(text[: limits.MAX_TEXT_CHARS], list(dict.fromkeys(links)))


def _check_type(archive: zipfile.ZipFile) -> None:
    kind = archive.read("mimetype").decode("ascii", "replace").strip() if (
        "mimetype" in archive.namelist()) else _TEXT_TYPE
    if kind != _TEXT_TYPE:
        what = _OTHER_TYPES.get(kind, f"an OpenDocument file of type {kind[:80]!r}")
        raise UnsupportedFileError(f"unsupported file type: {what}")


def _root(archive: zipfile.ZipFile, name: str) -> etree._Element:
    with archive.open(name) as stream:
        data = stream.read(limits.MAX_DOCX_XML_BYTES + 1)
    if len(data) > limits.MAX_DOCX_XML_BYTES:
        raise UnsafeArchiveError(f"OpenDocument file refused: {name} inflates past "
                                 f"{limits.MAX_DOCX_XML_BYTES:,} bytes")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    return etree.fromstring(data, parser)


def _lines(root: etree._Element, links: list[str]) -> list[str]:
    body = root.find("office:body/office:text", _NS)
    if body is None:
        return []
    lines: list[str] = []
    _blocks(body, lines, links, bullet=False)
    return lines


def _blocks(element: etree._Element, lines: list[str], links: list[str], *, bullet: bool) -> None:
    """The lines of the paragraphs, lists and tables under `element`, in order."""
    if len(lines) > limits.MAX_DOCX_PARAGRAPHS:
        raise UnsafeArchiveError("OpenDocument file refused: more paragraphs than any résumé")
    for child in element:
        if child.tag in _SKIPPED:
            continue
        if child.tag in (_PARAGRAPH, _HEADING):
            boxes: list[str] = []
            text = _inline(child, links, boxes)
            lines += boxes
            mark = "## " if child.tag == _HEADING else "- " if bullet else ""
            lines += [mark + line if line.strip() else line for line in text.split("\n")]
            bullet = False  # a list item's later paragraphs carry on its text
        elif child.tag == _ROW:
            cells = []
            for cell in child.iter(_CELL):
                cell_lines: list[str] = []
                _blocks(cell, cell_lines, links, bullet=False)
                cells.append([line for line in cell_lines if line.strip()])
            lines += row_lines(cells)  # as a DOCX's row: a job row's lines stay lines
        else:
            _blocks(child, lines, links, bullet=child.tag == _LIST_ITEM)


def _inline(paragraph: etree._Element, links: list[str], boxes: list[str]) -> str:
    """A paragraph's text: spaces, tabs and line breaks as written; a text box anchored in it
    read into `boxes`."""
    parts = [paragraph.text or ""]
    for child in paragraph:
        if child.tag == _SPACE:
            parts.append(" " * min(int(child.get(_tag("text", "c"), "1") or 1), 100))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        elif child.tag in _SKIPPED:
            pass
        elif child.tag.startswith(_DRAWING):
            _blocks(child, boxes, links, bullet=False)  # a text box, a shape holding text
        else:
            if child.tag == _LINK and (target := child.get(_tag("xlink", "href"))):
                links.append(target)
            parts.append(_inline(child, links, boxes))
        parts.append(child.tail or "")
    return "".join(parts)


def _running_lines(styles: etree._Element, links: list[str]) -> tuple[list[str], list[str]]:
    """The page styles' header and footer lines, each kept once, page numbers dropped."""
    found: tuple[list[str], list[str]] = ([], [])
    for kind, out in zip(_RUNNING, found, strict=True):
        seen: set[str] = set()
        for part in styles.iter(kind):
            lines: list[str] = []
            _blocks(part, lines, links, bullet=False)
            for line in lines:
                if line.strip() and line not in seen and not is_page_number(line):
                    seen.add(line)
                    out.append(line)
    return found
