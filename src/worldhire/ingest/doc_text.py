"""Word 97-2003 (.doc) to text and links, from the document's piece table ([MS-DOC] 2.4.1).

A .doc is an OLE compound file. Its "WordDocument" stream starts with the File Information Block
(FIB), which says which table stream ("0Table" or "1Table") holds the piece table (the CLX) and
how many characters each story has. The pieces map character positions to byte runs of the
WordDocument stream, each either 8-bit (Windows-1252) or UTF-16. The main story comes first; the
page headers (where people put their name and contact line) and the text boxes (where templates
put a sidebar) follow it in the same character space and are read too. Fields keep their result
("mailto:" and web links are kept as links); table cells end with a cell mark and rows with a
row mark: a row reads as one line, as a DOCX table's does (`extract.cleanup.join_cells`). A list
item's marker is no character of the text but a property of its paragraph (in the PAPX pages the
bin table points to): a paragraph that belongs to a list starts with "- ", as a DOCX's does.
"""

from __future__ import annotations

import io
import struct

import olefile

from worldhire.ingest import limits
from worldhire.ingest.errors import (
    CorruptFileError,
    EncryptedFileError,
    NotAResumeError,
    UnsupportedFileError,
)
from worldhire.ingest.extract.cleanup import join_cells
from worldhire.ingest.extract.content import FIELD_LINK, LinkedText

_FIB_FLAGS = 0x0A
_ENCRYPTED = 0x0100
_WHICH_TABLE = 0x0200
_CLX_PAIR = 33  # fcClx / lcbClx in FibRgFcLcb97
_PAPX_BIN_PAIR = 13  # fcPlcfBtePapx / lcbPlcfBtePapx: where the paragraphs' properties are
_PAGE = 512  # a PapxFkp page
_LIST_SPRM = 0x460B  # sprmPIlfo: the list a paragraph belongs to (0: none)
_LIST_IDS = range(1, 0x07FF)  # higher values are "no list" placeholders Word writes
# The operand sizes of a property by its sprm's top three bits (spra); 6 is sized by its first
# byte.
_OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
_TABLE_DEFINITION = 0xD608  # sprmTDefTable: sized by a 2-byte count
# The stories after the main text, in the order they follow it in character space (FibRgLw97).
_CCP_TEXT, _CCP_FOOTNOTES, _CCP_HEADERS, _CCP_ANNOTATIONS, _CCP_ENDNOTES, _CCP_TEXT_BOXES = (
    3, 4, 5, 7, 8, 9
)
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_CELL = "\x07"
_DROPPED = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None)  # objects, notes' marks
_SPECIAL = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x1e": "-"})



