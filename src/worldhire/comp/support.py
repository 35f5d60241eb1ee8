"""How many salary rows an estimate needs before it stops being flagged as low-data.

Plain Python (no comp extra), so every shell can state the threshold beside the figures.
"""

from __future__ import annotations

# Below this many distinct salary rows with the query's role family, level and residence country,
# an estimate rests mostly on broader groups and a handful of postings can pull it far: a p50
# from 2 rows must not read like one from 2,000.
LOW_DATA_ROWS = 10


def is_low_data(rows: int) -> bool:
    return rows < LOW_DATA_ROWS
