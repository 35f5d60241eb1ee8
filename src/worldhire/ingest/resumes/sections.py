"""Split résumé text into its header (name, contact) and named sections.

A heading is a short line whose words name a known section ("Work Experience", "SKILLS",
"## Projects", "Education:"), optionally with Markdown marks, a trailing colon or an underline of
=/-. Unknown Markdown headings ("## Awards") start an "other" section so their text does not leak
into the section above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import alternation, variants
from worldhire.ingest.lexicon.headings import AND_WORDS, HEADINGS, KEYWORDS
from worldhire.ingest.resumes.entries import find_range, has_org, names_study
from worldhire.ingest.resumes.language_grids import grid_row, heads_grid
from worldhire.ingest.resumes.wrapping import wrapped_tail
from worldhire.ingest.shared.spoken_languages import (
    find_spoken_languages,
    language_level,
    states_use,
)

# Section key -> heading phrases in the ten languages (lexicon/headings.py), each as written
# and without accents ("experiência profissional", "experiencia profissional").
_HEADINGS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (key, tuple(sorted(variants(phrases)))) for key, phrases in HEADINGS
)
_HEADING_LOOKUP = {phrase: key for key, phrases in _HEADINGS for phrase in phrases}
_MARKS = re.compile(r"^[#=*_\s>]+|[#=*_:\s]+$")
# The emoji a profile README sets before its headings, variation selector and all ("### 🛠️
# Languages and Tools:"): no word of the heading.
_LEADING_SYMBOLS = re.compile(r"^[^\w\s(«\"'“¿¡]+\s*")
# A job board's total after the heading: "Опыт работы —7 лет 4 месяца" (hh.ru), "Deneyim (6 yıl)".
_TRAILING_TOTAL = re.compile(r"\s*(?:[—–]\s*|\()\d+\s+[^\W\d_]+(?:\s+\d+\s+[^\W\d_]+)?\)?$")
PLURAL_MARK = re.compile(r"\s?\(s\)$")
# A heading numbered as a chapter: "I. KINH NGHIỆM LÀM VIỆC", "2) FORMATION", "III - НАВИЧКИ".
_NUMBERING = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})\s?(?:[.)]|\s[-–]\s?)\s*(?=\w)")


@dataclass
class Section:
    key: str
    heading: str
    lines: list[str] = field(default_factory=list)
    markdown_level: int = 0  # the level of the Markdown heading that opened it ("## ": 2)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


@dataclass
class SplitResume:
    header: list[str]
    sections: list[Section]

    def first(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def all(self, key: str) -> list[Section]:
        return [s for s in self.sections if s.key == key]


# Each reader of a résumé asks again whether a line is a heading.
@lru_cache(maxsize=4096)
def heading_key(line: str) -> str | None:
    """The section a heading line opens, or None if the line is not a heading."""
    if not line or len(line) > 60:
        return None
    markdown = line.lstrip().startswith("#")
    bare = _NUMBERING.sub("", _LEADING_SYMBOLS.sub("", _MARKS.sub("", line).strip()))
    folded = re.sub(r"\s+", " ", bare.lower().replace("&", "and")).strip(" .:")
    folded = _TRAILING_TOTAL.sub("", folded)
    plural = PLURAL_MARK.sub("s", folded)  # "Reference (s)", "Referee(s)": Bdjobs, Kenyan CVs
    folded = plural if plural in _HEADING_LOOKUP else folded
    if folded in _HEADING_LOOKUP:
        return _HEADING_LOOKUP[folded]
    if spelt := next((r for r in and_readings(folded) if r in _HEADING_LOOKUP), None):
        return _HEADING_LOOKUP[spelt]
    if fold(folded) in _HEADING_LOOKUP:  # "Competenţe digitale" with a cedilla, not a comma
        return _HEADING_LOOKUP[fold(folded)]
    if joined := _joined_key(folded):
        return joined
    shouting = bare.isupper() and len(folded.split()) <= 4
    if (markdown or shouting) and 0 < len(folded.split()) <= 8:
        words = folded.split()
        for key, phrases in _HEADINGS:
            if any(p in folded if " " in p else p in words for p in phrases):
                return key
        for key, pattern in _KEYWORD_FALLBACK:
            if re.search(pattern, fold(folded)):
                return key
        return "other" if markdown else None
    return None


# Two headings joined into one: "CERTIFICATIONS/LICENSES" (Indeed), "Certifications & Licenses",
# "Kursy / szkolenia", "Formación y cursos", "Pendidikan & Pelatihan".
_JOINED = re.compile(rf"\s*/\s*|\s+(?:{alternation(AND_WORDS)})\s+")
_AND = re.compile(r"\s*&\s*|\s+and\s+")


def and_readings(folded: str) -> list[str]:
    """A folded heading as written and, where it joins words with "&" or "and", with each
    language's own "and" there: "pengalaman organisasi & relawan" is the lexicon's
    "pengalaman organisasi dan relawan"."""
    if not _AND.search(folded):
        return [folded]
    return [folded, *(_AND.sub(f" {word} ", folded) for word in AND_WORDS)]


def _joined_key(folded: str) -> str | None:
    """The section of the first of two or more known headings joined by a slash or an "and", so
    the dated lines under "CERTIFICATIONS/LICENSES" stay certificates instead of becoming jobs of
    the section above; None unless every part is a heading."""
    parts = _JOINED.split(folded)
    if len(parts) < 2:
        return None
    keys = [_HEADING_LOOKUP.get(part) or _HEADING_LOOKUP.get(fold(part)) for part in parts]
    if not all(keys):
        return None
    # "LANGUES ET INFORMATIQUE", "Languages & IT skills": the skills reader keeps each line
    # that names a spoken language for the languages, and reads the tools listed beside them.
    return "skills" if {"languages", "skills"} <= set(keys) else keys[0]


# Markdown headings in a person's own words: "Selected client work", "Mi trayectoria".
_KEYWORD_FALLBACK: tuple[tuple[str, str], ...] = KEYWORDS


# A line in capitals and nothing else (no digits, commas or other marks): an unknown heading.
# The class leaves out the Latin lower case only: the caller also checks that the line has no
# lower-case letter of any script ("Київстар" is an employer, "ДОСВІД" a heading).
_SHOUTED = re.compile(r"[^\W\d_a-zß]+(?:[ &/-]+[^\W\d_a-zß]+){0,3}:?")
_INLINE = re.compile(r"^[#*_\s]*([^\W\d][\w &/()'’-]{2,40}?)[*_]*\s*:\s+(\S.*)$")
# A label set off by a dash ("Languages - English (fluent)"); only one written as labels are,
# not in capitals: "GEODIS LOGISTICS – Saran (45)" is an employer and its town.
_INLINE_DASHED = re.compile(r"^[*_\s]*([^\W\d][\w &/()'’-]{2,40}?)[*_]*\s+[-–—]\s+(\S.*)$")
# A table row flattened with a bar: "Limba maternă | Română" (read only for languages).
_INLINE_ROW = re.compile(r"^[#*_\s]*([^\W\d][\w &/()'’-]{2,40}?)[*_]*\s*\|\s+(\S.*)$")
_YEARS_ONLY = re.compile(
    r"^[\d.,+\s]+(?:years?|yrs?|months?|lat|años|anos|ans|jahre|năm|tahun|ani)\b", re.IGNORECASE
)


def _dashed_label(line: str) -> re.Match[str] | None:
    match = _INLINE_DASHED.match(line)
    return None if match is None or match.group(1).isupper() else match


def _inline_heading(line: str) -> tuple[str, str, str] | None:
    """ "EXPERIENCE: Team Leader, TaskUs (2021 – present)": a heading and the first line of its
    section on one line. Only a heading in capitals, or one followed by a real entry: "Skills:
    Python" stays a labelled line and "Experience: 5 years" a statement."""
    match = _INLINE.match(line) or _dashed_label(line)
    row = match is None
    match = match or _INLINE_ROW.match(line)
    if match is None:
        bare = _bare_languages_label(line)
        return None if bare is None else ("languages", bare[0], f"{bare[0]}: {bare[1]}")
    heading, content = match.group(1).strip(), match.group(2).strip()
    key = heading_key(heading)
    if row and key != "languages":
        return None
    if key is None or key == "other" or _YEARS_ONLY.match(content):
        return None
    if key == "languages" and find_spoken_languages(content, listed=True):
        # "Languages Known: English, Hindi"; "Limba maternă | română" keeps its label, which
        # states the level.
        return key, heading, f"{heading}: {content}"
    if key == "languages" and not row:
        # "Languages : Core Java, J2EE, SQL" in a technical skills table names no spoken
        # language: the programming languages are skills.
        key = "skills"
    # "Aspiración salarial: USD 4.500", "Notice period: 30 days": pay and availability are
    # short by nature
    if not heading.isupper() and len(content.split()) < 4 and key != "availability":
        return None
    return key, heading, content


