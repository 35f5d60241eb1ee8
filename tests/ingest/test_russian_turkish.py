"""Russian and Turkish résumés as people send them (issue 15): hh.ru's export, Kariyer.net-style
headings with and without diacritics, Turkish and Russian dates and present words."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import heading_key
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.geo import Place, resolve_place
from worldhire.ingest.shared.hours import find_stated_hours
from worldhire.ingest.shared.language import detect_language
from worldhire.ingest.shared.pay import find_pay
from worldhire.ingest.shared.spoken_languages import find_spoken_languages

HH_RU = """Ахметов Тимур Ерланович
Мужчина, 31 год, родился 14 июня 1995
+7 (701) 555-12-34
timur.akhmetov.ds@gmail.com — предпочитаемый способ связи

Опыт работы —7 лет 4 месяца

Март 2021 —
настоящее время
3 года 9 месяцев
Kaspi.kz
Казахстан, kaspi.kz
Финансовый сектор
Ведущий специалист по машинному обучению
Разработал модель кредитного скоринга на LightGBM, которая снизила долю дефолтов на 12%.
Наставник для 3 джуниоров, проводил код-ревью.

Август 2017 —
Февраль 2021
3 года 7 месяцев
Beeline Казахстан
Алматы, www.beeline.kz
Аналитик данных
Прогнозирование оттока абонентов (Python, scikit-learn, SQL, Spark).

Образование
Высшее
2017
Казахский национальный университет им. аль-Фараби, Алматы
"""

TR_CV = """Elif Yıldırım
Makine Öğrenmesi Mühendisi
İstanbul, Türkiye | +90 532 111 22 33 | elif.yildirim@outlook.com

İŞ DENEYİMİ
Trendyol — Kıdemli Makine Öğrenmesi Mühendisi
Ocak 2022 – Halen
• Ürün arama sıralaması için BERT tabanlı bir model geliştirdim.

Getir — Veri Bilimci
Haziran 2019 – Aralık 2021
• Teslimat süresi tahmini için XGBoost modeli.

