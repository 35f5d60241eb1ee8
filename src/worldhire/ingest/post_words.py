"""The words job posts are written with, in the hiring regions' languages: English, Spanish,
Portuguese, Polish, Ukrainian, Russian, Romanian, French, German, Italian, Vietnamese and
Indonesian (and the section words of Turkish job boards).

Phrases are written as people write them and folded on load (lower case, no accents), so
"Cerințe", "CERINTE" and "cerinte" read alike. A heading phrase names what a section holds; a cue
is a phrase that only a job post (or only a résumé) uses in running text.
"""

from __future__ import annotations

import re
from functools import cache

from worldhire.ingest.folded_text import fold, phrase_pattern
from worldhire.ingest.lexicon.post_languages import SPOKEN_LANGUAGES
from worldhire.ingest.lexicon.post_or_resume import POST_CUES, RESUME_HEADINGS, RESUME_PHRASES
from worldhire.ingest.lexicon.post_sections import HEADINGS, SectionKind
from worldhire.ingest.lexicon.requirement_markers import (
    DENIAL_MARKERS,
    DUTY_MARKERS,
    MUST_MARKERS,
    NICE_MARKERS,
    NOT_REQUIRED_MARKERS,
    OFFER_MARKERS,
    TAUGHT_MARKERS,
)

# Words before a skill that say how much of it is wanted, not what it is.
FILLER_WORDS: tuple[str, ...] = (
    # en
    "strong", "solid", "deep", "proven", "hands-on", "hands on", "practical", "excellent",
    "good", "great", "working", "professional", "production", "demonstrated", "extensive",
    "commercial", "advanced", "very good", "basic", "basics of", "some", "previous", "prior",
    "experience with", "experience in", "experience of", "experience using", "experience",
    # the word as people mistype it ("Strong experince with Bloc", "relevant experiance in M&E")
    "experince", "experiance", "expirience", "exprience", "experiense", "relevant",
    "expertise in", "expertise with", "proficiency in", "proficiency with", "knowledge of",
    "understanding of", "familiarity with", "fluency in", "background in", "skills in",
    "ability to", "you know", "you have", "comfortable with", "track record with",
    "having worked with", "having worked in", "having worked on",
    "at least", "minimum", "min", "and", "or", "with", "in", "of", "using", "the", "a", "an",
    # es
    "experiencia con", "experiencia en", "experiencia", "conocimientos de", "conocimientos en",
    "conocimiento de", "dominio de", "manejo de", "nivel avanzado", "a nivel avanzado",
    "avanzado", "sólidos", "sólida", "buen", "buena", "buenos", "haber trabajado con",
    "haber trabajado en", "y", "o",
    "con", "de", "en", "el", "la", "los", "las", "algún", "alguna",
    # pt
    "experiência com", "experiência em", "experiência", "conhecimento em", "conhecimentos em",
    "conhecimento de", "vivência com", "vivência em", "domínio de", "sólida", "sólido", "boa",
    "bom", "e", "ou", "com", "em", "da", "do", "das", "dos", "ter trabalhado com",
    "ter trabalhado em",
    # pl
    "znajomość", "znajomości", "dobra znajomość", "bardzo dobra znajomość", "dobrej znajomości",
    "doświadczenie z", "doświadczenie w", "doświadczenie", "doświadczenia z", "doświadczenia w",
    "doświadczenia", "praktyczne", "praktyczna", "komercyjne", "umiejętność", "podstaw",
    "podstawy", "biegła", "biegłość w", "i", "lub", "oraz", "albo", "z", "w", "we", "a także",
    # uk
    "досвід роботи з", "досвід роботи", "досвід з", "досвід", "знання", "розуміння",
    "задачами", "задачі", "завданнями",
    "володіння", "впевнене", "хороше", "та", "і", "й", "або", "з",
    "базової", "базові", "базове", "базовий", "базових", "базова", "розуміння базової",
    # ro
    "experiență cu", "experiență în", "experiență", "experienta", "cunoștințe de",
    "cunoștințe", "cunostinte", "bune", "solide", "și", "si", "sau", "cu", "în",
    # fr
    "expérience avec", "expérience en", "expérience", "connaissance de", "connaissances en",
    "maîtrise de", "maîtrise", "bonne", "bonnes", "solide", "solides", "et", "ou", "avec", "en",
    "avoir travaillé avec", "avoir travaillé dans", "avoir travaillé sur",
    "du", "des", "le", "les",
    # de
    "erfahrung mit", "erfahrung in", "erfahrung", "kenntnisse in", "kenntnisse von",
    "kenntnisse", "fundierte", "sehr gute", "gute", "sicherer umgang mit", "umgang mit", "und",
    "oder", "mit", "im", "der", "des", "dem", "den",
    # vi
    "kinh nghiệm với", "kinh nghiệm", "thành thạo", "hiểu biết về", "kiến thức về", "và",
    "hoặc", "với", "về", "biết", "có kinh nghiệm",
    # id
    "pengalaman dengan", "pengalaman di", "pengalaman", "menguasai", "memahami",
    "pemahaman tentang", "dan", "atau", "dengan", "di",
    # ru
    "опыт работы с", "опыт работы", "опыт", "знание", "знания", "уверенный", "уверенное",
    "базовой", "базовые", "базовое", "базовый", "базовых", "базовая",
    "уверенные", "понимание", "владение", "навыки", "и", "или", "с",
    # it
    "conoscenza di", "conoscenza del", "conoscenza della", "ottima conoscenza di",
    "buona conoscenza di", "esperienza con", "esperienza su", "esperienza in",
    "la conoscenza di", "conoscenza", "della", "dei", "delle",
)  # fmt: skip

