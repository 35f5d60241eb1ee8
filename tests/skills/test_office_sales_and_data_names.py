"""Short names résumés in the hiring regions' languages write for office, sales, tax and data
work (issue 15: dev résumés outside '*-b' labelled these as skills and the product linked
nothing), and words of other senses that name the skill only beside its trade. Each case is an
invented sentence."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Führung von zwölf Lagermitarbeitenden im Schichtbetrieb.", "lead a team", "Führung"),
        ("Berpengalaman di bidang perpajakan badan usaha.", "tax legislation", "perpajakan"),
        ("Prospección y visitas a clientes industriales.", "prospect new customers", "Prospección"),
        (
            "Prospecção de novos clientes no interior paulista.",
            "prospect new customers",
            "Prospecção de novos clientes",
        ),
        (
            "Raportowanie w Excelu dla kierownika zmiany.",
            "write work-related reports",
            "Raportowanie",
        ),
        (
            "Strumieniowanie zdarzeń z systemu kas do hurtowni.",
            "stream processing",
            "Strumieniowanie zdarzeń",
        ),
        (
            "Entwicklung von Prognosemodellen für Filialumsätze.",
            "time series forecasting",
            "Prognosemodellen",
        ),
        (
            "Xây dựng mô hình dự báo doanh thu theo tuần.",
            "time series forecasting",
            "mô hình dự báo",
        ),
        ("Suchranking für einen Onlineshop.", "information retrieval", "Suchranking"),
        (
            "Liderazgo técnico de un equipo de cinco backend.",
            "technical leadership",
            "Liderazgo técnico",
        ),
        (
            "Treinei modelos multimodais para leitura de notas fiscais.",
            "multimodal learning",
            "modelos multimodais",
        ),
        ("Dbam o czysty kod i przeglądy zmian.", "code review", "czysty kod"),
        (
            "Tests unitarios con Jest para la tienda en línea.",
            "software testing",
            "Tests unitarios",
        ),
        ("Eksplorasi data penjualan dengan pandas.", "data analysis", "Eksplorasi data"),
        (
            "Projektowałem głębokie sieci neuronowe do detekcji wad.",
            "deep learning",
            "głębokie sieci neuronowe",
        ),
        (
            "Douczanie modeli językowych do klasyfikacji umów.",
            "large language models",
            "modeli językowych",
        ),
        ("Statistische Auswertung von Laborwerten in R.", "statistics", "Statistische Auswertung"),
        ("Gabelstaplerschein vorhanden.", "operate forklift", "Gabelstaplerschein"),
        ("Screening CV dan wawancara awal kandidat.", "recruit employees", "Screening CV"),
        (
            "Wykonuję testy regresji przed każdym wydaniem.",
            "execute software tests",
            "testy regresji",
        ),
    ],
)
def test_names_of_office_sales_and_data_work_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "word"),
    [
        ("Streaming mit Kafka für Bestelldaten.", "stream processing", "Streaming"),
        (
            "Faço a sistematização da assistência de enfermagem (SAE) no plantão noturno.",
            "implement nursing care",
            "SAE",
        ),
        ("Automaticé reportes con macros y BUSCARV.", "Microsoft Excel", "macros"),
        ("Rekap stok dengan pivot dan VLOOKUP.", "Microsoft Excel", "pivot"),
        (
            "Presentación bimestral de ICA y retención en la fuente junto con el IVA.",
            "prepare tax returns forms",
            "ICA",
        ),
        (
            "Elaboración de estados financieros mensuales y declaraciones de IVA e ISR.",
            "prepare tax returns forms",
            "ISR",
        ),
    ],
)
def test_a_word_of_other_senses_names_the_skill_beside_its_trade(
    linker: SkillLinker, text: str, label: str, word: str
) -> None:
    assert any(m.skill.label == label and m.snippet == word for m in linker.link(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Streaming von Fußballspielen am Wochenende.", "stream processing"),
        ("Troquei o óleo SAE 5W30 do motor.", "implement nursing care"),
        ("Pivot the sales team to enterprise accounts.", "Microsoft Excel"),
        ("Escribí la rutina ISR del temporizador en C.", "prepare tax returns forms"),
    ],
)
def test_a_word_of_other_senses_alone_is_not_the_skill(
    linker: SkillLinker, text: str, label: str
) -> None:
    assert label not in snippets(linker, text)


@pytest.mark.parametrize(
    "text",
    [
        "Coordino un equipo de seis personas en el turno de noche.",
        "Gestão de pessoas: lidero 12 personas na área de cobrança.",
    ],
)
def test_personas_in_spanish_and_portuguese_are_people_not_user_research(
    linker: SkillLinker, text: str
) -> None:
    assert "user research" not in snippets(linker, text)


def test_user_personas_are_user_research(linker: SkillLinker) -> None:
    assert (
        snippets(linker, "Built user personas for the checkout redesign.").get("user research")
        == "user personas"
    )
