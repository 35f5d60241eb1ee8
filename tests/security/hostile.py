"""Hostile résumé files from the attack run of issue 18, and a normal résumé to compare them
with. Used by the tests here and by bench/documents.py --hostile."""

from __future__ import annotations

import io
import random
import zipfile
import zlib

from fpdf import FPDF

NORMAL_TEXT = """\
Jane Doe
Machine Learning Engineer
London, UK | jane.doe@example.com | +44 7700 900123

Experience
ML Engineer - Monzo, London
2020 - Present
- Built fraud models with gradient boosting serving 8M customers.
- Cut false positives by a third with PyTorch and Kubernetes.

Skills
Python, PyTorch, SQL, Kubernetes
"""


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF file from its objects (1-based, object 1 the catalog), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(content, 9)
    return (b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra)
            + packed + b"\nendstream")


def shared_content_stream_pdf(pages: int = 40, pieces: int = 200_000) -> bytes:
    """~4.5 KB: every page draws the same compressed stream of `pieces` text operators."""
    font = 4 + pages
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        _stream(b"BT /F1 12 Tf 72 700 Td " + b"(A) Tj " * pieces + b"ET"),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % font
        for _ in range(pages)
    ]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return raw_pdf(objects)


def form_fanout_pdf(draws: int = 20_000, pieces: int = 2_000) -> bytes:
    """One page that draws a form XObject of `pieces` text operators `draws` times."""
    form = _stream(b"BT /F1 12 Tf 72 700 Td " + b"(B) Tj " * pieces + b"ET",
                   b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                   b"/Resources << /Font << /F1 5 0 R >> >> ")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>",
        _stream(b"BT /F1 12 Tf 72 720 Td (Jane Doe) Tj ET " + b"/X1 Do " * draws),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        form,
    ]
    return raw_pdf(objects)


def normal_pdf(text: str = NORMAL_TEXT) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, text)
    return bytes(pdf.output())


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_from_paragraphs(paragraphs: list[str]) -> bytes:
    """A minimal DOCX (what Word needs to open it) holding these paragraphs."""
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return _docx_of_body(body)


def _docx_of_body(body: str) -> bytes:
    """A minimal DOCX (what Word needs to open it) whose document body is `body`."""
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body}' \
               "</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/document.xml", document.encode())
    return buffer.getvalue()


def normal_docx() -> bytes:
    return docx_from_paragraphs(NORMAL_TEXT.splitlines())


def many_paragraphs_docx(count: int = 100_000) -> bytes:
    return docx_from_paragraphs(
        [f"Line {i}: built data pipelines in Python." for i in range(count)]
    )


def big_xml_docx(target_bytes: int = 55_000_000) -> bytes:
    """~7 MB zipped, ~55 MB of document.xml: runs of varied words, so that the compression ratio
    (under 8:1) passes the zip-bomb checks. One megabyte of paragraphs, repeated (farther apart
    than deflate can see)."""
    rng = random.Random(18)
    vocabulary = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
        for _ in range(800)
    ]
    paragraphs, size = [], 0
    while size < 1_000_000:
        runs = "".join(
            f'<w:r><w:rPr><w:sz w:val="{rng.randint(16, 28)}"/></w:rPr><w:t xml:space="preserve">'
            f'{" ".join(rng.choices(vocabulary, k=6))} </w:t></w:r>'
            for _ in range(20)
        )
        paragraphs.append(f"<w:p>{runs}</w:p>")
        size += len(paragraphs[-1])
    block = "".join(paragraphs)
    body = block * (target_bytes // len(block))
    return _docx_of_body(body)


KINDS = {
    "normal one-page PDF": (normal_pdf, "jane.pdf"),
    "normal one-page DOCX": (normal_docx, "jane.docx"),
    "PDF, 40 pages sharing one content stream": (shared_content_stream_pdf, "shared.pdf"),
    "PDF, one form drawn 20,000 times": (form_fanout_pdf, "fanout.pdf"),
    "DOCX, 100k paragraphs": (many_paragraphs_docx, "many.docx"),
    "DOCX, document.xml of 55 MB": (big_xml_docx, "big.docx"),
}


def build(kind: str) -> tuple[bytes, str]:
    make, name = KINDS[kind]
    return make(), name
