"""A job post's title: a "Title:" field, the first heading or short line naming a role, the
role a hiring sentence or an apply link names; without "Vaga:"-style prefixes, a gender mark
("(m/w/d)") and the place, work mode or pay a dash adds after it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from worldhire.ingest.lexicon import alternation
from worldhire.ingest.lexicon.contracts import WORKING_TIME
from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.company_names import JOB_BOARD, PLACE_KIND
from worldhire.ingest.posts.hiring import HIRING, SEEKS, hiring_title
from worldhire.ingest.posts.items import PICTOGRAPHS
from worldhire.ingest.posts.labels import LABEL_START, board_category, field_value, labelled_field
from worldhire.ingest.posts.page import (
    BUTTONS,
    NAVIGATION,
    SUBJECT,
    TAGS,
    URL,
    after_greeting,
    author_headline,
    clean_line,
    joined_head,
    menu_line,
)
from worldhire.ingest.posts.places import place_of
from worldhire.ingest.posts.text import PostText
from worldhire.ingest.posts.words import pattern, spoken_language_names
from worldhire.ingest.shared.folded_text import fold
from worldhire.ingest.shared.pay import find_pay

_TITLE_LABEL = re.compile(
    # (an emoji may open the line: "🔥 Posición: ...", "📌 Cargo: ...")
    rf"{LABEL_START}(?:[*_#>\s]|{PICTOGRAPHS.pattern})*"
    # ("Position Title:" heads a UN or NGO vacancy notice)
    r"(?i:job title|position title|title|position|(?:the |your )?role|opening|puesto|vacante|"
    r"cargo|vaga|"
    r"stanowisko|посада|"
    r"вакансія|вакансия|должность|poziția|pozitia|post|poste|"
    r"intitulé du poste|stelle|posizione|"
    # "Nombre del puesto:", "Denumirea postului:", "Назва вакансії:", "Nazwa stanowiska:"
    r"posición|título del puesto|nombre del puesto|título da vaga|nome da vaga|função|"
    r"denumirea postului|denumire post|funcția|назва вакансії|назва посади|nazwa stanowiska|"
    r"jobtitel|vị trí|chức danh|posisi|jabatan|lowongan|pozisyon|"
    # the label with the word for "vacant" or "to fill" ("Vị trí tuyển dụng:", "Poste à
    # pourvoir :", "Posisi yang dibutuhkan:", "Puesto vacante:")
    r"vị trí (?:tuyển dụng|công việc|ứng tuyển|cần tuyển)|poste à pourvoir|"
    r"posisi (?:yang )?(?:dibutuhkan|dibuka|tersedia)|(?:puesto|cargo) vacante|"
    r"stanowisko pracy|vaga disponível|position to fill|open position)[*_\s]*:[*_\s]*(?P<v>.+)$",
    re.MULTILINE,
)
# The joining words a wrapped title line ends with ("... OF MATHEMATICS AND").
_WRAPPED_AFTER = re.compile(r"\s(?:and|of|&|for|und|et|y|e|de|i|și|và|dan|та|і|и)$", re.IGNORECASE)
# Any "Label:" at a line's start ("REPORTS TO: Head of Science"): a field of its own, no wrap.
_ANY_FIELD = re.compile(r"^[^\W\d_][^:\n]{0,30}:\s")
# "Position – Site Reliability Engineer", "Stanowisko – Analityk", "Intitulé du poste – ...": a
# title field typed with a dash, at a line's start.
_TITLE_DASH_LABEL = re.compile(
    rf"^(?:[*_#>\s]|{PICTOGRAPHS.pattern})*"
    r"(?i:job title|position|role|puesto|vacante|cargo|vaga|stanowisko|posada|poste|"
    r"intitulé du poste|stelle|posizione|jobtitel|vị trí|posisi)[*_]*\s+[–—-]\s+"
    r"(?P<v>.+)$",
    re.MULTILINE,
)

# Words before a title that announce it, not name it ("VACANCY:", "[HCM]", "OFFRE D'EMPLOI –").
TITLE_PREFIX = re.compile(
    # (Spanish opens an exclamation with "¡": "¡Estamos contratando! Analista de Datos Sr.")
    r"^(?:¡(?=\w)|\[[^\]]{1,20}\]\s*|\d{1,2}\s+(?:x\s+)?(?=[^\W\d])|"
    r"(?:oferta de (?:trabajo|empleo|emprego)|oportunidad(?:es)? laboral(?:es)?|"
    r"oferta laboral|convocatoria(?: laboral)?|"
    # a title field's label left on a heading ("🔥 Posición: ...", "*PUESTO: ...*")
    r"(?:puesto|posici[oó]n|cargo)(?=\s*:)|we(?:'re| are) hiring|now hiring|hiring|"
    r"open (?:role|position|vacancy)|"
    r"urgent(?:ly)? hiring|urgent requirement|urgent opening|angajăm|angajam|recrutăm|zatrudnimy|"
    # (the longer phrase first: "VAGA ABERTA: Analista ..." would leave "ABERTA:" after "vaga")
    r"¡?vacante abierta|¡?nueva vacante|vaga aberta|nova vaga|"
    r"contratamos|vacancy|job opening|opening|vaga|vacante|oferta|"
    r"job|praca|вакансія|post|stellenangebot|lowongan kerja|lowongan|loker|estamos contratando|"
    r"role brief|job brief|offre d'emploi|poste d[e']|ogłoszenie|anuncio|annonce|оголошення|"
    # ("Stellenanzeige: ...", "Anunț angajare – ...", "Is this you? ..." over the role)
    r"stellenanzeige|anun[țţt] (?:de )?angajare|is this you\?|"
    r"pengumuman|tuyển dụng|tuyển gấp|cần tuyển|tuyển|gấp|"
    r"dibutuhkan segera|dibutuhkan|"
    r"se busca|se buscan|reenviado|forwarded|encaminhada|subject|betreff|assunto|"
    r"asunto|temat|objet|oggetto|re|fwd?|oportunidade|oportunidad|opportunity|opportunité|"
    r"opportunità|(?:открыта\s+)?вакансия)"
    # (a cry may end in several marks: "URGENT HIRING!! Data Analyst")
    r"\s*[:!–—-]{0,3}\s+)+",
    re.IGNORECASE,
)

# A gender mark after a title: "(m/w/d)", "(H/F)", "(f/m/x)", "(k/m)".
GENDER_MARK = re.compile(
    r"\s*\((?:[a-zA-Z]\s*/\s*){1,3}(?:[a-zA-Z]|div|divers|x)\)"
    # French and Polish boards write the mark bare at the title's end ("Data Scientist H/F",
    # "Księgowa K/M"): letters of the sexes only, so "UI/UX" or "A/B" stay.
    r"|\s+(?:[HFMWDXK]/){1,2}[HFMWDXK](?:/X)?\s*$",
    re.IGNORECASE,
)

# "... reach out about a Machine Learning Engineer role in our team": the role an e-mail names.
_ROLE_OF = re.compile(
    r"\b(?:an?|the|this|our|una?|um|uma)\s+(?P<t>(?:[^.,;:!?\n]|\.(?=\w)){3,60}?)\s+"
    r"(?:role|position|opening|vacancy|opportunity|puesto|posición|vaga|stanowisko|poste)\b",
    re.IGNORECASE,
)

# (a comma inside brackets is no cut: "Senior MLOps Engineer (B2B, 100% zdalnie)")
_TAIL_CUT = re.compile(r"\s+(?:[–—·]|\|{1,2}|-{1,2}|/)\s+|\s*\((?!\s*[a-z]/)|,\s+(?![^()]*\))")
TAIL_WORDS = re.compile(
    r"remot|hybri|híbrid|hibrid|onsite|on-site|presencial|zdaln|stacjonar|віддал|office|biuro|"
    r"télétravail|teletrabajo|teletrabalho|smart working|à distance|a distancia|từ xa|"
    r"jarak jauh|"
    r"oficina|\d+\s*%|latam|emea|europe|contract|lương|salary|"
    # the working time in any language ("– Vollzeit oder Teilzeit", "- Tiempo completo")
    rf"{alternation(WORKING_TIME)}|"
    r"up to|gaji|salario|salário|thu nhập|income|wynagrodzenie|зарплат|gehalt|salaire|maaş|"
    r"penghasilan|\d[\d.,]*\s*(?:k|usd|eur|€|\$)|[$€£]\s*\d|from home|wfh|"
    # where the work is: "– Làm việc tại Quận 7", "- Penempatan Surabaya", "– based in Lagos"
    r"làm việc tại|địa điểm|penempatan|lokasi|based in|working (?:from|in)|"
    r"home[- ]?office|home[- ]based|\b\d+\s*(?:\+|-|–)?\s*\d*\s*(?:yrs?|years?)\b|"
    # the employer's sector: "ML Engineer – Fintech – Cluj-Napoca"
    r"\b(?:fin|health|ed|insur|prop|agri|legal|clean|reg)tech\b|\bsaas\b|\bstart-?up\b|"
    # when the hire starts: "|| Immediate Joiners", "- Incorporación inmediata", "– ab sofort"
    r"\bimmediate (?:joiners?|start)|\bincorporaci[oó]n inmediata|\bin[ií]cio imediato|"
    r"\bdisponibilidade imediata|\bab sofort\b|\bod zaraz\b|\bdémarrage immédiat|"
    r"\bînceput imediat|\bnhận việc ngay|\bsegera\b|\burgent(?:e|ly)?\b",
    re.IGNORECASE,
)
# "(freshers are welcome)", "(3 orang)", "(x2)": the writer's remark opening with a word in
# lower case after a title, or how many are hired; "(e-commerce)", a specialism of one word,
# and "(iOS / Android)", names, stay.
_REMARK_AFTER = re.compile(
    r"\s*\(\s*(?:[a-zà-ÿ][a-zà-ÿ'-]*,?(?:\s+[^()\s]+){2,}|x?\d{1,2}(?:\s+[^\W\d]+)?)\s*\)\s*$"
)

# The working time joined to a title by a preposition, not a dash ("Finanzbuchhalter/in in
# Teilzeit oder Vollzeit", "Contable a tiempo completo", "Comptable à temps partiel"): cut where
# it ends the title; a board's lines run together ("Support Engineer Posted Dec 1 Full-Time
# Anywhere in the World") are no title with a working time.
_WORKING_TIME_AFTER = re.compile(
    rf"\s+(?:(?:in|im|a|à|en|em|na|w|de|al)\s+)?(?:{alternation(WORKING_TIME)})"
    rf"(?:\s+(?:oder|or|o|ou|lub|sau|und|y|e)\s+(?:{alternation(WORKING_TIME)}))?\W*$",
    re.IGNORECASE,
)

# The shift or the hours after a dash ("– Turno rotativo", "| Medio tiempo"); in brackets they
# stay part of the title ("Customer Support Representative (Night Shift)").
_SHIFT_AFTER_DASH = re.compile(r"\bturnos?\b|jornada|\bshift\b", re.I)


def title_of(post: PostText) -> str:
    """The title as written: a "Title:" line, the first heading, the first short line naming a
    role, a short opening sentence that does ("Backend Developer (.NET) - Remote."), or the
    role a sentence says is being hired for."""
    labelled = labelled_field(_TITLE_LABEL, post.text[:3000]) or labelled_field(
        _TITLE_DASH_LABEL, post.text[:3000]
    )
    every = [x for x in map(after_greeting, joined_head(post))
             if x and not menu_line(x) and not JOB_BOARD.match(clean_line(x))
             and not _announcement_only(x)]
    if labelled:
        value = clean_line(field_value(labelled.group("v")))
        # A narrow column wraps the value after a joining word ("POSITION: TEACHER OF MATHEMATICS
        # AND" / "PHYSICS (2 POSTS)"): the title goes on on the next line.
        if _WRAPPED_AFTER.search(value):
            below = post.text[labelled.end() :].lstrip(" \t\r").split("\n", 2)
            following = clean_line(below[1]) if len(below) > 1 and not below[0] else ""
            if following and not _ANY_FIELD.match(following):
                value = f"{value} {following}"
        # A job board's classification of the job ("Role: Back End Developer" among "Industry
        # Type:" and "Department:") names its kind: the page's heading names the job.
        if board_category(post.text, labelled.start("v")):
            return _unlabelled_title(post, every) or value
        # A job board's "Role: Data Engineer" field is the role's kind; the page's heading
        # ("Sr. Data Engineer - Azure") that holds it is the title.
        fuller = next((clean_line(x) for x in every[:3] if len(x.split()) <= 8
                       and f" {fold(value)} " in f" {fold(clean_line(x))} "
                       and not _TITLE_DASH_LABEL.match(x)
                       # ("*PUESTO: DESARROLLADOR/A*" is the field itself, not a heading)
                       and not _TITLE_LABEL.search(x)), None)  # fmt: skip
        return fuller or value
    return _unlabelled_title(post, every)


def _announcement_only(line: str) -> bool:
    """A line of announcing words alone: a chat's forward mark ("Forwarded", "Reenviado") or a
    cry ("🚨 URGENT HIRING!! 🚨"), which names no role; the title is below it."""
    return not re.search(r"\w", TITLE_PREFIX.sub("", clean_line(line) + " "))


def _unlabelled_title(post: PostText, every: list[str]) -> str:
    """The title where no "Title:" field gives it (see title_of)."""
    headline = author_headline(post)
    lines = [line for line in every if not SUBJECT.match(line) and line != headline]
    roles = pattern("role")
    if not any(roles.search(fold(clean_line(line))) for line in lines):
        # An e-mail's subject: the part naming a role ("Oportunidade | Cientista de Dados Sênior
        # | 100% remoto"), else the role inside a phrase ("Spannende Position als ...").
        # (a subject line too long to be a head line still names the role)
        firsts = [x for x in post.text.split("\n", 4)[:4] if x not in every]
        subjects = [SUBJECT.sub("", x) for x in [*every, *firsts] if SUBJECT.match(x)]
        # ("ICU and HDU nurse roles – Manchester": a subject naming several openings; the
        # body's line naming the one the e-mail is about is the title)
        several = _SEVERAL_ROLES.search(" ".join(subjects))
        role_line = _role_line(post, section_heads=True) if several else None
        if role_line:
            return clean_line(hiring_title(role_line) or role_line)
        parts = [p for s in subjects for p in re.split(r"\s+[|–—]\s+|\s+-\s+", s)]
        part = next(
            (p for p in parts if roles.search(fold(TITLE_PREFIX.sub("", clean_line(p))))), None
        )
        # A short part is the title; a longer one holds it in a phrase.
        if part and len(re.sub(r"\([^()]*\)", "", part).split()) <= 6:
            return clean_line(part)
        named = next((_role_phrase(s) for s in subjects), None)
        if named:
            return clean_line(named)
    # A line of hashtags or a chat's channel ("#vacancies #python", "#jobs-board") is no heading.
    headings = [line for line in lines if _MARKDOWN_HEADING.match(line) and not TAGS.match(line)]
    with_role = [line for line in lines if roles.search(fold(clean_line(line)))]
    for choice in (headings, with_role):
        if choice:
            hired = hiring_title(choice[0])
            return clean_line(hired or _after_bold_company(choice[0]))
    # (a board's path to the post is no opening: "Inicio / Empleos / Tecnología / ...")
    first = next((i for i in post.items() if not NAVIGATION.search(i.text(post.text))), None)
    if first is not None and first.text(post.text) != headline:
        opening = first.text(post.text).rstrip(".")
        if len(opening.split()) <= 10 and roles.search(fold(opening)):
            return clean_line(hiring_title(opening) or opening)
        # A "Who's hiring" line: "Corvid Health | Senior Platform Engineer | REMOTE (US) | $160k"
        line = opening.split("\n", 1)[0]
        fields = re.split(r"\s+\|\s+", line)
        if len(fields) >= 3 and any(len(f.split()) <= 6 and roles.search(fold(f)) for f in fields):
            return clean_line(line)
        # The title on a line of its own below the sentence that announces it ("Für unseren
        # Kunden ... suchen wir eine/n" / "ML Engineer / MLOps Engineer (80–100 %)").
        # (a requirement's bullet below it is no title: "Pengalaman minimal 4 tahun sebagai data
        # engineer" under "... membuka lowongan untuk posisi SENIOR DATA ENGINEER")
        items = post.items()
        second = items[1].text(post.text) if len(items) > 1 and items[1].kind is None else ""
        announced = bool(HIRING.search(opening) or SEEKS.search(opening))
        short = len(second.split()) <= 8 and not re.search(r"[.!?:]\s*$", second)
        if announced and short and "\n" not in second.strip() and roles.search(fold(second)):
            return clean_line(second)
    # A freelance marketplace's project names the work, no role, on the line right above its
    # budget ("Build a RAG chatbot over our policy PDFs" / "Budget $30 - $50 USD / hour").
    above_budget = len(lines) >= 2 and bool(find_pay(lines[1])) and not find_pay(lines[0])
    if above_budget and len(lines[0].split()) <= 14:
        return clean_line(lines[0])
    role_line = _role_line(post)
    if role_line:
        return clean_line(hiring_title(role_line) or role_line)
    # (a board's menu is no sentence: "Đăng tuyển & tìm hồ sơ" is its link for employers)
    hired = hiring_title(_without_menus(post.text[:3000]))
    if hired and roles.search(fold(hired)):
        return clean_line(hired)
    slug = _slug_title(post.text)
    if slug:
        return slug
    if hired:
        return clean_line(hired)
    role_of = next((m.group("t") for m in _ROLE_OF.finditer(post.text[:3000])
                    if roles.search(fold(m.group("t")))), None)  # fmt: skip
    if role_of:
        return clean_line(role_of)
    named = _role_phrase(post.text[:600])
    if every:
        # "we're hiring at @ledgerlyhq": a first line that only announces the hiring (and where)
        # names no title; the role the opening sentences name is.
        rest = TITLE_PREFIX.sub("", clean_line(every[0]))
        announces = rest != clean_line(every[0]) and (not rest or bool(_AT_WHERE.match(rest)))
        if not (announces and named):
            return clean_line(every[0])
    return clean_line(named) if named else ""


# Openings in the plural: an e-mail's subject that offers several ("nurse roles", "3 openings").
_SEVERAL_ROLES = re.compile(
    r"\b(?:roles|positions|openings|vacancies|jobs|vagas|vacantes|puestos|stanowiska|postes|"
    r"вакансії|вакансии|stellen|posturi)\b",
    re.IGNORECASE,
)

# "at @ledgerlyhq", "bei Alpenkern": where the hire will work, after a hiring announcement.
_AT_WHERE = re.compile(r"(?:at|bei|chez|en|em|na|w|in|tại)\s|@", re.IGNORECASE)


def _without_menus(text: str) -> str:
    """The text with a job board's menu, navigation and rows of buttons ("Ứng tuyển ngay   Lưu
    tin", "Apply   Save") left blank."""
    return "\n".join("" if menu_line(x) or NAVIGATION.search(x) or _button_row(x) else x
                     for x in text.split("\n"))  # fmt: skip


