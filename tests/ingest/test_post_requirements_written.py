"""Must-haves and nice-to-haves as posts write them outside a plain "Requirements" list: a
welcomed tool the taxonomy files under a required language or framework, local words that spell
a tool's name, a label heading its paragraph, an unnamed heading over asking sentences, a
profile packed in one bullet, a list closed by commas, ticked lines at the top."""

from __future__ import annotations

from tests.ingest.post_reading import quotes, read_markdown_post

from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.text import split_post
from worldhire.ingest.requirement_link import skill_for


def test_a_welcomed_tool_stays_a_nice_to_have_beside_its_required_language() -> None:
    role = read_markdown_post(
        "# Python Backend Engineer\n\n## Das bringst du mit\n- 4 Jahre Python und Django\n\n"
        "## Wünschenswert\n- Celery fürs asynchrone Task-Processing\n"
    )
    celery = [r for r in role.requirements if r.quote == "Celery"]
    assert len(celery) == 1 and not celery[0].must
    assert celery[0].skill == "Celery" and celery[0].skill_id == "text:celery"
    assert "python" in quotes(role, must=True)


def test_a_welcomed_framework_stays_a_nice_to_have_beside_its_required_library() -> None:
    role = read_markdown_post(
        "# Frontend Developer\n\n## Requirements\n- 3+ years of React and TypeScript\n\n"
        "## Nice to have\n- Next.js, Storybook\n"
    )
    assert "next.js" in quotes(role, must=False)
    assert "react" in quotes(role, must=True)


def test_a_required_name_said_again_among_the_welcome_ones_stays_one_must_have() -> None:
    role = read_markdown_post(
        "# Data Engineer\n\n## Requirements\n- Python and SQL\n\n"
        "## Nice to have\n- Python 3.12 typing, Airflow\n"
    )
    python = [r for r in role.requirements if r.skill_id == "wh:python"]
    assert len(python) == 1 and python[0].must


def test_a_free_text_id_keeps_its_words_whatever_concept_they_name() -> None:
    assert skill_for("Celery", "text:celery").id == "text:celery"
    assert skill_for("Celery").id == "wh:python"


def test_polish_jest_is_the_verb_and_a_capitalised_jest_the_framework() -> None:
    role = read_markdown_post(
        "# Senior Data Engineer\n\n## Czego oczekujemy\nKluczowe jest dla nas min. 4 lata "
        "doświadczenia i bardzo dobra znajomość Pythona oraz SQL. Angielski jest konieczny, bo "
        "część zespołu jest w Berlinie.\n"
    )
    assert not [r for r in role.requirements if r.quote.lower() == "jest"]
    framework = read_markdown_post(
        "# Frontend Developer\n\n## Wymagania\n- doświadczenie z React i TypeScript, testy w "
        "Jest i React Testing Library\n- angielski jest konieczny\n"
    )
    assert "Jest" in {r.quote for r in framework.requirements if r.must}


def test_a_requirements_label_heads_its_whole_paragraph() -> None:
    role = read_markdown_post(
        "Analista de Datos Sr.\n\nBanco Alcázar\n\nLo que buscamos: Licenciatura en Actuaría o "
        "afín. Mínimo 3 años de experiencia como analista. Dominio de SQL y de Excel avanzado. "
        "Experiencia creando tableros en Power BI.\nOfrecemos: sueldo competitivo.\n"
    )
    assert {"sql", "power bi"} <= quotes(role, must=True)


def test_a_label_inside_running_text_holds_only_its_sentence() -> None:
    post = split_post(
        "Data Analyst\n\nWe are a bank in Leeds. Requirements: SQL and Excel. We are proud of "
        "our office by the river.\n"
    )
    must = [i.text(post.text) for s in post.sections if s.kind is SectionKind.MUST
            for i in s.items]  # fmt: skip
    assert must == ["SQL and Excel."]


