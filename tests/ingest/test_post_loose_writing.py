"""Regressions from a user's trial of issue 15 with job posts written loosely: a founder's chat
message, a recruiter's e-mail, a feed post, a careers page, one paragraph, a Word table."""

from __future__ import annotations

from tests.ingest.post_reading import quotes, read_post


def test_a_labelled_paragraph_after_a_bonus_list_is_no_longer_welcome() -> None:
    role = read_post(
        "We're hiring an ML engineer at Mavuno Analytics\n\n"
        "what you need:\n- Python\n- PyTorch\n\n"
        "Bonus:\n- Airflow\n- geospatial work\n\n"
        "Practical stuff: 5+ yrs doing ML please, fully remote within EAT +-3h.\n"
    )
    assert role.min_years == 5
    assert "ml" not in quotes(role, must=False)
    assert "airflow" in quotes(role, must=False)


def test_a_modifier_of_a_shared_model_links_only_as_the_whole_phrase() -> None:
    role = read_post(
        "Data Scientist at Mavuno Analytics\n\n"
        "Requirements:\n- Python and SQL\n\n"
        "Nice to have:\n- any credit risk or fraud modelling\n- churn or payments modelling\n"
    )
    skills = {s for r in role.requirements for s in r.member_skills}
    assert "assess mortgage risk" not in skills
    assert "credit risk modelling" in skills
    assert "python" in quotes(role, must=True)


def test_a_hiring_sentence_with_an_adverb_names_the_title_not_the_client() -> None:
    role = read_post(
        "Job Description: We are urgently hiring Senior Python Developer for our client, a "
        "leading product MNC at Bangalore. Exp: 5-8 yrs. Mandatory skills: Python, Django, "
        "Docker. Good to have: Redis.\n"
    )
    assert role.title == "Senior Python Developer"


def test_a_cv_sent_in_a_reply_is_no_computer_vision() -> None:
    role = read_post(
        "Data Engineer Senior\n\nRequisitos: Python y SQL avanzado, Spark. Si te interesa me "
        "respondes con tu CV actualizado y agendamos una llamada.\n"
    )
    assert "cv" not in quotes(role, must=True)


def test_the_readers_own_cv_is_no_computer_vision() -> None:
    role = read_post(
        "Subject: Urgent opening - Data Engineer - Bangalore\n\nHi,\n\nWe have an urgent "
        "requirement for Data Engineer with one of our esteemed client. Please find the JD below "
        "and revert with your updated CV if interested.\n\nKey skills required:\n- SQL\n"
        "- Python\n\nKindly share the below details along with your CV:\nTotal Exp:\n"
    )
    assert "cv" not in quotes(role, must=True) | quotes(role, must=False)
    assert {"sql", "python"} <= quotes(role, must=True)


def test_a_word_table_headed_exige_souhaite_gives_each_row_its_column() -> None:
    role = read_post(
        "Ingénieur(e) Machine Learning (H/F)\n\n"
        "L'équipe data de Teranga Assurances recrute un(e) ingénieur(e) ML.\n"
        "Critère | Exigé | Souhaité\nPython (pandas) | ✔ |\nPyTorch | ✔ |\nDocker | ✔ |\n"
        "MLflow | | ✔\nAnglais technique | | ✔\n"
    )
    assert {"python", "pytorch", "docker"} <= quotes(role, must=True)
    assert "mlflow" in quotes(role, must=False)
    assert "mlflow" not in quotes(role, must=True)


def test_a_structure_field_names_the_hiring_organisation() -> None:
    role = read_post(
        "FICHE DE POSTE – Ingénieur(e) Machine Learning (H/F)\n\n"
        "Structure : Teranga Assurances SA\nLieu : Dakar\n\n"
        "Profil : Python, PyTorch, Docker.\n"
    )
    assert role.company == "Teranga Assurances SA"


