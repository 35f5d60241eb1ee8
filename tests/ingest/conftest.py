"""Factories that build résumé files inside the tests: PDF (fpdf2), DOCX (python-docx), zips;
reading a plain-text résumé and its jobs."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date
from typing import Protocol

import docx
import pytest
from fpdf import FPDF

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes

RESUME_TEXT = """\
Priya Raman
Senior Machine Learning Engineer
Bengaluru, India | priya.raman@example.com | +91 98450 12345 | github.com/priyaraman

Summary
ML engineer who ships recommendation and ranking models to production.

Experience
Senior ML Engineer — Flipkart, Bengaluru
Jan 2020 – Present
- Built a two-tower retrieval model in PyTorch serving 40M users.
- Cut feature pipeline latency by 35% with Spark.

Data Scientist | Mu Sigma | 2016-07 to 2019-12
- Demand forecasting with gradient boosting for a US retailer.

Projects
- Tiny RAG: retrieval-augmented QA over Indian court judgments with FAISS.
- Sanskrit OCR: CRNN model for manuscript digitisation.

Open Source
- Contributor to scikit-learn: two merged PRs to HistGradientBoosting.

Publications
- P. Raman, "Cold-start ranking with side information", RecSys Workshop 2021.

Education
B.Tech Computer Science, IIT Madras, 2016

Skills
Python, PyTorch, Spark, SQL, Kubernetes, MLflow

Languages
English (C1), Tamil (native), Hindi - fluent

Expected salary: USD 48,000/year
Working hours: 10:00-19:00
Not authorized to work in the US; requires visa sponsorship for relocation.
"""


def make_pdf(text: str, pages: int = 1) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for _ in range(pages):
        pdf.add_page()
        # Core PDF fonts are Latin-1 only: dashes become hyphens, anything else "?".
        latin = text.replace("—", "-").replace("–", "-")
        pdf.multi_cell(0, 5, latin.encode("latin-1", "replace").decode("latin-1"))
    return bytes(pdf.output())


def make_docx(paragraphs: list[tuple[str, str | None]]) -> bytes:
    """Paragraphs as (text, style) pairs; style None is Normal."""
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.fixture
def resume_text() -> str:
    return RESUME_TEXT


class PdfFactory(Protocol):
    def __call__(self, text: str, pages: int = 1) -> bytes: ...


DocxFactory = Callable[[list[tuple[str, str | None]]], bytes]


@pytest.fixture
def pdf_factory() -> PdfFactory:
    return make_pdf


@pytest.fixture
def docx_factory() -> DocxFactory:
    return make_docx


def read_cv(text: str) -> Candidate:
    """The one person a plain-text résumé holds, as a file upload reads them."""
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return person


def job_rows(person: Candidate) -> list[tuple[str, str | None, date | None, date | None]]:
    """A person's jobs as (title, employer, start, end)."""
    return [(e.title, e.organization, e.start, e.end) for e in person.evidence
            if e.kind is EvidenceKind.JOB]
