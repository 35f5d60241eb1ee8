"""Work entries on résumés left by earlier rounds (issue 15, helper resumefix33)."""

from __future__ import annotations

from worldhire.ingest.resumes.entries import split_jobs


def test_a_job_boards_industry_and_area_line_over_the_dates_is_neither_title_nor_employer() -> None:
    """Latin American job boards set a job as its title, the employer, a line of the employer's
    industry and the job's area parted by a bar ("Logística | Operaciones"), then the dates: the
    title is the block's first line, the employer the second."""
    lines = [
        "",
        "Jefa de depósito",
        "Distribuidora Andina S.R.L.",
        "Logística y transporte | Operaciones, Abastecimiento",
        "abr. 2020 - Actualidad",
        "Control de inventario de 3.000 posiciones y coordinación de 12 operarios.",
        "",
        "Auxiliar de compras",
        "Molinos del Sur",
        "Alimentos y bebidas | Compras",
        "feb. 2016 - mar. 2020",
        "Carga de órdenes de compra y seguimiento de proveedores.",
    ]
    jobs = [(j.title, j.organization, j.start is not None) for j in split_jobs(lines)]
    assert jobs == [
        ("Jefa de depósito", "Distribuidora Andina S.R.L", True),
        ("Auxiliar de compras", "Molinos del Sur", True),
    ]


def test_an_employer_at_its_town_over_roles_dated_in_brackets_names_their_employer() -> None:
    """An employer's dated line that names only the employer and its town ("Nordlicht Audit –
    Hamburg | 2015 – 2022"), over roles dated in brackets within its years, is no job of its
    own: it is the roles' employer."""
    lines = [
        "2015 – 2022 | Nordlicht Audit – Hamburg",
        "Senior Auditor (2019 – 2022): audits of retail and shipping clients.",
        "Audit Assistant (2015 – 2018): stock counts and bank confirmations.",
    ]
    jobs = [(j.title, j.organization, j.start.year if j.start else None) for j in split_jobs(lines)]
    assert jobs == [
        ("Senior Auditor", "Nordlicht Audit", 2019),
        ("Audit Assistant", "Nordlicht Audit", 2015),
    ]


def test_a_german_womans_title_on_a_head_shared_with_english_is_a_title() -> None:
    """A German woman's title is the man's with -in, and the man's may be a word English titles
    end on too ("Generalist", "Journalist"): "seit 05/2022 · IT Generalistin" names the post,
    and the employer is the line under it."""
    lines = [
        "seit 05/2022 · IT Generalistin",
        "Stadtwerke Feldkirch GmbH, Feldkirch",
        "",
        "Betreuung der Arbeitsplätze und Server",
        "",
        "10/2019 – 04/2022 · Analystin",
        "Bergbahnen Lech AG, Lech",
    ]
    jobs = [(j.title, j.organization, j.start.year if j.start else None) for j in split_jobs(lines)]
    assert jobs == [
        ("IT Generalistin", "Stadtwerke Feldkirch GmbH", 2022),
        ("Analystin", "Bergbahnen Lech AG", 2019),
    ]


def test_a_bracketed_note_wrapped_under_a_dated_title_leaves_the_employer_below_it() -> None:
    """A sidebar's narrow column wraps a dated title's note in brackets onto a line of its own
    ("Jänner 2016 – Mai 2018 · Assistenz der Geschäftsführung" / "(Elternkarenzvertretung)"):
    the note goes with the title, and the employer is the line under it."""
    lines = [
        "Jänner 2016 – Mai 2018 · Assistenz der Geschäftsführung",
        "(Elternkarenzvertretung)",
        "Almtaler Holzbau GmbH, Scharnstein",
        "",
        "• Terminkoordination und Protokolle",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Assistenz der Geschäftsführung (Elternkarenzvertretung)", "Almtaler Holzbau GmbH"),
    ]