def test_an_open_vacancy_phrase_before_the_title_is_no_part_of_it() -> None:
    role = read_post(
        "🚀 VAGA ABERTA: Analista de Dados Pleno 🚀\n\nA Cajueiro Pagamentos tá crescendo!\n\n"
        "✅ O que a gente precisa:\n👉 SQL avançado\n👉 Python\n"
    )
    assert role.title == "Analista de Dados Pleno"


def test_a_pasted_breadcrumb_is_no_title() -> None:
    role = read_post(
        "Ta strona używa plików cookies. Korzystając z serwisu wyrażasz zgodę na ich użycie "
        "zgodnie z Polityką prywatności.   [Akceptuję]  [Ustawienia]\n\n"
        "Wiśniowy Handel S.A.\nStrona główna | O firmie | Kariera | Kontakt\n\n"
        "Kariera > Aktualne oferty > Księgowa / Księgowy\n\nKSIĘGOWA / KSIĘGOWY\n"
        "Poznań | umowa o pracę | pełny etat\n\n"
        "Od kandydatów oczekujemy:\n- znajomości Excela\n"
    )
    assert "Kariera" not in role.title
    assert "Księgowa" in role.title


def test_a_brazilian_pro_time_closes_the_hired_title() -> None:
    role = read_post(
        "🚨 VAGA ABERTA 🚨 Estamos contratando Cientista de Dados Sênior pro time de "
        "precificação aqui na Jabuticaba Seguros! 💜\n\n🎯 O que a gente espera de você:\n"
        "👉 Python e SQL no dia a dia\n"
    )
    assert role.title == "Cientista de Dados Sênior"


def test_a_refused_fully_remote_leaves_the_stated_hybrid() -> None:
    role = read_post(
        "We are hiring a Backend Engineer at Kobo360 Pay!!\n\nMust have:\n- Node.js\n\n"
        "Hybrid, 3 days in office in Yaba. Only people based in Lagos pls, we cannot do fully "
        "remote for this one\n"
    )
    assert role.remote_policy.value == "hybrid"


def test_digits_glued_to_a_word_are_part_of_the_company_name() -> None:
    role = read_post(
        "Good morning everyone pls help me share\n\nWe are hiring at Kobo360 Pay!! We're a small "
        "fintech in Yaba.\nLooking for a Backend Engineer to join our team of 6\n\n"
        "Must have:\n- Node.js or Go\n"
    )
    assert role.company == "Kobo360 Pay"


def test_one_of_our_esteemed_client_keeps_the_agency_out_of_the_company() -> None:
    role = read_post(
        "Subject: Urgent opening - Data Engineer - Bangalore\n\nHi,\n\n"
        "Greetings from Rangoli Staffing Solutions!!\n\nWe have an urgent requirement for Data "
        "Engineer with one of our esteemed client, a top MNC in banking.\n\n"
        "Key skills required:\n- SQL\n- Python\n\nThanks & Regards,\nSneha Reddy\n"
        "Senior Technical Recruiter | Rangoli Staffing Solutions\n"
    )
    assert role.company == ""


def test_tools_of_one_practice_offered_as_a_choice_keep_the_choice() -> None:
    role = read_post(
        "Data Engineer\n\nKey skills required:\n- SQL\n\nGood to have: Kafka, Power BI/Tableau.\n\n"
        "Seria um diferencial: MLflow, Looker, Qlik ou Metabase.\n"
    )
    groups = [sorted(r.member_skills) for r in role.requirements if len(r.member_skills) > 1]
    assert ["Power BI", "Tableau"] in groups
    assert ["Looker", "Metabase", "Qlik"] in groups


def test_a_tool_beside_other_names_of_its_practice_joins_their_choice() -> None:
    role = read_post(
        "Data Engineer\n\nRequisitos:\n- orquestación con Airflow, Dagster o Prefect\n"
        "- SQL, Power BI o Tableau\n"
    )
    groups = [sorted(r.member_skills) for r in role.requirements if len(r.member_skills) > 1]
    assert ["Apache Airflow", "Dagster", "Prefect"] in groups
    assert ["Power BI", "Tableau"] in groups
    assert "SQL" in {r.skill for r in role.requirements if not r.alternatives}
