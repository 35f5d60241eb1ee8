"""Job tables as people send them (issue 15, dev-resume-tables): bordered three-column PDF tables
whose cells wrap (dates | employer | role and duties), Word tables whose role and employer are two
paragraphs of one cell, and tables whose header row names the columns in any order."""

from __future__ import annotations

import io
import re
from datetime import date

from docx import Document
from fpdf import FPDF
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.docx_text import docx_text
from worldhire.ingest.extract.cleanup import record_lines
from worldhire.ingest.extract.layout import Run
from worldhire.ingest.extract.ruled import Box, read_ruled_rows, rules_from_boxes
from worldhire.ingest.pdf_text import pdf_text
from worldhire.ingest.resumes.labelled_entries import split_dated_jobs
from worldhire.ingest.resumes.resume_text import _rejoin_wrapped_contacts, parse_text_resume

ROWS = [
    ("Dates", "Entreprise", "Poste et missions"),
    ("09/2019 – aujourd'hui", "Crédit Agricole Nord de France\nAgence de Lille-Vauban",
     "Conseillère clientèle\nAccueil et conseil des clients, ouverture de comptes, suivi d'un "
     "portefeuille de 450 clients, vente de produits d'épargne."),
    ("2014 – 2016", "Manpower", "Agent administratif\nClassement, saisie de données."),
]  # fmt: skip


def _ascii(text: str) -> str:
    return text.replace("é", "e").replace("–", "-")  # fpdf2's core fonts are Latin-1


def _bordered_pdf(*, valign: str) -> bytes:
    """The table as fpdf2 draws it: each cell a box, its text at the top or in the middle."""
    pdf = _page()
    with pdf.table(col_widths=(0.2, 0.4, 0.4), borders_layout="ALL", first_row_as_headings=False,
                   v_align=valign, width=170, text_align="LEFT", align="LEFT",
                   padding=1) as table:  # fmt: skip
        for cells in ROWS:
            row = table.row()
            for text in cells:
                row.cell(_ascii(text))
    return bytes(pdf.output())


def _lined_pdf() -> bytes:
    """The table as Word exports it: texts placed in their cells, the borders separate lines."""
    pdf = _page()
    left, top, widths, height = pdf.l_margin, pdf.get_y(), (34.0, 68.0, 68.0), 30.0
    for n, cells in enumerate(ROWS):
        x = left
        for width, text in zip(widths, cells, strict=True):
            pdf.set_xy(x + 1, top + n * height + 1)
            pdf.multi_cell(width - 2, 4.5, _ascii(text))
            x += width
    for x in (left, left + 34, left + 102, left + 170):
        pdf.line(x, top, x, top + len(ROWS) * height)
    for n in range(len(ROWS) + 1):
        pdf.line(left, top + n * height, left + 170, top + n * height)
    return bytes(pdf.output())


def _page() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 8, "Camille Rousseau - camille@example.fr", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "EXPERIENCE", new_x="LMARGIN", new_y="NEXT")
    return pdf


def _jobs(text: str) -> list[tuple[str, str | None, date | None]]:
    lines = text.split("\n")
    start = lines.index("EXPERIENCE") + 1
    return [(e.title, e.organization, e.start) for e in split_dated_jobs(lines[start:])]


def test_a_bordered_pdf_table_reads_each_row_as_one_job() -> None:
    for valign in ("MIDDLE", "TOP"):
        text = pdf_text(_bordered_pdf(valign=valign))
        assert "Dates | Entreprise | Poste et missions" in text
        assert _jobs(text) == [
            ("Conseillère clientèle", "Credit Agricole Nord de France, Agence de Lille-Vauban",
             date(2019, 9, 1)),
            ("Agent administratif", "Manpower", date(2014, 1, 1)),
        ], valign  # fmt: skip
        # The duties wrapped over two lines of the cell come out as one line under the job.
        assert re.search(r"^- Accueil et conseil .* d'epargne\.$", text, re.MULTILINE)


def test_a_table_ruled_by_separate_lines_reads_the_same() -> None:
    boxed = pdf_text(_bordered_pdf(valign="TOP"))
    lined = pdf_text(_lined_pdf())
    assert _jobs(lined) == _jobs(boxed)


_WORDS = st.lists(st.from_regex(r"[A-Za-z]{1,9}", fullmatch=True), min_size=1, max_size=12)


@given(st.lists(_WORDS, min_size=1, max_size=5), st.lists(_WORDS, min_size=1, max_size=5))
def test_a_ruled_row_keeps_every_word_of_its_cells(left: list[list[str]],
                                                    right: list[list[str]]) -> None:
    # Two boxes side by side, each holding lines of runs at 12 pt pitch.
    boxes = [Box(50.0, 100.0, 150.0, 180.0, True), Box(150.0, 100.0, 400.0, 180.0, True)]
    runs = [Run(53.0, 102.0 + 12 * n, 53.0 + 5 * len(" ".join(w)), 111.0 + 12 * n, " ".join(w))
            for n, w in enumerate(left)]  # fmt: skip
    runs += [Run(153.0, 102.0 + 12 * n, 153.0 + 5 * len(" ".join(w)), 111.0 + 12 * n,
                 " ".join(w)) for n, w in enumerate(right)]  # fmt: skip
    runs.append(Run(50.0, 300.0, 90.0, 309.0, "Outside"))
    read = read_ruled_rows(runs, rules_from_boxes(boxes))
    words = sorted(w for r in runs for w in r.text.split())
    assert sorted(w for r in read for w in re.findall(r"[A-Za-z]+", r.text)) == words
    assert [r.text for r in read if r.top >= 300] == ["Outside"]


