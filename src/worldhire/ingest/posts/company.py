"""A job post's company: a "Company:" field, the name beside the title or on a job board's
card, the employer its author or sender names, the client a recruiter names (and none where
the recruiter keeps the client unnamed), else the name its sentences give (posts.company_prose).
"""

from __future__ import annotations

import re
from itertools import takewhile

from worldhire.ingest.lexicon.companies import LEGAL_FORM_END
from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.company_names import (
    CAREERS_END,
    LEGAL_FORM_ANYWHERE,
    LEGAL_FORM_START,
    NOT_A_COMPANY,
    company_like,
    company_name,
    looks_like_name,
)
from worldhire.ingest.posts.company_prose import SENDER_ROLE, company_in_prose, company_subject
from worldhire.ingest.posts.items import PICTOGRAPHS
from worldhire.ingest.posts.labels import LABEL_START, field_value, labelled_field
from worldhire.ingest.posts.page import (
    BUTTONS,
    CAP,
    FORUM_LINE,
    GREETING,
    HEADLINE,
    NAVIGATION,
    SUBJECT,
    after_greeting,
    author_headline,
    clean_line,
    joined_head,
    menu_line,
)
from worldhire.ingest.posts.places import place_of
from worldhire.ingest.posts.text import PostText
from worldhire.ingest.posts.title import GENDER_MARK, TAIL_WORDS, TITLE_PREFIX
from worldhire.ingest.posts.words import pattern
from worldhire.ingest.shared.folded_text import fold
from worldhire.skills.linker import SkillLinker
from worldhire.skills.literal_rules import common_words

COMPANY_LABEL = re.compile(
    # ("Hiring company:", "Company name:", "Nombre de la empresa:")
    # (an emoji may open the line: "🏢 Empresa: ...", "👉 *Company:* ...")
    rf"{LABEL_START}(?:[*_\s]|{PICTOGRAPHS.pattern})*"
    r"(?i:(?:hiring |recruiting )?(?:company|employer)(?: name)?|client|"
    r"nombre de la empresa|nome da empresa|empresa|firma|компанія|компания|compania|"
    r"companie|société|entreprise|unternehmen|arbeitgeber|công ty|perusahaan|şirket|"
    # who hires, in the job boards' own words ("Angajator:", "Роботодавець:", "Pracodawca:")
    r"compañía|compañia|companhia|empleador|empregador|angajator|angajatorul|pracodawca|"
    r"роботодавець|работодатель|datore di lavoro|"
    # the hiring organisation in a francophone job sheet ("Structure : Teranga Assurances SA")
    r"structure|organisme|"
    # an NGO's or a public body's vacancy notice ("Organisation: Tumaini Water Trust")
    r"(?:hiring |recruiting )?organi[sz]ation|"
    r"nama perusahaan|tên công ty)[*_\s]*:[*_\s]*"
    r"(?P<v>.+)$",
    re.MULTILINE,
)

_POSTED_BY = re.compile(
    rf"{LABEL_START}[*_\s]*(?i:posted by|publicado por|publicada por|publié par|"
    r"opublikowane przez|опубліковано)[*_\s]*:[*_\s]*(?P<v>.+)$",
    re.MULTILINE,
)

# A field's value that describes the employer instead of naming it: an indefinite article and a
# word in lower case ("a large short-term insurer", "una empresa del sector retail").
_DESCRIBED = re.compile(r"(?i:an?|una?|une|um|uma|ein|eine)\s+[a-zà-ÿ]")

_HELLO_FROM = re.compile(r"^(?:hello|hi|greetings|news|hola|olá) from\s+", re.IGNORECASE)

