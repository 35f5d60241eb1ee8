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
import unicodedata
from collections import Counter
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader

from worldhire.ingest import limits
from worldhire.ingest.errors import CorruptFileError, EncryptedFileError, NotAResumeError
from worldhire.ingest.extract.cleanup import (
    is_page_number,
    join_hyphenated,
    join_wrapped_addresses,
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
# Two text objects in one font on one line are one run where the gap between them is at most
# this share of the line's height (kerning: never as wide as a cell's or a column's gap), ...
_KERNING_SHARE = 0.3
_SPACE_SHARE = 0.18  # ... with a space between them from this share on, where none is drawn
_SPACED_GLYPHS = 2  # a text object of at most this many glyphs: a letter set apart, or a pair
_SPACED_SHARE = 1.0  # a word gap between letters set apart: at most a line's height
_SAME_LINE_SHARE = 0.3  # baselines this share of a line apart are one line (not a superscript)
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
    text = "\n\n".join(
        "\n".join(block) for block in join_wrapped_addresses(join_hyphenated(blocks))
    )
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
    """The page's text runs (text on one line, split where it stands apart), in top-down
    coordinates, read from PDFium's characters in the order the page draws them.

    A run is one text object, as PDFium's text rectangles are, joined with the next object on
    its line where the gap between them is no wider than kerning: Chrome, Google Docs and the
    résumé builders that print through them (Skia) start a text object at every kerning step,
    so a word comes in pieces ("P" "ostgr" "eSQL") whose boxes touch or overlap. The run's text
    is its characters, PDFium's word spaces among them, so overlapping boxes repeat nothing."""
    chars = list(_chars(textpage))
    # Letters set apart with CSS letter-spacing come one (or a kerned pair, two) to an object.
    glyphs = Counter(c.obj for c in chars if c.visible)
    spaced = {obj for obj, count in glyphs.items() if count <= _SPACED_GLYPHS}
    runs: list[Run] = []
    run = _RunChars(spaced)
    for char in chars:
        if char.text in "\r\n" and char.generated:
            run = _ended(run, runs, height)  # PDFium starts a line here
            continue
        if not run.continued_by(char):
            run = _ended(run, runs, height)
        run.add(char)
    _ended(run, runs, height)
    return runs


@dataclasses.dataclass(frozen=True)
class _Char:
    """One of PDFium's characters: drawn by the page, or one PDFium put in (`generated`: a space
    it reads between words, a line break)."""

    text: str
    generated: bool
    obj: int | None  # the text object drawing it
    font: tuple[int | None, float]  # its font and size
    left: float
    bottom: float
    right: float
    top: float
    line_bottom: float  # the font's line box (PDFium's loose box): the same for all its glyphs
    line_height: float

    @property
    def visible(self) -> bool:
        return self.right - self.left > 0.01 and self.top - self.bottom > 0.01


def _chars(textpage: pdfium.PdfTextPage) -> Iterator[_Char]:
    raw = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    loose = pdfium_c.FS_RECTF()
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        generated = pdfium_c.FPDFText_IsGenerated(raw, index) == 1
        pdfium_c.FPDFText_GetCharBox(
            raw, index, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom),
            ctypes.byref(top),
        )  # fmt: skip
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, ctypes.byref(loose))
        handle = pdfium_c.FPDFText_GetTextObject(raw, index)
        obj = ctypes.cast(handle, ctypes.c_void_p).value
        font = ctypes.cast(pdfium_c.FPDFTextObj_GetFont(handle), ctypes.c_void_p) if obj else None
        size = round(pdfium_c.FPDFText_GetFontSize(raw, index), 2)
        yield _Char(
            chr(code) if 0 <= code <= 0x10FFFF else "", generated, obj,
            (font.value if font else None, size), left.value,
            bottom.value, right.value, top.value, loose.bottom, loose.top - loose.bottom,
        )  # fmt: skip