def test_a_line_ended_short_of_the_border_stays_a_line_of_its_own() -> None:
    boxes = [Box(50.0, 100.0, 150.0, 160.0, True), Box(150.0, 100.0, 400.0, 160.0, True)]
    runs = [
        Run(53.0, 102.0, 120.0, 111.0, "2019 - 2021"),
        Run(153.0, 102.0, 250.0, 111.0, "Data analyst"),  # ends far from the border at 400
        Run(153.0, 114.0, 396.0, 123.0, "Built the weekly sales dashboards for the retail"),
        Run(153.0, 126.0, 260.0, 135.0, "team in Power BI."),  # wrapped: joins the line above
    ]
    (row,) = read_ruled_rows(runs, rules_from_boxes(boxes))
    assert row.text.split("\n") == [
        "2019 - 2021 | Data analyst",
        "- Built the weekly sales dashboards for the retail team in Power BI.",
    ]


def test_a_word_row_of_paragraphs_reads_as_its_heads_then_its_work() -> None:
    doc = Document()
    doc.add_paragraph("Tomasz Zieliński")
    table = doc.add_table(rows=1, cols=3)
    cells = table.rows[0].cells
    cells[0].text = "03.2021 – obecnie"
    cells[1].text = "DHL Supply Chain"
    cells[1].add_paragraph("Stryków")
    cells[2].text = "Kierownik zmiany magazynowej"
    cells[2].add_paragraph("Nadzór nad zespołem 25 osób, planowanie pracy zmiany, raportowanie.")
    raw = io.BytesIO()
    doc.save(raw)
    lines = docx_text(raw.getvalue()).text.split("\n")
    assert "03.2021 – obecnie | DHL Supply Chain, Stryków | Kierownik zmiany magazynowej" in lines
    assert "- Nadzór nad zespołem 25 osób, planowanie pracy zmiany, raportowanie." in lines


def test_a_layout_table_holding_a_cv_is_no_record() -> None:
    sidebar = ["Contact", "jane@example.com", "Skills", "Python"]
    main = ["Jane Doe", *[f"Line {n} of the main column." for n in range(12)]]
    assert record_lines([sidebar, main], dated=True) is None  # a cell of thirteen lines
    assert record_lines([sidebar, main[:4]], dated=False) is None  # no dates: no job row


# Each line holds something besides spaces: a cell of blank lines is no cell (record_lines drops
# it), so a row of one real cell and one blank is rightly no record.
@given(st.lists(st.lists(st.from_regex(r"[\w,.][\w ,.]{0,39}", fullmatch=True), min_size=1,
                         max_size=4), min_size=2, max_size=4))  # fmt: skip
def test_a_record_keeps_every_word(cells: list[list[str]]) -> None:
    lines = record_lines(cells, dated=True)
    assert lines is not None
    words = sorted(re.findall(r"\w+", " ".join(line for cell in cells for line in cell)))
    assert sorted(re.findall(r"\w+", " ".join(lines))) == words


def test_a_header_row_that_names_the_columns_places_title_and_employer() -> None:
    lines = [
        "Zeitraum | Arbeitgeber | Position und Aufgaben",
        "seit 09/2019 | Robert Bosch GmbH | Buchhalterin",
        "- Kreditorenbuchhaltung, Monatsabschlüsse",
        "",
        "2016 (6 Monate) | Weber & Partner | Praktikantin",
    ]
    jobs = split_dated_jobs(lines)
    assert [(j.title, j.organization, j.start, j.end) for j in jobs] == [
        ("Buchhalterin", "Robert Bosch GmbH", date(2019, 9, 1), None),
        ("Praktikantin", "Weber & Partner", date(2016, 1, 1), date(2016, 1, 1)),
    ]
    assert jobs[0].text == "Kreditorenbuchhaltung, Monatsabschlüsse"


def test_a_column_naming_two_things_leaves_the_row_to_its_words() -> None:
    lines = ["Période | Poste / Entreprise | Missions",
             "2017 - 2019 | Data scientist, Cdiscount | Systèmes de recommandation."]  # fmt: skip
    (job,) = split_dated_jobs(lines)
    assert (job.title, job.organization) == ("Data scientist", "Cdiscount")


def test_a_heading_under_a_profile_link_is_not_part_of_it() -> None:
    text = "github.com/kbensaid\nPARCOURS PROFESSIONNEL\nlinkedin.com/in/saitej\nareddy (LinkedIn)"
    assert _rejoin_wrapped_contacts(text).split("\n") == [
        "github.com/kbensaid", "PARCOURS PROFESSIONNEL", "linkedin.com/in/saitejareddy (LinkedIn)"
    ]


def test_filled_boxes_without_an_outline_draw_no_table() -> None:
    # A sidebar's background or a table's invisible white cells: the page reads by position.
    boxes = [Box(50.0, 100.0, 150.0, 160.0, False), Box(150.0, 100.0, 400.0, 160.0, False)]
    runs = [Run(53.0, 102.0, 120.0, 111.0, "2019 - 2021"), Run(153.0, 102.0, 250.0, 111.0, "QA")]
    assert read_ruled_rows(runs, rules_from_boxes(boxes)) == runs


def test_a_date_line_in_markdown_italics_dates_its_job() -> None:
    text = ("# Taras Hnatyshyn\ntaras@example.com\n\n## Досвід\n\n**Senior ML Engineer** — Reface\n"
            "_з 2021 р. дотепер_\n- Diffusion-моделі для face swap.\n")
    (job,) = [e for e in parse_text_resume(text, "cv.md").evidence if e.kind.value == "job"]
    assert (job.title, job.organization, job.start, job.end) == (
        "Senior ML Engineer", "Reface", date(2021, 1, 1), None)