# The client a recruiter hires for ("bei meinem Kunden, der Alpenfirn Versicherungen AG", "para
# um cliente nosso, a Faroleiro Logística").
_CLIENT = re.compile(
    r"(?i:\b(?:clients?|cliente|kunden?|klienta?|клієнт\w*|clientul|"
    # "I'm reaching out on behalf of Mlima Holdings, who are hiring ...": the firm they write for
    r"(?P<behalf>on behalf of|au nom de|en nombre de|em nome de|w imieniu|im auftrag von)))"
    r"(?:\s+(?:nosso|nuestro))?,?\s+"
    # "Dla naszego Klienta, firmy Nordbud S.A.", "for our client, the company Nordlys AS"
    r"(?:(?i:firmy|firma|spółki|společnosti|компанії|компании|(?:the |la |a |die |der )?"
    r"(?:company|empresa|firma|société|compania|companhia))\s+)?"
    r"(?:(?i:der|die|das|a|o|la|el|the)\s+)?(?P<n>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})"
)
# A recruiter naming the client with a verb ("I'm recruiting for Bluenose Marine Supply, a ...",
# "I'm helping Orchard Lane Insurance, a US insurer in Hartford, hire a DevOps Engineer").
_RECRUITING_FOR = re.compile(
    r"(?i:\b(?:i'?m|i am|we'?re|we are)\s+(?:(?:recruiting|hiring)\s+for|(?P<helping>helping)))\s+"
    rf"(?P<n>[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,4}})"
    # (whom one helps is a client only where they hire: "helping Ana" is no firm)
    r"(?(helping)(?:,[^,\n]{1,80},)?\s+(?i:hire|find|recruit|grow|build)\b)"
)
# A recruiter writing for a client they keep unnamed ("Our client, a Series B fintech", "Für
# unseren Kunden, ein etabliertes Versicherungsunternehmen", "Dla naszego klienta", "l'un de nos
# clients", "Per un'importante realtà del settore", "Компанию пока не называю"), folded.
UNNAMED_CLIENT = re.compile(
    # ("one of our NHS partner trusts": a partner of the agency is its client too)
    r"\b(?:our client\b(?!'s)|a client of ours|one of our (?:[\w-]+ )?(?:clients?|partners?)\b|"
    r"on behalf of (?:our|a) client|"
    r"fur (?:unseren|einen unserer|einen) kunden|im auftrag (?:unseres|eines) kunden|"
    r"dla (?:naszego )?klienta|naszego klienta|cliente nosso|nosso cliente|"
    # "Estamos apoyando a un cliente, importante empresa del retail", "un proceso de selección
    # para una importante empresa del sector minero"
    r"(?:ayudando|ayudamos|apoyando|apoyamos|asesorando|asesoramos) a un cliente|"
    # "Desde Talentia RRHH estamos apoyando a una importante fintech argentina"
    r"(?:ayudando|ayudamos|apoyando|apoyamos|asesorando|asesoramos|acompanando|acompanamos) a "
    r"una? (?:importante|reconocida|destacada|gran|prestigiosa|solida|lider)\b|"
    r"(?:l'un|un) de mes clients|pour (?:un|une) de (?:mes|nos) clients|"
    r"para una importante empresa|"
    r"un cliente nuestro|uno de nuestros clientes|"
    r"para (?:um|uma) cliente|nuestro cliente|para (?:un|una) (?:cliente|empresa cliente)|"
    r"notre client\b|l'un de nos clients|un de nos clients|pour le compte d'un client|"
    r"nostro cliente|per (?:un'?\s*|una\s+)?importante (?:realta|azienda|societa)|azienda cliente|"
    r"нашего клиента|наш клиент|нашого клієнта|компани\w+ (?:пока )?не (?:называ|раскрыва)\w*|"
    r"clientul nostru|pentru un client|klien kami|khach hang cua chung toi|musterimiz|"
    # A staffing board's opening: "A U.S.-based company that is building ... is looking for"
    r"(?:(?<![^\n])|(?<=[.!?]\s))an? (?:[\w.-]+\s+){0,4}"
    r"(?:company|startup|firm|scale-?up|business)\s+(?:that|which)\b[^.\n]{0,200}?\b"
    r"(?:is|are) (?:looking|hiring|seeking))"
)
# An agency that employs the hire itself while it keeps its client unnamed: an outsourcing firm
# ("... growing their support team here in Cebu with Alon Outsourcing Inc."), or a US staffing
# firm paying its contractor on W-2 ("Rate: $85/hr on W2 (no C2C)").
_AGENCY_EMPLOYS = re.compile(r"outsourc|\bon w-?2\b", re.IGNORECASE)


