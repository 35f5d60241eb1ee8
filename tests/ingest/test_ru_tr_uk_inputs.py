"""Russian, Turkish and Ukrainian résumés as they arrive (issue 15, second round): Turkish jobs
told in sentences, a Europass work-permit line, a job board's own date, hh.ru's education block
and Russian text full of Latin tool names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.entries import split_year_led
from worldhire.ingest.resumes.header import read_header
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.resumes.residence import place_in_line
from worldhire.ingest.resumes.resume_text import RESUME_DATE_LINE, parse_text_resume
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.language import detect_language

# -- Turkish prose jobs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title", "organization", "start", "end"),
    [
        (
            "2021'den beri Trendyol'da makine öğrenmesi mühendisi olarak çalışıyorum.",
            "makine öğrenmesi mühendisi", "Trendyol", date(2021, 1, 1), None,
        ),
        (
            "Getir'de 2 yıl veri bilimci olarak çalıştım, talep tahmini modelleri kurdum.",
            "veri bilimci", "Getir", None, None,
        ),
        (
            "2015 - 2019 yılları arasında Logo Yazılım şirketinde kıdemli yazılım geliştirici "
            "olarak görev yaptım.",
            "kıdemli yazılım geliştirici", "Logo Yazılım", date(2015, 1, 1), date(2019, 1, 1),
        ),
        (
            "Mart 2019'dan bu yana Havelsan'da teknik lider olarak çalışıyorum.",
            "teknik lider", "Havelsan", date(2019, 3, 1), None,
        ),
        (
            "Kariyerime 2017'de Aselsan'da yazılım mühendisi olarak başladım ve 2019'a kadar "
            "orada çalıştım.",
            "yazılım mühendisi", "Aselsan", date(2017, 1, 1), date(2019, 1, 1),
        ),
        (
            "2012'de Netaş'ta yazılım geliştirici olarak işe başladım; 3 yıl boyunca test "
            "araçları yazdım.",
            "yazılım geliştirici", "Netaş", date(2012, 1, 1), date(2015, 1, 1),
        ),
        (
            "Daha önce Peak Games'te veri analisti olarak çalıştım.",
            "veri analisti", "Peak Games", None, None,
        ),
    ],
)  # fmt: skip
def test_a_turkish_sentence_tells_employer_title_and_dates(
    sentence: str, title: str, organization: str, start: date | None, end: date | None
) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert (job.title, job.organization, job.start, job.end) == (title, organization, start, end)


@pytest.mark.parametrize(
    "sentence",
    [
        "İstanbul'da yaşıyorum ve uzaktan çalışmayı tercih ediyorum.",
        "ODTÜ Bilgisayar Mühendisliği'nden 2017'de mezun oldum.",
        "Türkiye saatiyle 09:00-18:00 arası çalışıyorum.",
    ],
)
def test_a_turkish_sentence_without_a_job_gives_none(sentence: str) -> None:
    assert job_in_sentence(sentence) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("2021'den beri", date(2021, 1, 1)),
        ("Mart 2019'dan bu yana", date(2019, 3, 1)),
        ("2020 yılından itibaren", date(2020, 1, 1)),
    ],
)
def test_turkish_since_comes_after_the_date(text: str, start: date) -> None:
    found = find_range(text)
    assert found is not None and found.since
    assert (found.start, found.end) == (start, None)


@given(st.integers(1990, 2030), st.sampled_from(["den", "dan", "ten", "tan"]))
def test_any_year_with_an_ablative_and_beri_opens_a_range(year: int, ending: str) -> None:
    found = find_range(f"{year}'{ending} beri çalışıyorum")
    assert found is not None and found.start == date(year, 1, 1) and found.end is None


TURKISH_PROSE = """Emre Yıldırım
emre.yildirim@example.com | 0 542 318 77 06 | Ankara

Merhaba, ben Emre. 2021'den beri Trendyol'da makine öğrenmesi mühendisi olarak çalışıyorum. \
Arama sıralaması modelleri geliştiriyorum; modelleri Kubernetes üzerinde servis ediyoruz.
Getir'de 2 yıl veri bilimci olarak çalıştım, talep tahmini için LightGBM modelleri kurdum.
"""

TURKISH_HEADED = """Can Öztürk
Çankaya, Ankara · can.ozturk@example.com

İŞ DENEYİMİ
Mart 2019'dan bu yana Havelsan'da teknik lider olarak çalışıyorum. Savunma projelerinde .NET \
Core ve Azure tabanlı servislerin mimarisini kuruyor, 6 kişilik ekibi yönetiyorum.

