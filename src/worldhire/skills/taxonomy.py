"""The skill taxonomy: every ESCO v1.1 skill plus worldhire's AI/ML extension, with relations.

ESCO concepts get ids "esco:<slug of the preferred label>" (the label file is the label space, and
it carries no URIs); extension concepts get "wh:<slug>" and are read from data/extension.yaml.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Literal, TypeVar, cast

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from worldhire.core.errors import WorldhireError
from worldhire.core.models import Skill
from worldhire.skills.text import name_key, slugify

ESCO_LABELS_FILE = "esco_1.1_skill_labels.txt"
ESCO_ALTLABELS_FILE = "esco_1.1.1_skills_altlabels.csv.gz"
EXTENSION_FILE = "extension.yaml"
ESCO_NAMES_FILE = "esco_names.yaml"

# Edge weights for near-miss matching: how much evidence of one skill says about the other.
WEIGHT_SAME_CONCEPT = 0.9  # an extension concept and the ESCO concept it maps to
WEIGHT_PARENT_CHILD = 0.7
WEIGHT_RELATED = 0.6

NameKind = Literal["label", "alias"]
_Derived = TypeVar("_Derived")


class TaxonomyError(WorldhireError, ValueError):
    """The taxonomy data is inconsistent (unknown reference, duplicate id...)."""

    status = 500
    code = "taxonomy-data"


@dataclass(frozen=True)
class Concept:
    """A taxonomy node with everything the linker needs to find it in text."""

    id: str
    label: str
    source: Literal["esco", "wh"]
    aliases: tuple[str, ...] = ()
    # Aliases that only count when written with exactly this case ("Go", "R").
    cased_aliases: tuple[str, ...] = ()
    # Acronyms with other common senses ("CV", "DL"): they count only written exactly so and
    # only beside a concept of this one's neighbourhood in the same sentence.
    ambiguous_aliases: tuple[str, ...] = ()
    # The same concept in the hiring regions' other languages (and, for an ESCO concept, the
    # names people write for it, from esco_names.yaml): matched like aliases, but not embedded
    # (the sentence model is English).
    translations: tuple[str, ...] = ()
    kind: str = ""
    description: str = ""
    esco_ids: tuple[str, ...] = ()  # for extension concepts: the ESCO concepts they map to
    # Groups of concepts that, named in one sentence (each or a narrower one), show this one.
    shown_by: tuple[tuple[str, ...], ...] = ()

    @property
    def skill(self) -> Skill:
        return Skill(id=self.id, label=self.label)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases, *self.cased_aliases, *self.ambiguous_aliases,
                *self.translations)


@dataclass(frozen=True)
class NameEntry:
    concept_id: str
    kind: NameKind


class _ExtensionConcept(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    kind: str = ""
    description: str = ""
    aliases: list[str] = Field(default_factory=list)
    cased: list[str] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    translations: list[str] = Field(default_factory=list)
    # Other names people write for it on résumés (the tools and sub-skills of an IT trade
    # that name this skill and nothing broader): matched like aliases, never embedded, so the
    # shipped index holds when they grow.
    written: list[str] = Field(default_factory=list)
    esco: list[str] = Field(default_factory=list)
    broader: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    # Other products of the same kind ("RabbitMQ" beside Kafka), each a concept of its own:
    # written "Label|alias|alias", they share this concept's broader concepts and ESCO mapping
    # (less the ESCO concept that is this one itself) and are related to it.
    siblings: list[str] = Field(default_factory=list)
    # Products that are a kind of this concept ("bitsandbytes" under quantization), each a
    # concept of its own with this concept as broader and its whole ESCO mapping.
    members: list[str] = Field(default_factory=list)
    shown_by: list[list[str]] = Field(default_factory=list)


class _AmbiguousEscoNames(BaseModel):
    model_config = ConfigDict(extra="forbid")

    names: list[str]
    # ESCO skills of the same trade (preferred labels): one of them named beside the acronym
    # makes it count.
    beside: list[str]


class _EscoNamesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    names: dict[str, list[str]]
    # Acronyms with other common senses ("VAT", "PIT") that name the skill only in the company
    # of its trade's other skills: matched like an extension concept's `ambiguous` names.
    ambiguous: dict[str, _AmbiguousEscoNames] = Field(default_factory=dict)
    # Names a concept already has (an ESCO alternative label, an everyday label, an extension
    # alias) that, written in a résumé, name something else: never matched, still embedded.
    unmatched: dict[str, list[str]] = Field(default_factory=dict)


class _ExtensionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    concepts: dict[str, _ExtensionConcept]


@dataclass
class Taxonomy:
    concepts: dict[str, Concept]
    _broader: dict[str, list[str]] = field(default_factory=dict)
    _narrower: dict[str, list[str]] = field(default_factory=dict)
    _related: dict[str, dict[str, float]] = field(default_factory=dict)
    _names: dict[str, list[NameEntry]] = field(default_factory=dict)
    _esco_by_label: dict[str, str] = field(default_factory=dict)
    _fuzzy: _TrigramIndex | None = field(default=None, compare=False)  # built on first use
    _derived: dict[Callable[[Taxonomy], object], object] = field(
        default_factory=dict, compare=False, repr=False
    )

    # -- lookups -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.concepts

    def get(self, concept_id: str) -> Skill:
        return self.concept(concept_id).skill

    def concept(self, concept_id: str) -> Concept:
        try:
            return self.concepts[concept_id]
        except KeyError:
            raise KeyError(f"no skill with id {concept_id!r} in the taxonomy") from None

    def esco(self) -> list[Concept]:
        return [c for c in self.concepts.values() if c.source == "esco"]

    def extension(self) -> list[Concept]:
        return [c for c in self.concepts.values() if c.source == "wh"]

    def by_esco_label(self, label: str) -> Concept | None:
        concept_id = self._esco_by_label.get(label)
        return self.concepts[concept_id] if concept_id else None

    def esco_targets(self, concept_id: str) -> tuple[str, ...]:
        """The ESCO concepts that stand for a concept: itself if ESCO, else its mapping."""
        concept = self.concept(concept_id)
        return (concept.id,) if concept.source == "esco" else concept.esco_ids

    def names(self) -> dict[str, list[NameEntry]]:
        """Every name key (see text.name_key) with the concepts it names."""
        return self._names

    def derived(self, build: Callable[[Taxonomy], _Derived]) -> _Derived:
        """What `build` makes of this taxonomy (a table of its names that a reader elsewhere
        looks words up in), made on first use and kept with the taxonomy: it goes when the
        taxonomy goes, and another taxonomy never reads it."""
        if build not in self._derived:
            self._derived[build] = build(self)
        return cast(_Derived, self._derived[build])

    # -- relations ---------------------------------------------------------------------------

    def broader(self, concept_id: str) -> list[Skill]:
        self.concept(concept_id)
        return [self.get(i) for i in self._broader.get(concept_id, [])]

    def narrower(self, concept_id: str) -> list[Skill]:
        self.concept(concept_id)
        return [self.get(i) for i in self._narrower.get(concept_id, [])]

    def ancestors(self, concept_id: str) -> set[str]:
        """Every concept above this one through broader links (not itself)."""
        found: set[str] = set()
        frontier = [concept_id]
        while frontier:
            frontier = [p for c in frontier for p in self._broader.get(c, ()) if p not in found]
            found.update(frontier)
        return found

    def related(self, concept_id: str) -> list[tuple[Skill, float]]:
        """Adjacent skills with a weight in (0, 1], strongest first."""
        self.concept(concept_id)
        edges = self._related.get(concept_id, {})
        ranked = sorted(edges.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(self.get(i), w) for i, w in ranked]

    # -- name resolution ---------------------------------------------------------------------

    def resolve(self, name: str, min_similarity: float = 0.75) -> Skill | None:
        """Exact label or alias (case and punctuation-insensitive), else the closest name by
        character-trigram similarity when it reaches `min_similarity`; 1.0 asks for the name
        itself (no search, whose index costs a worker about 430 MB)."""
        key = name_key(name)
        if not key:
            return None
        exact = self._names.get(key)
        if exact:
            return self.get(_preferred(exact, self.concepts).concept_id)
        if min_similarity >= 1.0:
            return None
        if self._fuzzy is None:
            self._fuzzy = _TrigramIndex(self._names.keys())
        best = self._fuzzy.best(key, min_similarity)
        if best is None:
            return None
        return self.get(_preferred(self._names[best], self.concepts).concept_id)

    # -- construction ------------------------------------------------------------------------

    def _add_edge(self, a: str, b: str, weight: float) -> None:
        if a == b:
            return
        for x, y in ((a, b), (b, a)):
            edges = self._related.setdefault(x, {})
            edges[y] = max(edges.get(y, 0.0), weight)

    def _index_names(self) -> None:
        names: dict[str, list[NameEntry]] = defaultdict(list)
        for concept in self.concepts.values():
            seen: set[str] = set()
            for i, name in enumerate(concept.names):
                key = name_key(name)
                if key and key not in seen:
                    seen.add(key)
                    names[key].append(NameEntry(concept.id, "label" if i == 0 else "alias"))
        self._names = dict(names)


def _preferred(entries: list[NameEntry], concepts: dict[str, Concept]) -> NameEntry:
    """Of several concepts sharing a name: a preferred label beats an alias, and the extension
    (which names tools precisely) beats generic ESCO."""
    return min(entries, key=lambda e: (e.kind != "label", concepts[e.concept_id].source != "wh"))


class _TrigramIndex:
    """Fuzzy name lookup by Dice similarity of character trigrams, via an inverted index."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = list(keys)
        self.grams = [_trigrams(k) for k in self.keys]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, grams in enumerate(self.grams):
            for g in grams:
                self.postings[g].append(i)

    def best(self, key: str, min_similarity: float) -> str | None:
        query = _trigrams(key)
        if not query:
            return None
        overlap: dict[int, int] = defaultdict(int)
        for g in query:
            for i in self.postings.get(g, ()):
                overlap[i] += 1
        best_key, best_score = None, min_similarity
        for i, shared in overlap.items():
            score = 2.0 * shared / (len(query) + len(self.grams[i]))
            if score > best_score or (score == best_score and best_key is None):
                best_key, best_score = self.keys[i], score
        return best_key


