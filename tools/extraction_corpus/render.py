"""Render corpus documents (résumés, job posts) to the files people upload: PDF, DOCX, text.

Shared by the generators of the extraction corpus (english.py, intl.py). Import it from a script
in this folder with ``from render import to_pdf, to_docx, to_text`` (the script's folder is on
sys.path when it runs as ``python tools/extraction_corpus/<script>.py``).

Documents are written in a small markup, so a source stays readable and one text renders to any
format:

    # Title              the big line at the top (usually the person's name)
    ## Heading           a section heading
    ### Sub              a bold line (a job title, a school)
    - item               a bullet
    | a | b |            a table row; consecutive rows form one table; "<br>" in a cell is a
                         line break inside the cell (a role above its employer)
    left >> right        one line with its right part flush right (dates beside a title)
    ---                  a horizontal rule (PDF only; DOCX skips it)
    (blank line)         ends a paragraph
    anything else        paragraph text; consecutive lines stay one paragraph, line breaks kept,
                         so a long line wraps and a short one stays a line of its own
    **bold**             bold words inside any text

Plain .txt/.md files are written verbatim with `to_text`: the markup is for PDF and DOCX only.

Output is deterministic (fixed creation dates, fixed zip timestamps): re-rendering an unchanged
source gives the same bytes, so regenerating the corpus shows only real changes in git.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

FIXED_DATE = dt.datetime(2026, 1, 10, 9, 0, 0, tzinfo=dt.UTC)
ZIP_DATE = (2026, 1, 10, 9, 0, 0)

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
FONT_FILES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
FontName = Literal["sans", "serif", "condensed", "mono"]


class MarkupError(ValueError):
    """A source does not follow the markup (or cannot be rendered as asked)."""


@dataclass
class Block:
    kind: str  # title, heading, sub, bullet, table, split, rule, para
    text: str = ""
    right: str = ""
    rows: list[list[str]] = field(default_factory=list)


def parse_blocks(markup: str) -> list[Block]:
    """The blocks of a markup text, in order."""
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("para", "\n".join(para)))
            para.clear()

    for raw in markup.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            flush()
            cells = [c.strip() for c in stripped[1:-1].split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
            continue
        for prefix, kind in (
            ("### ", "sub"),
            ("## ", "heading"),
            ("# ", "title"),
            ("- ", "bullet"),
        ):
            if line.startswith(prefix):
                flush()
                blocks.append(Block(kind, line[len(prefix) :].strip()))
                break
        else:
            if stripped == "---":
                flush()
                blocks.append(Block("rule"))
            elif " >> " in line:
                flush()
                left, _, right = line.partition(" >> ")
                blocks.append(Block("split", left.strip(), right=right.strip()))
            else:
                para.append(stripped)
    flush()
    return blocks


def _bold_runs(text: str) -> list[tuple[str, bool]]:
    """Text cut into (run, bold) pieces at ** markers."""
    parts = text.split("**")
    if len(parts) % 2 == 0:
        raise MarkupError(f"unbalanced ** in {text!r}")
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]


def plain_text(markup: str) -> str:
    """The words a reader sees in a rendered markup text (markers removed): what a label must be
    checked against when the rendered file's own text extraction is in doubt."""
    lines = []
    for block in parse_blocks(markup):
        if block.kind == "table":
            lines += ["  ".join(cell.replace("<br>", " ") for cell in row) for row in block.rows]
        elif block.kind == "split":
            lines.append(f"{block.text}  {block.right}")
        elif block.kind != "rule":
            lines.append(block.text)
    # Icons and box marks: quirks.py.
    text = re.sub(r"\{i:\w+\}", "", "\n".join(lines).replace("**", ""))
    return re.sub(r"(?m)^@box [\d. ]+$", "", text)


# -- PDF -------------------------------------------------------------------------------------------


