"""Save a corpus DOCX in the older office formats people still send: Word 97-2003 (.doc),
OpenDocument (.odt) and RTF, as LibreOffice writes them (`soffice --headless --convert-to`).

Job boards still export .doc résumés, LibreOffice users save .odt, WordPad and agency tools write
RTF. The document is first rendered to DOCX (render.py), then converted, so one source markup
gives all four. Needs `soffice` on PATH when such a source is rendered; the committed files are
what CI reads, so CI never needs LibreOffice.

LibreOffice 7.4 writes the same .doc and RTF bytes on every run (the dates are the DOCX's fixed
ones); an .odt gets fresh random ids (the document's rsid, its lists' xml:ids) and the time of
the run in its zip: they are replaced by fixed ones here, so re-rendering an unchanged source
gives the same bytes.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from render import ZIP_DATE

OFFICE_FORMATS = ("doc", "odt", "rtf")
_RSID = re.compile(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+')
_LIST_ID = re.compile(rb"\blist\d{6,}\b")


def convert_docx(target: Path, docx: Path) -> Path:
    """Write `docx` converted by LibreOffice to the format of `target`'s suffix at `target`."""
    fmt = target.suffix.lstrip(".")
    if fmt not in OFFICE_FORMATS:
        raise ValueError(f"{target.name}: LibreOffice conversion is for {OFFICE_FORMATS}")
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        raise RuntimeError("rendering a .doc, .odt or .rtf source needs soffice on PATH")
    with tempfile.TemporaryDirectory() as folder:
        # A profile of its own: two conversions at once must not share (and lock) one.
        profile = Path(folder) / "profile"
        subprocess.run(
            [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", fmt, "--outdir", folder, str(docx)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        data = (Path(folder) / f"{docx.stem}.{fmt}").read_bytes()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_fixed_odt(data) if fmt == "odt" else data)
    return target


def _fixed_odt(data: bytes) -> bytes:
    """The OpenDocument with its random ids numbered in order and fixed zip times; `mimetype`
    stays the first entry, stored, as ODF requires."""
    lists: dict[bytes, bytes] = {}

    def numbered(match: re.Match[bytes]) -> bytes:
        return lists.setdefault(match.group(0), b"list%d" % (len(lists) + 1))

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith(".xml"):
                body = _LIST_ID.sub(numbered, _RSID.sub(rb"\g<1>0", body))
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()
