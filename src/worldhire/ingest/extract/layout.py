"""Reading order of one page from positioned runs of text (what a PDF gives: words placed at x, y,
in whatever order the program that wrote the file chose).

A page is cut recursively (an XY-cut driven by gutters): a vertical gutter, an x-interval that no
run crosses over several consecutive rows with text on both sides, splits the rows it spans into
a left and a right part. The parts are read one after the other (columns: a sidebar beside the
main column) unless the left part is row-aligned with the right one (a table, or a label column
whose items sit on the first line of each value), which is read row by row. Rows above and below
the gutter are cut the same way. A part without a gutter is one column: its rows top to bottom,
runs of a row joined by a space, or by " | " where they stand apart (a title and its dates).
Blocks (paragraphs, columns, text boxes) are separated by a vertical gap and come out as lists
of lines; the caller joins lines with newlines and blocks with blank lines.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from worldhire.ingest.extract.cleanup import join_cells
from worldhire.ingest.shared.dates import find_range

_MAX_DEPTH = 6
_ALIGNED_SHARE = 0.9  # left rows level with a right row, for a part to be read as a table
_PARAGRAPH_GAP = 0.5  # extra space, in line heights, that starts a new block
_CELL_GAP = 1.0  # space, in line heights, under a line that the next line of its cell leaves
_MAX_CELL_LINES = 3  # lines of a wrapped label or date cell read as one ("Jan 2022 –" / "Present")
_GRID_GAPS = 0.15  # share of a table's rows that may lack their left side, one at a time
_PITCH_SLACK = 1.15  # a step between two rows' tops in one entry: the usual pitch or a bit more
_RANGE_DASHES = ("–", "—", "-")


@dataclass(frozen=True)
class Run:
    """Text on one line, with its box in points from the top-left corner of the page."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


Block = list[str]


def page_blocks(runs: Iterable[Run]) -> list[Block]:
    """The page's blocks of lines in reading order."""
    kept = [r for r in runs if r.text.strip()]
    if not kept:
        return []
    gap = _column_gap(kept)
    return [block for block in _order(kept, gap, 0) if block]


def _column_gap(runs: list[Run]) -> float:
    """The least horizontal gap that separates two cells or columns rather than two words."""
    return max(6.0, 0.9 * statistics.median(r.height for r in runs))


def runs_by_row(runs: Iterable[Run]) -> list[list[Run]]:
    """Runs grouped into rows: a run joins a row whose first run it overlaps by half a height."""
    rows: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        for row in reversed(rows[-3:]):
            anchor = row[0]
            overlap = min(anchor.bottom, run.bottom) - max(anchor.top, run.top)
            if overlap >= 0.5 * min(anchor.height, run.height):
                row.append(run)
                break
        else:
            rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r.x0)
    rows.sort(key=lambda row: min(r.top for r in row))
    return rows


@dataclass(frozen=True)
class _Gutter:
    first: int  # rows first..last (inclusive) are split at x
    last: int
    x: float


def _order(runs: list[Run], gap: float, depth: int) -> list[Block]:
    rows = runs_by_row(runs)
    gutter = _find_gutter(rows, gap) if depth < _MAX_DEPTH and len(rows) >= 2 else None
    if gutter is None:
        return _column_blocks(rows, gap)
    above, band, below, left, right = _cut(rows, gutter)
    moved = _reads_across(left, right)
    if moved is None and depth == 0:
        # Columns of the whole page: a sidebar on the right may stand beside the main column's
        # full lines too, which cross the middle of the gap beside its short ones; the gap's
        # edges find it. (Inside a part, a wider band would swallow the rows of a grid.)
        wider = _find_gutter(rows, gap, edges=True)
        if wider is not None and wider.last - wider.first > gutter.last - gutter.first:
            above, band, below, left, right = _cut(rows, wider)
            moved = _reads_across(left, right)
    blocks: list[Block] = _order(above, gap, depth + 1) if above else []
    if moved is not None:
        # A label centred on its value moves up to the value's first line; a wrapped date or
        # label cell becomes one line level with its entry.
        kept = [moved.get(id(r), r) for r in band]
        blocks += _column_blocks(runs_by_row(r for r in kept if r is not None), gap)
    else:
        left, right = _dates_beside_entries(left, right)
        left, right = _dates_left_of_entries(left, right, gap)
        blocks += _order(left, gap, depth + 1) + _order(right, gap, depth + 1)
    if below:
        blocks += _order(below, gap, depth + 1)
    return blocks


