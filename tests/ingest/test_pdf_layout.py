"""Reading order of real PDF layouts: sidebars, label columns, tables, running headers and
footers, hyphenated line ends. The PDFs are drawn with fpdf2 at fixed positions, in the order
that makes a content-order reader interleave the columns line by line."""

from __future__ import annotations

from collections.abc import Sequence

from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.ingest.extract.cleanup import is_page_number, join_cells, join_hyphenated
from worldhire.ingest.extract.layout import Run, page_blocks
from worldhire.ingest.pdf_text import pdf_text

Placed = tuple[float, float, str, float]  # x mm, y mm, text, font size


def draw(pages: Sequence[Sequence[Placed]]) -> bytes:
    """Each page's texts, drawn top to bottom across the page (so columns interleave in the
    content stream)."""
    pdf = FPDF()
    for placed in pages:
        pdf.add_page()
        for x, y, text, size in sorted(placed, key=lambda p: (p[1], p[0])):
            pdf.set_font("Helvetica", size=size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


def column(x: float, y: float, lines: Sequence[str], size: float = 10, pitch: float = 5.0,
           gap_after: Sequence[int] = ()) -> list[Placed]:
    """Lines of a column from (x, y); an extra blank line after the indices in `gap_after`."""
    out, cursor = [], y
    for index, line in enumerate(lines):
        out.append((x, cursor, line, size))
        cursor += pitch * (2 if index in gap_after else 1)
    return out


SIDEBAR = ["CONTACT", "jane@example.com", "+44 7700 900123", "London, UK",
           "SKILLS", "Python", "PyTorch", "Kubernetes", "LANGUAGES", "English (native)",
           "Spanish (B2)"]
MAIN = ["EXPERIENCE", "ML Engineer - Monzo, London", "2020 - Present",
        "Built fraud models with gradient boosting serving", "8M customers; cut false positives",
        "by a third.", "Data Scientist - Ocado", "2017 - 2020",
        "Demand forecasting with Prophet and LightGBM."]


def lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_left_sidebar_is_read_before_the_main_column_not_interleaved() -> None:
    page: list[Placed] = [
        (75, 15, "Jane Doe", 18), (75, 23, "Senior Machine Learning Engineer", 11)
    ]
    page += column(12, 35, SIDEBAR, size=9, pitch=4.6, gap_after=(3, 7))
    page += column(75, 35, MAIN, gap_after=(5,))
    lines = lines_of(pdf_text(draw([page])))
    assert lines[: len(SIDEBAR)] == SIDEBAR or lines[2 : 2 + len(SIDEBAR)] == SIDEBAR
    main = [line for line in lines if line not in SIDEBAR]
    assert main == ["Jane Doe", "Senior Machine Learning Engineer", *MAIN]


def test_right_sidebar_in_a_smaller_font_stays_a_column() -> None:
    page = column(15, 20, ["Jane Doe", *MAIN], pitch=5, gap_after=(0, 6))
    page += column(150, 20, SIDEBAR, size=9, pitch=4.4, gap_after=(3, 7))
    text = pdf_text(draw([page]))
    assert "\n".join(MAIN) in text.replace("\n\n", "\n")
    assert "\n".join(SIDEBAR) in text.replace("\n\n", "\n")


def test_label_column_is_read_row_by_row() -> None:
    """Old Europass and Word layout tables: a label beside the first line of its value."""
    rows = [
        ("Dates", ["2019 - 2021"]),
        ("Occupation or position held", ["Machine learning engineer"]),
        ("Main activities",
         ["Built a churn model in scikit-learn and", "deployed it with FastAPI."]),
        ("Employer", ["Allegro, Poznan"]),
    ]
    page: list[Placed] = []
    y = 20.0
    for label, value in rows:
        page.append((15, y, label, 9))
        page += column(80, y, value)
        y += 5 * len(value) + 4
    lines = lines_of(pdf_text(draw([page])))
    assert lines == [
        "Dates: 2019 - 2021",
        "Occupation or position held | Machine learning engineer",
        "Main activities: Built a churn model in scikit-learn and",
        "deployed it with FastAPI.",
        "Employer: Allegro, Poznan",
    ]


def test_wrapped_label_and_page_footer_keep_a_europass_table_row_by_row() -> None:
    """Europass's label column: a label that wraps onto two lines centred on a one-line value is
    one label beside one value, and the page's footer far under the last table (beside no label)
    is no row of it; neither makes the table read as two columns, label after label."""
    rows = [
        (["Work experience"], []),
        (["Dates"], ["March 2019 - present"]),
        (["Occupation or position held"], ["Data analyst"]),
        (["Main activities and", "responsibilities"], ["Survey analysis in Stata"]),
        (["Name of employer"], ["Amref Health Africa, Nairobi"]),
        (["Personal skills"], []),
        (["Mother tongue(s)"], ["Wolof"]),
        (["Other language(s)"], ["French: C1 ; English: B2"]),
    ]
    page: list[Placed] = []
    y = 20.0
    for label, value in rows:
        page += column(15, y, label, size=9, pitch=4.6)
        # A one-line value beside a two-line label sits in the middle of the cell.
        page += column(70, y + 2.3 * (len(label) - 1), value, size=9)
        y += 4.6 * len(label) + 2
    page.append((70, 285, "Curriculum vitae of Awa Diallo", 8))
    # A label and its value join by ": " or " | " as the gap between them goes (join_cells).
    lines = [line.replace(" | ", ": ") for line in lines_of(pdf_text(draw([page])))]
    assert lines == [
        "Work experience",
        "Dates: March 2019 - present",
        "Occupation or position held: Data analyst",
        "Main activities and responsibilities: Survey analysis in Stata",
        "Name of employer: Amref Health Africa, Nairobi",
        "Personal skills",
        "Mother tongue(s): Wolof",
        "Other language(s): French: C1 ; English: B2",
        "Curriculum vitae of Awa Diallo",
    ]


def test_table_is_read_row_by_row() -> None:
    table = [("Skill", "Level", "Years"), ("Python", "Expert", "8"), ("PyTorch", "Advanced", "5"),
             ("Kubernetes", "Intermediate", "3")]
    page = [(x, 30 + 6 * i, cell, 10) for i, row in enumerate(table)
            for x, cell in zip((20, 70, 120), row, strict=True)]
    assert lines_of(pdf_text(draw([page]))) == [" | ".join(row) for row in table]


def test_wrapped_date_cell_beside_a_sidebar_is_read_with_its_entry() -> None:
    """A main column whose dates stand in a narrow column of their own and wrap onto two lines,
    each entry's title centred on them (a Canva/Word timeline template), beside a sidebar."""
    page = column(12, 20, SIDEBAR, size=9, pitch=4.6, gap_after=(3, 7))
    entries = [("Jan 2022 -", "Present", "Senior Data Engineer", "Tiger Analytics, Pune"),
               ("Jul 2018 - Dec", "2021", "Data Engineer", "Persistent Systems"),
               ("2016 - 2018", "", "Data Analyst", "Infosys")]
    y = 30.0
    for first, second, title, org in entries:
        if second:
            page += [(75, y, first, 9), (75, y + 4.4, second, 9), (105, y + 2.2, title, 9)]
        else:
            page += [(75, y + 2.2, first, 9), (105, y + 2.2, title, 9)]
        page += [(105, y + 9, org, 9), (105, y + 13.6, "Built pipelines in Airflow.", 9)]
        y += 24
    lines = lines_of(pdf_text(draw([page])))
    assert "Jan 2022 - Present | Senior Data Engineer" in lines
    assert "Jul 2018 - Dec 2021 | Data Engineer" in lines
    assert "2016 - 2018 | Data Analyst" in lines
    assert lines[: len(SIDEBAR)] == SIDEBAR


def test_wrapped_date_cell_centred_on_a_long_entry_dates_its_first_line() -> None:
    """A borderless table (a German agency profile) whose date cells wrap onto two lines and are
    centred on entries of several lines: the dates stand level with the middle lines of an entry
    (or between them), and a range whose dash ends the first line goes on on the second even
    where that line stands level with a duty. They date the entry's first line, its title."""
    entries = [("04/2019 -", "heute", ["Leiterin Werkscontrolling",
                                        "Automobilzulieferer, Stuttgart",
                                        "- Budgetplanung und Forecast",
                                        "- Einfuhrung von SAP S/4HANA",
                                        "- Investitionscontrolling"]),
               ("10/2014 -", "03/2019", ["Senior Controllerin", "Mahle Behr GmbH & Co. KG",
                                         "- Abweichungsanalysen", "- Monatsabschluss nach HGB"]),
               ("09/2011 -", "09/2014", ["Prufungsassistentin", "KPMG AG, Stuttgart",
                                         "- Jahresabschlussprufungen"])]
    page: list[Placed] = []
    y = 30.0
    for first, second, lines in entries:
        page += column(60, y, lines, size=9, pitch=4.4)
        middle = y + 4.4 * (len(lines) - 1) / 2
        page += [(20, middle - 2.2, first, 9), (20, middle + 2.2, second, 9)]
        y += 4.4 * len(lines) + 3.0
    lines = lines_of(pdf_text(draw([page])))
    assert "04/2019 - heute | Leiterin Werkscontrolling" in lines
    assert "10/2014 - 03/2019 | Senior Controllerin" in lines
    assert "09/2011 - 09/2014 | Prufungsassistentin" in lines
    assert lines.index("Automobilzulieferer, Stuttgart") == 1


def test_one_line_date_centred_on_a_long_entry_dates_its_first_line() -> None:
    """A tabular Lebenslauf whose date cells hold one line, centred on entries of several lines:
    a date level with an entry's middle line, or between two of its lines, still dates the
    entry's first line (its title), whatever the lines' glyphs ("Bern" has no descender, so the
    space under it looks wider than under a line with "g" or "p")."""
    entries = [("seit 04/2021", ["Senior Engineer, Helvetia Re,", "Bern",
                                  "Built a document extraction platform", "for claims with OCR",
                                  "and gradient boosting"]),
               ("01/2018 - 03/2021", ["Data Scientist, Post AG,", "Bern",
                                       "Forecasts of parcel volumes", "with LightGBM"]),
               ("08/2015 - 12/2017", ["Software developer, Ergon AG,", "Zurich",
                                       "Backend in Java and Python"])]
    page: list[Placed] = [(20, 20, "BERUFSERFAHRUNG", 10)]
    y = 30.0
    for date, lines in entries:
        page += column(80, y, lines, size=10, pitch=5.0)
        page.append((20, y + 5.0 * (len(lines) - 1) / 2, date, 10))
        y += 5.0 * len(lines) + 2.5
    page += [(20, y + 8, "AUSBILDUNG", 10), (20, y + 16, "2012 - 2015", 10),
             (80, y + 16, "MSc Informatik, ETH Zurich", 10)]
    lines = lines_of(pdf_text(draw([page])))
    assert "seit 04/2021 | Senior Engineer, Helvetia Re," in lines
    assert "01/2018 - 03/2021 | Data Scientist, Post AG," in lines
    assert "08/2015 - 12/2017 | Software developer, Ergon AG," in lines
    assert lines.index("2012 - 2015 | MSc Informatik, ETH Zurich") == len(lines) - 1


def test_dates_centred_on_entries_under_a_wider_label_grid_date_their_first_lines() -> None:
    """A Lebenslauf whose personal data is a grid of one-line values, set wider apart than the
    lines of the jobs below it: each job's date, level with its middle line, still dates its
    title, not the line it stands beside."""
    labels = ["Name", "Anschrift", "Telefon", "E-Mail", "Geburtsdatum", "Familienstand"]
    values = ["Jonas Pfeiffer", "Talstraße 9, 70173 Stuttgart", "0171 555 0142",
              "j.pfeiffer@example.de", "03.04.1990", "ledig"]
    page: list[Placed] = [(20, 20, "PERSÖNLICHE DATEN", 10)]
    page += [(20, 30 + 7.0 * i, label, 10) for i, label in enumerate(labels)]
    page += [(80, 30 + 7.0 * i, value, 10) for i, value in enumerate(values)]
    entries = [("05/2020 - heute", ["Prüfingenieur Fahrwerk, Mahle GmbH,", "Stuttgart - Tests",
                                    "von Achsen auf dem Prüfstand"]),
               ("09/2016 - 04/2020", ["Konstrukteur Getriebe, ZF Friedrichshafen", "AG,",
                                      "Friedrichshafen - CAD-Modelle in CATIA"]),
               ("10/2013 - 08/2016", ["Werkstudent Versuch, Bosch GmbH,", "Renningen -",
                                      "Messdaten mit MATLAB auswerten"])]
    page.append((20, 80, "BERUFSERFAHRUNG", 10))
    y = 90.0
    for date, lines in entries:
        page += column(80, y, lines, size=10, pitch=5.0)
        page.append((20, y + 5.0, date, 10))
        y += 5.0 * len(lines) + 2.0
    lines = lines_of(pdf_text(draw([page])))
    assert "05/2020 - heute | Prüfingenieur Fahrwerk, Mahle GmbH," in lines
    assert "09/2016 - 04/2020 | Konstrukteur Getriebe, ZF Friedrichshafen" in lines
    assert "10/2013 - 08/2016 | Werkstudent Versuch, Bosch GmbH," in lines


def test_dates_under_a_heading_of_their_column_date_the_entries_they_stand_beside() -> None:
    """A timeline template beside a sidebar whose date column opens with the section's heading
    over two lines: the heading pushes the first entry's dates down, level with a duty line
    rather than its title; each range (wrapped or not) dates the entry whose lines it stands
    beside, and the heading stays whole."""
    page = column(12, 20, SIDEBAR, size=9, pitch=4.6, gap_after=(3, 7))
    page += [(75, 26, "WORK", 11), (75, 31, "HISTORY", 11), (75, 42, "05/2021 - now", 9)]
    page += column(105, 24, ["Demand Planner", "Northwind Retail Group",
                             "- Weekly forecasts for 300 stores", "  with gradient boosting",
                             "- Replenishment rules in SQL", "- Dashboards for buyers"],
                   size=9, pitch=4.6)
    page += [(75, 62, "08/2017 -", 9), (75, 66.4, "04/2021", 9)]
    page += column(105, 62, ["Supply Analyst", "Harbor Foods Ltd", "- Stock reports in Excel"],
                   size=9, pitch=4.6)
    page += [(75, 84, "01/2016 -", 9), (75, 88.4, "07/2017", 9)]
    page += column(105, 84, ["Planning Intern", "Lakeside Mills", "- Data entry"],
                   size=9, pitch=4.6)
    lines = lines_of(pdf_text(draw([page])))
    assert "05/2021 - now | Demand Planner" in lines
    assert "08/2017 - 04/2021 | Supply Analyst" in lines
    assert "01/2016 - 07/2017 | Planning Intern" in lines
    assert lines.index("05/2021 - now | Demand Planner") == lines.index("HISTORY") + 1


def test_title_and_right_aligned_dates_stay_on_one_line() -> None:
    page = [(20, 30, "Senior ML Engineer - Revolut", 10), (160, 30, "2021 - Present", 10),
            (20, 35, "Built ranking models for card fraud with XGBoost and served them on", 10),
            (20, 40, "Kubernetes at 3k requests per second.", 10)]
    assert lines_of(pdf_text(draw([page])))[0] == "Senior ML Engineer - Revolut | 2021 - Present"


def test_running_headers_footers_and_page_numbers_are_removed() -> None:
    pages = []
    for number in (1, 2, 3):
        page: list[Placed] = [
            (15, 10, "Jane Doe - Curriculum Vitae", 9), (100, 290, f"Page {number} of 3", 9)
        ]
        page += column(15, 40, [f"Section {number} line {i}" for i in range(5)])
        pages.append(page)
    lines = lines_of(pdf_text(draw(pages)))
    assert lines.count("Jane Doe - Curriculum Vitae") == 1
    assert not any(line.startswith("Page ") for line in lines)
    assert lines[0] == "Jane Doe - Curriculum Vitae"
    assert len(lines) == 16


def test_hyphenated_line_end_is_joined_but_compounds_keep_their_hyphen() -> None:
    page = column(20, 30, [
        "Worked as a machine learning engi-",
        "neer on cross-",
        "functional teams building real-",
        "time recommendation systems.",
    ])
    text = " ".join(lines_of(pdf_text(draw([page]))))
    assert "engineer on" in text
    assert "cross-functional" in text and "real-time" in text


def test_image_only_and_duplicate_pages_are_skipped() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 100)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, "Jane Doe")
    assert pdf_text(bytes(pdf.output())).strip() == "Jane Doe"