def for_unnamed_client(text: str) -> bool:
    """A recruiter writes the post's opening for a client they keep unnamed, and their agency
    does not employ the hire itself: the post names no employer."""
    return bool(UNNAMED_CLIENT.search(fold(text))) and not _AGENCY_EMPLOYS.search(text)


# A post signed by its team: "— the Quillmetric team", "— Joris, on behalf of the Vlinder Labs
# team".
_SIGNED_TEAM = re.compile(
    rf"^\s*(?:[—–-]+\s*(?:[^\n,]{{1,40}},\s+)?|[^\n,]{{1,40}},\s+(?=on behalf))"
    rf"(?i:on behalf of\s+)?(?i:the\s+)?"
    rf"(?P<n>[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,3}})\s+(?i:team)\b\W*$",
    re.MULTILINE,
)

# A post signed by its author with their role there: "— Ada, cofounder @ Pillbox".
# The writer saying who they are at the company, on the post's first or last lines ("Це Льоня,
# CTO в Лісток", "Ola Zielińska | People & Culture @ Kartoteka Software", "Maria, Head of Data at
# Quillmark"): in a post the company writes itself, their employer is the company.
_SENDER_AT = re.compile(
    rf"(?:^|[,|•·]\s*)(?P<r>[^\n,|•·@]{{2,40}}?)\s+(?:@|(?i:at|в|у|w|bei|chez|em|en|na|di|tại))\s+"
    rf"(?P<n>[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,3}})\W*$"
)
_SIGNED_ROLE = re.compile(
    rf"^\s*[—–-]+\s*[^\n,]{{1,40}},\s+(?:[^\n,@]{{1,40}}?\s+(?:@|(?i:at))|"
    # "– Jonas, Gründer von Quellwerk AI", "— Ana, fundadora de Cafetal Labs"
    r"(?i:[^\n,@]{0,20}?(?:gründer\w*|founder|fundador\w*|fondat\w*|założyciel\w*|"
    r"засновни\w*|ceo|cto|geschäftsführer\w*)\s+(?:von|bei|de|da|do|di|of|w|em|en|na|у|в|chez)))"
    r"\s+"
    rf"(?P<n>[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,3}})\W*$",
    re.MULTILINE,
)

_ABOUT = re.compile(
    r"^(?i:about|sobre|über|à propos de|despre|про|o)\s+(?:(?i:a|o|la|el|le|l'|die|der|das)\s+)?"
    r"(?=[A-ZÀ-ÞА-Я])"
)
# The pins a line of a social post opens with to say where the job is ("📍 Cape Town CBD").
_PLACE_PIN = ("📍", "🌍", "🌎", "🌏", "🗺", "🏠", "🌐")
_CAREERS_AT = re.compile(
    r"^(?:jobs?|careers?|karriere|stellenangebote|vagas|empleos?|emplois?|carrières|"
    r"oferty pracy|praca|kariyer|lowongan|tuyển dụng)\s+(?:at|bei|in|na|no|en|em|chez|w|di|"
    r"tại)\s+",
    re.IGNORECASE,
)
_LINE_AT = re.compile(rf"^(?:at|в|у|w|bei|chez|em|en|na|di|tại)\s+(?=[{CAP}])")