def _cut(
    rows: list[list[Run]], gutter: _Gutter
) -> tuple[list[Run], list[Run], list[Run], list[Run], list[Run]]:
    """The runs above, beside (all, left, right) and below a gutter."""
    above = [r for row in rows[: gutter.first] for r in row]
    band = [r for row in rows[gutter.first : gutter.last + 1] for r in row]
    below = [r for row in rows[gutter.last + 1 :] for r in row]
    left = [r for r in band if r.x1 <= gutter.x]
    right = [r for r in band if r.x0 >= gutter.x]
    return above, band, below, left, right


def _dates_beside_entries(left: list[Run], right: list[Run]) -> tuple[list[Run], list[Run]]:
    """Columns read one after the other, with the date ranges that stand alone on the right,
    each level with one line on the left, joined to that line as its last cell ("Stock
    Controller | Feb 2016 – Feb 2020"): a Canva template's column of date boxes beside the
    entries, which would otherwise come after the whole left column, under a sidebar's heading.
    Two such dates at least, since one could stand level with a line by chance; a date inside
    a sidebar's list has lines of its own just above or below it."""
    right_rows = runs_by_row(right)
    left_rows = runs_by_row(left)
    joined: dict[int, Run] = {}  # the left row's last run, by id -> it with the dates
    taken: set[int] = set()
    for index, row in enumerate(right_rows):
        text = _row_text(row, 0.0)
        top, bottom = _span(row)
        height = bottom - top
        neighbours = [_span(r) for r in right_rows[max(index - 1, 0) : index + 2] if r is not row]
        if not _only_a_range(text) or any(
            t - bottom < height and top - b < height for t, b in neighbours
        ):
            continue
        level = [r for r in left_rows if abs(_span(r)[0] - top) <= 0.3 * height]
        if len(level) != 1:
            continue
        last = max(level[0], key=lambda r: r.x1)
        joined[id(last)] = replace(last, text=f"{last.text.rstrip()} | {text}")
        taken.update(id(r) for r in row)
    if len(joined) < 2:
        return left, right
    return [joined.get(id(r), r) for r in left], [r for r in right if id(r) not in taken]


def _dates_left_of_entries(
    left: list[Run], right: list[Run], gap: float
) -> tuple[list[Run], list[Run]]:
    """A timeline's column of date ranges left of its entries, topped by the section's heading
    (a Canva template): the heading pushes the dates down, level with an entry's duty line rather
    than its title, so rows do not pair. Each range, its wrapped lines joined, dates the entry
    (a paragraph of the right column) whose lines it stands beside, joined before its first
    line ("05/2021 - now | Demand Planner"). Two ranges at least, each beside an entry of its
    own, and nothing but ranges under the first; anything else leaves the columns as they
    are. Where a sidebar stands left of the dates, the dates are the column nearest the
    entries."""
    inner = _find_gutter(runs_by_row(left), gap) if len(left) >= 2 else None
    column = [r for r in left if inner is None or r.x0 >= inner.x]
    cells = _range_cells(runs_by_row(column))
    entries = _paragraphs(runs_by_row(right))
    in_cells = {id(r) for _, _, runs in cells for r in runs}
    if len(cells) < 2 or any(r.top >= cells[0][0] and id(r) not in in_cells for r in column):
        return left, right  # a sidebar's dates sit among lines of other things
    dated: dict[int, Run] = {}  # an entry's first run, by id -> it with its dates before it
    taken: set[int] = set()
    for top, text, runs in cells:
        slack = runs[0].height / 2
        beside = [e for e in entries if _span(e[0])[0] - slack <= top <= _span(e[-1])[1]]
        if len(beside) != 1 or id(beside[0][0][0]) in dated:
            return left, right
        first = beside[0][0][0]
        dated[id(first)] = replace(first, text=f"{text} | {first.text.lstrip()}")
        taken.update(id(r) for r in runs)
    return [r for r in left if id(r) not in taken], [dated.get(id(r), r) for r in right]