def test_page_number_patterns() -> None:
    for line in ["3", "- 2 -", "Page 2 of 3", "Strona 1 z 2", "Página 1 de 2", "Seite 2 von 4",
                 "Pagina 1 din 2", "2/3", "Сторінка 1 з 2", "Halaman 1 dari 2"]:
        assert is_page_number(line), line
    for line in ["2019", "Python 3", "Page Rank research", "2019 - 2021", "3 years"]:
        assert not is_page_number(line), line


def test_cells_join_as_label_and_value_or_with_bars() -> None:
    assert join_cells(["Email", "jane@example.com"]) == "Email: jane@example.com"
    assert join_cells(["Phone:", "+44 7700 900123"]) == "Phone: +44 7700 900123"
    assert join_cells(["Python", "SQL"]) == "Python | SQL"
    assert join_cells(["2019 - 2021", "ML Engineer"]) == "2019 - 2021 | ML Engineer"
    assert join_cells(["a", "", "b", "c"]) == "a | b | c"


def test_hyphen_joining_keeps_words_seen_elsewhere() -> None:
    blocks = [["We build data-", "driven products", "and data-driven teams; an engi-", "neer."]]
    assert join_hyphenated(blocks) == [
        ["We build data-driven", "products", "and data-driven teams; an engineer."]
    ]


words = st.text(alphabet="abcdefghij", min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 700), words), max_size=60))
def test_layout_loses_no_text_and_never_fails(placed: list[tuple[int, int, str]]) -> None:
    runs = [Run(x, y, x + 6 * len(text), y + 10, text) for x, y, text in placed]
    out = " ".join(line for block in page_blocks(runs) for line in block)
    for _, _, text in placed:
        assert text in out