# Words that open a condition of the job rather than a skill: where the hire must live, what they
# must be willing or available to do ("Available for rotational shifts", "Bersedia ditempatkan di
# Surabaya", "Bereitschaft zum Schichtdienst", "Must reside around Apapa", "Domisili Surabaya").
CONDITION_MARKERS: tuple[str, ...] = (
    # en
    "available for", "available to", "availability for", "availability to", "willing to",
    "willingness to", "ready to relocate", "must reside", "reside in", "reside around",
    "residing in", "must live", "must be based", "able to commute", "open to relocat",
    # es
    "disponibilidad para", "disponibilidad de", "dispuesto a", "dispuesta a",
    "dispuesto/a a", "residir en", "vivir en", "residencia en",
    # pt
    "disponibilidade para", "disponibilidade de", "disposto a", "disposta a", "residir em",
    "morar em",
    # pl
    "gotowość do", "gotowości do", "dyspozycyjność", "dyspozycyjności",
    # uk
    "готовність до", "готовність працювати",
    # ro
    "disponibilitate pentru", "disponibilitate de", "dispus să", "dispusă să",
    # fr
    "disponible pour", "disponibilité pour", "prêt à", "prête à",
    # de
    "bereitschaft zu", "bereitschaft zum", "bereitschaft zur", "bereit zu", "wohnort in",
    # vi
    "sẵn sàng", "sẵn sàng làm",
    # id
    "bersedia", "domisili", "berdomisili", "siap ditempatkan", "siap bekerja",
)  # fmt: skip