def font_paths(font: FontName) -> tuple[Path, Path]:
    """Regular and bold TTF files of a DejaVu family (system fonts, else matplotlib's copy)."""
    dirs = list(FONT_DIRS)
    try:
        import matplotlib

        dirs.append(Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf")
    except ImportError:
        pass
    regular, bold = FONT_FILES[font]
    for folder in dirs:
        if (folder / regular).is_file() and (folder / bold).is_file():
            return folder / regular, folder / bold
    raise MarkupError(f"no DejaVu {font} font found in {[str(d) for d in dirs]}")


@dataclass
class PdfStyle:
    font: FontName = "sans"
    size: float = 10.0
    title_size: float = 18.0
    heading: Literal["rule", "caps", "plain", "shaded"] = "rule"
    line: float = 1.45  # line height as a multiple of the font size (in points -> mm below)
    margins: tuple[float, float, float] = (18.0, 16.0, 18.0)  # left, top, right (mm)
    bullet: str = "•"
    table_borders: bool = False
    sidebar_width: float = 62.0  # mm, sidebar layouts only
    sidebar_fill: tuple[int, int, int] = (236, 240, 244)
    sidebar_side: Literal["left", "right"] = "left"
    # column width fractions for tables with that many columns (Europass: narrow label column)
    table_widths: tuple[float, ...] | None = None
    table_valign: Literal["TOP", "MIDDLE"] = "MIDDLE"  # Word and LibreOffice tables: TOP


def to_pdf(
    path: Path,
    main: str,
    *,
    sidebar: str | None = None,
    header: str | None = None,
    footer: str | None = None,
    style: PdfStyle | None = None,
    title: str = "",
    author: str = "",
    fonts: tuple[Path, Path] | None = None,
) -> Path:
    """Render markup to a PDF: one column, or a sidebar column beside the main one.

    fonts: regular and bold TTF files to use instead of the style's DejaVu family (an icon
    font copy, see quirks.py).

    header/footer are printed on every page; "{page}" and "{pages}" in them become the page
    number and the page count ("Page {page} of {pages}"). The sidebar must fit on the first page
    (as in real two-column templates); the main column flows onto further pages.
    """
    from fpdf import FPDF

    st = style or PdfStyle()

    class _Pdf(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("body", "", st.size - 2)
                self.set_text_color(110, 110, 110)
                self.set_xy(st.margins[0], 7)
                self.cell(0, 4, header.format(page=self.page_no(), pages="{nb}"))
                self.set_text_color(0, 0, 0)
                self.set_y(st.margins[1])

        def footer(self) -> None:
            if footer:
                self.set_font("body", "", st.size - 2)
                self.set_text_color(110, 110, 110)
                self.set_y(-11)
                self.set_x(st.margins[0])
                width = self.w - st.margins[0] - st.margins[2]
                text = footer.format(page=self.page_no(), pages="{nb}")
                self.cell(width, 4, text, align="C")
                self.set_text_color(0, 0, 0)

    pdf = _Pdf(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Microsoft Word" if st.font != "mono" else "LibreOffice")
    pdf.set_producer("fpdf2")
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    regular, bold = fonts or font_paths(st.font)
    pdf.add_font("body", "", str(regular))
    pdf.add_font("body", "B", str(bold))
    left, top, right = st.margins
    pdf.set_margins(left, top, right)
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()

    if sidebar is None:
        _pdf_blocks(pdf, parse_blocks(main), st)
    else:
        gap = 8.0
        side_w = st.sidebar_width
        if st.sidebar_side == "left":
            side_x, main_x = 0.0, side_w + gap
            main_right = right
        else:
            side_x, main_x = pdf.w - side_w, left
            main_right = side_w + gap
        pdf.set_fill_color(*st.sidebar_fill)
        pdf.rect(side_x, 0, side_w, pdf.h, style="F")
        pdf.set_left_margin(side_x + 7)
        pdf.set_right_margin(pdf.w - (side_x + side_w - 6))
        pdf.set_xy(side_x + 7, top)
        _pdf_blocks(pdf, parse_blocks(sidebar), st, size_scale=0.92)
        if pdf.page_no() != 1:
            raise MarkupError("the sidebar does not fit on the first page")
        pdf.set_left_margin(main_x)
        pdf.set_right_margin(main_right)
        pdf.set_xy(main_x, top)
        _pdf_blocks(pdf, parse_blocks(main), st)

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))
    return path


def _pdf_text(pdf: Any, width: float, height: float, text: str, align: str = "L") -> None:
    # fpdf2's markdown also reads "--" and "__" as underline/italics: only use it for ** bold.
    markdown = "**" in text
    if markdown and ("--" in text or "__" in text):
        raise MarkupError(f"cannot mix ** with -- or __ in a PDF line: {text!r}")
    _bold_runs(text)
    pdf.multi_cell(
        width, height, text, align=align, markdown=markdown, new_x="LMARGIN", new_y="NEXT"
    )


def _pdf_blocks(pdf: Any, blocks: list[Block], st: PdfStyle, size_scale: float = 1.0) -> None:
    size = st.size * size_scale
    line_mm = size * st.line * 0.3528
    for block in blocks:
        width = pdf.w - pdf.l_margin - pdf.r_margin
        if block.kind == "title":
            pdf.set_font("body", "B", st.title_size * size_scale)
            _pdf_text(pdf, width, st.title_size * 0.45 * size_scale, block.text)
            pdf.ln(1.5)
        elif block.kind == "heading":
            pdf.ln(2.5)
            pdf.set_font("body", "B", size + 1.5)
            text = block.text.upper() if st.heading in ("caps", "rule") else block.text
            if st.heading == "shaded":
                pdf.set_fill_color(220, 226, 232)
                pdf.multi_cell(width, line_mm + 1, text, fill=True, new_x="LMARGIN", new_y="NEXT")
            else:
                _pdf_text(pdf, width, line_mm + 1, text)
            if st.heading == "rule":
                y = pdf.get_y()
                pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
            pdf.ln(1.5)
        elif block.kind == "sub":
            pdf.set_font("body", "B", size)
            _pdf_text(pdf, width, line_mm, block.text)
        elif block.kind == "split":
            pdf.set_font("body", "", size)
            right_w = pdf.get_string_width(block.right) + 2
            y = pdf.get_y()
            pdf.set_font("body", "B", size)
            pdf.multi_cell(width - right_w - 2, line_mm, block.text, new_x="LMARGIN", new_y="NEXT")
            y_after = pdf.get_y()
            pdf.set_font("body", "", size)
            pdf.set_xy(pdf.l_margin + width - right_w, y)
            pdf.cell(right_w, line_mm, block.right, align="R")
            pdf.set_xy(pdf.l_margin, y_after)
        elif block.kind == "bullet":
            pdf.set_font("body", "", size)
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, line_mm, st.bullet)
            pdf.set_left_margin(pdf.l_margin + 6)
            _pdf_text(pdf, width - 6, line_mm, block.text)
            pdf.set_left_margin(pdf.l_margin - 6)
        elif block.kind == "table":
            pdf.set_font("body", "", size)
            cols = max(len(r) for r in block.rows)
            widths = st.table_widths if st.table_widths and len(st.table_widths) == cols else None
            cells_text = [cell for cells in block.rows for cell in cells]
            bold = any("**" in cell for cell in cells_text)
            if bold and any("--" in cell or "__" in cell for cell in cells_text):
                raise MarkupError(f"cannot mix ** with -- or __ in a PDF table: {block.rows!r}")
            with pdf.table(
                markdown=bold,  # '**' is bold in a cell as on a line, never printed
                col_widths=tuple(widths) if widths else None,
                borders_layout="ALL" if st.table_borders else "NONE",
                first_row_as_headings=False,
                text_align="LEFT",
                line_height=line_mm,
                width=width,
                padding=0.8,
                align="LEFT",  # at the left margin: a centred table ran into a sidebar
                v_align=st.table_valign,
            ) as table:
                for cells in block.rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell.replace("<br>", "\n"))
            pdf.ln(1)
        elif block.kind == "rule":
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
            pdf.ln(2.5)
        else:
            pdf.set_font("body", "", size)
            _pdf_text(pdf, width, line_mm, block.text)
            pdf.ln(line_mm * 0.5)


