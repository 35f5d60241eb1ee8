"""Whether words are a company's name ("Banco do Brasil", "Stadtwerke Lahntal GmbH"), not a
place, a skill, a greeting, a field's label, a contract or a date; and a name completed with the
legal form or the words the post writes after it.
"""

from __future__ import annotations

import re
from collections import Counter

from worldhire.ingest.lexicon.companies import LEGAL_FORM, LEGAL_FORM_BEFORE, LEGAL_FORM_END
from worldhire.ingest.lexicon.contracts import CONTRACTS
from worldhire.ingest.lexicon.dates import MONTHS
from worldhire.ingest.lexicon.post_field_labels import FIELD_LABELS
from worldhire.ingest.posts.headings import known_heading
from worldhire.ingest.posts.page import BUTTONS, CAP, GREETING, SUBJECT
from worldhire.ingest.posts.places import countries_in, place_of
from worldhire.ingest.posts.words import pattern
from worldhire.ingest.shared.folded_text import fold
from worldhire.ingest.shared.geo import resolve_place
from worldhire.skills.linker import SkillLinker

# Job boards and networks a post is seen on: never the employer, and their name heading a
# pasted page is the board's logo, never the job's title.
_JOB_BOARDS = (
    r"linkedin|djinni|dou|indeed|glassdoor|naukri|gupy|"
    r"wellfound|stepstone|infojobs|computrabajo|bumeran|elempleo(?:\.com)?|tecnoempleo(?:\.com)?|"
    r"pracuj(?:\.pl)?|justjoin(?:\.it)?|nofluffjobs|work\.ua|robota\.ua|xing|monster|jobstreet|"
    r"glints|kalibrr|vietnamworks|topcv|itviec|catho|ejobs|bestjobs|kariyer(?:\.net)?|apec|"
    r"welcome to the jungle|otta|jobberman|brightermonday"
)
JOB_BOARD = re.compile(rf"^(?:{_JOB_BOARDS})$", re.IGNORECASE)

# Words that say how or where one works, never a company ("Remote", "Full-time").
NOT_A_COMPANY = re.compile(
    r"^(?:remote|hybrid|on-?site|onsite|full[- ]time|part[- ]time|contract|freelance|apply|"
    r"apply for this job|posted .*|fintech|startup|remoto|híbrido|hibrido|zdalnie|remote - .*|"
    r"engineering|product|sales|marketing|operations|finance|design|research|data|it|"
    r"we|i|ich|wir|nous|je|eu|yo|ja|я|ми|мы|my|noi|tôi|kami|kita|saya|our|the|this|you|"
    r"nosotros|nós|reenviado|"
    # the reader, addressed with a capital out of politeness ("trafiłam na Twój profil", "на
    # Ваш профіль", "auf Ihr Profil")
    r"twój|twoja|twoje|twojego|twoim|ciebie|tobą|ваш|ваша|ваше|вас|вам|ihr|ihre|ihnen|"
    r"dumneavoastră|dvs\.?|"
    r"we're|we've|we'll|i'm|i've|you're|you'll|let's|here's|it's|"
    r"forwarded|forwarded message|encaminhada|weitergeleitet|przekazana|переслано|"
    # where the post was seen or is answered, never who hires
    # (LinkedIn's message chrome in the reader's language: "Wiadomość InMail", "InMail message")
    r"(?:[^\W\d]+\s+)?inmail(?:\s+[^\W\d]+)?|sponsored|promoted|github|whatsapp|telegram|"
    rf"{_JOB_BOARDS}|"
    # work modes in the other languages ("Віддалено · Київ")
    r"віддалено|дистанційно|гібрид|praca zdalna|zdalna|hybrydowo|teletrabajo|teletrabalho|"
    r"télétravail|homeoffice|home office|uzaktan|hibrit|từ xa|jarak jauh|wfh|wfo|la distanță|"
    r"ibrido|smart working|удаленно|удаленная работа|presencial|presencialmente|efetivo|clt|pj|"
    # a board's flags before a title ("URGENT | Data Engineer", "New – QA Tester")
    r"urgent|urgente|new|nuevo|nova|hot|asap|featured|promoted|destacado|destaque|pilne|"
    # a notice's name for itself over the vacancy ("VACANCY ANNOUNCEMENT", "JOB ADVERTISEMENT",
    # "Avis de recrutement", "Ogłoszenie o pracę"): what the page is, never who hires
    r"(?:(?:internal|external|job|jobs|vacancy|vacancies|employment|recruitment|career|"
    r"position)\s+)+(?:announcement|advertisement|advert|notice|opening|openings|opportunity|"
    r"opportunities|alert)|avis de (?:recrutement|vacance(?: de poste)?)|offre d'emploi|"
    r"(?:oferta|anuncio|aviso) de (?:empleo|trabajo|emprego|vacante)|oferta laboral|"
    r"convocatoria|ogłoszenie(?: o pracę)?|oferta pracy|stellenanzeige|stellenausschreibung|"
    r"anun[țţt](?: de)? angajare|offerta di lavoro|annuncio di lavoro|thông báo tuyển dụng|"
    r"pengumuman(?: lowongan(?: kerja)?)?|lowongan kerja|iş ilanı|оголошення(?: про вакансію)?|"
    # an employer the post keeps secret ("Empresa: Confidencial")
    r"confidential|confidencial|confidenziale|confidentiel|vertraulich|poufne)$",
    re.IGNORECASE,
)