2015 - 2019 yılları arasında Logo Yazılım şirketinde kıdemli yazılım geliştirici olarak görev \
yaptım. ERP ürünlerinin web arayüzlerini Angular ve ASP.NET MVC ile geliştirdim.
"""


@pytest.mark.parametrize(
    ("text", "jobs"),
    [
        (TURKISH_PROSE, [("makine öğrenmesi mühendisi", "Trendyol"), ("veri bilimci", "Getir")]),
        (
            TURKISH_HEADED,
            [("teknik lider", "Havelsan"), ("kıdemli yazılım geliştirici", "Logo Yazılım")],
        ),
    ],
)
def test_turkish_jobs_told_in_sentences_are_jobs(text: str, jobs: list[tuple[str, str]]) -> None:
    candidate = parse_text_resume(text, "cv.txt")
    found = [(e.title, e.organization) for e in candidate.evidence if e.kind is EvidenceKind.JOB]
    assert sorted(found) == sorted(jobs)


# -- Russian and Ukrainian prose with Latin titles ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title", "organization"),
    [
        ("С 2022 года работаю Senior Python Developer в EPAM Systems: проектирую микросервисы.",
         "Senior Python Developer", "EPAM Systems"),
        ("Начинал junior-разработчиком в iTechArt (2017–2019): поддержка REST API.",
         "junior-разработчиком", "iTechArt"),
        ("З 2022 року працюю Machine Learning Engineer у SoftServe, де будую системи.",
         "Machine Learning Engineer", "SoftServe"),
        ("Раніше, з 2019 по 2022 рік, працював Data Scientist в компанії Lohika.",
         "Data Scientist", "Lohika"),
    ],
)  # fmt: skip
def test_a_latin_title_after_a_cyrillic_work_verb_stops_at_the_employer(
    sentence: str, title: str, organization: str
) -> None:
    job = job_in_sentence(sentence)
    assert job is not None and (job.title, job.organization) == (title, organization)


# -- a job board's own date ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Резюме від 12 березня 2024",
        "Резюме от 5 апреля 2024",
        "Морозов Илья  •  Резюме обновлено 2 февраля 2025 в 18:40    1",
        "Резюме оновлено 03.02.2025",
        "CV updated 14 January 2025",
    ],
)
def test_the_documents_own_date_line_is_recognised(line: str) -> None:
    assert RESUME_DATE_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    ["з 03.2015 по теперішній час", "Резюме", "Электрик, от 12 000 грн", "Март 2021 —"],
)
def test_other_lines_are_no_document_date(line: str) -> None:
    assert RESUME_DATE_LINE.fullmatch(line) is None


WORK_UA = """Резюме від 12 березня 2024

Мельник Оксана Василівна
Головний бухгалтер
35 000 грн

Місто проживання: Вінниця

Досвід роботи