def _range_cells(rows: list[list[Run]]) -> list[tuple[float, str, list[Run]]]:
    """The date ranges of a column, each its top, its text and its runs: one row, or up to
    `_MAX_CELL_LINES` rows each a line under the one before ("08/2017 -" / "04/2021"), the most that
    still read as a range alone."""
    cells = []
    index = 0
    while index < len(rows):
        size = 0
        for lines in range(1, _MAX_CELL_LINES + 1):
            group = rows[index : index + lines]
            if len(group) < lines or not all(_next_line(a, b) for a, b in pairwise(group)):
                break
            if _only_a_range(" ".join(_row_text(row, 0.0) for row in group)):
                size = lines
        if size:
            group = rows[index : index + size]
            text = " ".join(_row_text(row, 0.0) for row in group)
            cells.append((_span(group[0])[0], text, [r for row in group for r in row]))
        index += size or 1
    return cells


def _next_line(upper: list[Run], lower: list[Run]) -> bool:
    """`lower` goes on from `upper`: less than a line's height between them."""
    top, bottom = _span(upper)
    return _span(lower)[0] - bottom < bottom - top


def _only_a_range(text: str) -> bool:
    found = find_range(text)
    return found is not None and not text[: found.span[0]].strip(" (") and not text[
        found.span[1] :
    ].strip(" )")


def _find_gutter(rows: list[list[Run]], gap: float, *, edges: bool = False) -> _Gutter | None:
    """The x-position free of text over the longest run of rows with text on both sides of it.

    Candidates are the middles of the wide gaps inside rows, or (`edges`) the edges of those
    gaps. A run of rows counts only if at least two of its rows have text left of x and two
    have text right of it."""
    candidates = sorted(
        {
            round(x)
            for row in rows
            for a, b in pairwise(row)
            if b.x0 - a.x1 >= gap
            for x in ((b.x0 - gap / 2, a.x1 + gap / 2) if edges else ((a.x1 + b.x0) / 2,))
        }
    )
    best: _Gutter | None = None
    best_size = 0
    for x in candidates:
        start = None
        for index in range(len(rows) + 1):
            free = index < len(rows) and all(not (r.x0 < x < r.x1) for r in rows[index])
            if free and start is None:
                start = index
            elif not free and start is not None:
                size = _split_size(rows[start:index], x)
                if size > best_size:
                    best, best_size = _Gutter(start, index - 1, x), size
                start = None
    return best


def _split_size(rows: list[list[Run]], x: float) -> int:
    """Rows a gutter at x separates; 0 unless both sides hold text on two rows or more."""
    left = sum(1 for row in rows if row[0].x1 <= x)
    right = sum(1 for row in rows if row[-1].x0 >= x)
    both = sum(1 for row in rows if row[0].x1 <= x <= row[-1].x0)
    if left < 2 or right < 2 or both < 1:
        return 0
    return len(rows)


def _reads_across(left: list[Run], right: list[Run]) -> dict[int, Run | None] | None:
    """A table or a label column: nearly every left row sits level with a right row (a left row
    with no right text beside it, such as a heading over the labels, does not count), and the
    paired left rows come one or two at a time (a label, a date beside each record) unless every
    row has both sides (a grid). A sidebar fails: its rows drift from the main column's, or run
    on in lists of several rows beside a main column that has rows of its own.

    A left cell may wrap onto a few lines ("Jan 2022 –" / "Present") and its entry may be centred
    on it. None for columns; for a table, the runs to replace, by id: a label centred on a right
    block moved up to the block's first line, a wrapped cell made one run (its other runs None)."""
    rows_read = _pair_cells(left, right, wrapped=False)
    return rows_read if rows_read is not None else _pair_cells(left, right, wrapped=True)