def _trigrams(key: str) -> set[str]:
    padded = f"  {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


# -- loading ---------------------------------------------------------------------------------


def _data_text(folder: str, name: str) -> str:
    """A data file shipped in the package, `folder` relative to the worldhire package."""
    blob = resources.files("worldhire").joinpath(folder, name).read_bytes()
    if name.endswith(".gz"):
        blob = gzip.decompress(blob)
    return blob.decode("utf-8")


def esco_labels() -> list[str]:
    """The 13,896 ESCO v1.1 preferred labels, in file order: the label space of ranking."""
    text = _data_text("data/esco", ESCO_LABELS_FILE)
    return [line for line in text.split("\n") if line.strip()]


def esco_id(label: str, taken: set[str]) -> str:
    base = f"esco:{slugify(label)}"
    if base not in taken:
        return base
    return f"{base}-{hashlib.sha1(label.encode()).hexdigest()[:6]}"


def _loose_key(label: str) -> str:
    """Joins v1.1 labels with v1.1.1 rows that differ only in commas or spacing."""
    return "".join(ch for ch in label.lower() if ch.isalnum() or ch in "+#")


def _esco_concepts() -> list[Concept]:
    rows = csv.DictReader(io.StringIO(_data_text("data/esco", ESCO_ALTLABELS_FILE)))
    extra = {
        _loose_key(r["preferredLabel"]): (r["altLabels"], r["skillType"] or "") for r in rows
    }
    written = _esco_names()
    ambiguous = {label: entry.names for label, entry in _esco_names_file().ambiguous.items()}
    concepts: list[Concept] = []
    taken: set[str] = set()
    for label in esco_labels():
        cid = esco_id(label, taken)
        taken.add(cid)
        alts, kind = extra.get(_loose_key(label), ("", ""))
        aliases = tuple(a.strip() for a in alts.split("\n") if a.strip() and a.strip() != label)
        concepts.append(Concept(id=cid, label=label, source="esco", aliases=aliases,
                                kind=kind, translations=tuple(written.pop(label, ())),
                                ambiguous_aliases=tuple(ambiguous.pop(label, ()))))
    if written or ambiguous:
        raise TaxonomyError(
            f"{ESCO_NAMES_FILE} names unknown ESCO labels {sorted({*written, *ambiguous})}")
    return concepts


