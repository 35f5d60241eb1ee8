"""Print an HTML résumé to PDF with headless Chromium, as people's PDFs are really made.

Chrome's "Save as PDF", Google Docs' "Download as PDF" and almost every online résumé builder
(which print their HTML with headless Chrome) write PDFs through Skia: glyphs are placed one
kerning step at a time, so a word is split over several text objects whose boxes touch or
overlap. fpdf2, which renders the rest of the corpus, writes a line as one text object and shows
none of that.

Needs a `chromium` (or `chromium-browser`, `google-chrome`) binary when a source is rendered;
the committed PDFs are what CI reads, so CI never needs it. The creation and modification dates
Chrome stamps are replaced by the corpus's fixed date, so re-rendering an unchanged source with
the same Chromium gives the same bytes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from render import FIXED_DATE

BINARIES = ("chromium", "chromium-browser", "google-chrome")
_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}")


def to_pdf_chrome(target: Path, html: str) -> Path:
    """Write `html` (a whole page, its CSS inline) printed to PDF by Chromium at `target`."""
    binary = next((found for name in BINARIES if (found := shutil.which(name))), None)
    if binary is None:
        raise RuntimeError("rendering an html_chrome source needs chromium on PATH")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "cv.html"
        page.write_text(html, encoding="utf-8")
        printed = Path(folder) / "cv.pdf"
        subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={printed}", page.as_uri()],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        data = printed.read_bytes()
    stamp = FIXED_DATE.strftime("%Y%m%d%H%M%S").encode()
    target.write_bytes(_DATE.sub(lambda m: b"/" + m.group(1) + b" (D:" + stamp, data))
    return target
