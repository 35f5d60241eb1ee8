"""Job posts as companies and recruiters paste them (issue 15): a WhatsApp message, a Turkish
social post, a Markdown table, a careers page with curly apostrophes, a DOU header, emoji
bullets; one test per reading rule, on the literal linker (no model)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.models import RemotePolicy
from worldhire.ingest.parse import parse_role_bytes
from worldhire.ingest.posts.allowed import allowed_countries_of
from worldhire.ingest.posts.detection import looks_like_post
from worldhire.ingest.posts.fields import remote_policy_of, visa_in
from worldhire.ingest.shared.pay import find_pay

WHATSAPP = """[09:14, 12/01/2026] Thandi Recruits: Morning all urgent one for a client in fintech

*DATA ENGINEER (Intermediate)*
📍 Cape Town CBD – hybrid, 3 days in office
💰 R 58 000 per month CTC
✅ Must have: SQL, Python, Databricks
➕ Nice to have: Power BI
"""

TURKISH_SOCIAL = """📢 Ekibimize katılacak Veri Analisti arıyoruz! #işilanı

Kuzgun Teknoloji olarak analitik ekibimizi büyütüyoruz.

Aradığımız yetkinlikler:
🔹 En az 2 yıl veri analizi deneyimi
🔹 İleri seviye SQL

Artı olarak değerlendirilecek:
🔹 Kafka