def _load_yaml(name: str, text: str | None = None) -> object:
    """A data file of this folder (`text`: its contents, when already read). A key written twice
    is refused: YAML keeps only the last, so the first entry's names would silently never
    match. The file is parsed once: the check walks the parsed nodes the data is then built
    from."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(
        _data_text("skills/data", name) if text is None else text
    )
    try:
        root = loader.get_single_node()
        nodes = [root]
        while nodes:
            node = nodes.pop()
            if isinstance(node, yaml.MappingNode):
                seen: set[object] = set()
                for key, value in node.value:
                    if key.value in seen:
                        raise TaxonomyError(f"{name}: {key.value!r} is written twice (line "
                                            f"{key.start_mark.line + 1})")
                    seen.add(key.value)
                    nodes.append(value)
            elif isinstance(node, yaml.SequenceNode):
                nodes.extend(node.value)
        return None if root is None else loader.construct_document(root)
    finally:
        loader.dispose()


def _esco_names_file() -> _EscoNamesFile:
    return _parsed_esco_names(_data_text("skills/data", ESCO_NAMES_FILE))


# Keyed by the file's text: the taxonomy, the literal matcher and the skill lists each read the
# file, parsed once; a test that swaps the text gets its own parse.
@lru_cache(maxsize=2)
def _parsed_esco_names(text: str) -> _EscoNamesFile:
    raw = _load_yaml(ESCO_NAMES_FILE, text)
    try:
        return _EscoNamesFile.model_validate(raw)
    except ValidationError as exc:
        raise TaxonomyError(f"{ESCO_NAMES_FILE} is malformed: {exc}") from exc


def _esco_names() -> dict[str, list[str]]:
    """The names people write for ESCO skills (data/esco_names.yaml), by preferred label. Like
    the extension's translations they are matched, never embedded, so the shipped index holds."""
    spec = _esco_names_file()
    return {label: [n.strip() for n in names if n.strip()] for label, names in spec.names.items()}


