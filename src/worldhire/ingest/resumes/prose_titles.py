"""A job's title where a sentence tells the job (`worldhire.ingest.resumes.prose`): after a word
that introduces one ("as", "como", "jako", "en tant que", "I was", "працюю ... головним
бухгалтером"), before its employer ("Head of Data at Andela since 2021"), or after its dates
("2016–2018 — молодший розробник Python"); and the words that introduce an employer, which end
a title.
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon import alternation
from worldhire.ingest.lexicon.companies import LEGAL_FORM
from worldhire.ingest.lexicon.headings import AND_WORDS
from worldhire.ingest.resumes.title_words import has_title_word

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
    # "joined" elsewhere: "puis j'ai rejoint Wave", "dołączyłam do Allegro", "m-am alăturat
    # echipei Bitdefender", "wechselte ich zu Vonovia", "перейшов до SoftServe", "перешла в Ozon"
    r"|\b(?:rejoint|rejoins|rejoindre|dołączył\w*\s+do|alăturat(?:\s+echipei)?|"
    r"wechselte\s+(?:ich\s+)?zu|перейш\w*\s+(?:до|в|у)|перешл?\w*\s+в)\b"
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
# A promotion and the word that leads to the post it was to ("I was promoted to Team Leader",
# "fui promovido a supervisor", "awansowałam na kierowniczkę zmiany", "dipromosikan menjadi
# supervisor", "được thăng chức lên trưởng nhóm"): a post at the employer the person was with.
PROMOTED = re.compile(
    r"\b(?:promoted|promovid[oa]|promovat[ăa]?|promue?|awansowa\w*|befördert|dipromosikan|"
    r"thăng chức|підвищ\w*|повыс\w*)\b"
    r"(?:\s+(?:to|as|a|para|como|ca|la|pe postul de|au poste de|comme|na|zum|zur|"
    r"menjadi|sebagai|lên|làm|до|на посаду|на должность)\b)?",
    re.IGNORECASE,
)
_BEING = re.compile(
    r"\b(?:i\s+(?:am|was|have been|had been|worked as|work as|served as|became)|"
    r"i['’](?:m|ve\s+been|d\s+been)|(?:currently|previously|formerly)|"
    r"soy|fui|sou|fui|jestem|byłem|byłam|sunt|am fost|"
    r"je suis|j['’]étais|j['’]ai\s+(?:d['’]abord\s+|ensuite\s+|aussi\s+)?été|he sido|"
    # a first job told as what it was: "Mon premier poste a été caissière", "Mi primer empleo
    # fue cajera", "O meu primeiro emprego foi ...", "Primul meu job a fost ..."
    r"(?<=\s)(?:a\s+été|fue|foi|a\s+fost)(?=\s)|"
    # and in English: "My first job after university was a sales trainee post at ..."
    r"\b(?:job|post|position|role)(?:\s+[\w'’-]+){0,3}?\s+was(?:\s+as)?(?=\s)|"
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


# A person as the subject of a clause: "I set up the dev environment at Paystack in 2021" tells
# what someone did at an employer, no title of theirs.
_SUBJECT = re.compile(
    r"(?:i|we|he|she|they|yo|nosotros|eu|nós|je|j['’]|nous|il|elle|ich|wir|er|sie|ja|my|"
    r"noi|я|ми|мы|tôi|chúng tôi|saya|kami)(?![^\W\d_])",
    re.IGNORECASE,
)


def _title(text: str) -> str | None:
    cues = (*_TITLE_CUE.finditer(text), *_ELIDED_TITLE_CUE.finditer(text),
            *PROMOTED.finditer(text), *_BEING.finditer(text))  # fmt: skip
    told = [(cue.start(), phrase) for cue in cues if (phrase := _cued_title(text, cue))]
    if told:
        at, phrase = told[0]
        # a title told in an earlier clause is the first job's: "I was a stock controller at
        # X, and I began as a cashier" ("fue como practicante", one clause, keeps "como")
        earlier = [t for t in told if t[0] < at and _AND_CLAUSE.search(text, t[0], at)]
        return min(earlier, default=(at, phrase))[1][:200]
    employer = _EMPLOYER_CUE.search(text)
    lead = _title_before(text[: employer.start()]) if employer else ""
    if (lead and len(lead.split()) <= 6 and _names_a_job(lead) and not _BEING.search(lead)
            and not _SUBJECT.match(lead)):
        return lead[:200]  # "Head of Data at Andela since 2021."
    return None


def _cued_title(text: str, cue: re.Match[str]) -> str | None:
    """The title a cue leads to, if the words after it name a job."""
    rest = text[cue.end() :]
    stop = _STOP.search(rest)
    while stop and _FIELD_AFTER_TITLE.match(rest, stop.start()):
        stop = _STOP.search(rest, stop.end())  # "ingénieure en vision par ordinateur"
    phrase = rest[: stop.start()] if stop else rest
    phrase = _cut_after_head(phrase.strip(" .,;:"))
    if 0 < len(phrase.split()) <= 8 and (
        _names_a_job(phrase) or _instrumental_role(cue.group(0), phrase)
    ):
        return phrase
    return None


# A comma and an "and" that open the next clause of a sentence: ", and I began as ...".
_AND_CLAUSE = re.compile(rf",\s+(?:{alternation(AND_WORDS)})\s", re.IGNORECASE)


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