def company_of(post: PostText, title: str, linker: SkillLinker) -> tuple[str, str]:
    """The company's name and the text that says where it is."""
    labelled = labelled_field(COMPANY_LABEL, post.text[:3000])
    if labelled:
        value = clean_line(field_value(labelled.group("v")))
        name = company_name(value, r"\s*[(—–|·,]\s*|\s+-\s+")
        if NOT_A_COMPANY.match(name):  # "Empresa: Confidencial": the employer is kept secret
            return "", value[len(name) :]
        if _DESCRIBED.match(name):  # "Client: a large short-term insurer": kept unnamed
            return "", value
        return name, value[len(name) :]
    # A board's "Posted by:" line names the employer where it names a firm by its legal form
    # ("Posted by: Brightnest Home Goods LLC · Verified employer"); a person posts there too.
    posted = labelled_field(_POSTED_BY, post.text[:3000])
    if posted:
        name = company_name(clean_line(field_value(posted.group("v"))), r"\s*[(—–|·,]\s*|\s+-\s+")
        if LEGAL_FORM_ANYWHERE.search(name) and company_like(name, linker):
            return name, ""
    # "Backend Engineer @ Lindqvist", "Data Engineer at Quillmark"
    at_name = re.search(r"\s(?:@|at|bei|chez|presso)\s+([^()@]+?)\s*$", title)
    if (at_name and company_like(at_name.group(1), linker)
            and pattern("role").search(fold(title[: at_name.start()]))):  # fmt: skip
        return at_name.group(1), ""
    client = named_client(post.text, linker)
    if client:
        return client, ""
    closing = post.own_text[-600:]
    signed = _SIGNED_TEAM.search(closing) or _SIGNED_ROLE.search(closing)
    if signed and company_like(signed.group("n"), linker):
        return signed.group("n"), ""
    headline = author_headline(post)
    employer = HEADLINE.match(headline) if headline else None
    # A recruiter's headline names the agency when they write for a client they keep unnamed.
    for_client = for_unnamed_client(post.text[:800])
    if employer and company_like(employer.group("n"), linker) and not for_client:
        return employer.group("n"), ""  # the author hires for their own employer
    sender = _sender_employer(post.own_text, linker)
    if sender:
        return sender, ""
    joined = [_HELLO_FROM.sub("", x) for x in joined_head(post)]
    author = _author_lines(joined, headline)
    at = next((i for i, line in enumerate(joined) if _is_title_line(line, title)), 0)
    # A job board puts the company next to the title: the lines below it first, then those
    # above it nearest first (a menu pasted above the title is the farthest).
    lines = [
        line for line in [*joined[at:], *reversed(joined[:at])]
        if not _is_title_line(line, title)
        and not GREETING.match(line)
        and not SUBJECT.match(line)
        and not line.lstrip().startswith(_PLACE_PIN)
        and line not in author
        and not _announces(line)
    ]
    # Surest first: a bold name, a sentence saying what the company does, a name before a
    # separator ("Acme · Berlin"), a bare line.
    for strength in (2, 1, 0):
        # Below a bold or legally formed name, a job board's card: the name under the title.
        card = "" if strength != 1 or for_client else _card_company(post, title)
        if card:
            return card, ""
        if strength == 0:
            subject = company_subject(post, linker)
            if subject:
                return subject, ""
            # A recruiter hiring for a client they do not name, and naming no employer above:
            # the recruiter is not the employer.
            if for_client:
                return "", ""
        for line in lines:
            bold = re.match(r"\s*(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)", line)
            parts = re.split(r"\s*[·|•,]\s*|\s+[—–]\s+|\s+-\s+|\s*\(", clean_line(line), maxsplit=1)
            # A name with its legal form ("Stadtwerke Lahntal GmbH") is as sure as a bold one.
            legal = LEGAL_FORM_ANYWHERE.search(parts[0])
            if (2 if bold or legal else 1 if len(parts) > 1 else 0) != strength:
                continue
            name = bold.group(1).strip() if bold else parts[0].strip()
            if strength == 1 and _board_category(name, post.text):
                continue
            name = _ABOUT.sub("", name)  # "About Dykstra": the heading of the company section
            name = _LINE_AT.sub("", name)  # "в Трипілля Софт" under the title on DOU
            name = _CAREERS_AT.sub("", name)  # "Jobs bei Alpenkern GmbH": a careers page
            if not BUTTONS.search(name):  # ("Search for Jobs" is a link, not a careers site)
                name = CAREERS_END.sub("", name)
            if looks_like_name(name) and not _names_a_field(name, linker):
                cleaned = clean_line(line)
                return name, cleaned[len(name) :] if cleaned.startswith(name) else cleaned
    for section in post.sections:
        for item in section.items[:3]:
            words = item.text(post.text)
            named = [b.strip() for b in re.findall(r"\*\*([^*]{2,60})\*\*", words)]
            # "**Team** | Fleet Platform", "**Where:**": a field's label, not a name
            named = [
                b
                for b in named
                if not b.endswith(":") and not re.search(rf"\*\*{re.escape(b)}\*\*\s*[|:]", words)
            ]
            if named and looks_like_name(named[0]):
                return named[0], words
    # after a hyphen, a team ("Data Engineer - Payments") unless the post names it again
    after_dash = re.search(r"\s(?:[—–|@·]|-)\s+([^()]+?)\s*$", title)
    if after_dash and after_dash.group(0).lstrip()[:1] in "-–—":
        # "Data Engineer - Payments", "Data Engineer – Logistikdaten" name a team unless the post
        # names them again; after a long dash, a name of several words ("— Kyivstar Analytics")
        # or with its legal form ("– PT Kopi Awan Nusantara") is the company.
        team = after_dash.group(1)
        named_again = len(re.findall(rf"(?<!\w){re.escape(team)}", post.text)) >= 2
        long_dash = after_dash.group(0).lstrip()[:1] != "-"
        company = bool(LEGAL_FORM_ANYWHERE.search(team) or LEGAL_FORM_START.match(team))
        after_dash = after_dash if named_again or (long_dash and (
            company or len(team.split()) >= 2)) else None
    if after_dash:
        name = after_dash.group(1).strip()
        if (looks_like_name(name) and place_of(name) == (None, None)
                and not linker.literal.hits(name)):
            return name, ""
    about = next((s for s in post.sections if s.kind is SectionKind.ABOUT and s.heading), None)
    if about is not None:
        name = re.sub(r"^(?:about|sobre|o|про|despre|à propos de|über)\s+", "", about.heading)
        if name != about.heading and looks_like_name(name):
            return name, ""
    return company_in_prose(post, linker)


