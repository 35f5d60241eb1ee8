"""Regressions from helper trial33a's user trial of issue 15: national CV forms (Bdjobs,
Nigerian, Egyptian, Thai JobsDB, Kenyan, Serbian Infostud) as people send them."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.sections import heading_key
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.geo import resolve_place


def _person(text: str) -> Candidate:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return person


def _jobs(person: Candidate) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]


_BDJOBS = (
    "TANVIR AHMED CHOWDHURY\n\n"
    "Mobile No : 01812-334455\ne-mail : tanvir.ac@example.com.bd\n\n"
    "Career Objective:\nTo work as an accounts professional in a growing company.\n\n"
    "Employment History:\n\n"
    "Accounts Executive\nMeghna Cement Mills Ltd.\nMarch 2019 - Continuing\n"
    "- Prepared bank reconciliations and VAT returns in Tally.\n\n"
    "Academic Qualification:\n"
    "Exam Title | Concentration/Major | Institute | Result | Pas.Year\n"
    "Bachelor of Business Administration (BBA) | Accounting | Jagannath University | "
    "CGPA:3.30 out of 4 | 2017\n\n"
    "Training Summary:\n"
    "Training Title | Topic | Institute | Year\n"
    "Income Tax Practical | Return filing | BIAM Foundation | 2021\n\n"
    "Language Proficiency:\n"
    "Language | Reading | Writing | Speaking\n"
    "English | High | Medium | Medium\n\n"
    "Personal Details :\nFather's Name | : | Abdul Jalil Chowdhury\nReligion | : | Islam\n\n"
    "Reference (s):\n"
    "Name | : Shafiqul Alam Bhuiyan\n"
    "Organization | : | Meghna Cement Mills Ltd.\n"
    "Mobile | : | 01911-765432\n"
)


def test_the_sections_of_a_bdjobs_cv_hold_no_jobs_and_the_referee_is_not_the_candidate() -> None:
    # Bdjobs heads its sections "Academic Qualification:", "Training Summary:", "Language
    # Proficiency:" and "Reference (s):"; a referee's labelled "Name" and mobile are the
    # referee's, never the candidate's
    person = _person(_BDJOBS)
    assert person.name == "Tanvir Ahmed Chowdhury"
    assert person.phone == "01812-334455" and person.other_phones == []
    assert _jobs(person) == [("Accounts Executive", "Meghna Cement Mills Ltd")]
    assert person.languages == ["English"]
    for heading, key in [("Academic Qualification:", "education"),
                         ("Training Summary:", "certifications"),
                         ("Language Proficiency:", "languages"),
                         ("Specialization:", "skills"),
                         ("Reference (s):", "other"),
                         ("Career and Application Information:", "availability")]:
        assert heading_key(heading) == key


def test_a_job_numbered_in_a_list_with_its_dates_on_its_line_is_titled_and_dated() -> None:
    # Bdjobs numbers the jobs: "1. Senior Accounts Officer ( January 1, 2021 - Continuing)"
    text = (
        "NUSRAT JAHAN\nMobile No : 01712-998877\n\nEmployment History:\n\n"
        "Total Year of Experience : 6.5 Year(s)\n\n"
        "1. Senior Accounts Officer ( January 1, 2021 - Continuing)\n"
        "Bashundhara Paper Mills Ltd.\nCompany Location : Bashundhara R/A, Dhaka\n"
        "Duties/Responsiblities:\n- Monthly bank reconciliations and VAT returns.\n"
        "2. Accounts Assistant ( July 1, 2018 - December 31, 2020)\nSquare Toiletries Limited\n"
        "Duties/Responsiblities:\n"
        "1. Posted vouchers in Tally from 2018 to 2020 for the Dhaka depot.\n"
    )
    person = _person(text)
    jobs = [(e.title, e.organization, str(e.start), str(e.end))
            for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert jobs == [
        ("Senior Accounts Officer", "Bashundhara Paper Mills Ltd", "2021-01-01", "None"),
        ("Accounts Assistant", "Square Toiletries Limited", "2018-07-01", "2020-12-01"),
    ]


def test_a_year_written_with_its_ordinal_full_stop_opens_a_range() -> None:
    # Serbian and Croatian CVs put a full stop after the year: "jun 2016. – feb. 2019."
    for written, start, end in [("jun 2016. – feb. 2019.", date(2016, 6, 1), date(2019, 2, 1)),
                                ("03.2014. – 05.2016.", date(2014, 3, 1), date(2016, 5, 1)),
                                ("2012. – danas", date(2012, 1, 1), None)]:
        found = find_range(written)
        assert found is not None and (found.start, found.end) == (start, end), written


def test_the_year_of_a_driving_licence_is_no_job() -> None:
    text = (
        "Marko Ilić\nTelefon: +381 64 555 0192\n\nRADNO ISKUSTVO\n"
        "03/2020 – trenutno\nVozač kamiona\nMilšped d.o.o., Beograd\n"
        "- Međunarodni transport, CMR dokumentacija.\n\n"
        "VOZAČKA DOZVOLA\nVozačka dozvola: B, C, CE (od 2012.)\nKod 95 – važi do 2028.\n"
    )
    assert _jobs(_person(text)) == [("Vozač kamiona", "Milšped d.o.o")]


def test_a_serbian_job_title_under_its_dates_heads_its_job() -> None:
    # Infostud CVs put the dates above the title and the employer: "Vozač kamiona" is a title
    text = (
        "Milan Petrović\nTelefon: +381 65 311 2290\n\nRADNO ISKUSTVO\n"
        "03/2021 – trenutno\nVozač kamiona – međunarodni transport\nTransfera d.o.o., Subotica\n"
        "- Prevoz robe Srbija – Nemačka, CMR dokumentacija.\n"
    )
    assert _jobs(_person(text)) == [("Vozač kamiona", "Transfera d.o.o")]


def test_an_arabic_name_label_names_the_candidate() -> None:
    text = (
        "سيرة ذاتية\nالاسم: سارة محمد إبراهيم\nالموبايل: 01001234567\n\n"
        "الخبرات العملية\nموظفة خدمة عملاء – Teleperformance Egypt\nيناير 2021 – فبراير 2022\n"
        "- الرد على استفسارات العملاء عبر الهاتف.\n"
    )
    assert _person(text).name == "سارة محمد إبراهيم"


def test_a_saved_thai_job_board_page_names_the_candidate_without_the_glued_honorific() -> None:
    # JobsDB's saved page: the site menu above the name, and "นางสาว" (Miss) glued to it
    page = (
        "<html><head><title>JobsDB</title></head><body>"
        "<nav><a href='/'>หน้าแรก</a> | <a href='/jobs'>ค้นหางาน</a> | <a>โปรไฟล์</a></nav>"
        "<main><h1>นางสาวศิริพร แก้วมณี</h1><p>เจ้าหน้าที่คลังสินค้า</p><p>📞 081-234-5678</p>"
        "<h2>ประสบการณ์ทำงาน</h2><h3>พนักงานคลังสินค้า</h3>"
        "<p>บริษัท ซีพี ออลล์ จำกัด (มหาชน)</p><p>มิ.ย. 2560 - ปัจจุบัน</p></main></body></html>"
    )
    [person] = parse_resume_bytes(page.encode(), "profile.html")
    assert person.name == "ศิริพร แก้วมณี"


def test_thai_provinces_written_in_thai_are_in_thailand() -> None:
    for written in ["จ.สมุทรปราการ", "จังหวัดชลบุรี", "นนทบุรี", "Samut Prakan"]:
        place = resolve_place(written, bare_town=True)
        assert place is not None and (place.country, place.timezone) == ("TH", "Asia/Bangkok")