# "у команду ТОВ «Сигма Віжн»", "ООО «Северный Лён»": a legal form before a name in quotes.
QUOTED_LEGAL_NAME = re.compile(rf"{LEGAL_FORM_BEFORE}[ \t]+[«„“\"][^»“”\"\n]{{2,60}}[»“”\"]")
LEGAL_FORM_ANYWHERE = re.compile(rf"(?<!\w){LEGAL_FORM}(?!\w)")

# Legal forms a company's name opens with ("Công ty Cổ phần ...", "PT Cendana", "ТОВ ...").
LEGAL_FORM_START = re.compile(rf"^{LEGAL_FORM_BEFORE}\s+(?=\S)")


def company_name(value: str, separators: str) -> str:
    """The name a "Company:" value opens with, before the place or note the separators start;
    a legal form in brackets stays ("Marula Retail Group (Pty) Ltd")."""
    legal = re.match(r"[^()]+\((?:pty|pvt|private)\)\s*(?:ltd|limited)\.?", value, re.I)
    return legal.group(0) if legal else re.split(separators, value, maxsplit=1)[0].strip()


def as_written_elsewhere(name: str, text: str) -> str:
    """A name of several words in capitals ("ST. KIZITO HIGH SCHOOL" heading a notice) as the
    post writes it in mixed case elsewhere ("St. Kizito High School is a ..."); else as given."""
    letters = [c for c in name if c.isalpha()]
    if len(name.split()) < 2 or not letters or any(c.islower() for c in letters):
        return name
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
        if any(c.islower() for c in found.group(0)):
            return found.group(0)
    return name


def with_legal_form(name: str, text: str) -> str:
    """A name with the legal form the post writes after it, where a sentence's stop cut it
    ("Kodrex Sp" of "Jesteśmy Kodrex Sp. z o.o. – krakowskim software housem"), or the name in
    quotes after a legal form read alone ("ТОВ" of "в ТОВ «Агро Світ»")."""
    if re.fullmatch(LEGAL_FORM_BEFORE, name):
        quoted = QUOTED_LEGAL_NAME.search(text)
        return quoted.group(0) if quoted and quoted.group(0).startswith(name) else name
    words = name.split()
    if len(words) < 2:
        return name
    base = " ".join(words[:-1]) if re.fullmatch(r"[A-Za-z]{1,4}", words[-1]) else name
    found = re.search(rf"(?<!\w){re.escape(base)},?[ \t]+{LEGAL_FORM}(?!\w)", text)
    # (the cut name is where the full one starts: "Quellwerk AI" is no "Quellwerk AG")
    fuller = found.group(0) if found else ""
    return fuller if len(fuller) > len(name) and fuller.startswith(name) else name


def fuller_name(name: str, text: str, linker: SkillLinker) -> str:
    """A one-word name the post writes in full more than once ("About Dykstra" beside
    "Careers at Dykstra Mobility" and "Dykstra Mobility is an equal opportunity employer"), or
    once on a line of its own (a board's card: "Zawadi Capital" over the title, "At Zawadi we
    lend ..."), else as the post's first lines write it in full; never a product the post
    names after its maker ("Google Cloud Platform" of "Google")."""
    fuller = _fuller_name(name, text)
    product = any(h.start == 0 and h.end == len(fuller) for h in linker.literal.hits(fuller))
    return name if fuller != name and product else fuller


