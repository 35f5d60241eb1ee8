"""A post that names its company short in its story writes the fuller name elsewhere: on the
card under the title, with its legal form, or in its opening sentence; the fuller one is the
company's name."""

from __future__ import annotations

from tests.ingest.post_reading import read_markdown_post, read_post


def test_a_charitable_company_keeps_its_legal_form() -> None:
    role = read_post(
        "Altenpfleger (m/w/d) Nachtdienst – Vollzeit\n"
        "Seniorenstift Lindenhof gGmbH · Augsburg-Haunstetten\n\n"
        "Wer wir sind\n"
        "Das Seniorenstift Lindenhof ist ein Pflegeheim mit 140 Plätzen in vier Wohnbereichen.\n\n"
        "Ihr Profil\n- Examen in der Altenpflege\n- Freude an der Arbeit im Team\n"
    )
    assert role.company == "Seniorenstift Lindenhof gGmbH"


def test_the_name_on_the_card_line_is_fuller_than_the_name_in_the_story() -> None:
    role = read_markdown_post(
        "# Senior Data Engineer\n\n"
        "Nairobi or remote in Africa · Full-time · Kilima Ledger Systems\n\n"
        "Kilima keeps the books of 9,000 shops in Kenya and Uganda, and you will own the "
        "pipelines that feed their monthly reports.\n\n"
        "## Requirements\n- Python\n- SQL\n"
    )
    assert role.company == "Kilima Ledger Systems"


def test_a_legal_form_before_the_name_in_the_title_line_completes_it() -> None:
    role = read_post(
        "[LOWONGAN] Data Analyst - PT Rajawali Karya Digital\n\n"
        "Halo semua! Kami sedang mencari Data Analyst untuk tim pemasaran 🙌\n\n"
        "Kualifikasi:\n✔️ Menguasai SQL\n✔️ Python\n\n"
        "Kirim CV ke karir@rajawalikarya.example ya!\n"
    )
    assert role.company == "PT Rajawali Karya Digital"
    assert role.title == "Data Analyst"


def test_the_word_for_company_before_a_name_is_no_legal_form() -> None:
    role = read_post(
        "Tuyển dụng: Kế toán viên\n\n"
        "Công ty Mây Xanh Logistics (vận tải, ~80 nhân sự) đang cần tuyển kế toán viên.\n\n"
        "Yêu cầu:\n- Tốt nghiệp chuyên ngành kế toán\n- Thành thạo Excel\n"
    )
    assert role.company == "Mây Xanh Logistics"