# The most words a languages label takes: "Mother tongue(s)", "Other language(s)".
_BARE_LABEL_WORDS = 3


def _bare_languages_label(line: str) -> tuple[str, str] | None:
    """A languages label and the languages it labels with nothing between them but a space: a
    PDF's text of a Europass row loses the border between its two cells ("Mother tongue(s)
    Romanian"). Every item after the label must be a spoken language."""
    words = line.split()
    for count in range(1, min(_BARE_LABEL_WORDS, len(words) - 1) + 1):
        label, rest = " ".join(words[:count]), " ".join(words[count:])
        if heading_key(label) == "languages" and _lists_languages(rest):
            return label, rest
    return None


# A labelled line anywhere, after a list mark: "• Languages: English, Hindi, Rajasthani".
_LABELLED_LINE = re.compile(
    r"^[\s•·▪◦‣●○■□✓✔➢➤►▶❖◆♦*_#-]*(?P<label>[^\W\d][\w &/()'’-]{2,40}?)[*_]*"
    r"(?:\s*[:：|]\s*|\s+[-–—]\s+)(?P<value>\S.*)$"
)
_LIST_ITEM = re.compile(r"[,;/|](?![^(]*\))|\s(?:and|&)\s")


_LEVEL_WORDS = 6  # "Tiếng Anh: giao tiếp tốt, đọc hiểu tài liệu"


