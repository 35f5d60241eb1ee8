"""Which of a post's requirements are alternatives, met by any one of them: "PyTorch or JAX",
"experience with AWS, GCP or Azure", "Spark o Databricks", "PyTorch ou TensorFlow", "PyTorch lub
TensorFlow", "PyTorch або JAX", "PyTorch sau TensorFlow", "PyTorch oder JAX", "PyTorch hoặc
TensorFlow", "PyTorch atau TensorFlow", "either ... or ...", "any of ...", "one of the major
clouds (AWS/GCP/Azure)".

The requirements were read one by one (posts.requirements); this reads only the words between
neighbours on one line:

- "or" (in any of the hiring regions' languages, "and/or" included) joins alternatives; a comma
  before it extends the group leftwards through the tools of the same kind as its members ("AWS,
  GCP or Azure" is one group; "Python, SQL, Spark or Databricks" is Python, SQL and "Spark or
  Databricks").
- "and" and a plain comma list ("Python, SQL and Docker") are each required, unless the list
  follows "either", "any of", "one of" or "at least one of", or "any one (of them)" follows it
  ("Paystack, Flutterwave, Interswitch any one").
- A slash joins alternatives only between tools of the same kind ("PyTorch/JAX", "AWS/GCP");
  elsewhere it lists things each needed ("Python/SQL"). Two tools the taxonomy relates are a
  stack used together, so a slash between them lists ("Docker/Kubernetes", "Terraform/
  Ansible"), where unrelated tools of one kind are a choice ("PostgreSQL/MySQL", "FAISS /
  Pinecone"); an "or" joins either. Products of one kind under no broader concept that stand
  for the same ESCO skill are a choice however related ("Excel/Google Sheets").
- Names of one concept offered as a choice, kept each in its own words by the reader ("Power
  BI/Tableau", "Power BI ou Looker": tools the taxonomy files under one practice), are of the
  same kind, and so is a tool filed under that practice ("Airflow, Dagster o Prefect").
- A product named for an ESCO skill ("Symfonia": using accounting systems) is of the kind of
  the products the taxonomy does not know beside it ("Symfonia, Enova lub Comarch Optima"), and
  a product it does not know is of the kind of the names of one practice offered as a choice
  after it ("Gorgias, Zendesk or Freshdesk").
- Members the reader found of different weight (a must-have beside something it welcomes) stay
  apart: the post said one is optional.

Two skills are of the same kind when the taxonomy files them as the same kind of thing under the
same broader concept (PyTorch and JAX: frameworks, under ML frameworks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from worldhire.ingest.posts.requirements import ReadRequirement
from worldhire.ingest.posts.words import CHOICE_AFTER, OR_QUALIFIED, spoken_language_names
from worldhire.ingest.shared.folded_text import fold
from worldhire.skills.taxonomy import Taxonomy


class _Link(Enum):
    OR = "or"
    AND = "and"
    COMMA = "comma"
    SLASH = "slash"


_AND_WORDS = r"and|&|y|e|i|oraz|та|і|й|и|și|si|und|et|và|dan|ve|plus"
_GAPS = (
    (_Link.OR, re.compile(rf"\s*,?\s*\(?\s*{OR_QUALIFIED}", re.I)),
    (_Link.AND, re.compile(rf"\s*,?\s*(?:{_AND_WORDS})\s+", re.I)),
    (_Link.COMMA, re.compile(r"\s*[,;]\s*")),
    (_Link.SLASH, re.compile(r"\s*/\s*")),
)
# Words before a list that make its members alternatives, however they are joined.
_ANY_OF = re.compile(
    r"(?:\beither|\bany\s+(?:one\s+)?of|\bone\s+of|\bat\s+least\s+one\s+of|\bone\s+or\s+more\s+of|"
    r"\balguno\s+de|\balguna\s+de|\bcualquiera\s+de|\bum\s+dos|\buma\s+das|\bjeden\s+z|"
    r"\bjednego\s+z|\bодн(?:ий|ієї|ого|у)\s+з|\bunul\s+dintre|\buna\s+dintre|\bl'une?\s+des?|"
    r"\bein(?:e|er|es|em)?\s+de[rs]|\bmột\s+trong|\bsalah\s+satu)"
    r"[^.;:\n]{0,40}$",
    re.IGNORECASE,
)
_LOOK_BACK = 60
_NOTE = re.compile(r"^\s*\([^()\n]*\)")
_STACK_KIND = "tool"


def alternative_groups(
    text: str, found: Sequence[ReadRequirement], taxonomy: Taxonomy
) -> list[list[int]]:
    """The requirements `found` (offsets in `text`) as groups of indexes, in the order found:
    a group of one is a requirement of its own, a larger group is met by any one member."""
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    # ("Pythona (pandas) lub R": a name in brackets right after another notes a part of it;
    # the "or" after the bracket offers R instead of Python. Notes chain among themselves.)
    notes = {i for i in order if _in_note(text, found, found[i])}
    return sorted(
        _groups(text, [i for i in order if i not in notes], found, taxonomy)
        + _groups(text, [i for i in order if i in notes], found, taxonomy),
        key=lambda g: min(g),
    )


def _in_note(text: str, found: Sequence[ReadRequirement], one: ReadRequirement) -> bool:
    """`one` sits in a bracket that opens right after another requirement's name."""
    opened = text.rfind("(", 0, one.start)
    if opened < 0 or ")" in text[opened : one.start]:
        return False
    before = text[:opened].rstrip()
    return any(other.end == len(before) for other in found)


