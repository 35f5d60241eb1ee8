"""Whether a few words are the names of skills ("Apache Spark", "Python and SQL"): such words
in a name's or an employer's place are neither."""

from __future__ import annotations


def names_a_skill(text: str) -> bool:
    """Half the text's letters or more are in the names of skills the taxonomy holds."""
    from worldhire.skills.service import default_matcher

    hits = default_matcher().hits(text)
    covered = sum(h.end - h.start for h in hits)
    return covered >= 0.5 * len(text.replace(" ", ""))