def test_sentences_under_an_unnamed_heading_that_mostly_ask_are_requirements() -> None:
    role = read_markdown_post(
        "# Ingénieur MLOps\n\n## Vos missions\n\n- industrialiser nos modèles\n\n"
        "## Ce que vous apporterez\n\nVous avez 3 ans d'expérience en "
        "MLOps. Vous maîtrisez Python et Docker. Git et Jenkins font partie de votre quotidien."
        "\n\n## Rémunération\n\n52 k€ bruts annuels.\n"
    )
    assert {"python", "docker", "git", "jenkins"} <= quotes(role, must=True)


def test_a_years_field_is_no_requirements_list() -> None:
    post = split_post(
        "MLOps-инженер\nТелесеть Урал\nТребуемый опыт работы: 3–6 лет\n\nТелесеть Урал — "
        "оператор связи. Команда Data Science строит модели оттока.\n"
    )
    must = [i.text(post.text) for i in post.items(SectionKind.MUST)]
    assert not any("Data Science" in x for x in must)


def test_a_bullet_that_opens_with_a_degree_goes_on_to_the_skills() -> None:
    role = read_markdown_post(
        "# Data Scientist\n\nKualifikasi:\n- Min. S1 Statistika/Matematika/Teknik Informatika, "
        "pengalaman 2+ thn sbg data scientist, jago Python (pandas, scikit-learn), SQL\n"
    )
    assert {"python", "pandas", "scikit-learn", "sql"} <= quotes(role, must=True)
    assert not {"statistika", "matematika"} & quotes(role, must=True)


def test_lines_closed_by_commas_are_a_list_of_requirements() -> None:
    role = read_markdown_post(
        "Kıdemli Frontend Geliştirici\n\nAranan Nitelikler\nFrontend geliştirmede en az 5 yıl "
        "deneyimli,\nReact ve TypeScript ile uygulama geliştirmiş,\nİngilizce dokümantasyonu "
        "okuyabilen,\n\nTercih Sebebi\nNext.js ile SSR deneyimi olan,\nMapbox ile çalışmış,\n"
        "Askerlik hizmetini tamamlamış.\n"
    )
    assert {"React", "TypeScript", "İngilizce"} <= {r.quote for r in role.requirements if r.must}
    assert "next.js" in quotes(role, must=False)


def test_ticked_lines_at_the_top_are_what_the_post_asks_for() -> None:
    role = read_markdown_post(
        "🚨 ¡Estamos contratando! 🚨\n\n✅ 2+ años como analista de datos\n✅ SQL avanzado\n"
        "✅ Power BI o Tableau\n➕ Suma: Python, dbt\n\n💰 USD 1.800 a 2.500 por mes\n"
    )
    # ("Power BI o Tableau" is one requirement met by either, in the post's words)
    assert {"sql", "power bi o tableau", "tableau"} <= quotes(role, must=True)
    assert {"python", "dbt"} <= quotes(role, must=False)


def test_sentences_that_ask_count_beside_one_that_says_it_asks() -> None:
    role = read_markdown_post(
        "Hi Ana,\n\nWe need someone who has worked as an analytics engineer for three years. "
        "They must be very strong in SQL and have used dbt in production. Experience with R "
        "would be a real advantage.\n\nBest,\nNiamh\n"
    )
    assert {"sql", "dbt"} <= quotes(role, must=True)


def test_a_messenger_handle_is_how_to_apply_not_a_skill() -> None:
    role = read_markdown_post(
        "# ML Engineer\n\nЩо для нас важливо:\n- 3+ роки з PyTorch\n\nБуде плюсом: ONNX.\n\n"
        "✉️ Пишіть @zoryana_hr\n"
    )
    assert not [r for r in role.requirements if "zoryana" in r.quote]


def test_a_long_known_heading_alone_on_its_line_closes_the_requirements() -> None:
    role = read_markdown_post(
        "Python Backend Developer\n\nYêu cầu công việc\n- Ít nhất 2 năm kinh nghiệm với Python\n\n"
        "Tại sao bạn sẽ yêu thích làm việc tại đây\n- Review lương 2 lần/năm\n"
    )
    assert {r.quote for r in role.requirements} == {"Python"}
