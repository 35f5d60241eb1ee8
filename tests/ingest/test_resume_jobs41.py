"""Issue 15, résumé jobs (session 41): employers and dates the jobs of labelled fields, tables
and prose lost."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import EvidenceKind
from worldhire.ingest.extract.spaced_table import spaced_table_rows
from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.labelled_entries import labelled_jobs
from worldhire.ingest.resumes.resume_text import parse_text_resume

LABELLED = """Ferreteria El Tornillo Ltda.
Cargo: Auxiliar de bodega
Desde: Marzo 2020 hasta la fecha
Funciones: recibo de mercancia y despachos.

Panaderia La Espiga
Cargo: Mesero - temporada de vacaciones
2018 (4 meses)"""


def test_a_plain_employer_line_heads_the_next_labelled_job() -> None:
    """An employer without a legal form, alone after a blank line and right above the next
    job's title field, is that job's employer, not a duty of the job above; a year with how
    long it lasted dates the job, and the season after the dash is how it was held."""
    jobs = labelled_jobs(LABELLED.split("\n"))
    assert jobs is not None
    assert [(j.title, j.organization, j.start, j.end) for j in jobs] == [
        ("Auxiliar de bodega", "Ferreteria El Tornillo Ltda.", date(2020, 3, 1), None),
        ("Mesero", "Panaderia La Espiga", date(2018, 1, 1), date(2018, 1, 1)),
    ]
    assert jobs[0].body == ["recibo de mercancia y despachos."]


MAILED_TABLE = """RIWAYAT PEKERJAAN

Tahun                Perusahaan                       Posisi
Jun 2022 - sekarang  PT Sinar Baja Nusantara          Operator mesin
bubut
Feb 2019 - Mei 2022  CV Maju Bersama, Sidoarjo        Helper produksi

Tugas saya: merawat mesin dan mencatat hasil produksi harian."""


def test_a_table_aligned_by_spaces_reads_row_by_row() -> None:
    """A table typed in an e-mail with spaces between its cells, each row wrapped by the mail
    client at the last cell: its cells are cells and the wrapped words end the row."""
    rows = spaced_table_rows(MAILED_TABLE)
    assert rows.split("\n")[2:6] == [
        "Tahun | Perusahaan | Posisi",
        "Jun 2022 - sekarang | PT Sinar Baja Nusantara | Operator mesin bubut",
        "Feb 2019 - Mei 2022 | CV Maju Bersama, Sidoarjo | Helper produksi",
        "",
    ]
    person = parse_text_resume("Budi Santoso\nbudi.s@example.com\n\n" + rows, "cv.txt")
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert jobs == [
        ("Operator mesin bubut", "PT Sinar Baja Nusantara"),
        ("Helper produksi", "CV Maju Bersama"),
    ]


def test_aligned_labels_are_no_table() -> None:
    """Two columns of labels and values aligned by spaces, and prose with a double space after
    a full stop, stay as they are."""
    text = "Nama        : Budi Santoso\nAlamat      : Jl. Kenanga 4\n\nSaya rajin.  Saya jujur."
    assert spaced_table_rows(text) == text


def test_a_groups_name_is_no_title_for_its_word_that_names_a_post() -> None:
    """ "Comercial" alone is a salesperson, but in "Grupo Comercial Soriana" it is the group's
    name: the line above it is the title."""
    lines = [
        "Repartidor",
        "Abarrotes Don Chuy – Tonalá, Jal.",
        "enero 2019 a marzo 2022",
        "",
        "• Entregas a tiendas de la zona.",
        "Montacarguista",
        "Grupo Comercial Soriana – CEDIS Monterrey",
        "2016-2018",
        "",
        "• Acomodo de tarimas en racks.",
    ]
    assert [(j.title, j.organization) for j in split_jobs(lines)] == [
        ("Repartidor", "Abarrotes Don Chuy"),
        ("Montacarguista", "Grupo Comercial Soriana"),
    ]


def test_a_linkedin_role_under_the_role_above_works_for_its_employer() -> None:
    """LinkedIn's PDF export names the employer once above its first role; a later role there
    opens with its title and its dates with their duration, a blank line above it."""
    lines = [
        "Kasavubu Foods",
        "Shift Supervisor",
        "May 2021 - Present (3 years 1 month)",
        "Kinshasa",
        "Runs the night shift of the bakery.",
        "",
        "Baker",
        "March 2018 - April 2021 (3 years 2 months)",
        "Mixed dough and ran the ovens.",
        "",
        "Boulangerie du Fleuve",
        "Baker's Assistant",
        "June 2016 - February 2018 (1 year 9 months)",
    ]
    assert [(j.title, j.organization) for j in split_jobs(lines)] == [
        ("Shift Supervisor", "Kasavubu Foods"),
        ("Baker", "Kasavubu Foods"),
        ("Baker's Assistant", "Boulangerie du Fleuve"),
    ]


def test_a_buyer_in_spanish_is_a_title() -> None:
    """ "Comprador" (a buyer) names the post between the employer and the dates."""
    lines = ["Textiles del Bajío · Comprador Jr · 2017 – 2020", "  - Cotizaciones con proveedores"]
    assert [(j.title, j.organization) for j in split_jobs(lines)] == [
        ("Comprador Jr", "Textiles del Bajío")
    ]
