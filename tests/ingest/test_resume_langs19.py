"""Regressions from batch langs19-a (bench/data/extraction, even ids 1280...1302) and from the
layouts of the hiring regions' CVs it stands for: dates with a year word after a numeric month
("10.2020 r."), open ends in Romanian and Ukrainian ("ÎN CURS", "по цей день"), a job board's
footer that names the board after an employer cue ("Profil wygenerowany w Pracuj.pl"), a
residence told as "domisili Depok", a level word beside an exam score, "giao tiếp cơ bản", a
languages cell a table wrapped after its separator, Indonesian "bhs", and Vietnamese job tables
and entries: start and end in columns of their own ("Từ | Đến | Đơn vị công tác | Chức vụ"), a
labelled title under an employer's dated line, entries dated at their end; tools named after
the words that introduce one in those languages ("trên Bullhorn", "pakai Jubelio", "sous
Pixid")."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.residence import place_in_prose
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.tool_names import tool_names
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.spoken_languages import find_spoken_languages
from worldhire.skills.literal import LiteralMatcher
from worldhire.skills.taxonomy_cache import load_taxonomy

D = date


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    candidate = parse_text_resume(text, "cv.txt")
    return [(e.title, e.organization, e.start, e.end) for e in candidate.evidence
            if e.kind is EvidenceKind.JOB]  # fmt: skip


def _levels(text: str, listed: bool = True) -> dict[str, str | None]:
    return {x.name: x.level for x in find_spoken_languages(text, listed=listed)}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("10.2020 r. – obecnie", D(2020, 10, 1), None),
     ("od 03.2019 r. do 05.2022 r.", D(2019, 3, 1), D(2022, 5, 1)),
     ("03.2020 р. – дотепер", D(2020, 3, 1), None),
     ("IX 2019 r. – obecnie", D(2019, 9, 1), None),
     ("01/03/2021 – ÎN CURS", D(2021, 3, 1), None),
     ("octombrie 2020 – în curs", D(2020, 10, 1), None),
     ("03.2020 – по цей день", D(2020, 3, 1), None),
     ("2020 — по т. ч.", D(2020, 1, 1), None),
     ("Jan 2019 s.d sekarang", D(2019, 1, 1), None)],
)  # fmt: skip
def test_ranges_as_the_hiring_regions_write_them(
    text: str, start: date, end: date | None
) -> None:
    found = find_range(text)
    assert found is not None and (found.start, found.end) == (start, end)


def test_a_job_board_named_in_its_footer_is_no_employer() -> None:
    # "Pracuj.pl" holds the verb "pracuj" (to work): the board's name is no verb of work
    assert jobs_in_sentence("Profil wygenerowany w Pracuj.pl") == []
    told = jobs_in_sentence("Od 2019 pracuję w Pracuj.pl jako analityk")
    assert [(j.title, j.organization) for j in told] == [("analityk", "Pracuj.pl")]


def test_a_residence_told_as_domisili_gives_the_place() -> None:
    found = place_in_prose("Perkenalkan nama saya Siti, umur 27 thn, domisili Depok.")
    assert found is not None and found[0] == "Depok" and found[1].country == "ID"


@pytest.mark.parametrize(
    ("text", "levels"),
    [("Anglais : courant (TOEIC 905) – Allemand : scolaire",
      {"English": "fluent", "German": "basic"}),
     ("Inglés: avanzado (TOEFL iBT 95)", {"English": "advanced"}),
     ("Tiếng Anh: TOEIC 850", {"English": "B2"}),  # a score alone still gives a level
     ("Tiếng Anh giao tiếp cơ bản; tiếng Hàn sơ cấp", {"English": "basic", "Korean": "basic"}),
     ("Tiếng Anh: giao tiếp", {"English": "conversational"})],
)  # fmt: skip
def test_the_person_s_own_level_word_wins(text: str, levels: dict[str, str | None]) -> None:
    assert _levels(text) == levels


def test_a_languages_cell_wrapped_after_its_separator_keeps_its_last_level() -> None:
    text = "\n".join([
        "Tobias Brandt",
        "Data Scientist · Leipzig · tobias.brandt.ds@example.de",
        "",
        "Kenntnisse",
        "",
        "Programmierung: Python (pandas, scikit-learn), SQL, R",
        "Tools: MLflow, Docker, Git, Tableau, AWS",
        "Sprachen: Deutsch – Muttersprache; Englisch – verhandlungssicher (C1); Russisch –",
        "Grundkenntnisse",
    ])  # fmt: skip
    languages = parse_text_resume(text, "cv.txt").languages
    assert "Russian (basic)" in languages and "English (C1)" in languages


def test_indonesian_bhs_names_a_language_in_a_loose_line() -> None:
    text = "\n".join([
        "Siti Nurhaliza Lubis",
        "No WA 0896-5530-1187, email sitinurhaliza.cs@example.com",
        "",
        "bisa ms office (word, excel), canva, bhs inggris pasif.",
    ])  # fmt: skip
    assert parse_text_resume(text, "cv.txt").languages == ["English (basic)"]


_HEAD = "Nguyễn Văn An\nEmail: an.nguyen@example.vn | 0912 345 678\n\nKINH NGHIỆM LÀM VIỆC\n"


@pytest.mark.parametrize(
    ("header", "rows"),
    [("Từ | Đến | Đơn vị công tác | Chức vụ",
      ["03/2019 | nay | Công ty TNHH Điện tử Samsung Việt Nam | Kỹ sư quy trình sản xuất",
       "08/2016 | 02/2019 | Công ty Cổ phần Phần mềm FPT | Lập trình viên"]),
     ("From | To | Company | Position",
      ["03/2019 | Present | Samsung Electronics Vietnam Co., Ltd. | Senior Process Engineer",
       "08/2016 | 02/2019 | FPT Software Company Limited | Software Developer"])],
)  # fmt: skip
def test_a_table_dates_its_jobs_in_a_start_and_an_end_column(header: str, rows: list[str]) -> None:
    jobs = _jobs(_HEAD + "\n".join([header, *rows]))
    assert [(j[2], j[3]) for j in jobs] == [(D(2019, 3, 1), None), (D(2016, 8, 1), D(2019, 2, 1))]
    assert all(j[1] and j[1] in row and j[0] in row for j, row in zip(jobs, rows, strict=True))


def test_a_labelled_title_under_an_employer_s_dated_line_is_that_job_s() -> None:
    jobs = _jobs(_HEAD + "\n".join([
        "01/2020 - nay: Công ty Cổ phần Vincom Retail",
        "Vị trí: Chuyên viên marketing",
        "06/2017 - 12/2019: Công ty TNHH Unilever Việt Nam",
        "Vị trí: Nhân viên PR",
    ]))  # fmt: skip
    assert [(j[0], j[1]) for j in jobs] == [
        ("Chuyên viên marketing", "Công ty Cổ phần Vincom Retail"),
        ("Nhân viên PR", "Công ty TNHH Unilever Việt Nam"),
    ]


def test_entries_dated_at_their_end_are_entries_though_vietnamese_runs_long() -> None:
    jobs = _jobs(_HEAD + "\n".join([
        "Nhân viên kinh doanh - Công ty TNHH Thương mại Hòa Bình",
        "2020 - nay",
        "Trưởng nhóm bán hàng, Công ty CP Thế Giới Di Động (2017 - 2020)",
    ]))  # fmt: skip
    assert jobs == [
        ("Nhân viên kinh doanh", "Công ty TNHH Thương mại Hòa Bình", D(2020, 1, 1), None),
        ("Trưởng nhóm bán hàng", "Công ty CP Thế Giới Di Động", D(2017, 1, 1), D(2020, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [("Quản lý pipeline ứng viên trên Bullhorn", ["Bullhorn"]),
     ("Nhập đơn hàng bằng Haravan mỗi ngày", ["Haravan"]),
     ("Input pesanan pakai Jubelio setiap hari", ["Jubelio"]),
     ("Préparation des éléments de paie sous Pixid", ["Pixid"]),
     # words that also introduce an employer or a client name no tool
     ("Saya bekerja dengan Unilever Indonesia", []),
     ("Trabajé con Telefónica", []),
     ("Ich arbeite mit Kunden aus Berlin", [])],
)  # fmt: skip
def test_a_tool_named_after_a_word_that_introduces_one_in_the_region_s_languages(
    text: str, names: list[str]
) -> None:
    taxonomy = load_taxonomy()
    linked = [(h.start, h.end) for h in LiteralMatcher(taxonomy).hits(text)]
    assert [n.text for n in tool_names(text, linked, taxonomy)] == names
