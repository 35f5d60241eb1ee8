"""What the literal matcher (`worldhire.skills.literal`) reads names by: the word lists and the
shapes of names (everyday English words and grammar words, product kinds, the endings the hiring
regions' languages decline a name with, a version after a name, the parts of a camel-case name,
how long a name must be to read a typo in it), the pattern each name becomes, and the checks on
a name's sentence (a product's spelling after a tool's preposition or in a list of short names,
a consent to data processing, the trade names of a sentence about AI or programming).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from worldhire.core.data_protection import DATA_PROTECTION_LAWS, PERSONAL_DATA
from worldhire.core.texts import fold
from worldhire.skills.text import Token, sentence_starts

# Places whose name holds a skill's: "Chennai, Tamil Nadu" on every job line of a résumé from
# Chennai is not the Tamil language. Folded tokens.
PLACE_NAMES = frozenset({("tamil", "nadu")})
# A sentence is in another language than English when fewer than one in FOREIGN_SHARE of its
# words (3+ letters) are English everyday words; loanwords and names make up the rest.
FOREIGN_SHARE = 3
# ... or when it has none of these English grammar words: French, Spanish or Polish share many
# words with the English vocabulary ("gestion des stocks sous SAP": "des", "stocks", "sous"), but
# not these. Words that are also grammar in the hiring regions' languages ("a", "i", "on", "an",
# "to", "no") are left out.
ENGLISH_GLUE = frozenset({
    "the", "and", "of", "in", "with", "for", "from", "using", "into", "was", "were", "are", "is",
    "my", "our", "we", "by", "this", "that", "which", "have", "has", "at",
})


def not_english(
    said: Sequence[Token], common: frozenset[str], is_name: Callable[[Token], bool]
) -> bool:
    """Whether a sentence's words (`said`) are in another language than English: fewer than
    one in FOREIGN_SHARE of them (3+ letters, names aside) are English everyday words, or none
    is English grammar (written so: Romanian "în" is no "in")."""
    others = [t for t in said if len(t.raw) >= 3 and not is_name(t)]
    english = sum(1 for t in others if t.raw.isascii() and t.lower in common)
    return (english * FOREIGN_SHARE < len(others)
            or not any(t.raw.isascii() and t.lower in ENGLISH_GLUE for t in said))


AI_ROOT = "wh:artificial-intelligence"
PROGRAMMING_ROOT = "wh:programming"
ANALYSIS_STACK = "wh:python-data-stack"
BUILDING_KINDS = frozenset({"framework", "tool", "platform"})
# Extension kinds that name a field's use in a trade ("credit risk modelling"), not a method.
APPLICATION_KINDS = frozenset({"application"})
# Extension kinds that name a thing rather than a skill: only ever linked when named.
PRODUCT_KINDS = frozenset({
    "tool", "framework", "language", "platform", "service", "model family", "operating system",
})
# Polish declines the names of tools like its own nouns ("w Excelu", "w Pythonie", "na Kafkę",
# "z Kafką", "z Dockerem", "w Grafanie", "w Jirze"), and Romanian adds its article to them
# ("Jenkinsului", "Cypressul", "Dockerului"): (ending, what replaces it) to get back to the name.
# Russian and Ukrainian decline them too, in Latin or Cyrillic letters ("в Экселе", "на Питоне",
# "с Докером", "в Джаве", "у Екселі"): their endings follow, a soft sign or an "а" restored.
CASE_ENDINGS = (
    ("ului", ""), ("ul", ""),
    ("owi", ""), ("iem", ""), ("em", ""), ("ie", ""), ("ie", "a"), ("ze", ""), ("ze", "a"),
    ("u", ""), ("a", ""), ("ę", "a"), ("ą", "a"), ("i", "a"),
    ("ові", ""), ("ом", ""), ("ем", ""), ("ем", "ь"), ("ою", "а"), ("ой", "а"), ("е", "ь"),
    ("і", "ь"), ("я", "ь"), ("ю", "ь"), ("е", ""), ("у", ""), ("а", ""), ("і", ""), ("е", "а"),
    ("у", "а"), ("і", "а"), ("и", "а"), ("ы", "а"),
)
# Polish, Ukrainian and Russian decline a one-word name by its ending ("inwentaryzacja" is
# written "w inwentaryzacji", "інвентаризація" "проводила інвентаризацію", "бюджетування"
# "займаюся бюджетуванням"): each group is one kind of noun's endings as written, the
# nominative a name ends in first, then its other cases. A one-word local name matches a word
# of its stem (SLAVIC_STEM_MIN letters or more) with another ending of its group.
SLAVIC_NOUN_ENDINGS = (
    ("anie", "ania", "aniu", "aniem"), ("enie", "enia", "eniu", "eniem"),
    ("cja", "cji", "cję", "cją"), ("ość", "ości", "ością"),
    ("ння", "нню", "нням", "нні"), ("ція", "ції", "цію", "цією"), ("ість", "ості", "істю"),
    ("ние", "ния", "нию", "нием", "нии"), ("ция", "ции", "цию", "цией"),
    ("ость", "ости", "остью"),
)
SLAVIC_STEM_MIN = 4
# German writes a kind of a thing as one word, the thing's name last with a modifier glued
# before it ("Produktkostenrechnung", "Plankostenrechnung": cost accounting), declines and
# pluralises the word by its last part only ("Jahresabschlussprüfungen"), and writes two
# compounds of one head with the head once ("Kreditoren- und Debitorenbuchhaltung"). A German
# one-word name of COMPOUND_HEAD_MIN letters or more is read so: shorter ones are parts of too
# many compounds of other meanings ("Führung", leading a team, in "Buchführung", bookkeeping).
# The modifier keeps its linking "s" or "n" ("Investitions-", "Kunden-").
GERMAN_NOUN_ENDINGS = ("en", "n", "e", "es", "s")
COMPOUND_HEAD_MIN = 9
COMPOUND_MODIFIER_MIN = 3
ELIDED_HEAD_MIN = 4  # the shortest head two compounds share ("-rechnung", "-abrechnung")
GERMAN_AND = frozenset({"und", "oder", "sowie", "bzw"})
# Cyrillic has no everyday English word a tool's declined name could be, so there a tool's
# name written in lower case ("в экселе") declines as well.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MIN_STEM = 3  # trade names in a sentence under it are its domain
# The hiring regions' languages decline and pluralise the words of a skill's local name
# ("rozrachunki z kontrahentami" is written "rozrachunkami z kontrahentami", "ay sonu
# kapanışları" "ay sonu kapanışlarının", "рекомендаційні системи" "рекомендаційними
# системами", "conciliación bancaria" "conciliaciones bancarias"): a word of a local name
# matches a text word of INFLECTED_MIN letters or more that shares all but its last few letters
# with it (INFLECTED_SLACK, one more for long words, where endings are longer).
INFLECTED_MIN = 5
INFLECTED_SLACK = 3
INFLECTED_LONG = 10
# French, Spanish, Italian and Portuguese write a name's "of" with the article folded in or
# beside it as often as bare ("détection de fraude" / "détection de la fraude" / "détection des
# fraudes", "rischio di credito" / "rischio del credito"): each group is the forms one language
# writes, as folded words ("d'" and "l'" are words of their own), and a local name with one of
# them matches with any other of its group.
OF_ARTICLE_FORMS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("de",), ("du",), ("des",), ("de", "la"), ("de", "l"), ("d",)),
    (("de",), ("del",), ("de", "la"), ("de", "los"), ("de", "las")),
    (("di",), ("del",), ("dello",), ("della",), ("dell",), ("dei",), ("degli",), ("delle",)),
    (("de",), ("do",), ("da",), ("dos",), ("das",)),
)
# The consent to data processing that Polish, Romanian or Italian CVs end with ("... dla potrzeb
# niezbędnych do realizacji procesu rekrutacji", RODO, GDPR): the recruitment it names is the
# reader's, not a skill. Declined names are not read from it to the end of its paragraph.
_CONSENT = re.compile(
    rf"(?<!\w)(?:{PERSONAL_DATA}|{DATA_PROTECTION_LAWS})(?!\w)", re.IGNORECASE)
# A tool's name typed with one letter off ("excell", "postgre", "Pyhton", "Kubernetse") or split
# in two ("tensor flow", "java script", "Postgre SQL"): only names and words this long, where one
# letter is a slip rather than another word.
MIN_TYPO_NAME = 5
MIN_TYPO_WORD = 6
# A product's version or edition written after its name ("Angular 16", "Minitab 19", "1C 8.3",
# "Llama 3 8B", "AutoCAD 2D", "MISA SME", "Sage X3"): part of the name a reader quotes. Not a
# date range ("SAP 2019 – 2021"), a duration ("Python 5 years") nor an amount after a currency
# code that is also a name ("PHP 180,000": the Philippine peso).
_VERSION = re.compile(
    r" (?:v?\d{1,4}(?:\.\d+)*[A-Za-z]{0,2}|[A-Z][A-Z0-9]{1,3})(?=$|[\s,;:)/|•·]|\.(?!\w))")
# ... or glued to it ("Java8", "Laravel8", "Vue3", "Hibernate5"): the letters are the name when
# they are the whole one-word name of a product that needs no context (not "Excel2016": "excel"
# is also a verb), of MIN_STEM letters or more.
_GLUED_VERSION = re.compile(r"([^\W\d_]{3,})(?:\d{1,2}[a-z]?|(?:19|20)\d\d)")
# A one-word name with capitals inside ("PowerPoint", "MySQL", "AutoCAD", "SolidWorks"), and
# its parts: capitalised words and runs of capitals.
_CAMEL_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,}){1,2}|[A-Z][a-z]+[A-Z]{2,}[a-z]*")
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])")
_MOST_CAMEL_PARTS = 3
_SHORTEST_PART = 3
_LIST_SEPARATOR = re.compile(r"[,;|•·()\[\]]")
_BRACKET_CLOSED = re.compile(r"\s*\)")


def _split_by_list(text: str, start: int, last_start: int, end: int) -> bool:
    """A name's words split by a list's separator: "jQuery, UI" (two items, not jQuery UI), "GCP
    (Vertex AI, BigQuery)" (a bracket opening a list of other names). A bracket holding just
    the name's last words qualifies it: "Lean Six Sigma (Green Belt)"."""
    separators = _LIST_SEPARATOR.findall(text, start, last_start)
    if separators == ["("] and _BRACKET_CLOSED.match(text, end):
        return False
    return bool(separators)


