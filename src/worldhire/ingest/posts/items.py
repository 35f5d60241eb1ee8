"""The items of a job post's sections (`text.split_post` finds the sections): each block of lines
read into bullets, sentences, table rows and the parts of a labelled paragraph ("Minimum
Required Skills: Java, C#, ..."), with the kind of section each belongs to, a table's priority
column and the questions a post asks its reader; and the section kind a heading's words name.
Offsets index the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from worldhire.ingest.extract.cleanup import MARK_CELL
from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.fields import years_in
from worldhire.ingest.posts.headings import (
    heading_kinds,
    heading_pattern,
    known_heading,
)
from worldhire.ingest.posts.words import pattern
from worldhire.ingest.shared.folded_text import fold

_MARKUP = re.compile(r"[*_`>#]+")
# Emoji, pictographs, arrows and geometric shapes people put in front of headings ("🚀 Vaga:",
# "✅ Requirements", "⭐ Será um diferencial", "▪️ Bonus").
PICTOGRAPHS = re.compile(
    r"[\U0001F000-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2B00-\u2BFF\uFE0F\u200d]"
)
_TYPED_BULLET = re.compile(r"^\s*(?:[-*•·▪◦●‣–—►✓✔➤→]|\d{1,2}[.)])\s+")
# A line a social post opens with an emoji ("✔️ TypeScript", "📍 Cape Town – hybrid") is a
# bullet too, unless it is a heading ("✅ Requirements:"; split_post asks first).
BULLET = re.compile(rf"{_TYPED_BULLET.pattern}|^\s*(?:{PICTOGRAPHS.pattern})+\s*(?=\S)")
# A row of a Markdown or pasted table ("| Go | 3+ years |"); "|---|---|" only draws the grid.
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*?)\|?\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ABBREVIATIONS = re.compile(
    r"\b(?:e\.g|i\.e|etc|incl|approx|min|max|np|godz|ok|tys|mies|tzw|itp|ul|str|nr|ca|bzw"
    r"|z\.b|u\.a|p\.ex|env|av|dr|mr|ms|jr|sr|vs|no|tj|dll|dsb|mln|mld|tr|тис|грн|obs|ee|uu|mind"
    # an address's parts: "Jl. Ahmad Yani", "вул. Соборна", "Quận 7, TP. Hồ Chí Minh", "Kab.
    # Bekasi", "al. Jerozolimskie", "bd. Unirii", "jud. Cluj", "Col. Roma Norte", "м. Київ"
    r"|jl|jln|вул|tp|kab|kec|kel|al|bd|bld|jud|col|м|обл|просп"
    # a clock's "a. m." and "p. m." ("de 8:00 a. m. a 5:30 p. m.")
    r"|(?<=\d )[ap]|[ap]\.\s?m)\.$",
    re.IGNORECASE,
)
# "U.S.", "J. Smith"; two capitals end a sentence ("... in Power BI. Von Vorteil sind ..."),
# except Spanish "EE. UU." (in _ABBREVIATIONS).
_INITIALS = re.compile(r"(?:\b|(?<=\.))[A-Z]\.$")
# The stop of a legal form inside a company's name ("Tidewater Labs Pte. Ltd. we build",
# "Kodrex Sp. z o.o. – krakowskim software housem"): the name goes on after it.
_LEGAL_STOP = re.compile(
    r"\b(?:sp|pte|pvt|pty|ltd|ltda|inc|corp|co|sdn|bhd|s\.a|s\.l|o\.o|s\.r\.l|s\.a\.s|b\.v|n\.v|"
    r"s\.p\.a)\.$",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"(?:[a-zà-ÿ]|[–—,-]|(?i:ltd|bhd|ltda|inc)\b)")
_SENTENCE_END = re.compile(r"[.!?;](?=\s+\S)|[.!?](?=\s*$)")
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.!?;|]\s)|(?<=\n))\s*[*_]*(?P<label>[^\W\d][^:.!?\n]{1,60}?)[*_]*\s*:[*_]*\s+"
)
# A run-in heading in bold that ends with a full stop ("**What we need.** Python is a must, ...",
# "**Requisitos.** Dominio de SQL ..."), as Notion pages and careers pages set them.
_RUN_IN_HEADING = re.compile(
    r"(?:^|(?<=[.!?;|]\s)|(?<=\n))\s*(?:\*\*|__)(?P<label>[^\W\d][^:.!?\n*_]{1,60}?)\s*\."
    r"(?:\*\*|__)\s+"
)
# A field of a pasted paragraph that follows the previous field's value without a full stop
# ("Exp: 3-5 yrs Mandatory Skills: Core Java, ..."): the capitalised words before a colon.
_RUN_ON_LABEL = re.compile(r"(?<=\s)(?P<label>[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s*:\s+")


@dataclass(frozen=True)
class Item:
    """A bullet or a sentence: [start, end) in the post's text."""

    start: int
    end: int
    kind: SectionKind | None  # None: before any section, or in a section of unknown kind
    bullet: bool
    # A table cell whose column ("Desirable") or row's priority cell gave its kind: the kind
    # covers all the cell names, whatever its own words say.
    column: bool = False

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass
class Section:
    kind: SectionKind | None
    heading: str
    start: int  # where the heading line starts
    items: list[Item] = field(default_factory=list)
    # Opened by a "Label: value" line ("Location: Remote"): it holds the lines right below it,
    # not a list after a blank line.
    field_line: bool = False