# Words that ask for a degree ("BSc in Computer Science or equivalent", "Bac+5 en statistiques",
# "abgeschlossenes Studium der Informatik"): its subject is a field of study, not a skill.
DEGREE_WORDS: tuple[str, ...] = (
    # en
    "bachelor", "bachelor's", "bachelors", "master's", "masters", "master of", "bsc", "b.sc",
    "b. sc", "msc", "m.sc", "ms in", "ma in", "ba in", "bs in", "phd", "ph.d", "doctorate",
    "degree", "diploma", "b.e", "b.tech", "btech", "m.tech", "mtech", "mca", "bca", "mba",
    "b.com", "graduate in", "graduate of", "graduation in", "education", "qualification in",
    "hnd",
    # school-leaving and commerce qualifications ("Matric and a relevant degree", "M.Com",
    # "AT LEAST HIGH SCHOOL GRADUATE (K-12) OR COLLEGE LEVEL")
    "matric", "m.com", "mcom", "high school", "college level", "college graduate",
    # es
    "grado en", "licenciatura", "titulación", "título universitario", "ingeniería superior",
    "lic.", "licenciado en", "licenciada en", "carrera universitaria", "carrera técnica",
    "máster", "doctorado",
    # pt
    "graduação", "bacharelado", "ensino superior", "formação superior", "formação em",
    "mestrado",
    # pl
    "wykształcenie", "studia", "absolwent", "absolwentka", "dyplom",
    # uk
    "вища освіта", "освіта", "диплом", "ступінь",
    # ro
    "studii superioare", "licență", "licenta", "absolvent", "diplomă",
    # fr
    "bac+2", "bac+3", "bac+4", "bac+5", "bac +3", "bac +5", "licence", "diplôme",
    "école d'ingénieur", "formation supérieure",
    # de
    "abgeschlossenes studium", "studium", "hochschulabschluss", "ausbildung", "abschluss",
    # vi
    "tốt nghiệp", "bằng cử nhân", "cử nhân", "đại học",
    # id
    "sarjana", "lulusan", "pendidikan", "s1", "d3", "min. s1", "minimal s1",
    # it, ru (and the "Escolaridad:" / "Studi minimi:" fields of job boards)
    "laurea", "diploma di", "высшее образование", "escolaridad", "studi minimi",
    "educación mínima",
)  # fmt: skip

# Traits of character a post asks of the hire ("Teliti dan jujur", "samodzielność i
# komunikatywność", "rigueur et autonomie"): the person, not a skill they could name on a résumé.
# Communication, leadership and attention to detail are skills a résumé shows; these are not.
TRAIT_WORDS: tuple[str, ...] = (
    # en
    "honest", "honesty", "punctual", "punctuality", "reliable", "reliability", "proactive",
    "self-motivated", "motivated", "hardworking", "hard-working", "hard working", "diligent",
    "independent", "independence", "responsible", "sense of responsibility", "trustworthy",
    "integrity", "dedicated", "disciplined", "positive attitude", "can-do attitude",
    "eager to learn", "willingness to learn", "quick learner", "curious", "curiosity",
    # pl
    "samodzielność", "sumienność", "rzetelność", "punktualność", "odpowiedzialność",
    "zaangażowanie", "dyspozycyjność", "uczciwość", "dokładność", "samodzielny", "sumienny",
    "rzetelny", "odpowiedzialny", "zaangażowany", "dyspozycyjny", "dokładny",
    # id
    "teliti", "jujur", "disiplin", "rajin", "ulet", "bertanggung jawab", "tanggung jawab",
    "cekatan", "loyal", "pekerja keras", "mau belajar", "inisiatif", "berinisiatif",
    # es
    "proactivo", "proactiva", "proactividad", "responsable", "responsabilidad", "puntual",
    "puntualidad", "honesto", "honesta", "honestidad", "autonomía", "autónomo", "autónoma",
    "iniciativa", "compromiso", "actitud positiva", "ganas de aprender",
    # pt
    "proativo", "proativa", "proatividade", "pontual", "pontualidade", "responsável",
    "responsabilidade", "comprometido", "comprometida", "comprometimento", "autonomia",
    "vontade de aprender", "honestidade",
    # it
    "affidabilità", "puntualità", "serietà", "proattività", "autonomia", "affidabile",
    "autonomo", "autonoma", "puntuale", "serio", "seria", "motivazione", "dinamicità",
    # fr
    "rigueur", "rigoureux", "rigoureuse", "autonomie", "autonome", "ponctualité", "ponctuel",
    "ponctuelle", "curiosité", "dynamisme", "sérieux", "sérieuse", "motivé", "motivée",
    # de
    "zuverlässigkeit", "zuverlässig", "sorgfalt", "sorgfältig", "pünktlichkeit", "pünktlich",
    "eigeninitiative", "selbstständigkeit", "selbstständig", "belastbarkeit", "belastbar",
    # uk, ru
    "відповідальність", "пунктуальність", "самостійність", "ініціативність",
    "відповідальний", "пунктуальний", "самостійний", "чесність", "порядність",
    "стресостійкість", "уважність", "уважний", "уважна", "акуратність", "ответственность",
    "пунктуальность", "самостоятельность",
    "инициативность", "ответственный", "пунктуальный", "самостоятельный", "честность",
    "порядочность", "стрессоустойчивость", "внимательность",
    # ro, vi, tr
    "seriozitate", "punctualitate", "responsabilitate", "onestitate", "corectitudine",
    "trung thực", "chăm chỉ", "cẩn thận", "nhiệt tình", "có trách nhiệm", "chịu khó",
    "chủ động", "năng động", "kiên nhẫn", "tỉ mỉ",
    "dürüst", "titiz", "disiplinli", "sorumluluk sahibi",
)  # fmt: skip

