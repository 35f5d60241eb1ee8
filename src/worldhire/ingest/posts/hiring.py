"""The sentences that announce a hire ("Kobo Ledger is looking for a Backend Engineer to ...",
"szukamy Inżyniera", "Ekibimize katılacak Veri Analisti arıyoruz") and the role they name.
"""

from __future__ import annotations

import re

from worldhire.ingest.posts.page import CAP, HASHTAGS
from worldhire.ingest.posts.words import pattern
from worldhire.ingest.shared.folded_text import fold

SEEKS = re.compile(
    r"\b(?:szuka|szukamy|sucht|suchen|busca|buscan|procura|caută|cherche|шукає|шукаємо|mencari|"
    r"tìm|tuyển|membuka lowongan|is hiring|está contratando|contrata|ищет|ищем|cerca|assume)\b",
    re.I,
)

# What follows a hiring verb: an article, then the role up to where the sentence goes on.
_HIRED_ROLE = (
    r"\s*:?\s*"
    # "an opening for the position of Java Developer", "hiring for the post of Accountant"
    r"(?:(?:for\s+)?the\s+(?:position|post|role)\s+of\s+(?:an?\s+)?|"
    # "cerchiamo una persona come ...", "looking for someone as ...": the role after it
    r"(?:una?\s+)?(?:persona|figura|risorsa|someone|somebody)\s+(?:come|as)\s+(?:an?\s+)?|"
    # the team the hire joins, said before the role ("suchen wir Verstärkung als ...",
    # "шукаємо в команду Data Engineer", "szukamy do zespołu ...", "recherchons pour notre
    # équipe un(e) ...")
    r"(?:(?:verstärkung|unterstützung)\s+(?:als|für)|(?:in|für) unser(?:e|em)? team|"
    r"(?:в|у) (?:нашу |свою )?команду|до (?:нашої |своєї )?команди|в (?:нашу )?команду|"
    r"do (?:naszego |swojego )?zespołu|to (?:our|the) team|for (?:our|the) team|"
    r"(?:pour|dans|à) (?:notre|l')\s?équipe|para (?:nuestro|el|o nosso|o) (?:equipo|time)|"
    r"untuk tim(?: kami)?|(?:pentru|în) echipa(?: noastră)?)\s+"
    r"(?:(?:una?|an?|eine?n?|une?(?:\s*\(e\))?|um|uma|un/una)\s+)?|"
    # ("on cherche notre futur(e) Responsable Paie", "buscamos a nuestro próximo ...")
    r"(?:our|my|notre|nuestr[oa]|noss[oa]|unser(?:e[nm]?)?)\s+"
    r"(?:(?:first|next|new|futur(?:e|\(e\))?|nouvel(?:le)?|pr[oó]xim[oa]|nuev[oa]|nov[oa]|"
    r"neue[nr]?)\s+)?|"
    # Spanish puts "a" before a person sought: "Buscamos a un/a Ingeniero/a de ..."
    r"a\s+(?:un/una|un/a|una?/[ao]|una?\(a\)|una?)\s+|an?\s+|un/una\s+|un/a\s+|une?\s*\(e\)\s+|eine?/n\s+|ein/e\s+|eine?\(n\)\s+|eine?:n\s+|un'\s*|uno\s+|una?/[ao]\s+|um/a\s+|una?\(a\)\s+|um\(a\)\s+|una?\s+|um\s+|uma\s+|une?\s+|"
    r"eine?n?\s+|"
    r"osoby\s+na\s+stanowisko\s+|osobę\s+)?"
    r"(?P<t>(?:[^.,;:!?\n]|\.(?=\w)|(?<=\bSr)\.|(?<=\bJr)\.|(?<=\bds)\.){3,80}?)"
    # (the relative pronoun that goes on about the hire: "who", "que", "che", "который")
    r"(?=\s+(?:to|who|that|para|pra|(?-i:pros?|pras)|que|pour|qui|für|der|die|który|która|do|для|який|яка|care|"
    r"che|который|которая|"
    r"pentru|untuk|buat|yang|để|with|con|com|z|w|in|at|na|à|bei|mit|у|в|cho|ab|per|presso|"
    r"nel|nella|da (?:aggiungere|inserire))\b|"
    # "hiring Senior Python Developer for our client, a leading ...": whom the hire is for
    r"\s+for\s+(?:our|a|an|one of|its|their)\s|"
    # "Técnico en Mantenimiento Industrial": "en" is part of some Spanish titles
    r"\s+en\b(?<!t[eé]cnico en)(?<!t[eé]cnica en)(?<!especialista en)(?<!licenciad[oa] en)|"
    # "Desarrollador/a Backend Sr. para ...": the stop of "Sr." is part of the title
    r"[,;:!?\n]|(?<!\bSr)(?<!\bJr)(?<!\bds)\.(?!\w)|$|"
    # an emoji closes a title run into the post's next sentence ("... KINH DOANH B2B 🔥 Sao Mai
    # là công ty ...")
    r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF])"
)
HIRING = re.compile(
    # (whole words: "Recrutement" is a heading's noun, not the verb "recrute")
    r"(?<!\w)(?:(?:we(?:'re| are)|i'm|i am|is|are) "
    # ("We are urgently hiring ...", "We're actively looking for ...")
    r"(?:(?:urgently|actively|currently|now|also) )?"
    r"(?:looking for|hiring|seeking|recruiting|adding)|"
    r"we're hiring|"
    # "We need a Scrum Master for ...", "my team needs a ...", "urgent opening for ..."
    r"(?:we|i) (?:urgently |currently )?need(?=\s+an?\s)|needs(?=\s+an?\s)|"
    # a chat post drops the subject: "Looking for a Senior Data Engineer who's done this"
    r"(?<![\w'])(?:currently |now )?(?:looking for|seeking)(?=\s+an?\s)|"
    r"(?:urgent )?opening for|"
    r"join us as|(?:está|estão|estamos|está a|tá|ta) (?:contratando|buscando|procurando|recrutar|"
    r"(?:à|a) procura de)|"
    r"se busca|se buscan|buscan|шукає(?!\w)|"
    # "Nos encontramos en la búsqueda de un/a Analista de Datos para ..."
    r"en (?:la )?b[uú]squeda de|"
    r"suchen(?: wir)?(?: ab sofort| zum nächstmöglichen zeitpunkt)?|sucht|"
    # "membuka lowongan untuk posisi SENIOR DATA ENGINEER", "Kami lagi cari ML Engineer buat ..."
    r"membuka lowongan(?: untuk)?(?: posisi)?|(?:kami )?(?:lagi|sedang) cari|"
    r"(?:cần )?tuyển gấp(?: \d{1,2})?(?: bạn)?|cần tuyển(?: \d{1,2})?(?: bạn)?|"
    r"(?:join|junta-te|junte-se|únete|rejoignez|dołącz do)\s+(?:à|a|ao|al|a la|nous chez|nas)?\s*"
    rf"[{CAP}][\w&'.-]*(?:\s+[{CAP}][\w&'.-]*){{0,3}}\s+(?:como|comme|jako|as)|"
    r"recrute|recrutons|recrutăm|rekrutujemy|contratamos|(?:nous|on) (?:re)?cherch(?:ons|e)|"
    r"(?:na|o) stanowisk[oua]|buscamos|estamos buscando|procuramos|estamos contratando|"
    r"szukamy|poszukujemy|poszukuje(?: osoby)?(?: na stanowisko)?|шукаємо|căutăm|"
    r"nous recherchons|wir suchen|gesucht wird|tuyển(?: dụng)?(?: \d{1,2})?|"
    r"(?:kami )?(?:sedang )?mencari|"
    # "Clientul nostru ... caută un Data Engineer", "Vaga para Pessoa Desenvolvedora ..."
    r"caută(?=\s+(?:un|o)\s)|(?<![\w-])(?:vaga|vacante) (?:para|de)(?=\s+(?-i:[A-ZÀ-Þ]))|angajăm|"
    r"stiamo cercando|cerchiamo|ricerchiamo|siamo alla ricerca di|assumiamo|ищет|ищем|"
    r"(?:ri)?cerca(?=\s+(?:un|una|uno|un')\b))(?!\w)" + _HIRED_ROLE,
    re.IGNORECASE,
)
# Verbs that often announce other things than a role ("se necesita experiencia", "потрібен
# досвід"): they count only where the words after them name a role.
_HIRING_IF_ROLE = re.compile(
    r"(?:se necesita|necesitamos|se solicita|solicitamos|(?<=\s)solicita(?=\s+(?-i:[A-ZÀ-Þ]))|"
    # "Cóndor Mercado busca Desarrollador/a ...", "Empresa líder requiere Jefe de Almacén",
    # "SE REQUIERE TÉCNICO DE SOPORTE TI", "Requerimos Contador(a) General"
    r"(?<=\s)busca(?=\s+(?:a\s+)?(?-i:[A-ZÀ-Þ]))|se requiere|(?<=\s)requiere(?=\s+(?-i:[A-ZÀ-Þ]))|"
    r"requerimos|"
    r"precisamos de|contrata-se|admite-se|angajează|angajeaza|recrutează|recruteaza|"
    r"запрошуємо(?: на роботу)?|потрібен|потрібна|потрібні|zatrudni(?!\w)|zatrudnimy|"
    r"membutuhkan)" + _HIRED_ROLE,
    re.IGNORECASE,
)

