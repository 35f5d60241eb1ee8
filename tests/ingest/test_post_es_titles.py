"""Spanish post titles as people write them on Latin American and Spanish job boards, in chat
groups and in agency e-mails (batch dev-posts-es-titles): a title field's label left on the
heading ("*PUESTO: ...*", "🔥 Posición: ..."), the company first ("Cóndor Mercado busca ..."),
"SE REQUIERE ...", "en la búsqueda de un/a ...", the shift after a dash, and a headhunter writing
for a client they keep unnamed."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post as _role

from worldhire.ingest.posts.detection import looks_like_post

_BODY = (
    "\n\nRequisitos:\n- 3 años de experiencia\n- Python y SQL\n\nOfrecemos: contrato indefinido.\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("*PUESTO: DESARROLLADOR/A FULL STACK*", "Desarrollador/a Full Stack"),
        ("🔥🔥 Posición: Machine Learning Engineer (Ssr) – 100% remoto Colombia 🔥🔥",
         "Machine Learning Engineer (Ssr)"),
        ("📌 Cargo: Analista Contable Sr.", "Analista Contable Sr."),
        ("Puesto: Científico/a de Datos - Remoto", "Científico/a de Datos"),
        ("Posición: Gerente de Producto", "Gerente de Producto"),
        ("Oportunidad laboral: Ingeniero/a DevOps Sr. (remoto, Chile)", "Ingeniero/a DevOps Sr."),
    ],
)  # fmt: skip
def test_a_title_field_s_label_is_no_part_of_the_title(head: str, title: str) -> None:
    assert _role(head + _BODY).title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Cóndor Mercado busca Desarrollador/a Backend Sr. para su equipo de Pagos en Buenos "
         "Aires", "Desarrollador/a Backend Sr."),
        ("Importante empresa del rubro financiero busca Analista Funcional Sr. para su sede de "
         "Microcentro", "Analista Funcional Sr."),
        ("Empresa líder en retail requiere Jefe de Almacén para su CEDIS en Lerma",
         "Jefe de Almacén"),
        ("SE REQUIERE TÉCNICO DE SOPORTE TI - BOGOTÁ", "Técnico de Soporte TI"),
        ("Requerimos Técnico en Mantenimiento Industrial – Turno rotativo",
         "Técnico en Mantenimiento Industrial"),
        ("Nos encontramos en la búsqueda de un/a Analista de Datos para sumarse al área de "
         "Planeamiento.", "Analista de Datos"),
    ],
)  # fmt: skip
def test_a_title_after_a_spanish_hiring_verb(head: str, title: str) -> None:
    assert _role(head + _BODY).title == title


def test_busca_before_no_role_gives_no_title_from_it() -> None:
    from worldhire.ingest.posts.hiring import hiring_title

    # "busca" with a lower-case word after it is no hiring phrase
    assert hiring_title("La empresa busca ampliar su equipo de datos.") is None


def test_a_job_board_page_in_capitals_is_a_post() -> None:
    page = (
        "SE REQUIERE TÉCNICO DE SOPORTE TI - BOGOTÁ\nSERVICIOS DEL LLANO S.A.S.\n\n"
        "IMPORTANTE EMPRESA DEL SECTOR TECNOLOGÍA REQUIERE TÉCNICO EN SISTEMAS CON EXPERIENCIA "
        "MÍNIMA DE 1 AÑO EN SOPORTE A USUARIOS.\n\nFUNCIONES:\n- MANTENIMIENTO DE EQUIPOS\n"
        "- ATENCIÓN DE TICKETS\n\nCONOCIMIENTOS:\n- ACTIVE DIRECTORY\n\nPRESENCIAL\n\nPostularme\n"
    )
    assert looks_like_post(page)


@pytest.mark.parametrize(
    "opening",
    [
        "Estamos apoyando a un cliente, importante empresa del retail chileno, en un proceso de "
        "selección.",
        "Nos encontramos en un proceso de selección para una importante empresa del sector "
        "minero.",
    ],
)
def test_a_headhunter_s_unnamed_client_gives_no_company(opening: str) -> None:
    role = _role(
        f"Asunto: Analista Sr. BI – Santiago\n\nEstimada Francisca:\n\n{opening}\n\n"
        "Cargo: Analista Sr. de Business Intelligence\n\nRequisitos:\n- SQL\n- Power BI\n\n"
        "Saludos cordiales,\nMacarena Fuentealba\nCordillera Headhunting SpA\n"
    )
    assert role.title == "Analista Sr. de Business Intelligence"
    assert role.company in ("", None)


def test_a_greeting_is_no_company() -> None:
    role = _role(
        "Asunto: Vacante Analista de Datos\n\nEstimado Rodrigo:\n\nTe escribo de Quillay Datos. "
        "Buscamos un Analista de Datos para el área comercial.\n\nRequisitos:\n- SQL\n- Excel\n"
    )
    assert "Estimado" not in (role.company or "")
