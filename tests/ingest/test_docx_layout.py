"""DOCX layouts people send: layout tables, label/value rows, nested tables, text boxes (with
their VML fallback copy), headers and footers, hyperlinks, numbered and bulleted lists."""

from __future__ import annotations

import io

import docx
import pytest
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from worldhire.ingest import limits
from worldhire.ingest.docx_text import docx_text


def save(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_MORE_NAMESPACES = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def text_box(lines: list[str]) -> str:
    """A floating text box as Word writes it: DrawingML, with a VML copy for old readers."""
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        f'<w:p {nsdecls("w", "wp", "a", "pic")} {_MORE_NAMESPACES}><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{paragraphs}"
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_layout_table_holding_the_cv_is_read_cell_by_cell() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "CONTACT"
    for line in ["ana@example.ro", "+40 721 000 111", "SKILLS", "Python, LightGBM"]:
        left.add_paragraph(line)
    right.text = "Ana Popescu"
    for line in ["EXPERIENCE", "ML Engineer at Bitdefender", "2019 - 2023"]:
        right.add_paragraph(line)
    text = docx_text(save(document)).text
    assert lines_of(text) == ["CONTACT", "ana@example.ro", "+40 721 000 111", "SKILLS",
                              "Python, LightGBM", "Ana Popescu", "EXPERIENCE",
                              "ML Engineer at Bitdefender", "2019 - 2023"]
    assert "Python, LightGBM\n\nAna Popescu" in text


def test_two_cell_rows_read_as_label_and_value() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Email", "jan@example.pl"),
                                                ("Phone:", "+48 600 100 200"),
                                                ("2018 - 2021", "Data engineer, Allegro")],
                                   strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    assert lines_of(docx_text(save(document)).text) == [
        "Email: jan@example.pl", "Phone: +48 600 100 200", "2018 - 2021 | Data engineer, Allegro"
    ]


def test_nested_table_is_read_inside_its_cell_and_merged_cells_once() -> None:
    document = docx.Document()
    outer = document.add_table(rows=2, cols=2)
    merged = outer.cell(0, 0).merge(outer.cell(0, 1))
    merged.text = "Curriculum Vitae"
    outer.cell(1, 0).text = "Skills"
    inner = outer.cell(1, 1).add_table(rows=2, cols=2)
    for row, (skill, level) in zip(inner.rows, [("Python", "expert level"),
                                                ("Go", "working knowledge")], strict=True):
        row.cells[0].text, row.cells[1].text = skill, level
    lines = lines_of(docx_text(save(document)).text)
    assert lines.count("Curriculum Vitae") == 1
    assert lines.index("Skills") < lines.index("Python: expert level") < lines.index(
        "Go: working knowledge")


def test_text_box_is_read_once_after_its_anchor() -> None:
    document = docx.Document()
    document.add_paragraph("Maria Silva")
    document.element.body.insert(1, parse_xml(text_box(["Lisboa, Portugal", "maria@example.pt"])))
    document.add_paragraph("Engenheira de dados na Feedzai desde 2020.")
    text = docx_text(save(document)).text
    assert text.count("maria@example.pt") == 1
    assert lines_of(text) == ["Maria Silva", "Lisboa, Portugal", "maria@example.pt",
                              "Engenheira de dados na Feedzai desde 2020."]


def test_headers_footers_links_and_lists() -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Oleksandr Shevchenko | oleks@example.ua"
    section.footer.paragraphs[0].text = "github.com/oleks-ml"
    section.footer.add_paragraph("2")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("Trained ranking models", style="List Bullet")
    document.add_paragraph("Served them with Triton", style="List Number")
    part = document.part
    rel = part.relate_to("https://github.com/oleks-ml", RT.HYPERLINK, is_external=True)
    document.paragraphs[-1]._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"><w:r><w:t> (code)</w:t></w:r></w:hyperlink>'
    ))
    content = docx_text(save(document))
    assert lines_of(content.text) == [
        "Oleksandr Shevchenko | oleks@example.ua", "## Experience", "- Trained ranking models",
        "- Served them with Triton (code)", "github.com/oleks-ml",
    ]
    assert content.links == ["https://github.com/oleks-ml"]


def test_reading_stops_at_the_paragraph_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_DOCX_PARAGRAPHS", 50)
    document = docx.Document()
    for index in range(200):
        document.add_paragraph(f"line {index}")
    lines = lines_of(docx_text(save(document)).text)
    assert lines[0] == "line 0" and 40 <= len(lines) <= 60