def heading_kind(heading: str) -> SectionKind | None:
    """The section a heading's words name: an exact phrase, else the longest phrase inside it;
    a longer sentence that leads into a list ("You might thrive in this role if you have:")
    takes the phrase it ends with."""
    folded = _plain(heading)
    if not folded:
        return None
    table = heading_kinds()
    known = known_heading(folded)
    if known is not None:
        return table[known]
    lead_in = heading.rstrip(" *_").endswith(":") and len(folded.split()) <= _LEAD_IN_WORDS
    if len(folded.split()) > 8 and not lead_in:
        return None
    matches = list(heading_pattern().finditer(folded))
    if not matches:
        # "➕ Vai ser um diferencial:", "Extra credit if you've ...": a short heading no list
        # names that says its items are welcome is a nice-to-have heading
        welcome = len(folded.split()) <= 8 and pattern("nice").search(folded)
        return SectionKind.NICE if welcome else None
    if len(folded.split()) > 8:
        best = max(matches, key=lambda m: (m.end(), len(m.group(0)))).group(0)
    else:
        best = max((m.group(0) for m in matches), key=len)
    return table[re.sub(r"\s+", " ", best)]


_LEAD_IN_WORDS = 14


def _plain(text: str) -> str:
    """Folded heading words without markup, emoji, numbering or the closing colon."""
    text = PICTOGRAPHS.sub(" ", _MARKUP.sub(" ", text))
    text = re.sub(r"^\s*(?:\d{1,2}[.)]|[ivx]{1,4}\.)\s+", "", text, flags=re.I)
    return re.sub(r"\s+", " ", fold(text)).strip(" :.-–—¿?¡!|")


