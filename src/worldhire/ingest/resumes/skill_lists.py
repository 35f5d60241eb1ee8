"""Skills a résumé lists that the taxonomy does not name, kept in the person's own words.

A skills section or a "Tools:" line is the person stating their skills one name at a time:
"Sage 300", "Logo Bordro Plus", "Charles Proxy", "SGK mevzuatı" there are skills a reader
credits even though no taxonomy holds them. Such an item becomes a free-text skill (id
"text:<words>", as a job post's unlinked requirement does), never a guess at a near concept: a
wrong link is worse than none. What a list holds besides names is left out: level words, stars
and dots ("zaawansowany", "(sehr gut)", "★★★★☆", "| Expert"), years ("5 lat"), the category a
line opens with ("Tin học văn phòng:", "Cloud | AWS, Azure"), a table's header row, spoken
languages, and anything longer than a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import alternation
from worldhire.ingest.lexicon import languages as language_words
from worldhire.ingest.lexicon.dates import MONTHS
from worldhire.ingest.shared.edit_distance import edit_distance
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.spoken_languages import EXAM_NAMES, language_name
from worldhire.skills.literal_rules import PRODUCT_KINDS, common_words
from worldhire.skills.taxonomy import Taxonomy, unmatched_names
from worldhire.skills.text import name_key

MAX_ITEM_WORDS = 4
MAX_ITEM_CHARS = 40
# How much of an item the linked names may cover before the item is theirs ("MS Excel" is
# Excel); under it the item names more than they do ("SAP IS-U" is more than SAP).
LINKED_SHARE = 0.5

# A line that says it lists tools, in the hiring regions' languages ("Tools: Jira | TestRail").
_TOOLS_LABEL = re.compile(
    r"^[\s•·▪➢*\-–]*(?:tools?|tech(?:nical)? stack|stack|technolog(?:y|ies)|environment"
    r"|herramientas|tecnolog[ií]as|ferramentas|narz[eę]dzia|technologie|outils"
    r"|environnement(?: technique)?|werkzeuge|technologien|інструменти|технології|стек"
    r"|инструменты|технологии|c[oô]ng c[uụ]|c[oô]ng ngh[eệ]|alat|teknologi|ara[cç]lar"
    r"|teknolojiler|instrumente|tehnologii)\s*[:：]",
    re.IGNORECASE,
)
# Between items: a comma, semicolon, bar, bullet or a spaced slash or dash. A bare slash is part
# of a name ("CI/CD", "S/4HANA", "TCP/IP").
_SEPARATOR = re.compile(r"\s*(?:[,;|•·▪◦➢\t]|\s/\s|\s[–—-]\s)\s*")
_NEXT_FIELD = re.compile(r"\s(?-i:[A-Z])[^\W\d_]+(?: [^\W\d_]+)?\s*[:：]\s")
_CATEGORY = re.compile(r"^([^:：,;|]{1,40})[:：]\s+(?=\S)")
_BRACKETS = re.compile(r"\(([^()]*)\)")
_MARKS = re.compile(r"[★☆●○◉◯■□◆◇▪▫✓✔✱*#]+")
# A number and a word: a duration ("5 yrs.") or a count a saved profile page shows under a name
# ("14 endorsements", "500+ connections").
_DURATION = re.compile(r"^\d+(?:[.,]\d+)?\s*\+?\s*[^\W\d_]*\.?$")
# Years written beside a name or for themselves ("Merchandising (2 ans)", "(Less than 1 year)",
# "9 ans d'expérience", "7 lat"); a CEFR level; a page footer ("Page 1", "Sayfa 1").
_YEARS = re.compile(
    r"\d\s*\+?\s*(?:years?|yrs?|months?|ans?|años|anos|lat|lata|jahre|років|роки|лет|года"
    r"|năm|tahun|yıl|ani)(?!\w)|^[abc][12]$|^(?:page|pagina|página|sayfa|strona|seite)\s*\d",
    re.IGNORECASE,
)
# A line of a form's fine print, not a list: the Europass footer, a copyright, a consent clause.
# A line with a CEFR level is a spoken language's ("Inglés (C1)") or a Europass grid's.
_FINE_PRINT = re.compile(
    r"europass|cedefop|curriculum|©|\d{4}/\d{3}|rodo|gdpr|(?<![\w+#])[abc][12](?![\w+#])",
    re.IGNORECASE,
)
# A language exam's score ("TOEIC 650", "IELTS 7.0"): a spoken language's level, not a skill.
_EXAM = re.compile(rf"^(?:{'|'.join(EXAM_NAMES)})\b", re.IGNORECASE)
# A date ("im Oktober 2025"), which a list of names holds only in its fine print.
_MONTH = re.compile(
    rf"(?<!\w)(?:{alternation([m for names in MONTHS.values() for m in names if len(m) > 3])})"
    r"(?!\w)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:[-'’.+#][^\W_]+)*[+#]*")
# A skill table's header cells: an item that is only one of them is no name.
_HEADERS = frozenset(fold(w) for w in """
    skill skills tool tools level levels area years experience technology technologies
    competence competences proficiency rating field fields specialization specialisation
    description
    umiejętność umiejętności poziom narzędzie narzędzia lata doświadczenie
    outil outils niveau compétence compétences logiciel logiciels années
    herramienta herramientas nivel habilidad habilidades competencia años
    ferramenta ferramentas nível habilidade competência anos
    fähigkeit fähigkeiten kenntnisse kompetenz jahre werkzeug
    навык навыки уровень опыт навичка навички рівень досвід
    beceri beceriler seviye yetkinlik yetkinlikler yıl
    abilitate abilități competență ani
    keahlian tingkat kemampuan tahun
    understanding speaking writing listening reading interaction production
    compréhension parler écrire écouter lire comprensión hablar escribir compreensão fala escrita
    rozumienie mówienie pisanie розуміння говоріння письмо понимание разговор письмо
    аудирование чтение диалог монолог anlama konuşma yazma dinleme okuma
    înțelegere vorbire scriere
    driving licence license führerschein permis conducere patente sürücü belgesi
