"""Regressions from helper trial23c's user trial of issue 15: résumés written in the hiring
regions' own languages (Mexico, Brazil, Senegal, Ukraine, Vietnam, Nigeria), as people send them."""

from __future__ import annotations

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.residence import place_in_line
from worldhire.ingest.resumes.sections import spoken_languages_line
from worldhire.ingest.shared.experience import years_of_experience


def _person(text: str) -> Candidate:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return person


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.organization) for e in _person(text).evidence
            if e.kind is EvidenceKind.JOB]


def test_an_address_that_opens_with_an_abbreviated_street_word_gives_the_country() -> None:
    # "Col." (colonia) ends no sentence: it opens the address
    line = "Col. Roma Norte, Cuauhtémoc, CDMX · 55 3184 2290 · mariana.reyes@example.mx"
    found = place_in_line(line)
    assert found is not None and found[1].country == "MX"
    person = _person(
        "Mariana Reyes Olvera\nAnalista de Datos | SQL · Python · Power BI\n" + line + "\n\n"
        "EXPERIENCIA\nKueski — Analista de Datos Sr.\nene. 2022 – actualidad\n"
        "- Tableros de cobranza en Looker Studio.\n"
    )
    assert (person.country, person.timezone) == ("MX", "America/Mexico_City")
    # a sentence still ends on its last word: no place is read from it
    assert place_in_line("Trabajo con equipos remotos. Busco rol en fintech") is None


def test_a_language_whose_label_is_followed_by_what_the_person_can_do_keeps_its_level() -> None:
    # "reads documents, basic conversation": both describe English; the comma lists them
    person = _person(
        "Nguyễn Hoàng Minh\nhoangminh.ops@example.com\n\n"
        "KINH NGHIỆM LÀM VIỆC\n04/2022 - hiện tại | Công ty TNHH Giao Hàng Tiết Kiệm\n"
        "Chuyên viên Sales Operations\n- Quản lý pipeline khách hàng trên Salesforce\n\n"
        "KỸ NĂNG\n- Tin học văn phòng: Excel, Word, PowerPoint\n"
        "- Ngoại ngữ: Tiếng Anh: đọc hiểu tài liệu, giao tiếp cơ bản ; "
        "Tiếng Trung: sơ cấp (HSK 2)\n"
    )
    assert person.languages == ["English (basic)", "Chinese (basic)"]


def test_a_language_followed_by_what_the_person_does_in_it_is_spoken() -> None:
    # "reads documents" says the person knows English, though it gives no level
    for line in ("- Tiếng Anh: đọc hiểu tài liệu", "- Tiếng Anh đọc hiểu tài liệu"):
        person = _person(
            "Nguyễn Hoàng Minh\nhoangminh.ops@example.com\n\nKINH NGHIỆM LÀM VIỆC\n"
            "04/2022 - hiện tại | Công ty TNHH Giao Hàng Tiết Kiệm\n"
            "Chuyên viên Sales Operations\n- Quản lý pipeline khách hàng trên Salesforce\n\n"
            f"KỸ NĂNG\n- Excel, Word\n{line}\n"
        )
        assert person.languages == ["English"]
    # a language's name before other words is no statement of it
    assert spoken_languages_line("English Literature and Further Mathematics") == ""
    assert spoken_languages_line("Spanish speaking customers in Texas") == ""


def test_a_line_that_opens_with_its_dates_names_its_job_before_the_comma() -> None:
    # the job's duties run on after the comma: the line is still the job's header
    text = (
        "Nguyễn Hoàng Minh\nhoangminh.ops@example.com\n\nKINH NGHIỆM LÀM VIỆC\n"
        "Tháng 6/2019 – tháng 3/2022 | Công ty Cổ phần Thế Giới Di Động\n"
        "Nhân viên kinh doanh B2B\n- Sử dụng CRM nội bộ và Excel để theo dõi công nợ\n"
        "2017 - 2019: Nhân viên kho tại Lazada Việt Nam (kho Tân Bình), phụ trách nhập xuất hàng "
        "và kiểm kê trên hệ thống WMS.\n"
    )
    jobs = _jobs(text)
    assert jobs[0] == ("Nhân viên kinh doanh B2B", "Công ty Cổ phần Thế Giới Di Động")
    assert [title for title, _ in jobs[1:]] == ["Nhân viên kho"]
    assert "Lazada Việt Nam" in (jobs[1][1] or "")
    # what the job was, after the comma, stays its evidence
    [warehouse] = [e for e in _person(text).evidence if e.title == "Nhân viên kho"]
    assert "kiểm kê" in warehouse.text


def test_a_post_wished_for_at_a_kind_of_company_is_no_job() -> None:
    # "tại một công ty ..." (at an e-commerce company) names no employer, as in English
    text = (
        "Nguyễn Hoàng Minh\nhoangminh.ops@example.com\n\nMỤC TIÊU NGHỀ NGHIỆP\n"
        "Trưởng nhóm Sales Operations tại một công ty thương mại điện tử.\n"
    )
    assert _jobs(text) == []
    # dated, the same words still tell where the job was
    dated = (
        "Nguyễn Hoàng Minh\nhoangminh.ops@example.com\n\n"
        "Kế toán viên tại một công ty FDI từ 2018 đến nay.\n"
    )
    assert _jobs(dated) == [("Kế toán viên", "công ty FDI")]


def test_a_placement_with_its_scheme_in_brackets_before_the_colon_names_its_employer() -> None:
    text = (
        "Chiamaka Okonkwo\nchiamaka@example.com\n\nWORK EXPERIENCE\n"
        "Greensprings School, Lekki, Lagos\nMathematics Teacher - September 2018 till date\n"
        "* Teach Mathematics to SS1-SS3 students\n\n"
        "Industrial Attachment (SIWES): Anambra State Universal Basic Education Board, Awka - "
        "June to August 2013\n"
    )
    assert _jobs(text)[1] == (
        "Industrial Attachment (SIWES)", "Anambra State Universal Basic Education Board"
    )


def test_years_told_as_some_years_are_about_that_many() -> None:
    # "há uns 8 anos" (for some 8 years), "desde hace unos 6 años"
    for sentence, years in [
        ("Sou dev backend há uns 8 anos, a maior parte em fintech.", 8.0),
        ("Trabajo como analista de datos desde hace unos 6 años.", 6.0),
    ]:
        assert years_of_experience(sentence) == years
    assert years_of_experience("Fiz uns 3 cursos de Python.") is None