def _fuller_name(name: str, text: str) -> str:
    if not name:
        return name
    if " " in name:
        return _named_in_full(name, text)
    fuller = Counter(
        m.group(0) for m in re.finditer(rf"(?<![\w]){re.escape(name)}\s+[{CAP}][\w&'-]+", text)
    )
    best = fuller.most_common(1)
    if best and best[0][1] >= 2 and looks_like_name(best[0][0]):
        return best[0][0]
    alone = re.search(rf"^[ \t]*({re.escape(name)}[ \t]+([{CAP}][\w&'-]+))[ \t]*$", text, re.M)
    # (a firm's arm in a country or region is named after it: "Paylane Africa")
    if alone and (looks_like_name(alone.group(1)) or countries_in(alone.group(2))):
        return alone.group(1)
    return _named_in_full(name, text)


# "Kestrel Finance Careers", "Alpenkern Jobs": a careers site's own header, named after the firm
CAREERS_END = re.compile(r"\s+(?:careers?|jobs|karriere|carreiras|carreras)$", re.IGNORECASE)

# Where a name ends on a post's line: a separator, the line's end, or a word in lower case.
_NAME_ENDS = r"(?=[ \t]*(?:[·|,(—–]|-[ \t]|$)|[ \t]+[a-zà-ÿ])"


def _named_in_full(name: str, text: str) -> str:
    """The company's name as the post's first lines write it in full, where the story names it
    short: after a legal form ("PT Rajawali Karya Digital" in the title line, "Rajawali Karya"
    below), or with more capitalised words or a legal form after it ("Kilima Ledger Systems" on
    the card line, "Kirana Cloud Technologies Pvt. Ltd.")."""
    head = "\n".join([x for x in text.strip().split("\n") if x.strip()][:6])
    short = re.escape(name)
    after_form = re.search(
        rf"(?<!\w){LEGAL_FORM_BEFORE}(?:[ \t]+[^\s·|,()]+){{0,6}}?[ \t]+{short}"
        rf"(?:[ \t]+[{CAP}][\w&'-]*){{0,2}}{_NAME_ENDS}", head, re.M)  # fmt: skip
    # (a bare "Công ty" is the word "company" before a name, no part of it: "Công ty Sen Vàng
    # Tech đang cần tuyển ...")
    bare = after_form and re.match(r"(?i:c[oô]ng ty)[ \t]+(?!c[oổ] phần|tnhh|cp\b)", after_form[0])
    if after_form and not bare and looks_like_name(after_form.group(0)):
        return after_form.group(0)
    longer = re.search(
        rf"(?<!\w){short}(?P<more>(?:[ \t]+[{CAP}][\w&'-]*){{1,2}})(?:,?[ \t]+{LEGAL_FORM})?"
        rf"{_NAME_ENDS}", head, re.M)  # fmt: skip
    if longer and CAREERS_END.search(longer[0]):
        return name
    if longer and (looks_like_name(longer.group(0)) or countries_in(longer.group("more"))):
        return longer.group(0)
    return name


def company_like(name: str, linker: SkillLinker) -> bool:
    """A name that is no place and no skill ("en DevOps" names a field, not a company; "Kopernik
    Robotics" and "Tidewater AI" only hold one)."""
    named = len(re.sub(r"\W", "", name))
    skill = max((len(re.sub(r"\W", "", name[h.start : h.end])) for h in linker.literal.hits(name)),
                default=0)  # fmt: skip
    return (looks_like_name(name.rstrip(".,")) and place_of(name) == (None, None)
            and skill < named)  # fmt: skip