""".split())  # noqa: SIM905
# The words that join header words into one cell ("Fields of Specialization").
_HEADER_JOINERS = frozenset(("of", "and"))
# The word a page's link counts a skills list's items by ("Show all 23 skills"), in the hiring
# regions' languages.
_SKILLS_WORDS = frozenset(fold(w) for w in """
    skill skills compétences competencias aptitudes habilidades competências aptidões
    umiejętności kompetencje kenntnisse fähigkeiten навички навыки beceriler yetkinlikler
    abilități competențe keahlian kemampuan
""".split())  # noqa: SIM905
MAX_COUNT_DIGITS = 3
# What opens a driving licence, which shows no skill of an office worker ("Permis B", "prawo
# jazdy kat. B", "Права категории B"); a driver's licence classes are linked by their names.
_LICENCE = re.compile(
    r"^(?:driving|driver'?s|führerschein|klasse|permis|prawo jazdy|права|посвідчення"
    r"|водительск|водійськ|sürücü|ehliyet|patente|carteira|carnet|licencia|categor|kat\.?\s|sim\s)",
    re.IGNORECASE,
)
# Level words a list writes before or after a name ("Excel avanzado", "SAP FI: podstawowy").
_LEVELS = frozenset(fold(w) for w in """
    notions good excellent expert beginner proficient basics
    podstawy baza bază noções nociones grundlagen
    gut sehr grundkenntnisse fortgeschritten experte anfänger
    zaawansowany średniozaawansowany średnio podstawowy dobry bardzo ekspert
    avanzado avanzada intermedio intermedia básico básica experto experta
    avançado avançada intermediário intermediária básico básica
    confirmé confirmée débutant débutante maîtrise courant bon bonne très
    ileri seviye orta iyi çok başlangıç temel
    впевнений впевнено базовий середній високий експерт
    уверенный уверенно базовый средний продвинутый эксперт
    avansat mediu începător bun foarte
    mahir menengah dasar baik
    thành thạo khá tốt cơ bản trung bình
""".split())  # noqa: SIM905


_fold = lru_cache(maxsize=65_536)(fold)


@dataclass(frozen=True)
class ListedName:
    start: int
    end: int
    text: str


@cache
def _level_words() -> frozenset[str]:
    return frozenset(fold(w) for w in language_words.LEVELS) | _LEVELS


def tools_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges of lines that say they list tools ("Tools: Jira | TestRail")."""
    out = []
    position = 0
    for line in text.splitlines(keepends=True):
        label = _TOOLS_LABEL.match(line)
        if label:
            end = len(line.rstrip("\r\n"))
            # A project's fields joined into one line: "Environment : Java, Oracle 11g Duration :
            # Sep 2018 - Jul 2021" lists tools up to the next field's label.
            following = _NEXT_FIELD.search(line, label.end(), end)
            out.append((position, position + (following.start() if following else end)))
        position += len(line)
    return out


