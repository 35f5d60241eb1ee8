"""Whether a few words are the names of skills ("Apache Spark", "Python and SQL"): such words
in a name's or an employer's place are neither."""

from __future__ import annotations


def names_a_skill(text: str, *, opening: bool = False) -> bool:
    """Half the text's letters or more are in the names of skills the taxonomy holds; with
    `opening`, a skill's name also opens the text ("Excel 2019", not "DHL Supply Chain": a
    brand before a field's words names a company)."""
    from worldhire.skills.service import default_matcher

    hits = default_matcher().hits(text)
    if opening and not any(h.start == 0 for h in hits):
        return False
    covered = sum(h.end - h.start for h in hits)
    return covered >= 0.5 * len(text.replace(" ", ""))