# Polish names a language as "język" and its adjective ("język niemiecki: B2"), and a CV typed
# without Polish letters writes "jezyk".
_LANGUAGE_WORD = re.compile(r"^j[eę]zyk\s+", re.IGNORECASE)


def _language_and_level(label: str, value: str) -> bool:
    """A line labelled by one spoken language and giving its level or exam, or what the person
    does in it, in a skills list or anywhere: "Tiếng Anh: IELTS 7.0", "Tiếng Nhật: N3", "Inglés
    – C1", "English | Fluent", "Tiếng Anh: đọc hiểu tài liệu"."""
    label = _LANGUAGE_WORD.sub("", label)
    named = find_spoken_languages(label, listed=True)
    # "jezyk niemiecki - komunikatywny (B1), jezyk angielski - podstawowy (A2)": the label's
    # level ends where the next language is named
    following = [f.span[0] for f in find_spoken_languages(value, listed=True) if f.span[0] > 0]
    own = value[: following[0]] if following else value
    return (len(named) == 1 and named[0].span == (0, len(label))
            and len(own.split()) <= _LEVEL_WORDS and states_use(own))


# The list marks before an unlabelled line's first word: "- Tiếng Anh đọc hiểu tài liệu".
_OPENING_MARKS = re.compile(r"^[\s•·▪◦‣●○■□✓✔➢➤►▶❖◆♦*_-]+")


def _language_then_use(line: str) -> bool:
    """A line that is one spoken language's name and then its level or what the person does
    in it, with no label between: "Tiếng Anh đọc hiểu tài liệu", "English reading and
    writing"."""
    text = _OPENING_MARKS.sub("", line).rstrip(" .")
    named = find_spoken_languages(text, listed=True)
    if len(named) != 1 or named[0].span[0] != 0:
        return False
    rest = text[named[0].span[1] :]
    # "Logo Tiger, Mikro, SAP FI, Excel (ileri)": a list goes on after the name; no statement
    return (0 < len(rest.split()) <= _LEVEL_WORDS and not _LIST_ITEM.search(rest)
            and states_use(rest))


def spoken_languages_line(line: str) -> str:
    """The value of a line that labels spoken languages ("• Languages: English, Hindi", "Languages
    known: English (fluent); Kannada"), wherever it stands; "" for any other line. Every item
    must be a spoken language: "Languages: C#, VB.NET" and "Languages : Core Java, SQL" list
    skills."""
    match = _LABELLED_LINE.match(line)
    if match is None:
        return _OPENING_MARKS.sub("", line).strip() if _language_then_use(line) else ""
    label, value = match.group("label"), match.group("value").strip()
    if heading_key(label) != "languages":
        return f"{label}: {value}" if _language_and_level(label, value) else ""
    if not _lists_languages(value):
        return ""
    # "Home language: Sesotho", "Mother tongue | Urdu": the label is the languages' level
    return f"{label}: {value}" if language_level(label) else value