def test_a_header_of_cells_closed_by_its_one_year_may_run_past_twelve_words() -> None:
    """A job's line of cells parted by middle dots or dashes, closed by the one year the job was
    in, is a header however many words its cells hold: Vietnamese writes a word in syllables,
    and a French placement names its department after the employer."""
    lines = [
        "Kế toán viên · Công ty Cổ phần Bibica · 2018 – 2021",
        "Thực tập sinh kiểm toán · Công ty TNHH Kiểm toán Mỹ Á Châu Việt Nam · 2017",
        "",
        "Stage de fin d'études — Banque Atlantique Côte d'Ivoire, direction des risques et du "
        "contrôle — 2016 (5 mois)",
    ]
    jobs = [(j.title, j.organization, j.start.year if j.start else None) for j in split_jobs(lines)]
    assert jobs == [
        ("Kế toán viên", "Công ty Cổ phần Bibica", 2018),
        ("Thực tập sinh kiểm toán", "Công ty TNHH Kiểm toán Mỹ Á Châu Việt Nam", 2017),
        ("Stage de fin d'études", "Banque Atlantique Côte d'Ivoire", 2016),
    ]


def test_a_year_then_a_title_in_a_cell_of_its_own_dates_a_job_within_that_year() -> None:
    """ "2019 | Poste : Stagiaire" among "2020 - 2023 | Poste : ..." lines: a year, then the
    post in a cell of its own, is a job held within that year; a degree so dated is none."""
    lines = [
        "2020 - 2023 | Poste : Analyste crédit",
        "Société : Banque Zitouna",
        "Analyse des dossiers de financement des PME",
        "2019 | Poste : Stagiaire",
        "Société : Attijari Bank",
        "Projet de fin d'études : scoring des clients particuliers",
    ]
    jobs = [(j.title, j.organization, j.start.year if j.start else None) for j in split_jobs(lines)]
    assert jobs == [
        ("Analyste crédit", "Banque Zitouna", 2020),
        ("Stagiaire", "Attijari Bank", 2019),
    ]


def test_a_year_then_a_degree_in_a_cell_of_its_own_is_no_job() -> None:
    lines = ["2019 | Diplôme d'ingénieur en génie industriel – ENIT"]
    assert all(j.start is None for j in split_jobs(lines))


def test_linkedins_placement_line_under_a_title_leaves_the_employer_above_it() -> None:
    """LinkedIn sets the employment type under the title ("Estágio", "Internship", as it sets
    "Tempo integral"): it says how the job was held, so the employer's line above the title
    still heads the job."""
    lines = [
        "Rede Sul Varejo",
        "Analista de BI",
        "Tempo integral",
        "mar de 2021 - o momento · 3 anos",
        "Curitiba, Paraná, Brasil",
        "",
        "Cooperativa Vale Verde",
        "Estagiário de Controladoria",
        "Estágio",
        "jan de 2020 - fev de 2021 · 1 ano 2 meses",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Analista de BI", "Rede Sul Varejo"),
        ("Estagiário de Controladoria", "Cooperativa Vale Verde"),
    ]


def test_lower_case_words_after_a_titles_dash_go_on_with_the_title() -> None:
    """An employer's name opens with a capital; the lower-case words after a title's dash say
    more of the title ("Praktykantka – analityk danych", "Стажиста – летња пракса"), where the
    line or the one under it names the employer."""
    lines = [
        "**Praktykantka – analityk danych** — Orlen, Płock",
        "07.2018 – 09.2018",
        "- Raporty sprzedaży w Power BI.",
        "",
        "[ 01/07/2016 – 31/08/2016 ] Стажиста – летња пракса",
        "Телеком Србија а.д. Град: Београд | Држава: Србија",
    ]
    jobs = split_jobs(lines)
    assert [j.title for j in jobs] == ["Praktykantka – analityk danych", "Стажиста – летња пракса"]
    assert jobs[0].organization == "Orlen"
    assert (jobs[1].organization or "").startswith("Телеком Србија")