# Words in the name of a firm that recruits for others ("Grafton Recruitment", "Pinewood
# Staffing", "Nordpersonal", "Talentor", "Resurse Umane Plus").
STAFFING = re.compile(
    r"recruit|staffing|talent|headhunt|personnel|personal(?:beratung|service|dienst)?|rekrut|"
    r"recrut|reclut|\bhr\b|human resources|resurse umane|recursos humanos|manpower|"
    r"executive search|placement|kadrow",
    re.IGNORECASE,
)


def named_client(text: str, linker: SkillLinker) -> str:
    """The client a recruiter names ("bei meinem Kunden, der Alpenfirn Versicherungen AG", "Dla
    naszego Klienta, firmy Nordbud S.A."); "Our client, a Series B fintech in Lisbon" says what
    the client is, not its name; so does one the recruiter names with a verb ("I'm recruiting
    for Bluenose Marine Supply")."""
    for client in _CLIENT.finditer(text[:5000]):
        described = re.match(r"\s+[a-zà-ÿ]", text[client.end() :])
        # (a recruiter writing on behalf of their own agency names no client)
        agency = client.group("behalf") is not None and STAFFING.search(client.group("n"))
        if company_like(client.group("n"), linker) and not described and not agency:
            return client.group("n").strip(" ,")
    for client in _RECRUITING_FOR.finditer(text[:5000]):
        if company_like(client.group("n"), linker) and not STAFFING.search(client.group("n")):
            return client.group("n").strip(" ,")
    return ""