def _button_row(line: str) -> bool:
    parts = [x for x in re.split(r"\s{2,}|\s+[|·•]\s+", line.strip()) if x]
    return bool(parts) and all(len(x.split()) <= 3 and BUTTONS.search(x) for x in parts)


def _early_lines(post: PostText, section_heads: bool = False) -> list[str]:
    """Headings of sections of no known kind and the lines outside any known section but the
    company's, in the order of the text (its first 3000 characters): where a title sits below
    an "About us" paragraph or a job board's menu. `section_heads` adds the line that opens
    each section's first item where more lines follow it in that item (a spec's card: "BI
    Analyst (Senior) – Durban" / "Client: ..." under "THE ROLE FOR YOU")."""
    found: list[tuple[int, str]] = []
    for section in post.sections if section_heads else []:
        first = section.items[0].text(post.text).strip() if section.items else ""
        if "\n" in first:
            found.append((section.items[0].start, first.split("\n", 1)[0]))
    for section in post.sections:
        if section.heading and section.kind is None:
            # (the heading as written: Section.heading is folded)
            found.append((section.start, post.text[section.start :].split("\n", 1)[0]))
    kinds = (None, SectionKind.ABOUT)
    found += [(i.start, i.text(post.text)) for i in post.items() if i.kind in kinds]
    return [
        re.sub(r"\s+", " ", text).strip()
        for start, text in sorted(found)
        # (a breadcrumb ending in the title is navigation: "Kariera > Aktualne oferty > ...")
        if start < 3000 and text.strip() and not menu_line(text) and not NAVIGATION.search(text)
    ]