def test_romanian_consilier_is_a_title_head() -> None:
    """Romanian "consilier" (adviser) heads many posts ("Consilier clienți", "Consilier
    vânzări"): beside an employer with its legal form, it is the title."""
    lines = ["Farmacia Orhideea SRL — Consilier clienți — 2019 – 2022"]
    assert [(j.title, j.organization) for j in split_jobs(lines)] == [
        ("Consilier clienți", "Farmacia Orhideea SRL")
    ]


def test_a_capitalised_name_before_a_colon_and_the_dates_is_the_employer_not_a_label() -> None:
    """ "Período: 2017 – 2019" labels the dates; "Lojas Renner: mar/2017 – dez/2019", a name of
    capitalised words no job field is called, names the employer over the title below it."""
    lines = [
        "Lojas Renner: mar/2017 – dez/2019",
        "Vendedora",
        "• Atendimento ao cliente e controle de estoque",
        "Hospital Santa Clara",
        "Cargo: Recepcionista",
        "Período: jan/2015 – fev/2017",
    ]
    jobs = [(j.title, j.organization, j.start.year if j.start else None) for j in split_jobs(lines)]
    assert jobs[0] == ("Vendedora", "Lojas Renner", 2017)
    assert jobs[1][2] == 2015 and jobs[1][1] != "Período"


def test_europass_city_and_country_labels_after_the_employer_are_its_place() -> None:
    """Europass prints the employer's line as the name, then its labelled city and country
    ("... SRL Oraș: Cluj-Napoca | Țară: România"): the labels name neither the employer nor
    its place, and a long employer's name stays the job's employer."""
    lines = [
        "[ 01/03/2020 – Prezent ] Inginer software",
        "Bitdefender SRL Oraș: București | Țară: România",
        "• Module de detecție în C++",
        "[ 02/07/2018 – 28/09/2018 ] Intern Quality Assurance Engineer",
        "Continental Automotive Systems Romania SRL Oraș: Timișoara | Țară: România",
        "• Teste automate în Python",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Inginer software", "Bitdefender SRL"),
        ("Intern Quality Assurance Engineer", "Continental Automotive Systems Romania SRL"),
    ]


def test_a_dash_run_onto_the_employers_name_still_parts_it_from_the_title() -> None:
    """ "Analista de Suporte —Stefanini | mar/2015 – jan/2017": a dash typed with no space after
    it, before a name, parts the title from the employer as a spaced one does."""
    lines = ["Analista de Suporte —Stefanini | mar/2015 – jan/2017", "Atendimento N1 e N2."]
    assert [(j.title, j.organization) for j in split_jobs(lines)] == [
        ("Analista de Suporte", "Stefanini")
    ]


def test_a_name_after_a_titles_dash_stays_the_employer_whatever_its_first_letter() -> None:
    """A name after the dash keeps a capital inside it or a legal form ("bKash Limited", an
    anonymised "szpital wojewódzki w Rzeszowie"): it is the employer, not more of the title."""
    lines = [
        "**Android Developer** — bKash Limited, Dhaka | Jun 2021 – Present",
        "• Payments screens in Kotlin.",
        "2015 – 2021 | Pielęgniarka – szpital wojewódzki w Rzeszowie",
        "Opieka nad pacjentami oddziału chirurgii (dyżury, dokumentacja, leki).",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Android Developer", "bKash Limited"),
        ("Pielęgniarka", "szpital wojewódzki w Rzeszowie"),
    ]


def test_a_year_then_a_title_cut_inside_its_bracket_dates_no_job_of_its_own() -> None:
    """A table cell cut inside its bracket ("2016 | Apprenti électricien (contrat", the rest of
    the bracket two lines down) is no whole title to date a job by."""
    assert split_jobs(["2016 | Apprenti électricien (contrat"])[0].start is None
