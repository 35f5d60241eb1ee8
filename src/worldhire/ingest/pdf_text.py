"""PDF to text in reading order, refusing encrypted, damaged and image-only files with a reason.

pypdf opens the file (structure, encryption) and measures every page's work before any is read
(see `extract.pdf_scan`); PDFium (pypdfium2) then gives each readable page's text runs with their
boxes, fast and in C, and `extract.layout` puts them in reading order: columns one after the
other, tables row by row. Page headers and footers repeated on every page, and page numbers, are
removed; words hyphenated at a line end are joined. Pages are separated by blank lines, as are
blocks (paragraphs, columns, text boxes); lines of one paragraph stay lines.

PDFium is not thread-safe: calls go through one lock per process.
"""

from __future__ import annotations

import ctypes
import dataclasses
import io
import itertools
import logging
import os
import re
import threading
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader

from worldhire.ingest import limits
from worldhire.ingest.errors import CorruptFileError, EncryptedFileError, NotAResumeError
from worldhire.ingest.extract.cleanup import (
    is_page_number,
    join_hyphenated,
    without_page_number,
)
from worldhire.ingest.extract.layout import Block, Run, page_blocks
from worldhire.ingest.extract.pdf_scan import plan_pages
from worldhire.ingest.extract.ruled import (
    MAX_PATHS,
    Box,
    Rules,
    read_ruled_rows,
    rules_from_boxes,
)
from worldhire.ingest.text import is_letter_spaced

# pypdf logs every recoverable oddity of a damaged file; the ingest report carries our own reason.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_MARGIN_SHARE = 0.1  # running headers and footers sit in the top and bottom tenth of a page
_WORD_GAP_SHARE = 1.6  # a word gap in a letter-spaced heading: 1.6x the usual letter gap or more
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_LOCKED = "encrypted PDF: password protected, cannot be read"
_pdfium_lock = threading.Lock()


def _new_lock() -> None:
    global _pdfium_lock
    _pdfium_lock = threading.Lock()


# A worker forked while another thread held the lock would wait on it for ever.
os.register_at_fork(after_in_child=_new_lock)


def pdf_text(data: bytes) -> str:
    """The text of the readable pages (at most `limits.MAX_PDF_PAGES`), in reading order."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many types on damaged input; all mean "corrupt"
        raise CorruptFileError(f"corrupt or truncated PDF: {_short(exc)}") from exc
    if encrypted:
        _open_encrypted(reader)
    try:
        plan = plan_pages(reader)
    except Exception as exc:  # a damaged page tree or stream dictionary
        raise CorruptFileError(f"corrupt or truncated PDF: {_short(exc)}") from exc
    if not plan.pages:
        if plan.skipped:
            raise NotAResumeError(
                "PDF refused: no page within the work limits (" + "; ".join(plan.skipped[:3])
                + "); a crafted or damaged file?"
            )
        raise NotAResumeError("PDF has no extractable text (a scanned image? OCR is not supported)")
    pages = _page_runs(data, plan.pages)
    blocks: list[Block] = []
    chars = 0
    for runs in _without_running_lines(pages):
        page = page_blocks(runs)
        blocks.extend(page)
        chars += sum(len(line) for block in page for line in block)
        if chars > limits.MAX_TEXT_CHARS:
            break
    text = "\n\n".join("\n".join(block) for block in join_hyphenated(blocks))
    if not text.strip():
        raise NotAResumeError("PDF has no extractable text (a scanned image? OCR is not supported)")
    return text


def _page_runs(data: bytes, indices: list[int]) -> list[tuple[float, list[Run]]]:
    """Each page's height and text runs, read by PDFium."""
    out: list[tuple[float, list[Run]]] = []
    with _pdfium_lock:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise EncryptedFileError(_LOCKED) from exc
            raise CorruptFileError(f"corrupt or truncated PDF: {_short(exc)}") from exc
        try:
            for index in indices:
                page = document[index]
                try:
                    height = page.get_height()
                    textpage = page.get_textpage()
                    try:
                        runs = read_ruled_rows(_runs(textpage, height), _rules(page, height))
                        out.append((height, runs))
                    finally:
                        textpage.close()
                finally:
                    page.close()
        except pdfium.PdfiumError as exc:
            raise CorruptFileError(f"corrupt or truncated PDF: {_short(exc)}") from exc
        finally:
            document.close()
    return out


