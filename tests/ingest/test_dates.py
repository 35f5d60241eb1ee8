"""Dates and ranges in the hiring regions' languages (issue 15, item 2)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.lexicon.dates import MONTHS
from worldhire.ingest.shared.dates import (
    find_dates,
    find_range,
    find_ranges,
    parse_date,
    reading_document,
)

D = date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # The examples of issue 15.
        ("ene. 2019 – actualidad", D(2019, 1, 1), None),
        ("março de 2020 – atual", D(2020, 3, 1), None),
        ("03.2021 – obecnie", D(2021, 3, 1), None),
        (
            "Application Development Associate / Accenture - / November 2017 to Present",
            D(2017, 11, 1),
            None,
        ),
        ("Since 2022 I have been at Safaricom in Nairobi", D(2022, 1, 1), None),
        (
            "from 2020 to 2022, I was a machine learning engineer at Twiga Foods",
            D(2020, 1, 1),
            D(2022, 1, 1),
        ),
        # Declined month names and numeric forms.
        ("marca 2020 – obecnie", D(2020, 3, 1), None),
        ("березня 2020 – по теперішній час", D(2020, 3, 1), None),
        ("вересень 2018 – травень 2020", D(2018, 9, 1), D(2020, 5, 1)),
        ("tháng 3 năm 2020 – nay", D(2020, 3, 1), None),
        ("Tháng 3/2020 - hiện tại", D(2020, 3, 1), None),
        ("T3/2020 - T5/2021", D(2020, 3, 1), D(2021, 5, 1)),
        ("janv. 2019 – aujourd’hui", D(2019, 1, 1), None),
        ("sept. 2017 - à ce jour", D(2017, 9, 1), None),
        ("März 2019 – heute", D(2019, 3, 1), None),
        ("Okt 2016 - bis dato", D(2016, 10, 1), None),
        ("ianuarie 2018 – până în prezent", D(2018, 1, 1), None),
        ("Agustus 2019 - sekarang", D(2019, 8, 1), None),
        ("Mei 2020 – saat ini", D(2020, 5, 1), None),
        ("2021.03 – 2022.05", D(2021, 3, 1), D(2022, 5, 1)),
        ("03/2021 - 12/2022", D(2021, 3, 1), D(2022, 12, 1)),
        ("III.2019 – VI.2021", D(2019, 3, 1), D(2021, 6, 1)),
        ("15.03.2020 - 30.06.2021", D(2020, 3, 1), D(2021, 6, 1)),
        ("2019 – дотепер", D(2019, 1, 1), None),
        ("2019 – тепер", D(2019, 1, 1), None),
        ("2018 - nadal", D(2018, 1, 1), None),
        ("2017 – prezent", D(2017, 1, 1), None),
        ("2019 - hiện tại", D(2019, 1, 1), None),
        # Open starts and prose ranges.
        ("desde 2021", D(2021, 1, 1), None),
        ("od 2020 roku", D(2020, 1, 1), None),
        ("з 2021 року", D(2021, 1, 1), None),
        ("din 2020", D(2020, 1, 1), None),
        ("depuis 2019", D(2019, 1, 1), None),
        ("seit 2018", D(2018, 1, 1), None),
        ("từ 2021", D(2021, 1, 1), None),
        ("sejak 2021", D(2021, 1, 1), None),
        ("de 2018 a 2020", D(2018, 1, 1), D(2020, 1, 1)),
        ("w latach 2018–2020", D(2018, 1, 1), D(2020, 1, 1)),
        ("von 2018 bis 2020", D(2018, 1, 1), D(2020, 1, 1)),
        ("dari 2018 hingga 2020", D(2018, 1, 1), D(2020, 1, 1)),
        ("từ năm 2018 đến năm 2020", D(2018, 1, 1), D(2020, 1, 1)),
        ("entre 2016 y 2019", D(2016, 1, 1), D(2019, 1, 1)),
        ("Jan – Mar 2020", D(2020, 1, 1), D(2020, 3, 1)),
        ("B.Tech 2012-16", D(2012, 1, 1), D(2016, 1, 1)),
        # Month names and present words of Arabic, Thai, Malay, Hungarian, Serbian, Bulgarian.
        ("مارس 2021 – حتى الآن", D(2021, 3, 1), None),
        ("سبتمبر 2016 – فبراير 2021", D(2016, 9, 1), D(2021, 2, 1)),
        ("أيلول 2019 - حالياً", D(2019, 9, 1), None),
        ("من يناير 2018 إلى يونيو 2020", D(2018, 1, 1), D(2020, 6, 1)),
        ("شتنبر 2017 - غشت 2019", D(2017, 9, 1), D(2019, 8, 1)),
        ("มี.ค. 2022 - ปัจจุบัน", D(2022, 3, 1), None),
        ("มกราคม 2019 ถึง ธันวาคม 2020", D(2019, 1, 1), D(2020, 12, 1)),
        ("Mac 2021 - Kini", D(2021, 3, 1), None),
        ("Ogos 2017 - Disember 2019", D(2017, 8, 1), D(2019, 12, 1)),
        ("2021. március – jelenleg", D(2021, 3, 1), None),
        ("2015. szept. – 2017. máj.", D(2015, 9, 1), D(2017, 5, 1)),
        ("јун 2019 – тренутно", D(2019, 6, 1), None),
        ("septembar 2018 – do danas", D(2018, 9, 1), None),
        ("октомври 2020 – до момента", D(2020, 10, 1), None),
        # a month whose vowel and tone marks are no word characters to Python, before a dot
        ("Role (กุมภาพันธ์. 2019 – มีนาคม 2021)", D(2019, 2, 1), D(2021, 3, 1)),
    ],
)
def test_ranges_in_many_languages(text: str, start: date, end: date | None) -> None:
    found = find_range(text)
    assert found is not None, text
    assert (found.start, found.end) == (start, end)


def test_range_keeps_its_span() -> None:
    text = "Engineer at Acme (marzec 2019 – obecnie), Kraków"
    found = find_range(text)
    assert found is not None
    assert text[found.span[0] : found.span[1]] == "marzec 2019 – obecnie"


def test_several_ranges_in_prose() -> None:
    text = "From 2016 to 2018 I studied in Lagos; since 2021 I have been at Paystack."
    assert [(r.start, r.end) for r in find_ranges(text)] == [
        (D(2016, 1, 1), D(2018, 1, 1)),
        (D(2021, 1, 1), None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2010-12", "Class XII 2013 from CBSE", "revenue grew 20-30%", "v2.3 - v3.1",
        "Зарплатні очікування: від 2000$ на місяць", "od 2000 zł netto", "from 2000 USD a month",
    ],
)
def test_not_a_range(text: str) -> None:
    assert find_range(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 marca 2020", D(2020, 3, 1)),
        ("15 de marzo de 2020", D(2020, 3, 1)),
        ("March 15, 2020", D(2020, 3, 1)),
        ("03/15/2020", D(2020, 3, 1)),
        ("2020 r.", D(2020, 1, 1)),
        ("Jan '19", D(2019, 1, 1)),
        ("tháng ba năm 2020", D(2020, 3, 1)),
    ],
)
def test_single_dates(text: str, value: date) -> None:
    assert parse_date(text) == value


def test_dates_in_prose() -> None:
    text = "Joined Globant in March 2019 and moved to Kyiv in 2021."
    assert [m.value for m in find_dates(text)] == [D(2019, 3, 1), D(2021, 1, 1)]


# --- properties ---------------------------------------------------------------------------

_month_forms = st.integers(1, 12).flatmap(
    lambda m: st.tuples(st.just(m), st.sampled_from(MONTHS[m]))
)
_years = st.integers(1960, 2035)


def _written(month: int, form: str, year: int, style: int) -> str:
    return [
        f"{form} {year}",
        f"{form.capitalize()}. {year}",
        f"{month:02d}.{year}",
        f"{month}/{year}",
        f"{year}-{month:02d}",
        f"{year}.{month:02d}",
        f"tháng {month} năm {year}",
        f"T{month}/{year}",
    ][style]


@given(_month_forms, _years, st.integers(0, 7))
def test_written_date_round_trips(month_form: tuple[int, str], year: int, style: int) -> None:
    month, form = month_form
    assert parse_date(_written(month, form, year, style)) == D(year, month, 1)


@given(
    _month_forms, _years, _month_forms, _years, st.integers(0, 7), st.integers(0, 7),
    st.sampled_from([" – ", " - ", "–", " to ", " a ", " do ", " bis ", " đến ", " hingga "]),
    st.text(max_size=20), st.text(max_size=20),
)  # fmt: skip
def test_written_range_round_trips(
    a: tuple[int, str], year_a: int, b: tuple[int, str], year_b: int, style_a: int,
    style_b: int, joiner: str, before: str, after: str,
) -> None:  # fmt: skip
    first, second = D(year_a, a[0], 1), D(year_b, b[0], 1)
    written = _written(*a, year_a, style_a) + joiner + _written(*b, year_b, style_b)
    text = f"Role ({written})"
    found = find_range(text)
    assert found is not None
    assert (found.start, found.end) == (min(first, second), max(first, second))
    assert text[found.span[0] : found.span[1]].endswith(written[-4:])


@given(st.text(max_size=300))
def test_any_text_gives_ordered_ranges_inside_it(text: str) -> None:
    previous_end = 0
    for found in find_ranges(text):
        assert 0 <= found.span[0] < found.span[1] <= len(text)
        assert found.span[0] >= previous_end
        previous_end = found.span[1]
        assert found.start is not None
        assert found.end is None or found.start <= found.end
    for mention in find_dates(text):
        assert 0 <= mention.span[0] < mention.span[1] <= len(text)
    parse_date(text)


@given(st.text(alphabet="0123456789 -–./:,'TtIVXanyhiện", max_size=60))
def test_digit_soup_never_raises(text: str) -> None:
    for found in find_ranges(text):
        assert found.end is None or found.start is None or found.start <= found.end
    parse_date(text)


def test_since_is_told_from_an_open_range() -> None:
    since, open_range = find_range("desde 2021"), find_range("2021 – actualidad")
    assert since is not None and since.since
    assert open_range is not None and not open_range.since


@pytest.mark.parametrize("text", ["з 2021 р. дотепер", "desde 2021 hasta la fecha",
                                  "od 2021 – obecnie"])  # fmt: skip
def test_a_present_word_after_a_since_date_is_part_of_it(text: str) -> None:
    # "з 2021 р. дотепер" left "дотепер" over, so the line was no date line and its job lost
    # the title row above it (uk-mixed-07).
    found = find_range(text)
    assert found is not None and found.end is None
    assert found.span == (0, len(text))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("มิ.ย. 2565 - ปัจจุบัน", D(2022, 6, 1), None),
        ("ก.ค. 2562 - พ.ค. 2565", D(2019, 7, 1), D(2022, 5, 1)),
        ("2556 - 2560   มหาวิทยาลัยเกษตรศาสตร์", D(2013, 1, 1), D(2017, 1, 1)),
        ("ตั้งแต่ พ.ศ. 2563 ถึง ปัจจุบัน", D(2020, 1, 1), None),
    ],
)
def test_thai_years_of_the_buddhist_era(text: str, start: date, end: date | None) -> None:
    found = find_range(text)
    assert found is not None, text
    assert (found.start, found.end) == (start, end)
    assert found.span[1] <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jan 2565 - Mar 2566",  # no Thai: no Buddhist-era year either
        "ค่าเดินทาง 2550 บาท",  # an amount in baht
        "โทร 02 2565 1234",  # a phone number's group
    ],
)
def test_no_buddhist_era_year(text: str) -> None:
    assert find_ranges(text) == [] and find_dates(text) == []


def test_a_thai_date_alone() -> None:
    assert parse_date("มิ.ย. 2565") == D(2022, 6, 1)


@given(st.integers(min_value=1990, max_value=2020), st.integers(min_value=1, max_value=5))
def test_ranges_read_again_are_the_same_and_a_fresh_list(first: int, length: int) -> None:
    # Readers ask for the same line's ranges many times; one caller's edit stays its own.
    line = f"Line cook, Harbour Grill {first} - {first + length}"
    ranges = find_ranges(line)
    ranges.clear()
    again = find_ranges(line)
    assert [(r.start, r.end) for r in again] == [(D(first, 1, 1), D(first + length, 1, 1))]
    assert find_range(line) == again[0]


def test_a_line_read_outside_then_inside_a_thai_document() -> None:
    # A bare "2558 - 2560" is a Buddhist-era span only where the document is Thai: a reading of
    # the line outside such a document must not answer for it inside one, nor the other way.
    line = "2558 - 2560"
    assert find_ranges(line) == []
    with reading_document("ประสบการณ์ทำงาน พนักงานขาย ร้านหนังสือ"):
        inside = find_range(line)
    assert inside is not None and (inside.start, inside.end) == (D(2015, 1, 1), D(2017, 1, 1))
    assert find_range(line) is None


@pytest.mark.parametrize(
    "document",
    [
        "Sales clerk at a bookshop in Leeds, 2019 - 2021",  # no Thai letter at all
        "๒๕๕๘ - ๒๕๖๐ ๑๒๓",  # Thai digits only: no letter, so no Thai writing either
    ],
)
def test_a_document_without_thai_letters_keeps_years_as_written(document: str) -> None:
    with reading_document(document):
        assert find_range("2558 - 2560") is None