def letters_not_dotted(text: str, tokens: list[Token]) -> bool:
    """Single letters a name spells with dots or an ampersand ("A.I.", "W&B") written with other
    marks between them: "A-I", "B-E" and "A I" are a licence's class or a grade, not the name."""
    if not all(len(t.raw) == 1 for t in tokens):
        return False
    return any(text[a.end : b.start].strip() not in {".", "&"} for a, b in pairwise(tokens))


# What follows a capital written as a person's initial: another initial ("R. K. Sharma"), or a
# surname that ends its item of a list ("R. Patel,", "C. Mbeki-Osei*,", "F. MacLeod.").
_AFTER_INITIAL = re.compile(
    r"\.\s?(?:(?P<initial>[^\W\d_])\.|(?P<surname>[^\W\d_][\w'’-]*)[*†‡\d]*\s*(?:[,;.)]|$))",
    re.MULTILINE)


def person_initial(text: str, token: Token) -> bool:
    """A single capital written as a person's initial, not the one-letter name of a language:
    co-authors and referees ("S. Ibrahim, C. Mbeki-Osei, R. Lindahl."), "Dr. R. Venkataraman,",
    a Colombian identity card ("C.C. 52.118.904"). "Python and R. Teaching assistant ..." and "in
    C. Later ..." go on with a sentence, so there the letter is the language."""
    if len(token.raw) != 1 or not token.raw.isupper():
        return False
    start = token.start
    if start >= 2 and text[start - 1] == "." and text[start - 2].isupper() and (
            start < 3 or not text[start - 3].isalnum()):
        return True  # the second letter of "C.C."
    m = _AFTER_INITIAL.match(text, token.end)
    if m is None:
        return False
    if m.group("initial") is not None:
        return m.group("initial").isupper()
    surname = m.group("surname")
    return surname[0].isupper() and any(ch.islower() for ch in surname)