# Nouns that make a phrase a job title ("ML Engineer", "Data Scientist", "Inżynier danych").
ROLE_NOUNS: tuple[str, ...] = (
    "engineer", "engineers", "eng", "developer", "developers", "scientist", "scientists", "analyst",
    "analysts", "architect", "manager", "lead", "designer", "specialist", "consultant",
    "researcher", "administrator", "intern", "head", "director", "officer", "programmer",
    "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "científico", "científica",
    "analista", "engenheiro", "engenheira", "engenheiro(a)", "desenvolvedor", "desenvolvedora",
    "cientista", "inżynier", "programista", "programistka", "analityk", "analityczka",
    "specjalista", "specjalistka", "kierownik", "інженер", "розробник", "розробниця",
    "аналітик", "науковець", "inginer", "dezvoltator", "programator", "analist", "ingénieur",
    "ingénieure", "développeur", "développeuse", "chercheur", "chef", "entwickler",
    "entwicklerin", "ingenieur", "ingenieurin", "wissenschaftler", "berater", "leiter",
    "kỹ sư", "lập trình viên", "chuyên viên", "nhà khoa học", "trưởng nhóm", "insinyur",
    "pengembang", "analis", "ilmuwan", "pemrogram", "nurse", "nurses", "driver", "drivers",
    "technician", "technicians", "teacher", "operator", "operators", "accountant", "assistant",
    "representative", "agent", "coordinator", "recruiter", "writer", "tester", "enfermero",
    "enfermera", "enfermeiro", "enfermeira", "conductor", "motorista", "técnico", "técnica",
    "pielęgniarka", "kierowca", "kierowcy", "technik", "медсестра", "водій", "технік",
    "asistent", "asistentă", "șofer", "infirmier", "infirmière", "chauffeur", "technicien",
    "pflegefachkraft", "krankenpfleger", "fahrer", "techniker", "y tá", "tài xế", "perawat",
    "sopir", "teknisi", "geliştirici", "mühendis", "mühendisi", "uzman", "uzmanı", "bilimci",
    "analisti", "yönetici", "yöneticisi", "tasarımcı", "danışman", "stajyer",
    "разработчик", "разработчица", "аналитик", "инженер", "тестировщик", "программист",
    "специалист", "менеджер", "руководитель", "архитектор", "дизайнер", "sistemista",
    "sviluppatore", "sviluppatrice", "ingegnere",
    # en, it (more): titles whose head noun the first list missed
    # (whole titles where the noun alone is a common word: "Master's degree", "executive summary")
    "product owner", "scrum master", "sales executive", "account executive",
    "financial controller", "advisor", "strategist", "editor", "translator", "copywriter",
    "clerk", "cashier", "receptionist", "mechanic", "electrician", "welder", "supervisor",
    "auditor", "trainer", "magazziniere", "magazziniera",
    # how gig and forum posts name the hire ("Python dev for web scraping", "Need a Power BI
    # expert", "Bookkeeper to clean up QuickBooks"), and Malay ("Eksekutif Akaun")
    "dev", "devs", "expert", "experts", "bookkeeper", "bookkeepers", "freelancer", "eksekutif",
    "impiegato", "impiegata", "addetto", "addetta", "autista", "contabile", "commesso",
    "commessa",
    # accountants and staff, in the other post languages
    "бухгалтер", "бухгалтерка", "księgowa", "księgowy", "contador", "contadora", "contabil",
    "comptable", "buchhalter", "buchhalterin", "akuntan", "muhasebeci", "nhân viên",
    # the jobs of shops, kitchens, warehouses and offices, and feminine forms, in the languages
    # of the posts ("Se necesita Camarero/a", "Programatoare", "Тестувальниця", "Magazynierka")
    "auxiliar", "gerente", "jefe", "jefa", "coordinador", "coordinadora", "vendedor",
    "vendedora", "cajero", "cajera", "camarero", "camarera", "mesero", "mesera", "cocinero",
    "cocinera", "programador", "programadora", "diseñador", "diseñadora", "administrador",
    "asesor", "asesora", "ejecutivo", "ejecutiva", "operario", "operaria",
    "repartidor", "repartidora", "recepcionista", "almacenista", "contable",
    "assistente", "atendente", "consultor", "coordenador", "coordenadora",
    "operador", "estagiário", "estagiária",
    "programatoare", "ingineră", "vânzător", "vânzătoare", "tehnician", "ospătar", "ospătăriță",
    "bucătar", "casier", "casieră", "recepționer", "recepționeră", "consilier",
    "інженерка", "програміст", "програмістка", "тестувальник", "тестувальниця", "менеджерка",
    "продавець", "продавчиня", "касир", "касирка", "оператор", "адміністратор", "спеціаліст",
    "спеціалістка", "керівник", "рекрутер", "рекрутерка", "кухар", "офіціант", "дизайнерка",
    "inżynierka", "konsultant", "konsultantka", "sprzedawca", "sprzedawczyni", "kasjer",
    "kasjerka", "magazynier", "magazynierka", "testerka", "projektant", "projektantka",
    "doradca", "asystent", "asystentka", "rekruter", "rekruterka", "przedstawiciel handlowy",
    "staf", "kasir", "pramuniaga", "kurir", "manajer", "desainer",
    # students and trainees hired as such ("Werkstudent Data Analytics", "Stagiaire RH")
    "werkstudent", "werkstudentin", "praktikant", "praktikantin", "trainee", "stagiaire",
    "alternant", "alternante", "pasante", "becario", "becaria", "stażysta", "stażystka",
    "стажер", "стажерка", "thực tập sinh",
    # Vietnamese titles of office and shop work ("Kế toán tổng hợp", "Kế toán trưởng", "Thu
    # ngân", "Giám đốc kinh doanh")
    "kế toán", "kiểm toán viên", "kỹ thuật viên", "thu ngân", "lễ tân", "trưởng phòng",
    "giám đốc", "tư vấn viên", "giáo viên", "điều dưỡng", "dược sĩ",
)  # fmt: skip