def _lists_languages(text: str) -> bool:
    """Every item of the text is a spoken language, or a level or use that goes on describing
    the language before it ("Tiếng Anh: giao tiếp cơ bản, đọc hiểu tài liệu", "English:
    reading, basic conversation")."""
    items = [item for item in _LIST_ITEM.split(text) if item.strip()]
    found = find_spoken_languages(text, listed=True)
    if not found:
        return False
    levels = sum(1 for item in items[1:] if states_use(item)
                 and not find_spoken_languages(item, listed=True))
    return len(found) + levels >= len(items)


def _language_row(line: str) -> bool:
    """A table row that opens with a spoken language's name in a cell of its own: "Français | C2
    / C2 | C1 / C1 | C1", "English | B2 | B2 | B1"."""
    cells = line.split(" | ")
    return (len(cells) >= 2 and _lists_languages(cells[0])
            and language_level(" ".join(cells[1:])) is not None)


def _grid_language(section: Section, line: str) -> bool:
    """A language's name alone in capitals inside a languages section: "ENGLISH" above its levels
    in a Europass grid, a language and no border."""
    return section.key == "languages" and _lists_languages(line)


def _more_languages(line: str) -> bool:
    """An unlabelled line that only lists spoken languages: the rest of a languages line
    wrapped onto it ("rosyjski – komunikatywny.")."""
    return _inline_heading(line) is None and _lists_languages(line)


# A labelled line cut right after a separator, its value's end on the next line.
_CUT_AFTER_SEPARATOR = re.compile(r"[–—:,;(-]\s*$")
_ENTRY_LOOKAHEAD = 3


def _heads_entry(section: Section, lines: list[str], i: int) -> bool:
    """A line in capitals inside a work section that dates come right after is an employer
    heading its job ("DHL SUPPLY CHAIN" / "Mozo de almacén" / "De 2017 a 2021"), not a new
    section."""
    if section.key not in ("experience", "projects"):
        return False
    following = [line for line in lines[i + 1 : i + 1 + 2 * _ENTRY_LOOKAHEAD] if line.strip()]
    return any(find_range(line) is not None for line in following[:_ENTRY_LOOKAHEAD])


_ENTRIES_AFTER = 8


def _between_entries(
    sections: list[Section], inline: tuple[str, str, str], lines: list[str], i: int
) -> bool:
    """ "Skills: PySpark · Azure Databricks" under one role of a work section whose next role's
    dates follow (LinkedIn writes one under each role): a line of that role, not a section that
    would swallow the roles after it. A heading in capitals still opens its section."""
    key, heading, _ = inline
    if not sections or sections[-1].key != "experience" or key == "languages" or heading.isupper():
        return False
    for line in lines[i + 1 : i + 1 + _ENTRIES_AFTER]:
        if heading_key(line.strip()) is not None:
            return False
        if find_range(line) is not None:
            return True
    return False


def _ends_one_fact(section: Section, line: str) -> bool:
    """A line after a section opened by one labelled line that is no part of it. One fact a line
    ("Education: M.Com, Dhaka" / "Software: Tally" / "Work: payroll"): the next labelled line is
    no part of the education; availability is all labelled lines ("Expected salary: ..." /
    "Notice period: ..."). Nor is a sentence that leaves the study."""
    if section.key == "languages" and grid_row(line) is not None:
        return False  # "Other languages: English" / "Reading skills: good": a grid's row
    labelled = _INLINE.match(line) or _dashed_label(line)
    return (labelled is not None and section.key != "availability") or _leaves_study(section, line)


_SENTENCE_WORDS = 5
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _leaves_study(section: Section, line: str) -> bool:
    """A sentence after one labelled line of study ("Education: BSc Computer Science, KNUST,
    2019." / "Happy to overlap 4-5 hrs with CET"): no part of it unless it names a degree, a
    school or a year (an internship, a course: the study's neighbours). Five words at least: the
    end of a line wrapped onto the next is shorter."""
    return (
        section.key == "education"
        and len(line.split()) >= _SENTENCE_WORDS
        and not names_study(line)
        and _YEAR.search(line) is None
    )


def _markdown_level(line: str) -> int:
    return len(line) - len(line.lstrip("#")) if line.startswith("#") else 0


def _entry_subheading(line: str, sections: list[Section]) -> bool:
    """A Markdown heading below the level of the known section it stands in, whose words name
    no section: an entry's header (a job, a school, a project)."""
    if not sections or sections[-1].key == "other":
        return False
    return 0 < sections[-1].markdown_level < _markdown_level(line)