def doc_text(data: bytes) -> LinkedText:
    """The text of a Word 97-2003 document: page headers, then the body, then its text boxes."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise UnsupportedFileError(f"unsupported file type: {_what_else(ole)}")
            document = _stream(ole, "WordDocument")
            flags = _u16(document, _FIB_FLAGS)
            if flags & _ENCRYPTED:
                raise EncryptedFileError("the Word document is password-protected")
            table = _stream(ole, "1Table" if flags & _WHICH_TABLE else "0Table")
    except (UnsupportedFileError, EncryptedFileError):
        raise
    except (OSError, ValueError, struct.error, IndexError) as exc:
        raise CorruptFileError(f"corrupt Word 97-2003 document: {str(exc)[:200]}") from exc
    try:
        return _content(document, table)
    except (ValueError, struct.error, IndexError) as exc:
        raise CorruptFileError(f"corrupt Word 97-2003 document: {str(exc)[:200]}") from exc


def _what_else(ole: olefile.OleFileIO) -> str:
    if ole.exists("Workbook") or ole.exists("Book"):
        return "an Excel 97-2003 workbook; export it as CSV"
    if ole.exists("PowerPoint Document"):
        return "a PowerPoint 97-2003 file"
    return "an Office 97-2003 file that holds no Word document"


def _stream(ole: olefile.OleFileIO, name: str) -> bytes:
    if ole.get_type(name) != olefile.STGTY_STREAM:  # absent, or a damaged entry's other type
        raise ValueError(f"no {name} stream")
    if ole.get_size(name) > limits.MAX_FILE_BYTES * 4:
        raise ValueError(f"the {name} stream is larger than any résumé")
    with ole.openstream(name) as stream:
        return bytes(stream.read())


def _content(document: bytes, table: bytes) -> LinkedText:
    counts = _story_lengths(document)
    fc_clx, lcb_clx = _fc_lcb(document, _CLX_PAIR)
    characters, pieces = _characters(document, table[fc_clx : fc_clx + lcb_clx])
    try:
        items = _list_paragraph_starts(document, table, pieces)
    except (struct.error, IndexError):  # damaged paragraph properties: the text without bullets
        items = set()
    main_end = counts[_CCP_TEXT]
    headers_start = main_end + counts[_CCP_FOOTNOTES]
    boxes_start = (headers_start + counts[_CCP_HEADERS] + counts[_CCP_ANNOTATIONS]
                   + counts[_CCP_ENDNOTES])  # fmt: skip
    links: list[str] = []

    def story(start: int, length: int) -> str:
        return _readable(characters[start : start + length], links,
                         {at - start for at in items if start <= at < start + length})

    body = story(0, main_end)
    headers = story(headers_start, counts[_CCP_HEADERS])
    boxes = story(boxes_start, counts[_CCP_TEXT_BOXES])
    text = "\n\n".join(part for part in (_lines_once(headers), body, boxes) if part.strip())
    if not text.strip():
        raise NotAResumeError("the Word document has no text")
    return LinkedText(text[: limits.MAX_TEXT_CHARS], list(dict.fromkeys(links)))


def _u16(data: bytes, at: int) -> int:
    return int(struct.unpack_from("<H", data, at)[0])


def _story_lengths(document: bytes) -> list[int]:
    """FibRgLw97's counts of characters, after FibBase (32 bytes) and FibRgW."""
    words = _u16(document, 32)
    longs_at = 34 + 2 * words
    longs = _u16(document, longs_at)
    return list(struct.unpack_from(f"<{longs}i", document, longs_at + 2))


def _fc_lcb(document: bytes, pair: int) -> tuple[int, int]:
    """Where a structure of the table stream is and its size, from FibRgFcLcb97."""
    words = _u16(document, 32)
    longs = _u16(document, 34 + 2 * words)
    pairs_at = 34 + 2 * words + 2 + 4 * longs + 2
    return struct.unpack_from("<II", document, pairs_at + 8 * pair)


# A piece of text: its first character position, its length, the byte offset of its first
# character in the WordDocument stream and its bytes a character (1: Windows-1252, 2: UTF-16).
_Piece = tuple[int, int, int, int]