_NOT_VERSION_AFTER = re.compile(
    r"(?:[.,]\d|\s*(?:[-–—]\s*\d|\+|%|"
    r"(?:years?|yrs?|months?|lat|anos|años|ans|năm|tahun|jahre|років|роки)(?!\w)))",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Pattern:
    concept_id: str
    score: float
    # Raw tokens the text must show verbatim (for "Go", "R"); None: any case.
    cased: tuple[str, ...] | None
    # Accepted only when the sentence also names some extension concept unambiguously, so that
    # "Hive" counts in a data-stack sentence but not in a beekeeping one.
    needs_context: bool
    # Accepted only when the sentence also names one of these concepts (an ambiguous acronym's
    # neighbourhood); None: no such condition.
    family: frozenset[str] | None = None
    # A capitalised everyday word: not taken as the sentence's first word.
    not_initial: bool = False
    # A trade or service name people write (esco_names.yaml): not taken in a sentence that
    # names an AI or programming concept, where it is the domain of the work ("a customer-support
    # chatbot", "forklift detection with YOLO", "the e-Faktur module in Laravel"), not the
    # person's skill.
    outside_tech: bool = False
    # A name written without accents ("Informatica", "GAN", "TOC"): a word that carries accents
    # ("Informática", "Gần", "tốc") is another language's word, not this name. Names typed
    # without diacritics on purpose ("invatare automata") still match unaccented text.
    plain: bool = False
    # A name in one of the hiring regions' languages (a translation, a written name): it also
    # matches its declined and plural forms in a sentence that is not English.
    local: bool = False
    # A one-word trade name written with its capital ("Jira", "Zendesk") that an extension
    # concept of a practice holds as an alias: declined like a product's name.
    proper: bool = False
    # A Vietnamese name's words as it writes them, tone marks and all (`tone_marked`); None for
    # a name in any other language.
    marked: tuple[str, ...] | None = None

    @property
    def unconditional(self) -> bool:
        """Counted on its words alone: no casing to show verbatim, no context or neighbourhood
        to find in the sentence; so another written form of the name may count as well."""
        return self.cased is None and not self.needs_context and self.family is None


# Letters only Vietnamese writes: đ, the breve and horn vowels, and the tones other languages do
# not mark (hook above, dot below, a tilde over e, i, u or y).
_VIETNAMESE_LETTER = re.compile(r"[đăơư\u0309\u0323]|[eiuy]\u0303", re.IGNORECASE)


def tone_marked(name_words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A Vietnamese name's words in lower case, marks kept: there the marks tell words apart
    that fold to the same letters ("đỡ đẻ", delivering a baby; "do để", "in order to")."""
    decomposed = tuple(unicodedata.normalize("NFD", w.lower()) for w in name_words)
    if not any(_VIETNAMESE_LETTER.search(w) for w in decomposed):
        return None
    return tuple(unicodedata.normalize("NFC", w) for w in decomposed)


def other_tone_marks(raw: tuple[str, ...], marked: tuple[str, ...]) -> bool:
    """Whether text words show marks other than the Vietnamese name's: a word typed plainly
    ("do de") may be the name; one written with other marks ("do để") is another word."""
    return any(
        not word.isascii() and unicodedata.normalize("NFC", word.lower()) != own
        for word, own in zip(raw, marked, strict=True)
    )


# Report writing, the duty (ESCO "write work-related reports"). The hiring regions' languages
# name a report's kind after the word for reports ("lập báo cáo tài chính", "menyusun laporan
# keuangan", "elaboración de informes de ventas", "sporządzanie raportów płacowych"): such a
# report (financial statements, payroll or sales reports) is the trade's own work, which a reader
# names, not report writing in general. After a report-writing name, these words name no kind:
# when reports are made ("mensuales", "hằng tháng", "định kỳ"), for whom, in what or about what
# ("para", "cho", "w Excelu", "về"), or the next duty ("và", "i"); by the folded word for reports
# the name ends in. Each language's words are also read as typed without marks, except the
# Vietnamese ones whose folded form is another, kind-naming word ("tại", at, and "tài chính",
# finance, both fold to "tai").
REPORT_WRITING = "esco:write-work-related-reports"
_REPORTS_NO_KIND_AFTER: dict[str, tuple[str, ...]] = {
    "laporan": ("harian", "mingguan", "bulanan", "tahunan", "triwulanan", "berkala", "rutin",
                "untuk", "kepada", "ke", "di", "dan", "serta", "dengan", "secara", "setiap",
                "tiap", "atau", "yang", "dalam", "melalui", "menggunakan", "pada", "tentang"),
    "informes": ("diarios", "semanales", "quincenales", "mensuales", "trimestrales", "anuales",
                 "periódicos", "para", "a", "al", "en", "con", "y", "e", "o", "sobre", "por",
                 "mediante", "usando"),
    "relatorios": ("diários", "semanais", "quinzenais", "mensais", "trimestrais", "anuais",
                   "periódicos", "para", "a", "ao", "aos", "em", "no", "na", "nos", "nas",
                   "com", "e", "ou", "sobre", "por", "pelo", "pela", "usando"),
    "rapports": ("quotidiens", "hebdomadaires", "mensuels", "trimestriels", "annuels",
                 "périodiques", "réguliers", "pour", "à", "au", "aux", "en", "dans", "sous",
                 "avec", "et", "ou", "sur", "par"),
    "raportow": ("dziennych", "tygodniowych", "miesięcznych", "kwartalnych", "rocznych",
                 "okresowych", "cyklicznych", "dla", "w", "we", "z", "ze", "i", "oraz", "lub",
                 "na", "do", "o", "przy", "po", "dotyczących"),
    "rapoartelor": ("zilnice", "săptămânale", "lunare", "trimestriale", "anuale", "periodice",
                    "pentru", "către", "în", "la", "cu", "și", "sau", "privind"),
    "звітів": ("щоденних", "щотижневих", "щомісячних", "квартальних", "річних", "для", "в", "у",
               "з", "із", "і", "й", "та", "до", "на", "по", "щодо", "про"),
    "отчетов": ("ежедневных", "еженедельных", "ежемесячных", "квартальных", "годовых", "для",
                "в", "во", "с", "со", "и", "до", "на", "по", "о", "об", "про"),
}
_REPORT_TIME_VI = ("ngày", "tuần", "tháng", "quý", "năm", "kỳ")
REPORTS_NO_KIND_AFTER = {
    noun: frozenset({*after, *(fold(w) for w in after)})
    for noun, after in _REPORTS_NO_KIND_AFTER.items()
} | {"cao": frozenset({  # "báo cáo"
    *_REPORT_TIME_VI, *(fold(w) for w in _REPORT_TIME_VI), "định", "dinh", "cuối", "cuoi", "đầu",
    "cho", "gửi", "gui", "trình", "trinh", "lên", "len", "về", "ve", "theo", "tại", "trên", "tren",
    "của", "cua", "để", "và", "va", "với", "voi", "hoặc", "hoac", "kịp", "đúng", "đầy",
})}
# Vietnamese "hằng" / "hàng" is "every" before a time word ("hằng tháng", monthly) and goods
# before another ("báo cáo hàng tồn kho", the stock report).
_EVERY_VI = frozenset({"hằng", "hàng", "hang"})


def report_of_a_kind(text: str, tokens: list[Token], end: int) -> bool:
    """Whether the word right after a report-writing name (its last token at `end` - 1), in
    the same phrase (one space between), names the report's kind."""
    after = REPORTS_NO_KIND_AFTER.get(tokens[end - 1].lower)
    if after is None or end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start] != " ":
        return False
    word = tokens[end].raw.lower()
    if word in _EVERY_VI and tokens[end - 1].lower == "cao":
        return not (end + 1 < len(tokens) and tokens[end + 1].raw.lower() in after)
    return word not in after


# French verbs in -er are spelt as some English names are ("transformer"): such a word in lower
# case right before an article ("transformer les données", "transformer des besoins") is the
# verb, not the name.
FRENCH_ARTICLES = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "mes", "ses",
    "nos", "vos", "leurs", "notre", "votre", "leur",
})


