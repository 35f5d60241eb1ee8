"""Who the résumé is about: the name, the headline, labelled personal details and where they live.

A name is only ever taken from where people put one: a "Name:" label (in any of the hiring
regions' languages), one of the first lines of the document that reads as a person's name, or
the signature at its end (under "Atentamente,", "Leipzig, im Januar 2026" or a declaration).
A line is never a name when it is a place ("Bangalore City", "Haifa"), a heading or a document
word ("Executive Summary", "Curriculum Vitae"), a job title or an employment type ("Full-time"),
or holds digits, an address or a link. An anonymised CV therefore keeps no name at all.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from worldhire.ingest.lexicon import cue_pattern
from worldhire.ingest.lexicon.page_marks import OF_WORDS, PAGE_WORDS
from worldhire.ingest.lexicon.restrictions import WORK_PERMITS, WORK_RIGHTS
from worldhire.ingest.posts.text import SIGN_OFF
from worldhire.ingest.resumes.entries import has_org
from worldhire.ingest.resumes.person_names import (
    _SURNAME_COMMA,
    NAME_MARKS,
    POST_NOMINALS,
    _agreement,
    _display_name,
    _email_words,
    _names_same,
    _strip_titles,
    _surnames_first,
    plausible_name,
)
from worldhire.ingest.resumes.personal_labels import (
    _GIVEN_NAME_LABELS,
    _LABEL_FIELD,
    _LABEL_LINE,
    _SURNAME_LABELS,
    label_key,
    labelled_values,
)
from worldhire.ingest.resumes.residence import place_in_line
from worldhire.ingest.resumes.sections import heading_key
from worldhire.ingest.resumes.skill_names import names_a_skill
from worldhire.ingest.resumes.title_words import names_a_job, title_word_count
from worldhire.ingest.resumes.wrapping import wrapped_tail
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.geo import Place, fold, resolve_place
from worldhire.ingest.shared.mobility import mentions_relocation
from worldhire.ingest.text import clean_field

_NAME_SHAPE = re.compile(
    rf"[^\W\d_][\w{NAME_MARKS}'’.-]*(?:\s+[^\W\d_][\w{NAME_MARKS}'’.-]*){{0,5}}"
)


@dataclass
class Header:
    name: str = ""
    headline: str = ""
    location: str | None = None
    place: Place | None = None
    # The town of the first job near the top ("Analista presso Fincons S.p.A., Milano"): no
    # address, but where the person most likely lives when nothing else says.
    employer_place: Place | None = None
    labels: dict[str, str] = field(default_factory=dict)
    # Indexes of the header lines that hold identity (name, headline, contact), not evidence.
    identity_lines: set[int] = field(default_factory=set)


def read_header(
    lines: list[str],
    header_count: int,
    links: list[str],
    emails: list[str] | None = None,
    entry_lines: frozenset[str] = frozenset(),
) -> Header:
    """Name, headline and location from the labels and the top of the document (`header_count`
    lines come before the first section heading; `entry_lines` are those of work and project
    entries)."""
    header = Header(labels=labelled_values(lines, entry_lines))
    header.headline = clean_field(header.labels.get("headline", ""), 200)
    top = _top_lines(lines, 60)
    slugs = _names_in_profile_links([*links, *_PROFILE_LINK.findall("\n".join(lines[:400]))])
    _find_name(header, top, _bottom_lines(lines, 16), header_count, slugs, emails or [])
    if not header.name:
        _name_block(header, _top_lines(lines, 150))
    _location(header, top, entry_lines)
    return header


def _name_block(header: Header, top: list[tuple[int, str]]) -> None:
    """A name over its headline over its place, wherever a two-column export put them (LinkedIn:
    "Bruno Alves" / "Senior Data Engineer at Nubank" / "São Paulo, São Paulo, Brazil", after
    the sidebar's contact, skills and languages)."""
    for k in range(len(top) - 2):
        (i, name), (j, headline), (_, place) = top[k], top[k + 1], top[k + 2]
        if (
            plausible_name(_strip_titles(name))
            and _plausible_headline(headline)
            and _TITLE_HINT.search(headline)
            and place_in_line(place) is not None
        ):
            header.name = _display_name(_strip_titles(name))
            header.headline = header.headline or clean_field(headline, 200)
            header.identity_lines.update({i, j})
            return


def _top_lines(lines: list[str], count: int) -> list[tuple[int, str]]:
    out = []
    for i, line in enumerate(lines):
        stripped = re.sub(r"^#+\s*|\*\*|__", "", line).strip()
        if stripped:
            out.append((i, stripped))
            if len(out) >= count:
                break
    return out


@dataclass(frozen=True)
class _NameCandidate:
    text: str
    lines: tuple[int, ...]
    score: float
    rest: str = ""  # what followed the name on its line ("Jane Doe — ML Engineer")
_SELF_INTRODUCTION = re.compile(
    r"\b(?:I'm|I am|my name is|me llamo|mi nombre es|meu nome é|chamo-me|eu sou|nazywam się|"
    r"mam na imię|мене звати|ma numesc|mă numesc|je m'appelle|je suis|mein name ist|ich bin|"
    r"tên tôi là|tôi tên là|mình tên là|em tên là|tôi là|nama saya|saya|soy|sou|jestem|sunt)"
    r"\s+([^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){1,3})",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"\b(?:confidential|profile|prepared by|ref\.?|reference|candidate|page \d|resume|résumé|"
    r"curriculum|vitae|cv|hoja de vida|currículo|curriculo|lebenslauf|życiorys|zyciorys|"
    r"резюме|анкета|perfil|profil|dossier|candidat\w*|kandydat\w*|kandidat\w*|кандидат\w*|"
    r"sơ yếu lý lịch|hồ sơ|daftar riwayat hidup|riwayat hidup|biodata|السيرة الذاتية|"
    r"سيرة ذاتية|ประวัติย่อ|ประวัติส่วนตัว|wasifu)\b",
    re.IGNORECASE,
)
# What a document calls itself, in the hiring regions' languages.
_DOCUMENT_WORDS = (
    r"curriculum vitae|curriculum|resume|résumé|cv|c\.v\.|bio-?data|hoja de vida|currículo|"
    r"curriculo|currículum|lebenslauf|życiorys|zyciorys|резюме|sơ yếu lý lịch|"
    r"daftar riwayat hidup|riwayat hidup|özgeçmiş|ozgecmis|السيرة الذاتية|سيرة ذاتية|ประวัติย่อ|"
    r"ประวัติส่วนตัว|wasifu binafsi|wasifu"
)
# The page mark a running header or footer adds after it: "– strona 2", "· Seite 1 von 3".
_PAGE_MARK = (
    rf"(?:\s*[–—|·•-]\s*(?:{PAGE_WORDS})\s*\d+(?:\s*(?:{OF_WORDS})\s*\d+)?)?"
)
# What the document is, beside the name on its first line or in a running header or footer:
# "CV – Agnieszka Lewandowska", "Jan Kowalski - Curriculum Vitae", "DA SILVA, João — Currículo",
# "NOWAK Anna – CV – strona 2"; a job board's export names the board first: "PNet CV - Thandi
# Nkosi", "Naukri.com Resume – Rohit Sharma".
_DOCUMENT_WORD_BESIDE = re.compile(
    rf"^\s*(?:[^\W\d_][\w.]*\s+)?(?:{_DOCUMENT_WORDS})\s*[–—:|·-]\s+"
    rf"|\s+[–—|·•-]\s*(?:{_DOCUMENT_WORDS}){_PAGE_MARK}\s*$",
    re.IGNORECASE,
)
# Words of staffing agencies and companies that head anonymised CVs ("Norte Talent Partners").
_ORG_WORDS = re.compile(
    r"talent|recruit|staffing|partners|consult|conseil|agency|agencia|agência|agentur|"
    r"solutions|technologies|\btech\b|\bhub\b|group|\bhr\b|karir|\bmena\b|global|"
    r"services|gmbh|ltd|inc\b|llc|s\.a\.|sp\. z|tbk|grupo|grupa|gruppe|\bbank\b|banco|"
    r"danışmanlık|danismanlik|a\.ş\.|кадров\w*|агентств\w*",
    re.IGNORECASE,
)
# The name an e-mail carries beside its address, as a pasted e-mail or a signature shows it:
# "From: Maricel D. Santos <maricel.santos.va@example.ph>".
_MAIL_DISPLAY_NAME = re.compile(
    r"^(?:[^\W\d_]{2,10}\s*:\s*)?[\"“']?([^\W\d_][^<>\"“”@:\n]{2,60}?)[\"”']?\s*"
    r"<[^<>@\s]+@[^<>\s]+>"
)
_NAME_LABEL_START = re.compile(
    r"^(?:name|full name|nombre(?: completo)?|nome(?: completo)?|imię i nazwisko|nume(?: și "
    r"prenume)?|nom(?: et prénom)?|vor- und nachname|họ và tên|họ tên|nama(?: lengkap)?|"
    r"ім'я|прізвище, ім'я|піб|personal information|informations personnelles|"
    r"informa[tţț]ii personale|dane osobowe|datos personales|dados pessoais|"
    r"persönliche informationen)\s*[:：]?\s+(?=\S)",
    re.IGNORECASE,
)


def _find_name(
    header: Header,
    top: list[tuple[int, str]],
    bottom: list[tuple[int, str]],
    header_count: int,
    slug_names: set[str],
    emails: list[str],
) -> None:
    """The best-supported name among the labelled value, the lines at the top (and wherever a
    two-column layout put the name block), a self-introduction ("Hi, I'm Darnell Brooks") and
    a signature at the end; none at all when nothing reads as a name. A name written twice (at
    the top and in the signature) is the better supported."""
    email_words = _email_words(emails)
    found: list[_NameCandidate] = []
    labelled = header.labels.get("name", "")
    if labelled:
        text = _strip_titles(_SURNAME_COMMA.sub(r"\1 \2", labelled))
        if plausible_name(text, strict=False):
            found.append(_NameCandidate(text, (), 5.0))
    for _, line in top[:12]:
        display = _MAIL_DISPLAY_NAME.search(line)
        if display:
            text = _strip_titles(display.group(1))
            if plausible_name(text):
                found.append(_NameCandidate(text, (), 2.0 + _agreement(text, email_words)))
    furniture = 0  # "Lebenslauf", "HOJA DE VIDA", "[Foto]" above the name do not count
    for position in range(len(top)):
        found += _line_candidates(
            top, position, position - furniture, header_count, slug_names, email_words
        )
        if position == furniture and _is_furniture(top[position][1]):
            furniture += 1
    for _, line in top[:12]:
        introduced = _SELF_INTRODUCTION.search(line)
        if introduced:
            text = _strip_titles(_capitalised_words(introduced.group(1)))
            if plausible_name(text):
                found.append(_NameCandidate(text, (), 1.5 + _agreement(text, email_words)))
    found = _corroborated([*found, *_signed_names(bottom, email_words)])
    best = max(found, key=lambda c: c.score, default=None)
    if best is None or best.score < 2.0:
        return
    header.name = _display_name(best.text)
    header.identity_lines.update(best.lines)
    if header.headline:
        return
    # "Katharina Hofer, BA": a degree after the name is no headline
    if best.rest and _plausible_headline(best.rest) and not POST_NOMINALS.fullmatch(best.rest):
        header.headline = clean_field(best.rest, 200)
        return
    after = [pos for pos, (i, _) in enumerate(top) if best.lines and i == max(best.lines)]
    if after and after[0] + 1 < len(top):
        j, below = top[after[0] + 1]
        if _plausible_headline(below) and label_key(below) is None and _TITLE_HINT.search(below):
            header.headline = clean_field(below, 200)
            header.identity_lines.add(j)


def _capitalised_words(words: str) -> str:
    """The capitalised words a name is written in, without the sentence that goes on after it in
    lower case: "Abena Serwaa Mensah and" (from "My name is Abena Serwaa Mensah and I live in
    Kumasi") is "Abena Serwaa Mensah". A name written all in lower case is kept whole."""
    parts = words.split()
    if not parts[0][0].isupper():
        return words
    kept = list(itertools.takewhile(lambda word: word[0].isupper(), parts))
    return " ".join(kept)


_TITLE_HINT = re.compile(
    r"engineer|scientist|developer|analyst|researcher|manager|lead|architect|consultant|"
    r"designer|specialist|intern|director|head|officer|administrator|programmer|technician|"
    r"teacher|nurse|driver|accountant|assistant|associate|student|graduate|ingenier|"
    r"desarroll|cient[íi]fic|analista|engenheir|desenvolvedor|inżynier|programista|analityk|"
    r"practicante|estagi[áa]ri|stażyst|praktikant|stagiaire|thực tập|magang|"
    r"інженер|розробник|аналітик|inginer|ingénieur|développeur|entwickler|kỹ sư|insinyur|"
    r"\b(?:ml|ai|data|mlops|devops|qa|sre|nlp|llm)\b",
    re.IGNORECASE,
)


# A document's own title above the name ("CURRICULUM VITAE", "Resume", "BIODATA"): no part of
# what the person says.
_DOCUMENT_TITLE = re.compile(rf"(?:{_DOCUMENT_WORDS}|r[ée]sum[ée] of)", re.IGNORECASE)


def is_document_title(line: str) -> bool:
    return bool(_DOCUMENT_TITLE.fullmatch(line.strip(" []()*_#:-").strip()))


def _is_furniture(line: str) -> bool:
    stripped = line.strip(" []()*_#")
    return (
        not stripped
        or bool(_FURNITURE.search(line))
        or heading_key(line) is not None
        or fold(stripped) in {"foto", "photo", "anh", "zdjecie", "zdjęcie", "fotografia"}
    )


def _line_candidates(
    top: list[tuple[int, str]],
    position: int,
    rank: int,
    header_count: int,
    slug_names: set[str],
    email_words: set[str],
) -> list[_NameCandidate]:
    i, line = top[position]
    line = _DOCUMENT_WORD_BESIDE.sub("", line)  # "CV – Agnieszka Lewandowska"
    if len(line) > 90 or label_key(line) not in {None, "name"} or _FURNITURE.search(line):
        return []
    if _SELF_INTRODUCTION.match(line):
        return []  # "Soy Daniela Rincón, tengo 29 años": read as the introduction it is
    label, body = _name_label(line)
    if label in _SURNAME_LABELS | _GIVEN_NAME_LABELS:
        return []  # "Nom : EL AMRANI" / "Prénom : Youssef": labelled_values joins the two
    labelled = bool(label)
    joined = _surnames_first(body)
    pieces = _NAME_SEPARATOR.split(joined, maxsplit=1)
    piece = _strip_titles(_NICKNAME.sub("", pieces[0]))
    rest = pieces[1].strip() if len(pieces) > 1 else ""
    if not _NAME_SHAPE.fullmatch(piece) or heading_key(line) is not None:
        return []  # the cheap tests first: most lines fail them
    if (
        joined == body
        and not re.search(r"\s[—–|•·/]\s|\s-\s", line)
        and not POST_NOMINALS.fullmatch(rest)  # "Katharina Hofer, MA": no town in Massachusetts
        and resolve_place(line) is not None
    ):
        return []  # "Cầu Giấy, Hà Nội": an address line, whatever its first words are
    lines: tuple[int, ...] = (i,)
    if position + 1 < len(top) and len(piece.split()) <= 3 and not rest:
        j, nxt = top[position + 1]
        # a name in lower case at the top may wrap too ("thabo" / "mokoena" in a sidebar)
        lower = rank == 0 and f"{piece} {nxt}".islower()
        # not the title under the name ("Valentina Osorio Restrepo" / "Contadora Pública")
        # (capitals tell a name's wrapped words from a title: not in Arabic or Thai, no join)
        if (j == i + 1 and len(nxt.split()) <= 3 and len(f"{piece} {nxt}".split()) <= 5
                and nxt.upper() != nxt.lower()
                and not set(fold(piece).split()) & set(fold(nxt).split())
                and plausible_name(f"{piece} {nxt}", strict=not lower)
                and not _TITLE_HINT.search(nxt) and not title_word_count(nxt)
                and resolve_place(nxt) is None):  # "M. Rahman" / "Dhaka": the town under it
            joined = f"{piece} {nxt}"  # "Nguyễn Thị" / "Lan Anh": a name broken by a narrow column
            if _agreement(joined, email_words) >= _agreement(piece, email_words):
                piece, lines = joined, (i, j)
    agreement = _agreement(piece, email_words) + (2.0 if fold(piece) in slug_names else 0.0)
    # Lower case is allowed where the line is all lower case ("arjun ks"), or the e-mail or a
    # profile link spells the whole name.
    lenient = (rank == 0 and piece.islower() and len(piece.split()) > 1) or agreement >= 2
    if not _reads_as_name(piece, strict=not lenient):
        return []
    score = 1.0 + agreement
    if labelled:
        score += 3.0
    if rank == 0:
        score += 1.5
    elif rank < 3:
        score += 0.75
    elif i < header_count:
        score += 0.25
    nxt_line = top[position + len(lines)][1] if position + len(lines) < len(top) else ""
    if _TITLE_HINT.search(rest) or (_TITLE_HINT.search(nxt_line) and len(nxt_line) <= 90):
        score += 0.75
    if re.search(r"\b[A-Z]\.\s", piece):
        score -= 0.5  # "L. M. Teixeira": initials, the full name is usually near
    return [_NameCandidate(piece, lines, score, rest)]


def _name_label(line: str) -> tuple[str, str]:
    """The folded name label a line starts with, in any language `PERSONAL_FIELDS` knows ("Nombre
    y apellidos:", "Ad Soyad:", "Họ và tên:"), and what follows it; ("", line) without one."""
    match = _LABEL_LINE.match(line)
    if match and _LABEL_FIELD.get(label := fold(match.group(1)).strip(" *_")) == "name":
        return label, match.group(2)
    start = _NAME_LABEL_START.match(line)  # "Name Jane Doe": a label without its colon
    return (fold(start.group(0)).strip(" :："), line[start.end() :]) if start else ("", line)


def _reads_as_name(text: str, *, strict: bool) -> bool:
    """A person's name, not an organisation, a job title ("Practicante de Analítica", "KẾ TOÁN
    TỔNG HỢP", "Customer Service Representative") or a skill."""
    return (
        plausible_name(text, strict=strict)
        and not _ORG_WORDS.search(text)
        and not _TITLE_HINT.search(text)
        and not names_a_job(text)
        and not names_a_skill(text)
    )


def _bottom_lines(lines: list[str], count: int) -> list[tuple[int, str]]:
    """The last `count` non-empty lines, in reading order."""
    out: list[tuple[int, str]] = []
    for i in range(len(lines) - 1, -1, -1):
        stripped = re.sub(r"^#+\s*|\*\*|__", "", lines[i]).strip()
        if stripped:
            out.append((i, stripped))
            if len(out) >= count:
                break
    return out[::-1]


# A place and a date above a signature, as CVs in Germany, Poland, Indonesia, Spain and India end:
# "Leipzig, im Januar 2026", "Klaten, 5 Januari 2026", "Łódź, 10.01.2026".
_PLACE_AND_DATE = re.compile(
    r"^\s*([^\W\d_][^\d,]{1,40}),\s*[^\W\d_]{0,6}\.?\s*[\w. ]{0,20}?\b(?:19|20)\d\d\.?\s*$"
)
# A declaration that the CV is true, which the person signs ("I hereby declare ...", "Demikian
# daftar riwayat hidup ini saya buat ...").
_DECLARATION = re.compile(
    r"\b(?:i hereby (?:declare|certify)|declaration|demikian|déclare sur l'honneur|"
    r"oświadczam|declar pe propria răspundere|declaro que)\b",
    re.IGNORECASE,
)
_SIGNATURE_WORDS = re.compile(
    r"^(?:signature|firma|assinatura|podpis|unterschrift|applicant|"
    r"tanda tangan|semnătura|підпис|ký tên|imza)\b",
    re.IGNORECASE,
)


def _signs_off(line: str) -> bool:
    """A line after which a person signs: a letter's closing, a place and date, a declaration."""
    place = _PLACE_AND_DATE.match(line)
    return (
        bool(SIGN_OFF.match(line))
        or bool(_DECLARATION.search(line))
        or (place is not None and resolve_place(place.group(1), bare_town=True) is not None)
    )


def _signed_names(bottom: list[tuple[int, str]], email_words: set[str]) -> list[_NameCandidate]:
    """Names at the end of the document: under a closing, a place and date or a declaration
    ("Atentamente," / "Javier Ortega Sáez", "Leipzig, im Januar 2026" / "Jonas Weber", "(ARJUN
    K S)"), and in a running footer ("NOWAK Anna – CV – strona 2")."""
    found: list[_NameCandidate] = []
    for k, (i, line) in enumerate(bottom):
        footer = _DOCUMENT_WORD_BESIDE.sub("", line)
        texts = [(i, footer)] if footer != line else []
        if _signs_off(line):
            after = [
                (j, text) for j, text in bottom[k + 1 : k + 6]
                if not (_signs_off(text) or label_key(text) or _SIGNATURE_WORDS.match(text))
            ]  # fmt: skip
            # "Kind regards," / "John Smith" / "Senior Consultant, Talentlinks": an agency's
            # recruiter signs an anonymised CV's cover note, not the candidate
            if after and not any(_ORG_WORDS.search(text) for _, text in after[1:3]):
                texts.append(after[0])
        for j, text in texts:
            piece = _strip_titles(_NAME_SEPARATOR.split(text.strip(" ()[]"), maxsplit=1)[0])
            agreement = _agreement(piece, email_words)
            if _reads_as_name(piece, strict=agreement < 1):
                # the line the name is on: the same line read at the top supports nothing
                found.append(_NameCandidate(piece, (j,), 2.0 + agreement))
    return found


def _corroborated(found: list[_NameCandidate]) -> list[_NameCandidate]:
    """Each candidate, with more support where the document writes its name elsewhere too, in
    any order or shorter: "Rafael Souza" in a running header and "Rafael Almeida de Souza"
    under it, "DELA CRUZ, Maria Luisa B." at the top and "MARIA LUISA B. DELA CRUZ" signed at
    the end. The fuller form gains; a shorter form gains only from one as short."""
    return [
        replace(c, score=c.score + 1.0)
        if any(o.lines != c.lines and _names_same(o.text, c.text) for o in found if o is not c)
        else c
        for c in found
    ]


# What a name line adds in brackets or quotes: a nickname or a former name ('MARIA CRISTINA "TIN"
# DELA CRUZ', "Nguyễn Văn An (Andy)").
_NICKNAME = re.compile(r"\s*(?:\([^()]*\)|[\"“”„«][^\"“”„«»]{1,25}[\"“”»])")

_NAME_SEPARATOR = re.compile(
    r"\s+[—–|•·/]\s+|\s+-\s+|,\s+(?!(?:ph\.?d|m\.?sc|mba)\b)|:\s+|\s{3,}"
)


def _plausible_headline(text: str) -> bool:
    """A line like "Senior ML Engineer · NLP", not the first sentence of a paragraph."""
    if re.search(r"[.!?]\s+\S|[.,;]$", text) or re.match(r"(?:I|I'm|My|We)\b", text):
        return False
    return (
        0 < len(text) <= 120
        and len(text.split()) <= 14
        and not fields.EMAIL_RE.search(text)
        and not fields.find_phone(text)
        and heading_key(text) is None
        and "http" not in text
    )


_PROFILE_LINK = re.compile(r"(?:indeed\.com/r|linkedin\.com/in)/[A-Za-z][\w-]{2,60}")


def _names_in_profile_links(links: list[str]) -> set[str]:
    """Names spelled in profile links: indeed.com/r/Vamsi-krishna/…, linkedin.com/in/ana-lima-12."""
    names = set()
    for link in links:
        match = re.search(r"(?:indeed\.com/r|linkedin\.com/in)/([A-Za-z][\w-]{2,60})", link)
        if match:
            words = [w for w in match.group(1).split("-") if w.isalpha()]
            if words:
                names.add(fold(" ".join(words)))
            # linkedin.com/in/vamsi-krishna-g-4a1b2c: an initial LinkedIn added to make the
            # slug unique is not part of the name the CV writes ("Vamsi krishna")
            spelled = [w for w in words if len(w) > 1]
            if len(spelled) >= 2:
                names.add(fold(" ".join(spelled)))
    return names


_RELOCATION = re.compile(
    r"willing to relocate|relocate to|open to relocat|relocation\s*:|prefer(?:red)? locations?|"
    r"desired locations?|disponibilidad para reubica|disponível para mudan|gotow\w* do przeprowadz",
    re.I,
)

# Where the person may work, not where they live: "Çalışma izni: Almanya (Mavi Kart)", "Work
# permit: Poland", "есть разрешение на работу: Россия".
WORK_PERMIT = cue_pattern(WORK_PERMITS + WORK_RIGHTS)


def _location(header: Header, top: list[tuple[int, str]], entry_lines: frozenset[str]) -> None:
    for key in ("location", "country"):
        value = header.labels.get(key)
        if value:
            place = resolve_place(value, bare_town=True)
            if place is not None:
                header.location, header.place = clean_field(_without_remark(value), 120), place
                return
    # The top of the page, then the lines under the name: a LinkedIn export puts its sidebar
    # (contact, skills, languages) first and "Hyderabad, Telangana, India" under the headline.
    below_name = [
        (i, line) for i, line in top
        if header.identity_lines and 0 < i - max(header.identity_lines) <= 3
    ]  # fmt: skip
    following = dict(zip([i for i, _ in top], [line for _, line in top[1:]], strict=False))
    for i, line in [*top[:14], *below_name]:
        if label_key(line) not in {None, "location", "country", "name"}:
            continue  # "Phone: (214) 555-0187", "Nationality: Indian": labelled, not an address
        if _RELOCATION.search(line) or mentions_relocation(line) or WORK_PERMIT.search(line):
            continue
        if find_range(line) is not None:
            continue  # "Python Developer at Cognizant, Chennai (Jan 2021 - Present)": the
            # employer's town in a job's header, not where the person lives
        if line.strip() in entry_lines and has_org(line):
            if header.employer_place is None and (hit := place_in_line(line)) is not None:
                header.employer_place = hit[1]
            continue
        if POST_NOMINALS.fullmatch(_without_name(line, header)):
            continue  # "Katharina Hofer, MA": her degree, not Massachusetts
        hit = place_in_line(line)
        rest = following.get(i, "")
        if hit is None and wrapped_tail(rest):
            # A narrow sidebar wraps the address: "Quận Bình Thạnh, TP. Hồ Chí" / "Minh".
            hit = place_in_line(f"{line} {rest}")
        if hit is not None:
            header.location, header.place = clean_field(_without_name(hit[0], header), 120), hit[1]
            header.identity_lines.add(i)
            return


def _without_name(place: str, header: Header) -> str:
    """The place of a line that opens with the person's name ("Tomasz Wiśniewski, Gniezno")."""
    name = header.name or ""
    if name and place.startswith(name) and place[len(name) :].strip(" ,;|·•–—-"):
        return place[len(name) :].lstrip(" ,;|·•–—-")
    return place


def _without_remark(value: str) -> str:
    """A labelled place without a remark in brackets after it: "Lagos, Nigeria (open to
    remote)" is "Lagos, Nigeria"; "Cluj (Romania)" keeps its country."""
    remark = re.search(r"\s*\(([^()]*)\)\s*$", value)
    if remark is None or remark.start() == 0 or resolve_place(remark.group(1)) is not None:
        return value
    return value[: remark.start()]


