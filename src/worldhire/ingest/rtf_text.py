"""RTF (.rtf) to text and links: Word's and LibreOffice's rich text, as some job boards and older
word processors still save résumés.

The groups are read in order; the tables that describe the document (fonts, colours, styles,
lists, pictures, embedded objects, shapes' properties) are skipped, the page headers (where
people put their name and contact line) and text boxes kept. Characters come as written, as
`\\'hh` bytes of the document's code page, or as `\\uN` Unicode; a field shows its result and a
HYPERLINK field's target is kept as a link; a table row reads as one line, as a DOCX's does
(`extract.cleanup.join_cells`).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

from worldhire.ingest import limits
from worldhire.ingest.errors import CorruptFileError, NotAResumeError
from worldhire.ingest.extract.cleanup import join_cells
from worldhire.ingest.extract.content import FIELD_LINK, LinkedText

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)"
    rb"|[\r\n]+"
)
# Groups that describe the document rather than hold its text.
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "themedata", "colorschememapping",
    "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator",
    "xmlnstbl", "mmathPr", "pgdsctbl", "object", "objdata", "nonshppict", "sp", "bkmkstart",
    "bkmkend", "footnote", "annotation", "atnid", "atnauthor", "revtbl", "filetbl", "pntxta",
    "pntxtb", "chpgn", "userprops", "docvar", "wgrffmtfilter", "ftnsep", "ftnsepc",
    "aftnsep", "aftnsepc",
})  # fmt: skip
# Ignorable groups ("{\*\name ...}") that hold text worth reading.
_KEPT_IGNORABLE = frozenset({"shpinst", "shptxt"})
_CELL = "\x07"
_MAX_DEPTH = 200  # Word nests a few dozen groups at most
_CHARACTERS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "tab": "\t", "cell": _CELL,
    "nestcell": _CELL, "row": "\n", "nestrow": "\n", "emdash": "—", "endash": "–",
    "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
    "emspace": " ", "enspace": " ", "qmspace": " ",
}  # fmt: skip
_SYMBOLS = {b"~": " ", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}"}



@dataclass
class _Group:
    skipped: bool = False
    instruction: bool = False  # a field's instruction: read for its link, not shown
    unicode_skip: int = 1  # \ucN: the fallback characters after each \uN
    ignorable: bool = False  # opened with \*


def rtf_text(data: bytes) -> LinkedText:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise CorruptFileError("corrupt RTF: no {\\rtf header")
    code_page = re.search(rb"\\ansicpg(\d{3,5})", data[:4096])
    decoder = _decoder(code_page.group(1).decode() if code_page else "1252")
    shown: list[str] = []
    instruction: list[str] = []
    links: list[str] = []
    stack = [_Group()]
    pending = bytearray()  # \'hh bytes of the code page, decoded together
    to_skip = 0  # fallback characters still to drop after a \uN
    first_in_group = False
    for match in _TOKEN.finditer(data):
        word, number, hexa, symbol, brace, text = match.groups()
        if not any(match.groups()):
            continue  # a line end in the source: no text
        group = stack[-1]
        out = instruction if group.instruction else shown
        if hexa is None and pending:
            out.append(decoder(bytes(pending)))
            pending.clear()
        if brace == b"{":
            if len(stack) > _MAX_DEPTH:
                raise CorruptFileError(f"corrupt RTF: groups nested over {_MAX_DEPTH} deep")
            stack.append(_Group(group.skipped, group.instruction, group.unicode_skip))
            first_in_group = True
            continue
        if brace == b"}":
            if len(stack) > 1:
                closed = stack.pop()
                if closed.instruction and not stack[-1].instruction:
                    links += FIELD_LINK.findall("".join(instruction))
                    instruction.clear()
            first_in_group = False
            continue
        opening, first_in_group = first_in_group, False
        if symbol == b"*":
            group.ignorable, first_in_group = True, True
            continue
        if word is not None:
            name = word.decode("ascii")
            if opening and (name in _SKIPPED or (group.ignorable and name not in _KEPT_IGNORABLE
                                                 and name != "fldinst")):
                group.skipped = True
            elif name == "fldinst":
                group.instruction = True
            elif name == "uc" and number is not None:
                group.unicode_skip = max(0, int(number))
            elif name == "u" and number is not None and not group.skipped:
                out.append(chr(int(number) % 65536))
                to_skip = group.unicode_skip
            elif not group.skipped and name in _CHARACTERS:
                out.append(_CHARACTERS[name])
            continue
        if group.skipped:
            continue
        if to_skip and (hexa is not None or text is not None):
            if hexa is not None:
                to_skip -= 1
                continue
            assert text is not None
            dropped = min(to_skip, len(text))
            text, to_skip = text[dropped:], to_skip - dropped
        if hexa is not None:
            pending.append(int(hexa, 16))
        elif symbol is not None:
            out.append(_SYMBOLS.get(symbol, ""))
        elif text:
            out.append(text.decode("latin-1"))
        if len(shown) > limits.MAX_TEXT_CHARS:
            break
    if pending:
        shown.append(decoder(bytes(pending)))
    # \uN escapes write a character outside the BMP as two halves ("\u-10179?\u-8704?" for an
    # emoji): joined here; a half alone becomes U+FFFD (it could not be stored)
    text = "".join(shown).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return LinkedText(_lines(text), list(dict.fromkeys(links)))


def _decoder(code_page: str) -> Callable[[bytes], str]:
    try:
        codec = codecs.lookup(f"cp{code_page}")
    except LookupError:
        codec = codecs.lookup("cp1252")
    return lambda raw: codec.decode(raw, "replace")[0]


def _lines(text: str) -> str:
    lines = [join_cells(line.split(_CELL)) if _CELL in line else line.rstrip()
             for line in text.split("\n")]
    joined = "\n".join(lines).strip()
    if not joined:
        raise NotAResumeError("the RTF document has no text")
    return joined[: limits.MAX_TEXT_CHARS]