def _add_block(
    text: str, block: list[tuple[int, str]], section: Section | None, sections: list[Section]
) -> None:
    """Bullets (with their wrapped lines) and the sentences of paragraphs, as items of the
    current section. A label inside the text ("Minimum Required Skills: Java, C#") holds the
    rest of its sentence or bullet; a line that is only "Label: value" holds the lines after it
    too, like a heading."""
    if section is None:
        section = Section(None, "", block[0][0])
        sections.append(section)
    pieces: list[tuple[int, int, bool]] = []  # [start, end), bullet
    # A table whose columns are sections ("| Must have | Good to have |"): each cell is an
    # item of its column's kind.
    columns: list[SectionKind | None] = []
    kinds: dict[int, SectionKind | None] = {}  # piece start -> its column's kind
    previous = ""
    # "Frontend geliştirmede en az 5 yıl deneyimli," / "React ve TypeScript ile ...," : a list
    # typed one item a line, each closed by a comma, with no bullet glyph (Kariyer.net, hh.ru).
    comma_list = len(block) >= 3 and all(
        line.rstrip().endswith((",", ";")) and not _TABLE_ROW.match(line) for _, line in block[:-1]
    )
    bare = _bare_rows(block)
    priority = _priority_column(block, bare)
    seen_header = False
    for index, (start, line) in enumerate(block):
        if _TABLE_RULE.match(line):
            continue
        row = _BARE_ROW.match(line) if index in bare else _TABLE_ROW.match(line)
        header = index + 1 < len(block) and _TABLE_RULE.match(block[index + 1][1])
        if row and priority is not None:
            # "| Azure Data Factory | 3 | Mandatory |": the row asks for its first cell, as
            # much as its priority cell says; the header row and its years are no skill
            cells = row.group("cells").split("|")
            first_row, seen_header = not seen_header, True
            kind = _priority(cells[priority]) if priority < len(cells) and not first_row else None
            words = cells[0].strip()
            if kind is not None and words:
                begin = start + row.start("cells") + cells[0].index(words)
                end = begin + len(words)
                between = "|".join(cells[1:priority])
                if years_in(between) is not None:  # "| Linux | 3 ani | Da |": its years too
                    end = start + row.start("cells") + len("|".join(cells[:priority]).rstrip())
                pieces.append((begin, end, True))
                kinds[begin] = kind
            previous = ""
            continue
        if row and header:
            # "| Skill | Level |" above the rule names the columns
            named = [heading_kind(c) for c in row.group("cells").split("|")]
            wanted = (SectionKind.MUST, SectionKind.NICE)
            columns = named if sum(k in wanted for k in named) >= 2 else []
            continue
        if row and not columns and index == min(bare | {index}):
            # "Cerință | Obligatoriu | Constituie avantaj", a Word or PDF table read as text
            # with no rule under its header: columns past the first that name a required one
            # and a welcome one are the header, whose marks below give each row its kind
            named = [_priority(c) for c in row.group("cells").split("|")]
            if {SectionKind.MUST, SectionKind.NICE} <= set(named[1:]):
                columns = [None, *named[1:]]
                continue
        if row and columns:
            cells = row.group("cells").split("|")
            # "| Python | ✔ | |": a mark under "Must have" or "Nice to have" gives the row's
            # unmarked cells (the skill) that column's kind; the mark itself is no item.
            marked = [k for k, c in zip(columns, cells, strict=False) if MARK_CELL.fullmatch(c)]
            cell_start = start + row.start("cells")
            for kind, cell in zip(columns, cells, strict=False):
                words = cell.strip()
                if MARK_CELL.fullmatch(cell):
                    words = ""
                elif marked and (
                    kind not in (SectionKind.MUST, SectionKind.NICE) or kind not in marked
                ):  # the mark's column decides, not the skill's own column's name
                    kind = marked[0]
                if words:
                    begin = cell_start + cell.index(words)
                    pieces.append((begin, begin + len(words), True))
                    kinds[begin] = kind
                cell_start += len(cell) + 1
            previous = ""
            continue
        if row and line.count("|") >= 2:  # one row, one item: its cells read as one line
            cells = row.group("cells")
            lead = len(cells) - len(cells.lstrip(" |"))
            begin, end = start + row.start("cells") + lead, start + row.end("cells")
            if cells.strip(" |"):
                pieces.append((begin, end - (len(cells) - len(cells.rstrip(" |"))), True))
            previous = ""
            continue
        marker = BULLET.match(line)
        # A short bullet followed by a capitalised line ("- Ingles intermedio" / "Suma si ...")
        # ends there: a message typed line by line, not a bullet wrapped by the page.
        after_short_bullet = bool(
            pieces and pieces[-1][2] and len(previous.strip()) < 50 and line.strip()[:1].isupper()
        )
        previous = line
        if marker or not pieces or after_short_bullet or comma_list:
            begin = start + (marker.end() if marker else len(line) - len(line.lstrip()))
            pieces.append((begin, start + len(line.rstrip()), bool(marker) or comma_list))
        else:  # a wrapped line continues the bullet or the paragraph above it
            first, _, was_bullet = pieces[-1]
            pieces[-1] = (first, start + len(line.rstrip()), was_bullet)
    current = section
    for begin, end, bullet in pieces:
        labelled: Section | None = None
        parts = _labelled_parts(text, begin, end)
        for s_start, s_end in parts:
            if s_start < 0:  # a label: its section holds what follows it
                label = text[-s_start - 1 : s_end]
                labelled = Section(heading_kind(label), _plain(label), -s_start - 1)
                # a field with its value ("Location: Remote", "Требуемый опыт работы: 3–6
                # лет"), not a list's label
                labelled.field_line = not bullet and (labelled.kind not in (
                    SectionKind.MUST, SectionKind.NICE, SectionKind.DUTIES,
                ) or _years_value(text, s_end, end))
                sections.append(labelled)
                continue
            spans = [(s_start, s_end)] if bullet else _sentences(text, s_start, s_end)
            # "**Lo que buscamos:** Licenciatura ... Mínimo 3 años ... Dominio de SQL ...": a
            # requirements label that opens its paragraph heads the whole paragraph, as a
            # heading would; one met inside running text holds its own sentence only.
            paragraph_end = (
                _paragraph_end(text, labelled.start, end)
                if labelled is not None and not bullet
                and labelled.kind in (SectionKind.MUST, SectionKind.NICE) else -1
            )  # fmt: skip
            for i, (a, b) in enumerate(spans):
                # The label's sentence is over; "Minimum requirements: BSc ...; 5+ years in BI;
                # advanced SQL" goes on after a semicolon.
                if (i >= 1 and labelled is not None and text[spans[i - 1][1] - 1] != ";"
                        and a >= paragraph_end):  # fmt: skip
                    labelled = None
                    current = Section(current.kind, current.heading, a)
                    sections.append(current)
                target = labelled or current
                asked = None if bullet else _asking_sentence(text[a:b])
                if asked is not None:
                    # "Chi cerchiamo? Una persona che abbia ...", "Who are we looking for?
                    # Someone who ...": a section's name asked as a question, then answered.
                    current = Section(asked, _plain(text[a:b]), a)
                    current.field_line = True  # the answer is its paragraph, no more
                    sections.append(current)
                    labelled = None
                    continue
                hire = None if bullet or target.kind is SectionKind.MUST else _hire_named(text[a:b])
                if hire is not None:
                    # "Il candidato ideale ha maturato ...": the heading opens the sentence
                    # that begins its paragraph, the rest of which it heads too.
                    current = target = Section(SectionKind.MUST, hire, a)
                    current.field_line = True
                    sections.append(current)
                    labelled = None
                kind = kinds.get(begin, target.kind)
                if text[a:b].strip(" *_-–—:;,."):
                    item_kind = _item_kind(text[a:b], kind, text[begin:end])
                    column = kinds.get(begin) is not None and item_kind is kind
                    target.items.append(Item(a, b, item_kind, bullet, column))
        if labelled is not None and not bullet and len(parts) <= 2 and parts[0][0] < 0:
            current = labelled  # "Requisitos: Python, SQL" on its own line, bullets below


