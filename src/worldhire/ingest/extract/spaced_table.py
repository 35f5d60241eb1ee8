"""Tables typed in plain text with spaces between the cells, as people write them in an e-mail
body ("Periode   Instansi   Jabatan" over one row per job). Cleaning folds every run of spaces
into one, which would run a row's cells together into one line of words; read first, each row
becomes its cells joined as the document readers join a table's ("Mar 2021 - sekarang | RSUD
... | Perawat Pelaksana"). The mail client wraps a long row at its width, carrying the end of
the last cell onto a line of its own: that tail goes back to the row.
"""

from __future__ import annotations

import re

from worldhire.ingest.extract.cleanup import join_cells
from worldhire.ingest.shared.sentences import wrap_width

_GAP = re.compile(r" {2,}|\t+")
_MIN_COLUMNS = 3  # two aligned columns are a form's labels and values, no table of rows
_HEADER_WORDS = 3  # a column's name: a word or three, no digits, no colon
_TAIL_WORDS = 3  # the end of a row's last cell that the mail client wrapped


def spaced_table_rows(text: str) -> str:
    """The text with each table aligned by spaces written as rows of cells; other lines as they
    are. A table is a header line of three or more short names apart by two spaces or more,
    then rows of as many cells, each maybe followed by its wrapped tail, up to the first line
    that is neither."""
    if "  " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    width = wrap_width(lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        header = _cells(lines[index])
        rows = _rows(lines, index, header, width) if _is_header(header) else []
        if len(rows) < 2:
            out.append(lines[index])
            index += 1
            continue
        out += [join_cells(row) for row, _ in rows]
        index = rows[-1][1] + 1
    return "\n".join(out)


def _rows(
    lines: list[str], index: int, header: list[str], width: int
) -> list[tuple[list[str], int]]:
    """The header and the rows under it, each with the index of its last line."""
    rows = [(header, index)]
    for at in range(index + 1, len(lines)):
        cells = _cells(lines[at])
        if len(cells) == len(header):
            rows.append((cells, at))
        elif len(rows) > 1 and _wrapped_tail(lines[rows[-1][1]], cells, width):
            row = rows[-1][0]
            row[-1] = f"{row[-1]} {cells[0]}"
            rows[-1] = (row, at)
        else:
            break
    return rows


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    return _GAP.split(stripped) if stripped else []


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= _MIN_COLUMNS and all(
        len(cell.split()) <= _HEADER_WORDS and not re.search(r"[\d:]", cell) for cell in cells
    )


def _wrapped_tail(above: str, cells: list[str], width: int) -> bool:
    """A line of one cell of a few words whose first word would not have fitted on the row
    above it within the text's width: the mail client put it there."""
    return (
        len(cells) == 1 and len(cells[0].split()) <= _TAIL_WORDS and width > 0
        and len(above.rstrip()) + 1 + len(cells[0].split()[0]) > width
    )  # fmt: skip