def heads_the_post(name: str, text: str) -> bool:
    """The name is on one of the post's first lines that are no greeting, subject or sender
    ("Consultora Puelche · Capital Federal", "Pusula Yazılım A.Ş." under the title, "En
    Consultora Puelche buscamos ...")."""
    lines = [x.strip() for x in text.strip().split("\n") if x.strip()][:6]
    key = re.compile(rf"(?<!\w){re.escape(fold(name))}(?!\w)")
    return any(key.search(fold(clean_line(line))) for line in lines
               if not (GREETING.match(line) or _HELLO_FROM.match(line) or SUBJECT.match(line)
                       or FORUM_LINE.match(line)))  # fmt: skip


def _sender_employer(text: str, linker: SkillLinker) -> str:
    """The employer the writer names with their own job on the post's first two or last four
    lines ("Привіт! Це Льоня, CTO в Лісток 👋")."""
    lines = [x.strip() for x in text.strip().split("\n") if x.strip()]
    for line in [*map(after_greeting, lines[:2]), *lines[-4:]]:
        match = _SENDER_AT.search(line)
        if match is None:
            continue
        role = match.group("r")
        if ((SENDER_ROLE.search(role) or pattern("role").search(fold(role)))
                and company_like(match.group("n"), linker)):  # fmt: skip
            return match.group("n")
    return ""


def _card_company(post: PostText, title: str) -> str:
    """The employer of a job board's card pasted below its menu: the bare name on the line right
    under the title with more of the card below it (Indeed, Computrabajo, Djinni,
    BrighterMonday, Jobberman), else a name with its legal form among the card's next lines
    ("CÔNG TY CỔ PHẦN ..." under TopCV's pay and place fields). Only where the title stands on
    a line of its own in the page's first lines."""
    if not title:
        return ""
    raw = [x.strip() for x in post.text[:1500].split("\n")]
    lines = ["" if menu_line(x) or NAVIGATION.search(x) else x for x in raw]
    at = next((i for i, line in enumerate(lines) if line and _is_title_line(line, title)), None)
    if at is None:
        return ""
    headings = {fold(s.heading) for s in post.sections if s.heading}
    card = list(takewhile(bool, lines[at + 1 : at + 12]))
    first = clean_line(card[0]) if card else ""
    # "Kestrel Analytics - Remote": the work mode or place a board adds after the name
    named, dash, rest = first.partition(" - ")
    if dash and (TAIL_WORDS.search(rest) or place_of(rest) != (None, None)):
        first = named
    # "Transport" / "Rhenus Road Freight · Duisburg": the title's wrapped end above a name
    # and its place is no name.
    second = clean_line(card[1]) if len(card) >= 2 else ""
    below = re.split(r"\s*[·|•,]\s*|\s+[—–]\s+", second)[0]
    named_below = below != second and looks_like_name(below) and (
        place_of(below) == (None, None)
    )
    if (len(card) >= 2 and not named_below and len(first.split()) <= 6
            and not re.search(r"[\d:|·•,()]", first) and fold(first).strip(" :") not in headings
            and not first.isupper()
            and looks_like_name(first) and place_of(first) == (None, None)):  # fmt: skip
        return first
    # (a line of the card, not a sentence that opens with the name: "Công ty Sen Vàng Tech
    # (fintech, ~150 nhân sự) đang cần tuyển ...")
    for line in (x for x in lines[at + 1 : at + 12] if x and len(x.split()) <= 12):
        name = company_name(clean_line(line), r"\s*[(—–|·,]\s*|\s+-\s+")
        # (counted without the legal form: "CÔNG TY CỔ PHẦN" is four words of nine)
        if (LEGAL_FORM_START.match(name) or LEGAL_FORM_END.search(name)) and (
            len(LEGAL_FORM_START.sub("", name).split()) <= 8 and looks_like_name(name)
        ):
            return name
    return ""


def _author_lines(head: list[str], headline: str | None) -> set[str]:
    """A social post's author: the name line above their headline, and the headline."""
    if headline is None:
        return set()
    # The headline may be the line's first part ("Recruitment Lead at Alon Outsourcing Inc." of
    # "... Inc. | We're hiring!"), or the first line below the head: the author's name is the
    # head's last line then.
    at = next((i for i, line in enumerate(head) if line.startswith(headline)), len(head))
    return {*head[at : at + 1], *head[max(at - 1, 0) : at]}