# A table row typed or extracted without its outer pipes ("SQL | 4 | Mandatory", a Word or PDF
# table read as text): cells between pipes, the first blank in a row that goes on with the
# criterion above it ("| Understanding of PAYE |  | Interview").
_BARE_ROW = re.compile(r"^\s*(?P<cells>[^|\n]*(?:\|[^|\n]*)+?)\s*$")
_YES = re.compile(
    r"\s*(?:[✓✔✅☑xX●]\ufe0f?|yes|y|sí|si|sim|tak|так|да|oui|ja|ya|có|evet|da|mandatory|"
    r"required|must|obligatoriu|obligatorio|obrigatório|obligatoire|wymagane|обов'язково|"
    r"requis|requise|konieczne|niezbędne|imprescindible|excluyente|erforderlich|"
    # a column headed with the participle ("Critère | Exigé | Souhaité", "Requerido")
    r"exigée?s?|exigid[oa]s?|requerid[oa]s?|wymagan[ya]|obbligatori[oa]|richiest[oa]|"
    r"necesar[ăa]?|notwendig|diperlukan|"
    r"обязательно|pflicht|wajib|bắt buộc|zorunlu|essential)\s*[.!]?\s*",
    re.IGNORECASE,
)
_NO = re.compile(
    r"\s*(?:no|nu|nie|não|nao|non|ні|нет|nein|hayır|không|tidak|optional|opcional|"
    r"facultatif|facultativ)\b.*",
    re.IGNORECASE,
)


