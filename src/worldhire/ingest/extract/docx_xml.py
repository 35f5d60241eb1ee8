"""The text of a DOCX part (document, header, footer), read from its XML as it streams.

One pass of a pull parser that reports only the elements that carry text or structure; each
paragraph is dropped from the tree once read, so memory stays flat however long the part is, and
reading stops (keeping what was read) at the caps in `worldhire.ingest.limits`: inflated bytes,
elements, paragraphs, characters.

What comes out, in document order: paragraphs as lines ("## " before a heading, "- " before a
list item, a blank line for an empty paragraph); tables row by row, a row of one-line cells as
one line ("Label: value" for two, else "a | b | c"), a row whose cells hold several lines (a
layout table holding a whole CV) cell by cell; nested tables inside their cell; text boxes
(w:txbxContent) after the paragraph that anchors them, set off by blank lines, read once (the
VML copy in mc:Fallback is skipped).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from lxml import etree

from worldhire.ingest import limits
from worldhire.ingest.extract.cleanup import header_width, row_lines
from worldhire.ingest.extract.content import FIELD_LINK
from worldhire.ingest.text import unspaced_letters

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CHUNK = 64 * 1024
_BULLETS = ("-", "•", "*", "–", "▪", "◦", "·", "●", "○", "■", "□", "➢", "✓", "\uf0b7", "\uf0a7")

_TAGS = [
    f"{W}{name}"
    for name in (
        "p", "t", "tab", "br", "cr", "noBreakHyphen", "tbl", "tr", "tc", "txbxContent",
        "hyperlink", "pStyle", "numPr", "outlineLvl", "vMerge", "instrText",
    )
] + [_MC_FALLBACK]


@dataclass(frozen=True)
class Style:
    heading: bool = False
    title: bool = False
    listing: bool = False


@dataclass
class PartText:
    lines: list[str] = field(default_factory=list)
    link_ids: list[str] = field(default_factory=list)  # relationship ids of w:hyperlink
    field_links: list[str] = field(default_factory=list)  # HYPERLINK field targets
    truncated: bool = False


@dataclass
class _Paragraph:
    parts: list[str] = field(default_factory=list)
    style: str | None = None
    listing: bool = False
    heading: bool = False
    boxes: list[list[str]] = field(default_factory=list)


@dataclass
class _Lines:
    """Where lines land: the body, a table cell, a text box."""

    lines: list[str] = field(default_factory=list)
    continued: bool = False  # a cell that continues a vertical merge: its text is above


@dataclass
class _Table:
    rows: list[list[_Lines]] = field(default_factory=list)


_Frame = _Paragraph | _Lines | _Table | list[_Lines]


class _Reader:
    def __init__(self, styles: dict[str, Style]) -> None:
        self.styles = styles
        self.out = PartText()
        self.stack: list[_Frame] = [_Lines()]
        self.skip = 0
        self.elements = 0
        self.paragraphs = 0
        self.chars = 0

    def over(self) -> bool:
        return (
            self.elements > limits.MAX_DOCX_ELEMENTS
            or self.paragraphs > limits.MAX_DOCX_PARAGRAPHS
            or self.chars > limits.MAX_TEXT_CHARS
        )

    def start(self, elem: etree._Element) -> None:
        tag = elem.tag
        if tag == _MC_FALLBACK:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == f"{W}p":
            self.stack.append(_Paragraph())
        elif tag == f"{W}tbl":
            self.stack.append(_Table())
        elif tag == f"{W}tr":
            self.stack.append([])
        elif tag in (f"{W}tc", f"{W}txbxContent"):
            self.stack.append(_Lines())
        elif tag == f"{W}hyperlink":
            link_id = elem.get(_R_ID)
            if link_id:
                self.out.link_ids.append(link_id)

    def end(self, elem: etree._Element) -> None:
        tag = elem.tag
        if tag == _MC_FALLBACK:
            self.skip -= 1
            _drop(elem)
            return
        if self.skip:
            return
        self.elements += 1
        top = self.stack[-1]
        if tag == f"{W}t":
            if isinstance(top, _Paragraph) and elem.text:
                top.parts.append(elem.text)
                self.chars += len(elem.text)
        elif tag == f"{W}tab":
            if isinstance(top, _Paragraph):
                top.parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            if isinstance(top, _Paragraph):
                top.parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            if isinstance(top, _Paragraph):
                top.parts.append("-")
        elif tag == f"{W}pStyle":
            if isinstance(top, _Paragraph):
                top.style = elem.get(f"{W}val")
        elif tag == f"{W}numPr":
            if isinstance(top, _Paragraph):
                top.listing = True
        elif tag == f"{W}outlineLvl":
            if isinstance(top, _Paragraph) and elem.get(f"{W}val", "9") < "9":
                top.heading = True
        elif tag == f"{W}vMerge":
            if isinstance(top, _Lines) and elem.get(f"{W}val", "continue") == "continue":
                top.continued = True
        elif tag == f"{W}instrText":
            if elem.text and (match := FIELD_LINK.search(elem.text)):
                self.out.field_links.append(match.group(1))
        elif tag == f"{W}p":
            self.paragraphs += 1
            paragraph = self.stack.pop()
            assert isinstance(paragraph, _Paragraph)
            self._emit(self._paragraph_lines(paragraph))
            _drop(elem)
        elif tag == f"{W}txbxContent":
            box = self.stack.pop()
            assert isinstance(box, _Lines)
            owner = next((f for f in reversed(self.stack) if isinstance(f, _Paragraph)), None)
            if owner is not None:
                owner.boxes.append(box.lines)
            else:
                self._emit(["", *box.lines, ""])
        elif tag == f"{W}tc":
            cell = self.stack.pop()
            row = self.stack[-1]
            if isinstance(cell, _Lines) and isinstance(row, list):
                row.append(cell)
        elif tag == f"{W}tr":
            cells = self.stack.pop()
            table = self.stack[-1]
            if isinstance(cells, list) and isinstance(table, _Table):
                table.rows.append(cells)
        elif tag == f"{W}tbl":
            table = self.stack.pop()
            assert isinstance(table, _Table)
            self._emit(_table_lines(table))
            _drop(elem)

    def _emit(self, lines: list[str]) -> None:
        target = next(f for f in reversed(self.stack) if isinstance(f, _Lines))
        target.lines.extend(lines)

    def _paragraph_lines(self, paragraph: _Paragraph) -> list[str]:
        style = self.styles.get(paragraph.style or "", Style())
        text = "".join(paragraph.parts)
        # A letter-spaced heading loses its word gaps once spaces fold: read its words first.
        lines = [" ".join(unspaced_letters(line).split()) for line in text.split("\n")]
        lines = [line for line in lines if line] or [""]
        if lines != [""] and not style.title:
            if style.heading or paragraph.heading:
                lines = [f"## {line}" for line in lines]
            elif (paragraph.listing or style.listing) and not lines[0].startswith(_BULLETS):
                lines[0] = f"- {lines[0]}"
        for box in paragraph.boxes:
            lines += ["", *box, ""]
        return lines

    def finish(self) -> PartText:
        body = self.stack[0]
        assert isinstance(body, _Lines)
        self.out.lines = _squeeze(body.lines)
        return self.out


def read_part(stream: IO[bytes], styles: dict[str, Style]) -> PartText:
    """The lines of one part, streamed from `stream` (a zip member)."""
    reader = _Reader(styles)
    parser = etree.XMLPullParser(
        events=("start", "end"), tag=_TAGS, resolve_entities=False, no_network=True,
        load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True,
    )
    read = 0
    while not reader.out.truncated and (chunk := stream.read(_CHUNK)):
        read += len(chunk)
        parser.feed(chunk)
        for event, elem in parser.read_events():
            if event == "start":
                reader.start(elem)
            else:
                reader.end(elem)
                if reader.over():
                    reader.out.truncated = True
                    break
        if read > limits.MAX_DOCX_XML_BYTES:
            reader.out.truncated = True
    if not reader.out.truncated:
        parser.close()
    while len(reader.stack) > 1:  # a part cut off at a cap: close what is still open
        _close_open(reader)
    return reader.finish()


def _close_open(reader: _Reader) -> None:
    frame = reader.stack.pop()
    if isinstance(frame, _Paragraph):
        reader._emit(reader._paragraph_lines(frame))
    elif isinstance(frame, _Table):
        reader._emit(_table_lines(frame))
    elif isinstance(frame, _Lines) and isinstance(reader.stack[-1], list):
        reader.stack[-1].append(frame)
    elif isinstance(frame, _Lines):
        reader._emit(frame.lines)
    elif isinstance(reader.stack[-1], _Table):
        reader.stack[-1].rows.append(frame)


def _drop(elem: etree._Element) -> None:
    """Frees a read element and the siblings before it (already read too)."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def _table_lines(table: _Table) -> list[str]:
    """Row by row (cleanup.row_lines), a merged cell's continuation left out."""
    rows = [[cell.lines for cell in row if not cell.continued] for row in table.rows]
    columns = header_width(rows)
    out: list[str] = []
    for cells in rows:
        out += row_lines(cells, columns=columns)
    return out