def unmatched_names(taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    """Per concept id, the name keys the literal matcher skips (esco_names.yaml `unmatched`,
    by the concept's label): "raw materials" is not the skill "prepare raw materials", nor
    "monitoring" observability. Each must be a name the concept has."""
    by_label: dict[str, list[Concept]] = defaultdict(list)
    for concept in taxonomy.concepts.values():
        by_label[concept.label].append(concept)
    out: dict[str, set[str]] = defaultdict(set)
    for label, names in _esco_names_file().unmatched.items():
        for name in names:
            owners = [c for c in by_label.get(label, [])
                      if name_key(name) in {name_key(n) for n in c.names}]
            if not owners:
                raise TaxonomyError(f"{ESCO_NAMES_FILE}: {name!r} is no name of {label!r}")
            for concept in owners:
                out[concept.id].add(name_key(name))
    return {cid: frozenset(keys) for cid, keys in out.items()}


def ambiguous_company(taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    """Per ESCO concept id with `ambiguous` names (esco_names.yaml), the ids of the skills
    whose mention beside such a name makes it count: "VAT" beside bank reconciliations or an
    accounting system is the tax's returns, not a price's."""
    ids: dict[str, list[str]] = defaultdict(list)
    for concept in taxonomy.concepts.values():
        if concept.source == "esco":
            ids[concept.label].append(concept.id)
    out = {}
    for label, entry in _esco_names_file().ambiguous.items():
        unknown = [name for name in entry.beside if name not in ids]
        if unknown:
            raise TaxonomyError(f"{ESCO_NAMES_FILE}: {label!r} is beside unknown labels {unknown}")
        out.update({cid: frozenset(c for name in entry.beside for c in ids[name])
                    for cid in ids[label]})
    return out


def _extension(esco_by_label: dict[str, str]) -> tuple[list[Concept], _ExtensionFile]:
    raw = _load_yaml(EXTENSION_FILE)
    try:
        spec = _ExtensionFile.model_validate(raw)
    except ValidationError as exc:
        raise TaxonomyError(f"{EXTENSION_FILE} is malformed: {exc}") from exc
    spec = _with_siblings_and_members(spec)
    # A product ESCO names exactly ("Angular", "Hadoop") is the same concept as the extension's.
    esco_by_key = {name_key(label): cid for label, cid in esco_by_label.items()
                   if any(ch.isupper() for ch in label)}
    concepts = []
    for slug, c in spec.concepts.items():
        missing = [label for label in c.esco if label not in esco_by_label]
        if missing:
            raise TaxonomyError(f"wh:{slug} maps to unknown ESCO labels {missing}")
        mapped = [esco_by_label[label] for label in c.esco]
        same = [esco_by_key.get(name_key(n)) for n in (c.label, *c.aliases, *c.cased)]
        concepts.append(
            Concept(
                id=f"wh:{slug}",
                label=c.label,
                source="wh",
                aliases=tuple(c.aliases),
                cased_aliases=tuple(c.cased),
                ambiguous_aliases=tuple(c.ambiguous),
                translations=tuple(dict.fromkeys([*c.translations, *c.written])),
                kind=c.kind,
                description=c.description,
                esco_ids=tuple(dict.fromkeys([*mapped, *(i for i in same if i)])),
                shown_by=tuple(tuple(f"wh:{ref}" for ref in group) for group in c.shown_by),
            )
        )
    return concepts, spec


def _with_siblings_and_members(spec: _ExtensionFile) -> _ExtensionFile:
    """Expands the `siblings` and `members` shorthands into concepts of their own."""
    concepts = dict(spec.concepts)
    for slug, c in spec.concepts.items():
        own = {name_key(n) for n in (c.label, *c.aliases, *c.cased)}
        inherited = [label for label in c.esco
                     if name_key(label) not in own and name_key(label.split(" (")[0]) not in own]
        for entry in c.siblings:
            label, *aliases = [n.strip() for n in entry.split("|")]
            _add_derived(concepts, label, _ExtensionConcept(
                label=label, kind=c.kind, aliases=aliases, esco=inherited,
                broader=list(c.broader), related=[slug]))
        for entry in c.members:
            label, *aliases = [n.strip() for n in entry.split("|")]
            _add_derived(concepts, label, _ExtensionConcept(
                label=label, kind="tool", aliases=aliases, esco=list(c.esco), broader=[slug]))
    return _ExtensionFile(version=spec.version, concepts=concepts)


def _add_derived(concepts: dict[str, _ExtensionConcept], label: str,
                 concept: _ExtensionConcept) -> None:
    slug = slugify(label)
    if slug in concepts:
        raise TaxonomyError(f"{EXTENSION_FILE}: {label!r} is listed twice (as wh:{slug})")
    concepts[slug] = concept


def build_taxonomy() -> Taxonomy:
    esco = _esco_concepts()
    esco_by_label = {c.label: c.id for c in esco}
    extension, spec = _extension(esco_by_label)
    taxonomy = Taxonomy(concepts={c.id: c for c in [*esco, *extension]})
    taxonomy._esco_by_label = esco_by_label
    for slug, c in spec.concepts.items():
        cid = f"wh:{slug}"
        for ref in [*c.broader, *c.related, *(r for group in c.shown_by for r in group)]:
            if f"wh:{ref}" not in taxonomy.concepts:
                raise TaxonomyError(f"{cid} refers to unknown extension concept {ref!r}")
        for parent in c.broader:
            taxonomy._broader.setdefault(cid, []).append(f"wh:{parent}")
            taxonomy._narrower.setdefault(f"wh:{parent}", []).append(cid)
            taxonomy._add_edge(cid, f"wh:{parent}", WEIGHT_PARENT_CHILD)
        for other in c.related:
            taxonomy._add_edge(cid, f"wh:{other}", WEIGHT_RELATED)
        for label in c.esco:
            taxonomy._add_edge(cid, esco_by_label[label], WEIGHT_SAME_CONCEPT)
    taxonomy._index_names()
    return taxonomy