def _characters(document: bytes, clx: bytes) -> tuple[str, list[_Piece]]:
    """The document's characters in order, from the pieces of the CLX's piece table, and the
    pieces."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting, skipped
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + size]
    pieces = (len(plc) - 4) // 12
    positions = struct.unpack_from(f"<{pieces + 1}I", plc)
    parts = []
    placed: list[_Piece] = []
    total = 0
    for index in range(pieces):
        count = positions[index + 1] - positions[index]
        total += count
        if count < 0 or total > limits.MAX_TEXT_CHARS * 4:
            raise ValueError("pieces of impossible length")
        offset = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * index + 2)[0]
        if offset & 0x40000000:  # 8-bit text at half the offset
            start = (offset & 0x3FFFFFFF) // 2
            parts.append(document[start : start + count].decode("cp1252", errors="replace"))
            placed.append((total - count, count, start, 1))
        else:
            parts.append(document[offset : offset + 2 * count].decode("utf-16-le", "replace"))
            placed.append((total - count, count, offset, 2))
    return "".join(parts), placed


def _list_paragraph_starts(document: bytes, table: bytes, pieces: list[_Piece]) -> set[int]:
    """The character positions where a paragraph of a list begins: the paragraphs whose
    properties in the PAPX pages name a list (sprmPIlfo)."""
    fc_bins, lcb_bins = _fc_lcb(document, _PAPX_BIN_PAIR)
    count = (lcb_bins - 4) // 8
    if count <= 0 or fc_bins + lcb_bins > len(table):
        return set()
    pages = struct.unpack_from(f"<{count}I", table, fc_bins + 4 * (count + 1))
    starts: set[int] = set()
    for number in pages:
        page = document[(number & 0x3FFFFF) * _PAGE : (number & 0x3FFFFF) * _PAGE + _PAGE]
        if len(page) < _PAGE:
            continue
        runs = page[_PAGE - 1]
        bounds = struct.unpack_from(f"<{runs + 1}I", page)
        for index in range(runs):
            if _in_list(page, page[4 * (runs + 1) + 13 * index]):
                starts.update(_position(bounds[index], pieces))
    return starts


def _in_list(page: bytes, word_offset: int) -> bool:
    """Whether the paragraph properties at `word_offset` (in words) of a PAPX page name a list."""
    if word_offset == 0:
        return False
    at = 2 * word_offset
    size = 2 * page[at] - 1
    if page[at] == 0:
        at, size = at + 1, 2 * page[at + 1]
    properties = page[at + 1 + 2 : at + 1 + size]  # after the size and the style's index
    at = 0
    while at + 2 <= len(properties):
        sprm = _u16(properties, at)
        at += 2
        if sprm == _LIST_SPRM and at + 2 <= len(properties):
            return _u16(properties, at) in _LIST_IDS
        kind = sprm >> 13
        if kind != 6:
            at += _OPERAND_SIZES[kind]
        elif sprm == _TABLE_DEFINITION:
            at += _u16(properties, at) + 1
        else:
            at += properties[at] + 1 if at < len(properties) else 1
    return False


def _position(fc: int, pieces: list[_Piece]) -> list[int]:
    """The character position of the byte offset `fc`, in the piece that holds it."""
    return [cp + (fc - start) // width for cp, count, start, width in pieces
            if start <= fc < start + count * width]


def _readable(characters: str, links: list[str], items: set[int]) -> str:
    """Characters as lines: fields read as their result (their links kept), table cells joined
    by " | " and rows ended, marks of pictures and notes dropped, and a list item (a paragraph
    beginning at a position of `items`) marked with "- "."""
    shown: list[str] = []
    # One entry per open field: its instruction so far, or None once its result began.
    fields: list[list[str] | None] = []
    for at, char in enumerate(characters):
        if at in items:
            shown.append("- ")
        if char == _FIELD_BEGIN:
            fields.append([])
        elif char in (_FIELD_SEPARATOR, _FIELD_END) and fields:
            instruction = fields.pop() if char == _FIELD_END else fields[-1]
            if instruction is not None:
                links += FIELD_LINK.findall("".join(instruction))
            if char == _FIELD_SEPARATOR:
                fields[-1] = None
        elif any(code is not None for code in fields):
            code = fields[-1]
            if code is not None:
                code.append(char)
        else:
            shown.append(char)
    # A cell ends with a cell mark and a row with one more ("A\x07B\x07\x07"); an empty cell
    # reads as a row's end, which only cuts that row in two.
    text = "".join(shown).translate(_DROPPED).translate(_SPECIAL).replace(_CELL * 2, _CELL + "\n")
    return "\n".join(
        join_cells(line.split(_CELL)) if _CELL in line else line for line in text.split("\n")
    )


def _lines_once(text: str) -> str:
    """Header lines repeated by every section kept once."""
    return "\n".join(dict.fromkeys(line for line in text.split("\n") if line.strip()))
