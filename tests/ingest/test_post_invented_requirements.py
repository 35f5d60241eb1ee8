"""Requirements the post does not ask for (issue 15: "a requirement exists only where the text
supports it"): the company's story and the hiring sentence, conditions of the job, fragments,
education lines, a language's use, positions held and links the taxonomy got wrong."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import must_skills, quotes, read_post


def _asked(body: str) -> set[str]:
    """The must-have and nice-to-have skills and the words they were read from, lower-cased."""
    role = read_post(body)
    skills = {s.lower() for r in role.requirements for s in r.member_skills}
    return skills | quotes(role, must=True) | quotes(role, must=False)


def _listed(line: str) -> set[str]:
    return _asked(f"Analyst\n\nRequirements:\n- SQL\n{line}\n")


@pytest.mark.parametrize(
    ("story", "field"),
    [
        ("we raised our seed in march and we need our first ML hire.", "machine learning"),
        ("Procuramos alguém para o time de NLP.", "natural language processing"),
        ("Ищем ведущего инженера, который возьмёт на себя LLM-направление.",
         "large language models"),
        ("Our squad predicts outages and customer churn, and we need someone to get our "
         "models out of notebooks and into production.", "churn modelling"),
    ],
)
def test_the_hiring_sentence_names_the_team_not_a_requirement(story: str, field: str) -> None:
    skills = _asked(f"Data Scientist\n\n{story}\n\nRequirements:\n- Python\n- SQL\n")
    assert {"python", "sql"} <= skills
    assert field not in skills


def test_a_hiring_sentence_that_says_what_the_hire_has_still_asks() -> None:
    role = read_post(
        "Product Designer\n\nWe're looking for a product designer who has shipped B2B apps and "
        "is comfortable doing their own user research.\n\nPerks: remote, 25 days off.\n"
    )
    assert "user research" in {s.lower() for s in must_skills(role)}


@pytest.mark.parametrize(
    ("line", "condition"),
    [
        ("- Available for rotational shifts 6am–10pm, including weekends", "work in shifts"),
        ("- Bersedia ditempatkan di Surabaya", "bersedia ditempatkan di surabaya"),
        ("- Bereitschaft zum Schichtdienst", "bereitschaft zum schichtdienst"),
        ("- Must reside around Apapa, Ijora or Surulere", "surulere"),
        ("- Domisili Surabaya dan sekitarnya", "sekitarnya"),
        ("- Memiliki SIM C dan kendaraan sendiri", "kendaraan sendiri"),
    ],
)
def test_conditions_of_the_job_are_no_skill(line: str, condition: str) -> None:
    skills = _listed(line)
    assert "sql" in skills
    assert condition not in skills


def test_a_condition_in_a_bullet_keeps_the_skills_before_it() -> None:
    skills = _listed("- Teamfähigkeit, Belastbarkeit und Bereitschaft zum Dienst im Radl")
    assert "belastbarkeit" in skills
    assert not any("bereitschaft" in s or "dienst" in s for s in skills)


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("- Diplom in der Gesundheits- und Krankenpflege und Eintragung im Register "
         "(Voraussetzung)", "voraussetzung"),
        ("- Diplom in der Gesundheits- und Krankenpflege", "diplom in der gesundheits"),
        ("- Berufserfahrung im Akut- oder Intensivbereich", "berufserfahrung im akut"),
        ("- cunoștințe de legislație fiscală (TVA intracomunitar, e-Factura, SAF-T)", "factura"),
        ("- AT LEAST HIGH SCHOOL GRADUATE (K-12) OR COLLEGE LEVEL", "college level"),
        ("- ACCA (finalist) / CA (Inter) / M.Com", "inter"),
        ("- Strong experince with Bloc and clean architecture", "experince with bloc"),
        ("- Mampu berbahasa Inggris", "mampu berbahasa inggris"),
        ("- 3+ years as an ML or data science engineer", "machine learning"),
        ("- 2+ years as an AI/ML Engineer on document products", "artificial intelligence"),
    ],
)
def test_fragments_education_and_positions_are_no_requirement(line: str, fragment: str) -> None:
    skills = _listed(line)
    assert "sql" in skills
    assert fragment not in skills


def test_a_field_named_with_the_role_it_was_done_in_is_asked() -> None:
    skills = _listed("- At least 1 year in a call centre or customer service role")
    assert "customer service" in skills


def test_a_team_sentence_that_asks_the_reader_still_asks() -> None:
    skills = _asked(
        "Product Designer\n\nI'm looking for our first Product Designer at Tidepool.\n\n"
        "You'll need a strong portfolio, 4+ years of product design and Figma mastery.\n"
    )
    assert "figma" in skills


def test_what_a_language_is_used_for_is_no_requirement() -> None:
    skills = _listed("- English good enough to argue in code review")
    assert "english" in skills
    assert "code review" not in skills


def test_how_to_show_you_read_the_post_asks_for_nothing() -> None:
    skills = _listed('- Please start your proposal with the word "forklift" so I know you read.')
    assert not any("forklift" in s for s in skills)


def test_a_job_boards_tags_ask_for_nothing() -> None:
    assert _listed("- Palabras clave: ingeniero, datos, python, etl") == {"sql"}


def test_an_inflected_name_keeps_its_accents() -> None:
    skills = _listed("- osoba, która ma 3 lata doświadczenia z AWS i Linuksem")
    assert "amazon web services" in skills
    assert "kotlin" not in skills  # "która" is "which", not Ktor with an ending


def test_the_kind_written_beside_the_name_is_the_name() -> None:
    skills = _listed("- Tối thiểu 5 năm kinh nghiệm lập trình Java")
    assert "java" in skills
    assert "software programming" not in skills


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("- 4+ years in technical support for a SaaS or B2B product", "service-oriented modelling"),
        ("- some Python for glue scripts", "amazon web services"),
    ],
)
def test_everyday_words_the_taxonomy_filed_elsewhere_link_nothing(line: str, wrong: str) -> None:
    assert wrong not in _listed(line)


@pytest.mark.parametrize(
    ("line", "concept"),
    [
        ("- Có ít nhất 2 năm kinh nghiệm kế toán tổng hợp", "accounting"),
        ("- Erfahrung mit REST-Schnittstellen", "api development"),
        ("- Python and AWS Glue", "amazon web services"),
    ],
)
def test_names_in_the_hiring_languages_link_their_concept_whole(line: str, concept: str) -> None:
    assert concept in _listed(line)


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("- min 3 years of analytics engineering", "analytics engineering"),
        ("- com experiência em engenharia de analytics", "engenharia de analytics"),
    ],
)
def test_a_link_that_names_only_the_modifier_abstains(line: str, phrase: str) -> None:
    """"analytics engineering" is about engineering: "analytics" (data analysis) names only its
    modifier, so the phrase stays a requirement in its own words, never data analysis."""
    skills = _listed(line)
    assert phrase in skills
    assert "data analysis" not in skills


def test_a_link_that_covers_the_head_stays() -> None:
    assert {"python", "data pipelines"} <= _listed("- Python scripts\n- data pipelines")


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("Testes unitários e de integração", "testes unitários e de integração"),
        ("Cierres mensuales y anuales", "cierres mensuales y anuales"),
        ("Cuentas a pagar y a cobrar", "cuentas a pagar y a cobrar"),
        ("testy jednostkowe i integracyjne", "testy jednostkowe i integracyjne"),
        ("Tests unitaires et d'intégration", "tests unitaires et d'intégration"),
    ],
)
def test_two_modifiers_of_one_noun_are_one_requirement(line: str, phrase: str) -> None:
    asked = _listed(f"- {line}")
    assert phrase in asked
    assert not asked & {"integração", "anuales", "cobrar", "integracyjne", "d'intégration"}


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("- Solid offline and online metrics", "offline and online metrics"),
        ("- Some inbound and outbound freight planning", None),
    ],
)
def test_a_modifier_before_and_shares_the_noun_after_it(line: str, phrase: str | None) -> None:
    asked = _listed(line)
    assert phrase is None or phrase in asked
    assert not asked & {"offline", "inbound"}


@pytest.mark.parametrize(
    ("line", "member"),
    [
        ("- Ideally in hospice, outpatient or palliative care", "outpatient"),
        ("- Patient, empathetic and a good listener", "empathetic"),
    ],
)
def test_a_word_that_ends_a_list_or_stands_before_an_article_is_a_member(
    line: str, member: str
) -> None:
    assert member in _listed(line)


def test_a_products_name_before_and_keeps_its_link() -> None:
    assert "sql" in _listed("- SQL avanzado y modelado")


def test_a_language_and_its_grades_are_no_shared_noun() -> None:
    asked = _asked("Analista\n\nRequisitos:\n- SQL\n- Inglés escrito y hablado\n")
    assert "english" in asked
    assert "inglés escrito y hablado" not in asked


@pytest.mark.parametrize(
    "line",
    ["- Geçerli TYD sertifikası", "- Temel Yaşam Desteği eğitimi almış", "- İYD sertifikası"],
)
def test_a_turkish_life_support_certificate_asks_for_resuscitation(line: str) -> None:
    # Turkish writes basic and advanced life support TYD and İYD (BLS, ACLS): a known skill,
    # not a requirement of words no reader can match
    role = read_post(f"Yoğun Bakım Hemşiresi\n\nAranan nitelikler:\n{line}\n- Hasta bakımı\n")
    assert "resuscitation" in must_skills(role)


@pytest.mark.parametrize(
    ("line", "grade"),
    [
        ("- Znajomość języka angielskiego w mowie i piśmie", "piśmie"),
        ("- Limba engleză scris și vorbit", "vorbit"),
        ("- Bahasa Inggris lisan dan tulisan", "tulisan"),
    ],
)
def test_how_a_language_is_used_grades_it_and_names_nothing(line: str, grade: str) -> None:
    # "in speech and writing": the language is the requirement, these words only grade it
    skills = _listed(line)
    assert "english" in skills
    assert grade not in skills


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("- Eine strukturierte und selbstständige Arbeitsweise", "eine strukturierte"),
        ("- Die Bereitschaft, Neues zu lernen", "die bereitschaft"),
        ("- Il gestionale e SAP", "il gestionale"),
    ],
)
def test_words_after_an_article_describe_and_name_nothing(line: str, fragment: str) -> None:
    # an article opens a description ("a structured way of working"), as "the" and "a" do
    assert fragment not in _listed(line)