# Turkish puts the verb last: "Ekibimize katılacak Veri Analisti arıyoruz" (we are looking for a
# data analyst to join our team).
_HIRING_LAST = re.compile(
    r"(?:^|(?<=[.!?]\s))[^\w\n]*(?:(?:ekibimize|takımımıza|bünyemize|ailemize)\s+katılacak\s+)?"
    r"(?P<t>[^.!?\n]{3,60}?)\s+(?:arıyoruz|arıyor|alınacaktır|aranıyor)\b",
    re.IGNORECASE | re.MULTILINE,
)


def hiring_title(text: str) -> str | None:
    """The role a hiring phrase names ("Kobo Ledger is looking for a Backend Engineer to ...",
    "A Jabuticaba Tech está contratando Pessoa Engenheira de Dados"); a phrase that names no
    role ("We're hiring at Kobo Ledger") is passed over."""
    roles = pattern("role")
    found = [h.group("t") for h in HIRING.finditer(text)]
    found += [h.group("t") for h in _HIRING_LAST.finditer(HASHTAGS.sub("", text))]
    named = next((t for t in found if roles.search(fold(t))), None)
    if named is None:  # "Importante empresa solicita Auxiliar Contable", "Потрібен бухгалтер"
        named = next((h.group("t") for h in _HIRING_IF_ROLE.finditer(text)
                      if roles.search(fold(h.group("t")))), None)  # fmt: skip
    # An inflected title ("szukamy Inżyniera Computer Vision") names no role noun; "we're
    # hiring at Kobo Ledger" names no role at all.
    place = re.compile(r"(?:at|en|em|na|no|w|in|bei|chez|di|tại|у|в|wir|osoby|for|someone|"
                       r"somebody|people|talent|candidates)\b", re.I)
    return named or next((t for t in found if not place.match(t)), None)