def _role_line(post: PostText, section_heads: bool = False) -> str | None:
    """The first heading or short line naming a role that is no sentence and no field ("O nas"
    paragraph, then "ANALITYK DANYCH / DATA ANALYST"; a job board's menu, then "Senior Data
    Scientist (m/w/d) – Schwerpunkt NLP"); `section_heads` as for _early_lines."""
    roles = pattern("role")
    for line in _early_lines(post, section_heads):
        # (counted without the pay or place a board adds after a dash: "Chuyên Viên Phân Tích
        # Dữ Liệu (Data Analyst) - Thu Nhập Đến 25 Triệu")
        bare = re.sub(r"\([^()]*\)", "", clean_line(trim_title(line)[0]))
        if (len(bare.split()) <= 8 and not re.search(r"[.!?:]\s*$", line) and ":" not in bare
                and roles.search(fold(bare))):  # fmt: skip
            return line
    return None


# Words of a title in a slug that are written in lower case ("analista-de-datos-senior").
_SLUG_CONNECTORS = frozenset(("de", "da", "do", "del", "des", "di", "of", "and", "y", "e", "i",
                              "la", "le", "el", "für", "pentru", "dan"))  # fmt: skip


def _slug_title(text: str) -> str:
    """The title an apply link's address spells ("https://jobs.example/tibahealth/senior-nlp-
    engineer-remote-ea" -> "Senior NLP Engineer"): the hyphenated words of a path segment up
    to where the place, the work mode or a number starts, when they name a role. A word the
    post writes elsewhere in capitals keeps them ("NLP")."""
    roles = pattern("role")
    for url in URL.findall(text):
        for segment in urlsplit(url).path.split("/"):
            words = []
            for word in re.split(r"[-_+]+", segment):
                if (not word or not word.isalpha() or TAIL_WORDS.search(word)
                        or place_of(word.capitalize()) != (None, None)):  # fmt: skip
                    break
                words.append(word)
            while words and words[-1] in _SLUG_CONNECTORS:
                words.pop()
            if len(words) >= 2 and roles.search(" ".join(words)):
                return " ".join(_as_written(w, text) for w in words)
    return ""