def _bare_rows(block: list[tuple[int, str]]) -> set[int]:
    """The lines of a block that form a table without outer pipes: three or more lines in a
    row, each with the same number (one or more) of pipes, most with a first cell. A line
    that opens with a pipe and does not close with one is such a row with its first cell
    blank."""
    out: set[int] = set()
    run: list[int] = []
    for index, (_, line) in enumerate([*block, (0, "")]):
        pipes = line.count("|")
        bare = pipes and not _TABLE_RULE.match(line) and not (
            _TABLE_ROW.match(line) and line.rstrip().endswith("|")
        )
        if bare and (not run or block[run[0]][1].count("|") == pipes):
            run.append(index)
            continue
        if len(run) >= 3 and 2 * sum(_TABLE_ROW.match(block[i][1]) is None for i in run) > len(
            run
        ):
            out.update(run)
        run = [index] if bare else []
    return out


def _priority(cell: str) -> SectionKind | None:
    """What a table's priority cell says of its row: required ("Mandatory", "Da", "✔"),
    welcome ("Good to have", "Nu, constituie un avantaj"), or nothing ("-")."""
    if _NO.fullmatch(cell) or pattern("nice").search(fold(cell)):
        return SectionKind.NICE
    kind = heading_kind(cell)
    if kind in (SectionKind.MUST, SectionKind.NICE):
        return kind
    return SectionKind.MUST if _YES.fullmatch(cell) else None


def _names_sections(header: list[str]) -> bool:
    """A header whose columns past the first name a required and a welcome section ("| Skill |
    Must have | Nice to have |"): a mark in a row says which, so neither column is a priority
    column of its own, whose blank cells would drop the rows marked in the other."""
    return {SectionKind.MUST, SectionKind.NICE} <= {_priority(c) for c in header[1:]}


def _priority_column(block: list[tuple[int, str]], bare: set[int]) -> int | None:
    """A skill matrix's column that says, row by row, whether its skill is required or welcome
    ("| Skill | Min. years | Mandatory / Good to have |" / "| SQL | 4 | Mandatory |"): a column
    past the first whose cells nearly all say so, in a table of three rows or more."""
    rows = []
    for index, (_, line) in enumerate(block):
        if _TABLE_RULE.match(line):
            continue
        row = _BARE_ROW.match(line) if index in bare else _TABLE_ROW.match(line)
        if row:
            rows.append(row.group("cells").split("|"))
    body = rows[1:]  # the first row names the columns
    if len(body) < 3 or _names_sections(rows[0]):
        return None
    for column in range(1, max(len(r) for r in body)):
        said = [_priority(r[column]) for r in body if column < len(r)]
        if sum(k is not None for k in said) >= 0.7 * len(body) and SectionKind.MUST in said:
            return column
    return None


def _years_value(text: str, label_end: int, end: int) -> bool:
    """The rest of a label's line is only a number of years ("Experience: 4–7 years")."""
    line_end = text.find("\n", label_end, end)
    value = text[label_end : line_end if line_end >= 0 else end].strip(" :*_")
    return 0 < len(value.split()) <= 4 and years_in(value) is not None


def _paragraph_end(text: str, label: int, end: int) -> int:
    """Where the paragraph a requirements label opens ends ("**Lo que buscamos:** Licenciatura
    ... Mínimo 3 años ... Dominio de SQL ..."): it heads its paragraph as a heading would, up
    to the first line that ends a sentence. A label met inside running text ("... in Lisbon.
    Requirements: Python, SQL. We offer ...") opens no paragraph: -1."""
    line_start = text.rfind("\n", 0, label) + 1
    if text[line_start:label].strip(" *_#\t"):
        return -1
    stop = re.compile(r"[.!?;:]\s*\n").search(text, label, end)
    return stop.end() if stop else end