@cache
def pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of one of this module's phrase lists, by name."""
    return phrase_pattern(_LISTS[name])


# A welcome heading said as a sentence welcomes what it names there too ("It'd be great if you
# also know MLflow", "Jeżeli znasz Jirę, dodatkowy atut"): the nice headings of more than one
# word, less those that only label a list ("Preferred qualifications", "Bonus skills") or read
# otherwise in running text ("les plus grandes banques", "even better", "should have").
_INLINE_WELCOMES: tuple[str, ...] = tuple(
    h for h in HEADINGS[SectionKind.NICE]
    if " " in h and h not in NICE_MARKERS and not re.search(
        r"skills|qualification|experience|requisit|compet|kenntnisse|^les plus$|even better|"
        r"should|could|good to know|^lợi thế$|nice to haves", h)
)  # fmt: skip

_LISTS: dict[str, tuple[str, ...]] = {
    "post": POST_CUES, "resume": RESUME_PHRASES, "resume_heading": RESUME_HEADINGS,
    "nice": (*NICE_MARKERS, *_INLINE_WELCOMES), "must": MUST_MARKERS,
    "duty": DUTY_MARKERS, "offer": OFFER_MARKERS, "filler": FILLER_WORDS, "role": ROLE_NOUNS,
    "condition": CONDITION_MARKERS,
    "degree": DEGREE_WORDS, "not_required": NOT_REQUIRED_MARKERS,
    "denied": DENIAL_MARKERS, "taught": TAUGHT_MARKERS, "trait": TRAIT_WORDS,
}  # fmt: skip


@cache
def spoken_language_names() -> dict[str, str]:
    """Folded name -> English name of the language."""
    return {fold(n): lang for lang, names in SPOKEN_LANGUAGES.items() for n in names}
