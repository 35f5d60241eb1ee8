"""Words of a job post's requirement that name no skill, in the hiring regions' languages: how
much of a skill is wanted ("strong", "solid"), a condition of the job ("available for shifts",
"bersedia ditempatkan"), a degree ("BSc in", "Bac+5"), a trait of character ("honest",
"teliti"). Lower case, folded on load (`posts.words.pattern`)."""

from __future__ import annotations

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
    # what is done with the thing named ("Integrating payment SDKs", "integration with MM")
    "integrating", "integration with", "integration of",
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
    "conhecimento", "conhecimentos",
    # pl
    "znajomość", "znajomości", "dobra znajomość", "bardzo dobra znajomość", "dobrej znajomości",
    "doświadczenie z", "doświadczenie w", "doświadczenie", "doświadczenia z", "doświadczenia w",
    "doświadczenia", "praktyczne", "praktyczna", "komercyjne", "umiejętność", "podstaw",
    "podstawy", "biegła", "biegłość w", "i", "lub", "oraz", "albo", "z", "w", "we", "a także",
    # done on one's own ("samodzielne zamknięcia miesięczne"): how the work is done, not what
    "samodzielne", "samodzielna", "samodzielny", "samodzielnie", "samodzielnego",
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
    "du", "des", "le", "les", "d'", "l'",
    # what is done with the thing named ("Intégration d'API de paiement")
    "intégration de", "intégration d'", "intégration des", "intégration du", "intégration avec",
    # de
    "erfahrung mit", "erfahrung in", "erfahrung", "kenntnisse in", "kenntnisse von",
    "kenntnisse", "fundierte", "sehr gute", "gute", "sicherer umgang mit", "umgang mit", "und",
    "oder", "mit", "im", "der", "des", "dem", "den",
    # vi
    "kinh nghiệm với", "kinh nghiệm", "thành thạo", "hiểu biết về", "kiến thức về", "và",
    "hoặc", "với", "về", "biết", "có kinh nghiệm",
    # id
    "pengalaman dengan", "pengalaman di", "pengalaman", "menguasai", "memahami",
    # id and ms: "understands", "skilled (at using)" ("Paham perpajakan", "Mahir menggunakan
    # AutoCount")
    "paham", "mahir menggunakan", "mahir", "menggunakan",
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
    # the shift the job is worked on ("report to site on a night shift schedule")
    "night shift", "night shifts", "graveyard shift", "rotating shifts", "rotational shifts",
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
    # school-leaving levels ("Secundaria terminada", Argentina's "Secundario completo",
    # "Preparatoria concluida", "Ensino médio completo"): schooling, as "high school" is
    "secundaria", "secundario", "preparatoria", "bachillerato",
    # pt
    "graduação", "bacharelado", "ensino superior", "formação superior", "formação em",
    "mestrado", "ensino médio", "ensino fundamental",
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
    # a working student's enrolment ("Eingeschriebener Student (m/w/d) der Statistik")
    "eingeschriebener student", "eingeschriebene studentin", "immatrikulierter student",
    "immatrikulierte studentin", "student der", "studentin der", "studierende der",
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
