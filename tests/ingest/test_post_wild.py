"""Job posts as people write them in the wild (issue 15, the dev-posts-wild batch): recruiters
writing for a client they do not name, posts signed by their team, "Who's hiring" lines, titles
under a greeting or below the sentence that announces them, nice-to-haves stated inside a
requirement, and visa and right-to-work sentences in Spanish and Russian. One test per reading
rule, on the literal linker."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import must_skills as _must
from tests.ingest.post_reading import nice_skills as _nice
from tests.ingest.post_reading import read_post as _role

from worldhire.core.models import RemotePolicy
from worldhire.ingest.posts.allowed import allowed_countries_of
from worldhire.ingest.posts.fields import overlap_in, pay_in, remote_policy_of, visa_in, window_in

AGENCY_EMAIL = """Subject: Senior Backend Engineer (Kotlin) – Series B fintech, Lisbon

Hi Marta,

I came across your profile and thought you might be a great fit for a role I'm working on.

Our client, a Series B fintech in Lisbon, is looking for a Senior Backend Engineer to join their
ledger team.

What they need:
- 6+ years of backend development
- Kotlin or Java
- PostgreSQL

The package is €70-85k base, hybrid. Would you be open to a quick chat?

Best,
Tom Rennick
Senior Consultant | Northvale Talent
"""


def test_a_recruiter_s_unnamed_client_is_no_company() -> None:
    role = _role(AGENCY_EMAIL)
    # Neither what the client is ("a Series B fintech") nor the recruiter's agency.
    assert role.company == ""
    assert role.title.startswith("Senior Backend Engineer")


@pytest.mark.parametrize(
    "opening",
    [
        "Für unseren Kunden, ein Versicherungsunternehmen in Zürich, suchen wir eine/n",
        "Dla naszego klienta – firmy ubezpieczeniowej z Krakowa – szukamy osoby na stanowisko",
        "Je vous contacte au sujet d'une opportunité chez l'un de nos clients, à Casablanca.",
    ],
)
def test_an_unnamed_client_in_other_languages_leaves_the_agency_out(opening: str) -> None:
    role = _role(
        f"Data Engineer\n\n{opening}\n\nRequirements\n- Python\n- SQL\n\nApply by e-mail.\n\n"
        "Best regards,\nAnna Nowak\nKruk Talent Sp. z o.o.\n"
    )
    assert role.company == ""


def test_a_company_that_works_for_a_client_is_still_the_employer() -> None:
    role = _role(
        "En Consultora Puelche buscamos un Desarrollador Full Stack para un cliente del rubro "
        "seguros.\n\nRequisitos\n- React\n- Node.js\n"
    )
    assert role.company == "Consultora Puelche"


SIGNED = """🚀 We're hiring! 🚀

Sr. ML Eng (m/w/d) – Remote EU – 80-95k€

What you bring 👇
✅ Python & PyTorch
✅ solid SQL

Bonus points if you've used Ray 🎯

— Joris, on behalf of the Vlinder Labs team

