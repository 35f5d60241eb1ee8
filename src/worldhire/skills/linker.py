"""Skill linking: the skills a text mentions or implies, ranked, each with its supporting span.

Named skills come from the literal matcher. With a ranker, each sentence of prose also brings the
skills it implies, under two rules that keep the semantic stage from guessing:
- it links only what a sentence implies, never a product, language or model: a product must be
  named (otherwise "RabbitMQ" would become its nearest neighbour "Apache Kafka", and a named tool
  the taxonomy lacks, "Security+", its nearest neighbour "securities");
- it reads only prose: a line that is a list of names ("Windows, Eclipse, Oracle, jQuery") or a
  heading has too few everyday words to imply anything beyond the names themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from worldhire.core.models import SkillMention
from worldhire.skills.literal import LiteralHit, LiteralMatcher, best_per_concept
from worldhire.skills.literal_rules import PRODUCT_KINDS, common_words
from worldhire.skills.ranker import SkillRanker
from worldhire.skills.taxonomy import Concept, Taxonomy
from worldhire.skills.taxonomy_cache import load_taxonomy
from worldhire.skills.text import tokenize

# A segment for semantic linking: a line, or a sentence within a long line.
_SEGMENT = re.compile(r"[^\n.;!?•]+(?:[.;!?](?!\S)|$)?", re.MULTILINE)
MIN_SEGMENT_CHARS = 12
SEMANTIC_PER_SEGMENT = 3  # implied skills kept per sentence: a sentence rarely implies more
SEMANTIC_MIN_SCORE = 0.55
SEMANTIC_DISCOUNT = 0.85  # implied is weaker evidence than named
MIN_PROSE_WORDS = 4  # everyday words a segment needs before the semantic stage reads it


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def segments(text: str) -> list[Segment]:
    out = []
    for m in _SEGMENT.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if len(stripped) >= MIN_SEGMENT_CHARS:
            start = m.start() + raw.index(stripped)
            out.append(Segment(start, start + len(stripped), stripped))
    return out


class SkillLinker:
    """Links text to taxonomy concepts. Literal label/alias hits are exact and fast; with a
    ranker, each sentence also brings the skills it implies (span: that sentence)."""

    def __init__(
        self,
        taxonomy: Taxonomy | None = None,
        literal: LiteralMatcher | None = None,
        ranker: SkillRanker | None = None,
    ) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self.literal = literal or LiteralMatcher(self.taxonomy)
        self.ranker = ranker

    @property
    def semantic(self) -> bool:
        return self.ranker is not None

    def link(self, text: str, top_k: int | None = None) -> list[SkillMention]:
        """Mentions best first, one per skill; `span` indexes into `text`."""
        hits = best_per_concept(self.literal.hits(text))
        if self.ranker is not None:
            hits = _merge(hits, self._implied(text))
        if top_k is not None:
            hits = hits[:top_k]
        return [
            SkillMention(
                skill=self.taxonomy.get(h.concept_id),
                score=h.score,
                span=(h.start, h.end),
                snippet=text[h.start : h.end],
            )
            for h in hits
        ]

    def _implied(self, text: str) -> list[LiteralHit]:
        assert self.ranker is not None
        parts = [p for p in segments(text) if is_prose(p.text)]
        if not parts:
            return []
        ranked = self.ranker.rank([p.text for p in parts], SEMANTIC_PER_SEGMENT, "worldhire")
        out = []
        for part, skills in zip(parts, ranked, strict=True):
            for skill in skills:
                if (skill.span is None and skill.score >= SEMANTIC_MIN_SCORE
                        and not names_a_product(self.taxonomy.concept(skill.concept_id))):
                    out.append(LiteralHit(skill.concept_id, part.start, part.end,
                                          skill.score * SEMANTIC_DISCOUNT))
        return out


def is_prose(text: str) -> bool:
    """A sentence rather than a list of names: it has a few everyday words."""
    common = common_words()
    return sum(1 for t in tokenize(text) if t.lower in common) >= MIN_PROSE_WORDS


def names_a_product(concept: Concept) -> bool:
    """A tool, language, platform or model, in the extension or in ESCO (where such labels are
    proper names: "Haskell", "LESS", "SQL Server"), as opposed to a skill or a field."""
    if concept.source == "wh":
        return concept.kind in PRODUCT_KINDS
    return concept.label[:1].isupper()


def _merge(named: list[LiteralHit], implied: list[LiteralHit]) -> list[LiteralHit]:
    """Named mentions keep their precise spans; an implied skill adds only what is new."""
    seen = {h.concept_id for h in named}
    extra = best_per_concept([h for h in implied if h.concept_id not in seen])
    return sorted([*named, *extra], key=lambda h: (-h.score, h.start))


_linkers: dict[bool, SkillLinker] = {}


def default_linker(semantic: bool = False, cache_dir: Path | None = None) -> SkillLinker:
    """The shared linker. semantic=False is literal-only (fast, no model); semantic=True also
    loads the MiniLM model and the concept index (built into `cache_dir` when none fits)."""
    from worldhire.skills.service import default_matcher, default_ranker

    if semantic not in _linkers:
        ranker = default_ranker(cache_dir=cache_dir) if semantic else None
        _linkers[semantic] = SkillLinker(load_taxonomy(), default_matcher(), ranker)
    return _linkers[semantic]