@dataclasses.dataclass
class _RunChars:
    """The characters of a run being read and the last visible one."""

    spaced: set[int | None]  # the page's text objects of a letter or two (letter-spaced lines)
    chars: list[_Char] = dataclasses.field(default_factory=list)
    last: _Char | None = None

    def add(self, char: _Char) -> None:
        self.chars.append(char)
        if char.visible:
            self.last = char

    def continued_by(self, char: _Char) -> bool:
        """Whether `char` belongs to this run: it is drawn by the same text object, or it
        follows the last visible character on its line, in its font, at no more than a
        kerning gap, or at no more than a word gap where both are letters set apart."""
        if not self.chars or char.obj == self.chars[-1].obj or not char.visible:
            return bool(self.chars)
        last = self.last
        if last is None or char.font != last.font:
            return False  # a bold word, an icon: another run, as PDFium's rectangles have it
        size = max(last.line_height, char.line_height, 0.1)
        if abs(char.line_bottom - last.line_bottom) > _SAME_LINE_SHARE * size:
            return False
        gap = char.left - last.right
        if last.obj in self.spaced and char.obj in self.spaced:
            return -size < gap <= _SPACED_SHARE * size
        return -size < gap <= _KERNING_SHARE * size


def _ended(run: _RunChars, runs: list[Run], height: float) -> _RunChars:
    """Append the run read so far (if it shows any text) to `runs`; a new, empty run."""
    visible = [c for c in run.chars if c.visible]
    set_apart = sum(c.obj in run.spaced for c in visible)
    if len(visible) > 2 and 2 * set_apart > len(visible):
        text = _words_by_gaps(run.chars)
    else:
        text = _joined(run.chars)
    # PDFium marks a hyphen that ends a line as U+0002; join_hyphenated decides about it.
    text = _CONTROL.sub("", text.replace("\x02", "-").replace("\r", " ").replace("\n", " "))
    text = text.strip()
    if visible and text:
        left = min(c.left for c in visible)
        right = max(c.right for c in visible)
        bottom = min(c.bottom for c in visible)
        top = max(c.top for c in visible)
        if is_letter_spaced(text):
            text = _spaced_words(visible, text)
        runs.append(Run(left, height - top, right, height - bottom, text))
    return _RunChars(run.spaced)


def _joined(chars: list[_Char]) -> str:
    """The run's characters, with a space where one text object follows another at more than a
    kerning gap, or after a symbol (a bullet "➢", an icon) at any gap, where neither the page
    nor PDFium put one."""
    text = ""
    last: _Char | None = None
    for char in chars:
        if char.visible and last is not None and char.obj != last.obj and text[-1:] != " ":
            gap = char.left - last.right
            symbol = unicodedata.category(last.text) == "So" if len(last.text) == 1 else False
            if gap > _SPACE_SHARE * max(char.line_height, last.line_height) or (symbol and gap > 0):
                text += " "
        text += char.text
        if char.visible:
            last = char
    return text


def _words_by_gaps(chars: list[_Char]) -> str:
    """A letter-spaced run's text (its letters drawn one by one), its words told by the letters'
    boxes rather than by PDFium's spaces (one between some letters, none between others): a gap
    well over the usual one between letters, or a space the page itself draws, starts a word."""
    visible = [c for c in chars if c.visible]
    gaps = [nxt.left - cur.right for cur, nxt in itertools.pairwise(visible)]
    usual = sorted(gaps)[len(gaps) // 2]
    # A big line that Chrome draws a glyph at a time without letter-spacing has tiny letter gaps:
    # a word gap there is still as wide as a space between kerned words.
    line = max(c.line_height for c in visible)
    word_gap = max(usual * _WORD_GAP_SHARE, usual + 1.0, _SPACE_SHARE * line)
    text = ""
    last: _Char | None = None
    for char in chars:
        if not char.visible:
            if char.text.isspace() and not char.generated and not text.endswith(" "):
                text += " "
            continue
        if last is not None and char.left - last.right > word_gap and not text.endswith(" "):
            text += " "
        text += char.text
        last = char
    return text


def _spaced_words(letters: list[_Char], text: str) -> str:
    """A letter-spaced run ("W O R K E X P E R I E N C E") as its words. PDFium reads the wider
    gap between two words as one space like the others; the letters' boxes still show it: a gap
    well over the usual one between letters starts a word."""
    letters = [c for c in letters if not c.text.isspace()]
    if "".join(c.text for c in letters) != "".join(text.split()) or len(letters) < 2:
        return text
    gaps = [nxt.left - cur.right for cur, nxt in itertools.pairwise(letters)]
    usual = sorted(gaps)[len(gaps) // 2]
    words = [letters[0].text]
    for char, gap in zip(letters[1:], gaps, strict=True):
        if gap > max(usual * _WORD_GAP_SHARE, usual + 1.0):
            words.append(char.text)
        else:
            words[-1] += char.text
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
