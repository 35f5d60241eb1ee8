"""Text rules shared by the PDF and DOCX readers: table cells on one line, a table row whose cells
hold several lines, page numbers, words hyphenated across a line end, and e-mail and web
addresses wrapped at a column's edge."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from worldhire.ingest.lexicon.companies import LEGAL_FORM
from worldhire.ingest.lexicon.page_marks import OF_WORDS, PAGE_WORDS
from worldhire.ingest.shared.dates import find_range

PAGE_NUMBER = re.compile(
    rf"^[\s\-–—(\[]*(?:(?:{PAGE_WORDS})\s*)?\d{{1,3}}(?:\s*(?:{OF_WORDS})\s*\d{{1,3}})?"
    r"[\s\-–—)\]]*$",
    re.IGNORECASE,
)
# A page number at the end of a running header or footer ("Jane Doe – CV – Page 2 of 3").
_PAGE_TAIL = re.compile(
    rf"[\s\-–—|·•,]*\b(?:{PAGE_WORDS})\s*\d{{1,3}}(?:\s*(?:{OF_WORDS})\s*\d{{0,3}})?[\s)\]]*$",
    re.IGNORECASE,
)
_LABEL_MAX_WORDS = 3
# A header row names three columns or more, each in a few words.
_NAMED_COLUMNS = 3
_COLUMN_NAME_CHARS = 40
_LABEL_MAX_CHARS = 30
# Left parts of compounds that keep their hyphen at a line end ("cross-" / "functional").
_COMPOUND_HEADS = frozenset([
    "anti", "co", "cross", "data", "deep", "end", "full", "half", "high", "in", "low", "machine",
    "multi", "near", "non", "off", "on", "open", "over", "part", "post", "pre", "re", "real",
    "self", "semi", "short", "long", "state", "sub", "top", "under", "well", "world",
])
_HYPHEN_END = re.compile(r"(\w+)[-\u00ad\u2010]$")
_WORD = re.compile(r"\w+")


# A cell that only ticks its column ("✔", "x", "yes", "Sí", "tak", "oui").
MARK_CELL = re.compile(
    r"\s*(?:[✓✔✅☑xX●•*+]\ufe0f?|yes|sí|si|sim|tak|так|oui|ja|ya|có)\s*", re.IGNORECASE
)


def join_cells(cells: Iterable[str], *, under_names: bool = False) -> str:
    """A table row on one line: "Label: value" for a short label beside its value, else the
    cells joined by " | ". An empty cell is left out, unless the row ticks a column ("Saga C |
    x |" under "Cerință | Obligatoriu | Constituie avantaj") or sits `under_names`, a header
    that names each of its columns ("Criteria | Essential | Desirable"): there the empty cells
    keep each other cell under its column."""
    texts = [" ".join(c.split()) for c in cells]
    ticked = "" in texts and any(MARK_CELL.fullmatch(t) for t in texts[1:])
    texts = texts if ticked or under_names else [t for t in texts if t]
    if len(texts) == 2 and _is_label(texts[0], texts[1]):
        label, value = texts
        return f"{label} {value}" if label.endswith(":") else f"{label}: {value}"
    return " | ".join(texts)


# A record row (a job in a table: dates | employer | role and duties) vs a layout table holding
# a whole CV in a cell or two: a record's cells hold a few lines each.
_RECORD_CELL_LINES = 8
_HEAD_LINE_CHARS = 60  # a second short line of a cell still names it ("Groupe La Poste (Nantes)")
BULLET_START = re.compile(r"^\s*[-–—•·*▪●○■◦]\s*")
# An employer by its legal form before its place: "Grameenphone Ltd., Bashundhara, Dhaka" names
# one thing with a comma more than a title or a branch does.
_EMPLOYER_AND_PLACE = re.compile(rf"^[^,]*\b{LEGAL_FORM}\.?,")


def record_lines(cells: list[list[str]], *, dated: bool) -> list[str] | None:
    """A table row whose cells hold several lines, read as one record: the head of each cell
    (its first line, and a short second line naming the same thing: "Data Engineer" / "Groupe
    La Poste (Nantes)") on one line as a row of cells, then the other lines of the cells (what
    was done) as bullets below it, so a job row reads like any dated job header and its work.

    None for a row that is no record: one with no date range at the head of a cell (`dated`,
    which the caller checks: a label beside a nested table of skills is no job), or a cell of
    many lines (a layout table holding a CV)."""
    cells = [[" ".join(line.split()) for line in cell if line.strip()] for cell in cells]
    cells = [cell for cell in cells if cell]
    longest = max((len(cell) for cell in cells), default=0)
    if not dated or len(cells) < 2 or longest > _RECORD_CELL_LINES:
        return None
    heads: list[str] = []
    details: list[str] = []
    for cell in cells:
        head = [cell[0]]
        if len(cell) > 1 and _names_too(cell[0]) and _names_too(cell[1]):
            head.append(cell[1])
        heads.append(", ".join(head))
        details += [BULLET_START.sub("", line) for line in cell[len(head) :]]
    return [join_cells(heads), *(f"- {line}" for line in details if line)]


def header_width(rows: list[list[list[str]]]) -> int | None:
    """How many columns a table's first row names, where it names every one of three or more
    in a short line ("Criteria | Essential | Desirable | Assessed at"); None elsewhere."""
    head = [[line for line in cell if line.strip()] for cell in rows[0]] if rows else []
    named = len(head) >= _NAMED_COLUMNS and all(
        len(cell) == 1 and len(cell[0]) <= _COLUMN_NAME_CHARS for cell in head
    )
    return len(head) if named and len(rows) > 1 else None


def row_lines(cells: list[list[str]], *, columns: int | None = None) -> list[str]:
    """The lines of a word processor's table row (DOCX, OpenDocument), each cell given as its
    lines: a row whose cells hold several lines is read as a record (`record_lines`) between
    blank lines, or else cell by cell; a row of one-line cells is one line (`join_cells`),
    its blank cells kept in place where the table's header names `columns` as many columns."""
    under_names = len(cells) == columns
    cells = [[line for line in cell if line] for cell in cells]
    if not any(len(cell) > 1 for cell in cells):
        line = join_cells((cell[0] if cell else "" for cell in cells), under_names=under_names)
        return [line] if line.strip(" |") else []
    dated = any(cell and find_range(cell[0]) is not None for cell in cells)
    record = record_lines(cells, dated=dated)
    if record is not None:
        return ["", *record, ""]
    return [line for cell in cells if cell for line in ("", *cell, "")]


def _names_too(line: str) -> bool:
    """A short line that names something (a title, an employer, a branch), not a sentence or a
    list of duties."""
    return (
        len(line) <= _HEAD_LINE_CHARS
        and line.count(",") <= (2 if _EMPLOYER_AND_PLACE.match(line) else 1)
        and not line.endswith((".", ";", ":", "!"))
        and not BULLET_START.match(line)
    )


def _is_label(left: str, right: str) -> bool:
    if left.endswith(":"):
        return True
    return (
        len(left) <= _LABEL_MAX_CHARS
        and len(left.split()) <= _LABEL_MAX_WORDS
        and not any(ch.isdigit() for ch in left)
        and not left.endswith((".", "!", "?", ";", ","))
        and len(right) > len(left)
    )


def is_page_number(line: str) -> bool:
    return bool(PAGE_NUMBER.match(line.strip()))


def without_page_number(line: str) -> str:
    """A running header or footer line without the page number at its end: "Jane Doe – CV –
    Page 2 of 3" -> "Jane Doe – CV" (a line that is only a page number is the caller's)."""
    match = _PAGE_TAIL.search(line)
    if match is None or match.start() == 0:
        return line
    rest = line[: match.start()].rstrip(" -–—|·•,")
    # "Резюме з сайту Work.ua · www.work.ua · Сторінка 1 з 1": a job board's footer, whose
    # words say where the CV was made, not who made it
    return "" if _SITE_ADDRESS.search(rest) else rest


_SITE_ADDRESS = re.compile(r"(?<![\w@.])www\.[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def join_hyphenated(blocks: list[list[str]]) -> list[list[str]]:
    """Joins a word split across two lines of one block ("engi-" / "neer ..."). The hyphen stays
    where the first part is a word of its own ("cross-" / "functional"): the document or a list
    of compound heads decides; a soft hyphen always goes."""
    vocabulary = Counter(
        w.lower() for block in blocks for line in block for w in _WORD.findall(line)
    )
    hyphenated = {
        m.group(0).lower()
        for block in blocks
        for line in block
        for m in re.finditer(r"\w+-\w+", line)
    }
    joined: list[list[str]] = []
    for block in blocks:
        lines: list[str] = []
        for line in block:
            if lines and (split := _HYPHEN_END.search(lines[-1])) and line[:1].islower():
                head = split.group(1)
                tail, _, rest = line.partition(" ")
                tail_word = _WORD.match(tail)
                whole = head + (tail_word.group(0) if tail_word else "")
                keep = lines[-1].endswith("-") and _keeps_hyphen(
                    head, whole, f"{head}-{tail_word.group(0) if tail_word else ''}",
                    vocabulary, hyphenated,
                )
                lines[-1] = lines[-1][:-1] + ("-" if keep else "") + tail
                if rest:
                    lines.append(rest)
                continue
            lines.append(line)
        joined.append(lines)
    return joined


def _keeps_hyphen(
    head: str, whole: str, compound: str, vocabulary: Counter[str], hyphenated: set[str]
) -> bool:
    if head.isdigit():
        return True
    if vocabulary[whole.lower()]:
        return False
    if compound.lower() in hyphenated:
        return True
    # The head is counted once where it ends the line: a word of its own shows up again.
    return head.lower() in _COMPOUND_HEADS or (len(head) > 3 and vocabulary[head.lower()] > 1)


# Chrome (and the résumé builders that print with it) breaks an address too long for a narrow
# column anywhere, with no hyphen: "ana.lima@outlook.c" / "om", "ana.lima.dat" / "a@x.com",
# "linkedin.com/in/ana-lima-d" / "ata". The piece before the break ends its line: an e-mail's
# domain cut before its ending ("@gmail.", "@outlook.c"), a web address with a path.
_DOMAIN_CUT = re.compile(r"@[\w.-]*(?:[.-]|\.[a-z])$", re.IGNORECASE)
_WEB_PATH_END = re.compile(r"(?:^|\s)(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/\S+$", re.IGNORECASE)
# What is left of an address on the next line: a piece with no dot (a dot would make it an
# address or a sentence of its own), or an e-mail whose user name began on the line before.
_ADDRESS_TAIL = re.compile(r"[a-z0-9][a-z0-9_-]*")
_EMAIL_START = re.compile(r"[a-z0-9._+-]*@(?:[\w-]+\.)+[a-z]{2,}\b", re.IGNORECASE)
# A user name cut before its "@": a lower-case line of one piece with a dot, underscore or digit
# in it, as user names have and words ("Email", "e-mail", "at") do not.
_USER_NAME_HEAD = re.compile(r"(?=[a-z0-9._+-]*[._0-9])[a-z0-9][a-z0-9._+-]*")


def join_wrapped_addresses(blocks: list[list[str]]) -> list[list[str]]:
    """Joins an e-mail or web address that a narrow column wrapped onto the next line of its
    block: a domain cut short of its ending, a web address's path, or a user name whose "@"
    begins the next line."""
    joined: list[list[str]] = []
    for block in blocks:
        lines: list[str] = []
        for line in block:
            if lines and _continues_address(lines[-1], line.strip()):
                lines[-1] = lines[-1].rstrip() + line.strip()
                continue
            lines.append(line)
        joined.append(lines)
    return joined


def _continues_address(before: str, line: str) -> bool:
    icons, _, last = before.strip().rpartition(" ")
    if _ADDRESS_TAIL.fullmatch(line):
        return bool(_DOMAIN_CUT.search(last) or _WEB_PATH_END.search(before.rstrip()))
    return (not any(c.isalnum() for c in icons) and bool(_USER_NAME_HEAD.fullmatch(last))
            and bool(_EMAIL_START.match(line)))