# A word no line ends on unless it wrapped: a heading's words after it end that line's phrase
# (a Europass grid's footnote "... of Reference for" / "Languages", "... Referenzrahmen für" /
# "Sprachen"). Only prepositions and articles: "and" and "de" also end a wrapped heading
# ("Education and" / "Training").
_UNFINISHED = re.compile(r"(?<!\w)(?:for|of|the|to|with|für|pour|les|para|las|dla|pentru|для)\s*$",
                         re.IGNORECASE)


def split_sections(text: str) -> SplitResume:
    header: list[str] = []
    sections: list[Section] = []
    lines = text.split("\n")
    inline_opened: Section | None = None  # a section opened by "Education: M.Com, Dhaka"
    taken = -1  # a line an inline section took back from the column that wrapped it
    for i, line in enumerate(lines):
        if i == taken:
            continue
        stripped = line.strip()
        if re.fullmatch(r"[=\-_]{3,}", stripped):
            continue  # a setext underline or a rule
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        key = heading_key(stripped)
        if key is not None and i > 0 and _UNFINISHED.search(lines[i - 1]):
            key = None  # "Common European Framework of Reference for" / "Languages": wrapped
        if key is None and re.fullmatch(r"[=\-]{3,}", nxt) and len(stripped.split()) <= 6:
            key = heading_key(f"# {stripped}")
        if key == "other" and not sections:
            key = None  # the name (# Jane Doe) or a subtitle above the first real section
        if key == "other" and _entry_subheading(stripped, sections):
            # "### Senior DevOps Engineer — Swiggy, Bengaluru" under "## Experience": a job's
            # header one level down, not a section of its own
            sections[-1].lines.append(_MARKS.sub("", stripped).strip())
            continue
        if (key is None and sections and _SHOUTED.fullmatch(stripped) and len(stripped) >= 5
                and stripped == stripped.upper() and not has_org(stripped)
                and not _heads_entry(sections[-1], lines, i)
                and not _grid_language(sections[-1], stripped)):
            key = "other"  # "BERUFSERFAHRUNG" in a language we have no words for: still a border
        inline = None if key is not None else _inline_heading(stripped)
        if inline is not None and _between_entries(sections, inline, lines, i):
            inline = None
        if inline is not None:
            key, heading, content = inline
            if _CUT_AFTER_SEPARATOR.search(content) and (
                wrapped_tail(nxt) or (key == "languages" and _more_languages(nxt))
            ):
                # "Sprachen: Deutsch – Muttersprache; Russisch –" / "Grundkenntnisse": a table
                # cell or a sidebar wrapped the last value onto a line of its own; "Języki:
                # angielski – B2, niemiecki – podstawowy," / "rosyjski – komunikatywny."
                content, taken = f"{content} {nxt}", i + 1
            before = sections[-1] if sections else None
            one_fact_before = before is not None and before is inline_opened
            sections.append(Section(key=key, heading=heading, lines=[content]))
            inline_opened = sections[-1]
            if key == "languages" and before is not None and before.key != "languages":
                # One labelled line inside another section ("Languages Known: ..." under
                # Education, a Europass row): the lines after it still belong to that section,
                # unless that section was itself one labelled line ("Estudios: ..." /
                # "Idiomas: ..." / "Disponible para trabajar ...").
                if one_fact_before:
                    sections.append(Section(key="other", heading=""))
                else:
                    sections.append(Section(key=before.key, heading=before.heading))
        elif key is not None:
            sections.append(Section(key=key, heading=_MARKS.sub("", stripped).strip(),
                                    markdown_level=_markdown_level(stripped)))
        elif sections:
            if sections[-1] is inline_opened and _ends_one_fact(inline_opened, stripped):
                sections.append(Section(key="other", heading=""))
            if stripped:
                inline_opened = None
            if sections[-1].key != "languages" and (
                _language_row(stripped) or grid_row(stripped) or heads_grid(lines, i)
            ):
                # "Autre(s) langue(s) | COMPRENDRE | PARLER | ÉCRIRE" / "Français | C2 / C2 |
                # C1 / C1 | C1": a Europass grid's rows are languages, whatever section holds
                # them; the lines after the grid go on with that section
                grid = len(sections) >= 2 and sections[-2].key == "languages"
                if grid and not sections[-1].lines:
                    sections[-2].lines.append(stripped)
                else:
                    before = sections[-1]
                    sections.append(Section(key="languages", heading="", lines=[stripped]))
                    sections.append(Section(key=before.key, heading=before.heading))
                continue
            sections[-1].lines.append(stripped)
        else:
            header.append(stripped)
    return SplitResume(header=header, sections=sections)
