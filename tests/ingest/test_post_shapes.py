"""Job posts in the shapes people send them (issue 15, batch posts19-a): a recruiter's e-mail
or InMail whose requirements follow a label of its own words ("Ce qu'ils attendent :",
"Krótko o wymaganiach:"), a Notion page's run-in bold headings ("**What we need.** Python is
a must, Rust a plus"), a LinkedIn feed post under its author's name and headline, a post pasted
as one paragraph of fields parted by runs of spaces, ages beside years of experience, and pay
in pesos beside a language's name."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, nice_skills, read_markdown_post, read_post

from worldhire.ingest.extract.cleanup import join_cells
from worldhire.ingest.posts.fields import years_in


def test_a_run_in_bold_heading_opens_the_requirements_and_a_plus_welcomes_only_its_part() -> None:
    role = read_markdown_post(
        "# Founding ML Engineer @ Tidepool Labs\n\n"
        "Hey, we're Tidepool, four people building forecasting tools for grocery stores.\n\n"
        "**What we need.** Python is a must, Rust a plus (our ingestion service is in Rust and "
        "nobody loves maintaining it). Solid SQL.\n\n"
        "**Money and time.** $150k–$175k base. Remote within the US.\n"
    )
    assert {"Python", "SQL"} <= must_skills(role)
    assert "Rust" in nice_skills(role)
    assert "Rust" not in must_skills(role)


def test_an_agency_email_labels_its_clients_requirements_in_its_own_words() -> None:
    role = read_post(
        "Objet : Opportunité – Développeur Java – Nantes – CDI\n\n"
        "Bonjour Julien,\n\n"
        "Je suis consultante chez Alteo Recrutement et j'accompagne l'un de nos clients, un "
        "éditeur de logiciels basé à Nantes.\n\n"
        "Le poste en deux mots : vous rejoignez une squad de 6 personnes.\n\n"
        "Ce qu'ils attendent : au moins 4 ans d'expérience en développement backend, une vraie "
        "maîtrise de Java et de Spring Boot, Kotlin apprécié mais pas indispensable, à l'aise "
        "avec PostgreSQL.\n\n"
        "Bien cordialement,\n\nCamille Roussel\nConsultante IT – Alteo Recrutement\n"
    )
    assert {"Java", "Spring Boot", "PostgreSQL"} <= must_skills(role)
    assert "Kotlin" in nice_skills(role)
    assert role.min_years == 4


def test_a_polish_inmail_reads_its_requirements_and_its_signature_not_the_readers_profile() -> None:
    role = read_post(
        "LinkedIn\nWiadomość InMail\n\n"
        "Temat: Senior Backend Developer (Python) – B2B, 100% zdalnie\n\n"
        "Cześć Marek,\n\n"
        "trafiłam na Twój profil i pomyślałam, że to może być coś dla Ciebie. Rekrutuję do "
        "Fintracka – polskiego software house'u.\n\n"
        "Krótko o wymaganiach: Python to absolutna podstawa (min. 5 lat komercyjnie), do tego "
        "Django albo FastAPI i PostgreSQL. Rust będzie dużym plusem, ale nie jest konieczny.\n\n"
        "Pozdrawiam,\nKarolina Wąs\nTech Recruiter | Fintrack sp. z o.o.\n"
    )
    assert {"Python", "PostgreSQL"} <= must_skills(role)
    assert "Rust" in nice_skills(role)
    assert role.min_years == 5
    assert role.company.startswith("Fintrack")


def test_a_linkedin_feed_post_is_not_titled_by_its_authors_headline() -> None:
    role = read_post(
        "Renata Guimarães • 1º\n"
        "Head of Data na Cajuí Pagamentos | ex-Nubank\n"
        "2 h • 🌐\n\n"
        "🚀 Tô contratando!! 🚀\n\n"
        "Galera, meu time na Cajuí Pagamentos tá procurando uma pessoa Engenheira de Dados "
        "Pleno/Sênior pra somar com a gente 💜\n\n"
        "O que a gente precisa:\n✅ SQL forte\n✅ Python e Airflow no dia a dia\n\n"
        "#vagas #engenhariadedados #remoto\n"
    )
    assert role.company == "Cajuí Pagamentos"
    assert "Head of Data" not in role.title
    assert "Engenheira de Dados" in role.title
    assert not role.title.endswith("somar")


def test_a_pasted_paragraphs_fields_parted_by_spaces_give_the_company_and_years() -> None:
    role = read_post(
        "Job Title: Dot Net Developer   Location: Pune (Hinjewadi Phase 2)   Exp: 4-7 yrs   "
        "Notice: Immediate to 30 days   CTC: upto 14 LPA   Company: Veltrix Infosolutions Pvt "
        "Ltd   Job Description: We are hiring Dot Net Developer for our client projects. "
        "Minimum Required Skills: C#, ASP.NET MVC, SQL Server, JavaScript. Good to have "
        "Angular. Interested candidates share updated CV to hr.pune@veltrix.example\n"
    )
    assert role.company == "Veltrix Infosolutions Pvt Ltd"
    assert role.min_years == 4
    assert "C#" in must_skills(role)


def test_an_age_is_no_experience() -> None:
    assert years_in("Must be aged between 24 - 35 yrs") is None
    assert years_in("pria/wanita max 30 thn") is None
    assert years_in("Độ tuổi 22-30, 2 năm kinh nghiệm") == 2
    assert years_in("pengalaman min 1 thn di bagian gudang") == 1
    role = read_post(
        "LOWONGAN KERJA ADMIN GUDANG\nPT Sinar Bahtera Logistik – Cikarang\n\n"
        "- pria/wanita max 30 thn\n"
        "- pengalaman min 1 thn di bagian gudang / logistik\n"
        "- bisa Ms. Excel (vlookup, pivot) wajib, bisa SAP nilai plus\n"
    )
    assert role.min_years == 1


def test_pesos_beside_an_amount_are_no_php() -> None:
    role = read_post(
        "We're hiring! Team Leader – Customer Service for our Cebu site.\n\n"
        "Requirements:\n- at least 1 yr as TL in a BPO\n- Zendesk or Salesforce Service Cloud\n"
        "- Php 38k–45k/month + night diff\n"
    )
    assert "PHP" not in must_skills(role) | nice_skills(role)


def test_a_word_table_of_ticked_requirements_keeps_each_tick_under_its_column() -> None:
    assert join_cells(["Experiență cu SAP B1", "", "x"]) == "Experiență cu SAP B1 |  | x"
    assert join_cells(["Saga C", "x", ""]) == "Saga C | x | "
    assert join_cells(["Python", "", "Kafka", "3 years"]) == "Python | Kafka | 3 years"
    # (the text as the DOCX reader gives it: tests/ingest's DOCX tests read the file itself)
    role = read_post(
        "Anunț angajare – Contabil Senior\n"
        "Companie: Agrovest Distribuție SRL\n"
        "Suntem distribuitor de inputuri agricole cu 140 de angajați. Căutăm un coleg care să "
        "preia contabilitatea a două dintre firmele grupului.\n"
        "Cerință | Obligatoriu | Constituie avantaj\n"
        "Întocmire bilanț și declarații fiscale (D300, D394, D112) | x |\n"
        "Saga C sau WinMentor | x |\n"
        "Excel avansat (tabele pivot, VLOOKUP) | x |\n"
        "Experiență cu SAP B1 | | x\n"
        "Limba engleză nivel mediu | | x\n"
        "Trimite CV-ul la cariere@agrovest.example până la 15 ianuarie.\n"
    )
    quoted = {r.quote: r.must for r in role.requirements}
    assert "Microsoft Excel" in must_skills(role)
    assert [must for q, must in quoted.items() if "SAP" in q] == [False]
    assert not [q for q in quoted if q.startswith(("D3", "D1"))]  # a form's number


def test_a_welcome_after_brackets_welcomes_the_name_before_them() -> None:
    role = read_post(
        "Desenvolvedor Back-end Pleno\n\nRequisitos:\n"
        "• Node.js e TypeScript;\n• Conhecimento em AWS (Lambda, ECS) será um diferencial;\n"
    )
    assert "Amazon Web Services" not in must_skills(role)
    assert "Node.js" in must_skills(role)