def _groups(
    text: str, order: list[int], found: Sequence[ReadRequirement], taxonomy: Taxonomy
) -> list[list[int]]:
    chains: list[list[int]] = []
    links: list[list[_Link]] = []
    for i in order:
        if chains:
            link = _link(text, found[chains[-1][-1]], found[i], found)
            if link is not None:
                chains[-1].append(i)
                links[-1].append(link)
                continue
        chains.append([i])
        links.append([])
    groups: list[list[int]] = []
    for chain, joins in zip(chains, links, strict=True):
        groups += _split(text, chain, joins, found, taxonomy)
    return groups


def _link(
    text: str, before: ReadRequirement, after: ReadRequirement,
    found: Sequence[ReadRequirement],
) -> _Link | None:
    if after.start < before.end or after.must is not before.must:
        return None
    gap = text[before.end : after.start]
    # (past the note in brackets right after the name, a bracket holding a requirement:
    # "Pythona (pandas) lub R"; "Oracle EBS (módulo PO) ou outro ERP" holds none)
    note = _NOTE.match(gap)
    if note and any(before.end < other.start < before.end + note.end() for other in found):
        gap = gap[note.end() :]
    if "\n" in gap or len(gap) > 16:
        return None
    gap = gap.replace(")", " ").rstrip() + " " if gap.strip() != "/" else gap
    for link, pattern in _GAPS:
        if pattern.fullmatch(gap):
            return link
    return None


def _split(
    text: str, chain: list[int], joins: list[_Link], found: Sequence[ReadRequirement],
    taxonomy: Taxonomy,
) -> list[list[int]]:
    """A run of neighbours as groups: the members an "or" joins (and the same-kind members a
    comma adds to them), same-kind slash pairs, a whole list after "any of"; the rest alone."""
    if len(chain) == 1:
        return [chain]
    head = text[max(0, found[chain[0]].start - _LOOK_BACK) : found[chain[0]].start]
    tail = text[found[chain[-1]].end : found[chain[-1]].end + _LOOK_BACK]
    if _ANY_OF.search(head) or CHOICE_AFTER.match(tail):
        return [chain]
    joined = [False] * len(joins)
    for k, link in enumerate(joins):
        if link is _Link.OR:
            joined[k] = True
            # leftwards through commas while the member is of a kind already in the group
            j = k - 1
            while j >= 0 and joins[j] is _Link.COMMA and _same_kind(
                found[chain[j]], [found[chain[m]] for m in range(j + 1, k + 2)], taxonomy
            ):
                joined[j] = True
                j -= 1
        elif link is _Link.SLASH and _same_kind(found[chain[k]], [found[chain[k + 1]]], taxonomy,
                                                slash=True):
            joined[k] = True
    groups: list[list[int]] = [[chain[0]]]
    for k, together in enumerate(joined):
        if together:
            groups[-1].append(chain[k + 1])
        else:
            groups.append([chain[k + 1]])
    return groups


def _same_kind(
    one: ReadRequirement, others: list[ReadRequirement], taxonomy: Taxonomy, *, slash: bool = False
) -> bool:
    """Whether `one` is the same kind of thing under the same broader concept as any of
    `others` (free-text requirements are of no known kind); for a slash, two tools used
    together (related in the taxonomy) are no choice."""
    offered = {other.choice_of for other in others if other.choice_of}
    if one.choice_of in offered:
        return True  # names of one concept, offered as a choice ("Power BI/Tableau")
    languages = spoken_language_names()
    if fold(one.quote) in languages:
        # "Dholuo, Kikuyu or Somali": spoken languages, known to the taxonomy or not, are of
        # one kind, and of no other kind ("English, Yoruba or Pidgin" is no list of products)
        return any(fold(other.quote) in languages for other in others)
    if not one.skill_id and one.quote[:1].isupper() and len(offered) == 1 and all(
        other.choice_of for other in others
    ):
        return True  # "Gorgias, Zendesk or Freshdesk": a product the taxonomy lacks before
        # the names of one practice offered as a choice is one more of them
    if not one.skill_id or (one.skill_id not in taxonomy and not one.choice_of):
        return False
    if ((one.skill_id.startswith("esco:") or one.choice_of) and one.quote[:1].isupper()
            and all(other.skill_id is None and not other.quote.islower() for other in others)):
        return True  # "Symfonia, Enova lub Comarch Optima": a product named for an ESCO skill
        # (using accounting systems), or one kept in its own words ("Tesseract, Kraken or
        # Calamari"), beside products the taxonomy does not know
    if one.skill_id not in taxonomy:
        return False
    if offered & ({one.skill_id} | {s.id for s in taxonomy.broader(one.skill_id)}):
        return True  # "Airflow, Dagster o Prefect": a tool beside its practice's other names
    kind, above = _kind(one.skill_id, taxonomy)
    for other in others:
        if other.skill_id and other.skill_id in taxonomy:
            other_kind, other_above = _kind(other.skill_id, taxonomy)
            if kind and kind == other_kind and not above and not other_above and _same_esco(
                one.skill_id, other.skill_id, taxonomy
            ):
                return True  # "Excel/Google Sheets": one skill to ESCO, either product does it
            if not (kind and kind == other_kind and above & other_above):
                continue
            if slash and kind == _STACK_KIND and _used_together(one.skill_id, other.skill_id,
                                                                taxonomy):
                continue
            return True
    return False


def _same_esco(one: str, other: str, taxonomy: Taxonomy) -> bool:
    mapped = set(taxonomy.esco_targets(one))
    return bool(mapped) and mapped == set(taxonomy.esco_targets(other))


def _used_together(one: str, other: str, taxonomy: Taxonomy) -> bool:
    return (other in {s.id for s, _ in taxonomy.related(one)}
            or one in {s.id for s, _ in taxonomy.related(other)})


def _kind(skill_id: str, taxonomy: Taxonomy) -> tuple[str, set[str]]:
    return taxonomy.concept(skill_id).kind, {s.id for s in taxonomy.broader(skill_id)}