def _announces(line: str) -> bool:
    """A line that only announces a post, and where ("*LOWONGAN KERJA MEDAN*", "HIRING!")."""
    cleaned = clean_line(line)
    rest = TITLE_PREFIX.sub("", f"{cleaned} ").strip(" !:")
    rest = _URGENT.sub("", rest).strip(" !:")  # "*VACANTE URGENTE*", "LOKER SEGERA"
    return rest != cleaned and (not rest or place_of(rest) != (None, None))


# How an announcement says it is urgent ("VACANTE URGENTE", "Pilnie zatrudnimy", "TUYỂN GẤP").
_URGENT = re.compile(
    r"^(?:urgente?s?|urgently|pilne|pilnie|segera|терміново|срочно|gấp)\b", re.IGNORECASE
)


def company_before_title(title: str, linker: SkillLinker) -> str:
    """The company a title line opens with, before a separator ("Quillmark | Data Engineer",
    "Vela Digitale – Android Developer"): a name that names no role, then one that does."""
    parts = re.split(r"\s+[|–—·]\s+|\s+-\s+", title, maxsplit=1)
    roles = pattern("role")
    if (len(parts) == 2 and roles.search(fold(parts[1])) and not roles.search(fold(parts[0]))
            and company_like(parts[0], linker)):  # fmt: skip
        return parts[0]
    return ""


def company_after_title(title: str, linker: SkillLinker) -> str:
    """The company a title line closes with, after a separator ("Senior Data Engineer – Rappi",
    "Ingeniero/a de Datos Senior – Rappi"): a name that names no role, no work arrangement or
    sector, after words that name one."""
    parts = re.split(r"\s+[|–—·]\s+|\s+-\s+", title)
    if len(parts) != 2:
        return ""
    roles = pattern("role")
    role, name = parts
    # "Backend Engineer – Payments": a team or a field in everyday words, not a company
    everyday = all(w.lower() in common_words() for w in re.findall(r"[^\W\d_]+", name))
    if (roles.search(fold(role)) and not roles.search(fold(name)) and not everyday
            and not TAIL_WORDS.search(name) and company_like(name, linker)):  # fmt: skip
        return name
    return ""


def company_in_tail(tail: str, linker: SkillLinker) -> str:
    """The company after the title's place ("Executive Assistant (Remote, Philippines) -
    Harbourline Property Group")."""
    parts = [p.strip(" ().,-–—|·") for p in re.split(r"\s+[—–|·-]\s+|\)\s*", tail)]
    named = [p for p in parts if p and not TAIL_WORDS.search(p) and company_like(p, linker)]
    return named[-1] if named else ""


def _is_title_line(line: str, title: str) -> bool:
    # (in any case: a heading in capitals holds the title a field writes in lower case)
    cleaned = fold(GENDER_MARK.sub("", TITLE_PREFIX.sub("", clean_line(line))))
    return cleaned == fold(title) or (bool(title) and cleaned.startswith(fold(title)))


def _board_category(name: str, text: str) -> bool:
    """A remote board's category before the job's type and age ("Development · Full-time ·
    Posted 3 days ago"): one everyday word that the post names nowhere else, where a company
    before a separator ("Amazon · Seattle") is named again in its story."""
    return (
        " " not in name
        and name.lower() in common_words()
        and len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) == 1
    )


def _names_a_field(name: str, linker: SkillLinker) -> bool:
    """A board's category line ("Data Science / Analytics", "IT / Software Development"): its
    words are mostly skills, joined by a slash."""
    letters = len(re.sub(r"\W", "", name))
    covered = sum(len(re.sub(r"\W", "", name[h.start : h.end])) for h in linker.literal.hits(name))
    return "/" in name and covered * 2 >= letters