def _squeeze(lines: list[str]) -> list[str]:
    """No blank line at either end, never two in a row."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def read_styles(stream: IO[bytes]) -> dict[str, Style]:
    """Heading, title and list styles by id, following `basedOn` (a custom "CV Heading" based on
    "heading 1" is a heading)."""
    names: dict[str, str] = {}
    based_on: dict[str, str] = {}
    outline: set[str] = set()
    data = stream.read(limits.MAX_DOCX_XML_BYTES)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return {}
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        if not style_id:
            continue
        name = style.find(f"{W}name")
        names[style_id] = (name.get(f"{W}val") if name is not None else None) or style_id
        parent = style.find(f"{W}basedOn")
        if parent is not None and parent.get(f"{W}val"):
            based_on[style_id] = parent.get(f"{W}val", "")
        level = style.find(f"{W}pPr/{W}outlineLvl")
        if level is not None and level.get(f"{W}val", "9") < "9":
            outline.add(style_id)
    return {style_id: _style(style_id, names, based_on, outline) for style_id in names}


def _style(style_id: str, names: dict[str, str], based_on: dict[str, str],
           outline: set[str]) -> Style:
    for current in _lineage(style_id, based_on):
        name = names.get(current, current).lower()
        if name == "title":
            return Style(title=True)
        if name.startswith("heading") or current in outline:
            return Style(heading=True)
        if name.startswith("list"):
            return Style(listing=True)
    return Style()


def _lineage(style_id: str, based_on: dict[str, str]) -> Iterator[str]:
    seen: set[str] = set()
    current: str | None = style_id
    while current is not None and current not in seen and len(seen) < 10:
        seen.add(current)
        yield current
        current = based_on.get(current)
