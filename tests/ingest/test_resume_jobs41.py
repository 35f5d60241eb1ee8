"""Issue 15, résumé jobs (session 41): employers and dates the jobs of labelled fields, tables
and prose lost."""

from __future__ import annotations

from datetime import date

from worldhire.ingest.resumes.labelled_entries import labelled_jobs

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
