"""Who the résumé is about: the name, the headline, labelled personal details and where they live.

A name is only ever taken from where people put one: a "Name:" label (in any of the hiring
regions' languages), or one of the first lines of the document that reads as a person's name.
A line is never a name when it is a place ("Bangalore City", "Haifa"), a heading or a document
word ("Executive Summary", "Curriculum Vitae"), a job title or an employment type ("Full-time"),
or holds digits, an address or a link. An anonymised CV therefore keeps no name at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from worldhire.ingest import fields
from worldhire.ingest.geo import Place, fold, resolve_place
from worldhire.ingest.sections import heading_key
from worldhire.ingest.text import clean_field

# Label words people put before personal details, folded (lower case, no accents), by field.
_LABEL_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "candidate name", "nombre", "nombre completo", "nombre y apellidos",
        "nome", "nome completo", "imie i nazwisko", "imie", "nazwisko", "im'ia", "pib",
        "prizvyshche, im'ia", "nume", "nume si prenume", "prenume", "nom", "nom et prenom",
        "prenom", "vorname", "nachname", "vor- und nachname", "ho va ten", "ho ten", "ten",
        "nama", "nama lengkap",
    ),
    "location": (
        "location", "based in", "address", "city", "current location", "residence",
        "place of residence", "home", "lives in", "ubicacion", "direccion", "ciudad",
        "residencia", "localizacao", "endereco", "cidade", "morada", "lokalizacja", "adres",
        "miejsce zamieszkania", "miasto", "adresa", "misto", "mistse prozhyvannia", "adresa",
        "oras", "localitate", "domiciliu", "adresse", "ville", "lieu de residence",
        "wohnort", "anschrift", "ort", "dia chi", "noi o", "alamat", "domisili", "kota",
        "lokasi",
    ),
    "country": ("country", "pais", "kraj", "krayina", "tara", "pays", "land", "quoc gia",
                "negara"),
    "headline": ("headline", "title", "current role", "current position", "position", "role",
                 "desired position", "puesto", "cargo", "stanowisko", "posada", "pozitie",
                 "poste", "position actuelle", "vi tri", "posisi", "jabatan"),
    "relocation": ("willing to relocate to", "willing to relocate", "open to relocate to",
                   "relocation", "preferred location", "preferred locations",
                   "desired location"),
    "skip": ("nationality", "citizenship", "date of birth", "birth date", "dob", "born",
             "marital status", "gender", "sex", "age", "nacionalidad", "nacionalidade",
             "obywatelstwo", "data urodzenia", "hromadianstvo", "data narodzhennia",
             "nationalitate", "cetatenie", "data nasterii", "nationalite", "date de naissance",
             "staatsangehorigkeit", "geburtsdatum", "familienstand", "quoc tich", "ngay sinh",
             "kewarganegaraan", "tanggal lahir", "fecha de nacimiento", "data de nascimento",
             "estado civil", "stan cywilny", "religion", "agama"),
}  # fmt: skip
_LABEL_FIELD = {word: key for key, words in _LABEL_WORDS.items() for word in words}
_LABEL_LINE = re.compile(r"^\s*[*_•\-]*\s*([^\W\d][\w' ,./-]{0,40}?)[*_]*\s*[:：|]\s*(.+)$")

# What a name never is: these words mark document furniture, roles or kinds of employment.
_NOT_NAME_WORDS = frozenset(
    """
    resume résumé curriculum vitae cv bio biodata profile summary executive objective
    candidate consultant applicant confidential page contact details personal information
    about me full-time full time part-time fulltime parttime freelance freelancer contract
    contractor remote hybrid onsite internship intern available immediately references
    portfolio engineer developer scientist analyst manager architect designer consultant
    specialist lead head director officer administrator technician assistant associate
    researcher professor lecturer teacher nurse driver accountant intern student graduate
    trainee senior junior principal staff sr jr data machine learning software skills
    experience education languages projects certifications summary overview gmbh ltd inc llc
    limited pvt corp company university college school institute bank group labs
    technologies solutions services ingeniero ingeniera desarrollador desarrolladora
    analista cientifico engenheiro engenheira desenvolvedor desenvolvedora inzynier
    programista analityk inginer ingenieur ingenieure entwickler entwicklerin lebenslauf
    curriculo hoja vida zyciorys zhyttiepys rezume insinyur pengembang riwayat hidup
    """.split()  # noqa: SIM905
)
_EVERYDAY = frozenset(
    """
    the a an and or of to in on at for with from by is are was were be been this that these
    those my our your here there more less words word some any all no not new old good best
    lorem ipsum dolor sit amet hello welcome dear sir madam thanks thank you please note
    page about me i we el la los las y de del en con para por un una es que o ou do da das
    dos em com para um uma und der die das mit von zu im ist ein eine le les des et du au
    aux pour avec est une un i w z na do jest się oraz że și cu la pe din este và của là có
    được dan yang di ke dari
    """.split()  # noqa: SIM905
)
_NAME_PARTICLES = frozenset(
    """
    de da das do dos du van von der den ter bin binti al el la le del di y e ibn bint
    """.split()  # noqa: SIM905
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass
class Header:
    name: str = ""
    headline: str = ""
    location: str | None = None
    place: Place | None = None
    labels: dict[str, str] = field(default_factory=dict)
    # Indexes of the header lines that hold identity (name, headline, contact), not evidence.
    identity_lines: set[int] = field(default_factory=set)


def labelled_values(lines: list[str]) -> dict[str, str]:
    """The first value of each known personal-detail label ("Nombre: …", "Location | …")."""
    values: dict[str, str] = {}
    for line in lines[:400]:
        match = _LABEL_LINE.match(line)
        if not match:
            continue
        key = _LABEL_FIELD.get(fold(match.group(1)).strip(" *_"))
        if key is not None and key not in values:
            values[key] = match.group(2).strip()
    return values


def label_key(line: str) -> str | None:
    """The personal-detail field a "Label: value" line fills, if it is one."""
    match = _LABEL_LINE.match(line)
    return _LABEL_FIELD.get(fold(match.group(1)).strip(" *_")) if match else None


def read_header(
    lines: list[str], header_count: int, links: list[str], emails: list[str] | None = None
) -> Header:
    """Name, headline and location from the labels and the first lines (`header_count` lines
    come before the first section heading; at least the first eight are looked at)."""
    header = Header(labels=labelled_values(lines))
    labelled_name = header.labels.get("name", "")
    if labelled_name and plausible_name(labelled_name, strict=False):
        header.name = _display_name(labelled_name)
    header.headline = clean_field(header.labels.get("headline", ""), 200)
    top = _top_lines(lines, max(header_count, 8))
    if not header.name:
        _name_from_top(header, top, links, emails or [])
    _location(header, top)
    return header


def _top_lines(lines: list[str], count: int) -> list[tuple[int, str]]:
    out = []
    for i, line in enumerate(lines[: min(count, 40)]):
        stripped = re.sub(r"^#+\s*|\*\*|__", "", line).strip()
        if stripped:
            out.append((i, stripped))
    return out


def _name_from_top(
    header: Header, top: list[tuple[int, str]], links: list[str], emails: list[str]
) -> None:
    slug_names = _names_in_profile_links(links) | _names_in_emails(emails)
    for position, (i, line) in enumerate(top[:6]):
        if label_key(line) is not None:
            continue
        pieces = re.split(r"\s+[—–|•·]\s+|\s+-\s+|,\s+|\s{3,}", line, maxsplit=1)
        # "Nguyễn Thị Lan (Lan Nguyen)": the name without its alias
        piece = re.sub(r"\s*\([^()]*\)", "", pieces[0]).strip(" *_")
        rest = pieces[1].strip() if len(pieces) > 1 else ""
        agrees = fold(piece) in slug_names
        lenient = (position == 0 and len(piece.split()) > 1) or agrees
        if plausible_name(piece, strict=not lenient):
            header.name = _display_name(piece)
            header.identity_lines.add(i)
            if rest and not header.headline and _plausible_headline(rest):
                header.headline = clean_field(rest, 200)
            elif not header.headline and position + 1 < len(top):
                j, below = top[position + 1]
                if _plausible_headline(below) and label_key(below) is None:
                    header.headline = clean_field(below, 200)
                    header.identity_lines.add(j)
            return
        if heading_key(line) is not None and position > 0:
            return  # a section began before any name: an anonymised CV


def plausible_name(text: str, *, strict: bool = True) -> bool:
    """Words that read as a person's name. `strict` asks for capitalised words; the first line
    of a document may be written in lower case ("arjun ks")."""
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60:
        return False
    if any(not _NAME_WORD.fullmatch(w) for w in words):
        return False
    if re.search(r"@|https?:|www\.|\d", text):
        return False
    folded = [fold(w).strip(".") for w in words]
    if any(w in _NOT_NAME_WORDS for w in folded) or fold(text) in _NOT_NAME_WORDS:
        return False
    if heading_key(text) is not None or resolve_place(text) is not None:
        return False
    if len(words) == 1 and (strict or len(text) < 3):
        return False  # one word alone ("Haifa", "Full-time") is a name only where links agree
    if all(w[:1].isupper() or fold(w) in _NAME_PARTICLES for w in words):
        return True
    if strict:
        return False
    # A name written in lower case ("arjun ks"): a few short words that are not everyday ones.
    return len(words) <= 4 and not any(w in _EVERYDAY for w in folded)


def _display_name(text: str) -> str:
    name = clean_field(text, 120).strip(" ,;:")
    if name.isupper() or name.islower():
        name = " ".join(
            w.lower() if fold(w) in _NAME_PARTICLES and i else w[:1].upper() + w[1:].lower()
            for i, w in enumerate(name.split())
        )
    return name


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


def _names_in_profile_links(links: list[str]) -> set[str]:
    """Names spelled in profile links: indeed.com/r/Vamsi-krishna/…, linkedin.com/in/ana-lima-12."""
    names = set()
    for link in links:
        match = re.search(r"(?:indeed\.com/r|linkedin\.com/in)/([A-Za-z][\w-]{2,60})", link)
        if match:
            words = [w for w in match.group(1).split("-") if w.isalpha()]
            if words:
                names.add(fold(" ".join(words)))
    return names


def _names_in_emails(emails: list[str]) -> set[str]:
    """Name words spelled in e-mail addresses: "wanjiru.kamau@…" gives "wanjiru" and "kamau"."""
    names: set[str] = set()
    for email in emails:
        local = email.split("@", 1)[0]
        words = [w for w in re.split(r"[._\-+\d]+", local) if len(w) >= 3]
        names.update(fold(w) for w in words)
        if words:
            names.add(fold(" ".join(words)))
    return names


_PROSE_PLACE = re.compile(
    r"\b(?:based in|living in|i live in|located in|residing in|resident of|currently in|"
    r"vivo en|resido en|moro em|resido em|mieszkam w|proživaju v|живу в|locuiesc în|locuiesc in|"
    r"j'habite à|j'habite a|basé à|basée à|wohne in|wohnhaft in|tôi sống tại|tôi sống ở|"
    r"tinggal di|berdomisili di)\s+([^.;\n()]{2,60})",
    re.IGNORECASE,
)
_RELOCATION = re.compile(
    r"willing to relocate|relocate to|open to relocat|relocation\s*:|prefer(?:red)? locations?|"
    r"desired locations?|disponibilidad para reubica|disponível para mudan|gotow\w* do przeprowadz",
    re.I,
)


def _location(header: Header, top: list[tuple[int, str]]) -> None:
    for key in ("location", "country"):
        value = header.labels.get(key)
        if value:
            place = resolve_place(value)
            if place is not None:
                header.location, header.place = clean_field(value, 120), place
                return
    for i, line in top[:14]:
        if label_key(line) in {"relocation", "skip"} or _RELOCATION.search(line):
            continue
        hit = place_in_line(line)
        if hit is not None:
            header.location, header.place = clean_field(hit[0], 120), hit[1]
            header.identity_lines.add(i)
            return


def place_in_prose(text: str) -> tuple[str, Place] | None:
    """"I am a data scientist based in Lagos, Nigeria" -> ("Lagos, Nigeria", place)."""
    for match in _PROSE_PLACE.finditer(text[:20_000]):
        segment = re.split(r"\s+(?:and|where|with|since|for|y|e|i|et|und|và|dan)\s+",
                           match.group(1), maxsplit=1)[0].strip(" ,")
        place = resolve_place(segment)
        if place is not None:
            return segment, place
    return None


def place_in_line(line: str) -> tuple[str, Place] | None:
    """A place among the segments of a contact line ("Lagos, Nigeria | +234 …")."""
    if fields.EMAIL_RE.fullmatch(line.strip()) or len(line) > 200:
        return None
    for segment in re.split(r"\s*[|•·]\s*|\s+[—–]\s+|\s+-\s+|\s{3,}", line):
        segment = re.sub(
            r"^(?:location|based in|address)\s*[:\-]?\s*", "", segment.strip(), flags=re.I
        )
        if not segment or fields.EMAIL_RE.search(segment) or "http" in segment or "www." in segment:
            continue
        if re.search(r"\bindeed\b|email me", segment, re.I):
            continue
        if fields.find_phone(segment) and not re.search(r"[^\W\d_]{3}", segment):
            continue
        if len(segment.split()) > 6 or re.search(r"[.!?]\s", segment):
            continue  # a sentence that names a place is not an address line
        place = resolve_place(segment)
        if place is not None:
            return segment, place
    return None