EĞİTİM
Boğaziçi Üniversitesi, Bilgisayar Mühendisliği (Lisans), 2015 – 2019
"""


def _jobs(candidate: Candidate) -> list[tuple[str, str | None, date | None, date | None]]:
    return [
        (e.title, e.organization, e.start, e.end)
        for e in candidate.evidence
        if e.kind is EvidenceKind.JOB
    ]


def test_an_hh_ru_export_gives_its_jobs_with_title_employer_and_dates() -> None:
    jobs = _jobs(parse_text_resume(HH_RU, "cv.txt"))
    assert jobs == [
        ("Ведущий специалист по машинному обучению", "Kaspi.kz", date(2021, 3, 1), None),
        ("Аналитик данных", "Beeline Казахстан", date(2017, 8, 1), date(2021, 2, 1)),
    ]


def test_a_turkish_cv_gives_its_jobs_and_files_its_school_under_education() -> None:
    candidate = parse_text_resume(TR_CV, "cv.txt")
    assert _jobs(candidate) == [
        ("Kıdemli Makine Öğrenmesi Mühendisi", "Trendyol", date(2022, 1, 1), None),
        ("Veri Bilimci", "Getir", date(2019, 6, 1), date(2021, 12, 1)),
    ]
    assert any(e.kind is EvidenceKind.EDUCATION for e in candidate.evidence)


@pytest.mark.parametrize(("line", "key"), [
    ("Опыт работы —7 лет 4 месяца", "experience"),
    ("Ключевые навыки", "skills"),
    ("Знание языков", "languages"),
    ("Обо мне", "summary"),
    ("İŞ DENEYİMİ", "experience"),
    ("Is Deneyimi", "experience"),
    ("EĞİTİM", "education"),
    ("Egitim Bilgileri", "education"),
    ("YETENEKLER", "skills"),
    ("DİLLER", "languages"),
    ("HAKKIMDA", "summary"),
    ("Experience - 1 year 6 months", None),  # a labelled line, not a heading with its total
])  # fmt: skip
def test_russian_and_turkish_headings(line: str, key: str | None) -> None:
    assert heading_key(line) == key


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Март 2021 — настоящее время", date(2021, 3, 1), None),
    ("с марта 2019 по сей день", date(2019, 3, 1), None),
    ("Ocak 2022 – Halen", date(2022, 1, 1), None),
    ("Mart 2020 - Devam ediyor", date(2020, 3, 1), None),
    ("Eylül 2021 – Günümüz", date(2021, 9, 1), None),
    ("Agustos 2019 - Aralik 2021", date(2019, 8, 1), date(2021, 12, 1)),
])  # fmt: skip
def test_russian_and_turkish_date_ranges(text: str, start: date, end: date | None) -> None:
    found = find_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(("text", "expected"), [
    ("Казахский — Родной\nРусский — C2 — В совершенстве\nАнглийский — B2 — Средне-продвинутый",
     [("Kazakh", "native"), ("Russian", "C2"), ("English", "B2")]),
    ("Türkçe (ana dil), İngilizce (C1), Almanca (A2)",
     [("Turkish", "native"), ("English", "C1"), ("German", "A2")]),
    ("İngilizce - İleri\nAlmanca - Başlangıç", [("English", "advanced"), ("German", "basic")]),
    ("Ingilizce - Orta (B1)\nTurkce - Ana dil", [("English", "B1"), ("Turkish", "native")]),
])  # fmt: skip
def test_russian_and_turkish_language_lists(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_spoken_languages(text, listed=True)
    assert [(x.name, x.level) for x in found] == expected


@pytest.mark.parametrize(("text", "country", "currency", "amount", "basis"), [
    ("1 200 000 ₸ на руки", "KZ", "KZT", 1_200_000, "net"),
    ("от 250 000 руб. на руки", "RU", "RUB", 250_000, "net"),
    ("Ожидания по зарплате — от 400 тыс. руб. на руки.", "RU", "RUB", 400_000, "net"),
    ("Ожидаемая зарплата: 12 000 000 сум.", "UZ", "UZS", 12_000_000, None),
    ("45.000 TL net", "TR", "TRY", 45_000, "net"),
    ("Maaş beklentim: 120.000 TL net/ay.", "TR", "TRY", 120_000, "net"),
])  # fmt: skip
def test_russian_and_turkish_pay(
    text: str, country: str, currency: str, amount: float, basis: str | None
) -> None:
    pay = find_pay(text, country, cued=True)[0]
    assert (pay.currency, pay.low, pay.period, pay.basis) == (currency, amount, "month", basis)


@pytest.mark.parametrize(("text", "country", "zone"), [
    ("Алматы", "KZ", "Asia/Almaty"),
    ("Москва, м. Бауманская", "RU", "Europe/Moscow"),
    ("Esenyurt, İstanbul (Avr.)", "TR", "Europe/Istanbul"),
    ("Тбилиси, Грузия", "GE", "Asia/Tbilisi"),
    ("г. Ташкент, Мирзо-Улугбекский район", "UZ", "Asia/Tashkent"),
])  # fmt: skip
def test_russian_and_turkish_places(text: str, country: str, zone: str) -> None:
    assert resolve_place(text) == Place(country, zone)


def test_hours_by_moscow_time() -> None:
    hours = find_stated_hours("Работаю с 10:00 до 19:00 по московскому времени.")[0]
    assert (hours.start, hours.end, hours.timezone) == (10, 19, "Europe/Moscow")


def test_an_hh_ru_header_gives_the_place_and_languages() -> None:
    candidate = parse_text_resume(
        HH_RU.replace("предпочитаемый способ связи\n", "предпочитаемый способ связи\n"
                      "Проживает: Алматы\n")
        + "\nЗнание языков\nКазахский — Родной\nАнглийский — B2 — Средне-продвинутый\n",
        "cv.txt",
    )
    assert (candidate.country, candidate.timezone) == ("KZ", "Asia/Almaty")
    assert candidate.languages == ["Kazakh (native)", "English (B2)"]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Вывел в продакшн сервис рекомендаций для четырёх миллионов пользователей.", "ru"),
    ("Ürün arama sıralaması için BERT tabanlı bir model geliştirdim.", "tr"),
    ("teslimat suresi tahmini icin XGBoost modeli gelistirdim", "tr"),
])  # fmt: skip
def test_russian_and_turkish_are_identified(sentence: str, language: str) -> None:
    assert detect_language(sentence) == language
