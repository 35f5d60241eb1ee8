"""Regressions from the Ukrainian and Vietnamese dev résumés whose jobs are told in prose and
tables, and from batch jobs17-a (bench/data/extraction, even ids 1040...1062): a title's field
after "з" ("бухгалтером з розрахунку заробітної плати"), a title in the instrumental after its
employer, head-first titles ("pracownik magazynu", "nhân viên hành chính nhân sự"), two roles
told in one range at one employer, the kind of place before an employer's name ("w restauracji
Manekin"), volunteering, wishes and applications that tell no job, employers written "там само"
or "у тій самій компанії", sections of unpaid work and referees, a current job told without a
title under a headline that gives it, contract notes in brackets, a header line a narrow column
wrapped, and the person's contact line with a date in it."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.labelled_entries import split_dated_jobs
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume

D = date


def _told(sentence: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in jobs_in_sentence(sentence)]


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    candidate = parse_text_resume(text, "cv.txt")
    return [(e.title, e.organization, e.start, e.end) for e in candidate.evidence
            if e.kind is EvidenceKind.JOB]


@pytest.mark.parametrize(
    ("sentence", "job"),
    [("До цього, з 2013 по 2019 рік, працювала бухгалтером з розрахунку заробітної плати в ПАТ "
      "«Вінницяобленерго»: нарахування зарплати на 900 осіб.",
      ("бухгалтером з розрахунку заробітної плати", "ПАТ «Вінницяобленерго»", D(2013, 1, 1),
       D(2019, 1, 1))),
     ("2015–2018 — менеджер з логістики, ТОВ «Нова Пошта», відділення в Дніпрі.",
      ("менеджер з логістики", "ТОВ «Нова Пошта»", D(2015, 1, 1), D(2018, 1, 1))),
     # the title after its employer, in the instrumental
     ("З березня 2019 року працюю в ТОВ «Вінницька птахофабрика» (група МХП) головним "
      "бухгалтером.",
      ("головним бухгалтером", "ТОВ «Вінницька птахофабрика»", D(2019, 3, 1), None)),
     # head-first titles and their words
     ("Trước đó, từ 2017 đến 2020, tôi là nhân viên hành chính nhân sự tại Công ty TNHH Canon "
      "Việt Nam (KCN Thăng Long), quản lý chấm công.",
      ("nhân viên hành chính nhân sự", "Công ty TNHH Canon Việt Nam", D(2017, 1, 1),
       D(2020, 1, 1))),
     ("Trong thời gian học đại học, tôi làm thêm ở vị trí nhân viên bán hàng tại Circle K "
      "(2015 – 2016).",
      ("nhân viên bán hàng", "Circle K", D(2015, 1, 1), D(2016, 1, 1))),
     ("Od marca 2021 pracuję w Decathlon sp. z o.o. jako specjalistka ds. kadr i płac – "
      "rozliczam wynagrodzenia.",
      ("specjalistka ds. kadr i płac", "Decathlon", D(2021, 3, 1), None)),
     ("Desde enero de 2021 a la fecha me desempeño como Generalista de Recursos Humanos en "
      "Oracle de México.",
      ("Generalista de Recursos Humanos", "Oracle de México", D(2021, 1, 1), None)),
     # the kind of place before the employer's name
     ("Wcześniej, podczas studiów, dorabiałam jako kelnerka w restauracji Manekin (2015–2017).",
      ("kelnerka", "Manekin", D(2015, 1, 1), D(2017, 1, 1))),
     ("Ще під час навчання працювала адміністраторкою в мережі кав'ярень «Львівська майстерня "
      "шоколаду» (2014–2015).",
      ("адміністраторкою", "«Львівська майстерня шоколаду»", D(2014, 1, 1), D(2015, 1, 1)))],
)  # fmt: skip
def test_a_job_told_in_a_sentence_keeps_its_whole_title_and_its_employer(
    sentence: str, job: tuple[str, str | None, date | None, date | None]
) -> None:
    assert _told(sentence) == [job]


def test_a_title_keeps_no_experience_and_no_dates_after_z() -> None:
    # "з досвідом" is experience, "з березня 2019" opens dates: neither is the title's field
    assert _told("Я головний бухгалтер з досвідом 12 років.") == []
    assert _told("З березня 2019 року працюю головним бухгалтером у ТОВ «Агро».") == [
        ("головним бухгалтером", "ТОВ «Агро»", D(2019, 3, 1), None)
    ]


def test_two_roles_in_one_range_at_one_employer() -> None:
    assert _told(
        "W latach 2017–2021 byłam zatrudniona przez agencję pracy tymczasowej Randstad Polska i "
        "oddelegowana do Amazon Fulfillment Poland w Strykowie, najpierw jako pracownik "
        "magazynu, a od 2019 jako asystentka działu HR."
    ) == [
        ("pracownik magazynu", "Amazon Fulfillment Poland", D(2017, 1, 1), D(2019, 1, 1)),
        ("asystentka działu HR", "Amazon Fulfillment Poland", D(2019, 1, 1), D(2021, 1, 1)),
    ]
    assert _told(
        "Antes estuve en Flextronics Manufacturing Mex, S.A. de C.V. (Flex) de agosto de 2017 a "
        "diciembre de 2020, primero como reclutadora operativa y luego como analista de "
        "capacitación."
    )[0][0] == "reclutadora operativa"


@pytest.mark.parametrize(
    "sentence",
    ["De 2019 a 2021 también colaboré como voluntaria en la Cruz Roja Mexicana.",
     "Волонтерство: з 2022 року координую збір гуманітарної допомоги в ГО «Дніпро Разом».",
     "Since 2020 I volunteer as a mentor at Code Club Lagos.",
     "Mong muốn làm việc lâu dài ở vị trí kế toán tổng hợp trong môi trường chuyên nghiệp.",
     "Tôi xin ứng tuyển vị trí Trưởng nhóm Tuyển dụng mà Quý Công ty đăng trên TopCV.",
     "To obtain a position as a Staff Nurse in a tertiary hospital abroad."],
)  # fmt: skip
def test_volunteering_wishes_and_applications_tell_no_job(sentence: str) -> None:
    assert _told(sentence) == []


def test_an_employer_written_as_the_same_one_is_the_one_before() -> None:
    jobs = _jobs(
        "Гнатюк Оксана\noksana.h@example.com.ua\nТРУДОВА ДІЯЛЬНІСТЬ\n"
        "Період | Місце роботи | Посада | Обов'язки\n"
        "2017 – 02.2021 | ФОП Левицький І. В. | бухгалтер-касир | касова дисципліна\n"
        "2016 – 2017 | там само | оператор ПК | введення накладних в 1С\n"
    )
    assert [(t, o) for t, o, _, _ in jobs] == [
        ("бухгалтер-касир", "ФОП Левицький І. В."), ("оператор ПК", "ФОП Левицький І. В."),
    ]
    told = _jobs(
        "Бондаренко Ірина\niryna.b@example.com.ua\n\n"
        "З 03.2021 по теперішній час працюю в ТОВ «Агро-Транс Логістик» на посаді керівника "
        "відділу продажів: веду ключових клієнтів.\n\n"
        "Перед цим у тій самій компанії з 09.2018 по 02.2021 була менеджером з продажу: готувала "
        "комерційні пропозиції.\n"
    )
    assert told[1] == (
        "менеджером з продажу", "ТОВ «Агро-Транс Логістик»", D(2018, 9, 1), D(2021, 2, 1)
    )


def test_unpaid_work_and_referees_are_no_jobs() -> None:
    jobs = _jobs(
        "Rizky Aditya Pratama\nrizky@example.co.id\n\nPengalaman Kerja\n\nAdmin Inventory\n"
        "PT Indomarco Prismatama - Bekasi\nFeb 2019 - Jul 2021\n\nOrganisasi\n"
        "Karang Taruna RW 05 - Ketua Bidang Olahraga\n2018 - 2020\n\n"
        "PROFESSIONAL MEMBERSHIP\nAssociate, Chartered Institute of Bankers of Nigeria (ACIB), "
        "2020\n"
    )
    assert [t for t, _, _, _ in jobs] == ["Admin Inventory"]


def test_a_vietnamese_training_table_is_education() -> None:
    jobs = _jobs(
        "Họ và tên: ĐỖ THỊ HỒNG NHUNG\nEmail: hongnhung@example.vn\nQUÁ TRÌNH CÔNG TÁC\n"
        "Thời gian | Đơn vị công tác | Chức vụ | Công việc chính\n"
        "T3/2019 - hiện tại | Công ty TNHH LG Display Việt Nam Hải Phòng | Trưởng ca sản xuất | "
        "Quản lý 40 công nhân trên dây chuyền lắp ráp module.\n"
        "2014 – 2015 | Siêu thị Big C Hải Phòng | Thu ngân | Bán hàng, kiểm đếm tiền cuối ca.\n"
        "QUÁ TRÌNH ĐÀO TẠO\n2010 – 2014 | Trường Đại học Hàng hải Việt Nam | Cử nhân Quản trị "
        "kinh doanh\n"
    )
    assert jobs == [
        ("Trưởng ca sản xuất", "Công ty TNHH LG Display Việt Nam Hải Phòng", D(2019, 3, 1), None),
        ("Thu ngân", "Siêu thị Big C Hải Phòng", D(2014, 1, 1), D(2015, 1, 1)),
    ]


def test_a_current_job_told_without_a_title_has_the_headline_s() -> None:
    jobs = _jobs(
        "Олена Шевчук\nQA Engineer · Львів, Україна\nolena@example.com.ua\n\nПро мене\n"
        "З вересня 2021 року працюю в SoftServe на проєкті для страхової компанії. Пишу "
        "автотести на Java.\n\n"
        "До цього, з березня 2019 до серпня 2021, була Manual QA в компанії Intellias: "
        "регресійне тестування.\n"
    )
    assert [(t, o) for t, o, _, _ in jobs] == [("QA Engineer", "SoftServe"),
                                               ("Manual QA", "Intellias")]  # fmt: skip


def _entries(text: str) -> list[tuple[str | None, str | None, date | None, date | None]]:
    return [(e.title, e.organization, e.start, e.end) for e in split_dated_jobs(text.split("\n"))]


def test_a_contract_in_brackets_is_no_part_of_the_title_or_the_employer() -> None:
    assert _entries(
        "Chong Hua Hospital, Cebu City\nStaff Nurse, Intensive Care Unit — Feb. 2022–present\n"
        "• Care for ventilated patients, ACLS responder.\nVicente Sotto Memorial Medical Center\n"
        "Staff Nurse (Contractual, DOH) — Sept. 2019–Jan. 2022\n"
        "• Medical-surgical ward.\n"
        "\nStaf Gudang (Kontrak via PT Gunung Sewu Outsourcing)\n"
        "PT Unilever Indonesia Tbk - Cikarang\nMar 2017 - Jan 2019"
    )[1:] == [("Staff Nurse (Contractual, DOH)", "Vicente Sotto Memorial Medical Center",
               D(2019, 9, 1),
               D(2022, 1, 1)),
          ("Staf Gudang", "PT Unilever Indonesia Tbk", D(2017, 3, 1), D(2019, 1, 1))]  # fmt: skip


def test_a_header_line_a_narrow_column_wrapped_is_one_line() -> None:
    assert _entries(
        "Chuyên viên Phân tích Dữ liệu — Công ty TNHH Shopee Việt\nNam\n03/2023 - Hiện tại\n\n"
        "• Xây dựng dashboard doanh số trên Power BI."
    ) == [("Chuyên viên Phân tích Dữ liệu", "Công ty TNHH Shopee Việt Nam", D(2023, 3, 1),
           None)]  # fmt: skip


def test_the_contact_line_is_no_job_though_it_says_since_when() -> None:
    jobs = _jobs(
        "ТКАЧЕНКО Дмитро\nSenior ML Engineer\n"
        "Wrocław, Польща (з 2022 р.) · +48 731 220 915 · d.tkachenko@example.com\n"
        "## Досвід роботи\n"
        "2016–2018 — молодший розробник Python у ТОВ «Нікс Солюшенс» (NIX), Харків.\n"
    )
    assert [t for t, _, _, _ in jobs] == ["молодший розробник Python"]