📍 Tamamen uzaktan (yalnızca Türkiye'de ikamet eden adaylar)
💰 Aylık brüt 120.000 TL'ye kadar
"""

TABLE_POST = """## Open role: Backend Engineer (Go) @ Lindqvist Robotics

| | |
|---|---|
| **Team** | Fleet Platform |
| **Hours** | 4h overlap with CET |

### Must
| Skill | Level |
|---|---|
| Go | 3+ years in production |
| PostgreSQL | solid |

### Plus
| Skill | Why |
|---|---|
| Kafka | our robots stream events |
"""


def test_a_chat_message_with_emoji_field_labels_is_a_post() -> None:
    assert looks_like_post(WHATSAPP)
    role = parse_role_bytes(WHATSAPP.encode(), "chat.txt")
    assert role.title == "DATA ENGINEER (Intermediate)"
    assert role.company != "Cape Town CBD"  # a pinned place is no company
    assert role.budget is not None and role.budget.currency == "ZAR"


def test_a_turkish_social_post_is_read_with_its_verb_last_title() -> None:
    assert looks_like_post(TURKISH_SOCIAL)
    role = parse_role_bytes(TURKISH_SOCIAL.encode(), "post.txt")
    assert (role.title, role.company) == ("Veri Analisti", "Kuzgun Teknoloji")
    must = {r.skill_id for r in role.requirements if r.must}
    nice = {r.skill_id for r in role.requirements if not r.must}
    assert "wh:sql" in must and "wh:kafka" in nice
    assert role.remote_policy is RemotePolicy.REMOTE and role.allowed_countries == ["TR"]
    assert role.budget is not None and role.budget.currency == "TRY"


def test_a_markdown_table_post_reads_rows_as_items_and_its_heading_as_title() -> None:
    role = parse_role_bytes(TABLE_POST.encode(), "post.md")
    assert (role.title, role.company) == ("Backend Engineer (Go)", "Lindqvist Robotics")
    must = {r.skill_id for r in role.requirements if r.must}
    nice = {r.skill_id for r in role.requirements if not r.must}
    assert {"wh:go", "wh:postgresql"} <= must and "wh:kafka" in nice
    assert not any("Skill" in r.skill for r in role.requirements)  # a header row
    assert role.min_overlap_hours == 4


def test_a_heading_typed_without_colon_over_a_list_opens_its_section() -> None:
    text = (
        "Analytics Engineer\n\nWhat we’re looking for\n• Strong SQL\n\n"
        "It’d be great if you also had\n• Looker\n• Python for scripting\n"
    )
    role = parse_role_bytes(text.encode(), "page.txt")
    nice = {r.skill_id for r in role.requirements if not r.must}
    assert "wh:python" in nice


def test_a_curly_apostrophe_refusal_refuses_sponsorship() -> None:
    assert (
        visa_in("You must have the right to work in the UK – we can’t offer visa sponsorship.")
        is False
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Télétravail : 3 jours par semaine, 2 jours au bureau (Paris 11e).",
        "Hybrid: 2 days a week in the office near Centraal",
        "Télétravail fréquent",
        "2 Tage pro Woche im Büro, Rest mobil",
    ],
)
def test_days_in_the_office_make_a_hybrid_job(sentence: str) -> None:
    assert remote_policy_of(sentence) is RemotePolicy.HYBRID


def test_countries_named_inside_a_region_win_and_one_outside_adds_to_it() -> None:
    latam = allowed_countries_of(
        ["100% remoto, LATAM only: solo podemos tomar candidatos en México, Colombia o Argentina"]
    )
    assert latam == ["MX", "CO", "AR"]
    eu_and_uk = allowed_countries_of(["Remote within the EU, or from the UK."])
    assert "GB" in eu_and_uk and "PL" in eu_and_uk


def test_company_lines_under_the_title_on_job_boards() -> None:
    dou = (
        "Senior Data Scientist (Computer Vision)\nв Трипілля Софт\n"
        "Віддалено · Київ · $4000–5500\n\n"
        "Необхідні навички\n— Python, PyTorch\n"
    )
    role = parse_role_bytes(dou.encode(), "dou.txt")
    assert role.company == "Трипілля Софт"
    assert role.budget is not None and role.budget.period == "month"
    itviec = (
        "Việc làm IT  Công ty  Blog\n\nSenior Data Engineer\nCông ty Cổ phần Công nghệ Sông Hồng\n"
        "Hà Nội · Làm việc tại văn phòng\n\nYêu cầu công việc\n- Python và SQL\n"
    )
    assert parse_role_bytes(itviec.encode(), "it.txt").company == (
        "Công ty Cổ phần Công nghệ Sông Hồng"
    )


def test_a_closing_line_with_a_lower_case_legal_form_names_the_company() -> None:
    text = (
        "QA Automation Engineer – B2B contract – Remote\n\n- Playwright with TypeScript\n"
        "- nice: k6 performance tests\n\nApply: hr@northbridge-staffing.example\n"
        "Northbridge Staffing sp. z o.o.\n"
    )
    assert parse_role_bytes(text.encode(), "p.txt").company == "Northbridge Staffing sp. z o.o."


def test_logistics_bullets_give_no_free_text_requirement() -> None:
    text = (
        "Desarrollador Backend\n\nRequisitos:\n✔️ Python\n✔️ Deseable: AWS\n"
        "⏰ Horario: 8:00 a 17:00 (hora Colombia)\n💵 USD 2.800 - 3.500 mensuales\n"
    )
    skills = {r.skill for r in parse_role_bytes(text.encode(), "p.txt").requirements}
    assert "Python" in skills and not skills & {"Horario", "Deseable", "USD"}


@given(
    amount=st.integers(min_value=40, max_value=999),
    written=st.sampled_from(["{a}.000 TL", "{a}.000 TL'ye kadar", "aylık {a}.000 TL net"]),
)
def test_lira_written_after_the_amount(amount: int, written: str) -> None:
    found = find_pay(written.format(a=amount))
    assert found and found[0].currency == "TRY" and found[0].high == amount * 1000


@given(
    low=st.integers(min_value=2_000, max_value=4_500),
    step=st.integers(min_value=0, max_value=3_000),
)
def test_a_dollar_range_without_period_in_the_thousands_is_monthly(low: int, step: int) -> None:
    found = find_pay(f"${low}–{low + step}")
    assert found and found[0].period == "month" and found[0].period_stated is False


def test_what_a_language_is_used_for_and_how_well_gives_no_requirement() -> None:
    text = (
        "ML Engineer\n\nProfil recherché\n- Python\n- Anglais courant (publications, conférences)\n"
        "- Fluent written and spoken English\n- Bisa bahasa Inggris (pasif OK)\n"
        "- Monitoreo de modelos (drift, latencia)\n"
    )
    skills = {r.skill for r in parse_role_bytes(text.encode(), "p.txt").requirements}
    assert "Python" in skills
    assert not skills & {"research publications", "conférences", "Fluent written", "pasif OK"}
    assert not skills & {"drift", "latencia"}


def test_the_first_half_of_a_title_is_no_requirement() -> None:
    text = (
        "Data Engineer\n\nRequirements:\n- You worked three years or more as an ML or data "
        "engineer\n- Python\n"
    )
    ids = {r.skill_id for r in parse_role_bytes(text.encode(), "p.txt").requirements}
    assert "wh:python" in ids and "wh:machine-learning" not in ids


KIT_AND_CLOUD = """Virtual Assistant (Remote)

Requirements:
- 2+ years as a virtual assistant
- Google Sheets
- Docker and cloud (AWS or GCP)
- a cloud warehouse (we use BigQuery)
- Must have own laptop and backup internet
- stable internet connection + backup power
"""


def test_kit_the_hire_must_own_names_no_skill() -> None:
    role = parse_role_bytes(KIT_AND_CLOUD.encode(), "post.txt")
    labels = {r.skill for r in role.requirements}
    assert not {"backup and recovery", "power electronics"} & labels
    assert not any("internet" in label or "laptop" in label for label in labels)


def test_a_category_word_before_a_choice_of_its_instances_asks_for_them() -> None:
    role = parse_role_bytes(KIT_AND_CLOUD.encode(), "post.txt")
    labels = {s for r in role.requirements for s in r.member_skills}
    assert {"Amazon Web Services", "Google Cloud Platform", "BigQuery", "Docker"} <= labels
    assert "cloud computing" not in labels
    assert not any("cloud" in label for label in labels if label != "Google Cloud Platform")
    python = parse_role_bytes(b"Data Engineer\n\nRequirements:\n- Python (pandas or Polars)\n",
                              "post.txt")  # fmt: skip
    assert "Python" in {s for r in python.requirements for s in r.member_skills}


@pytest.mark.parametrize(
    ("line", "category", "offered"),
    [
        ("- Algún orquestador: Airflow, Dagster o Prefect", "orquestador", {"Apache Airflow"}),
        ("- Cloud : AWS ou Azure", "cloud computing", {"Amazon Web Services", "Microsoft Azure"}),
        ("- Paham database PostgreSQL/MySQL", "database", {"PostgreSQL", "MySQL"}),
        # "any one" after the list makes it a choice as an "or" does
        ("- Cloud: AWS, GCP, Azure any one", "cloud computing",
         {"Amazon Web Services", "Google Cloud Platform", "Microsoft Azure"}),
    ],
)
def test_a_category_word_before_a_choice_of_names_asks_for_one_of_them(
    line: str, category: str, offered: set[str]
) -> None:
    role = parse_role_bytes(f"Data Engineer\n\nRequirements:\n{line}\n- Git\n".encode(),
                            "post.txt")  # fmt: skip
    must = {s for r in role.requirements if r.must for s in r.member_skills}
    assert offered <= must
    assert category not in must
    kept = parse_role_bytes(b"Data Engineer\n\nRequirements:\n- Python: pandas or Polars\n",
                            "post.txt")  # fmt: skip
    assert "Python" in {s for r in kept.requirements for s in r.member_skills}


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        ("Jobs bei Alpenkern GmbH\n\nSenior Frontend Engineer (m/w/d)\nRemote · Vollzeit\n\n"
         "Dein Profil\n- Vue.js\n- TypeScript\n", "Senior Frontend Engineer", "Alpenkern GmbH"),
        ("Subject: Remote ML Engineer role - Kenya / Nigeria\n\nHi there,\n\nI'm recruiting for "
         "one of our clients, Sokoni Pay, a payments startup based in Nairobi.\n\nMust haves:\n"
         "- Python\n- SQL\n", "ML Engineer", "Sokoni Pay"),
        ("🚨 ¡Estamos contratando! 🚨\n\nEn Pampa Data buscamos Data Analyst con experiencia en "
         "SQL 📊\n\n✅ SQL avanzado\n✅ Power BI\n", "Data Analyst", "Pampa Data"),
        ("Oii pessoal! A Cajú Tecnologia tá contratando Pessoa Desenvolvedora Front-end Pleno 💛"
         "\n\nO que a gente precisa:\n• React\n• TypeScript\n",
         "Pessoa Desenvolvedora Front-end Pleno", "Cajú Tecnologia"),
        ("Merhaba ağım 👋 Ekibimize Veri Bilimci arıyoruz!\n\nŞirket: Pusula Analitik\n"
         "Pozisyon: Veri Bilimci (Mid-level)\n\nBeklentilerimiz:\n▪️ Python\n▪️ SQL\n",
         "Veri Bilimci (Mid-level)", "Pusula Analitik"),
    ],
)  # fmt: skip
def test_title_and_company_as_recruiters_and_careers_pages_write_them(
    text: str, title: str, company: str
) -> None:
    role = parse_role_bytes(text.encode(), "post.txt")
    assert (role.title, role.company) == (title, company)


def test_an_inflected_tool_name_is_the_tool_an_esco_concept_shares_its_name_with() -> None:
    role = parse_role_bytes(
        "Data Engineer\n\nWymagania:\n- bardzo dobra znajomość Pythona i Sparka\n".encode(),
        "post.txt",
    )
    assert {"Python", "Apache Spark"} <= {r.skill for r in role.requirements}


def test_a_social_post_s_author_headline_is_neither_title_nor_company() -> None:
    text = (
        "Feed post • 3d\n\nTomasz Wróbel\nHead of Engineering at Nordlicht Analytics | Hiring!\n\n"
        "We're hiring a Senior Data Engineer 🚀\n\nYou:\n→ strong SQL and Python\n→ Airflow\n"
    )
    role = parse_role_bytes(text.encode(), "post.txt")
    assert (role.title, role.company) == ("Senior Data Engineer", "Nordlicht Analytics")
    company_line = parse_role_bytes(
        b"Lumen Labs\nSenior ML Engineer at Lumen Labs | Berlin\n\nRequirements:\n- Python\n",
        "post.txt",
    )
    assert company_line.title.startswith("Senior ML Engineer")


def test_a_turkish_job_board_title_names_its_role_in_turkish() -> None:
    text = (
        "Ana Sayfa / İş İlanları / Yazılım\n\nKıdemli Backend Geliştirici (Java)\n"
        "Lale Yazılım A.Ş.\nUzaktan · Tam Zamanlı\n\nİş Tanımı\n"
        "Ödeme altyapımızı geliştirecek ekip arkadaşları arıyoruz.\n\n"
        "Aranan Nitelikler\n• En az 5 yıl Java deneyimi\n• Spring Boot\n"
    )
    role = parse_role_bytes(text.encode(), "post.txt")
    assert (role.title, role.company) == ("Kıdemli Backend Geliştirici (Java)", "Lale Yazılım A.Ş.")
