"""`worldhire batch embed`: embed every profile and every evidence item with Ray Data, write
the vectors to the indexes (files, or pgvector on PostgreSQL), and rebuild the indexes.

Profiles are embedded from the same text the matcher uses (match.retrieval.profile_text), under
the candidate's id; evidence items from "title. text", under the item's id with the candidate as
owner. Only texts whose fingerprint changed are embedded; ids no longer in the store are pruned.
The embedding runs in a pool of Ray actors, each loading the model once, on a GPU when the
cluster has one (one GPU per actor).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from worldhire.core.models import Candidate
from worldhire.core.texts import profile_text, text_fingerprint
from worldhire.embed.protocol import Embedder
from worldhire.index.vectors import VectorSink
from worldhire.store.protocol import Repository

HASH_PREFIX = "hash:"


@dataclass(frozen=True)
class EmbedderSpec:
    """What each Ray actor loads: "minilm" or "minilm-int8" (the product, at the deployment's
    precision: `for_precision`) or "hash:DIM" (fast tests only)."""

    name: str = "minilm"
    # What float32 runs on in the actor (embed.minilm.RUNTIMES); None: the process default, ONNX
    # Runtime on the CPU. An actor given a GPU runs torch, the runtime that uses it.
    runtime: str | None = None

    @classmethod
    def for_precision(cls, precision: str) -> EmbedderSpec:
        return cls("minilm" if precision == "float32" else f"minilm-{precision}")

    def on_actors_with(self, gpus: float) -> EmbedderSpec:
        """The spec each actor loads where the cluster has `gpus` GPUs: float32 on torch when it
        has one (ONNX Runtime, the default, would leave the GPU Ray gave the actor idle)."""
        if gpus and self.precision == "float32" and self.runtime is None:
            return replace(self, runtime="torch")
        return self

    @property
    def precision(self) -> str | None:
        """The MiniLM precision this spec loads; None for the hash embedder."""
        if self.name == "minilm":
            return "float32"
        if self.name.startswith("minilm-"):
            return self.name.removeprefix("minilm-")
        return None

    def load(self) -> Embedder:
        if self.precision is not None:
            from worldhire.embed import minilm

            return minilm(precision=self.precision, runtime=self.runtime)
        if self.name.startswith(HASH_PREFIX):
            from worldhire.embed import HashEmbedder

            return HashEmbedder(int(self.name[len(HASH_PREFIX):]))
        raise ValueError(f"unknown embedder {self.name!r}: use minilm")

    @property
    def model_name(self) -> str:
        if self.precision is not None:
            from worldhire.embed.minilm import model_name

            return model_name(self.precision)
        return "hash-test-only"

    @property
    def dim(self) -> int:
        if self.name.startswith(HASH_PREFIX):
            return int(self.name[len(HASH_PREFIX):])
        from worldhire.embed.minilm import MiniLMEmbedder

        return MiniLMEmbedder.dim


@dataclass(frozen=True)
class Item:
    key: str
    owner: str
    text: str
    fingerprint: str


def all_candidates(repo: Repository) -> Iterator[Candidate]:
    """The platform pool, then each tenant's private pool."""
    yield from repo.list_candidates(None)
    for tenant in repo.list_tenants():
        yield from repo.list_candidates(tenant.id, include_platform=False)


def profile_items(candidates: Sequence[Candidate]) -> list[Item]:
    items = []
    for c in candidates:
        text = profile_text(c)
        items.append(Item(c.id, c.id, text, text_fingerprint(text)))
    return items


def evidence_items(candidates: Sequence[Candidate]) -> list[Item]:
    items = []
    for c in candidates:
        for e in c.evidence:
            text = f"{e.title}. {e.text}"
            items.append(Item(e.id, c.id, text, text_fingerprint(text)))
    return items


class EmbedBatch:
    """A Ray Data actor: loads the model once, embeds one batch of texts per call."""

    def __init__(self, spec: EmbedderSpec) -> None:
        self.embedder = spec.load()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        vectors = self.embedder.embed([str(t) for t in batch["text"]])
        return {"key": batch["key"], "owner": batch["owner"], "fingerprint": batch["fingerprint"],
                "vector": vectors}


@dataclass
class PartReport:
    name: str
    total: int
    embedded: int
    pruned: int


@dataclass
class EmbedReport:
    parts: list[PartReport]
    seconds: float
    gpus: float

    @property
    def embedded(self) -> int:
        return sum(p.embedded for p in self.parts)

    @property
    def texts_per_second(self) -> float:
        return self.embedded / self.seconds if self.seconds else 0.0


def embed_items(
    items: Sequence[Item],
    sink: VectorSink,
    spec: EmbedderSpec,
    *,
    batch_size: int = 256,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Embed the items whose fingerprint the sink does not hold; returns how many."""
    import ray

    from worldhire.batch.runtime import cluster_cpus, cluster_gpus

    stored = sink.fingerprints()
    stale = [i for i in items if stored.get(i.key) != i.fingerprint]
    if not stale:
        return 0
    gpus = cluster_gpus()
    spec = spec.on_actors_with(gpus)
    actors = max(1, int(gpus)) if gpus else max(1, min(cluster_cpus(), len(stale) // batch_size))
    dataset = ray.data.from_items(
        [{"key": i.key, "owner": i.owner, "fingerprint": i.fingerprint, "text": i.text}
         for i in stale],
        override_num_blocks=max(1, min(len(stale) // batch_size, 4 * actors)),
    )
    embedded = dataset.map_batches(
        EmbedBatch,
        fn_constructor_kwargs={"spec": spec},
        batch_size=batch_size,
        batch_format="numpy",
        concurrency=actors,
        num_gpus=1 if gpus else 0,
    )
    written = 0
    for batch in embedded.iter_batches(batch_size=batch_size, batch_format="numpy"):
        keys = [str(k) for k in batch["key"]]
        sink.write(keys, [str(o) for o in batch["owner"]],
                   [str(f) for f in batch["fingerprint"]],
                   np.asarray(batch["vector"], dtype=np.float32))
        written += len(keys)
        if on_batch is not None:
            on_batch(len(keys))
    return written


def embed_all(
    repo: Repository,
    sinks: dict[str, VectorSink],
    spec: EmbedderSpec,
    *,
    batch_size: int = 256,
    on_part: Callable[[str, int], None] | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> EmbedReport:
    """`sinks` has a "profiles" and an "evidence" sink. Needs an open Ray session.
    `on_part(name, texts to embed)` and `on_batch(count)` report progress."""
    from worldhire.batch.runtime import cluster_gpus

    started = time.perf_counter()
    candidates = list(all_candidates(repo))
    makers: dict[str, Callable[[Sequence[Candidate]], list[Item]]] = {
        "profiles": profile_items, "evidence": evidence_items,
    }
    parts = []
    for name, sink in sinks.items():
        items = makers[name](candidates)
        stored = sink.fingerprints()
        if on_part is not None:
            on_part(name, sum(1 for i in items if stored.get(i.key) != i.fingerprint))
        embedded = embed_items(items, sink, spec, batch_size=batch_size, on_batch=on_batch)
        pruned = sink.prune(i.key for i in items)
        sink.finish()
        parts.append(PartReport(name, len(items), embedded, pruned))
    return EmbedReport(parts, time.perf_counter() - started, cluster_gpus())