#hiring #machinelearning
"""


def test_a_post_signed_by_its_team_names_its_company_and_its_title_keeps_no_noise() -> None:
    role = _role(SIGNED)
    assert role.company == "Vlinder Labs"
    assert role.title == "Sr. ML Eng"  # not "We're hiring!", without the place and the pay
    assert "Ray" in _nice(role)


def test_a_who_s_hiring_line_gives_the_company_and_the_title() -> None:
    role = _role(
        "Corvid Health | Senior Platform Engineer | REMOTE (US or Canada) | Full-time | "
        "$160k–$190k\n\nWe build prior-authorization software. We're looking for someone with 5+ "
        "years running production infrastructure: Terraform, Kubernetes and AWS. No visa "
        "sponsorship at this time.\n"
    )
    assert role.title == "Senior Platform Engineer"
    assert role.company == "Corvid Health"


def test_i_m_looking_for_our_first_names_the_role_and_its_company() -> None:
    role = _role(
        "Big news: we're finally growing the team 🎉\n\nI'm looking for our first Product "
        "Designer at Tidepool Robotics. You'll need 4+ years of product design and Figma. "
        "Spanish is a must, Portuguese a plus.\n\n#productdesign #hiring\n"
    )
    assert role.title == "Product Designer"
    assert role.company == "Tidepool Robotics"
    assert "Spanish" in _must(role) and "Portuguese" in _nice(role)


def test_a_title_in_an_about_us_paragraph_is_found() -> None:
    role = _role(
        "## About Fernway\n\nFernway builds route-planning software for regional bus operators "
        "across Kenya, Uganda and Tanzania. This year "
        "we are adding a Senior Data Engineer to the platform team. You should be comfortable "
        "with Python and SQL.\n"
    )
    assert role.title == "Senior Data Engineer"


def test_a_title_after_a_greeting_on_the_same_line() -> None:
    role = _role(
        "Привет! Открыта вакансия Senior Golang-разработчик в продуктовую финтех-компанию\n\n"
        "Что важно:\n- от 5 лет коммерческой разработки на Go\n- PostgreSQL\n\n"
        "Условия: €5 000–6 500 gross в месяц, компания помогает с релокацией и визой.\n"
    )
    assert role.title == "Senior Golang-разработчик"
    assert role.visa_sponsorship is True


def test_the_title_on_its_own_line_below_the_sentence_that_announces_it() -> None:
    role = _role(
        "Für unseren Kunden, ein etabliertes Versicherungsunternehmen im Raum Zürich, suchen wir "
        "per sofort oder nach Vereinbarung eine/n\n\nML Engineer / MLOps Engineer (80–100 %)\n\n"
        "Ihr Profil\n- Python\n- Kubernetes\n"
    )
    assert role.title == "ML Engineer / MLOps Engineer"


def test_a_line_opening_with_a_hashtag_is_no_heading() -> None:
    role = _role(
        "#opportunitàdilavoro Per un'importante realtà del settore energy ricerchiamo un/a\n\n"
        "DATA ENGINEER SENIOR\n\nRequisiti:\n- Python\n- SQL\n\n#datajobs #milano\n"
    )
    assert role.title == "Data Engineer Senior"
    assert role.company == ""


def test_work_from_home_after_a_title_is_no_part_of_it() -> None:
    role = _role(
        "Data Analyst (Work from Home)\nBayanihan Outsourcing Solutions Inc.\n\nQualifications:\n"
        "- SQL\n- Excel\n"
    )
    assert role.title == "Data Analyst"


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        ("Jesteśmy Sowa Systems z Wrocławia – robimy oprogramowanie dla aptek.", "Sowa Systems"),
        ("A Cajuína Tech, empresa de tecnologia para o agronegócio, está contratando!",
         "Cajuína Tech"),
        ("Công ty CP Thương mại Hoa Sữa (chuỗi 120 cửa hàng) cần tuyển 02 Data Analyst.",
         "Công ty CP Thương mại Hoa Sữa"),
        ("PT Rempah Digital Nusantara membuka lowongan:", "PT Rempah Digital Nusantara"),
    ],
)
def test_the_company_where_a_post_s_opening_sentence_names_it(opening: str, company: str) -> None:
    role = _role(f"Data Engineer\n\n{opening}\n\nRequisitos:\n- Python\n- SQL\n")
    assert role.company == company


REQUIREMENTS = """Data Analyst

