"""Which items and sentences of a post ask for something: not how to apply ("send your CV to
..."), the kit to own ("own laptop and backup internet"), who the hire must be ("Pria/Wanita,
maks. 35 tahun"), the sender's signature, the team's stack ("Our stack: ..."), nor the sentence
that says whom the company hires and for what ("we need our first ML hire"); and the sentences
that do ask in a post without a requirements section ("you're strong in Python and SQL").
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.fields import AGE_WORDS, visa_in
from worldhire.ingest.posts.items import PICTOGRAPHS
from worldhire.ingest.posts.requirement_spans import outside
from worldhire.ingest.posts.text import PostText
from worldhire.ingest.shared.folded_text import fold

# A line that names the team's tools ("🛠️ Tech stack: Node.js / TypeScript / ...", "Our stack:
# ...", "Nuestro stack: ...", "Stack tecnológico: ..."), folded: what the team uses, not what a
# hire must bring, unless it grades each tool as a job board's stack list does ("Python –
# advanced", "Terraform – nice to have").
_TEAM_STACK = re.compile(
    r"^\W*(?:(?:our|the|team'?s?|tech|technology|nosso|nossa|nuestro|nuestra|notre|nasz|"
    r"naszym|наш|нашому)\s+)*(?:tech\s+)?stack(?:\s+(?:tecnologic[oa]|technique|techniczny|"
    r"we use|used))?\s*(?::|\b(?:includes?|is|inclui|incluye|comprend|obejmuje))"
)
_GRADED = re.compile(r"\b(?:advanced|regular|junior|senior|expert|basic|nice to have|mid)\b")


def team_stack(text: str) -> bool:
    folded = PICTOGRAPHS.sub(" ", fold(text))
    return bool(_TEAM_STACK.match(folded)) and not _GRADED.search(folded)


# A sentence that says what the reader has or must have, in a post without a requirements
# section ("you've run dbt at scale", "you're strong in Python", "experience with Kafka").
ASKS = re.compile(
    r"\b(?:you(?:'ve|’ve| have| are|'re|’re| should| must| will need|'ll need| know)|"
    r"experience (?:with|in)|familiar(?:ity)? with|proficien\w+ (?:in|with)|strong (?:in|with)|"
    r"hands-on (?:with|experience)|must have|required|"
    # "must be solid with SQL", a chat post's requirement without its subject
    r"must (?:be|know)|should (?:be|know)|(?:want|need) someone|someone with|"
    # the same said in the other hiring languages ("Encajarás si ya has desplegado modelos",
    # "dominas Docker", "tu maîtrises Python", "hai esperienza con", "znasz Kafkę")
    r"encajar[aá]s si|has (?:desplegado|trabajado|montado|usado|liderado)|dominas|tienes|"
    r"experiencia (?:con|en)|conocimientos? (?:de|en)|te mueves|escribes|entiendes|sabes|"
    r"hablas|hables|conoces|"
    # and a recruiter's Spanish and Portuguese of the candidate ("maneja SQL y conoce Tableau",
    # "se requiere dominio de Python", "domina Scala", "é necessário conhecer Airflow")
    r"maneja|manejo de|conoce|domina|dominio de|se requiere|requerimos|imprescindible|"
    r"conhece|dom[ií]nio de|precisa ter|[eé] (?:necess[aá]rio|obrigat[oó]rio|imprescind[ií]vel)|"
    r"voc[eê] (?:tem|domina|conhece)|experi[eê]ncia (?:com|em)|conhecimento (?:em|de)|"
    r"tu (?:as|ma[iî]trises|connais)|vous (?:avez|ma[iî]trisez|connaissez)|"
    r"exp[eé]rience (?:en|avec|sur)|hai (?:esperienza|gi[aà])|conosci|abbia|"
    r"esperienza (?:con|su|in)|ci aspettiamo|"
    # a recruiter's Italian speaks of the candidate ("conosce bene Snowflake", "ha maturato
    # esperienza nella ...", "è richiesta la padronanza di Scala")
    r"conosce|ha (?:esperienza|lavorato|maturato|gi[aà])|esperienza (?:nel|nello|nella|nei|"
    r"negli|nell['’])|padronanza|(?:[eè]|sono) (?:richiest[aeio]|indispensabil[ei])|"
    r"richiediamo|znasz|masz do[sś]wiadczenie|"
    # the reader told in the subjunctive or the voseo ("que conozcas", "que manejes", "tenés",
    # "conocés") and the Italian candidate who knows or must ("che sappia", "deve essere")
    r"tengas|conozcas|sepas|manejes|domines|tenés|conocés|sabés|manejás|dominás|"
    r"sappia|conosca|deve essere|devi|"
    r"do[sś]wiadczenie (?:w|z)|ma[eє]ш досв[іi]д|знаєш|досв[іi]д (?:роботи )?з|"
    r"du (?:hast|kennst|bringst)|erfahrung (?:mit|in)|есть опыт|опыт работы с|знаешь)\b",
    re.IGNORECASE,
)
# The verbs of a hiring sentence, folded: the title follows within two words ("we need a
# senior data engineer", "buscamos un(a) MLOps Engineer"; not "we need someone who has worked
# as an analytics engineer").
_HIRES = re.compile(
    r"(?:need|looking for|hiring|seeking|recruiting|buscamos|busca|procuramos|contratando|"
    r"szukamy|szuka|poszukujemy|шукаємо|шукає|cautam|angajam|recherchons|recrute|suchen|"
    r"sucht|mencari|tuyen|ищем)"
)
# What a hiring sentence says the hire has, knows or has done ("a product designer who has
# shipped B2B SaaS", "alguien con experiencia en Spark", "osoby, która ma co najmniej 3 lata"),
# folded: then it states requirements after all.
_WHO_HAS = re.compile(
    r"\b(?:who|that)\s+(?:[a-z]+s|have|is|are|can|will)\b|"
    r"\b(?:has|have)\s+(?:built|shipped|worked|used|led|run|deployed|designed|owned|experience)\b|"
    r"\b(?:fluent|skilled|proficient|versed|experienced|strong|solid)\s+(?:in|with)\b|"
    r"\bwith\s+(?:\d|experience|strong|solid|deep|a\s+background|hands-on)|"
    r"\bque\s+(?:tenga|sepa|domine|haya|hable|maneje|conozca|entienda|tem|tenha|saiba|"
    r"conheca|fale|ja)\b|"
    r"\b(?:con|com)\s+(?:experiencia|conocimientos?|conhecimentos?|al menos|pelo menos|"
    r"minimo|\d)|"
    r"\bqui\s+(?:a|maitrise|connait|parle)\b|\bavec\s+(?:une\s+)?experience|"
    r"\bktor[aey]\s+(?:ma|zna|potrafi|mowi)\b|\bz\s+doswiadczeniem|"
    r"\b(?:який|яка|які)\s+(?:має|знає|вміє)\b|\bз\s+досвідом|"
    r"\b(?:который|которая)\s+(?:имеет|знает|умеет)\b|\bс\s+опытом|"
    r"\bcare\s+(?:are|stie|cunoaste)\b|\bcu\s+experienta|"
    r"\b(?:der|die)\s+(?:hat|kennt|mitbringt)\b|\bmit\s+(?:erfahrung|\d)|"
    r"\byang\s+(?:memiliki|menguasai|berpengalaman|paham)\b|\bberpengalaman|"
    r"\bco\s+kinh\s+nghiem"
)


_READER = re.compile(r"\byou\b|\byou'll\b|\bwill\b")


def _hires_for_the_team(text: str) -> bool:
    """A sentence that says whom the company hires and what for ("we need our first ML hire",
    "Procuramos alguém para o time de NLP", "Ищем ведущего инженера, который возьмёт на себя
    LLM-направление", "Our squad predicts churn, and we need someone to get our models into
    production"): the field, the team and the product it names are the job's subject, not what
    the hire must know, unless it goes on to say what the hire has or knows."""
    folded = fold(text)
    # ("You'll need a strong portfolio" asks the reader; "we need someone" hires)
    hires = [m for m in _HIRES.finditer(folded)
             if not _READER.search(folded[max(0, m.start() - 12) : m.start()])]
    if not hires:
        return False
    # ("we need someone" is how it hires, not what it asks of them)
    rest = outside(text, [m.span() for m in hires])
    return not (_WHO_HAS.search(folded) or ASKS.search(rest))


# What the hire must own or have at home to work remotely ("Must have own laptop and backup
# internet", "laptop propio y conexión estable", "własny sprzęt"): equipment, whose words
# ("backup", "power") name no skill.
_EQUIPMENT = re.compile(
    r"\b(?:own|personal|your)\s+(?:laptop|computer|pc|headset|device|equipment)|"
    r"\b(?:stable|reliable|fast|backup|good|high-speed)\s+(?:internet|connection|power|wi-?fi)|"
    r"\binternet connection\b|\bheadset\b|\bwebcam\b|\bgenerator\b|\binverter\b|"
    r"(?:laptop|computador|computadora|notebook|portátil|ordenador)\s+(?:propi[oa]|própri[oa])|"
    r"conexi[oó]n (?:a internet )?estable|internet (?:estável|estable|stabil)|"
    r"własn\w* (?:laptop|komputer|sprzęt)|власн\w* (?:ноутбук|комп)|laptop sendiri|"
    r"máy tính cá nhân|ordinateur personnel|eigene[nrs]? (?:laptop|rechner)|"
    # a vehicle of one's own ("Memiliki SIM C dan kendaraan sendiri", "vehículo propio")
    r"\b(?:own|personal)\s+(?:vehicle|car|motorbike|motorcycle|transport)\b|"
    r"kendaraan (?:sendiri|pribadi)|motor sendiri|veh[ií]culo propio|ve[ií]culo pr[oó]prio|"
    r"carro pr[oó]prio|moto propia|własn\w* (?:samoch\w*|auto)|власн\w* (?:авто\w*)|"
    r"eigene[nrs]? (?:auto|fahrzeug|pkw)|véhicule (?:personnel|propre)|xe máy riêng|"
    r"(?:mașină|autoturism) propri\w*",
    re.IGNORECASE,
)
# A signature line: the sender's team or their recruiting job ("— the Quillmetric team",
# "Chiara – Talent Acquisition @ Brera Selection", "Talentos Ipê – Recrutamento Tech").
_SIGNATURE = re.compile(
    r"^\s*(?:[—–-]+\s*)?(?:[^,\n]{1,40},\s+)?(?:on behalf of\s+)?the\s+[^\n]{1,40}\s+team\W*$|"
    r"^[^\n]{0,40}\s(?:[—–|@-])\s[^\n]{0,20}\b(?:talent acquisition|recruit\w*|recrutamento|"
    r"reclutamento|recrutement|rekrutacj\w*|headhunt\w*)\b[^\n]{0,40}$|"
    # "— Ada, cofounder @ Pillbox": the author, their job and their company
    r"^[^\n,]{1,40},\s+[^\n,@]{1,40}\s@\s[^\n]{1,40}$",
    re.IGNORECASE | re.MULTILINE,
)
# Who the hire must be rather than what they know ("Pria/Wanita, maks. 35 tahun", "Edad: entre
# 23 y 35 años"): no skill.
_PERSONAL = re.compile(
    r"\b(?:pria|wanita|laki-laki|perempuan|" + "|".join(AGE_WORDS) + r")\b|"
    # "Military status: Completed or Exempted", "Askerlik: Tamamlanmış"
    r"\b(?:military (?:status|service)|marital status|askerlik|servicio militar|"
    r"servi[cç]o militar)\b|"
    # the sex asked for, even "either" ("Sexo: indistinto", "Cinsiyet: Kadın", "Płeć: dowolna"),
    # and the age under its English label ("✔️ Age: 24-32 years")
    r"\b(?:sexo|sexe|sex|g[eé]nero|gender|cinsiyet|p[lł]e[cć]|стать|giới tính|"
    r"jenis kelamin|age)\s*:|"
    r"\bmaks(?:imal)?\.?\s*\d{2}\s*tahun|"
    # nationality, sex and age in Thai ("สัญชาติไทย เพศชาย/หญิง อายุ 24-35 ปี"), and nationality
    r"สัญชาติ|เพศ|อายุ\s*\d|\bnationality\b|\bnacionalidad\b|\bnacionalidade\b|"
    # an age in English ("Age 26 to 35 years", "Aged between 25 and 35", "Age limit: 30")
    r"\bage[ds]?\s*(?:limit\s*)?:?\s*(?:\d|between\b|from\b|at\s+(?:most|least)\b|"
    r"(?:not\s+)?(?:over|under|above|below|max|min)\w*\b)|"
    # the trades a Bdjobs post wants the experience from ("experience in the following business
    # area(s): Food (Packaged)/Beverage, Manufacturing (FMCG)"): industries, not skills
    r"\bbusiness\s+area(?:\(s\)|s)?\s*:",
    re.IGNORECASE,
)
# A sentence that says where to send an application: an e-mail or a web address in it, or a
# CV to send ("me manda seu CV atualizado": "CV" is no computer vision there). The sending may
# be inflected or a noun ("senden Sie", "envíanos", "kirimkan", "prosimy o przesłanie CV").
_APPLY = re.compile(
    # an e-mail, a link, or a messenger handle ("Пишіть @zoryana_hr", "DM @ana_recruits")
    r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|www\.|(?<![\w@])@[A-Za-z_][\w.]{2,}|"
    r"\b(?:send\w*|manda|mande|mandá|mandar|env[ií]\w*|envoy\w*|envoi\w*|wyślij|prześl\w*|"
    r"przesł\w*|wysł\w*|wysył\w*|nades[łl]\w*|submit\w*|upload\w*|attach\w*|"
    r"schick\w*|trimite\w*|gửi|kirim\w*|надсила\w*|присыла\w*|надішл\w*|пришл\w*|"
    r"отправ\w*|відправ\w*|mandi|mandate|mandaci|invi[aio]\w*|inoltra\w*|shar\w*|"
    r"partag\w*|"
    # a reply that carries it ("me respondes con tu CV actualizado", "reply with your CV")
    r"respond\w*|repl(?:y|ies)|répond\w*|odpowi\w*|odpisz\w*|antwort\w*|відповід\w*|"
    r"balas\w*|r[aă]spun\w*)\b"
    r"(?:\s+\S+){0,3}?\s+(?:cv|resume|résumé|currículo|curriculum|lebenslauf|резюме)\b|"
    # the reader's own CV, whatever is done with it ("revert with your updated CV", "along
    # with your CV", "con tu CV", "votre CV à jour", "Ihren Lebenslauf", "CV của bạn")
    r"\b(?:your|tu|su|seu|sua|teu|tua|votre|ton|twoje|twoim|swoje|swoim|ihren|ihrem|deinen|"
    r"deinem|ваше|ваш|вашим|твоє|твоїм|твое|tău|dumneavoastră)\s+(?:\S+\s+)?"
    r"(?:cv|resume|résumé|currículo|curriculum|lebenslauf|резюме)\b|"
    r"\b(?:cv|resume|lebenslauf)\s+(?:của\s+bạn|anda|kamu|mu)\b|"
    # "Please start your proposal with the word "forklift"": a check that the post was read
    r"\b(?:start|begin|open)\s+your\s+(?:proposal|application|message|reply|cover letter)\b",
    re.IGNORECASE,
)


def hiring_items(post: PostText, title: str) -> set[int]:
    """Where the items outside the requirement sections start that say whom the company hires:
    the title after a hiring verb, or the hire for a team (see `_hires_for_the_team`)."""
    # "... a product designer who has shipped B2B SaaS": a sentence that goes on to say who the
    # hire is states requirements after all.
    hired = re.compile(
        rf"{_HIRES.pattern}\W+(?:\S+\s+){{0,2}}{re.escape(fold(title))}"
        r"(?!\s*,?\s+(?:who|that|que|qui|der|die|ktory|ktora|ktorzy|який|яка|который|которая)"
        r"(?:\s|'s\b))"
    )
    return {
        i.start for s in post.sections if s.kind not in (SectionKind.MUST, SectionKind.NICE)
        for i in s.items if (title and hired.search(fold(i.text(post.text))))
        or _hires_for_the_team(i.text(post.text))
    }  # fmt: skip


def asks_nothing(text: str, *, bullet: bool) -> bool:
    """An item whose words name no skill it asks for, whatever they name."""
    if _APPLY.search(text):
        return True  # "Mandar CV a jobs@...": how to apply ("CV" is no computer vision)
    if _EQUIPMENT.search(text) or _PERSONAL.search(text):
        return True  # "own laptop + stable internet + backup power": kit, not a skill
    # "we cannot sponsor work permits", "— the Quillmetric team": no skill
    return (visa_in(text) is not None and not bullet) or bool(_SIGNATURE.search(text))
