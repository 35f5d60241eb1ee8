"""Bordered tables of a PDF page read cell by cell, from the lines that draw their borders.

A three-column job table (dates | employer | role and duties) whose cells wrap over several lines
loses its rows when read by position alone: the dates sit level with the middle line of a
four-line cell, the employer's second line falls beside the duties' third. Where the page draws
the table's borders (cell rectangles, or rules, as Word and LibreOffice export them), each text
run belongs to the cell those lines close around it; a row of two or more cells with text is then
one record, written as the DOCX reader writes a table row (cleanup.join_cells, or
cleanup.record_lines for cells of several lines), and stands on the page as one run as wide as
the row, so the reading order keeps it whole.

Inside a cell, a line that ends short of the cell's right border was ended by its writer (a
role above its employer), one that runs to the border was wrapped by the layout: wrapped lines
join into one line of the cell.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from worldhire.ingest.extract.cleanup import BULLET_START, join_cells, record_lines
from worldhire.ingest.extract.layout import Run, runs_by_row
from worldhire.ingest.shared.dates import find_range

_THIN = 2.5  # points: a path this narrow (or this flat) is a rule, not a box
_MIN_RULE = 6.0  # points: shorter strokes are glyph parts, bullets, underlines of a word
_SLACK = 1.5  # points a run may overlap the rule that bounds it
# A page drawing more paths is a chart or a drawing: read by position only (each run is checked
# against every rule; a résumé's tables draw a few hundred at most).
MAX_PATHS = 600


@dataclass(frozen=True)
class Rule:
    """A horizontal (y fixed, from a to b along x) or vertical (x fixed, from a to b along y)
    border line, in points from the top-left corner of the page."""

    at: float
    a: float
    b: float


@dataclass(frozen=True)
class Rules:
    horizontal: list[Rule]
    vertical: list[Rule]


@dataclass(frozen=True)
class Box:
    """The bounding box of a path the page draws, top-down, and whether its outline is stroked
    (a filled box is a shaded area, not a border; a thin filled one is a rule)."""

    x0: float
    top: float
    x1: float
    bottom: float
    stroked: bool


def rules_from_boxes(boxes: Iterable[Box]) -> Rules:
    """Border lines from the paths a page draws: a thin path is a rule; a larger stroked one is
    a rectangle whose four sides are rules (a cell drawn as a box). A larger path that is only
    filled (a sidebar's background, an invisible white cell) draws no border."""
    horizontal: list[Rule] = []
    vertical: list[Rule] = []
    for box in boxes:
        x0, top, x1, bottom = box.x0, box.top, box.x1, box.bottom
        width, height = x1 - x0, bottom - top
        if width >= _MIN_RULE and height <= _THIN:
            horizontal.append(Rule((top + bottom) / 2, x0, x1))
        elif height >= _MIN_RULE and width <= _THIN:
            vertical.append(Rule((x0 + x1) / 2, top, bottom))
        elif box.stroked and width >= _MIN_RULE and height >= _MIN_RULE:
            horizontal += [Rule(top, x0, x1), Rule(bottom, x0, x1)]
            vertical += [Rule(x0, top, bottom), Rule(x1, top, bottom)]
    # Boxes of neighbouring cells repeat their shared sides: each side once.
    return Rules(_distinct(horizontal), _distinct(vertical))


def _distinct(rules: list[Rule]) -> list[Rule]:
    seen: dict[tuple[int, int, int], Rule] = {}
    for rule in rules:
        seen.setdefault((round(rule.at), round(rule.a), round(rule.b)), rule)
    return list(seen.values())


@dataclass(frozen=True)
class _Cell:
    left: float
    right: float
    top: float
    bottom: float


def read_ruled_rows(runs: list[Run], rules: Rules) -> list[Run]:
    """The page's runs with each ruled table row of two or more cells with text replaced by one
    run holding the row's text (see the module docstring). Runs outside such rows are kept."""
    if not rules.vertical or not rules.horizontal:
        return runs
    by_cell: dict[_Cell, list[Run]] = defaultdict(list)
    for run in runs:
        cell = _cell_of(run, rules)
        if cell is not None:
            by_cell[cell].append(run)
    rows: dict[tuple[float, float], list[_Cell]] = defaultdict(list)
    for cell in by_cell:
        rows[(round(cell.top), round(cell.bottom))].append(cell)
    replaced: dict[int, Run | None] = {}
    for cells in rows.values():
        if len(cells) < 2:
            continue
        cells.sort(key=lambda c: c.left)
        texts = [_cell_lines(by_cell[cell], cell) for cell in cells]
        lines = _row_lines(texts)
        row_runs = [run for cell in cells for run in by_cell[cell]]
        first = min(row_runs, key=lambda r: r.top)
        replaced.update((id(run), None) for run in row_runs)
        replaced[id(first)] = Run(
            cells[0].left, first.top, cells[-1].right, first.bottom, "\n".join(lines)
        )
    if not replaced:
        return runs
    kept = [replaced.get(id(run), run) for run in runs]
    return [run for run in kept if run is not None]


def _cell_of(run: Run, rules: Rules) -> _Cell | None:
    """The rectangle the nearest rules on each side close around the run, if they do."""
    middle_y = (run.top + run.bottom) / 2
    middle_x = (run.x0 + run.x1) / 2
    lefts = [v.at for v in rules.vertical if v.a <= middle_y <= v.b and v.at <= run.x0 + _SLACK]
    rights = [v.at for v in rules.vertical if v.a <= middle_y <= v.b and v.at >= run.x1 - _SLACK]
    tops = [h.at for h in rules.horizontal if h.a <= middle_x <= h.b and h.at <= run.top + _SLACK]
    bottoms = [
        h.at for h in rules.horizontal if h.a <= middle_x <= h.b and h.at >= run.bottom - _SLACK
    ]
    if not (lefts and rights and tops and bottoms):
        return None
    return _Cell(max(lefts), min(rights), max(tops), min(bottoms))


def _cell_lines(runs: list[Run], cell: _Cell) -> list[str]:
    """A cell's lines top to bottom, a line wrapped at the cell's border joined to the next."""
    lines = runs_by_row(runs)
    padding = max(min(r.x0 for r in runs) - cell.left, 0.0)
    out: list[str] = []
    for n, line in enumerate(lines):
        text = " ".join(r.text.strip() for r in line)
        if n and _wrapped(lines[n - 1], line, cell, padding):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _wrapped(line: list[Run], below: list[Run], cell: _Cell, padding: float) -> bool:
    """Whether the line was wrapped by the layout: the first word of the line below (its width
    taken from that line's average character width) would not have fitted after it. A line
    below that opens with a list mark starts an item of its own."""
    first_word = below[0].text.split()[0]
    if BULLET_START.match(first_word):
        return False
    chars = sum(len(r.text) for r in below)
    char_width = sum(r.x1 - r.x0 for r in below) / max(chars, 1)
    room = cell.right - padding - line[-1].x1
    return room < (len(first_word) + 1.5) * char_width


def _row_lines(cells: list[list[str]]) -> list[str]:
    if all(len(cell) <= 1 for cell in cells):
        return [join_cells(cell[0] for cell in cells if cell)]
    dated = any(cell and find_range(cell[0]) is not None for cell in cells)
    record = record_lines(cells, dated=dated)
    if record is None:
        return [line for cell in cells for line in cell]
    return record