def _as_written(word: str, text: str) -> str:
    """A slug's word as the post writes it: in capitals where it does ("NLP"), a connector in
    lower case, else capitalised."""
    if word in _SLUG_CONNECTORS:
        return word
    written = re.search(rf"(?<![\w/-]){re.escape(word)}(?![\w/-])", text, re.IGNORECASE)
    if written and written.group(0).isupper():
        return written.group(0)
    return word.capitalize()


# "# Data Engineer": a Markdown heading; "#opportunitàdilavoro Per ... ricerchiamo" opens with a
# hashtag.
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}(?:\s|$)")


def _after_bold_company(line: str) -> str:
    """"**Pelican Commerce** — Analytics Engineer": the title after a bold name that is no
    title."""
    match = re.match(r"\s*(\*\*|__)(?P<b>[^*_]{2,60})\1\s*[—–|·-]\s*(?P<rest>.+)$", line)
    roles = pattern("role")
    if match and roles.search(fold(match["rest"])) and not roles.search(fold(match["b"])):
        return match["rest"]
    return line


def _role_phrase(text: str) -> str | None:
    """The job title inside a sentence: capitalised words up to a role noun ("... suchen wir
    eine/n Data Scientist (w/m/d) in Vollzeit" -> "Data Scientist (w/m/d)")."""
    roles = pattern("role")
    # (the words of one sentence: "... a Senior ML Engineer.\n\nYou'd" ends at "Engineer")
    for match in re.finditer(r"(?:[A-Z0-9][\w+#/-]*(?:\.(?=\w)|(?<=\b[SJ]r)\.)?[ \t]+){0,3}"
                             r"[A-Za-z][\w-]*", text):
        words = match.group(0).split()
        if roles.fullmatch(fold(words[-1])) and words[0][:1].isupper():
            # "(w/m/d)", "(Computer Vision)": a mark or a speciality, not "(remote, CEE)".
            mark = re.match(r"\s*\([^()]{1,30}\)", text[match.end() :])
            if mark and TAIL_WORDS.search(mark.group(0)):
                mark = None
            return match.group(0) + (mark.group(0) if mark else "")
    return None


