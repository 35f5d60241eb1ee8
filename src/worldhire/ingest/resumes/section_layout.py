"""How a résumé section's lines are written, which decides how `resume_text` reads them: in
paragraphs or as entries, in rows that open or close with their dates, a whole job told in each
line's sentence, or duties under jobs listed above; and the paragraphs and sentences of loose
lines.
"""

from __future__ import annotations

import re

from worldhire.core.texts import fold
from worldhire.ingest.resumes.entries import first_entry_line, first_person, is_bullet
from worldhire.ingest.resumes.labelled_entries import holds_column_table
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.sections import PLURAL_MARK, Section, and_readings
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.sentences import (
    Sentence,
    ends_sentence,
    runs_on,
    sentences,
    wrap_width,
)

# A capital opens the label: "systems: I trained ..." is a sentence wrapped onto a new line.
_FIELD_LINE = re.compile(r"\s*[^\W\d_a-z][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s?:\s+\S")


def _paragraphs(lines: list[str]) -> list[list[Sentence]]:
    """Sentences grouped by paragraph (blank lines separate paragraphs)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if _FIELD_LINE.match(line):
            # "Software: Tally ERP 9" / "Work: month-end closing": one fact a line, each its own
            blocks += [[line], []]
        elif line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    width = wrap_width(lines)
    out = []
    for block in blocks:
        found = [s for s in sentences("\n".join(block), width) if s.text.strip(" -*•")]
        if found:
            out.append(found)
    return out


def _joined(text: str) -> str:
    """Lines with wrapped sentences joined: one line per bullet or sentence."""
    return "\n".join(s.text for s in sentences(text))


# A heading over the duties of the jobs listed above it, not over jobs of its own.
_DUTIES_HEADING = re.compile(r"\b(?:responsibilit(?:y|ies)|duties)\b", re.IGNORECASE)


def _heading_in(section: Section, headings: frozenset[str]) -> bool:
    """The section's heading is one of `headings`; a section opened by a labelled line
    ("Волонтерство: з 2022 року координую ...") is headed by its label."""
    heading = section.heading
    if not heading and section.lines:
        label = _LINE_LABEL.match(section.lines[0])
        heading = label.group(1) if label else ""
    written = PLURAL_MARK.sub("s", fold(heading).replace("’", "'").strip(" :#*"))
    return any(reading in headings for reading in and_readings(written))


_LINE_LABEL = re.compile(r"^[#*_\s]*([^\W\d][\w &/()'’-]{2,40}?)[*_]*\s*:\s")


def _holds_no_jobs(section: Section) -> bool:
    """An experience section told in paragraphs without dated rows, or "JOB RESPONSIBILITIES"
    under a table of jobs with no dates of its own (the duties of the jobs above): its lines
    are read loose, not split into jobs."""
    if (
        _prose_like(section.lines) and not _dated_rows(section.lines)
        and not _one_dated_header(section.lines)
    ):
        # a table's rows are long too: "03/2019 | nay | Công ty TNHH ... | Kỹ sư quy trình"
        # dates its jobs in two columns its header names ("Từ | Đến | Đơn vị công tác | ...")
        return not holds_column_table(section.lines)
    return bool(_DUTIES_HEADING.search(section.heading)) and first_entry_line(section.lines) is None


def _jobs_told_line_by_line(lines: list[str]) -> bool:
    """Every line a sentence that tells a whole job, as Indian job-board résumés list them:
    "* Currently working as Senior Software Engineer in Tech Mahindra Ltd, Hyderabad from
    Aug-2021 to till date." Read as entries, the sentence before its comma became the title."""
    content = [line for line in lines if line.strip()]
    return bool(content) and all(
        line.rstrip().endswith(".") and len(told := jobs_in_sentence(line)) == 1
        and told[0].title and told[0].organization and told[0].start
        for line in content
    )


