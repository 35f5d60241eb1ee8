"""Regressions from a user's trial of issue 15 with résumés in the export and national forms the
corpus had least (the `trial29a-a` corpus batch): LinkedIn's PDF, hh.ru, the Europass grid, a
JSON Resume page, Kariyer.net, Moroccan, Bangladeshi and Nigerian CVs."""

from __future__ import annotations

from tests.ingest.conftest import read_cv

from worldhire.core.models import EvidenceKind


def test_a_europass_mother_tongue_row_whose_cell_border_the_pdf_lost_keeps_the_language() -> None:
    # A PDF's text joins the two cells of the row with a space and no bar.
    person = read_cv(
        "Elena Rusu\nelena.rusu@example.ro\n\n"
        "WORK EXPERIENCE\n01/2020 – Present | Pharmacist\nFarmacia Catena, Cluj-Napoca\n\n"
        "PERSONAL SKILLS\n\nMother tongue(s) Romanian\n\n"
        "English | C1 | C1 | B2 | B2 | C1\n"
    )
    assert person.languages == ["Romanian (native)", "English (C1)"]


def test_the_europass_job_applied_for_is_no_job() -> None:
    person = read_cv(
        "Elena Rusu\nelena.rusu@example.ro\n\n"
        "JOB APPLIED FOR\nClinical Pharmacist – Oncology\n\n"
        "WORK EXPERIENCE\n01/2020 – Present | Pharmacist\nFarmacia Catena, Cluj-Napoca\n"
        "Dispensing and patient counselling.\n"
    )
    assert [e.title for e in person.evidence if e.kind is EvidenceKind.JOB] == ["Pharmacist"]


def test_a_europass_business_or_sector_line_closes_its_job_instead_of_heading_the_next() -> None:
    person = read_cv(
        "Elena Rusu\nelena.rusu@example.ro\n\nWORK EXPERIENCE\n\n"
        "01/2020 – Present | Pharmacist\nFarmacia Catena, Cluj-Napoca\n"
        "Dispensing and patient counselling.\nBusiness or sector: Human health activities\n"
        "06/2016 – 12/2019 | Pharmacy technician\nFarmacia Tei, Bucharest\n"
        "Stock control and dispensing.\n"
    )
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert jobs == [("Pharmacist", "Farmacia Catena"), ("Pharmacy technician", "Farmacia Tei")]


def test_a_header_cut_after_a_comma_goes_on_with_the_place_on_the_next_line() -> None:
    # A narrow page wraps the employer's town onto a line of its own.
    person = read_cv(
        "Tunde Afolabi\ntunde.afolabi@example.com.ng\n\nWORK EXPERIENCE\n\n"
        "**NYSC – Physics Teacher (Primary Place of Assignment)** – Community Grammar School,\n"
        "Ogbomoso, Oyo State\nMar 2019 – Feb 2020\n- Taught Physics to SS1 students\n"
    )
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert len(jobs) == 1
    assert "Physics Teacher" in jobs[0][0]
    assert jobs[0][1] == "Community Grammar School"


def test_numbered_job_titles_head_their_jobs() -> None:
    person = read_cv(
        "MD. KAMRUL HASAN\nkamrul.hasan@example.com\n\nEmployment History\n"
        "**1. Accounts Executive**\nAkij Food & Beverage Ltd., Tejgaon, Dhaka\n"
        "Duration: Jan '20 – till date\nResponsibilities:\n- Preparing monthly VAT return\n\n"
        "**2. Junior Accountant**\nM/s. Rahman Enterprise, Nayabazar, Dhaka\n"
        "Duration: July 2016 – December 2019\nResponsibilities:\n- Maintaining cash book\n"
    )
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert jobs == [("Accounts Executive", "Akij Food & Beverage Ltd"),
                    ("Junior Accountant", "M/s. Rahman Enterprise")]