def _pair_cells(
    left: list[Run], right: list[Run], *, wrapped: bool
) -> dict[int, Run | None] | None:
    """_reads_across with each left row a cell of its own, or (wrapped) with rows grouped into
    cells of a few lines; a wrapped reading must pair every cell, so that a sidebar's short
    lists beside a main column never pass for wrapped cells."""
    left_rows = runs_by_row(left)
    spans = [(min(r.top for r in row), max(r.bottom for r in row)) for row in runs_by_row(right)]
    pitch = _line_pitch(spans)
    paired_ids: set[int] = set()
    headings: set[int] = set()
    moved: dict[int, Run | None] = {}
    lone = 0
    for cell in _cells(left_rows, spans) if wrapped else [[row] for row in left_rows]:
        first_top, first_bottom = _span(cell[0])
        top, bottom = first_top, _span(cell[-1])[1]
        tolerance = 0.3 * (first_bottom - first_top)
        beside = [i for i, (t, b) in enumerate(spans) if t < bottom and b > top]
        if not beside:
            headings.update(id(r) for row in cell for r in row)
            continue  # a heading over the label column: no right text beside it
        middle = (top + bottom) / 2
        entry = _entry(middle, beside, spans, pitch, tolerance)
        new_top = None
        if len(cell) > 1:
            new_top = entry[0] if entry else None
        elif (entry and entry[0] < first_top - tolerance
              and _alone_beside((entry[0] - pitch, entry[1]), left_rows, spans)):
            new_top = entry[0]  # a one-line date centred on its entry, level with a middle line
        if new_top is not None:
            pass  # a date centred on its entry, whose lines it may stand level with
        elif any(abs(spans[i][0] - first_top) <= tolerance for i in beside):
            new_top = first_top
        elif len(cell) > 1:
            if len(beside) == 1 and abs(sum(spans[beside[0]]) / 2 - middle) <= tolerance:
                new_top = spans[beside[0]][0]  # a one-line entry centred on a wrapped date
        else:
            new_top = _centred(middle, beside, spans, tolerance)
        if new_top is None:
            lone += 1
            continue
        runs = [r for row in cell for r in row]
        paired_ids.update(id(r) for r in runs)
        if len(cell) > 1:  # one run for the whole cell, its lines in order, as tall as they were
            # (one line tall where it moves up to an entry's first line, level with that line only)
            text = " ".join(_row_text(row, 0.0) for row in cell)
            end = max(new_top + runs[0].height, bottom if new_top >= first_top else 0.0)
            moved[id(runs[0])] = Run(min(r.x0 for r in runs), new_top, max(r.x1 for r in runs),
                                     end, text)
            moved.update((id(r), None) for r in runs[1:])
        elif new_top != first_top:
            moved.update((id(r), replace(r, top=new_top, bottom=new_top + r.height)) for r in runs)
    paired = sum(1 for row in left_rows if any(id(r) in paired_ids for r in row))
    if not paired_ids or lone > (0 if wrapped else (1 - _ALIGNED_SHARE) * (paired + lone)):
        return None
    # A heading over or under the labels, with nothing beside it, does not break a grid.
    rows = [row for row in runs_by_row(left + right) if not all(id(r) in headings for r in row)]
    flags = _table_flags(rows, [any(id(r) in paired_ids for r in row) for row in rows])
    if all(flags) or _nearly_a_grid(flags):
        return moved
    lengths, current = [], 0
    for flag in flags:
        if flag:
            current += 1
        elif current:
            lengths.append(current)
            current = 0
    if current:
        lengths.append(current)
    return moved if statistics.median(lengths) <= 2 else None