def looks_like_name(name: str) -> bool:
    if LEGAL_FORM_START.match(name) and len(name.split()) >= 3:
        rest = LEGAL_FORM_START.sub("", name)
        # (Thai has no capitals: "บริษัท สยามแพ็ค จำกัด" is a name by its legal forms alone)
        uncased = rest[:1].isalpha() and rest[:1].upper() == rest[:1].lower()
        return (looks_like_name(rest) or name.split()[-1][:1].isupper()
                or (uncased and bool(LEGAL_FORM_ANYWHERE.search(rest))))
    words = name.split()
    # Every longer word of a name is capitalised ("Banco do Brasil", "Bursztyn Data sp. z
    # o.o."): "Buenas gente" opens a message.
    lower = [w for w in LEGAL_FORM_ANYWHERE.sub(" ", name).split()
             if len(w) >= 4 and w[:1].islower()]
    # (a legal form of three words, "S.A. de C.V.", makes no name longer)
    bare = LEGAL_FORM_ANYWHERE.sub(" ", name).split()
    return (
        bool(words) and len(bare) <= 7 and (name[:1].isupper() or name[:1].isdigit())
        and sum(c.isalpha() for c in name) >= 2 and not lower
        # A name of several words ends with a word with a capital ("Banco do Brasil", "Brandt
        # & Partner mbB"); "About the job", "Apply in minutes" are a page's words.
        and (len(bare) == 1 or not bare[-1].islower())
        and (len(words) == 1 or resolve_place(name) is None)
        and not pattern("role").search(fold(name)) and not name.endswith(":")
        and countries_in(name) == [] and not NOT_A_COMPANY.match(name)
        and (len(words) > 1 or place_of(name) == (None, None))
        and not GREETING.match(name) and not SUBJECT.match(name)
        and (not re.search(r"[.!?]$", name) or bool(LEGAL_FORM_END.search(name)))
        # "Exp: 4-7 yrs", "R$ 14.000 a R$ 18.000/mês": a field or an amount, not a name
        # (digits glued to a word are the name's: "Kobo360 Pay", "Deel360")
        and ":" not in name and not re.search(r"(?<![^\W\d_])\d[\d.,\s]{3,}|[$€£₹]", name)
        and not BUTTONS.search(name)
        # "Position – Site Reliability Engineer", "Lieu – Dakar": a field's label
        and fold(name) not in _FIELD_WORDS
        and not _REACH.match(name)
        and not _NO_EMPLOYER.match(fold(name))
        and known_heading(fold(name)) is None
        and (not PLACE_KIND.search(fold(name)) or bool(LEGAL_FORM_ANYWHERE.search(name)))
        and not _POSTAL_ADDRESS.match(fold(name))
    )


# A postal address under an employer's name in an African or South Asian advert ("P.O. Box 7110,
# Kampala", "Private Bag X12", "PMB 1024"): where to write, not who.
_POSTAL_ADDRESS = re.compile(r"(?:p\.?\s?o\.?\s?box|post box|private bag|pmb)\b")


# Words naming a kind of place where firms sit ("Zone Franche ...", "Katunayake Export Processing
# Zone", "Parque Industrial Norte", "Kawasan Industri Jababeka"): the workplace under a title,
# not its employer, unless a legal form makes it a firm's name.
PLACE_KIND = re.compile(
    r"\b(?:zone franche|zona franca|free (?:trade )?zone|(?:export processing|special economic|"
    r"economic|industrial) zone|zone (?:industrielle|d'activites|logistique)|zona industrial|"
    r"parc (?:industriel|d'activites|technologique)|parque (?:industrial|tecnologico)|"
    r"industrial (?:area|estate|park)|business park|tech ?park|technopark|science park|"
    r"kawasan industri|khu cong nghiep|khu che xuat|organize sanayi|"
    r"specjalna strefa ekonomiczna|strefa ekonomiczna)\b"
)


# What a post's chips and lines say beside the employer, never its name: the contract ("CDI",
# "B2B", "PJ"), a date ("Dec 2", "12 março"), a funding stage ("Series A").
_NO_EMPLOYER = re.compile(
    r"^(?:" + "|".join(sorted({re.escape(fold(c)) for c in CONTRACTS}, key=len, reverse=True))
    + r"|(?:" + "|".join(sorted({re.escape(fold(m)) for ms in MONTHS.values() for m in ms},
                                key=len, reverse=True))
    + r")\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:de\s+)?(?:"
    + "|".join(sorted({re.escape(fold(m)) for ms in MONTHS.values() for m in ms},
                      key=len, reverse=True))
    + r")\.?|series [a-h]|pre-?seed|seed(?: stage| round)?)$"
)


# Where a job may be done from, as boards print it below the title ("Worldwide", "Anywhere in
# the World", "Remoto"): no employer's name.
_REACH = re.compile(
    r"^\W*(?:worldwide|world ?wide|anywhere(?: in the world)?|global(?:ly)?|international|"
    r"remote|remoto|remota|remote-first|en cualquier lugar|mundo|em qualquer lugar|"
    r"на весь світ|di mana saja)\W*$",
    re.IGNORECASE,
)


_FIELD_WORDS = frozenset(fold(label) for label in FIELD_LABELS)