# -- DOCX ------------------------------------------------------------------------------------------

_VML_NS = "urn:schemas-microsoft-com:vml"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def to_docx(
    path: Path,
    main: str,
    *,
    sidebar: str | None = None,
    layout: Literal["flow", "table", "textbox"] = "flow",
    textbox: Literal["vml", "drawing"] = "vml",
    header: str | None = None,
    footer: str | None = None,
    font: str = "Calibri",
    size: float = 10.5,
    heading_styles: bool = True,
    author: str = "",
    title: str = "",
) -> Path:
    """Render markup to a Word document.

    layout "flow": everything in the body (the sidebar, if any, first).
    layout "table": the whole CV in one borderless table (sidebar cell left, main cell right),
    as many Word templates do.
    layout "textbox": the sidebar sits in a text box (VML w:txbxContent) anchored at the top;
    the main text flows in the body. textbox "drawing" writes the box as Word 2010+ does: a
    DrawingML text box in mc:AlternateContent with a VML copy of the same text as its fallback.
    heading_styles False writes headings as bold paragraphs instead of Word's Heading styles
    (many people format headings by hand).
    header/footer: "{page}" becomes a PAGE field.
    """
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    props = doc.core_properties
    props.author = author
    props.title = title
    props.last_modified_by = author
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)

    if header:
        # Each line of a header is a paragraph of its own (a contact block in the header part).
        lines = header.split("\n")
        _docx_header_footer(doc.sections[0].header.paragraphs[0], lines[0])
        for line in lines[1:]:
            _docx_header_footer(doc.sections[0].header.add_paragraph(), line)
    if footer:
        _docx_header_footer(doc.sections[0].footer.paragraphs[0], footer)

    if layout == "table":
        table = doc.add_table(rows=1, cols=2 if sidebar else 1)
        cells = table.rows[0].cells
        if sidebar:
            cells[0].width, cells[1].width = Cm(5.5), Cm(11.5)
            _docx_blocks(cells[0], parse_blocks(sidebar), heading_styles=False)
            _docx_blocks(cells[1], parse_blocks(main), heading_styles=False)
        else:
            _docx_blocks(cells[0], parse_blocks(main), heading_styles=False)
        for cell in cells:  # a new cell starts with an empty paragraph: drop it
            first = cell.paragraphs[0]
            if not first.text and len(cell.paragraphs) > 1:
                first._element.getparent().remove(first._element)
    elif layout == "textbox":
        if not sidebar:
            raise MarkupError("layout 'textbox' needs a sidebar text to put in the box")
        anchor = doc.add_paragraph()
        _docx_blocks(doc, parse_blocks(main), heading_styles=heading_styles)
        _docx_textbox(doc, anchor, parse_blocks(sidebar), drawing=textbox == "drawing")
    else:
        if sidebar:
            _docx_blocks(doc, parse_blocks(sidebar), heading_styles=heading_styles)
        _docx_blocks(doc, parse_blocks(main), heading_styles=heading_styles)

    raw = io.BytesIO()
    doc.save(raw)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_normalise_zip(raw.getvalue()))
    return path


