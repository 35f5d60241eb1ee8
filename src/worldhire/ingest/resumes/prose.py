"""Jobs told in sentences: "Since 2022 I have been at Safaricom in Nairobi", "From 2020 to 2022,
I was a machine learning engineer at Twiga Foods", "Od 2021 pracuję w Allegro jako inżynier ML".

A sentence introduces a job when it names an organisation after a word that introduces an
employer ("at", "joined", "en", "w", "bei", "chez", "tại", "di" ...) together with a job title or
a date, or a job title together with a date. The sentences that follow it in the same paragraph
describe that job, until the next one starts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from worldhire.ingest.lexicon import NOT_LETTER_AFTER, alternation, cue_pattern
from worldhire.ingest.lexicon import contracts as contract_words
from worldhire.ingest.lexicon.companies import LEGAL_FORM, LEGAL_FORM_BEFORE
from worldhire.ingest.lexicon.degrees import DEGREES
from worldhire.ingest.resumes.skill_names import names_a_skill
from worldhire.ingest.resumes.title_words import has_title_word
from worldhire.ingest.shared.dates import find_dates, find_range
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.sentences import Sentence

# Words after which an employer's name follows, by language. "with"/"for" only in the phrases
# where they mean an employer ("worked for", "been with"): alone they also introduce tools.
_UNIT_OF = (
    r"(?:(?:the|el|la|o|a|le|l['’])\s+)?(?:equipo|equipe|équipe|time|team|área|area|setor|sector|"
    r"departamento|department|département|service|servicio|serviço|dzia\w*|zesp[oó]\w*|echip\w*|"
    r"departament\w*|(?-i:UTI|ICU|UCI)|unidade|unidad|відділ\w*|отдел\w*|команд\w*|"
    r"phòng|bộ phận|divisi|bagian)"
    # the unit's own words, then the word for "of" before the employer's capitalised name
    r"(?:\s+[^\s,.;:()]+){0,4}?\s+(?:de\s+la|de\s+l['’]|del|de|do|da|du|des|of\s+the|of|at|"
    r"firmy|spółki|компанії|компании|của|di)\s+(?=(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЄІЇҐ])|[«„“\"])"
)
_EMPLOYER_CUE = re.compile(
    r"(?:\b(?:at|joined|joining|join|moved to|switched to)\b|@|"
    r"\b(?:worked|working|work|been|was|contracting|consulting)"
    r"\s+(?:full[- ]time\s+|remotely\s+|as a contractor\s+)?(?:for|with)\b"
    r"|\b(?:en|em|na|no|w|we|в|у|la|chez|bei|tại|tai|ở|di|pada|para|pentru|dla|presso)\b"
    # Italian "in" names an employer after a verb of working ("lavoro in Bending Spoons"): alone
    # it is also English "in"
    r"|\b(?:lavoro|lavoravo|lavorato|lavorando)\s+(?:in|per|da)\b"
    r"|\b(?:pindah|bergabung)\s+(?:ke|dengan)\b"  # Indonesian "moved to", "joined"
    # Spanish "a" after a verb of joining: "Luego entré a KPMG", "ingresé a Interbank"
    r"|\b(?:entr[ée]|ingres[ée]|me\s+un[íi]|me\s+cambi[ée]|regres[ée]|volv[íi])\s+a\b"
    # "within": "assistante comptable au sein du cabinet Fiducial Expertise", "în cadrul Orange"
    r"|\bau\s+sein\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])|\bîn\s+cadrul(?:\s+companiei)?\b"
    # "being part of" a team or a company: "formo parte del equipo de soporte de Grupo Bimbo",
    # "faço parte do time de dados do Nubank", "I am part of the data team at Jumia"
    r"|\b(?:form[oaé]|formamos|hago|hice|fa[çz]o|fiz|fac|am\s+făcut|fais|faisais)\s+parte\s+"
    r"(?:del|de\s+la|de|do|da|din|du|de\s+l['’])(?=\s)|\bpart\s+of(?=\s)"
    # an agency's worker is sent to the employer they work at: "zatrudniona przez agencję
    # Randstad i oddelegowana do Amazon Fulfillment Poland", "deployed at Bajaj Allianz"
    r"|\b(?:oddelegowan\w*|delegowan\w*|skierowan\w*|deployed|seconded)\s+(?:do|to|at)\b"
    r"|(?<!\w)à(?=\s+l['’]\s?[A-ZÀ-ÖØ-Þ]|\s+la\s+[A-ZÀ-ÖØ-Þ])"
    # "au CIUSSS de l'Estrie", "aux Galeries Lafayette"; "au Sénégal" is a place (_organization)
    r"|\bau(?:x)?\b(?=\s+(?-i:[A-ZÀ-ÖØ-Þ])))\s+"
    r"(?P<article>the\s+|a\s+|an\s+|la\s+|el\s+|le\s+|l'|die\s+|der\s+|den\s+|công ty\s+|"
    r"perusahaan\s+|firma\s+|firmie\s+|empresa\s+|compañía\s+|companhia\s+|société\s+|"
    r"cabinet\s+|"
    r"компанії\s+|компании\s+)?"
    # the kind of place before its name: "kelnerka w restauracji Manekin", "в мережі кав'ярень
    # «Львівська майстерня шоколаду»", "в интернет-провайдере «Новотелеком»"
    r"(?P<kind>(?:restauracji|sklepie|hotelu|szpitalu|agencji|ресторані|магазині|лікарні|"
    r"агенції|ресторане|магазине|больнице|агентстве|(?:інтернет-|интернет-)?провайдер[іе]|"
    r"restaurante|tienda|loja|аптеці|аптеке|aptece|farmácia|farmacia|pharmacie)\s+|"
    r"(?:sieci|мережі|сети|rede|cadena)\s+(?:[^\W\d_][\w'’-]*\s+)?)?"
    # a unit of the employer before its name: "na UTI adulto do Real Hospital Português",
    # "w dziale HR firmy LPP", "del equipo de soporte técnico de Grupo Bimbo"
    rf"(?:{_UNIT_OF})?",
    re.IGNORECASE,
)
_ORG_WORD = (
    r"(?:[A-Z0-9ÀÁÂÃÄÅĄĆČÇĎÉÈÊËĘĚÍÎÏŁŃŇÑÓÔÕÖŘŚŠȘȚŤÚÛÜŮÝŹŻŽĐĂÂƠƯА-ЯЄІЇҐ][\w&'’.+-]*"
    r"|(?-i:[a-z]{1,2}[A-Z])[\w&'’.+-]*"  # "iTechArt", "eBay"
    r"|[«„“\"][^»“”\"\n]{1,60}[»“”\"])"  # a name in quotes: "ТОВ «СофтСерв»", "PT „Maju Jaya”"
)
# "CIUSSS de l'Estrie": French elides the article before the next capitalised word
_ORG_JOIN = (
    r"(?:\s+(?:&|and|of|de|do|da|dos|das|del|der|für|du|des|y|e|und|et|và|dan|i)\s+(?:l['’])?|\s+)"
)
_ORG = re.compile(rf"{_ORG_WORD}(?:{_ORG_JOIN}{_ORG_WORD}){{0,5}}")
_TITLE_CUE = re.compile(
    # Vietnamese "làm" is "work as", "làm việc" and "làm thêm" are to work and to work extra:
    # "làm thêm ở vị trí nhân viên bán hàng" names the title after "vị trí" (position)
    r"\b(?:as|como|jako|als|en tant que|comme|với vai trò(?: là)?|với vị trí|"
    r"(?:ở\s+)?vị trí(?:\s+là)?|l[àa]m(?!\s+(?:vi[ệe]c|th[êe]m)\b)|sebagai|"
    r"як|ca|на посаді|в должности|на должности|на позиции|na stanowisku|w roli|"
    r"na posição de|no cargo de|en el puesto de|"
    r"au poste de|in der rolle als|in der position als|come|in qualità di|con il ruolo di|"
    r"nel ruolo di)\s+(?:an?\s+|the\s+|um\s+|uma\s+|un\s+|"
    r"una\s+|une\s+|ein\s+|eine\s+|einen\s+|seorang\s+)?",
    re.IGNORECASE,
)
# The title cues French elides before a vowel: "en tant qu'agent de transit", "j'ai occupé un
# poste d'analyste fonctionnelle".
_ELIDED_TITLE_CUE = re.compile(
    r"\b(?:en tant qu['’]|(?:un|le|au) poste d['’]|(?:un|le) poste de\s+)", re.IGNORECASE
)
# "J'ai fait un stage de six mois à la SOTRA en 2016", "Fiz estágio profissional na ANE em
# 2015", "I did my industrial attachment at Kenya Power (2017)": a placement told with the one
# year it was in.
PLACEMENT_WORD = re.compile(
    rf"(?<!\w)(?:{alternation(contract_words.PLACEMENTS)}){NOT_LETTER_AFTER}", re.IGNORECASE
)
_PLACEMENT = re.compile(
    rf"{PLACEMENT_WORD.pattern}(?:\s+(?:profissional|professionnel|profesional|profesionales))?",
    re.IGNORECASE,
)
_ONE_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d|[/.-]\d)")
_BEING = re.compile(
    r"\b(?:i\s+(?:am|was|have been|had been|worked as|work as|served as|became)|"
    r"i['’](?:m|ve\s+been|d\s+been)|(?:currently|previously|formerly)|"
    r"soy|fui|sou|fui|jestem|byłem|byłam|sunt|am fost|"
    r"je suis|j['’]étais|j['’]ai\s+(?:d['’]abord\s+|ensuite\s+|aussi\s+)?été|he sido|"
    # a first job told as what it was: "Mon premier poste a été caissière", "Mi primer empleo
    # fue cajera", "O meu primeiro emprego foi ...", "Primul meu job a fost ..."
    r"(?<=\s)(?:a\s+été|fue|foi|a\s+fost)(?=\s)|"
    r"ich bin|ich war|tôi là|saya adalah|"
    r"(?:saya\s+)?menjadi|був|була|"
    r"был|была|работал[аи]?|проработал[аи]?|работаю|начинал[аи]?|працюю|працював|працювала|"
    r"починав|починала|sono stat[oa]|ero|я)\s+(?:an?\s+|the\s+|um\s+|uma\s+|"
    r"un\s+|una\s+|une\s+|ein\s+|eine\s+|seorang\s+)?",
    re.IGNORECASE,
)
# Head words of job titles in the hiring regions' languages (folded to lower case).
TITLE_HEADS = re.compile(
    r"\b(?:engineer|scientist|developer|dev|analyst|researcher|manager|lead|architect|consultant|"
    r"designer|specialist|intern|director|head|founder|co-founder|cto|ceo|officer|"
    r"administrator|programmer|technician|teacher|lecturer|professor|nurse|driver|accountant|"
    r"assistant|associate|coordinator|supervisor|fellow|contractor|freelancer|tutor|trainee|"
    r"ingenier[oa]|desarrollador[a]?|científic[oa]|analista|investigador[a]?|gerente|"
    r"jef[ea]|consultor[a]?|engenheir[oa]|desenvolvedor[a]?|cientista|pesquisador[a]?|"
    r"agente|asesor[a]?|cajer[oa]|vendedor[a]?|recepcionista|auxiliar|técnic[oa]|"
    r"operador[a]?|estagiári[oa]|atendente|assistente|secretári[oa]|ejecutiv[oa]|executiv[oa]|"
    r"encargad[oa]|coordinador[a]?|coordenador[a]?|docente|profesor[a]?|professor[a]|maestr[oa]|"
    r"enfermer[oa]|enfermeir[oa]|contador[a]?|representante|motorista|"
    r"inżynier\w*|inzynier\w*|programist\w*|analityk\w*|kierownik\w*|specjalist\w*|badacz|"
    r"tester\w*|konsultant\w*|księgow\w*|sprzedawc\w*|kasjer\w*|referent(?:k\w*|em)|"
    r"інженер\w*|розробник\w*|аналітик\w*|науковець|керівник\w*|дослідник\w*|"
    r"менеджер\w*|консультант\w*|бухгалтер\w*|тестувальник\w*|тестувальниц\w*|"
    # the forms that name the person (nominative, instrumental), not "900 pracowników" (of
    # employees) or "для 40 співробітників" in a duty
    r"адміністратор(?:ом|ка|кою)?|администратор(?:ом)?|асистент(?:ом|ка|кою)?|"
    r"ассистент(?:ом)?|помічни(?:к|ком|ця|цею)|помощни(?:к|ком|ца|цей)|директор(?:ом|ка|кою)?|"
    r"координатор(?:ом|ка|кою)?|економіст(?:ом|ка|кою)?|экономист(?:ом)?|юрист(?:ом|ка|кою)?|"
    r"касир(?:ом|ка|кою)?|кассир(?:ом|ша)?|практикант(?:ом|ка|кою)?|"
    r"співробітни(?:к|ком|ця|цею)|сотрудни(?:к|ком|ца|цей)|"
    r"asystent(?:em|ka|ką)?|pracowni(?:k|kiem|ca|cą)|kelner(?:em|ka|ką)?|"
    r"koordynator(?:em|ka|ką)?|dyrektor(?:em|ka|ką)?|przedstawiciel(?:em|ka|ką)?|"
    r"reclutador[a]?|recrutador[a]?|generalista|qa|"
    r"inginer|dezvoltator|analist|cercetător|manager|"
    r"ingénieure?|ingenieur(?:in)?|développeu(?:r|se)|chercheu(?:r|se)|chef|cheffe|responsable|comptable|"
    r"architecte|enseignante?|employée?|infirmière|infirmier|préposée?|agente?|"
    r"superviseu(?:re?|se)|enquêteu(?:r|se)|enquêtrice|"
    r"testeu(?:r|se)|"
    r"stagiaire|analyste|assistante|consultante|directeur|directrice|gestionnaire|doctorante?|"
    r"alternante?|praktikant(?:in)?|werkstudent(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|"
    r"becari[oa]|practicante|pasante|programador[a]?|stażyst\w*|praktykant\w*|"
    r"лаборант\w*|стажер\w*|фахів\w*|спеціаліст\w*|програміст\w*|"
    r"инженер\w*|разработчик\w*|аналитик\w*|руководител\w*|программист\w*|специалист\w*|"
    r"тестировщик\w*|стаж[её]р\w*|кладовщик\w*|водител\w*|продав\w*|оператор\w*|"
    r"бизнес-партн[её]р\w*|бізнес-партнер\w*|"
    r"mühendis\w*|geliştirici\w*|analist\w*|bilimci\w*|uzman\w*|yönetici\w*|temsilci\w*|"
    r"danışman\w*|stajyer\w*|muhasebe\w*|lider\w*|müdür\w*|şef\w*|sorumlusu|asistan\w*|"
    r"conseill(?:er|ère)|chargée?|vendeu(?:r|se)|caissi(?:er|ère)|technicien(?:ne)?|"
    r"entwickler(?:in)?|wissenschaftler(?:in)?|berater(?:in)?|leiter(?:in)?|"
    r"kỹ sư|lập trình viên|chuyên viên|trưởng nhóm|nhà khoa học|nhân viên|kế toán|thực tập sinh|"
    r"trưởng (?:ca|phòng|bộ phận|ban)|tổ trưởng|giám đốc|giám sát|thu ngân|công nhân|thợ|"
    r"kỹ thuật viên|giáo viên|giảng viên|tư vấn viên|kiểm thử viên|điều dưỡng|"
    # the same typed without marks, as many Vietnamese CVs are: "Ke toan tong hop", "Thuc tap sinh"
    r"ky su|lap trinh vien|chuyen vien|truong nhom|nhan vien|ke toan|thuc tap sinh|to truong|"
    r"giam doc|giam sat|thu ngan|cong nhan|ky thuat vien|giao vien|tu van vien|"
    r"insinyur|pengembang|analis|peneliti|manajer|konsultan|staf|staff|admin|kasir|guru|dosen|"
    r"perawat|bidan|sopir|kurir|"
    r"teknisi|"
    r"ingegnere|sviluppat(?:ore|rice)|responsabile|addett[oa]|impiegat[oa]|magazzinier[ea]|"
    r"operai[oa]|tecnic[oa]|commess[oa]|stagista|tirocinante|consulente|ricercat(?:ore|rice)|"
    r"programmat(?:ore|rice)|diret(?:tore|trice)|cassier[ea]|contabile|autista|infermier[ea]|"
    r"insegnante|operator|contrôleu(?:r|se)|auditeu(?:r|se)|animat(?:eur|rice)|socorrista|"
    r"líder|șef|ospătar\w*|contabil[ăa]?|asistent[ăae]?|inspector|vânzăt\w*|casier[ăa]?|"
    r"șofer\w*)\b",
    re.IGNORECASE,
)
# "en"/"em" before a lower-case word names the title's field ("ingénieur en apprentissage
# automatique", "mestre em dados"), before a capital the employer ("ingeniero en Globant"), before
# a contract how the job was held ("testeuse en alternance").
_FIELD_AFTER_TITLE = re.compile(
    r"\s+(?:en|em)\s+(?!(?:la|le|les|el|los|las|un|une|una|um|uma|o|a|os|as|alternance|"
    r"intérim|interim|stage|télétravail|freelance|cdi|cdd)\b)[a-zà-öø-ÿœ]"
    # Ukrainian names a title's field after "з" ("менеджер з продажу", "бухгалтер з розрахунку
    # заробітної плати"); "з березня 2019" and "з досвідом 12 років" open dates and experience.
    r"|\s+(?:[зЗ]|із|зі)\s+(?!досвід|стаж)[а-яіїєґ'’]+(?!\s+\d)(?=[\s,.;:]|$)"
)
_STOP = re.compile(
    r"\s*(?:[,;:()\[\]–—]|(?<!\bds)\.|\s-\s|"  # "specjalistka ds. kadr i płac"
    # "работаю Senior Python Developer в EPAM Systems": "в"/"у" before a name or "компании"
    # ends the title; before a lower-case word it belongs to it ("специалист в области ...").
    r"(?<!\w)(?:в|у)\s+(?=(?-i:[A-ZА-ЯЁІЇЄҐ]|[a-z]{1,2}[A-Z])|[«„“\"]|компани|компані|фирм|фірм|"
    r"мереж|сет[ьи]|аптец|аптек|магазин|ресторан|лікарн|больниц|банк)|"
    r"\b(?:at|in|on|for|with|since|from|where|and|until|till|to|from|până|pana|hasta|hingga|"
    r"sampai|đến|trong|với|để|khi|"
    r"en|em|na|no|nos|nas|w|la|chez|bei|tại|tai|ở|di|desde|od|depuis|seit|sejak|từ|з|din|para|"
    r"pentru|dla|pour|für|untuk|cho|"
    r"a|à|au|aux|which|who|that|when|while|building|working)\b)",
    re.IGNORECASE,
)


@dataclass
class ProseJob:
    title: str
    organization: str | None
    start: date | None
    end: date | None
    sentences: list[Sentence] = field(default_factory=list)


def job_in_sentence(text: str) -> ProseJob | None:
    """The job a sentence introduces, or None."""
    if len(text) > 600 or VOLUNTEER.search(text):
        return None  # "colaboré como voluntaria en la Cruz Roja": unpaid, no job
    turkish = _turkish_job(text)
    if turkish is not None:
        return turkish
    title = _title(text)
    org = _organization(text)
    at = text.find(title) if title else -1
    if title and org and at >= 0 and "," in text[text.find(org) + len(org) : at]:
        # "Bachelier de la HELMo (2015), j'ai été assistant audit chez Deloitte": an employer
        # named after the title, in another clause than a name before it, is the job's ("en
        # Globant como desarrollador Java ... en AWS" keeps Globant)
        org = _organization(text[at + len(title) :]) or org
    if org is None and title:
        org = _employer_after_title(text, title)
    if title is None and org is not None:
        title = _title_after_employer(text, org)
    rng = find_range(text)
    if title or rng:
        # a name with its legal form is an employer for sure; one only after a cue word may be
        # a tool or a place further on ("економіст, ПАТ «Львівобленерго»: ... в Excel")
        legal = _org_by_legal_form(text, dated=rng is not None)
        if legal is not None and (org is None or text.find(legal) < text.find(org)):
            org = legal
    if rng is not None and not title:
        title, org = _job_after_dates(text, rng.span, org)
        title = title or None
    placement = _placement(text, org) if org is not None and title is None and rng is None else None
    if placement is not None:
        return placement
    if org is None and (title is None or rng is None):
        return None
    wish = _WISH.search(text) if rng is None else None
    if wish is not None and wish.start() < text.find(title or org or ""):
        return None  # "Mong muốn làm việc lâu dài ở vị trí kế toán": a job wished for
    if title is None and _STUDY.search(text):
        return None  # "I studied BSc Mathematics at JKUAT (2013–2017)": a degree, no job
    if org is not None and title is None and rng is None and not _work_verb(text.replace(org, " ")):
        # "Profil wygenerowany w Pracuj.pl": a job board's footer; the employer's own name
        # ("Pracuj.pl", "Work.ua") is no verb of work
        return None
    start, end = (rng.start, rng.end) if rng else (None, None)
    if rng is None and org is not None:
        start = end = _stint_year(text)
    if start is None and title:
        start, end = _years_told(text, title, org)
    return ProseJob(title or "", org, start, end)


# The year a job began, told before the job's words or just after ("I started my career in 2015
# as a Customer Care Executive at ...", "in 2014 ca agent de vanzari la Mega Image", "Năm 2017,
# tôi là ..."), as opposed to a year inside its duties further on.
_IN_YEAR = re.compile(
    r"(?<![^\W\d_])(?:in|en|em|w|în|в|у|năm|tahun|im|au)\s+((?:19|20)\d\d)(?![\d/.–-])",
    re.IGNORECASE,
)


# The one year a job was held, told just after its title and employer ("I started out as a
# national service person at the Ghana Revenue Authority in 2018", "Empecé como practicante en el
# BCP en 2017", "Comecei como estagiário no Itaú em 2017"), perhaps after the town ("at Hubtel in
# Accra in 2019"): it began and ended that year; a year before them is when it began.
_HELD_IN_YEAR = re.compile(
    r"(?:,?\s+(?:in|en|em|na|no|w|à|a)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)?,?\s+"
    r"(?:in|en|em|w|în|im|au|năm|tahun|pada tahun)\s+((?:19|20)\d\d)(?![\d/–-]|\.\d)"
    r"(?!\s*(?:-|–|—|to|a|à|al|até|au|bis|do|do)\s*\d)",
    re.IGNORECASE,
)
# A verb of joining before the year makes it the start of a job that may go on: "I joined
# Andela in 2019", "entré a KPMG en 2017", "j'ai rejoint Orange Cameroun comme ingénieur réseau
# en 2018 ; j'y suis resté jusqu'en 2021".
_JOINED = re.compile(
    r"\b(?:joined|joining|moved to|switched to|entr[ée]\s+(?:a|en)|ingres[ée]\s+(?:a|en)|"
    r"me\s+un[íi]\s+a|entrei\s+(?:n[oa]|para)|ingressei\s+n[oa]|rejoint|rejoins|"
    r"dołączył[aem]*\s+do|intrat\s+la)\s",
    re.IGNORECASE,
)


def _years_told(text: str, title: str, org: str | None) -> tuple[date | None, date | None]:
    """(start, end) of a job a sentence dates with single years, not a range: the one year in
    brackets it was held ("jako stażystka w dziale HR firmy LPP S.A. (2014)"), or the year it
    began and perhaps the year it ended ("..., till 2018"); one year right after the job's
    title and employer is the year it was held ("at the Ghana Revenue Authority in 2018")."""
    bracketed = _BRACKETED_YEAR.findall(text)
    if len(bracketed) == 1 and len(set(_ONE_YEAR.findall(text))) == 1:
        held = date(int(bracketed[0]), 1, 1)
        return held, held
    told = max(text.find(title) + len(title), text.find(org) + len(org) if org else 0)
    ends = [text.find(title) + len(title), text.find(org) + len(org) if org else -1]
    after = next(filter(None, (_HELD_IN_YEAR.match(text, end) for end in ends if end >= 0)), None)
    if after is not None and not _JOINED.search(text, 0, after.start()):
        year = date(int(after.group(1)), 1, 1)
        return year, year
    began = _IN_YEAR.search(text, 0, told)
    if began is None:
        return None, None
    until = _UNTIL.search(text, began.end())
    ended = _ONE_YEAR.match(text, until.end()) if until else None
    start = date(int(began.group(1)), 1, 1)
    end = date(int(ended.group(1)), 1, 1) if ended else None
    return start, end if end is None or end >= start else None


# The employer of the job told just before, named again by a word for "the same": a table's
# "там само" / "tamże" / "ibid." cell, or a sentence's "у тій самій компанії", "en la misma
# empresa", "at the same company".
SAME_EMPLOYER = re.compile(
    r"^\s*(?:там само|там же|tamże|tamze|ibidem|ibid|idem|same|același loc|aceeași firmă)"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)
SAME_EMPLOYER_IN = re.compile(
    r"(?<![^\W\d_])(?:(?:у|в)\s+(?:тій\s+самій|той\s+самій|той\s+же|тій\s+же)\s+"
    r"(?:компанії|компании|фірмі|фирме|організації|организации)|"
    r"w\s+tej\s+samej\s+firmie|en\s+la\s+misma\s+empresa|na\s+mesma\s+empresa|"
    r"at\s+the\s+same\s+(?:company|firm|employer|bank|organi[sz]ation)|"
    r"(?:la|în)\s+aceeași\s+(?:firmă|companie)|di\s+perusahaan\s+yang\s+sama|"
    r"tại\s+cùng\s+công\s+ty|dans\s+la\s+même\s+(?:entreprise|société))(?![^\W\d_])",
    re.IGNORECASE,
)


def title_current_job(jobs: list[ProseJob], headline: str) -> None:
    """The job a person holds now, told without its title ("З вересня 2021 року працюю в
    SoftServe на проєкті ..."), has the title their headline gives them ("QA Engineer · Львів,
    Україна")."""
    title = re.split(r"\s*[·|,—–]\s*|\s+-\s+", headline.strip())[0]
    if not title or len(title.split()) > 6 or not _names_a_job(title):
        return
    current = [job for job in jobs if job.start is not None and job.end is None]
    if len(current) == 1 and not current[0].title:
        current[0].title = title[:200]


def name_same_employers(jobs: list[ProseJob]) -> None:
    """A job told "у тій самій компанії" and no employer of its own works for the employer of
    the job told before it."""
    for before, job in itertools.pairwise(jobs):
        if job.organization is None and before.organization and any(
            SAME_EMPLOYER_IN.search(s.text) for s in job.sentences[:1]
        ):
            job.organization = before.organization


# Unpaid work for a cause: "De 2019 a 2021 colaboré como voluntaria en la Cruz Roja",
# "Волонтерство: координую збір допомоги в ГО «Дніпро Разом»" (not "voluntary").
VOLUNTEER = re.compile(
    r"(?<![^\W\d_])(?:volunteer\w*|voluntari[oa]s?|voluntariado|voluntári[oa]|voluntar|"
    r"voluntariat|wolontar\w*|волонт\w*|bénévol\w*|ehrenamt\w*|volontari\w*|tình nguyện|"
    r"relawan|sukarelawan|gönüllü\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
# A job the person wishes for, not one they held: a career objective ("Mong muốn làm việc lâu
# dài ở vị trí kế toán", "Seeking a position as a Staff Nurse", "Chcę pracować jako ...").
_WISH = re.compile(
    r"(?<![^\W\d_])(?:mong muốn|muốn|ứng tuyển|i (?:wish|hope|want|would like|am looking|seek)|"
    r"seeking|looking for|to obtain|apply(?:ing)? for|хочу|шукаю|ищу|chcę|szukam|aplikuję|"
    r"deseo|busco|procuro|postulo|gostaria|candidato-me|doresc|caut|aplic pentru|je souhaite|"
    r"je cherche|je postule|ich möchte|ich bewerbe|ingin|berharap|mencari|melamar)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# A degree, or a verb of study, in a sentence that names no job title.
_STUDY = cue_pattern(
    (), DEGREES,
    r"studied|graduated|studying|estudi[éeo]\w*|me formé|formei|studiowa\w*|навчал\w*|"
    r"навчав\w*|studiat|absolvit|étudi\w*|studiert\w*|kuliah|lulus",
)


# A stint of some months: "un stage de six mois", "magang selama 3 bulan", "(intern, 6 luni)".
_MONTHS_LONG = re.compile(
    r"(?<![^\W\d_])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|un|deux|"
    r"trois|quatre|cinq|sept|huit|neuf|dix|onze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"diez|once|um|dois|três|quatro|sete|oito|nove|dez)\s+(?:months?|mois|meses|luni|tháng|"
    r"bulan|miesięcy|miesiące|monaten?|місяц\w*|месяц\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def _stint_year(text: str) -> date | None:
    """The one year a placement or a stint of some months was in, told with that year alone
    ("j'ai effectué un stage de six mois en 2017 chez Sopra Steria", "magang selama 3 bulan di
    KAP ... pada tahun 2016"): it began and ended that year."""
    years = {m.group(1) for m in _ONE_YEAR.finditer(text)}
    if len(years) != 1 or not (PLACEMENT_WORD.search(text) or _MONTHS_LONG.search(text)):
        return None
    return date(int(years.pop()), 1, 1)


def _placement(text: str, org: str) -> ProseJob | None:
    """A placement at `org` dated by the one year the sentence names, or None."""
    placement = _PLACEMENT.search(text)
    years = {m.group(1) for m in _ONE_YEAR.finditer(text)}
    if placement is None or len(years) != 1:
        return None
    if not re.search(r"[^\W\d_]{2,}", text[: placement.start()]):
        return None  # a header, not a sentence: "2016 : Stage de fin d'études – chez Thales"
    year = date(int(years.pop()), 1, 1)
    return ProseJob(placement.group(0), org, year, year)


# Turkish names the employer first, in the locative ("Trendyol'da", "Peak Games'te", "Logo
# Yazılım şirketinde"), then the title before "olarak" (as), then the verb: "2021'den beri
# Trendyol'da makine öğrenmesi mühendisi olarak çalışıyorum", "Getir'de 2 yıl veri bilimci olarak
# çalıştım", "Logo Yazılım şirketinde kıdemli yazılım geliştirici olarak görev yaptım".
_TR_ORG_WORD = r"[A-ZÇĞİÖŞÜ][\w&.+-]*"
_TR_JOB = re.compile(
    rf"(?<![\w'’])(?P<org>{_TR_ORG_WORD}(?:\s+{_TR_ORG_WORD}){{0,4}})"
    r"(?:['’]n?[dt][ae]|\s+(?:şirketinde|firmasında|bünyesinde|şirketi['’]nde|bankasında))\s+"
    r"(?:\d+\s+(?:yıl|ay)\w*\s+(?:boyunca\s+|süreyle\s+)?)?"  # "Getir'de 2 yıl veri bilimci"
    r"(?P<title>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,5})\s+olarak\b"
)
# The dates Turkish prose gives beside a range: "2017'de ... başladım" (in 2017), "2019'a kadar"
# (until 2019), "3 yıl boyunca" (for three years, after a start).
_TR_IN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)['’][dt][ae]\b")
_TR_UNTIL_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)['’]y?[ae]\s+kadar\b")
_TR_FOR_YEARS = re.compile(r"(?<!\d)(\d{1,2})\s+y[ıi]l\s+(?:boyunca|süreyle)\b")


def _turkish_job(text: str) -> ProseJob | None:
    for match in _TR_JOB.finditer(text):
        title = match.group("title")
        if not _names_a_job(title):
            continue
        rng = find_range(text)
        if rng is not None:
            return ProseJob(title, match.group("org"), rng.start, rng.end)
        start_year = _TR_IN_YEAR.search(text)
        until = _TR_UNTIL_YEAR.search(text)
        lasted = _TR_FOR_YEARS.search(text)
        start = date(int(start_year.group(1)), 1, 1) if start_year else None
        end = date(int(until.group(1)), 1, 1) if until else None
        if start is not None and end is None and lasted is not None:
            end = date(start.year + int(lasted.group(1)), 1, 1)
        return ProseJob(title, match.group("org"), start, end)
    return None


def group_paragraph(paragraph: list[Sentence]) -> tuple[list[Sentence], list[ProseJob]]:
    """(sentences before any job, jobs each with the sentences that describe them). A current
    job told without its title takes the title the person gave themselves just before ("я
    инженер по машинному обучению. С 2021 года работаю в Яндексе")."""
    loose: list[Sentence] = []
    jobs: list[ProseJob] = []
    introduced: str | None = None
    for sentence in paragraph:
        told = jobs_in_sentence(sentence.text)
        for job in told:
            if not jobs and not job.title and job.start and job.end is None and introduced:
                job.title = introduced
            job.sentences.append(sentence)
            jobs.append(job)
        if told:
            continue
        if jobs:
            jobs[-1].sentences.append(sentence)
        else:
            loose.append(sentence)
            introduced = _title(sentence.text) or introduced
    return loose, jobs


# "then" between two jobs told in one sentence: "assistant audit chez Deloitte de 2015 à 2017,
# puis comptable chez Ethias de 2017 à 2021", "la eMAG ca operator depozit între 2015 și 2017,
# apoi la Fan Courier ca lider de echipă până în 2019".
_THEN = re.compile(
    r",?\s+(?:(?:and\s+)?then|(?:and\s+)?later|puis|ensuite|apoi|după aceea|(?:y\s+)?después|"
    r"(?:y\s+)?luego|(?:e\s+)?depois|dann|danach|anschließend|potem|następnie|lalu|kemudian|"
    r"sau đó|rồi|потім|затем|потом)\s+"
    # "najpierw jako pracownik magazynu, a od 2019 jako asystentka działu HR", "first as a
    # trainee, and from 2019 as an analyst": the next role starts in the year named
    r"|,\s+(?:a|and|y|e|i|și|та|і|а|и|dan|et|und)\s+(?=(?:od|from|since|desde|depuis|din|з|с|"
    r"sejak|từ|seit|ab|in|en|em|w|у|в)\s+(?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d\b"
    r"(?:\s+(?:roku|року|года|r\.|р\.|г\.|year))?,?\s+(?:jako|as|como|ca|як|как|sebagai|comme|"
    r"en tant que|als|làm)\b)",
    re.IGNORECASE,
)
_BRACKETED_YEAR = re.compile(r"\(((?:19|20)\d\d)\)")
# "until 2019" with no start: the job began when the one told before it ended.
_UNTIL = re.compile(
    r"\b(?:until|till|până (?:în|la)|pana in|hasta|jusqu['’](?:en|à)|bis|hingga|sampai|"
    r"до|đến)\s+",
    re.IGNORECASE,
)


def jobs_in_sentence(text: str) -> list[ProseJob]:
    """The jobs a sentence introduces: one, or several told one after another ("X at A from
    2015 to 2017, then Y at B until 2019"); a later one that only says when it ended began when
    the one before it ended."""
    clauses = _THEN.split(text) if len(text) <= 600 else [text]
    if len(clauses) > 1:
        told: list[tuple[str, ProseJob]] = []
        for clause in clauses:
            job = job_in_sentence(clause)
            title = _title(clause) if job is None and told else None
            if title:
                # "at KTDA, first as a graduate trainee, then as an assistant data officer": the
                # next role, at the same employer, ending when the stint told before it ends,
                # unless the clause says when it ended ("apoi am rămas acolo ca tester junior
                # până în 2018": dated below)
                until = _UNTIL.search(clause)
                said = bool(until and find_dates(clause[until.end() :]))
                job = ProseJob(title, told[-1][1].organization, None,
                               None if said else told[-1][1].end)  # fmt: skip
            if job is not None:
                told.append((clause, job))
        if len(told) > 1 and all(job.title or job.start for _, job in told):
            for (before_clause, before), (clause, job) in itertools.pairwise(told):
                if job.organization is None:
                    job.organization = before.organization  # "..., then as Y": the same employer
                if (before.start and before.end and job.start and job.end is None
                        and before.start <= job.start <= before.end):
                    # "in 2017-2021, first as X, and from 2019 as Y": Y held the rest of it
                    job.end, before.end = before.end, job.start
                elif before.start and before.end is None and job.start and before.start < job.start:
                    # "in 2014 as X at A, then Y at B between 2017 and 2020": A ended when B began
                    before.end = job.start
                years = _BRACKETED_YEAR.findall(before_clause)
                if before.start is None and before.end is None and len(years) == 1:
                    # "first as a graduate trainee (2017), then ...": the one year it was held
                    before.start = before.end = date(int(years[0]), 1, 1)
                if job.start is None and job.end is None:
                    until = _UNTIL.search(clause)
                    ends = find_dates(clause[until.end() :]) if until else []
                    if ends:
                        job.start, job.end = before.end, ends[0].value
            return [job for _, job in told]
    by_employer = _jobs_by_employer(text)
    if by_employer:
        return by_employer
    job = job_in_sentence(text)
    return [job] if job is not None else []


# Where one clause of a sentence ends and the next begins: "..., and from 2014 to 2017 worked at
# IBM", "..., e depois".
_CLAUSE = re.compile(r",\s+(?:(?:and|e|y|i|și|et|und|và|dan|та|і)\s+)?", re.IGNORECASE)


def _jobs_by_employer(text: str) -> list[ProseJob]:
    """Jobs at two or more employers told in one sentence, a clause each ("Kavya began her career
    in 2012 at Mu Sigma as a decision scientist, and from 2014 to 2017 worked at IBM Research
    India as a research engineer", "After five years at Jumia as a product analyst, I moved to
    Moniepoint in 2022, where I now lead ... as a senior product analyst"): a clause that names
    another employer opens the next job; each part must tell a whole job (title and employer),
    else the sentence is one job."""
    if len(text) > 600:
        return []
    groups: list[str] = []
    for clause in _CLAUSE.split(text):
        if groups and _organization(clause) and _organization(groups[-1]):
            groups.append(clause)
        elif groups:
            groups[-1] = f"{groups[-1]}, {clause}"
        else:
            groups.append(clause)
    if len(groups) < 2:
        return []
    jobs = [job_in_sentence(group) for group in groups]
    told = [job for job in jobs if job is not None and job.title and job.organization]
    return told if len(told) == len(groups) else []


_WORK_VERB = re.compile(
    r"\b(?:work|worked|working|joined|been|spent|led|lead|run|ran|built|build|trabaj\w*|"
    r"trabalh\w*|pracuj\w*|pracowa\w*|працю\w*|працював\w*|lucrez|lucrat|travaill\w*|"
    r"arbeit\w*|tätig|làm việc|bekerja|berkarya|"
    # the verb, not the noun: "работаю", "работал", never "рассматриваю удалённую работу"
    r"работа[юелт]\w*|работал\w*|проработал\w*|"
    r"çalış\w*|lavor\w*)\b",
    re.IGNORECASE,
)


def _work_verb(text: str) -> bool:
    return bool(_WORK_VERB.search(text))


def _organization(text: str) -> str | None:
    for cue in _EMPLOYER_CUE.finditer(text):
        if _EXPERIENCE_IN.search(text, 0, cue.start()):
            continue  # "Inżynier ML z doświadczeniem w NLP": experience in a field
        led = _LED_ORG.match(text, cue.start("article") if cue.group("article") else cue.end())
        if led is not None:
            return _trim_org(led.group(0))[:200]
        rest = text[cue.end() :]
        match = _ORG.match(rest)
        if match is None:
            continue
        name = _trim_org(match.group(0))
        if not name or find_range(name) is not None or TITLE_HEADS.fullmatch(name.lower()):
            continue
        if re.fullmatch(r"\d+[\w.]*|[A-Z]{1,2}", name):
            continue  # "at 3.2M", "at AI"
        if cue.group(0).split()[0].lower() in _IN_CUES and names_a_skill(name, opening=True):
            # "аналіз тарифів в Excel", "testy w Pythonie": in a tool, not an employer ("en
            # DHL Supply Chain" is one: the field's words follow the company's own)
            continue
        if cue.group(0).split()[0].lower() in {"moved", "switched"} and resolve_place(name):
            continue  # "moved to Nairobi": a place
        if cue.group(0).strip().lower() in {"au", "aux"} and (
            resolve_place(name) is not None or _title(text) is None
        ):
            # "je travaille au Sénégal": a place; "bénévole aux Restos du Cœur": "au" names an
            # employer only beside a job title ("technicien au CIUSSS de l'Estrie")
            continue
        return name[:200]
    return None


# An employer named by its legal form or its kind first ("Công ty Cổ phần Viễn thông FPT",
# "Ngân hàng TMCP Á Châu", "ТОВ «СофтСерв»", "PT Bank Rakyat Indonesia"): Vietnamese runs the
# name on in lower-case syllables, so it ends at the clause's punctuation or at a word that
# opens another part of the sentence, not at the first lower-case word.
_LED_ORG = re.compile(
    rf"(?<![\w'’])(?:{LEGAL_FORM_BEFORE}|(?i:ng[âa]n h[àa]ng|t[ậa]p đo[àa]n|tổng công ty|bệnh viện|"
    # the kind of place a Vietnamese employer's name opens with, written with or without its
    # marks: a factory, a centre, a bookshop, a restaurant, a hotel, a supermarket, a works
    r"nh[àa] m[áa]y|trung t[âa]m|nh[àa] s[áa]ch|nh[àa] h[àa]ng|kh[áa]ch s[ạa]n|si[êe]u th[ịi]|"
    r"x[íi] nghi[ệe]p|"
    r"(?<!môi\s)(?<!thị\s)(?<!hiện\s)trường))(?:\s+(?!(?i:với|từ|làm|trong|tại|ở|khi|và|để|năm|as|since|from|until|in|"
    r"sebagai|sejak|pada|selama|dari|dan|untuk|di|як|з|у|в|на|до|по|де)\b)"
    # a dot inside a name goes on with it ("Co.opmart", "Tiki.vn")
    r"(?:[^\s,.;:()\[\]|·•–—]|\.(?=\w))+){1,8}"
)
# An employer named with its legal form after it anywhere in the sentence ("jako stażystka w
# dziale IT Energa SA", "Fiduciaire Ivoire Conseil SARL (2017 - 2021)"), where no word
# introduces it.
_SUFFIXED_ORG = re.compile(
    rf"(?<![\w'’]){_ORG_WORD}(?:{_ORG_JOIN}{_ORG_WORD}){{0,5}}?\s+{LEGAL_FORM}(?![^\W_])"
)


# "một" (a) before an employer's kind makes it any such employer: "Trưởng nhóm Sales Operations
# tại một công ty thương mại điện tử" (at an e-commerce company) names none, as "at an e-commerce
# company" does not in English.
_ANY_OF_KIND = re.compile(r"(?<!\w)một\s+$", re.IGNORECASE)


def _org_by_legal_form(text: str, *, dated: bool) -> str | None:
    """An employer the sentence names with its legal form, before or after its name. Undated,
    an employer's kind after "một" is no name (a wish or a summary); dated, it still says where
    the job was."""
    led = next((m for m in _LED_ORG.finditer(text)
                if dated or not _ANY_OF_KIND.search(text, max(0, m.start() - 12), m.start())),
               None)
    found = [m for m in (led, _SUFFIXED_ORG.search(text)) if m is not None]
    if not found:
        return None
    name = _trim_org(min(found, key=lambda m: m.start()).group(0))
    return name[:200] if name and find_range(name) is None else None


# The employer cues that also mean "in" or "on": before a tool's name they say what the work
# was done in.
_IN_CUES = frozenset(["en", "em", "na", "no", "w", "we", "в", "у", "la", "di", "ở"])
_EXPERIENCE_IN = re.compile(
    r"\b(?:doświadczeni\w*|experience|expérience|esperienza|experiencia|experiência|"
    # "Experience in working with Agile methodology": the work is with a method, not for an employer
    r"erfahrung|досвідом|опытом)(?:\s+(?:in|of|on))?\s*$",
    re.IGNORECASE,
)


def _trim_org(name: str) -> str:
    name = re.split(r"\s+(?:in|since|from|as|for|where|during|until|to|with)\s+", name)[0]
    # "Itaú de 2017 a 2020", "Allegro od 2019": a year opens the dates, not the name.
    name = re.split(r"\s+(?:de|desde|od|von|du|dal|din|từ|з|entre)\s+(?=\d{4}\b)", name)[0]
    words = name.split()
    while words and words[-1].lower().strip(".,") in {"and", "of", "de", "the", "&", "da", "do"}:
        words.pop()
    return " ".join(words).strip(" .,;:'’")


# A person as the subject of a clause: "I set up the dev environment at Paystack in 2021" tells
# what someone did at an employer, no title of theirs.
_SUBJECT = re.compile(
    r"(?:i|we|he|she|they|yo|nosotros|eu|nós|je|j['’]|nous|il|elle|ich|wir|er|sie|ja|my|"
    r"noi|я|ми|мы|tôi|chúng tôi|saya|kami)(?![^\W\d_])",
    re.IGNORECASE,
)


def _title(text: str) -> str | None:
    cues = (*_TITLE_CUE.finditer(text), *_ELIDED_TITLE_CUE.finditer(text), *_BEING.finditer(text))
    for cue in cues:
        rest = text[cue.end() :]
        stop = _STOP.search(rest)
        while stop and _FIELD_AFTER_TITLE.match(rest, stop.start()):
            stop = _STOP.search(rest, stop.end())  # "ingénieure en vision par ordinateur"
        phrase = rest[: stop.start()] if stop else rest
        phrase = _cut_after_head(phrase.strip(" .,;:"))
        if 0 < len(phrase.split()) <= 8 and (
            _names_a_job(phrase) or _instrumental_role(cue.group(0), phrase)
        ):
            return phrase[:200]
    employer = _EMPLOYER_CUE.search(text)
    lead = _title_before(text[: employer.start()]) if employer else ""
    if (lead and len(lead.split()) <= 6 and _names_a_job(lead) and not _BEING.search(lead)
            and not _SUBJECT.match(lead)):
        return lead[:200]  # "Head of Data at Andela since 2021."
    return None


# Ukrainian, Russian and Polish put the role after a verb of working or being in the instrumental
# case ("працюю завідувачкою аптеки", "я була провізором", "работал кладовщиком", "byłam
# referentką"): the case says it is the role, whatever the noun. Adjectives in that case
# ("відповідальною", "główną") name no role.
_SLAVIC_WORKING = re.compile(
    r"(?:працю\w*|був|була|работа\w*|был|была|byłem|byłam|zostałem|zostałam)\s*$", re.IGNORECASE
)
_INSTRUMENTAL_NOUN = re.compile(
    r"(?-i:[^\W\d_A-ZА-ЯЄІЇҐ][\w'’-]*)(?:ом|ем|єм|ею|ей|ою|ой|ą|iem|em)"
)
_ADJECTIVE_ENDING = re.compile(r"(?:ною|ной|ней|ньою|ним|ным|ną|nym|ową|ym)$")


def _instrumental_role(cue: str, phrase: str) -> bool:
    first = phrase.split()[0]
    return bool(
        _SLAVIC_WORKING.search(cue)
        and _INSTRUMENTAL_NOUN.fullmatch(first)
        and not _ADJECTIVE_ENDING.search(first)
    )


# Between a sentence's opening dates and the job they date: "2021 – actualidad: ", "У 2017–2020
# рр. — ", "2014 – 2016 · ".
_AFTER_DATES = re.compile(
    r"\s*(?:(?:рр?|г|гг|року|рік|года|năm)\.?\s*)?(?:,\s*(?:[:—–·|-]\s*)?|[:—–·|-]\s*)"
)


def _job_after_dates(text: str, span: tuple[int, int], org: str | None) -> tuple[str, str | None]:
    """(title, employer) of a sentence that opens with its dates, as people write a job on one
    line inside a paragraph: "2016–2018 — молодший розробник Python у ТОВ «Нікс Солюшенс»", "У
    2017–2020 рр. — економіст, ПАТ «Львівобленерго»", "2014-2017 - Customer Service
    Representative, Teleperformance Philippines (Cebu)": the words between the dates and the
    employer (or the comma before it) are the title, whatever they are, up to six of them; with
    no employer named otherwise, a title before a comma has it after the comma."""
    lead = text[: span[0]]
    after = _AFTER_DATES.match(text, span[1])
    if after is None or len(lead.split()) > 5 or re.search(r"\d", lead):
        return "", org  # dates inside a sentence, not opening it
    rest = text[after.end() :]
    if org is None:
        head, comma, tail = rest.partition(",")
        named = _ORG.match(tail.strip()) if comma else None
        if named is not None and _names_a_job(head) and len(head.split()) <= 6:
            return head.strip()[:200], _trim_org(named.group(0))[:200] or None
        # "de fin 2020 à 2021, consultante data freelance pour des PME de la région": a title
        # and no employer
        stop = _STOP.search(rest)
        phrase = _cut_after_head(rest[: stop.start()] if stop else rest).strip(" ,;:-–—")
        if 0 < len(phrase.split()) <= 5 and _names_a_job(phrase) and not _work_verb(phrase):
            return phrase[:200], None
        return "", org
    at = rest.find(org)
    head = rest[:at] if at > 0 else ""
    cues = list(_EMPLOYER_CUE.finditer(head))
    if cues and cues[-1].end() == len(head):
        head = head[: cues[-1].start()]
    head = head.strip(" ,;:-–—(")
    if not head or len(head.split()) > 6 or _BEING.search(head) or _work_verb(head):
        return "", org
    return head[:200], org


# What comes before a title that stands right before its employer: the dates and the words
# that lead to them ("Depuis 2021 : ingénieure data chez ...", "Antes, 2018 – 2021: analista de
# datos en ...", "Davor war ich von 2017 bis 2020 Softwareentwickler bei ...").
_BEFORE_TITLE = re.compile(r"^.*(?:[:;|·—–]\s|(?:19|20)\d\d\b\.?\s*,?\s*(?:[-–—]\s+)?)", re.DOTALL)


def _title_before(lead: str) -> str:
    """The words just before an employer's name, without the dates and words leading to them."""
    return _BEFORE_TITLE.sub("", lead).strip(" ,;:-–—|·")


def _names_a_job(phrase: str) -> bool:
    """A title head word, or the head word of an occupation ESCO knows ("merchandiser",
    "forklift operator") in the phrase's last word."""
    words = phrase.split()
    if len(words) >= 3 and words[1].lower() in {"de", "d'", "du", "des", "da", "do", "del"}:
        words = words[:1]  # the head before its field: "agent de transit", "técnico de redes"
    # The head ends an English title and opens a Slavic or Romance one: "pracownik magazynu",
    # "kelnerka", "Staff Nurse".
    return bool(TITLE_HEADS.search(phrase)) or (
        bool(words) and (has_title_word(words[-1]) or has_title_word(words[0]))
    )


def _employer_after_title(text: str, title: str) -> str | None:
    """"I work as an OTR driver for Werner Enterprises", "working as Associate Data Scientist in
    Tata Consultancy Services, Hyderabad": "for", "with" and "in" name an employer right after a
    title (elsewhere they also introduce tools, clients and places); a place after "in" is
    where the job was."""
    at = text.find(title)
    after = (re.match(r"\s+(?P<cue>for|with|in|presso)\s+(?:the\s+)?", text[at + len(title) :])
             if at >= 0 else None)
    if after is None:
        return None
    match = _ORG.match(text[at + len(title) + after.end() :])
    name = _trim_org(match.group(0)) if match else ""
    if not name or find_range(name) is not None:
        return None
    # "data scientist in Satispay" names the employer, "... in London" a place
    if after["cue"] == "in" and (resolve_place(name) is not None or names_a_skill(name)):
        return None
    return name[:200]


def _title_after_employer(text: str, org: str) -> str | None:
    """A title right after its employer, as Ukrainian and Russian put it in the instrumental
    case after a verb of working: "З березня 2019 року працюю в ТОВ «Вінницька птахофабрика»
    (група МХП) головним бухгалтером", "работаю в «2ГИС» ведущим аналитиком"."""
    at = text.find(org)
    if at < 0 or not _work_verb(text[:at]):
        return None
    rest = re.sub(r"^\s*\([^()]{0,60}\)", "", text[at + len(org) :])
    as_role = _AS_AFTER_EMPLOYER.match(rest)
    if as_role is not None:
        # "pracuję w Raben Logistics w Gądkach jako spedytorka krajowa", "arbeite bei der Bosch
        # GmbH in Stuttgart als Softwareentwicklerin": after a verb of working, the employer
        # and its town, what "as" leads to is the role, whatever its noun
        stop = _STOP.search(rest, as_role.end())
        phrase = rest[as_role.end() : stop.start() if stop else len(rest)].strip(" .")
        return phrase[:200] if 0 < len(phrase.split()) <= 6 and phrase[0].isalpha() else None
    match = re.match(r"\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4})", rest)
    if match is None:
        return None
    stop = _STOP.search(match.group(1))
    phrase = match.group(1)[: stop.start()] if stop else match.group(1)
    phrase = _cut_after_head(phrase.strip())
    head = TITLE_HEADS.match(phrase.split()[-1].lower()) if phrase else None
    # the title's head in the instrumental ("бухгалтером", "аналитиком", "менеджеркою")
    if head is None or not re.search(r"(?:ом|ем|ою|ею|ой|ей)$", phrase.split()[-1]):
        return None
    return phrase[:200]


# The employer's legal form and town, then "as": " sp. z o.o. w Gądkach jako ", " in München als
# ", " à Lyon en tant que " (English "as" only with its article: "as part of" names no role).
_AS_AFTER_EMPLOYER = re.compile(
    rf"(?:\s*{LEGAL_FORM})?(?:\s+(?:w|we|in|à|a|în|в|у|en|em|na|la)\s+"
    r"(?-i:[^\W\d_a-z])[\w'’-]*)?,?\s+"
    r"(?:jako|als|as an?|como|ca|en tant que|comme|як|sebagai)\s+",
    re.IGNORECASE,
)


def _cut_after_head(phrase: str) -> str:
    """"machine learning engineer based" -> "machine learning engineer"; "Head of Data" stays."""
    heads = list(TITLE_HEADS.finditer(phrase))
    if not heads:
        return phrase
    tail = phrase[heads[-1].end() :].split()
    connectors = {"of", "de", "do", "da", "des", "der", "für", "ds.", "ds", "w", "dla", "в", "en",
                  "em", "з", "із", "зі", "по"}
    if tail and tail[0].lower() in connectors and len(tail) <= 4:
        return phrase  # "ingeniero de datos", "inżynier ds. danych"
    if heads[-1].start() == 0 and len(tail) <= (6 if " " in heads[-1].group(0) else 3):
        # the head first, its words after: "agente bilingüe de soporte"; a Vietnamese title
        # counts syllables: "nhân viên hành chính nhân sự"
        return phrase
    if all(w[:1].isupper() or w.lower() in {"of", "de", "do", "da", "des", "der", "für"}
           or re.fullmatch(r"[IVX]+|\d", w) for w in tail):
        return phrase
    return phrase[: heads[-1].end()]
