"""Issue 15, résumé skills (session 43): a job's duty line that the entry reader claimed as a
header line but read no field from must stay the job's evidence, so its skills are linked."""

from __future__ import annotations

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.entries.job_header import _job_from_header
from worldhire.ingest.resumes.resume_text import parse_text_resume


def test_a_duty_line_under_a_whole_job_line_stays_evidence() -> None:
    """ "05/2015 – 02/2020 | Lagerist , Spedition Weber, Fulda" names the title, the
    employer and the town; the line under it ("Kommissionierung mit ...") names none of them,
    so it is what the job was, not a second header line to throw away."""
    text = (
        "03/2020 – heute | Lagerleiter , Logistikpark Nord AG, Kassel\n"
        "Inventur und Bestandsführung im Lager\n"
        "05/2015 – 02/2020 | Lagerist , Spedition Weber, Fulda\n"
        "Kommissionierung mit Handscannern für 12 Kunden\n"
        "Wareneingangskontrolle und Verladung"
    )
    jobs = split_jobs(text.split("\n"))
    assert [(j.title, j.organization) for j in jobs] == [
        ("Lagerleiter", "Logistikpark Nord AG"),
        ("Lagerist", "Spedition Weber"),
    ]
    assert "Kommissionierung mit Handscannern für 12 Kunden" in jobs[1].body


def test_the_duty_line_reaches_the_job_item_text() -> None:
    text = (
        "Jonas Becker\n"
        "jonas.becker@example.de\n\n"
        "Berufserfahrung\n"
        "03/2020 – heute | Lagerleiter , Logistikpark Nord AG, Kassel\n"
        "Inventur und Bestandsführung im Lager\n"
        "05/2015 – 02/2020 | Lagerist , Spedition Weber, Fulda\n"
        "Kommissionierung mit Handscannern für 12 Kunden\n"
        "Wareneingangskontrolle und Verladung\n"
    )
    person = parse_text_resume(text, "cv.txt")
    jobs = [e for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert "Kommissionierung mit Handscannern" in jobs[-1].text


def test_a_dated_sentence_wrapped_onto_a_second_header_line_stays_whole() -> None:
    """A job told as one long dated sentence that a narrow column wrapped, both lines claimed
    as its header: the wrapped words ("phần mềm ERP.") end the sentence; they are not the
    job's town, nor lost."""
    job = _job_from_header(
        [
            "2016 - 2020: Nhân viên giao nhận tại Tiki (kho Thủ Đức), phụ trách đóng gói hàng "
            "và đối soát đơn trên",
            "phần mềm ERP.",
        ],
        [],
    )
    assert (job.title, job.location) == ("Nhân viên giao nhận", None)
    assert any(line.endswith("đối soát đơn trên phần mềm ERP.") for line in job.body)
