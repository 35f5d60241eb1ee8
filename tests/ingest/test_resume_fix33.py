"""Work entries on résumés left by earlier rounds (issue 15, helper resumefix33)."""

from __future__ import annotations

from worldhire.ingest.resumes.entries import split_jobs


def test_a_job_boards_industry_and_area_line_over_the_dates_is_neither_title_nor_employer() -> None:
    """Latin American job boards set a job as its title, the employer, a line of the employer's
    industry and the job's area parted by a bar ("Logística | Operaciones"), then the dates: the
    title is the block's first line, the employer the second."""
    lines = [
        "",
        "Jefa de depósito",
        "Distribuidora Andina S.R.L.",
        "Logística y transporte | Operaciones, Abastecimiento",
        "abr. 2020 - Actualidad",
        "Control de inventario de 3.000 posiciones y coordinación de 12 operarios.",
        "",
        "Auxiliar de compras",
        "Molinos del Sur",
        "Alimentos y bebidas | Compras",
        "feb. 2016 - mar. 2020",
        "Carga de órdenes de compra y seguimiento de proveedores.",
    ]
    jobs = [(j.title, j.organization, j.start is not None) for j in split_jobs(lines)]
    assert jobs == [
        ("Jefa de depósito", "Distribuidora Andina S.R.L", True),
        ("Auxiliar de compras", "Molinos del Sur", True),
    ]