def _one_dated_header(lines: list[str]) -> bool:
    """One job told as an entry: a header line dated at its end, not a sentence, with its duties
    in a paragraph under it ("Analista de Riesgos – Banco Andino · mar. 2017 – nov. 2020" /
    "Modelos de scoring ...")."""
    content = [line for line in lines if line.strip()]
    if len(content) < 2:
        return False
    header = content[0].rstrip()
    found = find_range(header)
    return (
        found is not None and len(header.split()) < 14 and not header.endswith(".")
        and not header[found.span[1] :].strip(" )]*_|")
    )


def _prose_like(lines: list[str]) -> bool:
    """A section written in paragraphs rather than entries: long lines, full sentences, no
    bullets."""
    content = [line for line in lines if line.strip()]
    if not content or any(is_bullet(line) for line in content):
        return False
    long_lines = sum(1 for line in content if len(line.split()) >= 14)
    return long_lines >= max(1, len(content) // 2)


def _career_in_paragraphs(lines: list[str], width: int) -> bool:
    """Lines that tell jobs in paragraphs, not as entries: prose-like over more than one line
    (one long line is an entry written as a sentence, which the entry reader reads whole), or
    dated only inside sentences, and no table of dated rows. `width` is the width the block's
    lines wrap at."""
    if sum(1 for line in lines if line.strip()) <= 1 or _dated_rows(lines):
        return False
    return _prose_like(lines) or _dates_told_in_sentences(lines, width)


# Words a sentence that tells a job has at least ("Pierwsza praca to helpdesk w Asseco
# (2017–2018)."); a header that ends in a full stop is shorter ("Analyst, Acme Ltd.").
_TOLD_WORDS = 6


def _dates_told_in_sentences(lines: list[str], width: int) -> bool:
    """Every date range in the lines sits in a whole sentence, as paragraphs tell a career
    ("Wcześniej, od 2018 do czerwca 2021, byłem administratorem systemów w Energa Operator:" /
    "utrzymanie serwerów Linux (RHEL, CentOS) ...", "Перша робота — Junior Python Developer в
    Eleks (2018–2019), писав сервіси на Django."), and no line is a bullet. Lines too short to
    count as prose by their length (a PDF's narrow column, a short paragraph) are still
    sentences: read as entries, the dated line became a header and the sentences around it the
    text of the wrong job, or of none."""
    if any(is_bullet(line) for line in lines):
        return False
    for here, nxt in zip(lines, [*lines[1:], ""], strict=True):
        # "Mercado Pago — MLOps Engineer, ene. 2019 – actualidad" / "Built the ...": a dated
        # line that neither ends a sentence nor surely runs on is a job's header
        if find_range(here) is not None and here.strip() and not (
            ends_sentence(here.rstrip()) or runs_on(here, nxt)
        ):
            return False
    told = [s.text for s in sentences("\n".join(lines), width)]
    dated = [text for text in told if find_range(text) is not None]
    return bool(dated) and all(
        text[-1] in ".!?…" and len(text.split()) >= _TOLD_WORDS for text in dated
    )


def _dated_rows(lines: list[str]) -> bool:
    """Two or more lines that open or close with a date range: a table of jobs ("04/2019 – nay
    | Tổ trưởng – Công ty ..."), or entries dated at their end ("Trưởng nhóm bán hàng, Công ty
    CP Thế Giới Di Động (2017 - 2020)"), however long the duty lines under them run (and
    Vietnamese, a word a syllable, runs long)."""
    dated = 0
    for line in lines:
        found = find_range(line)
        # "Mart 2019'dan bu yana Havelsan'da ... çalışıyorum." opens with dates but is a sentence
        if found is None or (line.rstrip().endswith(".") and first_person(line)):
            continue
        dated += found.span[0] <= 2 or not line[found.span[1] :].strip(" )]*_|")
    return dated >= 2


def _short_lines(lines: list[str]) -> bool:
    """Lines that each hold a whole entry, not a paragraph wrapped across lines."""
    content = [line for line in lines if line.strip()]
    return bool(content) and all(len(line) <= 110 and not line[:1].islower() for line in content)