def listed_names(text: str, start: int = 0, end: int | None = None) -> list[ListedName]:
    """The names a list states between `start` and `end` of `text`, one per item, without
    levels, marks, categories and header words; `start`/`end` index into `text`."""
    end = len(text) if end is None else end
    text = _brackets_rejoined(text, start, end)
    out: list[ListedName] = []
    position = start
    for line in text[start:end].splitlines(keepends=True):
        if not _FINE_PRINT.search(line):
            out += _line_names(text, position, position + len(line.rstrip("\r\n")))
        position += len(line)
    return out


def _brackets_rejoined(text: str, start: int, end: int) -> str:
    """The text with a line break inside a bracket made a space (offsets hold): a narrow
    sidebar wraps "Indicadores logísticos (OTIF, lead time)" after "(OTIF,", and the names in
    the bracket are still one list."""
    chars = list(text)
    depth = 0
    for i in range(start, end):
        if chars[i] == "(":
            depth += 1
        elif chars[i] == ")":
            depth = max(0, depth - 1)
        elif chars[i] == "\n" and depth:
            if text.find(")", i, min(end, i + MAX_ITEM_CHARS * 2)) < 0:
                depth = 0  # never closed nearby ("JUnit (1 year"): the next line is its own
            else:
                chars[i] = " "
    return "".join(chars)


def _line_names(text: str, start: int, end: int) -> list[ListedName]:
    line = text[start:end]
    opening = _TOOLS_LABEL.match(line) or _CATEGORY.match(line)
    offset = opening.end() if opening else 0
    pieces = _pieces(line, offset)
    if len(pieces) >= 3 and "|" in line and any(_SEPARATOR.search(p[2]) for p in pieces[1:]):
        # "Cloud | AWS (EC2, EKS), Azure | Expert": the first cell is a category.
        pieces = pieces[1:]
    out = []
    for piece_start, piece_end, _ in pieces:
        for a, b in _items(line, piece_start, piece_end):
            name = _name(line, a, b)
            if name is not None:
                out.append(ListedName(start + name[0], start + name[1], line[name[0] : name[1]]))
    return out