def _remark(segment: str, cut: str) -> bool:
    """A clause in lower case after a dash, of four words or more, that names no role: the
    writer's remark on the role ("– this is the one I think fits you best"), no part of it."""
    return (cut.strip() in ("–", "—", "-", "--") and segment[:1].islower()
            and len(segment.split()) >= 4 and not pattern("role").search(fold(segment)))


def trim_title(title: str) -> tuple[str, str]:
    """Without "Vaga:"-style labels, a gender mark ("(m/w/d)") and the place, work mode or pay
    after a dash (given back: it says where the job is)."""
    title = TITLE_PREFIX.sub("", title)
    title = GENDER_MARK.sub("", title)
    # "Spannende Position als Backend-Entwickler Java", "Vaga de Analista": the words that
    # announce the role
    title = re.sub(
        r"^(?:\w+\s+)?(?:position|stelle|rolle|role|opportunity|oportunidad|oportunidade|vaga|"
        r"opportunité)\s+(?:als|as|for|como|de|jako|en tant que|para)\s+(?=\S)",
        "", title, flags=re.IGNORECASE,
    )
    # "Data Analyst untuk startup agritech di Bandung": what follows "for a" says who hires.
    title = re.sub(r"\s+(?:untuk|for (?:a|an|our|the)|cho)\s+.*$", "", title, flags=re.I)
    # "Python-разработчик в финтех-стартап Гранит Пэй": the employer after "в" (at), given back
    # as the tail that names the company.
    at_employer = re.search(r"\s+[ву]\s+(?:[а-яё-]+\s+){0,2}(?=[А-ЯЁA-Z])", title)
    if at_employer and pattern("role").search(fold(title[: at_employer.start()])):
        title, employer = title[: at_employer.start()], title[at_employer.end() :]
        return trim_title(title)[0], employer
    # "Senior Golang-разработчик в продуктовую финтех-компанию": the kind of employer after "в"
    into = re.search(r"\s+[ву]\s+[а-яё]", title)
    if into and pattern("role").search(fold(title[: into.start()])):
        title = title[: into.start()]
    # "Dev Python Pleno/Sênior com foco em IA generativa": what the job focuses on.
    title = re.sub(
        r"\s+(?:com (?:foco|ênfase) em|con (?:foco|énfasis) en|with (?:a )?focus on|focused on|"
        r"z naciskiem na)\s+.*$", "", title, flags=re.I,
    )
    # "(draft v3, shared with Laura)": a note in brackets; "(Accounts Payable & Payroll)", its
    # words each capitalised, is the title's specialism
    note = re.search(r"\s*\(((?:[^()]*\s){3,}[^()]*)\)\s*$", title)
    if note and not re.fullmatch(r"(?:(?:[A-Z][\w'-]*|&|and|of|for)\s*)+", note.group(1)):
        title = title[: note.start()]
    remark = _REMARK_AFTER.search(title)
    if remark and remark.start() > 0:
        title = title[: remark.start()]
    # "Remote ML Engineer role": the work mode before it and the word "role" after it are
    # the subject line's words around the title.
    bare = re.sub(r"^(?:fully\s+)?(?:remote|hybrid)\s+(?!sensing)(?=\S+\s+\S)|\s+(?:role|position|"
                  r"opening|vacancy)$", "", title, flags=re.I)  # fmt: skip
    title = re.sub(r"\s+(?:role|position|opening|vacancy)(?=\s+[-–—|·]\s+)", "", bare, flags=re.I)
    tail = ""
    # "Sistemista Linux, Bologna": the city after a comma
    city = re.search(r",\s*([^,()]+)$", title)
    if city and place_of(city.group(1)) != (None, None):
        title, tail = title[: city.start()], title[city.start() :]
    for match in _TAIL_CUT.finditer(title):
        segment = _TAIL_CUT.split(title[match.end() :], maxsplit=1)[0].strip(" )")
        shift = _SHIFT_AFTER_DASH.search(segment) and "(" not in match.group(0)
        # (a free zone or business park is where the job is: "– Katunayake Export Processing
        # Zone")
        placed = place_of(segment) != (None, None) or PLACE_KIND.search(fold(segment))
        if segment and (TAIL_WORDS.search(segment) or shift or placed):
            title, tail = title[: match.start()], title[match.start() :]
            break
        if segment and _remark(segment, match.group(0)):
            title = title[: match.start()]  # (a remark says nothing of where the job is)
            break
    timed = _WORKING_TIME_AFTER.search(title)
    if timed and timed.start() > 0:
        title = title[: timed.start()]
    # "Customer Success Manager (Spanish + English)": the languages the job asks for.
    spoken = re.search(r"\s*\(([^()]+)\)\s*$", title)
    names = spoken_language_names()
    words = [w for w in re.split(r"\s*(?:[+/,&]|\band\b|\bund\b|\by\b|\be\b)\s*",
                                 spoken.group(1)) if w] if spoken else []
    # ("confirmé(e)" holds the joiner "e" alone: no language)
    if spoken and words and all(fold(w) in names for w in words):
        title = title[: spoken.start()]
    return title.strip(" -–—|·:,")[:200], tail