def french_verb(text: str, tokens: list[Token], at: int) -> bool:
    """Whether the word at `at` is a French infinitive in -er before its object's article."""
    word = tokens[at].raw
    return (word.endswith("er") and word.islower() and at + 1 < len(tokens)
            and tokens[at + 1].lower in FRENCH_ARTICLES
            and text[tokens[at].end : tokens[at + 1].start] == " ")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words (the whole-word entries of the BERT uncased vocabulary)."""
    blob = resources.files("worldhire").joinpath("skills", "data", "common_words.txt.gz")
    return frozenset(gzip.decompress(blob.read_bytes()).decode().split())


def _consent_spans(text: str) -> list[tuple[int, int]]:
    """Where the text consents to data processing: from the consent's words to the end of
    their paragraph."""
    spans = []
    for m in _CONSENT.finditer(text):
        end = text.find("\n\n", m.end())
        spans.append((text.rfind("\n\n", 0, m.start()) + 1, len(text) if end < 0 else end))
    return spans


def _same_stem(word: str, name: str) -> bool:
    """Two folded words that differ only in their endings: both INFLECTED_MIN letters or more,
    sharing all but the last INFLECTED_SLACK letters of the longer (one more from INFLECTED_LONG
    letters)."""
    if min(len(word), len(name)) < INFLECTED_MIN or word[:INFLECTED_MIN] != name[:INFLECTED_MIN]:
        return False
    longer = max(len(word), len(name))
    slack = INFLECTED_SLACK + (longer >= INFLECTED_LONG)
    shared = next((k for k, (a, b) in enumerate(zip(word, name, strict=False)) if a != b),
                  min(len(word), len(name)))
    return shared >= longer - slack


def _acronym(tokens: list[Token]) -> bool:
    return all(len(t.raw) > 1 and t.raw.isupper() for t in tokens)


def _is_product_spelling(token: Token, p: _Pattern) -> bool:
    """A curated tool's everyday-word name written with its capitals ("Excel", "SAP")."""
    return p.concept_id.startswith("wh:") and len(token.raw) >= 3 and token.raw[0].isupper()