def _labelled_parts(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The piece of text cut at known section labels ("Requirements:"); a label comes back as
    (-start - 1, end) so the caller can tell it from text."""
    out: list[tuple[int, int]] = []
    cursor = begin
    # (where the label starts, where its words end, where its text starts)
    labels = [
        (m.start("label"), m.end("label"), m.end())
        for found in (_INLINE_LABEL, _RUN_IN_HEADING)
        for m in found.finditer(text, begin, end)
        if heading_kind(m.group("label")) is not None and len(m.group("label").split()) <= 6
    ]  # fmt: skip
    if len(_RUN_ON_LABEL.findall(text, begin, end)) >= 3:  # a paragraph of fields
        for m in _RUN_ON_LABEL.finditer(text, begin, end):
            phrase = heading_pattern().search(fold(m.group("label")))
            start = m.start("label") + (phrase.start() if phrase else 0)
            if phrase and not any(a <= start < c for a, _, c in labels):
                labels.append((start, m.end("label"), m.end()))
    for start, label_end, text_start in sorted(labels):
        if start < cursor:
            continue
        if start > cursor:
            out.append((cursor, start))
        out.append((-start - 1, label_end))
        cursor = text_start
    if cursor < end:
        out.append((cursor, end))
    return out


def _sentences(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans: a full stop ends one unless it follows an abbreviation, an initial or a
    digit ("min. 4 lata", "v2.1", "U.S.")."""
    spans = []
    start = begin
    for match in _SENTENCE_END.finditer(text, begin, end):
        candidate = text[start : match.end()]
        tail = candidate[-8:]
        line_ends = "\n" in text[match.end() : match.end() + 3]  # "... some R.\nThe role is ..."
        if match.group(0) == "." and not line_ends and (
            _ABBREVIATIONS.search(tail) or _INITIALS.search(tail)
        ):
            continue
        after = text[match.end() : match.end() + 8].lstrip()
        if match.group(0) == "." and _LEGAL_STOP.search(tail) and _GOES_ON.match(after):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))
    return spans


def _item_kind(item: str, section: SectionKind | None, paragraph: str = "") -> SectionKind | None:
    """A sentence may say what it is whatever its section: "Kubernetes is a plus" is optional in
    a requirements list; in a paragraph, "we expect ..." lists requirements, and a question put
    to the reader about what they have done or know ("Have you shipped a model with PyTorch?",
    "Vous maîtrisez Dart ?") asks for it, or welcomes it where its paragraph says so ("... (This
    one's a bonus.)", "Not required, but ...")."""
    folded = fold(item)
    if section in (SectionKind.MUST, SectionKind.NICE, None, SectionKind.OTHER) and (
        pattern("nice").search(folded)
    ):
        return SectionKind.NICE
    # Under an offer heading too ("Informações adicionais: ... É desejável conhecimento do
    # Pix"), by a welcome no offer also says ("Annual bonus", "optional office days").
    if section in (SectionKind.OFFER, SectionKind.LOGISTICS) and any(
        m.group(0) not in _OFFERED_TOO for m in pattern("nice").finditer(folded)
    ):
        return SectionKind.NICE
    if section is SectionKind.NICE and _tells_a_duty(folded):
        # "Nice to have: Kafka, Airflow. You will report to the CTO and own our dbt models.":
        # the sentence after the welcomed list tells the job, and inherits no welcome
        return SectionKind.DUTIES
    if section in (None, SectionKind.OTHER, SectionKind.ABOUT) and _READER_QUESTION.search(folded):
        return SectionKind.NICE if pattern("nice").search(fold(paragraph)) else SectionKind.MUST
    # "- nice: Spark", "* Plus: Datadog, Python": a bullet of a list that labels itself; among
    # the benefits, a perk ("- Festival Bonus: 2")
    label = re.match(r"\s*[*_]*([^\W\d][^:\n]{0,30}?)[*_]*\s*:", item)
    if label and section not in (SectionKind.NICE, SectionKind.OFFER) and (
        heading_kind(label.group(1)) is SectionKind.NICE
    ):
        return SectionKind.NICE
    if section in (None, SectionKind.OTHER, SectionKind.ABOUT):
        if pattern("offer").search(folded):
            return SectionKind.OFFER
        must, duty = pattern("must").search(folded), pattern("duty").search(folded)
        # "You should be able to use Python ..., and you will be presenting findings": the
        # sentence asks first, then says what the job is.
        if must and (duty is None or must.start() < duty.start()):
            return SectionKind.MUST
    return section


# The welcome words an offer uses of what it gives, folded ("annual bonus", "optional office
# days", "helpful colleagues", "preferred start date").
_OFFERED_TOO = frozenset({"bonus", "a bonus", "is a bonus", "optional", "helpful", "preferred"})


