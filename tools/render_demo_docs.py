"""Render the demo world's PDF and DOCX résumés from their Markdown sources.

Sources live in tools/demo_sources/ as ``<name>.pdf.md`` or ``<name>.docx.md`` and render into
src/worldhire/demo/world/candidates/<name>.pdf / <name>.docx. The rendered files are committed,
so the product never needs fpdf2 at run time; this tool is only re-run when a source changes.

Markdown subset understood:
    "# "  the person's name (document title)
    "## " a section heading
    "- "  a bullet (consecutive bullets form one list)
    anything else: a paragraph; consecutive non-blank lines stay one paragraph with their
    line breaks kept (résumé headers put title, contact and links on separate lines)
In DOCX sources, a "## Skills" section whose bullets look like "Label: a, b, c" becomes a
two-column table, as many real résumés lay skills out.

Output is deterministic: fixed PDF creation date and DOCX core properties, fixed zip entry
timestamps, so re-rendering an unchanged source yields byte-identical files. PDFs embed DejaVu
Sans (Debian's fonts-dejavu-core, or matplotlib's copy); without it they fall back to Helvetica,
which only covers latin-1 and gives different bytes, so --check would then report them stale.

Usage: python tools/render_demo_docs.py [--check]
    --check  render in memory and exit 1 if any committed file differs from its source.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "tools" / "demo_sources"
CANDIDATES = REPO / "src" / "worldhire" / "demo" / "world" / "candidates"

# One fixed instant for every generated file, so re-rendering changes nothing.
FIXED_DATE = dt.datetime(2025, 1, 15, 9, 0, 0, tzinfo=dt.UTC)
ZIP_DATE = (2025, 1, 15, 9, 0, 0)

# Unicode TTF fonts, first found wins; fpdf2's core fonts only cover latin-1.
FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
]


class SourceError(ValueError):
    """A demo source file does not follow the Markdown subset."""


@dataclass
class Block:
    kind: str  # "title", "heading", "bullets", "paragraph"
    text: str = ""
    items: list[str] = field(default_factory=list)


def parse_source(text: str, origin: str) -> list[Block]:
    """Split a Markdown-subset source into ordered blocks."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(Block("paragraph", "\n".join(paragraph)))
            paragraph.clear()

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip():
            flush_paragraph()
            continue
        if line.startswith("# "):
            flush_paragraph()
            blocks.append(Block("title", line[2:].strip()))
        elif line.startswith("## "):
            flush_paragraph()
            blocks.append(Block("heading", line[3:].strip()))
        elif line.startswith("- "):
            flush_paragraph()
            if not blocks or blocks[-1].kind != "bullets":
                blocks.append(Block("bullets"))
            blocks[-1].items.append(line[2:].strip())
        elif line.lstrip().startswith("#"):
            raise SourceError(f"{origin}:{lineno}: only '# ' and '## ' headings are supported")
        else:
            paragraph.append(line.strip())
    flush_paragraph()
    if not blocks or blocks[0].kind != "title":
        raise SourceError(f"{origin}: must start with a '# Name' line")
    return blocks


def find_unicode_font() -> dict[str, Path] | None:
    """Regular and bold DejaVu Sans from the system or matplotlib, if present."""
    dirs = list(FONT_DIRS)
    try:
        import matplotlib

        dirs.append(Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf")
    except ImportError:
        pass
    for d in dirs:
        regular, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return {"": regular, "B": bold}
    return None


def render_pdf(blocks: list[Block], origin: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("worldhire demo renderer")
    pdf.set_producer("fpdf2")
    pdf.set_title(blocks[0].text)
    pdf.set_author(blocks[0].text)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(auto=True, margin=16)

    fonts = find_unicode_font()
    if fonts is not None:
        for style, path in fonts.items():
            pdf.add_font("DejaVu", style, str(path))
        family = "DejaVu"
    else:
        family = "Helvetica"
        for block in blocks:
            for chunk in [block.text, *block.items]:
                try:
                    chunk.encode("latin-1")
                except UnicodeEncodeError as exc:
                    raise SourceError(
                        f"{origin}: no Unicode TTF font found and text is not latin-1: {chunk!r}"
                    ) from exc
    bullet = "•" if fonts is not None else "-"

    pdf.add_page()
    width = pdf.epw
    for block in blocks:
        if block.kind == "title":
            pdf.set_font(family, "B", 18)
            pdf.multi_cell(width, 9, block.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif block.kind == "heading":
            pdf.ln(3)
            pdf.set_font(family, "B", 12)
            pdf.multi_cell(width, 7, block.text.upper(), align="L", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
            pdf.ln(1.5)
        elif block.kind == "paragraph":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(width, 5, block.text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.set_font(family, "", 10)
            for item in block.items:
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(5, 5, bullet)
                pdf.multi_cell(width - 8, 5, item, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


def _is_skills_table(heading: str, items: list[str]) -> bool:
    return heading.lower().startswith("skills") and all(
        ":" in item and item.index(":") < 40 for item in items
    )


def render_docx(blocks: list[Block]) -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    props = doc.core_properties
    props.author = blocks[0].text
    props.title = f"{blocks[0].text} - CV"
    props.last_modified_by = blocks[0].text
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    doc.styles["Normal"].font.size = Pt(10.5)

    current_heading = ""
    for block in blocks:
        if block.kind == "title":
            doc.add_heading(block.text, level=0)
        elif block.kind == "heading":
            current_heading = block.text
            doc.add_heading(block.text, level=1)
        elif block.kind == "paragraph":
            doc.add_paragraph(block.text)
        elif _is_skills_table(current_heading, block.items):
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for item in block.items:
                label, _, values = item.partition(":")
                cells = table.add_row().cells
                cells[0].text = label.strip()
                cells[1].text = values.strip()
        else:
            for item in block.items:
                doc.add_paragraph(item, style="List Bullet")

    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_zip(raw.getvalue())


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


def render_one(source: Path) -> tuple[Path, bytes]:
    name = source.name
    text = source.read_text(encoding="utf-8")
    blocks = parse_source(text, str(source.relative_to(REPO)))
    if name.endswith(".pdf.md"):
        return CANDIDATES / name.removesuffix(".md"), render_pdf(blocks, name)
    if name.endswith(".docx.md"):
        return CANDIDATES / name.removesuffix(".md"), render_docx(blocks)
    raise SourceError(f"{name}: source names must end in .pdf.md or .docx.md")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale outputs")
    args = parser.parse_args(argv)

    sources = sorted(SOURCES.glob("*.md"))
    if not sources:
        print(f"no sources in {SOURCES}", file=sys.stderr)
        return 1
    CANDIDATES.mkdir(parents=True, exist_ok=True)
    written = unchanged = stale = 0
    for source in sources:
        try:
            target, data = render_one(source)
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if target.is_file() and target.read_bytes() == data:
            unchanged += 1
        elif args.check:
            stale += 1
            print(f"stale: {target.relative_to(REPO)}")
        else:
            target.write_bytes(data)
            written += 1
            print(f"wrote {target.relative_to(REPO)}")
    print(f"{written} written, {unchanged} unchanged, {stale} stale")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