def _pieces(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of a table row ("|"), else the whole line."""
    if "|" not in line:
        return [(offset, len(line), line[offset:])]
    out = []
    position = offset
    for cell in line[offset:].split("|"):
        out.append((position, position + len(cell), cell))
        position += len(cell) + 1
    return out


def _items(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items between separators, and the items a bracket holds ("Email marketing (Mailchimp)")
    apart from the name before it."""
    spans: list[tuple[int, int]] = []
    inner: list[tuple[int, int]] = []
    piece = line[start:end]
    masked = piece
    for m in _BRACKETS.finditer(piece):
        inner += _split(piece, m.start(1), m.end(1))
        masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    spans = _split(masked, 0, len(masked))
    return [(start + a, start + b) for a, b in (*spans, *inner)]


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    position = start
    for m in _SEPARATOR.finditer(text, start, end):
        out.append((position, m.start()))
        position = m.end()
    out.append((position, end))
    return out


def _name(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The name an item holds, its level words and marks trimmed; None when it holds none."""
    if _counts_items(line[start:end]):
        return None
    opened = line.find("(", start, end)
    if opened >= 0:  # a bracket the line wrapped before closing: "JUnit (1 year"
        end = opened
    closed = line.find(")", start, end)
    if closed >= 0:
        start = closed + 1
    words = [(start + m.start(), start + m.end(), _fold(m.group()))
             for m in _WORD.finditer(_MARKS.sub(lambda x: " " * len(x.group()), line[start:end]))]
    levels = _level_words()
    while words and words[-1][2] in levels:
        words.pop()
    while words and words[0][2] in levels:
        words.pop(0)
    if not words or len(words) > MAX_ITEM_WORDS:
        return None
    a, b = words[0][0], words[-1][1]
    if line[b : b + 1] in ("+", "#"):
        b += 1
    name = line[a:b]
    if not_a_name(name, len(words)):
        return None
    return a, b


def _counts_items(item: str) -> bool:
    """A saved profile page's link that counts the list's skills, a count beside the word
    "skills": "Show all 23 skills", "Afficher les 12 compétences", "Pokaż wszystkie
    umiejętności (15)". A year ("ISTQB Foundation Level 2019") is no count."""
    words = [_fold(m.group()) for m in _WORD.finditer(item)]
    return (any(w.isdigit() and len(w) <= MAX_COUNT_DIGITS for w in words)
            and any(w in _SKILLS_WORDS for w in words))


@lru_cache(maxsize=65_536)  # lists repeat the same names across résumés
def not_a_name(name: str, words: int) -> bool:
    return bool(
        len(name) > MAX_ITEM_CHARS or _DURATION.match(name) or _YEARS.search(name)
        or sum(c.isalpha() for c in name) < 2 or (name.isupper() and words > 1)
        or _LICENCE.match(name) or "@" in name or "http" in name.lower() or _EXAM.match(name)
        or _fold(name) in _level_words() or _header_cell(name) or _MONTH.search(name)
        or language_name(name) is not None or resolve_place(name) is not None
    )


def _header_cell(name: str) -> bool:
    """A table's header cell: header words only, joined by "of" or "and" ("Fields of
    Specialization", "Tools and Technologies")."""
    words = [_fold(m.group()) for m in _WORD.finditer(name)]
    return any(w in _HEADERS for w in words) and all(
        w in _HEADERS or w in _HEADER_JOINERS for w in words)


def covered_share(start: int, end: int, linked: list[tuple[int, int]]) -> float:
    """How much of [start, end) the linked spans cover."""
    chars: set[int] = set()
    for a, b in linked:
        chars.update(range(max(a, start), min(b, end)))
    return len(chars) / max(1, end - start)


MIN_TYPO_CHARS = 5  # a shorter name is one letter away from too many others


def listed_concept(name: str, taxonomy: Taxonomy) -> str | None:
    """The concept a listed name is: exactly one of its names (a list is the context a bare
    "Excel" or "Access" needs, which prose would not give), unless the matcher skips that name
    on purpose; else the tool it misspells by one letter; else None (a free-text skill)."""
    # The name index first: resolve() searches by trigrams when the name is not in it.
    exact = taxonomy.resolve(name) if name_key(name) in taxonomy.names() else None
    if exact is not None:
        skipped = _skipped_names(taxonomy).get(exact.id, frozenset())
        return None if name_key(name) in skipped else exact.id
    return misspelt_product(name, taxonomy)


_SKIPPED: dict[int, dict[str, frozenset[str]]] = {}


def _skipped_names(taxonomy: Taxonomy) -> dict[str, frozenset[str]]:
    if id(taxonomy) not in _SKIPPED:
        _SKIPPED[id(taxonomy)] = unmatched_names(taxonomy)
    return _SKIPPED[id(taxonomy)]


def misspelt_product(name: str, taxonomy: Taxonomy) -> str | None:
    """The extension's tool, language or platform a one-word listed name misspells by one letter
    ("Exel" is Excel, "Postmann" Postman), when exactly one is that close and both start alike;
    None otherwise. Only in a list, where each item is meant to be a name."""
    key = name_key(name)
    if " " in key or len(key) < MIN_TYPO_CHARS - 1 or key in common_words():
        return None
    close = {
        concept_id for product, concept_id in taxonomy.derived(_product_names).get(key[0], ())
        if product != key and edit_distance(key, product, 1) <= 1
    }
    return next(iter(close)) if len(close) == 1 else None


def _product_names(taxonomy: Taxonomy) -> dict[str, list[tuple[str, str]]]:
    """One-word names of the extension's products, by first letter."""
    by_letter: dict[str, list[tuple[str, str]]] = {}
    for concept in taxonomy.extension():
        if concept.kind not in PRODUCT_KINDS:
            continue
        for product in {name_key(n) for n in (concept.label, *concept.aliases)}:
            if len(product) >= MIN_TYPO_CHARS and " " not in product:
                by_letter.setdefault(product[0], []).append((product, concept.id))
    return by_letter