def _rules(page: pdfium.PdfPage, height: float) -> Rules:
    """The lines and boxes the page draws (table borders among them), top-down; none on a page
    drawing more paths than a résumé's tables would."""
    boxes = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for index, obj in enumerate(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)):
        if index >= MAX_PATHS:
            return Rules([], [])
        if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke)):
            continue
        if not fill.value and not stroke.value:
            continue  # a clipping path or an invisible one
        left, bottom, right, top = obj.get_bounds()
        boxes.append(Box(left, height - top, right, height - bottom, bool(stroke.value)))
    return rules_from_boxes(boxes)


def _runs(textpage: pdfium.PdfTextPage, height: float) -> list[Run]:
    """PDFium's text rectangles (a run of text on one line, split where the text stands apart),
    turned to top-down coordinates."""
    runs = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top)
        # PDFium marks a hyphen that ends a line as U+0002; join_hyphenated decides about it.
        text = text.replace("\x02", "-").replace("\r", " ").replace("\n", " ")
        text = _CONTROL.sub("", text).strip()
        if text and is_letter_spaced(text):
            text = _spaced_words(textpage, left, bottom, top, text)
        if text:
            runs.append(Run(left, height - top, right, height - bottom, text))
    return runs


def _spaced_words(
    textpage: pdfium.PdfTextPage, left: float, bottom: float, top: float, text: str
) -> str:
    """A letter-spaced run ("W O R K E X P E R I E N C E") as its words. PDFium reads the wider
    gap between two words as one space like the others; the letters' boxes still show it: a gap
    well over the usual one between letters starts a word."""
    start = textpage.get_index(left + 0.5, (bottom + top) / 2, 2.0, 2.0)
    if start is None or start < 0:
        return text
    letters = []
    for index in range(start, min(start + len(text), textpage.count_chars())):
        char = textpage.get_text_range(index, 1)
        if not char.isspace():
            box = textpage.get_charbox(index)
            letters.append((char, box[0], box[2]))
    if "".join(c for c, _, _ in letters) != "".join(text.split()):
        return text
    gaps = [nxt[1] - cur[2] for cur, nxt in itertools.pairwise(letters)]
    usual = sorted(gaps)[len(gaps) // 2]
    words = [letters[0][0]]
    for (char, _, _), gap in zip(letters[1:], gaps, strict=True):
        if gap > max(usual * _WORD_GAP_SHARE, usual + 1.0):
            words.append(char)
        else:
            words[-1] += char
    return " ".join(words)


def _without_running_lines(pages: list[tuple[float, list[Run]]]) -> list[list[Run]]:
    """Runs of each page without page numbers and without the header or footer lines that repeat
    on several pages (kept where they first appear: the name on page one stays)."""
    def in_margin(run: Run, height: float) -> bool:
        return run.top < _MARGIN_SHARE * height or run.bottom > (1 - _MARGIN_SHARE) * height

    keys = Counter(
        key
        for height, runs in pages
        for key in {_running_key(r.text) for r in runs if in_margin(r, height)}
    )
    seen: set[str] = set()
    kept_pages = []
    for height, runs in pages:
        kept = []
        for run in runs:
            if in_margin(run, height):
                if is_page_number(run.text):
                    continue
                key = _running_key(run.text)
                if keys[key] > 1 and key in seen:
                    continue
                seen.add(key)
                run = dataclasses.replace(run, text=without_page_number(run.text))
            kept.append(run)
        kept_pages.append(kept)
    return kept_pages


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _open_encrypted(reader: PdfReader) -> None:
    """Owner-password-only PDFs open with an empty user password; anything else is refused."""
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # unsupported cipher or missing crypto backend
        raise EncryptedFileError(_LOCKED) from exc
    if not opened:
        raise EncryptedFileError(_LOCKED)


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:200]