def _docx_runs(paragraph: Any, text: str, *, bold: bool = False) -> None:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for run_text, is_bold in _bold_runs(line) or [("", False)]:
            run = paragraph.add_run(run_text)
            run.bold = bold or is_bold or None
        if i < len(lines) - 1:
            paragraph.add_run().add_break()


def _docx_blocks(container: Any, blocks: list[Block], *, heading_styles: bool) -> None:
    """Blocks into a Document or a table cell (both have add_paragraph/add_table)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    for block in blocks:
        if block.kind == "title":
            if heading_styles and hasattr(container, "add_heading"):
                container.add_heading(block.text, level=0)
            else:
                para = container.add_paragraph()
                _docx_runs(para, block.text, bold=True)
                for run in para.runs:
                    run.font.size = Pt(18)
        elif block.kind == "heading":
            if heading_styles and hasattr(container, "add_heading"):
                container.add_heading(block.text, level=1)
            else:
                para = container.add_paragraph()
                _docx_runs(para, block.text.upper(), bold=True)
        elif block.kind == "sub":
            _docx_runs(container.add_paragraph(), block.text, bold=True)
        elif block.kind == "split":
            para = container.add_paragraph()
            para.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
            _docx_runs(para, block.text, bold=True)
            para.add_run("\t" + block.right)
        elif block.kind == "bullet":
            _docx_runs(container.add_paragraph(style="List Bullet"), block.text)
        elif block.kind == "table":
            cols = max(len(r) for r in block.rows)
            table = container.add_table(rows=0, cols=cols)
            table.style = "Table Grid"
            merges = []
            for cells in block.rows:
                row = table.add_row().cells
                for column, (cell, text) in enumerate(zip(row, cells, strict=False)):
                    cell.text = ""
                    if text in ("<", "^"):  # merged into the cell on the left / above
                        merges.append((len(table.rows) - 1, column, text))
                        continue
                    # A line break inside a cell is a paragraph of its own, as Word users type it.
                    for index, line in enumerate(text.split("<br>")):
                        para = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                        _docx_runs(para, line)
            for row_index, column, mark in merges:
                origin = (
                    table.cell(row_index, column - 1)
                    if mark == "<"
                    else table.cell(row_index - 1, column)
                )
                origin.merge(table.cell(row_index, column))
        elif block.kind == "rule":
            continue
        else:
            _docx_runs(container.add_paragraph(), block.text)


def _docx_header_footer(paragraph: Any, text: str) -> None:
    from docx.oxml import parse_xml

    before, marker, after = text.partition("{page}")
    if before:
        paragraph.add_run(before)
    if marker:
        field = parse_xml(
            f'<w:fldSimple xmlns:w="{_W_NS}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
        paragraph._p.append(field)
    if after:
        paragraph.add_run(after.replace("{pages}", ""))


def _docx_textbox(doc: Any, anchor: Any, blocks: list[Block], *, drawing: bool = False) -> None:
    """Put blocks in a VML text box anchored in `anchor`: render them in the body, then move
    their paragraphs into the box's w:txbxContent (Word keeps text box text out of the body)."""
    from docx.oxml import parse_xml

    body = doc.element.body
    before = len(body)
    _docx_blocks(doc, blocks, heading_styles=False)
    sect = body[-1]  # python-docx keeps w:sectPr last; the new blocks sit just before it
    moved = [el for el in list(body)[before - 1 : -1] if el is not sect]
    pict = parse_xml(
        f'<w:r xmlns:w="{_W_NS}" xmlns:v="{_VML_NS}"><w:pict>'
        '<v:shape id="sidebar" type="#_x0000_t202" style="position:absolute;margin-left:-60pt;'
        "margin-top:0;width:150pt;height:640pt;z-index:1;mso-position-horizontal-relative:margin"
        '" fillcolor="#eef2f5" stroked="f"><v:textbox><w:txbxContent/></v:textbox></v:shape>'
        "</w:pict></w:r>"
    )
    content = pict.find(f".//{{{_W_NS}}}txbxContent")
    for element in moved:
        body.remove(element)
        content.append(element)
    if not drawing:
        anchor._p.append(pict)
        return
    alternate = parse_xml(
        f'<mc:AlternateContent xmlns:mc="{_MC_NS}" xmlns:w="{_W_NS}" xmlns:wp="{_WP_NS}" '
        f'xmlns:a="{_A_NS}" xmlns:wps="{_WPS_NS}"><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="margin"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="1905000" cy="8128000"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1905000" '
        'cy="8128000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        "<wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent>"
    )
    box = alternate.find(f".//{{{_W_NS}}}txbxContent")
    for element in content:
        box.append(copy.deepcopy(element))
    alternate.find(f"{{{_MC_NS}}}Fallback").append(pict.find(f"{{{_W_NS}}}pict"))
    run = parse_xml(f'<w:r xmlns:w="{_W_NS}"/>')
    run.append(alternate)
    anchor._p.append(run)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry timestamps (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# -- text ------------------------------------------------------------------------------------------


def to_text(path: Path, text: str, *, crlf: bool = False, bom: bool = False) -> Path:
    """Write text as uploaded: UTF-8, optionally with Windows line ends or a byte-order mark
    (Notepad's habits)."""
    body = text if text.endswith("\n") else text + "\n"
    if crlf:
        body = re.sub(r"\r?\n", "\r\n", body)
    data = body.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path
