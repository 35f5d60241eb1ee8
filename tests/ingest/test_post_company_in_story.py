"""A post's company told only in its story: the client a recruiter names with a verb ("I'm
recruiting for ...", "helping ... hire"), the team a hiring line names ("шукаємо ... у команду
..."), a name in brackets after what the company is, a story's subject after a time opener,
a company box with its legal form on a line of its own; and what must not be read as one."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_markdown_post, read_post


@pytest.mark.parametrize(
    "opening",
    [
        "I'm recruiting for Marlowe Paper Mills, a paper maker on the Clyde since 1911.",
        "I am hiring for Marlowe Paper Mills, who make paper on the Clyde.",
        "I'm helping Marlowe Paper Mills, a paper maker in Glasgow, hire an accountant.",
        "We are helping Marlowe Paper Mills find an accountant for their Glasgow office.",
    ],
)
def test_the_client_a_recruiter_names_with_a_verb_is_the_company(opening: str) -> None:
    role = read_post(
        "Subject: Accountant opening – Glasgow\n\n"
        "Hello,\n\n"
        f"{opening} The role sits in their finance office.\n\n"
        "What they need:\n- ACCA or CIMA\n- Sage 50\n\n"
        "Regards,\nDonald Reid\nTalent Partner, Tartan Search Partners\n"
    )
    assert role.company == "Marlowe Paper Mills"


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        ("🔥 Шукаємо QA Engineer у команду Сонях Фуд (рітейл, Полтава) 🔥", "Сонях Фуд"),
        ("Шукаємо Backend Developer в команду Kavun Labs", "Kavun Labs"),
    ],
)
def test_the_team_a_hiring_line_names_is_the_company(opening: str, company: str) -> None:
    role = read_post(
        f"{opening}\n\n"
        "Формат: віддалено\n\n"
        "Що важливо:\n📌 досвід від 2 років\n📌 SQL\n\n"
        "Пишіть @hr_team 💌\n"
    )
    assert role.company == company


def test_a_name_in_brackets_after_what_the_company_is() -> None:
    role = read_post(
        "Build a parser for shipping manifests\n"
        "Posted 2 hours ago\n\n"
        "We are a tiny freight-forwarding startup (Cargoline) and we receive 5k manifests a "
        "week. We want them read into JSON.\n\n"
        "Must have:\n- Python\n- OCR experience\n"
    )
    assert role.company == "Cargoline"


def test_brackets_after_what_the_company_is_that_only_describe_it_name_nothing() -> None:
    role = read_post(
        "Build a parser for shipping manifests\n"
        "Posted 2 hours ago\n\n"
        "We are a tiny freight-forwarding startup (EU and UK routes) and we receive 5k "
        "manifests a week.\n\n"
        "Must have:\n- Python\n- OCR experience\n"
    )
    assert role.company == ""


@pytest.mark.parametrize(
    "opening",
    [
        "Four years ago, Mboga Direct started as a stall in Gikomba.",
        "In 2019, Mboga Direct began as a stall in Gikomba.",
    ],
)
def test_the_subject_of_a_story_opened_by_a_time_is_the_company(opening: str) -> None:
    role = read_post(
        f"{opening} Today 3,000 kiosks order their stock through our app, so we need a "
        "Backend Engineer.\n\n"
        "What matters to us:\n• Go or Python\n• PostgreSQL\n\n"
        "DM me 👇\n"
    )
    assert role.company == "Mboga Direct"


def test_a_spanish_opening_after_office_hours_in_a_m_and_p_m() -> None:
    role = read_post(
        "OFERTA LABORAL\n\n"
        "Cargo: Contador Senior\n"
        "Horario: lunes a viernes de 7:30 a. m. a 4:30 p. m.\n\n"
        "En Cooperativa Arrayanes llevamos 30 años ofreciendo crédito a familias del Valle.\n\n"
        "Requisitos:\n- Contador público titulado\n- Excel avanzado\n\n"
        "Envía tu hoja de vida a empleo@arrayanes.coop\n"
    )
    assert role.company == "Cooperativa Arrayanes"


def test_a_board_s_path_above_the_title_and_its_description_heading_above_the_story() -> None:
    role = read_post(
        "Inicio / Empleos / Finanzas / Analista Contable Sr.\n\n"
        "Analista Contable Sr. - 100% remoto\n"
        "Fintech Arrayanes · Publicado hace 5 días\n\n"
        "Descripción\n"
        "En Arrayanes damos crédito a tiendas de barrio en todo Colombia y estamos armando el "
        "equipo de contabilidad.\n\n"
        "Requisitos\n"
        "• Mínimo 3 años de experiencia como analista contable\n"
        "• SAP FI o Siigo (cualquiera de los dos sirve)\n"
        "• Excel avanzado\n\n"
        "Deseable\n• Power BI\n\n"
        "Condiciones\n- Modalidad remota\n- Sueldo: COP 6.000.000 mensuales\n\n"
        "Postularme   Guardar\n"
    )
    assert role.title == "Analista Contable Sr."
    assert role.company == "Arrayanes"


def test_a_vietnamese_company_box_with_its_legal_form_on_a_line_of_its_own() -> None:
    role = read_post(
        "Nhân Viên Kho (Thu Nhập 9 - 11 Triệu)\n"
        "Mức lương: 9 - 11 triệu\n\n"
        "Mô tả công việc\n- Kiểm đếm hàng nhập, xuất kho\n- Sắp xếp hàng theo khu vực\n"
        "- Lập phiếu nhập, phiếu xuất\n- Kiểm kê cuối tháng\n\n"
        "Yêu cầu ứng viên\n- Thành thạo Excel\n- Cẩn thận, trung thực\n- Sức khỏe tốt\n\n"
        "Quyền lợi\n- Thưởng tháng 13\n- Đóng BHXH đầy đủ\n\n"
        "Cách thức ứng tuyển\nỨng viên nộp hồ sơ trực tuyến.\n\n"
        "Công ty TNHH Vận tải và Kho vận Bình Minh\n"
        "Quy mô: 50-99 nhân viên\n"
    )
    assert role.company == "Công ty TNHH Vận tải và Kho vận Bình Minh"


def test_a_one_word_company_is_not_the_product_words_after_its_name() -> None:
    role = read_markdown_post(
        "# Cloud Engineer\n\n"
        "Google · Warsaw\n\n"
        "You will run our workloads on Google Cloud Platform and BigQuery.\n\n"
        "## Requirements\n- Terraform\n- Kubernetes\n"
    )
    assert role.company == "Google"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Hebamme (m/w/d) Kreißsaal – Vollzeit oder Teilzeit", "Hebamme Kreißsaal"),
        ("Recepcionista - Tiempo parcial", "Recepcionista"),
        ("Asystentka biura – pełny etat", "Asystentka biura"),
    ],
)
def test_the_working_time_after_a_dash_is_no_part_of_the_title(line: str, title: str) -> None:
    role = read_post(
        f"{line}\nKlinik Am Auwald gGmbH · Leipzig\n\n"
        "Ihr Profil\n- Examen\n- Freude an der Arbeit im Team\n"
    )
    assert role.title == title


def test_a_role_field_beside_a_board_s_category_fields_on_its_line_is_no_title() -> None:
    role = read_post(
        "Senior Payroll Analyst | Bhoomi Agritech Pvt. Ltd. | Pune (Hybrid)\n\n"
        "Experience: 4 - 7 Years   |   CTC: 12 - 16 LPA\n\n"
        "Job description\n- Run monthly payroll for 2,000 staff\n- Greytip or Keka\n\n"
        "Role: Payroll Analyst | Industry Type: Agriculture | Department: Finance & Accounts\n"
    )
    assert role.title == "Senior Payroll Analyst"


def test_an_outsourcing_firm_hiring_for_an_unnamed_client_employs_the_hire() -> None:
    role = read_post(
        "Joanna Reyes • 2nd\n"
        "Talent Lead at Bayanihan Outsourcing Corp. | We're hiring!\n"
        "2d • 🌐\n\n"
        "WE'RE HIRING!!! Customer Support Associate – AU Account 🇦🇺\n\n"
        "Our client, an Australian e-commerce brand, is growing their care team here in Davao "
        "with Bayanihan Outsourcing Corp.!\n\n"
        "✅ What we need:\n➡️ 1 year BPO experience\n➡️ Zendesk\n\n"
        "📩 Send your CV or DM me!\n"
    )
    assert role.company == "Bayanihan Outsourcing Corp."


def test_a_staffing_firm_paying_on_w2_for_an_unnamed_client_employs_the_hire() -> None:
    role = read_post(
        "Subject: Data Analyst - Remote (US only)\n\n"
        "Hi,\n\n"
        "This is Priya from Lakeshore IT Staffing. I have an immediate requirement with one of "
        "our direct clients, please see the JD below.\n\n"
        "Role: Data Analyst\nRate: $55/hr on W2 (no C2C)\n\n"
        "Must Have:\n* SQL\n* Tableau\n\n"
        "Thanks & Regards,\nPriya Nair\nTechnical Recruiter | Lakeshore IT Staffing Inc.\n"
    )
    assert role.company == "Lakeshore IT Staffing Inc."


def test_a_recruiter_for_an_unnamed_client_is_still_no_employer() -> None:
    role = read_post(
        "Subject: Data Analyst - Remote (US only)\n\n"
        "Hi,\n\n"
        "This is Priya from Lakeshore Talent. I have an immediate requirement with one of our "
        "direct clients, please see the JD below.\n\n"
        "Role: Data Analyst\nRate: $55/hr on C2C\n\n"
        "Must Have:\n* SQL\n* Tableau\n\n"
        "Thanks & Regards,\nPriya Nair\nTechnical Recruiter | Lakeshore Talent LLC\n"
    )
    assert role.company == ""


def test_a_title_field_wrapped_by_a_narrow_column_after_a_joining_word() -> None:
    role = read_post(
        "KAWEMPE MODEL PRIMARY SCHOOL\n"
        "VACANCY ANNOUNCEMENT\n\n"
        "POSITION: TEACHER OF ENGLISH AND\n"
        "LITERATURE (1 POST)\n"
        "REPORTS TO: Head Teacher\n\n"
        "REQUIREMENTS\n"
        "i. A Diploma in Education\n"
        "ii. Computer literacy\n"
    )
    assert role.title.casefold().startswith("teacher of english and literature")