# Possessives in the hiring regions' languages: an acronym a person owns ("my CV", "mon CV",
# "moje CV", "your updated CV") is a thing they have, not the field the acronym also names.
POSSESSIVES = frozenset({
    "my", "your", "our", "his", "her", "their", "mon", "ma", "mes", "votre", "notre", "mi",
    "tu", "su", "meu", "minha", "seu", "sua", "moje", "mój", "moja", "mein", "meinen", "meine",
    "dein", "ihr", "ihren", "мій", "моє", "мое", "моё", "мою", "benim",
})
OWNED_REACH = 2  # "my CV", "my updated CV": the possessive and at most one word between


def owned_acronym(tokens: list[Token], i: int) -> bool:
    """An acronym right after a possessive, or one word after it ("my updated CV")."""
    return any(tokens[k].lower in POSSESSIVES for k in range(max(0, i - OWNED_REACH), i))

# Words after which a tool's name follows: "data in Excel", "jobs on Spark", "using Hive".
TOOL_PREPOSITIONS = frozenset({"in", "on", "with", "using", "via", "into", "through"})


# Verbs of using or mastering after which a capitalised everyday word is a tool's name ("I use
# Excel", "je maîtrise SAP"), in the hiring regions' languages.
TOOL_VERBS = frozenset({
    "use", "uses", "used", "master", "mastered", "utilise", "utilisé", "utilisée", "maîtrise",
    "utilizo", "utilicé", "uso", "manejo", "domino", "utilizei", "usei", "nutze", "beherrsche",
    "używam", "używałem", "używałam", "folosesc", "utilizez", "використовую", "использую",
    "menggunakan", "memakai", "kullandım", "kullanıyorum",
})

