"""Job posts as employers and recruiters in Kenya, South Africa, Chile, Romania, Pakistan,
Turkey, Malaysia and Morocco write them (batch trial26b-a): what a post says it does not need,
the grade of a language, the perks among the requirements, who posts it, where the hire may work
from, years offered in place of a degree, and the hours the hire must share."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_post

from worldhire.ingest.posts.allowed import allowed_countries_in


def _requirements(line: str) -> str:
    return f"Position: Data Engineer\n\nRequirements:\n- Strong SQL and Python\n- {line}\n"


@pytest.mark.parametrize(
    ("line", "denied"),
    [
        # the need denied of a thing named by more than three words
        ("No prior Terraform or Ansible experience needed", "terraform"),
        ("No previous hands-on Kubernetes work required", "kubernetes"),
        # what follows the dash says why it is not needed, naming the thing again
        ("No Airflow experience needed – our platform team runs an Airflow course", "airflow"),
        ("No coding skills needed – the robotics club has its own teacher", "robotics"),
        # in French, and in Roman Urdu in a Pakistani recruiter's post ("not necessary, we will
        # train")
        ("Aucune connaissance en Kubernetes n'est demandée", "kubernetes"),
        ("Aucune expérience sur Terraform n’est requise, nous formons", "terraform"),
        ("Airflow knowledge zaroori nahi, training denge", "airflow"),
    ],
)
def test_a_need_denied_asks_for_nothing(line: str, denied: str) -> None:
    role = read_post(_requirements(line))
    named = quotes(role, must=True) | quotes(role, must=False)
    assert not any(denied in name for name in named)
    assert {"sql", "python"} <= quotes(role, must=True)


def test_a_denial_followed_by_a_contrast_leaves_what_the_contrast_asks() -> None:
    role = read_post(_requirements("No Java needed – but Kotlin is a must"))
    assert "kotlin" in quotes(role, must=True)
    assert "java" not in quotes(role, must=True)


@pytest.mark.parametrize("line", ["Excellent English, written and spoken (C1 level)",
                                  "Good English (level B2 or above)"])
def test_a_languages_grade_is_no_requirement_of_its_own(line: str) -> None:
    role = read_post(_requirements(line))
    named = quotes(role, must=True)
    assert "english" in named
    assert not any(grade in name for name in named for grade in ("c1", "b2"))


@pytest.mark.parametrize("line", ["🚗 Pick & drop facility", "Free transport facility",
                                  "Night shift allowance"])
def test_a_perk_among_the_requirements_is_no_requirement(line: str) -> None:
    role = read_post(_requirements(line))
    assert quotes(role, must=True) == {"sql", "python"}


def test_an_organisation_field_names_the_employer() -> None:
    role = read_post(
        "VACANCY ANNOUNCEMENT\n\nRef. No: TWT/HR/2027/03\nPosition: Programme Accountant\n"
        "Organisation: Tumaini Water Trust (TWT)\nDuty station: Nakuru, Kenya\n"
        "Reports to: Finance Manager\n\nMinimum qualifications\n- CPA (K)\n- Advanced Excel\n"
    )
    assert role.company == "Tumaini Water Trust"


@pytest.mark.parametrize(
    "line", ["Çalışma şekli: tam zamanlı, ofiste (uzaktan çalışma yok).",
             "Uzaktan çalışma imkanı yoktur, çalışma yeri Kadıköy ofisimizdir."]
)
def test_remote_work_ruled_out_in_turkish_is_onsite(line: str) -> None:
    role = read_post(
        "Pozisyon: Muhasebe Uzmanı\n\nAranan nitelikler:\n- Logo Tiger\n- İleri düzey Excel\n\n"
        f"{line}\n"
    )
    assert role.remote_policy.value == "onsite"


def test_the_office_beside_remote_work_from_a_country_leaves_the_country() -> None:
    assert allowed_countries_in(
        "Puedes trabajar desde nuestra oficina en Valparaíso o 100% remoto desde Chile."
    ) == ["CL"]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Candidații trebuie să locuiască în România.", "RO"),
        ("Căutăm colegi care locuiesc în Republica Moldova.", "MD"),
    ],
)
def test_where_the_hire_must_live_in_romanian_restricts(sentence: str, country: str) -> None:
    assert allowed_countries_in(sentence) == [country]


@pytest.mark.parametrize(
    "sentence", ["📍 Karachi based candidates only", "Faisalabad-based applicants only please"]
)
def test_a_town_based_hire_only_stands_for_its_country(sentence: str) -> None:
    assert allowed_countries_in(sentence) == ["PK"]


def test_a_town_based_company_restricts_nothing() -> None:
    assert allowed_countries_in("Our client, a Karachi-based fintech, is hiring.") == []


@pytest.mark.parametrize(
    "post",
    [
        "Position: Data Engineer\n\nRequirements:\n- BSc in Computer Science, OR a diploma plus "
        "6+ years of hands-on data work instead of the degree\n- 3+ years building pipelines "
        "with SQL and Python\n",
        "Poste : Chef d'équipe logistique\n\nProfil recherché : de formation Bac+2 en logistique "
        "(ou 6 ans d'expérience sur un poste similaire), vous justifiez d'au moins 3 ans "
        "d'expérience en entrepôt et vous maîtrisez Excel.\n",
    ],
)
def test_years_offered_in_place_of_a_degree_are_not_the_minimum(post: str) -> None:
    assert read_post(post).min_years == 3


@pytest.mark.parametrize("package", ["SUN Systems", "Sage Pastel"])
def test_accounting_packages_people_name_are_read_as_accounting_systems(package: str) -> None:
    role = read_post(_requirements(f"Experience with {package}"))
    assert {r.quote: r.skill for r in role.requirements}[package] == "use accounting systems"


def test_a_category_before_its_kind_of_product_and_a_choice_asks_for_the_choice() -> None:
    role = read_post(
        "Position: Finance Officer\n\nMinimum qualifications\n- Proficiency in one of the "
        "following accounting packages: QuickBooks, Xero or Zoho Books\n- Advanced Excel\n"
    )
    named = quotes(role, must=True)
    assert "accounting" not in named
    assert "advanced excel" in named and {"quickbooks", "xero", "zoho books"} & named


def test_overlap_asked_for_with_coincidir_in_spanish() -> None:
    role = read_post(
        "Backend Engineer\n\nLo que buscamos\n- Go y PostgreSQL\n\nModalidad: 100% remoto. "
        "Necesitamos que coincidas al menos 4 horas con el horario de la oficina de Lima "
        "(9:00 a 18:00).\n"
    )
    assert role.min_overlap_hours == 4


@pytest.mark.parametrize(
    "value", ["a large short-term insurer (name shared once you're shortlisted)",
              "an international logistics group"]
)
def test_a_client_field_that_describes_the_client_names_no_company(value: str) -> None:
    role = read_post(
        f"Data Engineer (Intermediate) – Sandton\nClient: {value}\n\n"
        "What they need:\n- SQL and Python\n- Azure Data Factory\n"
    )
    assert role.company == ""