def _line_pitch(spans: list[tuple[float, float]]) -> float:
    """The step between two lines of one wrapped cell: the least step between the right rows'
    tops that recurs (a lone step is two columns' rows interleaved), unless their median is
    less. The median alone may be a label grid's wider step between one-line values ("Name" /
    "Anschrift" / "Mobil" above the jobs), which would run every job's lines into one entry."""
    steps = sorted(b[0] - a[0] for a, b in pairwise(spans))
    if not steps:
        return 0.0
    recurring = (a for a, b in pairwise(steps) if b <= a * _SAME_STEP)
    return min(statistics.median(steps), next(recurring, math.inf))


_SAME_STEP = 1.05  # two steps between rows this close are one line pitch


def _table_flags(rows: list[list[Run]], flags: list[bool]) -> list[bool]:
    """The flags of the table's own rows: unpaired rows at either end that stand apart from it,
    further than any two of its rows and than two lines, are no rows of it (the page's footer
    under the last table, "Page 1/1" beside nothing). Rows that run on at the table's spacing
    stay: a main column that goes on below a shorter sidebar."""
    paired = [i for i, flag in enumerate(flags) if flag]
    if not paired:
        return flags
    first, last = paired[0], paired[-1]
    spans = [_span(row) for row in rows]
    height = statistics.median(r.height for row in rows for r in row)
    apart = max([2 * height] + [b[0] - a[1] for a, b in pairwise(spans[first : last + 1])])
    start = first if first > 0 and spans[first][0] - spans[first - 1][1] > apart else 0
    end = last + 1
    if end == len(rows) or spans[end][0] - spans[last][1] <= apart:
        end = len(rows)
    return flags[start:end]


def _nearly_a_grid(flags: list[bool]) -> bool:
    """Rows with both sides but for a few single lines of a value between the two lines of its
    wrapped label ("Principales activités et" / "Planification ..." / "responsabilités"): a
    table still. A sidebar's rows stop being level with the main column's for many rows."""
    lone = [i for i, flag in enumerate(flags) if not flag]
    return (
        len(lone) <= _GRID_GAPS * len(flags)
        and all(0 < i < len(flags) - 1 and flags[i - 1] and flags[i + 1] for i in lone)
    )


def _span(row: list[Run]) -> tuple[float, float]:
    return min(r.top for r in row), max(r.bottom for r in row)


def _cells(left_rows: list[list[Run]], spans: list[tuple[float, float]]) -> list[list[list[Run]]]:
    """Left rows grouped into cells: a row set tight under the one above, with no right row
    starting level with it, continues that cell ("Jan 2022 –" / "Present"), up to a few lines;
    a label level with its own value starts a new cell however close it stands, unless the row
    above ends in a range's dash, which the cell's next line closes ("10/2014 –" / "03/2019")."""
    cells: list[list[list[Run]]] = []
    for row in left_rows:
        top, bottom = _span(row)
        tolerance = 0.3 * (bottom - top)
        starts_row = any(abs(t - top) <= tolerance for t, _ in spans)
        open_range = bool(cells) and cells[-1][-1][-1].text.rstrip().endswith(_RANGE_DASHES)
        if (cells and len(cells[-1]) < _MAX_CELL_LINES
                and top - _span(cells[-1][-1])[1] < _CELL_GAP * (bottom - top)
                and (open_range or (not starts_row
                                    and not _new_value_beside(cells[-1], top, bottom, spans)))):
            cells[-1].append(row)
        else:
            cells.append([row])
    return cells


def _new_value_beside(
    cell: list[list[Run]], top: float, bottom: float, spans: list[tuple[float, float]]
) -> bool:
    """Whether a right block that the cell so far has nothing beside starts beside this row:
    then the row is the next label, centred on its own value ("Fonction ou poste occupé" /
    "Principales activités et" / "responsabilités", a one-line value level with neither line
    of the wrapped label), not the end of the cell above."""
    cell_top, cell_bottom = _span(cell[0])[0], _span(cell[-1])[1]
    return any(
        t < bottom and b > top and not (t < cell_bottom and b > cell_top)
        and (i == 0 or not _tight(spans[i - 1], (t, b)))
        for i, (t, b) in enumerate(spans)
    )