# What may stand between two tool names joined in a sentence: a comma, "&", "/" or a word of
# "and"/"or" ("Excel et SAP", "Word, Excel and PowerPoint").
_JOINED = re.compile(
    r"\s*[,&/+]?\s*(?:(?:and|or|et|ou|y|o|e|i|und|oder|și|si|sau|и|і|й|та|або|или|và|hoặc|dan"
    r"|atau|oraz|lub|ve|veya)\s+)?", re.IGNORECASE)


def _used_product(tokens: list[Token], i: int, j: int, p: _Pattern) -> bool:
    """A tool's everyday-word name written with its capitals right after a word that introduces
    a tool ("cleaned meter readings in Excel", "batch jobs on Spark", "I use Excel"): the
    everyday word would not be capitalised there. A capitalised word after it makes it part of
    another name ("at Access Bank", "in Word Press")."""
    if i == 0 or not _is_product_spelling(tokens[i], p):
        return False
    if tokens[i - 1].raw not in TOOL_PREPOSITIONS and tokens[i - 1].lower not in TOOL_VERBS:
        return False
    return j >= len(tokens) or not tokens[j].raw[:1].isupper()


def joined_products(
    text: str, tokens: list[Token], found: list[tuple[int, int, _Pattern]]
) -> set[int]:
    """The first tokens of tools' everyday-word names written with their capitals and joined to
    another such name by no more than a comma or a word of "and"/"or" ("Excel et SAP", "Excel,
    Word and SAP"): two everyday words so joined, each with its capital, are names, each the
    other's context."""
    spelt = sorted((i, j) for i, j, p in found
                   if p.needs_context and _is_product_spelling(tokens[i], p))
    joined: set[int] = set()
    for (i, j), (k, _) in pairwise(spelt):
        if j <= k and _JOINED.fullmatch(text, tokens[j - 1].end, tokens[k].start):
            joined |= {i, k}
    return joined


