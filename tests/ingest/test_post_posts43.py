"""Italian and Spanish posts whose requirements are told in running text (helper posts43)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.ingest.post_reading import quotes, read_post

from worldhire.ingest.posts.detection import looks_like_post
from worldhire.ingest.posts.fields import years_in


def test_an_italian_recruiter_message_with_no_heading_is_a_post() -> None:
    # two hiring words only, but it speaks to its reader and asks for years in words
    message = (
        "Ciao Marta,\n\n"
        "ti contatto perché in Lanterna Software cerchiamo un Backend Developer che abbia "
        "almeno quattro anni di esperienza con Go e che conosca bene PostgreSQL.\n\n"
        "Offriamo una RAL di 50k e due giorni a casa.\n\n"
        "Se ti va ne parliamo giovedì.\n\nStefano\n"
    )
    assert looks_like_post(message)


def test_a_spanish_recruiter_message_that_speaks_to_its_reader_informally_is_a_post() -> None:
    # "te" is how Spanish (and Portuguese, French, Italian) speaks to "you" informally
    message = (
        "Asunto: Vacante Analista de Datos - remoto\n\n"
        "Hola Martín, te escribo desde Puente Talento. Un cliente de seguros está buscando a "
        "alguien que haya armado tableros en Power BI y que maneje SQL; si además sabes Python, "
        "mejor.\n\nEs remoto, con contrato indefinido. ¿Te interesa? Si me mandas tu CV lo "
        "presento esta semana.\n\nSofía Ortega\nConsultora de Selección | Puente Talento\n"
    )
    assert looks_like_post(message)


_ITALIAN_NUMBERS = {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "dieci": 10}


@given(st.sampled_from(sorted(_ITALIAN_NUMBERS)), st.sampled_from(["almeno", "minimo"]))
def test_years_written_as_an_italian_word_are_the_least_experience(word: str, lead: str) -> None:
    assert years_in(f"{lead} {word} anni di esperienza con SAP") == _ITALIAN_NUMBERS[word]


def test_a_paragraph_opened_by_the_ideal_candidate_asks_after_a_duties_list() -> None:
    role = read_post(
        "Capo reparto spedizioni\nTrasporti Brenta Srl\n\n"
        "Di cosa ti occuperai:\n- pianificare le spedizioni giornaliere\n"
        "- coordinare i mulettisti del turno\n\n"
        "Il candidato ideale ha lavorato almeno 3 anni in un magazzino e usa bene Excel. "
        "Conosce SAP MM.\n"
    )
    assert {"excel", "sap mm"} <= quotes(role, must=True)
    assert role.min_years == 3


def test_the_spanish_verb_of_welcome_welcomes_what_follows() -> None:
    role = read_post(
        "Analista de datos\nCooperativa Río Claro\n\n"
        "Requisitos:\n- Python y SQL\n\n"
        "Valoraremos que conozcas Airflow y que hayas usado Metabase.\n"
    )
    assert {"airflow", "metabase"} <= quotes(role, must=False)
    assert not {"airflow", "metabase"} & quotes(role, must=True)


def test_a_spanish_paragraph_that_tells_the_reader_what_to_know_asks_for_it() -> None:
    # a requirements list elsewhere in the post does not silence the paragraph's own asking
    role = read_post(
        "Analista de BI\nHelados Pampa S.A.\n\n"
        "Nuestro equipo arma tableros para las sucursales. Es importante que conozcas Tableau.\n\n"
        "Requisitos:\n- SQL avanzado\n"
    )
    assert "tableau" in quotes(role, must=True)


def test_an_italian_tool_said_to_be_unneeded_is_no_requirement() -> None:
    role = read_post(
        "Sviluppatore Java\nOfficina Bit Srl\n\n"
        "Cerchiamo una persona che conosca bene Java e Spring. Non è necessario conoscere "
        "Kotlin.\n"
    )
    assert "kotlin" not in quotes(role, must=True) | quotes(role, must=False)
    assert "java" in quotes(role, must=True)


def test_an_italian_advantage_welcomes_the_tools_before_it() -> None:
    role = read_post(
        "Analista dati\nPasticceria Digitale Srl\n\n"
        "Cerchiamo una persona che abbia esperienza con SQL. Usiamo dbt ogni giorno, quindi chi "
        "lo conosce parte avvantaggiato.\n"
    )
    assert "dbt" in quotes(role, must=False)
    assert "sql" in quotes(role, must=True)


def test_the_tools_a_team_says_it_uses_are_not_asked_for() -> None:
    role = read_post(
        "Contador/a Semi Senior\nMolinos del Sur S.A.\n\n"
        "Requisitos:\n- Excel avanzado\n- Liquidación de IVA; en el estudio usamos Jira y "
        "Confluence para organizarnos.\n- Usamos Power BI, así que es un plus si lo conocés.\n"
    )
    asked = quotes(role, must=True) | quotes(role, must=False)
    assert not {"jira", "confluence"} & asked
    assert "power bi" in quotes(role, must=False)
    assert "excel avanzado" in quotes(role, must=True)