def _entry(middle: float, beside: list[int], spans: list[tuple[float, float]], pitch: float,
           tolerance: float) -> tuple[float, float] | None:
    """The top and bottom of the entry a left cell is centred on, or None: the entry is the right
    rows around the cell set at the column's usual line pitch (a wider step is the space between
    two entries), so that its middle, not a line it happens to stand level with, places it."""
    if not beside or pitch <= 0:
        return None
    first, last = beside[0], beside[-1]
    if any(spans[i + 1][0] - spans[i][0] > _PITCH_SLACK * pitch for i in range(first, last)):
        return None
    while first > 0 and spans[first][0] - spans[first - 1][0] <= _PITCH_SLACK * pitch:
        first -= 1
    while last + 1 < len(spans) and spans[last + 1][0] - spans[last][0] <= _PITCH_SLACK * pitch:
        last += 1
    if abs((spans[first][0] + spans[last][1]) / 2 - middle) <= tolerance:
        return spans[first][0], spans[last][1]
    return None


def _alone_beside(
    band: tuple[float, float], left_rows: list[list[Run]], spans: list[tuple[float, float]]
) -> bool:
    """Whether one left row only, of those with right text beside them, stands in the band (an
    entry and the line above it): a label column whose every row is level with a value (a grid
    at one pitch), or a date level with the title just above the entry, is no label centred on
    a block. A heading over the labels, with nothing beside it, does not count."""
    top, bottom = band
    return sum(
        1 for row in left_rows
        if _span(row)[0] < bottom and _span(row)[1] > top
        and any(t < _span(row)[1] and b > _span(row)[0] for t, b in spans)
    ) == 1


def _centred(middle: float, beside: list[int], spans: list[tuple[float, float]],
             tolerance: float) -> float | None:
    """Whether a left row is centred on the right block it straddles (a label set in the middle
    of a table cell of several lines): the block is the right rows around it with no gap wider
    than half a line between them. The block's top, or None."""
    if len(beside) < 2:
        return None
    first, last = beside[0], beside[-1]
    while first > 0 and _tight(spans[first - 1], spans[first]):
        first -= 1
    while last + 1 < len(spans) and _tight(spans[last], spans[last + 1]):
        last += 1
    if abs((spans[first][0] + spans[last][1]) / 2 - middle) <= tolerance:
        return spans[first][0]
    return None


def _tight(upper: tuple[float, float], lower: tuple[float, float]) -> bool:
    return lower[0] - upper[1] < 0.5 * (upper[1] - upper[0])


def _column_blocks(rows: list[list[Run]], gap: float) -> list[Block]:
    """One column: rows top to bottom, a blank line where the space between two rows is wider
    than the column's usual line spacing by half a line or more."""
    return [[_row_text(row, gap) for row in paragraph] for paragraph in _paragraphs(rows)]


def _paragraphs(rows: list[list[Run]]) -> list[list[list[Run]]]:
    """A column's rows in paragraphs: a new one where the space between two rows is wider than
    the column's usual line spacing by half a line or more."""
    if not rows:
        return []
    tops = [min(r.top for r in row) for row in rows]
    bottoms = [max(r.bottom for r in row) for row in rows]
    height = statistics.median(r.height for row in rows for r in row)
    spaces = [max(top - bottom, 0.0) for bottom, top in zip(bottoms, tops[1:], strict=False)]
    usual = statistics.median(spaces) if spaces else 0.0
    paragraphs = [[rows[0]]]
    for row, space in zip(rows[1:], spaces, strict=True):
        if space > usual + _PARAGRAPH_GAP * height:
            paragraphs.append([])
        paragraphs[-1].append(row)
    return paragraphs


def _row_text(row: list[Run], gap: float) -> str:
    if len(row) == 1 and "\n" in row[0].text:
        return row[0].text  # a ruled table's row, already written as lines (extract.ruled)
    cells = [[row[0].text.strip()]]
    for before, run in pairwise(row):
        if run.x0 - before.x1 >= gap:
            cells.append([])
        cells[-1].append(run.text.strip())
    return join_cells([" ".join(cell) for cell in cells])