def _listed_product(text: str, starts: list[int], where: int, token: Token, p: _Pattern) -> bool:
    """A tool's everyday-word name written with its capitals in a list of short names ("TVA,
    Excel, SAP FI, Sage 100", "Recrutare, Excel, Workday"): the list is the context, where no
    other technical name stands beside it (a bookkeeper's or a recruiter's skills)."""
    return _is_product_spelling(token, p) and _list_of_names(text, starts, where)


def _list_of_names(text: str, starts: list[int], where: int) -> bool:
    """The sentence is a list of three or more short names ("Eclipse, STS, Maven, Putty"): its
    first word is the list's first item, not a capitalised sentence start."""
    end = starts[where] if where < len(starts) else len(text)
    items = [x for x in _LIST_MARK.split(text[starts[where - 1] : end]) if x.strip()]
    return len(items) >= 3 and all(len(x.split()) <= 4 for x in items)


_LIST_MARK = re.compile(r"[,;|•·]|\s[–—-]\s|\n")


def _outside_tech_sentences(
    text: str, tokens: list[Token], found: list[tuple[int, int, _Pattern]],
    ai: frozenset[str], builds: frozenset[str],
) -> list[tuple[int, int, _Pattern]]:
    """Drops the trade and service names (`outside_tech`) of sentences that name an AI method
    (`ai`) or, unless they are a list of names (the person's own skills, side by side), what
    software is built with (`builds`): "the e-Faktur module in Laravel" is the software's
    domain."""
    starts = sentence_starts(text)
    technical = {bisect_right(starts, tokens[i].start) for i, _, p in found if p.concept_id in ai}
    technical |= {
        where for where in {bisect_right(starts, tokens[i].start)
                            for i, _, p in found if p.concept_id in builds}
        if not _list_of_names(text, starts, where)
    }
    return [
        (i, j, p) for i, j, p in found
        if not (p.outside_tech and bisect_right(starts, tokens[i].start) in technical)
    ]  # fmt: skip


def article_forms(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The name's key with its "of" written in another form of its language (OF_ARTICLE_FORMS):
    the longest form at each inner position, one position at a time."""
    out: set[tuple[str, ...]] = set()
    for at in range(1, len(key) - 1):
        here = [f for group in OF_ARTICLE_FORMS for f in group
                if key[at : at + len(f)] == f and at + len(f) < len(key)]
        if not here:
            continue
        said = max(here, key=len)
        others = {f for group in OF_ARTICLE_FORMS if said in group for f in group}
        out |= {key[:at] + f + key[at + len(said):] for f in others if f != said}
    return out


# The one-word forms of "of" (OF_ARTICLE_FORMS) and the groups they are written in.
_ARTICLE_GROUPS: dict[str, frozenset[int]] = {
    form[0]: frozenset(g for g, group in enumerate(OF_ARTICLE_FORMS) if form in group)
    for group in OF_ARTICLE_FORMS for form in group if len(form) == 1
}


def same_article(word: str, other: str) -> bool:
    """Two one-word forms of "of" in one language ("de" and "des", "di" and "delle")."""
    return bool(_ARTICLE_GROUPS.get(word, frozenset()) & _ARTICLE_GROUPS.get(other, frozenset()))


def article_kin(word: str) -> frozenset[str]:
    """The one-word forms of "of" that `same_article` pairs with the word (none for a word that
    is no such form)."""
    groups = _ARTICLE_GROUPS.get(word, frozenset())
    return frozenset(form for form, own in _ARTICLE_GROUPS.items() if own & groups)