# A question put to the reader about what they have done, know or speak, folded, as posts in
# the hiring languages ask it ("Have you ...?", "Can you ...?", "¿Tienes ...?", "Você já
# trabalhou com ...?", "Vous avez déjà ... ?", "Czy znasz ...?", "Маєш досвід ...?", "Ai lucrat
# cu ...?", "Kennst du ...?", "Apakah kamu ...?", "Bạn có ...?", "... biliyor musun?").
_READER_QUESTION = re.compile(
    r"^\W*(?:"
    r"(?:have|can|could)\s+you\b|"
    r"do\s+you\s+(?:know|have|speak|use|write|bring|hold|understand|enjoy\s+\w+ing)\b|"
    r"are\s+you\s+(?:fluent|comfortable|familiar|experienced|proficient|certified|licensed|"
    r"registered|at home|good at|an? expert)\b|"
    r"(?:tienes|sabes|conoces|dominas|hablas|manejas|has\s+\w+ado)\b|"
    r"(?:voce\s+)?(?:tem|sabe|conhece|domina|fala|ja\s+\w+ou)\b|"
    r"(?:vous|tu)\s+(?:avez|as|maitrisez|maitrises|connaissez|connais|savez|sais|parlez|"
    r"parles)\b|(?:avez|as|maitrisez|connaissez|savez|parlez)-(?:vous|tu)\b|"
    r"(?:czy\s+)?(?:masz|znasz|umiesz|mowisz)\b|"
    r"(?:чи\s+)?(?:маєш|знаєш|володієш|вмієш)\b|(?:у тебя есть|ты знаешь|знаешь)\b|"
    r"(?:ai|stii|cunosti|vorbesti)\s|(?:hast|kennst|sprichst)\s+du\b|"
    r"(?:haben|kennen|sprechen)\s+sie\b|apakah\s+(?:kamu|anda)\b|ban\s+(?:co|da|biet)\b|"
    r"(?=[^?]*\b(?:mu|mi|mı|mü)(?:sun|sin|sın|sün)\s*\?)"
    r")[^?]*\?"
)


# After "you will" ("you will need ...", "you'll have ...", "vas a necesitar"), the words that
# ask for something after all, folded.
_ASKS_AFTER_DUTY = re.compile(
    r"\s*(?:also\s+)?(?:need|have|be|bring|know|hold|speak|necesitar|tener|precisar|ter|"
    r"potrzebowa\w*|mie[cć]|brauchen|haben|avoir)\b"
)


def _tells_a_duty(folded: str) -> bool:
    """A sentence that opens with what the hire will do ("You will report to the CTO", "Você vai
    cuidar dos modelos"), not what they will need."""
    duty = pattern("duty").match(folded, len(folded) - len(folded.lstrip(" *_-–—•")))
    return duty is not None and not _ASKS_AFTER_DUTY.match(folded, duty.end())


# The words of a requirements heading that name the hire or their profile ("Il candidato
# ideale", "The ideal candidate", "La persona che cerchiamo", "El perfil que buscamos"), folded.
_HIRE_WORDS = re.compile(r"\b(?:candidat\w*|kandydat\w*|kandidat\w*|person\w*|profil\w*)\b")


def _hire_named(sentence: str) -> str | None:
    """The requirements heading naming the hire that a sentence opens with, going on to say
    what the hire has ("Il candidato ideale ha maturato almeno 5 anni ...", "The ideal
    candidate has shipped ..."): written as running text rather than above it."""
    words = _plain(sentence).split()
    table = heading_kinds()
    for size in range(2, min(5, len(words) - 1) + 1):
        phrase = " ".join(words[:size])
        if table.get(phrase) is SectionKind.MUST and _HIRE_WORDS.search(phrase):
            return phrase if words[size][:1].isalpha() else None
    return None


def _asking_sentence(sentence: str) -> SectionKind | None:
    """The requirements (or nice-to-have) section a sentence of running text names as a question
    ("Chi cerchiamo?", "¿Qué buscamos?", "Who are we looking for?")."""
    if not sentence.rstrip().endswith("?"):
        return None
    kind = heading_kinds().get(_plain(sentence))
    return kind if kind in (SectionKind.MUST, SectionKind.NICE) else None