Requirements
- Experience with A/B testing, ideally in a consumer business
- Minimum 1 year of SQL experience, preferably in fintech or banking
- C++ for the on-robot stack, ROS 2 ideally (not a must)
- Python for analysis (pandas) – not a must
- Experience with Kafka is a plus
"""


def test_a_welcome_inside_a_requirement_governs_only_its_own_words() -> None:
    role = _role(REQUIREMENTS)
    must, nice = _must(role), _nice(role)
    assert {"A/B testing", "SQL", "C++"} <= must
    assert {"ROS", "Python", "pandas", "Apache Kafka"} <= nice
    assert not must & {"ROS", "Python", "pandas", "Apache Kafka"}
    assert role.min_years == 1  # the years stand outside the welcome


@pytest.mark.parametrize(
    ("sentence", "nice"),
    [
        ("Experience with DHIS2 or other health data would be a real advantage, as would some R.",
         "R"),
        ("La connaissance de Looker serait un plus, ainsi qu'une certification PMP.", "PMP"),
        ("Costituiscono titolo preferenziale la certificazione RHCE e l'esperienza con OpenShift.",
         "OpenShift"),
        ("Python i SQL, bisa Docker menjadi nilai plus.", "Docker"),
    ],
)
def test_a_welcome_reaches_the_names_it_speaks_of(sentence: str, nice: str) -> None:
    role = _role(f"Data Engineer\n\nRequirements\n- Airflow\n- {sentence}\n")
    assert nice in _nice(role)
    assert "Apache Airflow" in _must(role)


def test_russian_and_spanish_ways_of_saying_a_skill_is_welcome() -> None:
    role = _role(
        "Data Engineer (Senior)\n\nМы ждем, что ты\n— уверенно пишешь на Python и SQL\n\n"
        "Будет здорово, если есть опыт с Kafka или dbt\n\n¿Qué buscamos?\n- Airflow\n\n"
        "Suma mucho si tenés experiencia con MLflow\n"
    )
    assert {"Python", "SQL", "Apache Airflow"} <= _must(role)
    assert {"Apache Kafka", "dbt", "MLflow"} <= _nice(role)


def test_a_cv_to_send_and_who_the_hire_must_be_name_no_skill() -> None:
    role = _role(
        "Backend Engineer\n\nKualifikasi:\n- Pria/Wanita, maks. 35 tahun\n- Min. S1 Teknik "
        "Informatika\n- Golang\n\nDiferenciais:\n- Docker\n- Se fizer sentido, me manda seu CV "
        "atualizado.\n"
    )
    skills = _must(role) | _nice(role)
    assert "computer vision" not in skills
    assert skills == {"Go", "Docker"}


@pytest.mark.parametrize(
    ("sentence", "visa"),
    [
        ("Sin patrocinio de visa; debes contar con permiso para trabajar en México.", False),
        ("Компания помогает с релокацией и визой для всей семьи.", True),
        ("Ein Visa-Sponsoring ist für diese Position leider nicht möglich.", False),
    ],
)
def test_visa_sentences_in_spanish_russian_and_german(sentence: str, visa: bool) -> None:
    assert visa_in(sentence) is visa


def test_a_permit_to_work_in_a_country_restricts_to_it() -> None:
    assert allowed_countries_of(
        ["Sin patrocinio de visa; debes contar con permiso para trabajar en México."]
    ) == ["MX"]


@pytest.mark.parametrize(
    ("sentence", "hours", "zone"),
    [
        ("Horario flexible con reuniones entre las 10:00 y las 13:00 (hora peninsular).", 3,
         "Europe/Madrid"),
        ("Horário flexível, com reuniões entre 10h e 16h (horário de Brasília)", 6,
         "America/Sao_Paulo"),
        ("гибкий график, но созвоны с 11:00 до 14:00 по Белграду", 3, "Europe/Belgrade"),
        ("обов'язковий онлайн з 11:00 до 16:00 за київським часом", 5, "Europe/Kyiv"),
        ("con reuniones de equipo de 10 a 13 (hora Argentina) todos los días", 3,
         "America/Argentina/Buenos_Aires"),
    ],
)
def test_a_daily_meeting_window_is_the_overlap_asked_for(
    sentence: str, hours: float, zone: str
) -> None:
    overlap = overlap_in(sentence)
    assert overlap is not None
    assert (overlap.hours, overlap.zone) == (hours, zone)


def test_between_two_numbers_of_years_or_money_is_no_window() -> None:
    assert window_in("entre 2 y 3 años de experiencia") is None
    assert window_in("between 2 and 3 years") is None


@pytest.mark.parametrize(
    ("sentence", "policy"),
    [
        ("En CDI, sur site avec 1 jour de télétravail par semaine.", RemotePolicy.HYBRID),
        ("Praca zdalna z Polski albo hybrydowo we Wrocławiu", RemotePolicy.REMOTE),
        ("Praca zdalna z elementami pracy w biurze, hybrydowo", RemotePolicy.HYBRID),
    ],
)
def test_work_modes_with_one_day_at_home_or_remote_from_a_country(
    sentence: str, policy: RemotePolicy
) -> None:
    assert remote_policy_of(sentence) is policy


def test_a_period_in_an_earlier_clause_is_not_the_pay_s() -> None:
    pay = pay_in("Hybrid from Valencia (2 days/week at the workshop), €45-55k.")
    assert pay is not None
    assert (pay.low, pay.high, pay.period) == (45000, 55000, "year")


def test_an_office_in_a_russian_city_case_gives_the_zone() -> None:
    role = _role(
        "Senior Go Developer\n\nТребования:\n- Go\n- PostgreSQL\n\n"
        "Условия: офис в Лимасоле (гибрид, 3 дня в офисе).\n"
    )
    assert role.timezone == "Asia/Nicosia"


@pytest.mark.parametrize(
    ("page", "title", "company"),
    [
        ("Work.ua   Вакансії   Резюме\n\nБухгалтер з первинної документації\n18 000 – 22 000 грн\n"
         "ТОВ «Агроформат Поділля»\nВінниця\n", "Бухгалтер з первинної документації",
         "ТОВ «Агроформат Поділля»"),
        ("TopCV   Việc làm   Công ty\n\nNhân Viên Kế Toán Tổng Hợp\n"
         "CÔNG TY TNHH THỰC PHẨM BÌNH MINH XANH\nMức lương: 12 - 15 triệu\n",
         "Nhân Viên Kế Toán Tổng Hợp", "CÔNG TY TNHH THỰC PHẨM BÌNH MINH XANH"),
        ("Vagas   Empresas   Entrar\n\nAnalista de Dados Sênior\n"
         "Cooperativa Agrícola Vale do Paranapanema\nPresencial · Assis - SP · Efetivo (CLT)\n",
         "Analista de Dados Sênior", "Cooperativa Agrícola Vale do Paranapanema"),
    ],
)
def test_a_job_board_page_s_title_and_company_lines(page: str, title: str, company: str) -> None:
    role = _role(f"{page}\nВимоги / Yêu cầu / Requisitos:\n- Excel\n- SQL\n")
    assert (role.title, role.company) == (title, company)


def test_a_company_with_its_city_before_the_hiring_verb() -> None:
    role = _role(
        "Salutare! 👋 La Nord Pixel Studio din Cluj căutăm un Senior Frontend Developer care să "
        "ni se alăture.\n\nCe ne dorim de la tine:\n- React\n- TypeScript\n"
    )
    assert role.company == "Nord Pixel Studio"


def test_a_spanish_agency_helping_a_client_is_no_company() -> None:
    role = _role(
        "Asunto: Propuesta – Data Engineer Senior (remoto, España)\n\nHola Javier,\n\nTe escribo "
        "desde Talento Norte porque estamos ayudando a un cliente, una aseguradora de Bilbao, a "
        "encontrar un Data Engineer Senior.\n\nLo imprescindible:\n• Spark\n• SQL\n\nUn saludo,\n"
        "Irene Sáez\nTalento Norte | Selección IT\n"
    )
    assert role.company == ""


def test_permit_support_is_sponsorship_and_handy_is_welcome() -> None:
    role = _role(
        "# Data Scientist – Growth\n\n## What we're looking for\n- Python and SQL\n"
        "- dbt experience would be handy but we'll teach you\n\n## Good to know\n- We're able to "
        "support Critical Skills Employment Permit applications for the right candidate.\n"
    )
    assert role.visa_sponsorship is True
    assert "dbt" in _nice(role) and "dbt" not in _must(role)


def test_ukrainian_years_in_the_genitive() -> None:
    role = _role("Бухгалтер\n\nВимоги:\n- досвід роботи від 1 року\n- Excel\n")
    assert role.min_years == 1


def test_a_visa_sentence_names_no_skill_but_a_bullet_with_a_permit_keeps_its_skills() -> None:
    role = _role(
        "Data Engineer\n\nRequirements\n- Python\n- Deutsch fließend, gültige Arbeitserlaubnis\n\n"
        "Unfortunately we cannot sponsor work permits, so you need to be eligible to work in "
        "Kenya.\n"
    )
    assert {"Python", "German"} <= _must(role)
    assert not any("permit" in r.skill for r in role.requirements)