Головний бухгалтер
з 01.2020 по теперішній час (4 роки 2 місяці)
ТОВ «Вінницька птахофабрика», Вінниця (Сільське господарство)
— ведення бухгалтерського та податкового обліку підприємства.
"""


def test_a_work_ua_export_has_no_job_from_its_date_and_asks_its_pay() -> None:
    candidate = parse_text_resume(WORK_UA, "cv.txt")
    jobs = [e for e in candidate.evidence if e.kind is EvidenceKind.JOB]
    assert [(j.organization, j.start) for j in jobs] == [
        ("ТОВ «Вінницька птахофабрика»", date(2020, 1, 1))
    ]
    assert candidate.pay_stated is not None
    assert (candidate.pay_stated.currency, candidate.pay_stated.low) == ("UAH", 35000)


# -- hh.ru education ---------------------------------------------------------------------------

HH_EDUCATION = [
    "Магистр",
    "2018",
    "Санкт-Петербургский государственный университет",
    "Математико-механический факультет, Статистическое моделирование",
    "2016",
    "Московский физико-технический институт",
    "Факультет инноваций и высоких технологий, Прикладная математика и информатика",
]


def test_hh_education_is_one_entry_a_year() -> None:
    entries = split_year_led(HH_EDUCATION)
    assert entries is not None
    assert [(e.title, e.end) for e in entries] == [
        ("Санкт-Петербургский государственный университет", date(2018, 1, 1)),
        ("Московский физико-технический институт", date(2016, 1, 1)),
    ]
    assert entries[0].body == [
        "Математико-механический факультет, Статистическое моделирование",
        "Магистр",
    ]


@given(
    st.lists(
        st.tuples(
            st.integers(1960, 2030),
            st.lists(st.text(alphabet="абвгд еёжзAB", min_size=1, max_size=30), max_size=3),
        ),
        max_size=5,
    )
)
def test_each_year_line_with_lines_under_it_is_one_entry(
    blocks: list[tuple[int, list[str]]],
) -> None:
    lines = [line for year, content in blocks for line in (str(year), *content)]
    entries = split_year_led(lines) or []
    ends = [date(year, 1, 1) for year, content in blocks if any(c.strip() for c in content)]
    assert [e.end for e in entries] == ends
    assert all(e.title and e.title == e.title.strip() for e in entries)


def test_hh_education_reads_as_two_degrees() -> None:
    text = "Илья Морозов\nilya@example.com\n\nОбразование\n" + "\n".join(HH_EDUCATION)
    candidate = parse_text_resume(text, "cv.txt")
    degrees = [e for e in candidate.evidence if e.kind is EvidenceKind.EDUCATION]
    assert [d.organization for d in degrees] == [
        "Санкт-Петербургский государственный университет",
        "Московский физико-технический институт",
    ]


# -- where the person lives, not where they may work ----------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        # a Europass row as a PDF gives it: the label cell, then the value cell
        ["Deniz Koç", "Çalışma izni | Almanya (AB mavi kart başvurusu)", "Bornova, İzmir"],
        ["Ірина Савчук", "Work permit | Poland", "Київ, Україна"],
    ],
)
def test_a_work_permit_line_is_not_the_home(lines: list[str]) -> None:
    header = read_header(lines, len(lines), [])
    assert header.place is not None and header.place.country in {"TR", "UA"}


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("Alsancak Mah. 1453 Sok. No:7, 35220 İzmir (Türkiye)", "TR"),
        ("вул. Сагайдачного 14, кв. 9, 04070 Київ (Україна)", "UA"),
        ("ул. Комитаса 34, кв. 12, 0012 Ереван (Армения)", "AM"),
    ],
)
def test_an_address_with_street_abbreviations_is_a_place(line: str, country: str) -> None:
    hit = place_in_line(line)
    assert hit is not None and hit[1].country == country


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("KİŞİSEL BİLGİLER | Deniz Koç", "Deniz Koç"),
        ("ОСОБИСТА ІНФОРМАЦІЯ | Ірина Савчук", "Ірина Савчук"),
        ("ЛИЧНАЯ ИНФОРМАЦИЯ | Арам Саргсян", "Арам Саргсян"),
    ],
)
def test_a_europass_first_row_holds_the_name(row: str, name: str) -> None:
    lines = ["Europass", row, "+90 232 441 18 20", "someone@example.com"]
    assert read_header(lines, 1, []).name == name


# -- Russian with Latin tool names -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senior Data Scientist, Tinkoff — построение моделей оттока на CatBoost",
        "Ведущий Machine Learning Engineer в команде Computer Vision",
        "Знаю SQL, Python, Excel, Power BI на продвинутом уровне",
        "Участвовал в хакатонах, занял 2 место на Kaggle competition",
        "Написание unit-тестов на pytest, code review, менторинг junior-разработчиков",
        "Руководил командой из 5 Data Engineers, внедрил dbt и Snowflake",
    ],
)
def test_russian_with_latin_names_is_russian(text: str) -> None:
    assert detect_language(text) == "ru"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I worked at Яндекс as a data scientist and built the ranking models.", "en"),
        ("Працюю Data Scientist у компанії SoftServe, будую моделі прогнозування.", "uk"),
    ],
)
def test_latin_prose_and_ukrainian_keep_their_language(text: str, language: str) -> None:
    assert detect_language(text) == language


# -- smaller readings ----------------------------------------------------------------------


def test_a_current_job_without_its_title_takes_the_self_introduced_one() -> None:
    text = (
        "Игорь Лебедев\nigor@example.com\n\n"
        "Здравствуйте! Меня зовут Игорь, я инженер по машинному обучению. С 2021 года работаю "
        "в Яндексе в команде поиска по картинкам.\n"
    )
    jobs = [e for e in parse_text_resume(text, "cv.txt").evidence if e.kind is EvidenceKind.JOB]
    assert [(j.title, j.organization) for j in jobs] == [
        ("инженер по машинному обучению", "Яндексе")
    ]


def test_the_noun_work_with_a_country_is_no_job() -> None:
    assert job_in_sentence("Рассматриваю удалённую работу или релокацию в Польшу.") is None
    assert job_in_sentence("Год работал в Сбере.") is not None


@pytest.mark.parametrize(
    ("sentence", "languages"),
    [
        ("İngilizcem ileri seviyede, Almancam başlangıç seviyesinde.",
         ["English (advanced)", "German (basic)"]),
        ("Fransızcam orta seviyede.", ["French (intermediate)"]),
    ],
)  # fmt: skip
def test_turkish_my_language_at_a_level(sentence: str, languages: list[str]) -> None:
    text = f"Emre Yıldırım\nemre@example.com\n\n{sentence}\n"
    assert parse_text_resume(text, "cv.txt").languages == languages


HH_WORD_TABLE = """Кузнецова Ольга
olga@example.com

Опыт работы —13 лет 1 месяц

Февраль 2020 —
настоящее время
4 года 11 месяцев

Ак Барс Банк
Казань, akbars.ru
HR бизнес-партнёр
Подбор и адаптация сотрудников IT-блока (200+ человек), оценка персонала, программы удержания.
"""


def test_an_hh_job_split_across_word_table_cells_is_one_job() -> None:
    jobs = [
        e for e in parse_text_resume(HH_WORD_TABLE, "cv.txt").evidence
        if e.kind is EvidenceKind.JOB
    ]  # fmt: skip
    assert [(j.title, j.organization, j.start, j.end) for j in jobs] == [
        ("HR бизнес-партнёр", "Ак Барс Банк", date(2020, 2, 1), None)
    ]


def test_russian_expectations_cue_the_asked_pay() -> None:
    text = "Павел Ковалёв\npavel@example.com\n\nОжидания — от 4500 $ в месяц.\n"
    pay = parse_text_resume(text, "cv.txt").pay_stated
    assert pay is not None and (pay.currency, pay.low, pay.period) == ("USD", 4500, "month")
