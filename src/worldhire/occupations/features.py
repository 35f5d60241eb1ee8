"""Per (title, occupation) evidence, computed for every ESCO occupation at once.

Each feature is a titles x occupations matrix, so a batch of titles costs a few matrix
products: dense similarities to the occupation's names (best name, preferred label, centroid),
its description and its ISCO unit group; word overlap with its best name (TF-IDF cosine);
an exact name match; a shared head word ("... driver"); and how many names it has.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import combinations

import numpy as np
import numpy.typing as npt
from scipy import sparse

from worldhire.occupations.catalog import Catalog
from worldhire.occupations.index import (
    OccupationIndex,
    OccupationIndexError,
    name_key,
    occupation_names,
)

Matrix = npt.NDArray[np.float32]

FEATURES: tuple[str, ...] = (
    "name_max", "label", "centroid", "description", "isco", "lexical", "exact", "exact_label",
    "head", "name_count", "second_name",
)  # fmt: skip

WRITTEN_TITLES_FILE = "written_titles.tsv"
_LONGEST_NAME_HIT = 10  # titles are cleaned to a few words; longer ones are not searched
_STOP = frozenset({"and", "of", "in", "the", "for", "a", "an", "to", "with", "on", "at", "&"})


def _tokens(text: str) -> list[str]:
    words = [w for w in name_key(text).split() if w not in _STOP]
    # Plural and singular meet ("drivers" ~ "driver"); short words are left alone.
    return [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
            for w in words]


def head_word(text: str) -> str:
    tokens = _tokens(re.sub(r"\(.*?\)", " ", text))
    return tokens[-1] if tokens else ""


@dataclass(frozen=True)
class LexicalIndex:
    """Word-level TF-IDF rows for every name, plus exact-name and head-word lookups."""

    vocabulary: dict[str, int]
    idf: npt.NDArray[np.float32]
    name_matrix: sparse.csr_matrix  # names x vocabulary, L2-normalised rows
    exact: dict[str, tuple[int, ...]]  # name key -> occupation positions
    exact_label: dict[str, int]  # preferred-label key -> occupation position
    heads: dict[str, tuple[int, ...]]  # head word -> occupation positions

    @classmethod
    def build(cls, catalog: Catalog) -> LexicalIndex:
        names = occupation_names(catalog)
        flat = [n for group in names for n in group]
        token_lists = [_tokens(n) for n in flat]
        vocabulary: dict[str, int] = {}
        df: dict[int, int] = defaultdict(int)
        for tokens in token_lists:
            for t in set(tokens):
                index = vocabulary.setdefault(t, len(vocabulary))
                df[index] += 1
        idf = np.array([math.log((1 + len(flat)) / (1 + df[i])) + 1.0
                        for i in range(len(vocabulary))], dtype=np.float32)
        name_matrix = _tfidf(token_lists, vocabulary, idf)
        exact: dict[str, set[int]] = defaultdict(set)
        heads: dict[str, set[int]] = defaultdict(set)
        for position, group in enumerate(names):
            for name in group:
                exact[" ".join(_tokens(name))].add(position)
                heads[head_word(name)].add(position)
        return cls(vocabulary=vocabulary, idf=idf, name_matrix=name_matrix,
                   exact={k: tuple(sorted(v)) for k, v in exact.items()},
                   exact_label={" ".join(_tokens(group[0])): i for i, group in enumerate(names)},
                   heads={k: tuple(sorted(v)) for k, v in heads.items() if k})

    def vectors(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return _tfidf([_tokens(t) for t in texts], self.vocabulary, self.idf)


def _tfidf(token_lists: Sequence[Sequence[str]], vocabulary: dict[str, int],
           idf: npt.NDArray[np.float32]) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for row, tokens in enumerate(token_lists):
        counts: dict[int, int] = defaultdict(int)
        for t in tokens:
            if t in vocabulary:
                counts[vocabulary[t]] += 1
        if not counts:
            continue
        weights = {c: n * float(idf[c]) for c, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        for c, w in weights.items():
            rows.append(row)
            cols.append(c)
            vals.append(w / norm)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(token_lists), len(vocabulary)),
                             dtype=np.float32)


def written_titles(catalog: Catalog) -> list[tuple[str, int]]:
    """The shipped common written titles (data/written_titles.tsv) with the position of the
    occupation each names."""
    blob = resources.files("worldhire").joinpath("occupations/data", WRITTEN_TITLES_FILE)
    position = {o.label: i for i, o in enumerate(catalog.occupations)}
    out = []
    for row in csv.reader(io.StringIO(blob.read_text(encoding="utf-8")), delimiter="\t"):
        if not row or row[0].startswith("#") or row[0] == "written":
            continue
        if len(row) != 2 or row[1] not in position:
            raise OccupationIndexError(f"{WRITTEN_TITLES_FILE}: no ESCO occupation in {row}")
        out.append((row[0], position[row[1]]))
    return out


@dataclass(frozen=True)
class NameHits:
    """Which occupations a common written title (data/written_titles.tsv) names whose words all
    stand in the cleaned title, in any order. The dense features blur a name that ESCO spells
    out otherwise: "machine learning engineer" sits nearer to "computer hardware engineer" than
    to "machine learning systems designer", although a reader sees the occupation named. ESCO's
    own labels are left to the exact-name features: on the dev split, hits on them (alternative
    labels above all: "maintenance technician" is one of the welder's) broke as many titles as
    they fixed. A hit is the square of the share of the title's words the name covers: the
    whole title 1.0, "llm engineer" in "llm engineer agents" 4/9, so the words a name leaves out
    weigh more than their count (on the dev split the square beat the plain share)."""

    names: dict[frozenset[str], tuple[int, ...]]  # word set of a title of 2+ words -> positions

    @classmethod
    def build(cls, catalog: Catalog) -> NameHits:
        names: dict[frozenset[str], set[int]] = defaultdict(set)
        for name, position in written_titles(catalog):
            words = frozenset(_tokens(name))
            if len(words) >= 2:
                names[words].add(position)
        return cls(names={k: tuple(sorted(v)) for k, v in names.items()})

    def coverage(self, cleaned: Sequence[str], n_occupations: int) -> Matrix:
        hits = np.zeros((len(cleaned), n_occupations), dtype=np.float32)
        for row, text in enumerate(cleaned):
            words = sorted(set(_tokens(text)))
            if len(words) > _LONGEST_NAME_HIT:
                continue
            for size in range(len(words), 1, -1):
                for subset in combinations(words, size):
                    for position in self.names.get(frozenset(subset), ()):
                        hits[row, position] = max(hits[row, position],
                                                 (size / len(words)) ** 2)
        return hits


@dataclass
class FeatureSpace:
    """Everything the features need, derived once from the catalog and the dense index."""

    index: OccupationIndex
    lexical: LexicalIndex
    centroids: Matrix
    isco_of_occupation: npt.NDArray[np.int64]
    name_count: Matrix  # 1 x occupations, log(1 + names)
    name_hits: NameHits

    @classmethod
    def build(cls, catalog: Catalog, index: OccupationIndex) -> FeatureSpace:
        counts = np.diff(np.append(index.starts, len(index.name_vectors)))
        sums = np.add.reduceat(index.name_vectors, index.starts, axis=0) + index.label_vectors
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        position = {code: i for i, code in enumerate(index.isco_codes)}
        return cls(
            index=index,
            lexical=LexicalIndex.build(catalog),
            centroids=(sums / np.where(norms == 0, 1.0, norms)).astype(np.float32),
            isco_of_occupation=np.array([position[o.isco_code] for o in catalog.occupations]),
            name_count=np.log1p(counts).astype(np.float32)[None, :],
            name_hits=NameHits.build(catalog),
        )

    def compute(self, cleaned: Sequence[str], vectors: Matrix,
                masked_names: Sequence[Sequence[int]] | None = None) -> dict[str, Matrix]:
        """Feature matrices (titles x occupations) for cleaned titles and their (adapted)
        vectors. `masked_names` hides given name rows per title: training on a held-out
        alternative label must not see that label."""
        index = self.index
        sims = vectors @ index.name_vectors.T
        lex_rows = (self.lexical.vectors(cleaned) @ self.lexical.name_matrix.T).toarray()
        if masked_names is not None:
            for row, names in enumerate(masked_names):
                sims[row, list(names)] = -1.0
                lex_rows[row, list(names)] = 0.0
        name_max = np.maximum.reduceat(sims, index.starts, axis=1)
        # The second-best name: an occupation with several close names is a safer bet.
        second = _second_best(sims, index.starts)
        exact = np.zeros_like(name_max)
        exact_label = np.zeros_like(name_max)
        head = np.zeros_like(name_max)
        for row, text in enumerate(cleaned):
            # A held-out name is hidden everywhere, so no exact match can be seen in training.
            if masked_names is None:
                key = " ".join(_tokens(text))
                exact[row, list(self.lexical.exact.get(key, ()))] = 1.0
                if key in self.lexical.exact_label:
                    exact_label[row, self.lexical.exact_label[key]] = 1.0
            head[row, list(self.lexical.heads.get(head_word(text), ()))] = 1.0
        return {
            "name_max": name_max,
            "label": sims[:, index.starts],
            "centroid": vectors @ self.centroids.T,
            "description": vectors @ index.description_vectors.T,
            "isco": (vectors @ index.isco_vectors.T)[:, self.isco_of_occupation],
            "lexical": np.maximum.reduceat(lex_rows.astype(np.float32), index.starts, axis=1),
            "exact": exact,
            "exact_label": exact_label,
            "head": head,
            "name_count": np.broadcast_to(self.name_count, name_max.shape),
            "second_name": second,
        }


def _second_best(sims: Matrix, starts: npt.NDArray[np.int64]) -> Matrix:
    """Per occupation, the second-highest name similarity (the best again for one-name ones)."""
    best = np.maximum.reduceat(sims, starts, axis=1)
    counts = np.diff(np.append(starts, sims.shape[1]))
    owner = np.repeat(np.arange(len(starts)), counts)
    is_best = sims >= best[:, owner]
    masked = np.where(is_best, -1.0, sims).astype(np.float32)
    second = np.maximum.reduceat(masked, starts, axis=1)
    return np.where(counts[None, :] > 1, second, best).astype(np.float32)
