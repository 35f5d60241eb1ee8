"""Document text extraction: PDF libraries compared on speed and reading order, the DOCX reader
against python-docx, and the cost of hostile files.

    PYTHONPATH=src .venv/bin/python bench/documents.py            # PDF and DOCX comparison
    PYTHONPATH=src .venv/bin/python bench/documents.py --hostile  # + CPU s and peak RSS per file
    PYTHONPATH=src .venv/bin/python bench/documents.py --json

Reading order is scored on what the file was made from. The labelled corpus
(bench/data/extraction, see its README) keeps each file's source text per region (`text`, and
`sidebar` for two-column layouts); the generated PDFs (fpdf2, drawn row by row across the
columns, as many generators do, so that content-order extraction interleaves them) keep theirs.
A unit is a source line of two words or more (a paragraph, a bullet, a table row); it is *found*
when its words appear contiguously in the extracted text (lower-cased words, punctuation and
bullets ignored), which fails where a sidebar line lands inside a wrapped paragraph. *Order* is
the share of consecutive found units of one region that come out in order; *switches* counts
how often the extracted text jumps between regions beyond the one jump a column needs.

PDF libraries: pypdf (plain and layout mode), pdfminer.six (its default layout analysis),
PDFium through pypdfium2 (its own text order), and worldhire's reader (PDFium's text runs put in
order by worldhire.ingest.extract.layout). Speed is pages per CPU second, single process.

--hostile builds the issue's hostile files (tests/security/hostile.py) and reads each, and a
normal one-page résumé, through `parse_resume_bytes` in a fresh process (`--bounded` goes through
the bounded worker pool instead), reporting CPU seconds (the process and its children) and peak
RSS. Run it on an older checkout with the same file to get the "before" figures.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "data" / "extraction"
_WORDS = re.compile(r"\w+")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


@dataclass
class Sample:
    name: str
    data: bytes
    regions: dict[str, list[list[str]]]  # region -> units (word lists) in source order
    pages: int = 1


def units(source: str) -> list[list[str]]:
    out = []
    for line in source.splitlines():
        tokens = words(re.sub(r"^\s*(#+|[-*•]|\|)\s*", "", line))
        if len(tokens) >= 2:
            out.append(tokens)
    return out


def corpus_samples(suffix: str) -> list[Sample]:
    samples = []
    for source_path in sorted((CORPUS / "sources").glob("*.yaml")):
        source = yaml.safe_load(source_path.read_text())
        if source.get("kind") != "resume" or source.get("format") != suffix:
            continue
        path = CORPUS / "resumes" / f"{source_path.stem}.{suffix}"
        if not path.exists():
            continue
        regions = {"text": units(source.get("text", ""))}
        sidebar = (source.get("render") or {}).get("sidebar")
        if sidebar:
            regions["sidebar"] = units(sidebar)
        samples.append(Sample(source_path.stem, path.read_bytes(), regions))
    return samples


SIDEBAR = ["CONTACT", "Lisboa, Portugal", "maria.silva@example.pt", "+351 912 345 678", "",
           "SKILLS", "Python and SQL", "Apache Airflow", "Google BigQuery", "", "LANGUAGES",
           "Portuguese (native)", "English (C1)"]
MAIN = ["EXPERIENCE", "Senior Data Engineer - Feedzai, Lisboa", "Jan 2021 - present",
        "Moved the fraud feature pipelines from nightly batches to streaming with",
        "Kafka and Flink, so models see transactions within two seconds.",
        "Data Engineer - Farfetch, Porto", "2018 - 2020",
        "Built the product catalogue warehouse in BigQuery and the dbt models",
        "that finance and merchandising teams use every day."]


def generated_samples() -> list[Sample]:
    """Two-column PDFs drawn row by row across the columns (the hard case for content order)."""
    from fpdf import FPDF

    def draw(columns: list[tuple[float, float, list[str], float]]) -> bytes:
        pdf = FPDF()
        pdf.add_page()
        placed = []
        for x, pitch, lines, size in columns:
            y = 30.0
            for line in lines:
                if line:
                    placed.append((y, x, line, size))
                y += pitch
        for y, x, line, size in sorted(placed):
            pdf.set_font("Helvetica", size=size)
            pdf.text(x, y, line)
        return bytes(pdf.output())

    def paragraphs(lines: list[str]) -> list[list[str]]:
        return units("\n".join(lines).replace("with\nKafka", "with Kafka")
                     .replace("models\nthat", "models that"))

    regions = {"text": paragraphs(MAIN), "sidebar": units("\n".join(SIDEBAR))}
    return [
        Sample("gen-left-sidebar", draw([(12, 4.6, SIDEBAR, 9), (75, 5.2, MAIN, 10)]), regions),
        Sample("gen-right-sidebar", draw([(15, 5.0, MAIN, 10), (150, 5.0, SIDEBAR, 9)]), regions),
        Sample("gen-same-grid", draw([(12, 5.0, SIDEBAR, 10), (75, 5.0, MAIN, 10)]), regions),
    ]


@dataclass
class Score:
    units: int = 0
    found: int = 0
    pairs: int = 0
    ordered: int = 0
    switches: int = 0

    def add(self, other: Score) -> None:
        for name in ("units", "found", "pairs", "ordered", "switches"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def view(self) -> dict[str, float]:
        return {"found": round(self.found / max(self.units, 1), 3),
                "order": round(self.ordered / max(self.pairs, 1), 3),
                "extra_switches": self.switches}


def score(text: str, regions: dict[str, list[list[str]]]) -> Score:
    tokens = words(text)
    joined = " " + " ".join(tokens) + " "
    result = Score()
    placed: list[tuple[int, str]] = []
    for region, region_units in regions.items():
        previous = None
        for unit in region_units:
            result.units += 1
            position = joined.find(" " + " ".join(unit) + " ")
            if position < 0:
                continue
            result.found += 1
            placed.append((position, region))
            if previous is not None:
                result.pairs += 1
                result.ordered += position > previous
            previous = position
    sequence = [region for _, region in sorted(placed)]
    jumps = sum(1 for a, b in pairwise(sequence) if a != b)
    result.switches = max(0, jumps - (len({r for r in sequence}) - 1))
    return result


def pdf_readers() -> dict[str, Callable[[bytes], str]]:
    from pypdf import PdfReader

    from worldhire.ingest.pdf_text import pdf_text

    def pypdf_plain(data: bytes) -> str:
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)

    def pypdf_layout(data: bytes) -> str:
        return "\n".join(p.extract_text(extraction_mode="layout")
                         for p in PdfReader(io.BytesIO(data)).pages)

    def pdfium_plain(data: bytes) -> str:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in document)
        finally:
            document.close()

    readers = {"pypdf": pypdf_plain, "pypdf layout": pypdf_layout, "pdfium text": pdfium_plain}
    try:
        from pdfminer.high_level import extract_text

        readers["pdfminer.six"] = lambda data: extract_text(io.BytesIO(data))
    except ImportError:
        log("pdfminer.six is not installed (pip install pdfminer.six): left out")
    readers["worldhire"] = pdf_text
    return readers


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


@dataclass
class Result:
    scores: dict[str, Score] = field(default_factory=dict)
    cpu_s: float = 0.0
    pages: int = 0
    failures: list[str] = field(default_factory=list)


def compare(samples: list[Sample], reader: Callable[[bytes], str],
            groups: Callable[[str], str]) -> Result:
    result = Result()
    for sample in samples:
        started = time.process_time()
        try:
            text = reader(sample.data)
        except Exception as exc:  # a library that fails on a file scores nothing on it
            result.failures.append(f"{sample.name}: {type(exc).__name__}")
            text = ""
        result.cpu_s += time.process_time() - started
        result.pages += sample.pages
        result.scores.setdefault(groups(sample.name), Score()).add(score(text, sample.regions))
        result.scores.setdefault("all", Score()).add(score(text, sample.regions))
    return result


def layout_of(name: str) -> str:
    return "generated" if name.startswith("gen-") else name.split("-")[1]


def bench_pdf() -> dict[str, Any]:
    samples = corpus_samples("pdf") + generated_samples()
    for sample in samples:
        sample.pages = page_count(sample.data)
    log(f"PDF: {len(samples)} files, {sum(s.pages for s in samples)} pages")
    out = {}
    for name, reader in pdf_readers().items():
        result = compare(samples, reader, layout_of)
        out[name] = {
            "pages_per_cpu_s": round(result.pages / max(result.cpu_s, 1e-9), 1),
            "reading": {group: s.view() for group, s in sorted(result.scores.items())},
            "failures": result.failures,
        }
    return out


def docx_python_docx(data: bytes) -> str:
    """What worldhire did before: python-docx paragraphs and tables, headers first."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for s in document.sections for p in s.header.paragraphs]
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            _ = paragraph.style  # the per-paragraph style lookup the old reader made
            lines.append(paragraph.text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def many_paragraphs(count: int) -> bytes:
    import docx

    document = docx.Document()
    for index in range(count):
        document.add_paragraph(f"Paragraph {index}: built data pipelines in Python.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def bench_docx(paragraphs: int) -> dict[str, Any]:
    from worldhire.ingest import limits
    from worldhire.ingest.docx_text import docx_text

    samples = corpus_samples("docx")
    log(f"DOCX: {len(samples)} corpus files; one generated file of {paragraphs:,} paragraphs")
    readers: dict[str, Callable[[bytes], str]] = {
        "python-docx (before)": docx_python_docx,
        "worldhire": lambda data: docx_text(data).text,
    }
    big = many_paragraphs(paragraphs)
    out = {}
    for name, reader in readers.items():
        result = compare(samples, reader, layout_of)
        saved = limits.MAX_DOCX_PARAGRAPHS
        limits.MAX_DOCX_PARAGRAPHS = paragraphs + 1  # the speed of reading, not of the cap
        started = time.process_time()
        reader(big)
        big_s = time.process_time() - started
        limits.MAX_DOCX_PARAGRAPHS = saved
        out[name] = {
            "corpus_cpu_s": round(result.cpu_s, 3),
            "paragraphs_per_cpu_s": round(paragraphs / max(big_s, 1e-9)),
            "reading": {group: s.view() for group, s in sorted(result.scores.items())},
            "failures": result.failures,
        }
    return out


_MEASURE = """
import resource, sys, time
sys.path.insert(0, {root!r})
from tests.security import hostile
data, name = hostile.build({kind!r})
started = time.process_time()
error = ""
if {bounded!r}:
    from worldhire.ingest.budget import WorkerPool
    from worldhire.ingest.parse import parse_resume_bytes
    with WorkerPool(1) as pool:
        try:
            pool.run(parse_resume_bytes, data, name)
        except Exception as exc:
            error = type(exc).__name__ + ": " + str(exc)[:120]
else:
    from worldhire.ingest.parse import parse_resume_bytes
    try:
        parse_resume_bytes(data, name)
    except Exception as exc:
        error = type(exc).__name__ + ": " + str(exc)[:120]
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
      max(me.ru_maxrss, kids.ru_maxrss) / 1024, len(data), "|", error)
"""


def bench_hostile(bounded: bool, timeout: float) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from tests.security import hostile

    out = {}
    for kind in hostile.KINDS:
        code = _MEASURE.format(root=str(ROOT), kind=kind, bounded=bounded)
        started = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                  timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            out[kind] = {"outcome": f"still reading after {timeout:.0f} s of wall time: stopped"}
            log(f"  {kind}: {out[kind]}")
            continue
        wall = time.perf_counter() - started
        if done.returncode != 0:
            out[kind] = {"error": done.stderr.strip().splitlines()[-1:]}
            continue
        figures, _, error = done.stdout.strip().rpartition("\n")[2].partition("|")
        cpu, rss, size = figures.split()
        error = error.strip()
        out[kind] = {"bytes": int(size), "cpu_s": round(float(cpu), 2),
                     "peak_rss_mb": round(float(rss)), "wall_s": round(wall, 2),
                     "outcome": error or "read"}
        log(f"  {kind}: {out[kind]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--hostile", action="store_true")
    parser.add_argument("--bounded", action="store_true", help="hostile files via the pool")
    parser.add_argument("--only-hostile", action="store_true")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per hostile file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report: dict[str, Any] = {}
    if not args.only_hostile:
        report["pdf"] = bench_pdf()
        report["docx"] = bench_docx(args.paragraphs)
    if args.hostile or args.only_hostile:
        report["hostile" + (" (bounded pool)" if args.bounded else "")] = bench_hostile(
            args.bounded, args.timeout)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for section, readers in report.items():
            print(f"\n## {section}")
            for name, figures in readers.items():
                print(f"{name}: {json.dumps(figures)}")
    command = "PYTHONPATH=src python bench/documents.py " + " ".join(sys.argv[1:])
    print(f"\nreproduce: {command.strip()}")


if __name__ == "__main__":
    main()
