"""How many typing slips apart two words are: what reads a label, a heading, a product or a place
typed with a slip of the fingers ("Compny:", "requirment", "Pytorh", "Warszwa") asks this."""

from __future__ import annotations


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
    neighbours), or limit + 1 once it must exceed the limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (char != other))  # fmt: skip
            if (before is not None and i > 1 and j > 1 and char == b[j - 2]
                    and a[i - 2] == other):  # fmt: skip
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)
