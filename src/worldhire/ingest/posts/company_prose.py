"""The company a post's sentences name: the one a sentence opens with ("Savanna Health Data
is a small team", "Tidewater AI is hiring", "At Quillmark, we ..."), the one a hiring
sentence names ("we're hiring at Driftwood"), an apposition ("Kobo Ledger, a fintech"), a
name with its legal form; else the one under an e-mail's sign-off, on its closing lines, or
spelt by its e-mail or web address.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from worldhire.ingest.lexicon.companies import LEGAL_FORM, LEGAL_FORM_BEFORE
from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.company_names import (
    LEGAL_FORM_ANYWHERE,
    LEGAL_FORM_START,
    QUOTED_LEGAL_NAME,
    company_like,
    looks_like_name,
)
from worldhire.ingest.posts.hiring import HIRING, SEEKS
from worldhire.ingest.posts.page import CAP, GREETING, TAGS, URL
from worldhire.ingest.posts.text import SIGN_OFF, PostText
from worldhire.ingest.posts.words import pattern
from worldhire.ingest.shared.folded_text import fold
from worldhire.skills.linker import SkillLinker

# "we're hiring ... at Driftwood", "En Cafetal Labs buscamos", "Шукаємо ... у команду Ягідка
# Маркет": the company in a hiring sentence.
_AT_COMPANY = re.compile(
    r"(?:^|\s)(?i:at|en|em|na|no|chez|bei|di|tại|firma|spółka|компанія|compania|empresa|"
    r"la société|das unternehmen|w|we|в|у|kami dari|dari|công ty|para|à|"
    r"(?:у|в) команду|до команди)\s+"
    rf"(?P<n>(?:PT\s+)?[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,3}})"
)
# "Naranjo Analytics, una empresa valenciana de ...", "Kobo Ledger, a fintech": a name and
# the apposition that says it is a company.
_APPOSITION = re.compile(
    rf"(?:\b(?:A|O|La|El|Le|Die|Der|Das|The)\s+)?"
    rf"(?P<n>[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,3}}),\s+(?i:(?:una?|a|an|the|uma?|"
    # "Quillmark, a legaltech startup", "Vela, a small Lisbon-based company"
    r"une?|eine?|o|la|el)\s+)?(?:[\w-]+\s+){0,2}?(?i:empresa|company|startup|start-up|"
    r"scale-?up|firm|fintech|"
    r"compañía|companhia|entreprise|société|unternehmen|firma|spółka|компанія|perusahaan|"
    r"công ty|agency|agencia|agência|seguradora|aseguradora|consultora|consultancy)\b"
)

# "... to help build Fennel Bio's protein design platform", "Quaylight's engineering team": the
# name whose platform, team or customers the post speaks of.
_OWNS = re.compile(
    rf"(?<![\w'])(?P<n>[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,2}})['’]s\s+"
    r"(?:[\w-]+\s+){0,3}(?i:platform|team|product|app|mission|customers|clients|engineering|"
    r"offices?|headquarters)\b"
)
# A founder naming their business in a forum post: "I run a tiny data shop called Oddbird Data",
# "we're a 6-person studio named Moonmoth", "We are a small accounting software startup
# (Ledgerleaf)": the name alone in the brackets.
_CALLED = re.compile(
    r"(?i:\b(?:company|shop|studio|startup|start-up|agency|business|firm|consultancy|store|"
    r"brand|app|product|empresa|estudio|agencia|agência)"
    r"(?:\s+(?:called|named|llamad[ao]|chamad[ao])\s+|\s*(?P<b>\()))"
    rf"(?P<n>[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,3}})(?(b)\))"
)

# Lower-case words inside a company's name ("Transportes y Almacenes del Bravo").
_JOINING = r"(?:y|e|i|și|si|and|&|de|del|da|do|dos|das|di|du|des|van|von)"
# A name with its legal form anywhere in the post ("..., Donau Energie Vertrieb GmbH.").
_LEGAL_NAME = re.compile(
    # "A Tucano Seguros Ltda.": the Portuguese article is no part of the name, nor is "At" in
    # "At Tidewater Labs Pte. Ltd. we build ..."
    # ("Da Vinci Labs Ltd.", "Di Marco S.r.l." keep theirs)
    r"(?:(?<![\w-])(?:A|O|At|En|Em|Bei|Chez|Desde|W|У|В)[ \t]+)?"
    # a form before the name too: "PT Samudra Kargo Nusantara Tbk", "S.C. Dacia Trans S.R.L."
    rf"(?P<n>(?:{LEGAL_FORM_BEFORE}[ \t]+)?[{CAP}][\w&'-]*"
    rf"(?:[ \t]+(?:[{CAP}][\w&'-]*|{_JOINING})){{0,5}}"
    # "Naranjal Visión Artificial, S.L.", "Transportes y Almacenes del Bravo, S.A. de C.V."
    rf",?[ \t]+{LEGAL_FORM})(?!\w)"
)

# The nouns of the hiring process ("ce recrutement", "proceso de reclutamiento"), not the
# recruiter's ("I'm a recruiter at Brightpath Talent" names the agency).
_RECRUITING = re.compile(
    r"\b(?:recrutement|recruitment|reclutamiento|recrutamento|rekrutacj\w+|recrutare)\b",
    re.IGNORECASE,
)

# A sentence that opens with the company and says what it does ("Savanna Health Data is a small
# team in Nairobi", "Quillbury is the marketplace where ...").
_COMPANY_SUBJECT = re.compile(
    # a story may open with when it starts ("Three years ago, Soko Hub started as ...")
    r"(?:(?i:(?:\w+\s+(?:years?|months?)\s+ago|(?:back\s+)?in\s+\d{4}|since\s+\d{4})),\s+)?"
    r"[*_]*(?:(?:A|O|La|El|Le|L'|Die|Der|Das|The)\s+)?"
    # (in any alphabet's capitals: "Хмарник — український продукт", "Łódzka Fabryka ...")
    rf"(?P<n>[{CAP}0-9][\w&+.'-]*(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}})[*_]*,?"
    r"(?:\s*\([^()]{1,30}\))?\s+"
    r"(?:is (?:a|an|the|looking|hiring|seeking)|are (?:a|an|the)|builds|helps|makes|develops|"
    r"provides|runs|processes|turns|lets|plans|automates|offers|connects|powers|sells|designs|"
    r"creates|operates|"
    r"es (?:una?|la|el)|é (?:uma?|a|o)|est (?:une?|la|le)|ist (?:eine?|der|die|das)|"
    r"jest|to|є|este (?:o|un)|diseña|desarrolla|ajuda|aide|entwickelt|baut|buduje|betreibt|"
    r"bietet|hilft|verbindet|optimise|optimizes|optimises|optimiza|otimiza|construye|constrói|"
    r"conçoit|supplies|serves|started as|began as|started out as|was founded|"
    r"tworzy|là|adalah|merupakan|olarak|"
    # a dash for "is", then what it is in lower case: "Хмарник — український продукт для ...",
    # "Quarkon – polski software house", "Vela — a small studio"
    r"[—–]\s+(?:це\s+|это\s+|to\s+)?(?=[a-zà-ÿа-яёіїєґąćęłńóśźż]))\b"
)

# The company a hiring sentence opens with ("Tidewater AI is hiring a ...", "A Jabuticaba Tech
# está contratando ...", "Компанія Смерека Софт шукає ...").
# "En Pampa Data buscamos ...", "At Vessel we're hiring", "Bei Alpenkern suchen wir", "W Bałtyk IT
# szukamy": the place one would work at, then the team hiring.
_WE_HIRE_AT = re.compile(
    rf"^[^\w]*(?i:en|at|na|no|em|w|bei|chez|di|la)\s+"
    rf"(?P<n>[{CAP}0-9][\w&+.'-]*(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}})\s*,?\s+"
    # "La Nord Pixel Studio din Cluj căutăm": where the company is, before the verb
    rf"(?:(?i:din|de|from|in|z|aus|em|en|из|з)\s+[{CAP}][\w'-]*\s*,?\s+)?"
    r"(?i:buscamos|estamos buscando|estamos contratando|procuramos|we(?:'re| are) hiring|"
    r"we(?:'re| are) looking|szukamy|poszukujemy|suchen wir|recrutons|recherchons|nous recrutons|"
    r"căutăm|kami mencari|kami sedang mencari|шукаємо)\b"
)
# "At Quillmark, we help notaries ...", "We are Quillmark, a legaltech startup": the company the
# team names as itself.
_WE_ARE = re.compile(
    rf"^[^\w]*(?:(?i:at|en|em|na|bei|chez|presso|w)\s+"
    rf"(?P<n>[{CAP}0-9][\w&+.'-]*(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}}),?\s+"
    r"(?i:we|nosotros|nós|wir|nous|noi|my|ми|мы)\b|"
    # "W Zielona Dolina Tech budujemy ...", "En Pampa Data desarrollamos ...": a verb of "we"
    rf"(?i:en|em|na|w|we)\s+(?P<k>[{CAP}0-9][\w&+.'-]*(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}})\s+"
    r"(?=[a-ząćęłńóśźż]+"
    r"(?:emy|imy|amy|ymy|amos|emos|imos)\b)|"
    r"(?i:we are|we're|somos|wir sind|nous sommes|siamo|jesteśmy|ми|мы)\s+"
    # ("WE'RE HIRING!!!" in capitals says what they do, not who they are)
    r"(?!(?i:hiring|recruiting|looking|contratando|recrutando)\b)"
    rf"(?P<m>[{CAP}0-9][\w&+.'-]*(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}})\s*(?:[,.!(]|\s[-–—]|"
    # "Jesteśmy Sowa Systems z Wrocławia": the name, then where it is from
    rf"\s+(?i:from|z|ze|de|da|do|aus|din|из|з|зі|dari)\s+(?=[{CAP}])))"
)
_JOIN_AS = re.compile(
    rf"^[^\w]*(?i:join|únete a|junte-se à|junta-te à|rejoignez|dołącz do|unisciti a)\s+"
    rf"(?P<n>[{CAP}0-9][\w&+.'-]*(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}})\s+"
    r"(?i:as|como|comme|jako|come)\b"
)
# "Join the team at Safiri Pay and lead ...": the company one is asked to join.
_JOIN_AT = re.compile(
    rf"^[^\w]*(?i:join (?:the|our) (?:\w+\s+)?team at|join us at|come work at|work with us at)\s+"
    rf"(?P<n>[{CAP}0-9][\w&+.'-]*(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}})"
)
_HIRING_SUBJECT = re.compile(
    rf"^[^\w]*(?:(?i:a|o|la|el|the|die|der|das|компанія|компания|firma|spółka|công ty)\s+)?"
    rf"(?P<n>(?:PT\s+)?[{CAP}0-9][\w&+.'-]*(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}})"
    # "Quillmark (legaltech, Leeds) is looking for ...": what the brackets say of it; a
    # messenger's bold ends after the name ("*Transportes Maguey* (paquetería) busca")
    r"[*_]*(?:\s*\([^()]{1,60}\))?\s+"
    r"(?i:is hiring|is looking for|is recruiting|is seeking|are hiring|está contratando|"
    r"tá contratando|ta contratando|"
    r"está a recrutar|contrata|busca|procura|шукає|szuka|sucht|recrute|caută|mencari|"
    r"sedang mencari|membuka lowongan|đang tuyển|tuyển|ищет|poszukuje|zatrudni|"
    # Italian "cerca" only before an article: Spanish "cerca de" is "near"
    r"(?:ri)?cerca(?=\s+(?:un|una|uno|un')\b))\b"
)


# The greeting a sentence opens with, up to its comma ("Hi freelancers, ", "Hello all, ").
_GREETED = re.compile(r"^[^,.!?]{1,40},\s+")


def company_subject(post: PostText, linker: SkillLinker) -> str:
    """The name the first sentence, or the company section's, opens with when it says what the
    company does ("Savanna Health Data is a small team", "Quillbury is the marketplace")."""
    about = [s.items[0] for s in post.sections if s.kind is SectionKind.ABOUT and s.items]
    for item in [*post.items()[:1], *about[:1]]:
        subject = _COMPANY_SUBJECT.match(item.text(post.text))
        if subject and looks_like_name(subject.group("n")):
            return subject.group("n")
    openings = [line for _, line in post.head] + [i.text(post.text) for i in post.items()[:4]]
    # A greeting may open the line ("Oii pessoal! A Cajú Tecnologia tá contratando ...", "Hi
    # freelancers, we are Kookaburra Cover, ..."); a line of its own ends a sentence too
    # ("Descripción" / "En Quetzalia procesamos pagos ...").
    sentences = [
        _GREETED.sub("", s) if GREETING.match(s) else s
        for line in openings for s in re.split(r"(?<=[.!?])\s+|\n", line)
    ]  # fmt: skip
    for sentence in sentences:
        found = (_HIRING_SUBJECT.match(sentence) or _WE_HIRE_AT.match(sentence)
                 or _JOIN_AS.match(sentence) or _WE_ARE.match(sentence)
                 or _JOIN_AT.match(sentence))  # fmt: skip
        named = found.groupdict() if found else {}
        name = named.get("n") or named.get("m") or named.get("k") or ""
        if name and looks_like_name(name) and len(name) >= 3 and company_like(name, linker):
            return name
    return ""


def company_in_prose(post: PostText, linker: SkillLinker) -> tuple[str, str]:
    """A name the first sentence (or the company section's) opens with ("Atlas Nearshore, ESN
    basée à Casablanca, recrute..."), when the text names it again or its e-mail domain spells
    it; else the company the opening hiring sentence names ("we're hiring a frontend eng at
    Driftwood", "Firma Bursztyn Finanse z Gdańska szuka"), the client a recruiter recruits for
    ("bei meinem Kunden, der Alpenfirn Versicherungen AG"), or a name with its legal form
    ("..., Donau Energie Vertrieb GmbH.")."""
    candidates = []
    about = [s.items[0] for s in post.sections if s.kind is SectionKind.ABOUT and s.items]
    for item in [*post.items()[:1], *about[:1]]:
        sentence = item.text(post.text)
        start = re.match(r"[*_]*((?:[A-Z0-9][\w&+.'-]*)(?:\s+[A-Z0-9][\w&+.'-]*){0,3})", sentence)
        # "Công ty Cổ phần ... Sao Khuê": a legal form in lower case cuts the capitals short
        legal = LEGAL_FORM_START.match(sentence)
        if start and not (legal and legal.end() > start.end()):
            candidates.append(start.group(1))
    folded = fold(post.text)
    for name in candidates:
        name = name.strip(" ,.")
        if not company_like(name, linker) or (" " not in name and len(name) < 4):
            continue  # "Te escribo ... ¿Te apetece?" names no "Te"; a "- Python" bullet no one
        slug = re.sub(r"[^a-z0-9]+", "[-.]?", fold(name))
        # Named again as a name, capitalised: "Te escribo ..." does not name "Te".
        again = re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", post.text)
        if len(again) >= 2 or re.search(rf"@[\w.-]*{slug}", folded):
            return name, ""
    openings = [line for _, line in post.head] + [i.text(post.text) for i in post.items()[:4]]
    for sentence in openings:
        for named in _APPOSITION.finditer(sentence):
            if company_like(named.group("n"), linker):
                return named.group("n"), ""
    for sentence in openings:
        vietnamese = _vietnamese_company(sentence)
        if vietnamese and SEEKS.search(sentence):
            return vietnamese, ""
    for sentence in openings:
        # (or speaks of the hiring: "un poste ... chez Boréal, que j'accompagne pour ce
        # recrutement")
        if (HIRING.search(sentence) or SEEKS.search(sentence) or _RECRUITING.search(sentence)
                or pattern("post").search(fold(sentence))):  # fmt: skip
            for at in _AT_COMPANY.finditer(sentence):
                # "com foco em IA generativa": two capitals name a field, not a company
                if len(at.group("n")) >= 3 and company_like(at.group("n"), linker):
                    return at.group("n").rstrip(".,"), ""
    for sentence in openings:
        for called in _CALLED.finditer(sentence):
            if company_like(called.group("n"), linker):
                return called.group("n"), ""
    for sentence in openings:
        for owner in _OWNS.finditer(sentence):
            if company_like(owner.group("n"), linker):
                return owner.group("n"), ""
    quoted = QUOTED_LEGAL_NAME.search(post.text[:5000])
    if quoted:
        return quoted.group(0), ""
    legal = _LEGAL_NAME.search(post.text[:5000])
    if legal and company_like(legal.group("n"), linker):
        return legal.group("n").strip(" ,"), ""
    # A board's company box below the post: the name after its legal form on a line of its own
    # ("Công ty Cổ phần Thương mại và Xuất nhập khẩu Hà Thành" over "Quy mô: 100-499 nhân viên").
    for line in post.own_text.split("\n"):
        name = line.strip()
        if LEGAL_FORM_START.match(name) and len(name.split()) <= 14 and company_like(name, linker):
            return name, ""
    # Below a job board's header fields: "A Guaraná Seguros é uma seguradora digital ...", a
    # name the page repeats.
    for item in post.items()[1:5]:
        subject = _COMPANY_SUBJECT.match(item.text(post.text))
        name = subject.group("n") if subject else ""
        if name and len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", post.text)) >= 2 and (
            company_like(name, linker)
        ):
            return name, ""
    # (a board's list of other posts below the post links other firms: "Similar jobs")
    own = post.own_text
    return (_company_in_signature(own, linker) or _company_in_closing(own, linker)
            or _company_in_domain(own, linker)), ""  # fmt: skip


# "Công ty CP Thương mại Hoa Sữa": the legal form, the trade words in lower case, the name.
_VI_FIRM = re.compile(
    r"\b(?:Công ty|CÔNG TY|Cty)\s+(?:(?i:cổ phần|cp|tnhh(?:\s+mtv)?)\s+)?"
    r"(?:(?i:thương mại|dịch vụ|công nghệ|đầu tư|phát triển|giải pháp|phần mềm|sản xuất|"
    r"truyền thông|tập đoàn)\s+)*"
)


# The verbs of a Vietnamese hiring notice: "tuyển", "cần tuyển", "tuyển dụng".
_VI_HIRING = frozenset({"tuyen", "can"})


def _vietnamese_company(sentence: str) -> str:
    """A Vietnamese firm's full name in a sentence: its legal form and trade words, then the
    capitalised words of its name."""
    firm = _VI_FIRM.search(sentence)
    # "Công ty Sen Vàng Tech": a bare "Công ty" is the word "company", not part of the name
    if firm is None or fold(firm.group(0).strip()) in ("cong ty", "cty"):
        return ""
    name = []
    for word in sentence[firm.end() :].split()[:4]:
        # (an announcement in capitals goes on to its verb: "... SAO MAI TUYỂN 03 NHÂN VIÊN")
        if not word[:1].isupper() or fold(word) in _VI_HIRING:
            break
        name.append(word.rstrip(",.:;"))
        if word[-1:] in ",.:;":
            break
    return f"{firm.group(0).strip()} {' '.join(name)}" if name else ""


_HOST = re.compile(
    r"(?:@|https?://|www\.|(?<![\w@.]))((?:[\w-]+\.)+[a-z]{2,})(?=[/\s),]|\.(?:\s|$)|$)"
)


def _company_in_domain(text: str, linker: SkillLinker) -> str:
    """Capitalised words the post's e-mail or web address spells ("Pitanga Data" and
    vagas.pitangadata.example, "Codrii Soft" and cariere@codriisoft.example): a company named
    only in passing ("La Codrii Soft construim ...") or on a closing line."""
    # "Node.js", "Vue.js": a skill's name, not a web address
    hosts = [h for h in _HOST.findall(fold(text)) if not linker.literal.hits(h)]
    # (a hyphen between the name's words: "ateliers-loire-mecanique.fr")
    labels = {part.replace("-", "") for host in hosts for part in host.split(".") if len(part) >= 4}
    # An applicant tracker's link names the company first: "jobs.ats.example/tibahealth/..."
    paths = [urlsplit(url).path.split("/")[1:2] for url in URL.findall(fold(text))]
    labels |= {p[0] for p in paths if p and len(p[0]) >= 4 and p[0].isalnum()
               and not _GENERIC_PATH.fullmatch(p[0])}  # fmt: skip
    if not labels:
        return ""
    for match in re.finditer(rf"(?<![\w])[{CAP}][\w&'-]*(?:\s+[{CAP}][\w&'-]*){{0,3}}", text):
        words = match.group(0).split()
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                name = " ".join(words[first : first + size])
                if re.sub(r"[^a-z0-9]", "", fold(name)) in labels and company_like(name, linker):
                    return name
    return ""


# Path words of a careers site that name no company.
_GENERIC_PATH = re.compile(
    r"jobs?|careers?|apply|positions?|vacanc(?:y|ies)|openings?|offers?|ofertas?|vagas?|"
    r"empleos?|empregos?|busquedas?|lowongan|loker|stellen|karriere|praca|oferty|jobboard|"
    r"companies|company|en|pl|pt|es|ro|uk|id|vi|de|fr|it"
)

# A signature line that says what the sender does, not whom they work for ("Talent Partner").
SENDER_ROLE = re.compile(
    r"talent|recruit|sourc|acquisition|\bhr\b|people|partner|hiring|rekrut|reclut|recrut|"
    r"headhunt|рекрут|tuyển dụng|\bta\b|\bteam\b|"
    # the sender's own post: "VP Engineering, Tallyweave", "Ada, cofounder @ Pillbox"
    r"\b(?:vp|svp|cto|ceo|coo|cfo|chief|founder|co-?founder|head of|director)\b|"
    # "Directrice des Ressources Humaines", "Dyrektor HR", "Diretora de Gente"
    r"\b(?:directr(?:ice|eur)|director[ae]|diretor[a]?|direktor(?:in)?|dyrektor(?:ka)?|"
    r"директор\w*|ressources humaines|recursos humanos|resurse umane|personalleit\w*)\b",
    re.IGNORECASE,
)


def _company_in_signature(text: str, linker: SkillLinker) -> str:
    """The company under an e-mail's sign-off ("Best, / Priya Raman / Talent Partner /
    Northwell Robotics"): the lines after the sender's name, or the fields beside it ("Priya K
    | TA Team | Vanshika Analytics"), that are no role, contact or place."""
    sign_offs = list(SIGN_OFF.finditer(text))
    if not sign_offs:
        return ""
    sign_off = sign_offs[-1]
    below = [x.strip() for x in text[sign_off.end() :].split("\n") if x.strip()]
    beside = re.split(r"\s+[|·•]\s+", below[0])[1:] if below else []
    lines = [*beside, *below[1:5]]
    for line in lines:
        # "Talent Partner, Optika Vision OÜ", "HR – Navyug Techsolutions Pvt Ltd"
        name = re.split(r"\s+[|·•]\s+|\s+[-–—]\s+|,\s+(?=[A-ZÀ-ÞА-Я])", line)
        for part in (name if len(name) > 1 else [line]):
            if (re.search(r"@|\d{3}|https?:|www\.", part) or SENDER_ROLE.search(part)
                    or pattern("role").search(fold(part))):
                continue
            if company_like(part, linker):
                return part
    return ""


# The sender's team or role, before or beside the company on a message's last lines.
_SENDER_TEAM = re.compile(
    r"\b(?:hrd?|time de gente|gente|equipe|equipo|echipa|tim|команда|resurse umane|"
    r"recursos humanos|recursos hum\w+|kadry|відділ кадрів)\b",
    re.IGNORECASE,
)
# "Ірина, HR у Кава Лаб", "Ana, Talent @ Pillbox", "Maria, recrutare la Codrii Soft": the
# sender, their role and, after "at" in the post's language, the company.
_CLOSING_AT = re.compile(
    rf"^[^,\n]{{1,40}},\s+(?P<role>[^,@\n]{{1,40}}?)\s+(?:@|at|у|в|la|em|en|na|bei|chez|di|w)\s+"
    rf"(?P<n>[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,3}})\W*$"
)


def _company_in_closing(text: str, linker: SkillLinker) -> str:
    """The company on the last lines of a message that signs with a team or role: "Time de
    Gente | Carambola Digital", "Ірина, HR у Кава Лаб", "HRD CV Baja Makmur Sentosa" (a
    department before the company's legal name)."""
    lines = [x.strip() for x in text.strip().split("\n") if x.strip()]
    closing = [x for x in lines[-4:] if not TAGS.match(x) and not URL.search(x)
               and not re.search(r"\S@\S|\d{3}", x)]  # fmt: skip
    for line in reversed(closing):
        parts = re.split(r"\s+[|·•]\s+", line)
        if len(parts) == 2:
            for role, name in (parts, parts[::-1]):
                if (_SENDER_TEAM.search(role) or SENDER_ROLE.search(role)) and (
                    company_like(name, linker)
                ):
                    return name
        signed = _CLOSING_AT.match(line)
        role = signed["role"] if signed else ""
        if signed and (_SENDER_TEAM.search(role) or SENDER_ROLE.search(role)) and (
            company_like(signed["n"], linker)
        ):
            return signed["n"]
        words = line.split()
        for size in (1, 2):
            role, name = " ".join(words[:size]), " ".join(words[size:])
            legal = LEGAL_FORM_START.match(name) or LEGAL_FORM_ANYWHERE.search(name)
            if (_SENDER_TEAM.fullmatch(role) or SENDER_ROLE.fullmatch(role)) and legal and (
                company_like(name, linker)
            ):
                return name
    return ""
